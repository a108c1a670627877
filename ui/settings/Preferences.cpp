#include "settings/Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace duibiao {

namespace {
QString defaultUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("user") : user;
}
} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences preferences;
    preferences.userName =
        settings.value(QStringLiteral("user/name"), defaultUserName()).toString();
    preferences.language =
        settings.value(QStringLiteral("ui/language"), preferences.language).toString();
    if (preferences.language != QLatin1String("en"))
        preferences.language = QStringLiteral("zh_CN");
    preferences.reportFont = settings.value(QStringLiteral("report/font")).toString();
    preferences.evidenceCapMb = qBound(
        1, settings.value(QStringLiteral("evidence/capMb"), preferences.evidenceCapMb).toInt(),
        2048);
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("user/name"), userName.trimmed());
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.setValue(QStringLiteral("report/font"), reportFont);
    settings.setValue(QStringLiteral("evidence/capMb"), evidenceCapMb);
}

QStringList Preferences::recentFiles()
{
    return QSettings().value(QStringLiteral("documents/recent")).toStringList();
}

void Preferences::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("documents/recent"), files);
}

void Preferences::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("documents/recent"), files);
}

} // namespace duibiao
