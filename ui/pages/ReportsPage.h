#pragma once

#include "pages/Page.h"
#include "report/ReportOptions.h"
#include "util/Result.h"

#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;

namespace duibiao {

class Report;

// Reports: choose the kind (自评报告, 对标找差清单, 整改台账, 单位指标汇总表), the language and
// the sections, then print (with the system dialog), preview, or export PDF or ODT.
// Building and rendering show progress and can be cancelled.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(DocumentSession& session, QWidget* parent = nullptr);

    // The report font from the preferences (empty: the default).
    void setFontFamily(const QString& family) { m_fontFamily = family; }
    ReportOptions options() const;

    // Where to save an export ("pdf" or "odt"); empty: cancelled. Replaceable in tests.
    std::function<QString(const QString& suggestedName, const QString& format)> askSavePath;
    // Shows a finished export or an error. Replaceable in tests.
    std::function<void(const QString& title, const QString& message)> showMessage;

    bool exportPdf(const QString& path);
    bool exportOdt(const QString& path);
    bool printTo(QPrinter& printer);

private:
    void updateSections();
    void exportAs(const QString& format);
    void print();
    void preview();
    std::optional<Report> buildWithProgress(const QString& what);
    bool renderWithProgress(const QString& what,
                            const std::function<Status(const std::function<bool(int)>&)>& work);
    QString suggestedName(const QString& format);

    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QMap<ReportSection, QCheckBox*> m_sections;
    QLabel* m_status = nullptr;
    QString m_fontFamily;
};

} // namespace duibiao
