#include "util/TableExport.h"
#include "util/PlainMessage.h"

#include "exchange/tables/DataTable.h"
#include "session/DocumentSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace duibiao {

namespace {

QVector<DataTable> currentTables(DocumentSession& session)
{
    return scoreTables(session.input(), session.analysis(), session.language());
}

} // namespace

TableExport::TableExport(DocumentSession& session, const QString& tableKey, QWidget* parent)
    : QObject(parent), m_session(session), m_key(tableKey), m_parent(parent)
{
    setObjectName(tableKey + QStringLiteral("TableExport"));
    m_button = new QPushButton(tr("Export ta&ble…"), parent);
    m_button->setObjectName(tableKey + QStringLiteral("ExportButton"));
    m_button->setToolTip(tr("Save this table as an Excel workbook (XLSX) or as CSV"));
    connect(m_button, &QPushButton::clicked, this, &TableExport::run);

    askSavePath = [this](const QString& suggested) {
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        const QString csv = tr("CSV, UTF-8 (*.csv)");
        QString filter = xlsx;
        QString path = QFileDialog::getSaveFileName(m_parent, tr("Export the table"), suggested,
                                                    xlsx + QStringLiteral(";;") + csv, &filter);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
            path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        return path;
    };
    showError = [this](const QString& title, const QString& message) {
        warnPlain(m_parent, title, message);
    };
}

QString TableExport::suggestedPath()
{
    const QVector<DataTable> tables = currentTables(m_session);
    const DataTable* table = findTable(tables, m_key);
    const QString name =
        QStringLiteral("%1-%2.xlsx")
            .arg(m_session.input().institution.name, table ? table->sheetName : m_key);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

bool TableExport::run()
{
    const QString path = askSavePath(suggestedPath());
    if (path.isEmpty())
        return false;
    if (Status status = write(path); !status) {
        showError(tr("Export the table"), status.error().message);
        return false;
    }
    if (auto* window = qobject_cast<QMainWindow*>(m_parent->window()))
        window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                                         5000);
    emit exported(path);
    return true;
}

Status TableExport::write(const QString& path)
{
    const QVector<DataTable> tables = currentTables(m_session);
    const DataTable* table = findTable(tables, m_key);
    if (!table)
        return Error::internal(QStringLiteral("No table “%1”.").arg(m_key));
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return writeCsv(*table, path);
    return writeXlsx({*table}, path);
}

} // namespace duibiao
