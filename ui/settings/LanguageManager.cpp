#include "settings/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace duibiao {

namespace {
std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString currentLanguage;
} // namespace

bool LanguageManager::apply(const QString& language)
{
    for (auto* translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    currentLanguage =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QLocale::setDefault(QLocale(currentLanguage));

    appTranslator = std::make_unique<QTranslator>();
    const bool loaded =
        appTranslator->load(QStringLiteral(":/i18n/duibiao_%1.qm").arg(currentLanguage));
    if (loaded)
        QCoreApplication::installTranslator(appTranslator.get());
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qt_%1").arg(currentLanguage),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    return loaded;
}

QString LanguageManager::current()
{
    return currentLanguage;
}

} // namespace duibiao
