#include "pages/GapsPage.h"

#include "models/GapModel.h"
#include "session/DocumentSession.h"
#include "util/TableExport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace duibiao {

GapsPage::GapsPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("gapsPage"));
    m_model = new GapModel(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GapModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("gapsSearch"));
    m_search->setPlaceholderText(tr("Search the gaps (code, requirement, shortfall, unit)…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &GapsPage::updateCount);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("gapsCount"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("gapsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GapModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(GapModel::Shortfall, QHeaderView::Stretch);
    m_view->setColumnWidth(GapModel::Code, 60);
    m_view->setColumnWidth(GapModel::Title, 300);
    m_view->setColumnWidth(GapModel::Rating, 80);
    m_view->setColumnWidth(GapModel::Suggested, 80);
    m_view->setColumnWidth(GapModel::Units, 160);
    m_view->setColumnWidth(GapModel::Items, 150);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            emit requirementActivated(index.data(GapModel::CodeRole).toString());
    };
    connect(m_view, &QTableView::doubleClicked, this, activate);
    connect(m_view, &QTableView::activated, this, activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GapsPage::updateCount);

    auto* hint = new QLabel(
        tr("Double-click a gap (or press Enter) to open the requirement in the checklist."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget((new TableExport(session, QStringLiteral("scores"), this))->button());
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    updateCount();
}

void GapsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GapsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 gaps").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace duibiao
