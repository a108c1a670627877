#include "pages/ReportsPage.h"
#include "util/PlainMessage.h"

#include "report/Report.h"
#include "session/DocumentSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <optional>

namespace duibiao {

ReportsPage::ReportsPage(DocumentSession& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    const Language uiLanguage = session.language();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind kind :
         {ReportKind::Self, ReportKind::Gaps, ReportKind::Ledger, ReportKind::Units})
        m_kind->addItem(reportKindTitle(kind, uiLanguage), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::updateSections);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("中文"), int(Language::Chinese));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(uiLanguage == Language::English ? 1 : 0);

    auto* sectionsBox = new QGroupBox(tr("Sections of the self-evaluation report"), this);
    sectionsBox->setObjectName(QStringLiteral("reportSections"));
    auto* sectionsLayout = new QGridLayout(sectionsBox);
    const QList<QPair<ReportSection, QString>> sections{
        {ReportSection::Cover, tr("Cover")},
        {ReportSection::Contents, tr("Contents")},
        {ReportSection::Summary, tr("Summary with chart and readiness")},
        {ReportSection::Categories, tr("Requirements by category")},
        {ReportSection::Rectification, tr("Rectification summary")},
        {ReportSection::Units, tr("Unit indicator tables")},
        {ReportSection::Signature, tr("Signature and seal")},
    };
    for (int i = 0; i < sections.size(); ++i) {
        auto* box = new QCheckBox(sections.at(i).second, sectionsBox);
        box->setObjectName(QStringLiteral("reportSection%1").arg(i));
        box->setChecked(true);
        m_sections.insert(sections.at(i).first, box);
        sectionsLayout->addWidget(box, i / 2, i % 2);
    }

    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printButton"));
    print->setShortcut(QKeySequence::Print);
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setObjectName(QStringLiteral("previewButton"));
    auto* pdf = new QPushButton(tr("Export P&DF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto* odt = new QPushButton(tr("Export &ODT (editable)…"), this);
    odt->setObjectName(QStringLiteral("exportOdtButton"));
    connect(print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("odt")); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* note =
        new QLabel(tr("Reports follow the official-document layout (A4, GB/T 9704 margins, "
                      "仿宋 body where installed, “— N —” page numbers). The ODT copy opens "
                      "in WPS, Word and LibreOffice for editing."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    for (QComboBox* combo : {m_kind, m_language})
        combo->setMaximumWidth(420);
    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {print, preview, pdf, odt})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsBox);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(note);
    layout->addStretch(1);

    askSavePath = [this](const QString& name, const QString& format) {
        const QString filter = format == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                              : tr("OpenDocument text (*.odt)");
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                    QDir(folder).filePath(name), filter);
        if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
            path += QLatin1Char('.') + format;
        return path;
    };
    showMessage = [this](const QString& title, const QString& message) {
        warnPlain(this, title, message);
    };
    updateSections();
}

ReportOptions ReportsPage::options() const
{
    ReportOptions options;
    options.kind = ReportKind(m_kind->currentData().toInt());
    options.language = Language(m_language->currentData().toInt());
    options.fontFamily = m_fontFamily;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            options.sections.insert(it.key());
    }
    if (options.sections.size() == m_sections.size())
        options.sections.clear(); // all
    return options;
}

void ReportsPage::updateSections()
{
    const bool self = ReportKind(m_kind->currentData().toInt()) == ReportKind::Self;
    for (QCheckBox* box : std::as_const(m_sections))
        box->setEnabled(self);
}

QString ReportsPage::suggestedName(const QString& format)
{
    const ReportOptions o = options();
    const QString institution = session().input().institution.name;
    return QStringLiteral("%1-%2.%3").arg(institution, reportKindTitle(o.kind, o.language), format);
}

std::optional<Report> ReportsPage::buildWithProgress(const QString& what)
{
    QProgressDialog progress(what, tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Result<Report> report =
        Report::build(session().document(), options(), session().today(), [&](int percent) {
            progress.setValue(percent);
            return !progress.wasCanceled();
        });
    if (!report) {
        showMessage(tr("Report"), report.error().message);
        return std::nullopt;
    }
    return std::move(*report);
}

bool ReportsPage::renderWithProgress(
    const QString& what, const std::function<Status(const std::function<bool(int)>&)>& work)
{
    QProgressDialog progress(what, tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Status status = work([&](int percent) {
        progress.setValue(percent);
        return !progress.wasCanceled();
    });
    if (!status) {
        showMessage(tr("Report"), status.error().message);
        return false;
    }
    return true;
}

bool ReportsPage::exportPdf(const QString& path)
{
    std::optional<Report> report = buildWithProgress(tr("Building the report…"));
    if (!report)
        return false;
    if (!renderWithProgress(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                            [&](const auto& progress) { return report->writePdf(path, progress); }))
        return false;
    m_status->setText(tr("Exported %1 (%n page(s)).", nullptr, report->pageCount()).arg(path));
    return true;
}

bool ReportsPage::exportOdt(const QString& path)
{
    std::optional<Report> report = buildWithProgress(tr("Building the report…"));
    if (!report)
        return false;
    if (Status status = report->writeOdt(path); !status) {
        showMessage(tr("Report"), status.error().message);
        return false;
    }
    m_status->setText(tr("Exported %1 (editable ODT).").arg(path));
    return true;
}

bool ReportsPage::printTo(QPrinter& printer)
{
    std::optional<Report> report = buildWithProgress(tr("Building the report…"));
    if (!report)
        return false;
    return renderWithProgress(
        tr("Printing…"), [&](const auto& progress) { return report->render(printer, progress); });
}

void ReportsPage::exportAs(const QString& format)
{
    const QString path = askSavePath(suggestedName(format), format);
    if (path.isEmpty())
        return;
    if (format == QLatin1String("pdf"))
        exportPdf(path);
    else
        exportOdt(path);
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (options().kind == ReportKind::Ledger)
        printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() == QDialog::Accepted && printTo(printer))
        m_status->setText(tr("Sent to the printer."));
}

void ReportsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (options().kind == ReportKind::Ledger)
        printer.setPageOrientation(QPageLayout::Landscape);
    std::optional<Report> report = buildWithProgress(tr("Building the report…"));
    if (!report)
        return;
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (Status status = report->render(*target); !status)
            showMessage(tr("Report"), status.error().message);
    });
    dialog.resize(1000, 800);
    dialog.exec();
}

} // namespace duibiao
