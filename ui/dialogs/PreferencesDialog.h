#pragma once

#include "settings/Preferences.h"

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace duibiao {

// User name (recorded in the audit trail), language, report font, evidence size cap.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);
    Preferences preferences() const;

private:
    Preferences m_initial;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_defaultFont = nullptr;
    QFontComboBox* m_font = nullptr;
    QSpinBox* m_cap = nullptr;
};

} // namespace duibiao
