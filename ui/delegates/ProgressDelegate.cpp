#include "delegates/ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QSpinBox>
#include <QStyle>

#include <algorithm>

namespace duibiao {

ProgressDelegate::ProgressDelegate(int alertRole, QObject* parent)
    : QStyledItemDelegate(parent), m_alertRole(alertRole)
{}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    // The cell background (selection, focus) as usual, without the text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    cell.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const int value = std::clamp(index.data(Qt::EditRole).toInt(), 0, 100);
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = value;
    bar.text = QStringLiteral("%1%").arg(value);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const bool alert = m_alertRole >= 0 && index.data(m_alertRole).toBool();
    if (alert)
        bar.palette.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28));
    else if (value == 100)
        bar.palette.setColor(QPalette::Highlight, QColor(0x2e, 0x7d, 0x32));
    bar.palette.setColor(QPalette::HighlightedText, Qt::white);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) * 3));
    return size;
}

QWidget* ProgressDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("progressEditor"));
    spin->setRange(0, 100);
    spin->setSingleStep(10);
    spin->setSuffix(QStringLiteral("%"));
    spin->setAutoFillBackground(true);
    return spin;
}

void ProgressDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
}

void ProgressDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
}

} // namespace duibiao
