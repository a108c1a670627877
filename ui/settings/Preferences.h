#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace duibiao {

// The user's preferences, kept with QSettings: who they are (recorded in the audit
// trail), the UI language, the report font and the evidence size cap.
struct Preferences
{
    QString userName;
    QString language = QStringLiteral("zh_CN"); // "zh_CN" or "en"
    QString reportFont; // empty: 仿宋 where installed, else Noto Serif CJK
    int evidenceCapMb = 50;

    static Preferences load();
    void save() const;

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static constexpr int maxRecentFiles = 8;
};

} // namespace duibiao
