// libFuzzer's entry points for one target, chosen by DUIBIAO_FUZZ_TARGET at compile time
// (tests/fuzz/CMakeLists.txt builds this file once per target).

#include "FuzzTargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void quiet(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Qt's warnings about odd input would drown libFuzzer's output; fatal ones still stop.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Translation and file code expects an application object; it lives for the process.
    static QCoreApplication application(*argc, *argv);
    qInstallMessageHandler(quiet);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A copy, not fromRawData: the code under test always gets terminated QByteArrays.
    duibiao::fuzz::DUIBIAO_FUZZ_TARGET(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
