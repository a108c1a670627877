#include "storage/FrameworkRepository.h"

#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace duibiao {

namespace {

QString sourceName()
{
    return QCoreApplication::translate("FrameworkRepository", "framework");
}

// Two framework texts hold the same content when they read back to the same framework:
// layout, key order and number spelling do not count.
bool sameContent(const Framework& framework, const QByteArray& otherJson)
{
    Result<Framework> other = FrameworkLoader::parse(otherJson, sourceName());
    return other && frameworkToJson(*other) == frameworkToJson(framework);
}

Error conflict(const Framework& framework)
{
    return Error::user(QCoreApplication::translate(
                           "FrameworkRepository",
                           "Version %1 of framework %2 is already in this document with other "
                           "content; give the new one another version.")
                           .arg(framework.version, framework.code));
}

} // namespace

Result<qint64> FrameworkRepository::add(const QByteArray& json, const QString& note)
{
    Result<Framework> framework = FrameworkLoader::parse(json, sourceName());
    if (!framework)
        return framework.error();

    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    Result<std::optional<qint64>> existing = find(framework->code, framework->version);
    if (!existing)
        return existing.error();
    if (*existing) {
        Result<QByteArray> stored = this->json(**existing);
        if (!stored)
            return stored.error();
        if (!sameContent(*framework, *stored))
            return conflict(*framework);
        return **existing;
    }
    // An assessment's snapshot names a version too: the same name must not mean two texts.
    SqlQuery snapshots(m_context.db, QStringLiteral("SELECT framework_json FROM assessments "
                                                    "WHERE framework_code = :code AND "
                                                    "framework_version = :version"));
    snapshots.bind(QStringLiteral(":code"), framework->code)
        .bind(QStringLiteral(":version"), framework->version);
    if (Status status = snapshots.exec(); !status)
        return status.error();
    while (snapshots.next()) {
        if (!sameContent(*framework, snapshots.value(0).toString().toUtf8()))
            return conflict(*framework);
    }

    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT INTO frameworks (code, version, title, json, note, "
                                   "created) VALUES (:code, :version, :title, :json, :note, "
                                   ":created)"));
    insert.bind(QStringLiteral(":code"), framework->code)
        .bind(QStringLiteral(":version"), framework->version)
        .bind(QStringLiteral(":title"), framework->title.zh)
        .bind(QStringLiteral(":json"), QString::fromUtf8(json))
        .bind(QStringLiteral(":note"), note.trimmed())
        .bind(QStringLiteral(":created"), toSql(m_context.now()));
    if (Status status = insert.exec(); !status)
        return status.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("framework"), QString::number(id), QStringLiteral("added"), {},
            QStringLiteral("%1@%2").arg(framework->code, framework->version));
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QVector<FrameworkVersion>> FrameworkRepository::all() const
{
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT f.id, f.code, f.version, f.title, f.note, f.created, "
                                  "EXISTS (SELECT 1 FROM assessments a WHERE a.framework_code = "
                                  "f.code AND a.framework_version = f.version) "
                                  "FROM frameworks f ORDER BY f.code, f.id"));
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<FrameworkVersion> versions;
    while (query.next()) {
        FrameworkVersion v;
        v.id = query.value(0).toLongLong();
        v.code = query.value(1).toString();
        v.version = query.value(2).toString();
        v.title = query.value(3).toString();
        v.note = query.value(4).toString();
        v.created = timeFromSql(query.value(5));
        v.inUse = query.value(6).toBool();
        versions.append(v);
    }
    return versions;
}

Result<QByteArray> FrameworkRepository::json(qint64 id) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT json FROM frameworks WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    Result<QVariant> json = query.scalar();
    if (!json)
        return json.error();
    if (json->isNull())
        return Error::user(QCoreApplication::translate("FrameworkRepository",
                                                       "There is no framework version %1 in this "
                                                       "document.")
                               .arg(id));
    return json->toString().toUtf8();
}

Result<Framework> FrameworkRepository::load(qint64 id) const
{
    Result<QByteArray> text = json(id);
    if (!text)
        return text.error();
    return FrameworkLoader::parse(
        *text, QCoreApplication::translate("FrameworkRepository", "framework version %1").arg(id));
}

Result<std::optional<qint64>> FrameworkRepository::find(const QString& code,
                                                        const QString& version) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id FROM frameworks WHERE code = :code "
                                                "AND version = :version"));
    query.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":version"), version);
    Result<QVariant> id = query.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Status FrameworkRepository::remove(qint64 id)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(m_context.db,
                   QStringLiteral("SELECT f.code, f.version, (SELECT a.title FROM assessments a "
                                  "WHERE a.framework_code = f.code AND a.framework_version = "
                                  "f.version ORDER BY a.id LIMIT 1) FROM frameworks f "
                                  "WHERE f.id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Error::user(QCoreApplication::translate("FrameworkRepository",
                                                       "There is no framework version %1 in this "
                                                       "document.")
                               .arg(id));
    const QString label =
        QStringLiteral("%1@%2").arg(query.value(0).toString(), query.value(1).toString());
    if (!query.value(2).isNull())
        return Error::user(
            QCoreApplication::translate("FrameworkRepository",
                                        "Framework %1 is used by assessment “%2”; it stays in the "
                                        "document while an assessment is on it.")
                .arg(label, query.value(2).toString()));
    SqlQuery remove(m_context.db, QStringLiteral("DELETE FROM frameworks WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("framework"), QString::number(id), QStringLiteral("removed"), label, {});
        !status)
        return status;
    return transaction.commit();
}

QString nextVersion(const QString& version)
{
    static const QRegularExpression trailingNumber(QStringLiteral("^(.*?)(\\d+)$"));
    const QString trimmed = version.trimmed();
    const QRegularExpressionMatch match = trailingNumber.match(trimmed);
    if (!match.hasMatch())
        return trimmed.isEmpty() ? QStringLiteral("1") : trimmed + QStringLiteral(".1");
    // Digits are counted as text so that "2019.09" gives "2019.10" and long numbers do
    // not overflow.
    QString digits = match.captured(2);
    int i = int(digits.size()) - 1;
    while (i >= 0 && digits[i] == QLatin1Char('9')) {
        digits[i] = QLatin1Char('0');
        --i;
    }
    if (i < 0)
        digits.prepend(QLatin1Char('1'));
    else
        digits[i] = QChar(digits[i].unicode() + 1);
    return match.captured(1) + digits;
}

} // namespace duibiao
