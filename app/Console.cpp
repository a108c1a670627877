#include "Console.h"

#include <cstdio>

namespace duibiao::console {

void out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int fail(const Error& error)
{
    err(QStringLiteral("duibiao: ") + error.message);
    return error.kind == Error::Kind::UserInput ? UserError : InternalError;
}

} // namespace duibiao::console
