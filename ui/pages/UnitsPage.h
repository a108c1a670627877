#pragma once

#include "dialogs/UnitExportDialog.h"
#include "dialogs/UnitImportDialog.h"
#include "pages/Page.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace duibiao {

class PlatformModel;
class UnitFiguresModel;

// Units & platforms: every unit's figures for the assessment year with the computed
// ratios (red below target), edited in place; the work platforms of the selected unit;
// templates for college secretaries exported per unit and imported back, previewed and
// applied as one undo step.
class UnitsPage : public Page
{
    Q_OBJECT

public:
    UnitsPage(DocumentSession& session, QWidget* parent = nullptr);

    void focusSearch() override;

    // The dialogs the page opens, replaceable in tests; by default they open the real ones.
    std::function<bool(const QString& question)> askConfirmation;
    std::function<std::optional<UnitExportDialog::Request>(const QVector<Unit>& units,
                                                           qint64 selectedUnitId)>
        askExport;
    std::function<QStringList()> askImportFiles;
    // Shows the preview (or the problems); true to apply.
    std::function<bool(const UnitImportDialog::Preview& preview)> reviewImport;

    qint64 selectedUnitId() const { return m_currentUnitId; }
    void selectUnit(qint64 unitId);

    // The export and import buttons (also for menu actions): ask, then act.
    void exportClicked();
    void importClicked();
    // What they do once the dialogs have answered.
    void exportTemplates(const UnitExportDialog::Request& request);
    void importTemplates(const QStringList& paths);

private:
    enum class MessageKind { Info, Error };

    void addUnit();
    void removeUnit();
    void addPlatform();
    void removePlatform();
    void showMessage(const QString& text, MessageKind kind);
    void clearMessage();
    void currentUnitChanged();
    void restoreSelection();
    void updatePlatformsTitle();
    void updateButtons();
    int proxyRowOfUnit(qint64 unitId) const;
    QString templateFolder() const;
    void rememberTemplateFolder(const QString& folder);

    UnitFiguresModel* m_unitsModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    PlatformModel* m_platformsModel = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_unitsTable = nullptr;
    QTableView* m_platformsTable = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_platformsTitle = nullptr;
    QPushButton* m_addUnit = nullptr;
    QPushButton* m_removeUnit = nullptr;
    QPushButton* m_addPlatform = nullptr;
    QPushButton* m_removePlatform = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    qint64 m_currentUnitId = 0;
};

} // namespace duibiao
