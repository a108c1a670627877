// The crash test (issue 7): reliability_worker makes random edits and is killed with
// SIGKILL at random moments; after every kill the document must pass SQLite's integrity
// check and `duibiao check`, and every edit the worker's journal calls committed must be
// in it. ctest runs a short form (20 kills); tests/reliability/crash_test.sh runs the long
// form through DUIBIAO_CRASH_KILLS. DUIBIAO_CRASH_SEED repeats a run.

#include "CrashLog.h"
#include "TestSupport.h"

#include "storage/ConsistencyCheck.h"

#include <QFile>
#include <QProcess>

#include <cstdio>
#include <random>

using namespace duibiao;
using namespace duibiao::reliability;
using namespace duibiao::test;

namespace {

struct Totals
{
    int kills = 0;
    qint64 committed = 0; // edits the journal calls committed
    qint64 checks = 0;    // key/value checks against the document, over all kills
    int inFlightApplied = 0;
    int inFlightLost = 0;
};

// The journal read so far and what the document must hold.
class Expectation
{
public:
    // Takes the journal's new entries; returns the edit in flight at the kill, if any.
    std::optional<LogEntry> advance(const QVector<LogEntry>& entries, Totals& totals)
    {
        std::optional<LogEntry> pending;
        for (qsizetype i = m_processed; i < entries.size(); ++i) {
            const LogEntry& entry = entries.at(i);
            switch (entry.kind) {
            case LogEntry::Kind::Try:
                pending = entry;
                break;
            case LogEntry::Kind::Commit:
                for (const auto& [key, value] : entry.changes)
                    m_state.insert(key, value);
                ++totals.committed;
                pending.reset();
                break;
            case LogEntry::Kind::Rollback:
                pending.reset();
                break;
            }
        }
        m_processed = entries.size();
        return pending;
    }

    QString expected(const QString& key) const { return m_state.value(key, removedValue()); }
    bool knows(const QString& key) const { return m_state.contains(key); }
    void set(const QString& key, const QString& value) { m_state.insert(key, value); }
    const QHash<QString, QString>& state() const { return m_state; }

private:
    qsizetype m_processed = 0;
    QHash<QString, QString> m_state;
};

// The programs the driver runs; the long form (crash_test.sh) runs copies of them, so a
// rebuild while it runs cannot swap a binary under it.
QString program(const char* variable, const char* builtIn)
{
    const QString set = qEnvironmentVariable(variable);
    return set.isEmpty() ? QString::fromUtf8(builtIn) : set;
}

QString workerProgram()
{
    return program("DUIBIAO_RELIABILITY_WORKER", DUIBIAO_RELIABILITY_WORKER);
}

QString duibiaoProgram()
{
    return program("DUIBIAO_EXECUTABLE", DUIBIAO_EXECUTABLE);
}

QString observedValue(const QHash<QString, QString>& observed, const QString& key)
{
    return observed.value(key, removedValue());
}

// The edit in flight at the kill may or may not have committed (its "C" line may not have
// reached the journal), but it must be all or nothing. Returns false when it is neither.
bool settleInFlight(const LogEntry& pending, const QHash<QString, QString>& observed,
                    Expectation& expectation, Totals& totals, QString& why)
{
    std::optional<bool> applied;
    QVector<std::pair<QString, QString>> settled;
    for (const auto& [key, value] : pending.changes) {
        bool thisApplied = false;
        QString concreteKey = key;
        if (key.endsWith(QLatin1String(":*"))) {
            // An added row: its id was not known before the commit. A row of this kind
            // the journal does not know, holding the new value, is the edit.
            const QString kind = keyKind(key);
            for (auto it = observed.constBegin(); it != observed.constEnd(); ++it) {
                if (keyKind(it.key()) == kind && it.value() == value &&
                    expectation.expected(it.key()) != value) {
                    thisApplied = true;
                    concreteKey = it.key();
                    break;
                }
            }
        } else {
            const QString now = observedValue(observed, key);
            if (!expectation.knows(key)) {
                // The journal never spoke of it (a requirement's first narrative): only
                // the new value says anything.
                thisApplied = now == value;
            } else if (now == expectation.expected(key)) {
                continue; // unchanged, or changed to the same value: says nothing
            } else if (now != value) {
                why = QStringLiteral("%1 is %2; the journal says %3, or %4 by the edit in flight")
                          .arg(key, now, expectation.expected(key), value);
                return false;
            } else {
                thisApplied = true;
            }
        }
        if (applied && *applied != thisApplied) {
            why = QStringLiteral("edit %1 was applied only in part").arg(pending.number);
            return false;
        }
        applied = thisApplied;
        settled.append({concreteKey, value});
    }
    if (applied.value_or(false)) {
        for (const auto& [key, value] : settled)
            expectation.set(key, value);
        ++totals.inFlightApplied;
    } else {
        ++totals.inFlightLost;
    }
    return true;
}

void checkAfterKill(const QString& path, const QString& journalPath, Expectation& expectation,
                    Totals& totals)
{
    // A worker killed before it opened its journal has not written one.
    const QByteArray journal = QFile::exists(journalPath) ? readFile(journalPath) : QByteArray();
    const std::optional<LogEntry> pending = expectation.advance(parseLog(journal), totals);
    {
        Document::Options options;
        options.access = Document::Access::ReadOnly;
        auto opened = Document::open(path, options);
        REQUIRE_OK(opened);
        Document& document = **opened;
        auto integrity = document.context().db.scalar(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE_OK(integrity);
        REQUIRE(integrity->toString() == QStringLiteral("ok"));
        auto consistency = ConsistencyCheck::run(document);
        REQUIRE_OK(consistency);
        INFO(consistency->problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(consistency->ok());

        auto observed = snapshot(document);
        REQUIRE_OK(observed);
        if (pending) {
            QString why;
            const bool settled = settleInFlight(*pending, *observed, expectation, totals, why);
            INFO(why.toStdString());
            REQUIRE(settled);
        }
        QStringList missing;
        const QHash<QString, QString>& state = expectation.state();
        for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
            ++totals.checks;
            const QString now = observedValue(*observed, it.key());
            if (now != it.value())
                missing.append(
                    QStringLiteral("%1: journal %2, document %3").arg(it.key(), it.value(), now));
        }
        INFO(missing.join(QLatin1Char('\n')).toStdString());
        REQUIRE(missing.isEmpty());
    }
    QProcess check;
    check.start(duibiaoProgram(), {QStringLiteral("check"), path});
    REQUIRE(check.waitForFinished(120000));
    INFO(check.readAllStandardError().toStdString());
    REQUIRE(check.exitStatus() == QProcess::NormalExit);
    REQUIRE(check.exitCode() == 0);
}

int killsWanted()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("DUIBIAO_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 20;
}

quint64 seedWanted()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("DUIBIAO_CRASH_SEED").toULongLong(&ok);
    return ok ? seed : std::random_device()();
}

} // namespace

TEST_CASE("crash: every committed edit survives SIGKILL at random moments")
{
    const int kills = killsWanted();
    const quint64 seed = seedWanted();
    std::printf("crash test: seed %llu (DUIBIAO_CRASH_SEED repeats it), %d kills\n",
                static_cast<unsigned long long>(seed), kills);
    std::fflush(stdout);
    INFO("seed " << seed);
    std::mt19937_64 random(seed);

    TempDocument doc;
    doc.close();
    const QString journal = doc.dir() + QStringLiteral("/journal.log");
    Expectation expectation;
    Totals totals;
    for (int kill = 1; kill <= kills; ++kill) {
        INFO("kill " << kill);
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(workerProgram(), {doc.path(), journal, QString::number(random())});
        REQUIRE(worker.waitForStarted(30000));
        // Early kills land in start-up and opening (which purges removed evidence), the
        // later ones among the edits.
        const int delay = std::uniform_int_distribution<int>(0, 800)(random);
        worker.waitForFinished(delay);
        // The worker never stops by itself: if it has, it failed.
        REQUIRE(worker.state() == QProcess::Running);
        worker.kill(); // SIGKILL
        REQUIRE(worker.waitForFinished(30000));
        checkAfterKill(doc.path(), journal, expectation, totals);
        ++totals.kills;
    }
    std::printf("crash test: seed %llu: %d kills survived, %lld edits committed, %lld checks "
                "of committed state, in flight at the kill: %d applied, %d not\n",
                static_cast<unsigned long long>(seed), totals.kills,
                static_cast<long long>(totals.committed), static_cast<long long>(totals.checks),
                totals.inFlightApplied, totals.inFlightLost);
    std::fflush(stdout);
    // The test must have tested something: edits were made and checked.
    CHECK(totals.committed > 0);
    CHECK(totals.checks > 0);
}
