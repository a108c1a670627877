#pragma once

#include <QStyledItemDelegate>
#include <QVariant>
#include <QVector>

#include <functional>

namespace duibiao {

// Edits a value chosen from a list (phase, status, unit …) with a QComboBox. The model's
// EditRole value selects the entry whose data equals it; choosing an entry commits at once.
// The choices are asked for each time an editor opens, so they follow renamed units.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        QVariant value;
    };
    using Choices = std::function<QVector<Choice>()>;

    ChoiceDelegate(Choices choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    void commitAndClose(QWidget* editor);
    Choices m_choices;
};

} // namespace duibiao
