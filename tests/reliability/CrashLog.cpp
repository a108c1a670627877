#include "CrashLog.h"

#include "storage/Document.h"

#include <QCryptographicHash>

namespace duibiao::reliability {

namespace {

const QString terminator = QStringLiteral(".");

QChar kindLetter(LogEntry::Kind kind)
{
    switch (kind) {
    case LogEntry::Kind::Try:
        return QLatin1Char('T');
    case LogEntry::Kind::Commit:
        return QLatin1Char('C');
    case LogEntry::Kind::Rollback:
        return QLatin1Char('R');
    }
    return QLatin1Char('?');
}

} // namespace

QString formatEntry(const LogEntry& entry)
{
    QStringList parts{QString(kindLetter(entry.kind)), QString::number(entry.number)};
    for (const auto& [key, value] : entry.changes)
        parts.append(key + QLatin1Char('=') + value);
    parts.append(terminator);
    return parts.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

QVector<LogEntry> parseLog(const QByteArray& bytes)
{
    QVector<LogEntry> entries;
    const QList<QByteArray> lines = bytes.split('\n');
    // The last piece has no newline after it: written only in part, or empty.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QStringList parts =
            QString::fromUtf8(lines.at(i)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 3 || parts.last() != terminator || parts.first().size() != 1)
            continue;
        LogEntry entry;
        const QChar letter = parts.first().at(0);
        if (letter == QLatin1Char('T'))
            entry.kind = LogEntry::Kind::Try;
        else if (letter == QLatin1Char('C'))
            entry.kind = LogEntry::Kind::Commit;
        else if (letter == QLatin1Char('R'))
            entry.kind = LogEntry::Kind::Rollback;
        else
            continue;
        bool numberOk = false;
        entry.number = parts.at(1).toLongLong(&numberOk);
        if (!numberOk)
            continue;
        bool whole = true;
        for (qsizetype p = 2; p + 1 < parts.size(); ++p) {
            const qsizetype equals = parts.at(p).indexOf(QLatin1Char('='));
            if (equals <= 0) {
                whole = false;
                break;
            }
            entry.changes.append({parts.at(p).left(equals), parts.at(p).mid(equals + 1)});
        }
        if (whole)
            entries.append(entry);
    }
    return entries;
}

QString removedValue()
{
    return QStringLiteral("removed");
}

QString textFingerprint(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString itemFingerprint(const RectificationItem& item)
{
    return textFingerprint(QStringLiteral("%1|%2|%3|%4")
                               .arg(item.measure, rectificationStatusKey(item.status))
                               .arg(item.progress)
                               .arg(item.requirementCodes.join(QLatin1Char(','))));
}

QString platformFingerprint(const Platform& platform)
{
    return textFingerprint(QStringLiteral("%1|%2|%3")
                               .arg(platform.name)
                               .arg(platform.unitId)
                               .arg(platform.activities));
}

QString keyKind(const QString& key)
{
    return key.section(QLatin1Char(':'), 0, 0);
}

Result<QHash<QString, QString>> snapshot(Document& document)
{
    QHash<QString, QString> state;
    Result<Assessment> assessment = document.assessments().current();
    if (!assessment)
        return assessment.error();
    Result<QVector<RequirementAssessment>> ratings = document.ratings().all(assessment->id);
    if (!ratings)
        return ratings.error();
    for (const RequirementAssessment& rating : *ratings) {
        state.insert(QStringLiteral("rating:") + rating.requirementCode, ratingKey(rating.rating));
        state.insert(QStringLiteral("narrative:") + rating.requirementCode,
                     textFingerprint(rating.narrative));
    }
    Result<QVector<Evidence>> evidence = document.evidence().list(assessment->id);
    if (!evidence)
        return evidence.error();
    for (const Evidence& e : *evidence)
        state.insert(QStringLiteral("evidence:%1").arg(e.id), e.sha256);
    Result<QVector<RectificationItem>> items = document.rectification().all(assessment->id);
    if (!items)
        return items.error();
    for (const RectificationItem& item : *items)
        state.insert(QStringLiteral("item:%1").arg(item.id), itemFingerprint(item));
    Result<QVector<UnitFigures>> figures = document.units().figures(assessment->year);
    if (!figures)
        return figures.error();
    for (const UnitFigures& f : *figures)
        state.insert(figuresKey(f.unitId, f.year), figuresValue(f));
    Result<QVector<Platform>> platforms = document.platforms().all();
    if (!platforms)
        return platforms.error();
    for (const Platform& platform : *platforms)
        state.insert(QStringLiteral("platform:%1").arg(platform.id), platformFingerprint(platform));
    return state;
}

QString figuresKey(qint64 unitId, int year)
{
    return QStringLiteral("figures:%1:%2").arg(unitId).arg(year);
}

QString figuresValue(const UnitFigures& figures)
{
    return QStringLiteral("%1|%2|%3")
        .arg(figures.eligible)
        .arg(figures.participants)
        .arg(figures.coreWorkers);
}

} // namespace duibiao::reliability
