// Full disks and read-only files (issue 7). Each case runs the edit in a child process
// (reliability_worker) with the condition applied to it alone: a file size limit
// (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG, as on a full disk) or
// another user than the files' owner (permissions mean nothing to root).

#include "CrashLog.h"
#include "TestSupport.h"

#include "storage/ConsistencyCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace duibiao;
using namespace duibiao::reliability;
using namespace duibiao::test;

namespace {

constexpr uid_t nobody = 65534;

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runWorker(const QStringList& arguments, const std::function<void()>& inChild = {})
{
    QProcess worker;
    if (inChild)
        worker.setChildProcessModifier(inChild);
    worker.start(QStringLiteral(DUIBIAO_RELIABILITY_WORKER), arguments);
    REQUIRE(worker.waitForFinished(120000));
    REQUIRE(worker.exitStatus() == QProcess::NormalExit);
    return {worker.exitCode(), QString::fromUtf8(worker.readAllStandardOutput()),
            QString::fromUtf8(worker.readAllStandardError())};
}

// The document still passes every check and holds what it held before.
void requireIntact(const QString& path, const QHash<QString, QString>& before)
{
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    auto opened = Document::open(path, options);
    REQUIRE_OK(opened);
    auto report = ConsistencyCheck::run(**opened);
    REQUIRE_OK(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->ok());
    auto now = snapshot(**opened);
    REQUIRE_OK(now);
    CHECK(*now == before);
}

QHash<QString, QString> fillAndClose(TempDocument& doc)
{
    REQUIRE_OK(doc->ratings().setRating(doc.assessmentId(), QStringLiteral("O1"), Rating::Met,
                                        std::nullopt, {}));
    REQUIRE_OK(doc->ratings().setNarrative(doc.assessmentId(), QStringLiteral("O1"),
                                           QStringLiteral("已建立制度。")));
    const QString small = doc.dir() + QStringLiteral("/small.txt");
    writeFile(small, QByteArray(20000, 'x'));
    REQUIRE_OK(doc->evidence().addFile(doc.assessmentId(), QStringLiteral("O1"), small));
    auto state = snapshot(*doc);
    REQUIRE_OK(state);
    doc.close();
    return *state;
}

} // namespace

TEST_CASE("disk full: evidence that does not fit fails clearly and loses nothing")
{
    TempDocument doc;
    const QHash<QString, QString> before = fillAndClose(doc);
    const QString big = doc.dir() + QStringLiteral("/big.bin");
    QByteArray bytes(6 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) >> 3);
    writeFile(big, bytes);

    // Room for the start of the write only: the file size limit stands in for the disk.
    const rlim_t limit = rlim_t(QFileInfo(doc.path()).size() + 1024 * 1024);
    const Outcome outcome = runWorker({QStringLiteral("add-evidence"), doc.path(), big}, [limit] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit fileSize{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &fileSize);
    });
    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 1); // the user's problem, with a message, not a crash
    CHECK(outcome.err.contains(QStringLiteral("The disk is full")));
    CHECK(outcome.err.contains(doc.path()));
    requireIntact(doc.path(), before);

    // And once there is room again, the same file goes in.
    CHECK(runWorker({QStringLiteral("add-evidence"), doc.path(), big}).exitCode == 0);
}

TEST_CASE("read-only: a read-only file or folder opens read-only with the reason")
{
    TempDocument doc;
    const QHash<QString, QString> before = fillAndClose(doc);
    const QByteArray path = QFile::encodeName(doc.path());
    const QByteArray dir = QFile::encodeName(doc.dir());
    // Root may write anything: as root, the child becomes an ordinary user (nobody).
    const bool asRoot = ::geteuid() == 0;
    std::function<void()> becomeUser;
    if (asRoot) {
        becomeUser = [] {
            if (::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                ::_exit(99);
        };
    }
    QString expected;
    SECTION("a read-only document file")
    {
        REQUIRE(::chmod(dir.constData(), 0755) == 0);
        REQUIRE(::chmod(path.constData(), 0444) == 0);
        if (asRoot) {
            REQUIRE(::chown(dir.constData(), nobody, nobody) == 0);
            REQUIRE(::chown(path.constData(), nobody, nobody) == 0);
        }
        expected = QStringLiteral("the file %1 is read-only").arg(doc.path());
    }
    SECTION("a read-only folder")
    {
        REQUIRE(::chmod(path.constData(), 0644) == 0);
        if (asRoot)
            REQUIRE(::chown(path.constData(), nobody, nobody) == 0);
        REQUIRE(::chmod(dir.constData(), 0555) == 0);
        expected = QStringLiteral("its folder %1 is read-only").arg(doc.dir());
    }
    const QString sha = sha256OfFile(doc.path());
    const QStringList files = QDir(doc.dir()).entryList(QDir::Files);
    const Outcome outcome = runWorker({QStringLiteral("try-write"), doc.path()}, becomeUser);
    ::chmod(dir.constData(), 0700);
    ::chmod(path.constData(), 0644);
    INFO(outcome.out.toStdString() << outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("read-only: 1")));
    CHECK(outcome.out.contains(expected));
    CHECK(outcome.out.contains(QStringLiteral("write: ") + doc.path() +
                               QStringLiteral(" is read-only")));
    CHECK(sha256OfFile(doc.path()) == sha);
    CHECK(QDir(doc.dir()).entryList(QDir::Files) == files);
    requireIntact(doc.path(), before);
}
