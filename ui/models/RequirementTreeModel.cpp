#include "models/RequirementTreeModel.h"

#include "widgets/RatingStyle.h"

#include <QFont>

namespace duibiao {

namespace {

// Category rows carry internal id 0; requirement rows their category's row + 1.
constexpr quintptr categoryId = 0;

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
}

} // namespace

RequirementTreeModel::RequirementTreeModel(DocumentSession& session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session), m_structure(structure())
{
    connect(&m_session, &DocumentSession::changed, this, &RequirementTreeModel::onChanged);
}

QStringList RequirementTreeModel::structure() const
{
    QStringList codes;
    for (const Category& category : m_session.framework().categories) {
        codes.append(category.code);
        for (const Requirement& requirement : category.requirements)
            codes.append(requirement.code);
    }
    return codes;
}

void RequirementTreeModel::onChanged(DocumentSession::Changes changes)
{
    if (changes & DocumentSession::Texts)
        m_searchText.clear();
    if (const QStringList now = structure(); now != m_structure) {
        beginResetModel();
        m_structure = now;
        m_searchText.clear();
        endResetModel();
        return;
    }
    // Ratings, counts and texts change in place: the rows stay, and so does the selection.
    const int categories = rowCount();
    if (categories == 0)
        return;
    emit dataChanged(index(0, 0), index(categories - 1, ColumnCount - 1));
    for (int row = 0; row < categories; ++row) {
        const QModelIndex category = index(row, 0);
        if (const int children = rowCount(category); children > 0)
            emit dataChanged(index(0, 0, category), index(children - 1, ColumnCount - 1, category));
    }
    // A language switch announces everything; the headers follow it.
    if ((changes & DocumentSession::Everything) == DocumentSession::Everything)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex RequirementTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QVector<Category>& categories = m_session.framework().categories;
    if (!parent.isValid())
        return row < categories.size() ? createIndex(row, column, categoryId) : QModelIndex();
    if (parent.internalId() != categoryId || parent.row() >= categories.size())
        return {};
    if (row >= categories.at(parent.row()).requirements.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RequirementTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == categoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, categoryId);
}

int RequirementTreeModel::rowCount(const QModelIndex& parent) const
{
    const QVector<Category>& categories = m_session.framework().categories;
    if (!parent.isValid())
        return int(categories.size());
    if (parent.column() != 0 || parent.internalId() != categoryId ||
        parent.row() >= categories.size())
        return 0;
    return int(categories.at(parent.row()).requirements.size());
}

int RequirementTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Requirement* RequirementTreeModel::requirementAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == categoryId)
        return nullptr;
    const QVector<Category>& categories = m_session.framework().categories;
    const int category = int(index.internalId() - 1);
    if (category >= categories.size() || index.row() >= categories.at(category).requirements.size())
        return nullptr;
    return &categories.at(category).requirements.at(index.row());
}

QModelIndex RequirementTreeModel::indexOf(const QString& requirementCode) const
{
    const QVector<Category>& categories = m_session.framework().categories;
    for (int c = 0; c < categories.size(); ++c) {
        const QVector<Requirement>& requirements = categories.at(c).requirements;
        for (int r = 0; r < requirements.size(); ++r) {
            if (requirements.at(r).code == requirementCode)
                return createIndex(r, 0, quintptr(c) + 1);
        }
    }
    return {};
}

QVariant RequirementTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Requirement* requirement = requirementAt(index))
        return requirementData(*requirement, index.column(), role);
    const QVector<Category>& categories = m_session.framework().categories;
    if (index.row() >= categories.size())
        return {};
    return categoryData(categories.at(index.row()), index.column(), role);
}

QString RequirementTreeModel::searchText(const Requirement& requirement) const
{
    if (m_searchText.isEmpty()) {
        QHash<QString, const RequirementAssessment*> rated;
        for (const RequirementAssessment& rating : m_session.input().ratings)
            rated.insert(rating.requirementCode, &rating);
        for (const Requirement* each : m_session.framework().requirements()) {
            QStringList parts{each->code, each->title.zh, each->title.en};
            if (const RequirementAssessment* assessment = rated.value(each->code)) {
                parts.append(assessment->narrative);
                parts.append(assessment->gapText);
            }
            m_searchText.insert(each->code, parts.join(QLatin1Char('\n')).toCaseFolded());
        }
    }
    return m_searchText.value(requirement.code);
}

QVariant RequirementTreeModel::requirementData(const Requirement& requirement, int column,
                                               int role) const
{
    const Language language = m_session.language();
    const RequirementResult* result = m_session.analysis().requirement(requirement.code);
    const Rating rating = result ? result->rating : Rating::Unrated;
    int open = 0;
    int overdue = 0;
    if (result) {
        for (const LinkedItem& item : result->items) {
            if (item.status == RectificationStatus::Planned ||
                item.status == RectificationStatus::InProgress)
                ++open;
            if (item.overdue)
                ++overdue;
        }
    }

    switch (role) {
    case CodeRole:
        return requirement.code;
    case IsCategoryRole:
        return false;
    case RatingRole:
        return int(rating);
    case HasOverdueRole:
        return overdue > 0;
    case OverdueCountRole:
        return overdue;
    case SearchTextRole:
        return searchText(requirement);
    default:
        break;
    }

    switch (column) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return requirement.code;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return requirement.title.in(language);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p>%1</p>").arg(requirement.title.in(language).toHtmlEscaped());
        break;
    case RatingColumn:
        if (role == Qt::DisplayRole)
            return ratingLabel(rating, requirement.scoring, language);
        if (role == Qt::BackgroundRole)
            return RatingStyle::background(rating);
        if (role == Qt::ForegroundRole)
            return RatingStyle::foreground(rating);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole && result) {
            QStringList lines;
            if (result->isOverridden()) {
                lines.append(
                    tr("Differs from the suggested rating %1: %2")
                        .arg(ratingLabel(*result->suggestion, requirement.scoring, language),
                             result->overrideReason));
            }
            if (result->ratingBeforeRectification) {
                lines.append(tr("Before rectification: %1")
                                 .arg(ratingLabel(*result->ratingBeforeRectification,
                                                  requirement.scoring, language)));
            }
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        break;
    case SuggestionColumn:
        if (!requirement.isIndicator())
            break;
        if (role == Qt::DisplayRole) {
            return result && result->suggestion
                       ? ratingLabel(*result->suggestion, requirement.scoring, language)
                       : QStringLiteral("—");
        }
        if (role == Qt::ForegroundRole && result && result->suggestion &&
            *result->suggestion != Rating::LargelyMet && *result->suggestion != Rating::Unrated)
            return RatingStyle::background(*result->suggestion);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole && result && result->indicator) {
            const QString shortfall = describeShortfall(*result->indicator, language);
            return shortfall.isEmpty() ? tr("Every unit in scope meets the target.") : shortfall;
        }
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return result ? result->evidenceCount : 0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ForegroundRole && result && result->evidenceCount == 0)
            return QColor(0x9e, 0x9e, 0x9e);
        break;
    case ItemsColumn:
        if (role == Qt::DisplayRole)
            return open > 0 ? QVariant(open) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ForegroundRole && overdue > 0)
            return RatingStyle::overdue();
        if (role == Qt::FontRole && overdue > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole && result && !result->items.isEmpty())
            return tr("%1 open, %2 overdue, %3 in all")
                .arg(open)
                .arg(overdue)
                .arg(result->items.size());
        break;
    default:
        break;
    }
    return {};
}

QVariant RequirementTreeModel::categoryData(const Category& category, int column, int role) const
{
    const Language language = m_session.language();
    const Analysis& analysis = m_session.analysis();
    switch (role) {
    case CodeRole:
        return category.code;
    case IsCategoryRole:
        return true;
    case SearchTextRole:
        return QStringList{category.code, category.title.zh, category.title.en}
            .join(QLatin1Char('\n'))
            .toCaseFolded();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        break;
    }

    const ScoreTally* tally = nullptr;
    for (const CategoryScore& score : analysis.scores.categories) {
        if (score.code == category.code)
            tally = &score.tally;
    }
    int evidence = 0;
    int open = 0;
    int overdue = 0;
    if (column == EvidenceColumn || column == ItemsColumn || role == HasOverdueRole ||
        role == OverdueCountRole) {
        for (const Requirement& requirement : category.requirements) {
            const RequirementResult* result = analysis.requirement(requirement.code);
            if (!result)
                continue;
            evidence += result->evidenceCount;
            for (const LinkedItem& item : result->items) {
                if (item.status == RectificationStatus::Planned ||
                    item.status == RectificationStatus::InProgress)
                    ++open;
                if (item.overdue)
                    ++overdue;
            }
        }
    }
    if (role == HasOverdueRole)
        return overdue > 0;
    if (role == OverdueCountRole)
        return overdue;

    switch (column) {
    case CodeColumn:
        if (role == Qt::DisplayRole)
            return category.code;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return category.title.in(language);
        break;
    case RatingColumn:
        if (!tally)
            break;
        if (role == Qt::DisplayRole) {
            const std::optional<double> rate = tally->metRate();
            return rate ? tr("%1 met", "share of rated requirements met").arg(percentText(*rate))
                        : QStringLiteral("—");
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole) {
            const std::optional<double> score = tally->weightedScore();
            return tr("%1 of %2 rated: %3 met, %4 largely met, %5 not met, %6 not applicable.\n"
                      "Weighted score: %7")
                .arg(tally->rated() + tally->notApplicable)
                .arg(tally->total())
                .arg(tally->met)
                .arg(tally->largelyMet)
                .arg(tally->notMet)
                .arg(tally->notApplicable)
                .arg(score ? QStringLiteral("%1%").arg(*score, 0, 'f', 1) : QStringLiteral("—"));
        }
        break;
    case SuggestionColumn:
        if (!tally)
            break;
        if (role == Qt::DisplayRole) {
            const std::optional<double> score = tally->weightedScore();
            if (score && m_session.analysis().total) // points of the category's items
                return tr("score %1").arg(m_session.analysis().categoryScoreText(*tally, language));
            return score ? tr("score %1").arg(QStringLiteral("%1%").arg(*score, 0, 'f', 0))
                         : QVariant();
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return tr("Weighted score of the category");
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return evidence;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case ItemsColumn:
        if (role == Qt::DisplayRole)
            return open > 0 ? QVariant(open) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ForegroundRole && overdue > 0)
            return RatingStyle::overdue();
        break;
    default:
        break;
    }
    return {};
}

QVariant RequirementTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn:
            return tr("Code");
        case TitleColumn:
            return tr("Requirement");
        case RatingColumn:
            return tr("Rating");
        case SuggestionColumn:
            return tr("Suggested");
        case EvidenceColumn:
            return tr("Evidence", "column: number of evidence files");
        case ItemsColumn:
            return tr("Open items");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SuggestionColumn:
            return tr("The rating computed from the unit figures (indicator requirements)");
        case EvidenceColumn:
            return tr("Evidence files attached");
        case ItemsColumn:
            return tr("Open rectification items; red when one is overdue");
        default:
            return {};
        }
    }
    return {};
}

} // namespace duibiao
