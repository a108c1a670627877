#pragma once

#include "model/Phase.h"
#include "pages/Page.h"

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace duibiao {

class CategoryChart;
class PhaseTimeline;

// The assessment at a glance: completion, 达标率, weighted score, the category chart,
// the phases with today, overdue items and readiness with its reasons. Live: it follows
// every edit. The institution's name and the phase dates are edited here.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(DocumentSession& session, QWidget* parent = nullptr);

    // Asks for new phase dates; replaceable in tests. Returns false when cancelled.
    std::function<bool(PhasePlan&)> askPhases;

signals:
    void requirementActivated(const QString& code);

private:
    void refresh();
    void commitInstitution();
    void editPhases();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_committee = nullptr;
    QLineEdit* m_region = nullptr;
    QLabel* m_framework = nullptr;
    QLabel* m_completion = nullptr;
    QProgressBar* m_completionBar = nullptr;
    QLabel* m_metRate = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_items = nullptr;
    QLabel* m_phase = nullptr;
    CategoryChart* m_chart = nullptr;
    PhaseTimeline* m_timeline = nullptr;
    QLabel* m_readiness = nullptr;
    QListWidget* m_reasons = nullptr;
};

} // namespace duibiao
