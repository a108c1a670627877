#pragma once

#include "exchange/panel/PanelDocument.h"
#include "model/Language.h"
#include "storage/SubmissionRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace duibiao {

struct Framework;

// The panel's comparison matrix: one column per submitted institution, one row per
// requirement of the framework (in framework order), headed by the overall weighted score
// and 达标率 and, when asked for, the score of every category. A cell shows the
// institution's self-rating coloured as the Checklist colours it, the indicator figures of
// indicator requirements, and a marker where the panel has given an opinion.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SubmissionIdRole = Qt::UserRole + 1,
        RequirementCodeRole, // empty on the summary rows
        RatingRole,          // int(Rating) of the self-rating; requirement rows only
        OpinionRole,         // int(Rating) of the panel's opinion, when there is one (the
                             // overall opinion on the weighted-score row)
    };
    enum class Order { BestFirst, WorstFirst, ByName };

    explicit ComparisonModel(QObject* parent = nullptr);

    // The submissions as compareSubmissions gives them, and the panel's opinions on them.
    void setComparison(const QVector<ComparedSubmission>& submissions,
                       const QHash<qint64, QVector<PanelOpinion>>& opinions, Language language);
    void setOpinions(qint64 submissionId, const QVector<PanelOpinion>& opinions);
    void setOrder(Order order);
    Order order() const { return m_order; }
    void setShowCategories(bool show);
    bool showCategories() const { return m_showCategories; }

    // Rows above the requirements (scores); their requirement code is empty.
    int summaryRows() const;
    int rowOf(const QString& requirementCode) const;
    int columnOf(qint64 submissionId) const;
    const ComparedSubmission* submissionAt(int column) const;
    QString requirementAt(int row) const;
    std::optional<PanelOpinion> opinion(qint64 submissionId, const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class RowKind { Score, MetRate, Category, Requirement };
    struct Row
    {
        RowKind kind = RowKind::Requirement;
        QString code; // category or requirement code
    };

    void rebuildRows();
    void sortColumns();
    const Framework* framework() const;
    QVariant summaryData(const Row& row, const ComparedSubmission& submission, int role) const;
    QVariant requirementData(const QString& code, const ComparedSubmission& submission,
                             int role) const;

    QVector<ComparedSubmission> m_submissions; // in column order
    QHash<qint64, QHash<QString, PanelOpinion>> m_opinions;
    QVector<Row> m_rows;
    Language m_language = Language::Chinese;
    Order m_order = Order::BestFirst;
    bool m_showCategories = false;
};

} // namespace duibiao
