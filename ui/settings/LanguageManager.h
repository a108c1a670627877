#pragma once

#include <QString>

namespace duibiao {

// Installs the translators for the UI language: the app's own (compiled from
// translations/*.ts into the resources) and Qt's for standard dialogs.
class LanguageManager
{
public:
    // "zh_CN" or "en". Returns false when the app's translation is missing.
    static bool apply(const QString& language);
    static QString current();
};

} // namespace duibiao
