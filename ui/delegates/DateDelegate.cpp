#include "delegates/DateDelegate.h"

#include <QDateEdit>

namespace duibiao {

DateDelegate::DateDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex&) const
{
    auto* editor = new QDateEdit(parent);
    editor->setObjectName(QStringLiteral("dateEditor"));
    editor->setCalendarPopup(true);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    editor->setAutoFillBackground(true);
    return editor;
}

void DateDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* dateEdit = qobject_cast<QDateEdit*>(editor);
    if (!dateEdit)
        return;
    const QDate date = index.data(Qt::EditRole).toDate();
    dateEdit->setDate(date.isValid() ? date : QDate::currentDate());
}

void DateDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const
{
    if (auto* dateEdit = qobject_cast<QDateEdit*>(editor))
        model->setData(index, dateEdit->date(), Qt::EditRole);
}

} // namespace duibiao
