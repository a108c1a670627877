#include "delegates/ChoiceDelegate.h"

#include <QComboBox>

namespace duibiao {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const Choice& choice : m_choices())
        combo->addItem(choice.label, choice.value);
    // Choosing from the list is the whole edit: commit without waiting for Enter.
    auto* self = const_cast<ChoiceDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { self->commitAndClose(combo); });
    return combo;
}

void ChoiceDelegate::commitAndClose(QWidget* editor)
{
    emit commitData(editor);
    emit closeEditor(editor);
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const QVariant value = index.data(Qt::EditRole);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            return;
        }
    }
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (combo && combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace duibiao
