#include "MainWindow.h"

#include "analysis/Analysis.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>

namespace duibiao {

MainWindow::MainWindow(std::unique_ptr<Document> document, QWidget* parent)
    : QMainWindow(parent), m_document(std::move(document))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        QStringLiteral("%1 — 对标 Duibiao").arg(QFileInfo(m_document->path()).fileName()));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_overview = new QLabel(this);
    m_overview->setObjectName(QStringLiteral("overviewText"));
    m_overview->setTextFormat(Qt::PlainText);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setWordWrap(true);
    m_overview->setMargin(16);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    setCentralWidget(scroll);
    resize(900, 640);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    Result<AnalysisInput> input = AnalysisInput::load(*m_document);
    if (!input) {
        m_overview->setText(input.error().message);
        return;
    }
    const Analysis analysis = analyze(*input, QDate::currentDate(), Language::Chinese);
    const ScoreTally& overall = analysis.scores.overall;
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(input->institution.name, input->assessment.title)
          << input->framework.title.zh << input->framework.note.zh << QString()
          << tr("Rated: %1 of %2").arg(overall.rated() + overall.notApplicable).arg(overall.total())
          << tr("达标率: %1")
                 .arg(overall.metRate()
                          ? QStringLiteral("%1%").arg(*overall.metRate() * 100, 0, 'f', 1)
                          : QStringLiteral("—"))
          << tr("加权得分: %1")
                 .arg(overall.weightedScore()
                          ? QStringLiteral("%1%").arg(*overall.weightedScore(), 0, 'f', 1)
                          : QStringLiteral("—"))
          << tr("Open rectification items: %1, overdue: %2")
                 .arg(analysis.openItems)
                 .arg(analysis.overdueItems)
          << QString()
          << (analysis.readiness.ready ? tr("Ready for approval") : tr("Not ready for approval:"));
    for (const QString& reason : analysis.readiness.reasons)
        lines << QStringLiteral("  • ") + reason;
    m_overview->setText(lines.join(QLatin1Char('\n')));
}

} // namespace duibiao
