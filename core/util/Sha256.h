#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace duibiao {

// SHA-256 through OpenSSL's libcrypto (already in the process: libzip links it), which uses
// the CPU's SHA instructions where present. Hashing every evidence byte of a package is
// the bulk of an export's work, and QCryptographicHash (Qt 6.4) is several times slower
// at it; docs/performance.md has the figures.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(const char* data, qsizetype length);
    void addData(const QByteArray& bytes) { addData(bytes.constData(), bytes.size()); }
    // Lowercase hex of the digest; the hash starts over afterwards.
    QString hexResult();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace duibiao
