#pragma once

#include "exchange/UnitTemplateFile.h"
#include "model/Unit.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace duibiao {

// Asks which units get a template, in which format and into which folder.
class UnitExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QVector<qint64> unitIds;
        TemplateFormat format = TemplateFormat::Xlsx;
        QString folder;
    };

    UnitExportDialog(const QVector<Unit>& units, qint64 selectedUnitId, const QString& folder,
                     QWidget* parent = nullptr);

    Request request() const;

private:
    void updateOk();
    void setAllChecked(bool checked);

    QListWidget* m_units = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_folder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace duibiao
