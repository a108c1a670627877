// The crash test's child: opens a document and makes random edits through the core
// repositories until it is killed. Each edit is one transaction; the journal line "T"
// goes to disk (fsync) before the edit, "C" after its commit (CrashLog.h). The driver
// (test_crash.cpp) kills this process with SIGKILL at random moments and checks that
// every edit the journal calls committed is in the document.
//
// Usage: reliability_worker DOCUMENT JOURNAL SEED
//
// Two more modes serve the tests of full disks and read-only files, which need a process
// of their own (a file size limit, another user):
//   reliability_worker add-evidence DOCUMENT FILE   adds FILE as evidence; the error, if
//                                                   any, on stderr; exit 1 or 2 on errors
//   reliability_worker try-write DOCUMENT           opens for writing, tries one edit and
//                                                   prints what happened

#include "CrashLog.h"

#include "exchange/UnitImportPlan.h"
#include "exchange/UnitTemplateCsv.h"
#include "storage/Document.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstdio>
#include <functional>
#include <random>

#include <unistd.h>

using namespace duibiao;
using namespace duibiao::reliability;

namespace {

using Changes = QVector<std::pair<QString, QString>>;

class Journal
{
public:
    explicit Journal(const QString& path) : m_file(path) {}

    bool open()
    {
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append))
            return false;
        // A line the last kill cut short must not run into this run's first line.
        if (m_file.size() > 0) {
            m_file.seek(m_file.size() - 1);
            const bool newline = m_file.read(1) == "\n";
            if (!newline)
                return write(QStringLiteral("\n"));
        }
        return true;
    }

    bool write(const QString& line)
    {
        const QByteArray bytes = line.toUtf8();
        if (m_file.write(bytes) != bytes.size() || !m_file.flush())
            return false;
        return ::fsync(m_file.handle()) == 0;
    }

    bool entry(LogEntry::Kind kind, qint64 number, const Changes& changes)
    {
        return write(formatEntry({kind, number, changes}));
    }

private:
    QFile m_file;
};

class Worker
{
public:
    Worker(Document& document, Journal& journal, quint64 seed)
        : m_document(document), m_journal(journal), m_random(seed)
    {}

    bool prepare()
    {
        Result<Assessment> assessment = m_document.assessments().current();
        if (!assessment)
            return fail(assessment.error());
        m_assessment = *assessment;
        Result<QVector<RequirementAssessment>> ratings = m_document.ratings().all(m_assessment.id);
        if (!ratings)
            return fail(ratings.error());
        for (const RequirementAssessment& rating : *ratings)
            m_codes.append(rating.requirementCode);
        return !m_codes.isEmpty();
    }

    // One random edit; false when the journal or the document fails in a way that is
    // not a refusal of the edit itself.
    bool step(qint64 number)
    {
        switch (pick(14)) {
        case 0:
        case 1:
        case 2:
            return editRating(number);
        case 3:
        case 4:
            return editNarrative(number);
        case 5:
        case 6:
            return addEvidence(number);
        case 7:
            return removeEvidence(number);
        case 8:
        case 9:
            return addItem(number);
        case 10:
            return changeItem(number);
        case 11:
            return removeItem(number);
        case 12:
            return saveFigures(number);
        default:
            return importUnit(number);
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    template <typename T> const T& pickFrom(const QVector<T>& list)
    {
        return list.at(pick(int(list.size())));
    }

    bool fail(const Error& error)
    {
        std::fprintf(stderr, "reliability_worker: %s\n", qUtf8Printable(error.message));
        return false;
    }

    QString randomText(int words)
    {
        static const QStringList pieces{
            QStringLiteral("关工委"), QStringLiteral("老同志"), QStringLiteral("工作平台"),
            QStringLiteral("整改"),   QStringLiteral("制度"),   QStringLiteral("活动"),
            QStringLiteral("学院"),   QStringLiteral("review"), QStringLiteral("2020"),
            QStringLiteral("，"),     QStringLiteral("。"),     QStringLiteral("\n")};
        QString text;
        for (int i = 0; i < words; ++i)
            text += pieces.at(pick(int(pieces.size())));
        return text;
    }

    // Runs one edit in its own transaction between the journal's "T" and "C" lines.
    // `body` makes the edit and returns the keys with their values after it.
    bool run(qint64 number, const Changes& intended, const std::function<Result<Changes>()>& body)
    {
        if (!m_journal.entry(LogEntry::Kind::Try, number, intended))
            return false;
        Result<Changes> done = [&]() -> Result<Changes> {
            Transaction transaction(m_document.context().db);
            if (!transaction.started())
                return transaction.started().error();
            Result<Changes> changes = body();
            if (!changes)
                return changes;
            if (Status status = transaction.commit(); !status)
                return status.error();
            return changes;
        }();
        if (!done) {
            // A refusal (a validation rule) is part of the game; the journal says so.
            std::fprintf(stderr, "reliability_worker: edit %lld refused: %s\n",
                         static_cast<long long>(number), qUtf8Printable(done.error().message));
            return m_journal.entry(LogEntry::Kind::Rollback, number, {});
        }
        return m_journal.entry(LogEntry::Kind::Commit, number, *done);
    }

    bool editRating(qint64 number)
    {
        const QString code = pickFrom(m_codes);
        const Rating rating = allRatings.at(std::size_t(pick(int(allRatings.size()))));
        const QString key = QStringLiteral("rating:") + code;
        return run(number, {{key, ratingKey(rating)}}, [&]() -> Result<Changes> {
            if (Status status =
                    m_document.ratings().setRating(m_assessment.id, code, rating, std::nullopt, {});
                !status)
                return status.error();
            return Changes{{key, ratingKey(rating)}};
        });
    }

    bool editNarrative(qint64 number)
    {
        const QString code = pickFrom(m_codes);
        const QString text = randomText(pick(200));
        const QString key = QStringLiteral("narrative:") + code;
        return run(number, {{key, textFingerprint(text)}}, [&]() -> Result<Changes> {
            if (Status status = m_document.ratings().setNarrative(m_assessment.id, code, text);
                !status)
                return status.error();
            return Changes{{key, textFingerprint(text)}};
        });
    }

    Result<QVector<Evidence>> evidence() { return m_document.evidence().list(m_assessment.id); }

    bool addEvidence(qint64 number)
    {
        Result<QVector<Evidence>> existing = evidence();
        if (!existing)
            return fail(existing.error());
        if (existing->size() >= 12)
            return removeEvidence(number);
        // Mostly small files, sometimes one of several 1 MiB chunks.
        const int roll = pick(20);
        const int size = roll == 0  ? 1024 * 1024 + pick(1200 * 1024)
                         : roll < 6 ? 64 * 1024 + pick(300 * 1024)
                                    : pick(64 * 1024);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& byte : bytes)
            byte = char(pick(256));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        return run(number, {{QStringLiteral("evidence:*"), sha}}, [&]() -> Result<Changes> {
            Evidence info;
            info.requirementCode = pickFrom(m_codes);
            info.name = QStringLiteral("证据-%1.bin").arg(number);
            QBuffer source(&bytes);
            source.open(QIODevice::ReadOnly);
            Result<qint64> id = m_document.evidence().add(m_assessment.id, info, source);
            if (!id)
                return id.error();
            return Changes{{QStringLiteral("evidence:%1").arg(*id), sha}};
        });
    }

    bool removeEvidence(qint64 number)
    {
        Result<QVector<Evidence>> existing = evidence();
        if (!existing)
            return fail(existing.error());
        if (existing->isEmpty())
            return addEvidence(number);
        const qint64 id = pickFrom(*existing).id;
        const QString key = QStringLiteral("evidence:%1").arg(id);
        return run(number, {{key, removedValue()}}, [&]() -> Result<Changes> {
            if (Status status = m_document.evidence().remove(id); !status)
                return status.error();
            return Changes{{key, removedValue()}};
        });
    }

    Result<QVector<RectificationItem>> items()
    {
        return m_document.rectification().all(m_assessment.id);
    }

    void randomise(RectificationItem& item)
    {
        // Stored trimmed, so written trimmed: the journal holds what the document will.
        item.measure = QStringLiteral("整改") + randomText(pick(30)).trimmed();
        item.requirementCodes = {pickFrom(m_codes)};
        item.phase = 2 + pick(2);
        item.status = RectificationStatus(pick(4));
        item.progress = item.isOpen() ? pick(100) : 100;
    }

    bool addItem(qint64 number)
    {
        Result<QVector<RectificationItem>> existing = items();
        if (!existing)
            return fail(existing.error());
        if (existing->size() >= 25)
            return removeItem(number);
        RectificationItem item;
        randomise(item);
        return run(number, {{QStringLiteral("item:*"), itemFingerprint(item)}},
                   [&]() -> Result<Changes> {
                       Result<qint64> id = m_document.rectification().add(m_assessment.id, item);
                       if (!id)
                           return id.error();
                       return Changes{{QStringLiteral("item:%1").arg(*id), itemFingerprint(item)}};
                   });
    }

    bool changeItem(qint64 number)
    {
        Result<QVector<RectificationItem>> existing = items();
        if (!existing)
            return fail(existing.error());
        if (existing->isEmpty())
            return addItem(number);
        RectificationItem item = pickFrom(*existing);
        randomise(item);
        const QString key = QStringLiteral("item:%1").arg(item.id);
        return run(number, {{key, itemFingerprint(item)}}, [&]() -> Result<Changes> {
            if (Status status = m_document.rectification().update(item); !status)
                return status.error();
            return Changes{{key, itemFingerprint(item)}};
        });
    }

    bool removeItem(qint64 number)
    {
        Result<QVector<RectificationItem>> existing = items();
        if (!existing)
            return fail(existing.error());
        if (existing->isEmpty())
            return addItem(number);
        const qint64 id = pickFrom(*existing).id;
        const QString key = QStringLiteral("item:%1").arg(id);
        return run(number, {{key, removedValue()}}, [&]() -> Result<Changes> {
            if (Status status = m_document.rectification().remove(id); !status)
                return status.error();
            return Changes{{key, removedValue()}};
        });
    }

    UnitFigures randomFigures(qint64 unitId)
    {
        UnitFigures figures;
        figures.unitId = unitId;
        figures.year = m_assessment.year;
        figures.eligible = pick(500);
        figures.participants = figures.eligible == 0 ? 0 : pick(figures.eligible + 1);
        figures.coreWorkers = figures.participants == 0 ? 0 : pick(figures.participants + 1);
        figures.hearingsPerYear = pick(6);
        figures.trainingsPerYear = pick(6);
        figures.hasUnitRules = pick(2) == 1;
        return figures;
    }

    bool saveFigures(qint64 number)
    {
        Result<QVector<Unit>> units = m_document.units().all();
        if (!units)
            return fail(units.error());
        const UnitFigures figures = randomFigures(pickFrom(*units).id);
        const QString key = figuresKey(figures.unitId, figures.year);
        return run(number, {{key, figuresValue(figures)}}, [&]() -> Result<Changes> {
            if (Status status = m_document.units().saveFigures(figures); !status)
                return status.error();
            return Changes{{key, figuresValue(figures)}};
        });
    }

    // A college secretary's filled-in template, written as CSV, read back and planned as
    // the Units page does; applied as one transaction (figures and a new platform).
    bool importUnit(qint64 number)
    {
        Result<QVector<Unit>> units = m_document.units().all();
        Result<QVector<UnitFigures>> figuresOfYear = m_document.units().figures(m_assessment.year);
        Result<QVector<Platform>> platforms = m_document.platforms().all();
        for (const Error* error :
             {units ? nullptr : &units.error(), figuresOfYear ? nullptr : &figuresOfYear.error(),
              platforms ? nullptr : &platforms.error()}) {
            if (error)
                return fail(*error);
        }
        const Unit unit = pickFrom(*units);
        if (platforms->size() >= 40)
            return saveFigures(number);
        UnitTemplate filled =
            UnitTemplate::forUnit(unit, m_assessment.year, *figuresOfYear, *platforms);
        filled.figures = randomFigures(0);
        Platform platform;
        // Unique across runs (edit numbers start again in every run).
        platform.name = QStringLiteral("平台%1").arg(m_random() % 1000000000);
        platform.partnerDepartment = QStringLiteral("学工处");
        platform.inServiceLeader = QStringLiteral("在职组长");
        platform.retiredLeader = QStringLiteral("退休组长");
        platform.activities = pick(30);
        filled.platforms.append(platform);
        const QString fileName = QStringLiteral("unit-%1.csv").arg(number);
        Result<UnitTemplate> read = UnitTemplateCsv::read(UnitTemplateCsv::write(filled), fileName);
        if (!read)
            return fail(read.error());
        Result<UnitImportPlan> plan = UnitImportPlan::plan(*read, fileName, *units, *figuresOfYear,
                                                           *platforms, m_assessment.year);
        if (!plan)
            return fail(plan.error());
        if (!plan->figuresAfter || plan->platformsToAdd.size() != 1)
            return fail(Error::internal(QStringLiteral("the import plan lost the new figures")));
        const UnitFigures figures = *plan->figuresAfter;
        const Platform added = plan->platformsToAdd.first();
        const QString key = figuresKey(figures.unitId, figures.year);
        const Changes intended{{key, figuresValue(figures)},
                               {QStringLiteral("platform:*"), platformFingerprint(added)}};
        return run(number, intended, [&]() -> Result<Changes> {
            if (Status status = m_document.units().saveFigures(figures); !status)
                return status.error();
            Result<qint64> id = m_document.platforms().add(added);
            if (!id)
                return id.error();
            return Changes{{key, figuresValue(figures)},
                           {QStringLiteral("platform:%1").arg(*id), platformFingerprint(added)}};
        });
    }

    Document& m_document;
    Journal& m_journal;
    std::mt19937_64 m_random;
    Assessment m_assessment;
    QVector<QString> m_codes;
};

} // namespace

int exitCodeOf(const Error& error)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(error.message));
    return error.kind == Error::Kind::UserInput ? 1 : 2;
}

int addEvidence(const QString& path, const QString& file)
{
    Result<std::unique_ptr<Document>> document = Document::open(path, {});
    if (!document)
        return exitCodeOf(document.error());
    Result<Assessment> assessment = (*document)->assessments().current();
    if (!assessment)
        return exitCodeOf(assessment.error());
    Result<qint64> added =
        (*document)->evidence().addFile(assessment->id, QStringLiteral("O1"), file);
    if (!added)
        return exitCodeOf(added.error());
    return 0;
}

int tryWrite(const QString& path)
{
    Result<std::unique_ptr<Document>> document = Document::open(path, {});
    if (!document)
        return exitCodeOf(document.error());
    std::printf("read-only: %d\nreason: %s\n", (*document)->isReadOnly() ? 1 : 0,
                qUtf8Printable((*document)->readOnlyReason()));
    Unit unit;
    unit.name = QStringLiteral("新单位");
    Result<qint64> added = (*document)->units().add(unit);
    std::printf("write: %s\n", added ? "ok" : qUtf8Printable(added.error().message));
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("add-evidence"))
        return addEvidence(arguments.at(2), arguments.at(3));
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("try-write"))
        return tryWrite(arguments.at(2));
    if (arguments.size() != 4) {
        std::fputs("usage: reliability_worker DOCUMENT JOURNAL SEED\n", stderr);
        return 2;
    }
    Document::Options options;
    options.userName = QStringLiteral("crash-test");
    Result<std::unique_ptr<Document>> document = Document::open(arguments.at(1), options);
    if (!document) {
        std::fprintf(stderr, "reliability_worker: %s\n", qUtf8Printable(document.error().message));
        return 1;
    }
    Journal journal(arguments.at(2));
    if (!journal.open()) {
        std::fputs("reliability_worker: the journal cannot be written\n", stderr);
        return 1;
    }
    Worker worker(**document, journal, arguments.at(3).toULongLong());
    if (!worker.prepare())
        return 1;
    // Runs until killed; the bound only keeps a forgotten worker from running forever.
    for (qint64 number = 1; number <= 1000000; ++number) {
        if (!worker.step(number))
            return 1;
    }
    return 0;
}
