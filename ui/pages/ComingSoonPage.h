#pragma once

#include <QWidget>

namespace duibiao {

// A page whose feature arrives with a later issue; says what it will do.
class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    ComingSoonPage(const QString& objectName, const QString& title, const QString& description,
                   QWidget* parent = nullptr);
};

} // namespace duibiao
