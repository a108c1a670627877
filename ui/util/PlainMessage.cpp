#include "util/PlainMessage.h"

namespace duibiao {

void showPlainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace duibiao
