#include "storage/UnitRepository.h"

#include "storage/AuditTrail.h"
#include "storage/SqlQuery.h"
#include "storage/StorageContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {

namespace {

const QString figuresColumns =
    QStringLiteral("unit_id, year, eligible, participants, core_workers, hearings_per_year, "
                   "trainings_per_year, has_unit_rules, has_demand_menu, has_resource_menu, note");

UnitFigures readFigures(const SqlQuery& query)
{
    UnitFigures f;
    f.unitId = query.value(0).toLongLong();
    f.year = query.value(1).toInt();
    f.eligible = query.value(2).toInt();
    f.participants = query.value(3).toInt();
    f.coreWorkers = query.value(4).toInt();
    f.hearingsPerYear = query.value(5).toInt();
    f.trainingsPerYear = query.value(6).toInt();
    f.hasUnitRules = query.value(7).toBool();
    f.hasDemandMenu = query.value(8).toBool();
    f.hasResourceMenu = query.value(9).toBool();
    f.note = query.value(10).toString();
    return f;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

Result<QVector<Unit>> UnitRepository::all() const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT id, name, kind, sort_order FROM units "
                                                "ORDER BY kind = 'secondary', sort_order, id"));
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<Unit> units;
    while (query.next()) {
        units.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString() == QLatin1String("school") ? UnitKind::School
                                                                           : UnitKind::Secondary,
                      query.value(3).toInt()});
    }
    return units;
}

Result<qint64> UnitRepository::add(const Unit& unit)
{
    return insert(unit, false);
}

Status UnitRepository::restore(const Unit& unit)
{
    Result<qint64> id = insert(unit, true);
    return id ? Status() : Status(id.error());
}

Result<Unit> UnitRepository::get(qint64 unitId) const
{
    Result<QVector<Unit>> units = all();
    if (!units)
        return units.error();
    for (const Unit& unit : *units) {
        if (unit.id == unitId)
            return unit;
    }
    return Error::user(
        QCoreApplication::translate("UnitRepository", "There is no unit %1.").arg(unitId));
}

Result<qint64> UnitRepository::insert(const Unit& unit, bool keepId)
{
    if (unit.name.trimmed().isEmpty())
        return Error::user(QCoreApplication::translate("UnitRepository", "A unit needs a name."));
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started().error();
    if (unit.kind == UnitKind::School) {
        SqlQuery existing(m_context.db,
                          QStringLiteral("SELECT count(*) FROM units WHERE kind = 'school'"));
        Result<QVariant> count = existing.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return Error::user(QCoreApplication::translate(
                "UnitRepository", "The institution already has a school unit (校关工委)."));
    }
    SqlQuery query(m_context.db, QStringLiteral("INSERT INTO units (id, name, kind, sort_order) "
                                                "VALUES (:id, :name, :kind, :sort)"));
    query.bind(QStringLiteral(":id"), keepId ? QVariant(unit.id) : QVariant())
        .bind(QStringLiteral(":name"), unit.name.trimmed())
        .bind(QStringLiteral(":kind"), unitKindKey(unit.kind))
        .bind(QStringLiteral(":sort"), unit.sortOrder);
    if (Status status = query.exec(); !status)
        return status.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("unit"), QString::number(id),
                                         QStringLiteral("name"), {}, unit.name.trimmed());
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status UnitRepository::rename(qint64 unitId, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error::user(QCoreApplication::translate("UnitRepository", "A unit needs a name."));
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery old(m_context.db, QStringLiteral("SELECT name FROM units WHERE id = :id"));
    old.bind(QStringLiteral(":id"), unitId);
    Result<QVariant> oldName = old.scalar();
    if (!oldName)
        return oldName.error();
    if (oldName->isNull())
        return Error::user(
            QCoreApplication::translate("UnitRepository", "There is no unit %1.").arg(unitId));
    SqlQuery query(m_context.db, QStringLiteral("UPDATE units SET name = :name WHERE id = :id"));
    query.bind(QStringLiteral(":name"), name.trimmed()).bind(QStringLiteral(":id"), unitId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status = AuditTrail(m_context).record(
            QStringLiteral("unit"), QString::number(unitId), QStringLiteral("name"),
            oldName->toString(), name.trimmed());
        !status)
        return status;
    return transaction.commit();
}

Status UnitRepository::remove(qint64 unitId)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery old(m_context.db, QStringLiteral("SELECT name FROM units WHERE id = :id"));
    old.bind(QStringLiteral(":id"), unitId);
    Result<QVariant> oldName = old.scalar();
    if (!oldName)
        return oldName.error();
    if (oldName->isNull())
        return Error::user(
            QCoreApplication::translate("UnitRepository", "There is no unit %1.").arg(unitId));
    Result<Unit> unit = get(unitId);
    if (!unit)
        return unit.error();
    if (unit->kind == UnitKind::School)
        return Error::user(QCoreApplication::translate(
            "UnitRepository", "The school unit (校关工委) cannot be removed; rename it instead."));
    SqlQuery query(m_context.db, QStringLiteral("DELETE FROM units WHERE id = :id"));
    query.bind(QStringLiteral(":id"), unitId);
    if (Status status = query.exec(); !status)
        return status;
    if (Status status =
            AuditTrail(m_context).record(QStringLiteral("unit"), QString::number(unitId),
                                         QStringLiteral("name"), oldName->toString(), {});
        !status)
        return status;
    return transaction.commit();
}

Result<QVector<UnitFigures>> UnitRepository::figures(int year) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM unit_figures WHERE year = :year "
                                                "ORDER BY unit_id")
                                     .arg(figuresColumns));
    query.bind(QStringLiteral(":year"), year);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<UnitFigures> all;
    while (query.next())
        all.append(readFigures(query));
    return all;
}

Result<std::optional<UnitFigures>> UnitRepository::figuresOf(qint64 unitId, int year) const
{
    SqlQuery query(
        m_context.db,
        QStringLiteral("SELECT %1 FROM unit_figures WHERE unit_id = :unit AND year = :year")
            .arg(figuresColumns));
    query.bind(QStringLiteral(":unit"), unitId).bind(QStringLiteral(":year"), year);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<UnitFigures>();
    return std::optional<UnitFigures>(readFigures(query));
}

Result<QVector<UnitFigures>> UnitRepository::allFiguresOf(qint64 unitId) const
{
    SqlQuery query(m_context.db, QStringLiteral("SELECT %1 FROM unit_figures WHERE unit_id = :unit "
                                                "ORDER BY year")
                                     .arg(figuresColumns));
    query.bind(QStringLiteral(":unit"), unitId);
    if (Status status = query.exec(); !status)
        return status.error();
    QVector<UnitFigures> all;
    while (query.next())
        all.append(readFigures(query));
    return all;
}

Status UnitRepository::saveFigures(const UnitFigures& figures)
{
    if (Status valid = figures.validate(); !valid)
        return valid;
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<UnitFigures>> before = figuresOf(figures.unitId, figures.year);
    if (!before)
        return before.error();
    SqlQuery query(
        m_context.db,
        QStringLiteral("INSERT INTO unit_figures (%1) VALUES (:unit, :year, :eligible, "
                       ":participants, :core, :hearings, :trainings, :rules, :demand, "
                       ":resource, :note) ON CONFLICT (unit_id, year) DO UPDATE SET "
                       "eligible = excluded.eligible, participants = excluded.participants, "
                       "core_workers = excluded.core_workers, "
                       "hearings_per_year = excluded.hearings_per_year, "
                       "trainings_per_year = excluded.trainings_per_year, "
                       "has_unit_rules = excluded.has_unit_rules, "
                       "has_demand_menu = excluded.has_demand_menu, "
                       "has_resource_menu = excluded.has_resource_menu, note = excluded.note")
            .arg(figuresColumns));
    query.bind(QStringLiteral(":unit"), figures.unitId)
        .bind(QStringLiteral(":year"), figures.year)
        .bind(QStringLiteral(":eligible"), figures.eligible)
        .bind(QStringLiteral(":participants"), figures.participants)
        .bind(QStringLiteral(":core"), figures.coreWorkers)
        .bind(QStringLiteral(":hearings"), figures.hearingsPerYear)
        .bind(QStringLiteral(":trainings"), figures.trainingsPerYear)
        .bind(QStringLiteral(":rules"), figures.hasUnitRules ? 1 : 0)
        .bind(QStringLiteral(":demand"), figures.hasDemandMenu ? 1 : 0)
        .bind(QStringLiteral(":resource"), figures.hasResourceMenu ? 1 : 0)
        .bind(QStringLiteral(":note"), figures.note);
    if (Status status = query.exec(); !status)
        return status;

    const UnitFigures old = before->value_or(UnitFigures{});
    const bool existed = before->has_value();
    auto text = [existed](auto value) {
        return existed ? QString::number(value) : QString();
    };
    const QString key = QStringLiteral("%1/%2").arg(figures.unitId).arg(figures.year);
    const QString entity = QStringLiteral("unit_figures");
    AuditTrail audit(m_context);
    const std::initializer_list<std::tuple<const char*, QString, QString>> changes{
        {"eligible", text(old.eligible), QString::number(figures.eligible)},
        {"participants", text(old.participants), QString::number(figures.participants)},
        {"core_workers", text(old.coreWorkers), QString::number(figures.coreWorkers)},
        {"hearings_per_year", text(old.hearingsPerYear), QString::number(figures.hearingsPerYear)},
        {"trainings_per_year", text(old.trainingsPerYear),
         QString::number(figures.trainingsPerYear)},
        {"has_unit_rules", existed ? boolText(old.hasUnitRules) : QString(),
         boolText(figures.hasUnitRules)},
        {"has_demand_menu", existed ? boolText(old.hasDemandMenu) : QString(),
         boolText(figures.hasDemandMenu)},
        {"has_resource_menu", existed ? boolText(old.hasResourceMenu) : QString(),
         boolText(figures.hasResourceMenu)},
        {"note", old.note, figures.note},
    };
    for (const auto& [field, oldValue, newValue] : changes) {
        if (Status status = audit.record(entity, key, QLatin1String(field), oldValue, newValue);
            !status)
            return status;
    }
    return transaction.commit();
}

Status UnitRepository::removeFigures(qint64 unitId, int year)
{
    Transaction transaction(m_context.db);
    if (!transaction.started())
        return transaction.started();
    SqlQuery query(
        m_context.db,
        QStringLiteral("DELETE FROM unit_figures WHERE unit_id = :unit AND year = :year"));
    query.bind(QStringLiteral(":unit"), unitId).bind(QStringLiteral(":year"), year);
    if (Status status = query.exec(); !status)
        return status;
    if (query.rowsAffected() > 0) {
        if (Status status = AuditTrail(m_context).record(
                QStringLiteral("unit_figures"), QStringLiteral("%1/%2").arg(unitId).arg(year),
                QStringLiteral("removed"), QStringLiteral("1"), {});
            !status)
            return status;
    }
    return transaction.commit();
}

} // namespace duibiao
