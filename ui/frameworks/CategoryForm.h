#pragma once

#include "model/Framework.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace duibiao {

// The form of the framework editor for one category: its code and its title in Chinese
// and English. Every change comes out as edited() with the category as it now stands.
class CategoryForm : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryForm(QWidget* parent = nullptr);

    // Shows a category without emitting edited().
    void setCategory(const Category& category);

signals:
    void edited(const duibiao::Category& category, const QString& field);

private:
    void changed(const QString& field);

    Category m_category;
    bool m_loading = false;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_titleZh = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace duibiao
