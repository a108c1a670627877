#include "dialogs/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace duibiao {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent), m_initial(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_userName = new QLineEdit(preferences.userName, this);
    m_userName->setObjectName(QStringLiteral("preferencesUserName"));
    m_userName->setPlaceholderText(tr("Your name, as the audit trail shows it"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));

    m_defaultFont = new QCheckBox(tr("Default (仿宋 where installed, else Noto Serif CJK)"), this);
    m_defaultFont->setObjectName(QStringLiteral("preferencesDefaultFont"));
    m_defaultFont->setChecked(preferences.reportFont.isEmpty());
    m_font = new QFontComboBox(this);
    m_font->setObjectName(QStringLiteral("preferencesReportFont"));
    m_font->setWritingSystem(QFontDatabase::SimplifiedChinese);
    if (!preferences.reportFont.isEmpty())
        m_font->setCurrentFont(QFont(preferences.reportFont));
    m_font->setEnabled(!m_defaultFont->isChecked());
    connect(m_defaultFont, &QCheckBox::toggled, m_font,
            [this](bool on) { m_font->setEnabled(!on); });

    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("preferencesEvidenceCap"));
    m_cap->setRange(1, 2048);
    m_cap->setSuffix(tr(" MB"));
    m_cap->setValue(preferences.evidenceCapMb);

    auto* form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_userName);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Report &font:"), m_defaultFont);
    form->addRow(QString(), m_font);
    form->addRow(tr("&Evidence size cap per file:"), m_cap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences result = m_initial;
    result.userName = m_userName->text().trimmed();
    result.language = m_language->currentData().toString();
    result.reportFont = m_defaultFont->isChecked() ? QString() : m_font->currentFont().family();
    result.evidenceCapMb = m_cap->value();
    return result;
}

} // namespace duibiao
