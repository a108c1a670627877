#pragma once

#include "model/Scoring.h"
#include "pages/Page.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace duibiao {

class ComparisonModel;

// 组织评议. In a panel document: the institutions' submitted packages side by side (the
// comparison matrix) and the panel's opinions on them, which go back to each institution as
// an opinions package. In an institution's document: the opinions the panel sent, beside
// the institution's own ratings, read-only.
//
// Opinions are saved as they are made (a rating when chosen, a comment with Save or when
// the comment field loses focus); they are not on the undo stack, which holds the
// document's own assessment edits.
class PanelPage : public Page
{
    Q_OBJECT

public:
    explicit PanelPage(DocumentSession& session, QWidget* parent = nullptr);
    ~PanelPage() override;

    // Dialogs, replaceable in tests. Empty string / false: cancelled.
    std::function<QString()> askSubmissionPath;
    std::function<QString(const QString& suggestedName)> askOpinionsPath;
    std::function<QString(const QString& suggestedName)> askReportPath;
    std::function<bool(const QString& question)> confirm;
    std::function<void(const QString& title, const QString& message)> showError;
    std::function<void(const QString& title, const QString& message)> showInformation;

    bool isPanel() const { return m_panel; }
    // Verifies and adds a submission package, with a progress dialog whose Cancel stops it.
    bool addPackage(const QString& path);
    bool removeSubmission(qint64 submissionId);
    bool exportOpinions(qint64 submissionId, const QString& path);
    // The comparison of all institutions (组织评议对比表) as a PDF, or ODT by extension.
    bool writeComparisonReport(const QString& path);
    void reload();

    // The cell the opinion editor shows; code "" selects the institution's overall score.
    void select(qint64 submissionId, const QString& requirementCode);
    qint64 selectedSubmission() const { return m_submission; }
    QString selectedRequirement() const { return m_requirement; }

    QTableView* matrix() const { return m_matrix; }
    ComparisonModel* comparison() const { return m_model; }
    QTableWidget* receivedOpinions() const { return m_received; }

private:
    struct OpinionFields
    {
        QGroupBox* box = nullptr;
        QComboBox* rating = nullptr;
        QPlainTextEdit* comment = nullptr;
        QPushButton* save = nullptr;
        qint64 submission = 0;
        QString code;
        bool loading = false;
    };

    void buildPanelView();
    void buildInstitutionView();
    void buildOpinionFields(OpinionFields& fields, const QString& objectPrefix);
    void fillRatings(OpinionFields& fields, Scoring scoring);
    void loadOpinionFields(OpinionFields& fields, qint64 submission, const QString& code,
                           Scoring scoring = Scoring::Rating);
    void saveOpinion(OpinionFields& fields);
    void showSelection();
    void updateActions();
    void reloadReceived();
    bool eventFilter(QObject* watched, QEvent* event) override;

    bool m_panel = false;
    ComparisonModel* m_model = nullptr;
    QTableView* m_matrix = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_categories = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_cellTitle = nullptr;
    QLabel* m_ownRating = nullptr;
    QPlainTextEdit* m_narrative = nullptr;
    QPlainTextEdit* m_gap = nullptr;
    OpinionFields m_cellOpinion;
    OpinionFields m_overallOpinion;
    qint64 m_submission = 0;
    QString m_requirement;
    QTableWidget* m_received = nullptr;
};

} // namespace duibiao
