#pragma once

#include <QMessageBox>

namespace duibiao {

// A message box whose text is always plain text. QMessageBox guesses rich text from the
// message itself, and messages carry names from outside (package entries, file names,
// institutions), which must never be rendered as HTML.
void showPlainMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text);

inline void warnPlain(QWidget* parent, const QString& title, const QString& text)
{
    showPlainMessage(parent, QMessageBox::Warning, title, text);
}

inline void informPlain(QWidget* parent, const QString& title, const QString& text)
{
    showPlainMessage(parent, QMessageBox::Information, title, text);
}

} // namespace duibiao
