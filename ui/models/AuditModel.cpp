#include "models/AuditModel.h"

#include "session/DocumentSession.h"

namespace duibiao {

AuditModel::AuditModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void AuditModel::setFilter(const QString& requirementCode, const QString& user)
{
    m_requirement = requirementCode;
    m_user = user;
    reload();
}

void AuditModel::reload()
{
    AuditTrail::Filter filter;
    if (!m_requirement.isEmpty()) {
        filter.entity = QStringLiteral("requirement");
        filter.key = m_requirement;
    }
    filter.user = m_user;
    filter.limit = 2000;
    Result<QVector<AuditEntry>> entries = m_session.document().audit().entries(filter);
    beginResetModel();
    m_entries = entries ? *entries : QVector<AuditEntry>();
    m_unitNames.clear();
    for (const Unit& unit : m_session.input().units)
        m_unitNames.insert(QString::number(unit.id), unit.name);
    endResetModel();
    if (!entries)
        m_session.reportFailure(entries.error());
}

QString AuditModel::describe(const AuditEntry& entry) const
{
    if (entry.entity == QLatin1String("requirement"))
        return tr("Requirement %1").arg(entry.key);
    if (entry.entity == QLatin1String("unit_figures"))
        return tr("Figures %1").arg(entry.key);
    if (entry.entity == QLatin1String("unit"))
        return tr("Unit %1").arg(entry.key);
    if (entry.entity == QLatin1String("platform"))
        return tr("Platform %1").arg(entry.key);
    if (entry.entity == QLatin1String("rectification"))
        return tr("Rectification item #%1").arg(entry.key);
    if (entry.entity == QLatin1String("evidence"))
        return tr("Evidence %1").arg(entry.key);
    if (entry.entity == QLatin1String("institution"))
        return tr("Institution");
    if (entry.entity == QLatin1String("assessment"))
        return tr("Assessment %1").arg(entry.key);
    return QStringLiteral("%1 %2").arg(entry.entity, entry.key);
}

QString AuditModel::fieldLabel(const AuditEntry& entry) const
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("override_reason"), QT_TR_NOOP("Override reason")},
        {QStringLiteral("narrative"), QT_TR_NOOP("Narrative")},
        {QStringLiteral("gap_text"), QT_TR_NOOP("Gap")},
        {QStringLiteral("rating_before_rectification"), QT_TR_NOOP("Rating before rectification")},
        {QStringLiteral("eligible"), QT_TR_NOOP("Eligible retired staff")},
        {QStringLiteral("participants"), QT_TR_NOOP("Participants")},
        {QStringLiteral("core_workers"), QT_TR_NOOP("Core workers")},
        {QStringLiteral("hearings_per_year"), QT_TR_NOOP("Report hearings")},
        {QStringLiteral("trainings_per_year"), QT_TR_NOOP("Trainings")},
        {QStringLiteral("has_unit_rules"), QT_TR_NOOP("Unit rules")},
        {QStringLiteral("has_demand_menu"), QT_TR_NOOP("Demand menu")},
        {QStringLiteral("has_resource_menu"), QT_TR_NOOP("Resource menu")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("requirements"), QT_TR_NOOP("Requirements")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("responsible_unit"), QT_TR_NOOP("Responsible unit")},
        {QStringLiteral("responsible_person"), QT_TR_NOOP("Responsible person")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("phase"), QT_TR_NOOP("Phase")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("progress"), QT_TR_NOOP("Progress")},
        {QStringLiteral("completion_note"), QT_TR_NOOP("Completion note")},
        {QStringLiteral("added"), QT_TR_NOOP("Added")},
        {QStringLiteral("removed"), QT_TR_NOOP("Removed")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("partner_department"), QT_TR_NOOP("Partner department")},
        {QStringLiteral("in_service_leader"), QT_TR_NOOP("In-service leader")},
        {QStringLiteral("retired_leader"), QT_TR_NOOP("Retired leader")},
        {QStringLiteral("founded"), QT_TR_NOOP("Founded")},
        {QStringLiteral("activities"), QT_TR_NOOP("Activities")},
        {QStringLiteral("committee"), QT_TR_NOOP("Committee")},
        {QStringLiteral("region"), QT_TR_NOOP("Activity area")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
    };
    if (entry.field.startsWith(QLatin1String("phase")) &&
        entry.entity == QLatin1String("assessment"))
        return tr("Phase %1 dates").arg(entry.field.mid(5));
    const char* label = labels.value(entry.field);
    return label ? tr(label) : entry.field;
}

QString AuditModel::valueText(const AuditEntry& entry, const QString& value) const
{
    if (value.isEmpty())
        return value;
    const QString& field = entry.field;
    if (field == QLatin1String("rating") || field == QLatin1String("rating_before_rectification")) {
        if (auto rating = ratingFromKey(value))
            return ratingLabel(*rating, m_session.language());
    }
    if (field == QLatin1String("status") && entry.entity == QLatin1String("rectification")) {
        static const QHash<QString, const char*> statuses{
            {QStringLiteral("planned"), QT_TR_NOOP("Planned")},
            {QStringLiteral("in_progress"), QT_TR_NOOP("In progress")},
            {QStringLiteral("done"), QT_TR_NOOP("Done")},
            {QStringLiteral("verified"), QT_TR_NOOP("Verified")},
        };
        if (const char* label = statuses.value(value))
            return tr(label);
    }
    if (field == QLatin1String("responsible_unit") || field == QLatin1String("unit"))
        return m_unitNames.value(value, value);
    if (field.startsWith(QLatin1String("has_")))
        return value == QLatin1String("1") ? tr("yes") : tr("no");
    if (field == QLatin1String("progress"))
        return value + QLatin1Char('%');
    return value;
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return entry.user;
    case What:
        return describe(entry);
    case Field:
        return role == Qt::DisplayRole ? fieldLabel(entry) : entry.field;
    case Before:
        return valueText(entry,
                         role == Qt::DisplayRole ? entry.oldValue.left(200) : entry.oldValue);
    case After:
        return valueText(entry,
                         role == Qt::DisplayRole ? entry.newValue.left(200) : entry.newValue);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace duibiao
