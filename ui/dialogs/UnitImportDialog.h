#pragma once

#include "exchange/UnitImportPlan.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

class QTreeWidget;

namespace duibiao {

// Shows what importing filled-in unit templates would change before anything is written:
// per unit the figures old → new and the platforms to add or update. When any file has a
// problem it lists every problem instead (file, row, what is wrong) and only closes.
class UnitImportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Preview
    {
        QVector<UnitImportPlan> plans;
        QStringList problems; // one line each; none: the plans may be applied
    };

    explicit UnitImportDialog(const Preview& preview, QWidget* parent = nullptr);

private:
    void fillPreview(QTreeWidget* tree, const Preview& preview);
};

} // namespace duibiao
