#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class QPushButton;
class QWidget;

namespace duibiao {

class DocumentSession;

// The "Export table…" button of a page that shows one of the spreadsheet tables (Gaps:
// 评分表, Units: 单位指标, Rectification: 整改台账). It asks for a file, and writes the table
// as the analysis has it now: an Excel workbook, or CSV (UTF-8 with BOM) when the name
// ends in .csv. Headers follow the language of the generated texts the GUI shows.
class TableExport : public QObject
{
    Q_OBJECT

public:
    // `tableKey` is one of scoreTableKeys(); `parent` holds the button and the dialogs.
    TableExport(DocumentSession& session, const QString& tableKey, QWidget* parent);

    QPushButton* button() const { return m_button; }

    // Dialogs, replaceable in tests. Empty path: cancelled.
    std::function<QString(const QString& suggestedPath)> askSavePath;
    std::function<void(const QString& title, const QString& message)> showError;

    // Asks for the file and writes it; false when cancelled or failed (the error shown).
    bool run();
    Status write(const QString& path);

signals:
    void exported(const QString& path);

private:
    QString suggestedPath();

    DocumentSession& m_session;
    QString m_key;
    QWidget* m_parent = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace duibiao
