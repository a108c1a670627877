#pragma once

#include "model/Framework.h"
#include "model/Language.h"
#include "model/Unit.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

class QListWidget;
class QPushButton;

namespace duibiao {

// File → Export for Team Member…: which framework categories and which units the member
// worked on. Both lists start fully checked; the package (kind "team") holds only what
// stays checked, and at least one of each is needed.
class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPackageDialog(const Framework& framework, const QVector<Unit>& units, Language language,
                        QWidget* parent = nullptr);

    QStringList categories() const;
    QVector<qint64> unitIds() const;

private:
    void updateButton();

    QListWidget* m_categories = nullptr;
    QListWidget* m_units = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace duibiao
