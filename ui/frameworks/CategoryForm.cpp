#include "frameworks/CategoryForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace duibiao {

CategoryForm::CategoryForm(QWidget* parent) : QWidget(parent)
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("categoryCode"));
    m_titleZh = new QLineEdit(this);
    m_titleZh->setObjectName(QStringLiteral("categoryTitleZh"));
    m_titleEn = new QLineEdit(this);
    m_titleEn->setObjectName(QStringLiteral("categoryTitleEn"));
    m_count = new QLabel(this);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Title (Chinese)"), m_titleZh);
    form->addRow(tr("Title (English)"), m_titleEn);
    form->addRow(tr("Requirements"), m_count);
    connect(m_code, &QLineEdit::textEdited, this, [this] { changed(QStringLiteral("code")); });
    connect(m_titleZh, &QLineEdit::textEdited, this,
            [this] { changed(QStringLiteral("titleZh")); });
    connect(m_titleEn, &QLineEdit::textEdited, this,
            [this] { changed(QStringLiteral("titleEn")); });
}

void CategoryForm::setCategory(const Category& category)
{
    m_loading = true;
    m_category = category;
    m_code->setText(category.code);
    m_titleZh->setText(category.title.zh);
    m_titleEn->setText(category.title.en);
    m_count->setText(category.requirements.isEmpty()
                         ? tr("none yet: a category needs at least one requirement")
                         : QString::number(category.requirements.size()));
    m_loading = false;
}

void CategoryForm::changed(const QString& field)
{
    if (m_loading)
        return;
    m_category.code = m_code->text().trimmed();
    m_category.title = {m_titleZh->text().trimmed(), m_titleEn->text().trimmed()};
    emit edited(m_category, field);
}

} // namespace duibiao
