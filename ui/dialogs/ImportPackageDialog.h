#pragma once

#include "model/Language.h"

#include <QDialog>

class QSortFilterProxyModel;
class QTableView;

namespace duibiao {

class MergePlanModel;
class PackageImport;

// The preview of File → Import Package…: what the package is (kind, institution, title,
// when it was made, its fingerprint), what the import will add, change and remove, and a
// choice for each conflict. Accepting means "import as shown"; the choices are already in
// the import's plan. The dialog itself writes nothing.
class ImportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPackageDialog(PackageImport& import, Language language, QWidget* parent = nullptr);

    MergePlanModel* model() const { return m_model; }
    QSortFilterProxyModel* filter() const { return m_filter; }

private:
    QString headerText(const PackageImport& import) const;

    MergePlanModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace duibiao
