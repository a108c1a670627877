#include "models/UnitFiguresModel.h"

#include "analysis/IndicatorEvaluation.h"

#include "commands/UnitCommands.h"

#include <QColor>
#include <QFont>

#include <cmath>

namespace duibiao {

namespace {

const QColor belowTargetText(0xc6, 0x28, 0x28);
const QColor belowTargetFill(0xfd, 0xec, 0xea);
const QColor hintText(0x75, 0x75, 0x75);

std::optional<Metric> metricOf(int column)
{
    switch (column) {
    case UnitFiguresModel::ParticipationRate:
        return Metric::ParticipationRate;
    case UnitFiguresModel::CoreWorkerRate:
        return Metric::CoreWorkerRate;
    case UnitFiguresModel::Hearings:
        return Metric::HearingsPerYear;
    case UnitFiguresModel::Trainings:
        return Metric::TrainingsPerYear;
    case UnitFiguresModel::UnitRules:
        return Metric::HasUnitRules;
    case UnitFiguresModel::DemandMenu:
    case UnitFiguresModel::ResourceMenu:
        return Metric::DoubleMenu;
    case UnitFiguresModel::PlatformCount:
        return Metric::PlatformCount;
    case UnitFiguresModel::DualLeaderShare:
        return Metric::DualLeaderShare;
    default:
        return std::nullopt;
    }
}

bool isCount(int column)
{
    return column == UnitFiguresModel::Eligible || column == UnitFiguresModel::Participants ||
           column == UnitFiguresModel::CoreWorkers || column == UnitFiguresModel::Hearings ||
           column == UnitFiguresModel::Trainings;
}

bool isFlag(int column)
{
    return column == UnitFiguresModel::UnitRules || column == UnitFiguresModel::DemandMenu ||
           column == UnitFiguresModel::ResourceMenu;
}

QString percent(double share)
{
    const double value = share * 100;
    // Whole percentages where that hides nothing: 59.5% must not read as a passing 60%.
    if (std::fabs(value - std::round(value)) < 0.05)
        return QStringLiteral("%1%").arg(std::round(value), 0, 'f', 0);
    return QStringLiteral("%1%").arg(value, 0, 'f', 1);
}

int countOf(const UnitFigures& f, int column)
{
    switch (column) {
    case UnitFiguresModel::Eligible:
        return f.eligible;
    case UnitFiguresModel::Participants:
        return f.participants;
    case UnitFiguresModel::CoreWorkers:
        return f.coreWorkers;
    case UnitFiguresModel::Hearings:
        return f.hearingsPerYear;
    case UnitFiguresModel::Trainings:
        return f.trainingsPerYear;
    default:
        return 0;
    }
}

bool flagOf(const UnitFigures& f, int column)
{
    switch (column) {
    case UnitFiguresModel::UnitRules:
        return f.hasUnitRules;
    case UnitFiguresModel::DemandMenu:
        return f.hasDemandMenu;
    case UnitFiguresModel::ResourceMenu:
        return f.hasResourceMenu;
    default:
        return false;
    }
}

} // namespace

UnitFiguresModel::UnitFiguresModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_rows = loadRows();
    connect(&m_session, &DocumentSession::changed, this, &UnitFiguresModel::onChanged);
}

QVector<UnitFiguresModel::Row> UnitFiguresModel::loadRows()
{
    m_targets.clear();
    for (const Requirement* requirement : m_session.framework().requirements()) {
        if (!requirement->rule)
            continue;
        m_targets[int(requirement->rule->metric)].append(
            {requirement->code, requirement->title, *requirement->rule});
    }

    const AnalysisInput& input = m_session.input();
    QHash<qint64, int> index;
    QVector<Row> rows;
    rows.reserve(input.units.size());
    for (const Unit& unit : input.units) {
        index.insert(unit.id, int(rows.size()));
        rows.append({unit, std::nullopt, 0, 0});
    }
    for (const UnitFigures& figures : input.figures) {
        if (figures.year == m_session.assessment().year && index.contains(figures.unitId))
            rows[index.value(figures.unitId)].figures = figures;
    }
    for (const Platform& platform : input.platforms) {
        if (!index.contains(platform.unitId))
            continue;
        Row& row = rows[index.value(platform.unitId)];
        ++row.platforms;
        if (platform.hasBothLeaders())
            ++row.platformsWithBothLeaders;
    }
    return rows;
}

void UnitFiguresModel::onChanged(DocumentSession::Changes changes)
{
    // Phases and Institution reload the assessment (its year); a language switch comes as
    // Everything and renames the targets in the tooltips.
    if (changes & (DocumentSession::Units | DocumentSession::Figures | DocumentSession::Platforms |
                   DocumentSession::Phases | DocumentSession::Institution))
        reload();
}

void UnitFiguresModel::reload()
{
    QVector<Row> rows = loadRows();
    bool sameUnits = rows.size() == m_rows.size();
    for (int i = 0; sameUnits && i < rows.size(); ++i)
        sameUnits = rows.at(i).unit.id == m_rows.at(i).unit.id;
    if (!sameUnits) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int UnitFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Unit* UnitFiguresModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).unit : nullptr;
}

std::optional<UnitFigures> UnitFiguresModel::figuresAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).figures : std::nullopt;
}

int UnitFiguresModel::platformCountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).platforms : 0;
}

int UnitFiguresModel::rowOfUnit(qint64 unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit.id == unitId)
            return i;
    }
    return -1;
}

std::optional<double> UnitFiguresModel::metricValue(const Row& row, Metric metric) const
{
    auto rate = [](int numerator, int denominator) -> std::optional<double> {
        if (denominator <= 0)
            return std::nullopt;
        return double(numerator) / double(denominator);
    };
    switch (metric) {
    case Metric::PlatformCount:
        return row.platforms;
    case Metric::DualLeaderShare:
        return rate(row.platformsWithBothLeaders, row.platforms);
    default:
        break;
    }
    if (!row.figures)
        return std::nullopt;
    const UnitFigures& f = *row.figures;
    switch (metric) {
    case Metric::ParticipationRate:
        return rate(f.participants, f.eligible);
    case Metric::CoreWorkerRate:
        return rate(f.coreWorkers, f.eligible);
    case Metric::HearingsPerYear:
        return f.hearingsPerYear;
    case Metric::TrainingsPerYear:
        return f.trainingsPerYear;
    case Metric::HasUnitRules:
        return f.hasUnitRules ? 1 : 0;
    case Metric::DoubleMenu:
        return f.hasDemandMenu && f.hasResourceMenu ? 1 : 0;
    default:
        return std::nullopt;
    }
}

const UnitFiguresModel::Target* UnitFiguresModel::targetFor(int column, const Unit* unit) const
{
    const std::optional<Metric> metric = metricOf(column);
    if (!metric)
        return nullptr;
    auto found = m_targets.constFind(int(*metric));
    if (found == m_targets.constEnd() || found->isEmpty())
        return nullptr;
    if (!unit)
        return &found->first();
    for (const Target& target : *found) {
        if (unitInScope(*unit, target.rule.scope))
            return &target;
    }
    return nullptr;
}

const UnitFiguresModel::Target* UnitFiguresModel::missedTarget(const Row& row, int column) const
{
    const Target* target = targetFor(column, &row.unit);
    if (!target)
        return nullptr;
    const std::optional<double> value = metricValue(row, target->rule.metric);
    if (!value)
        return nullptr; // nothing to measure: no figures, no eligible staff, no platforms
    if (compare(*value, target->rule.comparison, target->rule.target))
        return nullptr;
    // Of the two menus, mark the one that is missing.
    if ((column == DemandMenu || column == ResourceMenu) && row.figures &&
        flagOf(*row.figures, column))
        return nullptr;
    return target;
}

QString UnitFiguresModel::targetText(const Target& target) const
{
    const IndicatorRule& rule = target.rule;
    QString value;
    if (isRateMetric(rule.metric))
        value = percent(rule.target);
    else if (rule.metric == Metric::HasUnitRules || rule.metric == Metric::DoubleMenu)
        value = tr("in place");
    else
        value = QString::number(rule.target);
    const QString condition =
        rule.metric == Metric::HasUnitRules || rule.metric == Metric::DoubleMenu
            ? value
            : comparisonSymbol(rule.comparison) + QLatin1Char(' ') + value;
    return tr("%1 %2: %3").arg(target.code, target.title.in(m_session.language()), condition);
}

QString UnitFiguresModel::cellToolTip(const Row& row, int column) const
{
    if (column == Name) {
        QString text = row.unit.kind == UnitKind::School ? tr("School committee (校关工委)")
                                                         : tr("Secondary committee (二级关工委)");
        if (!row.figures)
            text += QLatin1Char('\n') + tr("No figures for %1 yet: type the eligible retired "
                                           "staff to start.")
                                            .arg(m_session.assessment().year);
        return text;
    }
    if (!row.figures && column != PlatformCount && column != DualLeaderShare)
        return tr("No figures for %1 yet.").arg(m_session.assessment().year);
    if (const Target* missed = missedTarget(row, column))
        return tr("Below the target of %1").arg(targetText(*missed));
    if (const Target* target = targetFor(column, &row.unit))
        return tr("Target of %1").arg(targetText(*target));
    if (column == ParticipationRate || column == CoreWorkerRate) {
        if (row.figures && row.figures->eligible == 0)
            return tr("No eligible retired staff: the rate is not measured.");
    }
    if (column == DualLeaderShare && row.platforms == 0)
        return tr("No platforms yet.");
    return {};
}

QVariant UnitFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();

    if (role == UnitIdRole)
        return row.unit.id;
    if (role == BelowTargetRole)
        return missedTarget(row, column) != nullptr;
    if (role == Qt::ToolTipRole)
        return cellToolTip(row, column);
    if (role == Qt::ForegroundRole) {
        if (missedTarget(row, column))
            return belowTargetText;
        if (!row.figures && column == Eligible)
            return hintText;
        return {};
    }
    if (role == Qt::BackgroundRole)
        return missedTarget(row, column) ? QVariant(belowTargetFill) : QVariant();
    if (role == Qt::FontRole) {
        QFont font;
        if (column == Name && row.unit.kind == UnitKind::School) {
            font.setBold(true);
            return font;
        }
        if (column == Eligible && !row.figures) {
            font.setItalic(true);
            return font;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Name || (column == Eligible && !row.figures))
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }

    if (column == Name) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return row.unit.name;
        return {};
    }
    if (column == PlatformCount || column == DualLeaderShare) {
        const std::optional<double> value = metricValue(
            row, column == PlatformCount ? Metric::PlatformCount : Metric::DualLeaderShare);
        if (role == SortRole)
            return value.value_or(-1);
        if (role != Qt::DisplayRole)
            return {};
        if (column == PlatformCount)
            return row.platforms;
        return value ? percent(*value) : QStringLiteral("—");
    }
    if (!row.figures) {
        if (role == Qt::DisplayRole && column == Eligible)
            return tr("no figures");
        if (role == Qt::EditRole && isCount(column))
            return 0;
        if (role == SortRole)
            return -1;
        return {};
    }
    const UnitFigures& f = *row.figures;
    if (isCount(column)) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return countOf(f, column);
        return {};
    }
    if (isFlag(column)) {
        if (role == Qt::CheckStateRole)
            return flagOf(f, column) ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return flagOf(f, column) ? 1 : 0;
        return {};
    }
    // The two rates.
    const std::optional<double> value = metricValue(
        row, column == ParticipationRate ? Metric::ParticipationRate : Metric::CoreWorkerRate);
    if (role == SortRole)
        return value.value_or(-1);
    if (role == Qt::DisplayRole)
        return value ? percent(*value) : QStringLiteral("—");
    return {};
}

QVariant UnitFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Unit");
        case Eligible:
            return tr("Eligible");
        case Participants:
            return tr("Participants");
        case ParticipationRate:
            return tr("Participation\nrate");
        case CoreWorkers:
            return tr("Core\nworkers");
        case CoreWorkerRate:
            return tr("Core worker\nrate");
        case Hearings:
            return tr("Hearings");
        case Trainings:
            return tr("Trainings");
        case UnitRules:
            return tr("Unit\nrules");
        case DemandMenu:
            return tr("Demand\nmenu");
        case ResourceMenu:
            return tr("Resource\nmenu");
        case PlatformCount:
            return tr("Platforms");
        case DualLeaderShare:
            return tr("Dual\nleaders");
        }
    }
    if (role == Qt::ToolTipRole) {
        QString text;
        switch (section) {
        case Name:
            text = tr("The school committee and the secondary committees");
            break;
        case Eligible:
            text = tr("Retired staff who could take part (有条件参与的老同志)");
            break;
        case Participants:
            text = tr("Retired staff taking part (参与人数)");
            break;
        case ParticipationRate:
            text = tr("Participants ÷ eligible");
            break;
        case CoreWorkers:
            text = tr("Core workers (工作骨干)");
            break;
        case CoreWorkerRate:
            text = tr("Core workers ÷ eligible");
            break;
        case Hearings:
            text = tr("Times a year the party committee hears the committee's report");
            break;
        case Trainings:
            text = tr("Trainings of core workers a year");
            break;
        case UnitRules:
            text = tr("The unit has its own working rules");
            break;
        case DemandMenu:
            text = tr("A demand menu (需求菜单) is in place");
            break;
        case ResourceMenu:
            text = tr("A resource menu (资源菜单) is in place");
            break;
        case PlatformCount:
            text = tr("Work platforms of the unit");
            break;
        case DualLeaderShare:
            text = tr("Share of platforms with both an in-service and a retired leader (双组长制)");
            break;
        }
        const std::optional<Metric> metric = metricOf(section);
        if (metric && m_targets.contains(int(*metric))) {
            for (const Target& target : m_targets.value(int(*metric)))
                text += QLatin1Char('\n') + tr("Target of %1").arg(targetText(target));
        }
        return text;
    }
    return {};
}

Qt::ItemFlags UnitFiguresModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column == Name || isCount(column))
        flags |= Qt::ItemIsEditable;
    if (isFlag(column) && m_rows.at(index.row()).figures)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool UnitFiguresModel::saveFigures(const Row& row, const UnitFigures& figures)
{
    Status status =
        m_session.apply(std::make_unique<SaveFiguresCommand>(m_session, figures, row.unit.name));
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    return true;
}

bool UnitFiguresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const Row row = m_rows.at(index.row()); // a copy: applying reloads m_rows
    const int column = index.column();

    if (column == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == row.unit.name)
            return true;
        if (name.isEmpty()) {
            emit editRefused(tr("A unit needs a name."));
            return false;
        }
        Status status =
            m_session.apply(std::make_unique<RenameUnitCommand>(m_session, row.unit.id, name));
        if (!status) {
            emit editRefused(status.error().message);
            return false;
        }
        return true;
    }

    UnitFigures figures;
    if (row.figures) {
        figures = *row.figures;
    } else {
        figures.unitId = row.unit.id;
        figures.year = m_session.assessment().year;
    }
    if (isCount(column) && role == Qt::EditRole) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok) {
            emit editRefused(tr("“%1” is not a whole number.").arg(value.toString()));
            return false;
        }
        if (row.figures && countOf(figures, column) == number)
            return true;
        switch (column) {
        case Eligible:
            figures.eligible = number;
            break;
        case Participants:
            figures.participants = number;
            break;
        case CoreWorkers:
            figures.coreWorkers = number;
            break;
        case Hearings:
            figures.hearingsPerYear = number;
            break;
        case Trainings:
            figures.trainingsPerYear = number;
            break;
        }
        return saveFigures(row, figures);
    }
    if (isFlag(column) && role == Qt::CheckStateRole && row.figures) {
        const bool on = value.toInt() == Qt::Checked;
        if (flagOf(figures, column) == on)
            return true;
        if (column == UnitRules)
            figures.hasUnitRules = on;
        else if (column == DemandMenu)
            figures.hasDemandMenu = on;
        else
            figures.hasResourceMenu = on;
        return saveFigures(row, figures);
    }
    return false;
}

} // namespace duibiao
