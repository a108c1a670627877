#include "widgets/DocumentPathEdit.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace duibiao {

DocumentPathEdit::DocumentPathEdit(const QString& objectName, const QString& dialogTitle,
                                   const QString& suggestedName, QWidget* parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, dialogTitle, suggestedName] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, dialogTitle, m_edit->text().isEmpty() ? suggestedName : m_edit->text(),
            tr("Duibiao documents (*.duibiao)"));
        if (!chosen.isEmpty())
            m_edit->setText(chosen);
    });
    connect(m_edit, &QLineEdit::textChanged, this, &DocumentPathEdit::pathChanged);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    setFocusProxy(m_edit);
}

QString DocumentPathEdit::path() const
{
    QString chosen = m_edit->text().trimmed();
    if (!chosen.isEmpty() && !chosen.endsWith(QLatin1String(".duibiao"), Qt::CaseInsensitive))
        chosen += QStringLiteral(".duibiao");
    return chosen;
}

} // namespace duibiao
