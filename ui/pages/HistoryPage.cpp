#include "pages/HistoryPage.h"

#include "models/AuditModel.h"
#include "session/DocumentSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace duibiao {

HistoryPage::HistoryPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("historyPage"));
    m_model = new AuditModel(session, this);

    m_requirement = new QComboBox(this);
    m_requirement->setObjectName(QStringLiteral("historyRequirement"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("historyUser"));
    m_requirement->addItem(tr("All requirements"), QString());
    for (const Requirement* requirement : session.framework().requirements()) {
        m_requirement->addItem(
            QStringLiteral("%1 %2").arg(requirement->code,
                                        requirement->title.in(session.language()).left(30)),
            requirement->code);
    }
    connect(m_requirement, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditModel::When, 150);
    m_view->setColumnWidth(AuditModel::What, 160);
    m_view->setColumnWidth(AuditModel::Field, 140);
    m_view->setColumnWidth(AuditModel::Before, 260);

    auto* filters = new QHBoxLayout;
    auto* requirementLabel = new QLabel(tr("&Requirement:"), this);
    requirementLabel->setBuddy(m_requirement);
    auto* userLabel = new QLabel(tr("&Person:"), this);
    userLabel->setBuddy(m_user);
    filters->addWidget(requirementLabel);
    filters->addWidget(m_requirement, 2);
    filters->addSpacing(12);
    filters->addWidget(userLabel);
    filters->addWidget(m_user, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // The trail is read when the page is seen, not on every edit elsewhere.
    connect(&session, &DocumentSession::changed, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refreshFilters();
            m_model->reload();
            m_stale = false;
        }
    });
}

void HistoryPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale) {
        refreshFilters();
        applyFilter();
        m_stale = false;
    }
}

void HistoryPage::refreshFilters()
{
    const QString current = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"), QString());
    Result<QStringList> users = session().document().audit().users();
    if (users) {
        for (const QString& user : *users)
            m_user->addItem(user.isEmpty() ? tr("(unnamed)") : user, user);
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
}

void HistoryPage::applyFilter()
{
    m_model->setFilter(m_requirement->currentData().toString(), m_user->currentData().toString());
}

void HistoryPage::focusSearch()
{
    m_requirement->setFocus(Qt::ShortcutFocusReason);
}

} // namespace duibiao
