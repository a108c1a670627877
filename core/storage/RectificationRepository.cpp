#include "storage/RectificationRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace duibiao {

namespace {

const QString columns = QStringLiteral(
    "id, measure, responsible_unit_id, responsible_person, deadline, phase, status, progress, "
    "completion_note, created, updated");

RectificationItem read(const SqlQuery& query)
{
    RectificationItem item;
    item.id = query.value(0).toLongLong();
    item.measure = query.value(1).toString();
    if (!query.value(2).isNull())
        item.responsibleUnitId = query.value(2).toLongLong();
    item.responsiblePerson = query.value(3).toString();
    item.deadline = dateFromSql(query.value(4));
    item.phase = query.value(5).toInt();
    item.status = rectificationStatusFromKey(query.value(6).toString())
                      .value_or(RectificationStatus::Planned);
    item.progress = query.value(7).toInt();
    item.completionNote = query.value(8).toString();
    item.created = timeFromSql(query.value(9));
    item.updated = timeFromSql(query.value(10));
    return item;
}

Status validate(const RectificationItem& item)
{
    if (item.measure.trimmed().isEmpty())
        return Error::user(QCoreApplication::translate("RectificationRepository",
                                                       "A rectification item needs a measure."));
    if (item.phase < 1 || item.phase > 4)
        return Error::user(QCoreApplication::translate("RectificationRepository",
                                                       "The phase must be 1 to 4, not %1.")
                               .arg(item.phase));
    if (item.progress < 0 || item.progress > 100)
        return Error::user(QCoreApplication::translate("RectificationRepository",
                                                       "The progress must be 0 to 100%, not %1.")
                               .arg(item.progress));
    return {};
}

void bindItem(SqlQuery& query, const RectificationItem& item)
{
    query.bind(QStringLiteral(":measure"), item.measure.trimmed())
        .bind(QStringLiteral(":unit"), optionalId(item.responsibleUnitId))
        .bind(QStringLiteral(":person"), item.responsiblePerson.trimmed())
        .bind(QStringLiteral(":deadline"), toSql(item.deadline))
        .bind(QStringLiteral(":phase"), item.phase)
        .bind(QStringLiteral(":status"), rectificationStatusKey(item.status))
        .bind(QStringLiteral(":progress"), item.progress)
        .bind(QStringLiteral(":note"), item.completionNote);
}

QString unitText(const std::optional<qint64>& id)
{
    return id ? QString::number(*id) : QString();
}

Status auditChanges(StorageContext& context, qint64 id, const RectificationItem* before,
                    const RectificationItem* after)
{
    auto field = [](const RectificationItem* item, auto get) {
        return item ? get(*item) : QString();
    };
    const std::initializer_list<std::tuple<const char*, QString, QString>> changes{
        {"requirements", field(before, [](auto& i) { return i.requirementCodes.join(u','); }),
         field(after, [](auto& i) { return i.requirementCodes.join(u','); })},
        {"measure", field(before, [](auto& i) { return i.measure; }),
         field(after, [](auto& i) { return i.measure.trimmed(); })},
        {"responsible_unit", field(before, [](auto& i) { return unitText(i.responsibleUnitId); }),
         field(after, [](auto& i) { return unitText(i.responsibleUnitId); })},
        {"responsible_person", field(before, [](auto& i) { return i.responsiblePerson; }),
         field(after, [](auto& i) { return i.responsiblePerson.trimmed(); })},
        {"deadline", field(before, [](auto& i) { return i.deadline.toString(Qt::ISODate); }),
         field(after, [](auto& i) { return i.deadline.toString(Qt::ISODate); })},
        {"phase", field(before, [](auto& i) { return QString::number(i.phase); }),
         field(after, [](auto& i) { return QString::number(i.phase); })},
        {"status", field(before, [](auto& i) { return rectificationStatusKey(i.status); }),
         field(after, [](auto& i) { return rectificationStatusKey(i.status); })},
        {"progress", field(before, [](auto& i) { return QString::number(i.progress); }),
         field(after, [](auto& i) { return QString::number(i.progress); })},
        {"completion_note", field(before, [](auto& i) { return i.completionNote; }),
         field(after, [](auto& i) { return i.completionNote; })},
    };
    AuditTrail audit(context);
    for (const auto& [name, oldValue, newValue] : changes) {
        if (Status status = audit.record(QStringLiteral("rectification"), QString::number(id),
                                         QLatin1String(name), oldValue, newValue);
            !status)
            return status;
    }
    return {};
}

} // namespace

Result<QVector<RectificationItem>> RectificationRepository::all(qint64 assessmentId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM rectification_items WHERE "
                                                "assessment_id = :id ORDER BY id")
                                     .arg(columns));
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<RectificationItem> items;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        items.append(read(query));
        index.insert(items.back().id, items.size() - 1);
    }
    SqlQuery links(m_context.db,
                   QStringLiteral("SELECT r.item_id, r.requirement_code FROM "
                                  "rectification_requirements r JOIN rectification_items i ON "
                                  "i.id = r.item_id WHERE i.assessment_id = :id ORDER BY "
                                  "r.item_id, r.requirement_code"));
    links.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = links.exec(); !status)
        return status.error();
    while (links.next()) {
        const auto found = index.constFind(links.value(0).toLongLong());
        if (found != index.constEnd())
            items[*found].requirementCodes.append(links.value(1).toString());
    }
    return items;
}

Result<RectificationItem> RectificationRepository::get(qint64 itemId) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM rectification_items WHERE id = :id").arg(columns));
    query.bind(QStringLiteral(":id"), itemId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error::user(QCoreApplication::translate("RectificationRepository",
                                                       "There is no rectification item %1.")
                               .arg(itemId));
    RectificationItem item = read(query);
    SqlQuery links(m_context.db, QStringLiteral("SELECT requirement_code FROM "
                                                "rectification_requirements WHERE item_id = :id "
                                                "ORDER BY requirement_code"));
    links.bind(QStringLiteral(":id"), itemId);
    if (Status status = links.exec(); !status)
        return status.error();
    while (links.next())
        item.requirementCodes.append(links.value(0).toString());
    return item;
}

Status RectificationRepository::writeRequirements(qint64 itemId, const QStringList& codes)
{
    SqlQuery clear(m_context.db,
                   QStringLiteral("DELETE FROM rectification_requirements WHERE item_id = :id"));
    clear.bind(QStringLiteral(":id"), itemId);
    if (Status status = clear.exec(); !status)
        return status;
    SqlQuery insert(m_context.db,
                    QStringLiteral("INSERT OR IGNORE INTO rectification_requirements "
                                   "(item_id, requirement_code) VALUES (:id, :code)"));
    for (const QString& code : codes) {
        insert.bind(QStringLiteral(":id"), itemId).bind(QStringLiteral(":code"), code);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<qint64> RectificationRepository::add(qint64 assessmentId, const RectificationItem& item)
{
    return insert(assessmentId, item, false);
}

Status RectificationRepository::restore(qint64 assessmentId, const RectificationItem& item)
{
    Result<qint64> id = insert(assessmentId, item, true);
    return id ? Status() : Status(id.error());
}

Result<qint64> RectificationRepository::insert(qint64 assessmentId, const RectificationItem& item,
                                               bool keepId)
{
    if (Status valid = validate(item); !valid)
        return valid.error();
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    SqlQuery query(m_context.db,
                   QStringLiteral("INSERT INTO rectification_items (id, assessment_id, measure, "
                                  "responsible_unit_id, responsible_person, deadline, phase, "
                                  "status, progress, completion_note, created, updated) VALUES "
                                  "(:id, :assessment, :measure, :unit, :person, :deadline, :phase, "
                                  ":status, :progress, :note, :created, :now)"));
    bindItem(query, item);
    const QDateTime now = m_context.now();
    query.bind(QStringLiteral(":id"), keepId ? QVariant(item.id) : QVariant())
        .bind(QStringLiteral(":assessment"), assessmentId)
        .bind(QStringLiteral(":created"),
              toSql(keepId && item.created.isValid() ? item.created : now))
        .bind(QStringLiteral(":now"), toSql(now));
    if (Status status = query.exec(); !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = writeRequirements(id, item.requirementCodes); !status)
        return status.error();
    if (Status status = auditChanges(m_context, id, nullptr, &item); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QVector<qint64>> RectificationRepository::itemsOfUnit(qint64 unitId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id FROM rectification_items WHERE "
                                                "responsible_unit_id = :unit ORDER BY id"));
    query.bind(QStringLiteral(":unit"), unitId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status RectificationRepository::setResponsibleUnit(const QVector<qint64>& itemIds, qint64 unitId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(m_context.db, QStringLiteral("UPDATE rectification_items SET "
                                                "responsible_unit_id = :unit WHERE id = :id"));
    for (qint64 id : itemIds) {
        query.bind(QStringLiteral(":unit"), unitId).bind(QStringLiteral(":id"), id);
        if (Status status = query.exec(); !status)
            return status;
    }
    return transaction.commit();
}

Status RectificationRepository::update(const RectificationItem& item)
{
    if (Status valid = validate(item); !valid)
        return valid;
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RectificationItem> before = get(item.id);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db,
                   QStringLiteral("UPDATE rectification_items SET measure = :measure, "
                                  "responsible_unit_id = :unit, responsible_person = :person, "
                                  "deadline = :deadline, phase = :phase, status = :status, "
                                  "progress = :progress, completion_note = :note, updated = :now "
                                  "WHERE id = :id"));
    bindItem(query, item);
    query.bind(QStringLiteral(":now"), toSql(m_context.now())).bind(QStringLiteral(":id"), item.id);
    if (Status status = query.exec(); !status)
        return status;
    if (before->requirementCodes != item.requirementCodes) {
        if (Status status = writeRequirements(item.id, item.requirementCodes); !status)
            return status;
    }
    if (Status status = auditChanges(m_context, item.id, &*before, &item); !status)
        return status;
    return transaction.commit();
}

Status RectificationRepository::remove(qint64 itemId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<RectificationItem> before = get(itemId);
    if (!before)
        return before.error();
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM rectification_items WHERE id = :id"));
    query.bind(QStringLiteral(":id"), itemId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = auditChanges(m_context, itemId, &*before, nullptr); !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
