#pragma once

#include <QStyledItemDelegate>

namespace duibiao {

// Shows a percentage (EditRole int 0…100) as a progress bar and edits it with a spin box.
// Complete bars are green; when `alertRole` is given and true for a row, the bar is red.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(int alertRole = -1, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    int m_alertRole;
};

} // namespace duibiao
