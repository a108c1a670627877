#include "models/ComparisonModel.h"

#include "analysis/Analysis.h"
#include "exchange/package/AssessmentSnapshot.h"
#include "exchange/package/PackageManifest.h"
#include "widgets/RatingStyle.h"

#include <QCollator>
#include <QFont>

#include <algorithm>

namespace duibiao {

namespace {

// Titles longer than this are cut in the row header; the tooltip has them whole.
constexpr int shortTitleLength = 14;

QString percentText(std::optional<double> value)
{
    return value ? QStringLiteral("%1%").arg(*value, 0, 'f', 1) : QStringLiteral("—");
}

// Points out of the framework's total when it has one, else the weighted score in percent.
QString scoreCell(const ComparedSubmission& submission, const ScoreTally& tally, bool overall,
                  Language language)
{
    const Analysis& analysis = *submission.analysis;
    if (!analysis.total)
        return percentText(tally.weightedScore());
    return overall ? analysis.scoreText(language) : analysis.categoryScoreText(tally, language);
}

double overallScore(const ComparedSubmission& submission)
{
    return submission.analysis->scores.overall.weightedScore().value_or(-1);
}

const ScoreTally* categoryTally(const ComparedSubmission& submission, const QString& code)
{
    for (const CategoryScore& category : submission.analysis->scores.categories) {
        if (category.code == code)
            return &category.tally;
    }
    return nullptr;
}

} // namespace

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(const QVector<ComparedSubmission>& submissions,
                                    const QHash<qint64, QVector<PanelOpinion>>& opinions,
                                    Language language)
{
    beginResetModel();
    m_submissions = submissions;
    m_language = language;
    m_opinions.clear();
    for (auto it = opinions.begin(); it != opinions.end(); ++it) {
        for (const PanelOpinion& opinion : it.value())
            m_opinions[it.key()].insert(opinion.requirementCode, opinion);
    }
    sortColumns();
    rebuildRows();
    endResetModel();
}

void ComparisonModel::setOpinions(qint64 submissionId, const QVector<PanelOpinion>& opinions)
{
    QHash<QString, PanelOpinion>& held = m_opinions[submissionId];
    held.clear();
    for (const PanelOpinion& opinion : opinions)
        held.insert(opinion.requirementCode, opinion);
    const int column = columnOf(submissionId);
    if (column >= 0 && rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void ComparisonModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    // Columns move: a layout change keeps the selection on the same institution.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::HorizontalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> ids;
    for (const QModelIndex& index : before)
        ids.append(submissionAt(index.column())->submissionId);
    m_order = order;
    sortColumns();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(before.at(i).row(), columnOf(ids.at(i))));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::HorizontalSortHint);
}

void ComparisonModel::setShowCategories(bool show)
{
    if (show == m_showCategories)
        return;
    beginResetModel();
    m_showCategories = show;
    rebuildRows();
    endResetModel();
}

void ComparisonModel::sortColumns()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(m_submissions.begin(), m_submissions.end(),
                     [this, &collator](const ComparedSubmission& a, const ComparedSubmission& b) {
                         switch (m_order) {
                         case Order::BestFirst:
                             return overallScore(a) > overallScore(b);
                         case Order::WorstFirst:
                             return overallScore(a) < overallScore(b);
                         case Order::ByName:
                             return collator.compare(a.snapshot->institution.name,
                                                     b.snapshot->institution.name) < 0;
                         }
                         return false;
                     });
}

const Framework* ComparisonModel::framework() const
{
    // Institutions assessed against the same standard share it; the first one's framework
    // gives the rows, and a requirement another framework lacks shows as absent there.
    return m_submissions.isEmpty() ? nullptr : &m_submissions.first().input->framework;
}

void ComparisonModel::rebuildRows()
{
    m_rows.clear();
    const Framework* rows = framework();
    if (!rows)
        return;
    m_rows.append({RowKind::Score, {}});
    m_rows.append({RowKind::MetRate, {}});
    if (m_showCategories) {
        for (const Category& category : rows->categories)
            m_rows.append({RowKind::Category, category.code});
    }
    for (const Category& category : rows->categories) {
        for (const Requirement& requirement : category.requirements)
            m_rows.append({RowKind::Requirement, requirement.code});
    }
}

int ComparisonModel::summaryRows() const
{
    int count = 0;
    for (const Row& row : m_rows)
        count += row.kind != RowKind::Requirement ? 1 : 0;
    return count;
}

int ComparisonModel::rowOf(const QString& requirementCode) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == RowKind::Requirement && m_rows.at(row).code == requirementCode)
            return row;
    }
    return -1;
}

int ComparisonModel::columnOf(qint64 submissionId) const
{
    for (int column = 0; column < m_submissions.size(); ++column) {
        if (m_submissions.at(column).submissionId == submissionId)
            return column;
    }
    return -1;
}

const ComparedSubmission* ComparisonModel::submissionAt(int column) const
{
    return column >= 0 && column < m_submissions.size() ? &m_submissions.at(column) : nullptr;
}

QString ComparisonModel::requirementAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == RowKind::Requirement
               ? m_rows.at(row).code
               : QString();
}

std::optional<PanelOpinion> ComparisonModel::opinion(qint64 submissionId, const QString& code) const
{
    const auto held = m_opinions.constFind(submissionId);
    if (held == m_opinions.constEnd())
        return std::nullopt;
    const auto found = held->constFind(code);
    if (found == held->constEnd())
        return std::nullopt;
    return *found;
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_submissions.size());
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparedSubmission& submission = m_submissions.at(index.column());
    const Row& row = m_rows.at(index.row());
    if (role == SubmissionIdRole)
        return submission.submissionId;
    if (role == RequirementCodeRole)
        return row.kind == RowKind::Requirement ? row.code : QString();
    if (row.kind == RowKind::Requirement)
        return requirementData(row.code, submission, role);
    return summaryData(row, submission, role);
}

QVariant ComparisonModel::summaryData(const Row& row, const ComparedSubmission& submission,
                                      int role) const
{
    const ScoreSheet& scores = submission.analysis->scores;
    const ScoreTally* tally =
        row.kind == RowKind::Category ? categoryTally(submission, row.code) : &scores.overall;
    switch (role) {
    case Qt::DisplayRole:
        if (!tally)
            return QStringLiteral("—");
        if (row.kind == RowKind::MetRate) {
            // 达标率 is a share (0…1); the weighted score is already in percent.
            const std::optional<double> rate = tally->metRate();
            return percentText(rate ? std::optional<double>(*rate * 100) : std::nullopt);
        }
        // The overall opinion's marker sits on the institution's headline figure.
        if (row.kind == RowKind::Score && opinion(submission.submissionId, {}))
            return scoreCell(submission, *tally, row.kind == RowKind::Score, m_language) +
                   QStringLiteral(" ◆");
        return scoreCell(submission, *tally, row.kind == RowKind::Score, m_language);
    case Qt::ToolTipRole:
        if (!tally)
            return {};
        return tr("%1 of %2 points; %3 met, %4 largely met, %5 not met, %6 unrated")
            .arg(tally->earned, 0, 'f', 1)
            .arg(tally->possible, 0, 'f', 1)
            .arg(tally->met)
            .arg(tally->largelyMet)
            .arg(tally->notMet)
            .arg(tally->unrated);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (row.kind != RowKind::Category) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case OpinionRole:
        if (row.kind == RowKind::Score) {
            if (std::optional<PanelOpinion> overall = opinion(submission.submissionId, {}))
                return int(overall->rating);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::requirementData(const QString& code, const ComparedSubmission& submission,
                                          int role) const
{
    const RequirementResult* result = submission.analysis->requirement(code);
    const std::optional<PanelOpinion> given = opinion(submission.submissionId, code);
    if (!result)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = result->ratingText(m_language);
        if (result->indicator && result->indicator->unitsInScope > 0)
            text += QStringLiteral(" · ") + tr("%1/%2 units meet")
                                                .arg(result->indicator->unitsPassing)
                                                .arg(result->indicator->unitsInScope);
        // The marker of a panel opinion: visible in print and to colour-blind readers.
        if (given)
            text += QStringLiteral(" ◆");
        return text;
    }
    case Qt::BackgroundRole:
        return RatingStyle::background(result->rating);
    case Qt::ForegroundRole:
        return RatingStyle::foreground(result->rating);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (given) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(
            result->score
                ? tr("Score %1 of %2").arg(*result->score, 0, 'f', 2).arg(result->weight, 0, 'f', 2)
                : tr("Not applicable: no score"));
        if (result->indicator) {
            lines.append(tr("%1 of %2 units in scope meet the target %3.")
                             .arg(result->indicator->unitsPassing)
                             .arg(result->indicator->unitsInScope)
                             .arg(formatTarget(result->indicator->rule, m_language)));
            if (const QString shortfall = describeShortfall(*result->indicator, m_language);
                !shortfall.isEmpty())
                lines.append(shortfall);
        }
        if (given) {
            lines.append(tr("Panel opinion: %1")
                             .arg(ratingLabel(given->rating, result->scoring, m_language)));
            if (!given->comment.isEmpty())
                lines.append(given->comment);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case RatingRole:
        return int(result->rating);
    case OpinionRole:
        return given ? QVariant(int(given->rating)) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const ComparedSubmission* submission = submissionAt(section);
        if (!submission)
            return {};
        if (role == Qt::DisplayRole)
            return submission->snapshot->institution.name;
        if (role == Qt::ToolTipRole)
            return tr("%1\nPackage fingerprint %2\nClick to reverse the order by overall score.")
                .arg(submission->snapshot->assessment.title,
                     shortFingerprint(submission->fingerprint));
        if (role == SubmissionIdRole)
            return submission->submissionId;
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row& row = m_rows.at(section);
    const Framework* rows = framework();
    if (role == Qt::FontRole && row.kind != RowKind::Requirement) {
        QFont font;
        font.setBold(row.kind != RowKind::Category);
        font.setItalic(row.kind == RowKind::Category);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (row.kind) {
    case RowKind::Score:
        return tr("Weighted score");
    case RowKind::MetRate:
        return role == Qt::ToolTipRole ? tr("Met requirements of those rated (达标率)")
                                       : tr("Met rate");
    case RowKind::Category: {
        const Category* category = rows ? rows->category(row.code) : nullptr;
        const QString title = category ? category->title.in(m_language) : row.code;
        return tr("Score: %1").arg(title);
    }
    case RowKind::Requirement: {
        const Requirement* requirement = rows ? rows->requirement(row.code) : nullptr;
        if (!requirement)
            return row.code;
        const QString title = requirement->title.in(m_language);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2").arg(row.code, title);
        return QStringLiteral("%1 %2").arg(row.code, title.size() > shortTitleLength
                                                         ? title.left(shortTitleLength - 1) +
                                                               QStringLiteral("…")
                                                         : title);
    }
    }
    return {};
}

} // namespace duibiao
