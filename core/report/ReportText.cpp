#include "report/ReportText.h"

#include <QLocale>

namespace duibiao::report {

QString formatDate(QDate date, Language language)
{
    if (!date.isValid())
        return QStringLiteral("—");
    if (language == Language::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatPeriod(QDate from, QDate to, Language language)
{
    if (!from.isValid() && !to.isValid())
        return QStringLiteral("—");
    if (!from.isValid())
        return say(language, "至", "until ") + formatDate(to, language);
    if (!to.isValid())
        return say(language, "自", "from ") + formatDate(from, language);
    return formatDate(from, language) + say(language, "至", " to ") + formatDate(to, language);
}

QString formatPercent(std::optional<double> share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QString formatScore(std::optional<double> percent)
{
    return percent ? QStringLiteral("%1%").arg(*percent, 0, 'f', 1) : QStringLiteral("—");
}

QString statusLabel(RectificationStatus status, Language language)
{
    switch (status) {
    case RectificationStatus::Planned:
        return say(language, "计划中", "Planned");
    case RectificationStatus::InProgress:
        return say(language, "进行中", "In progress");
    case RectificationStatus::Done:
        return say(language, "已完成", "Done");
    case RectificationStatus::Verified:
        return say(language, "已验收", "Verified");
    }
    return {};
}

QString sectionNumber(int number, Language language)
{
    if (language == Language::English)
        return QStringLiteral("%1. ").arg(number);
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    QString text;
    if (number >= 10 && number < 100) {
        if (number / 10 > 1)
            text += digits.at(number / 10);
        text += QStringLiteral("十");
        if (number % 10 != 0)
            text += digits.at(number % 10);
    } else if (number >= 0 && number < 10) {
        text = digits.at(number);
    } else {
        text = QString::number(number);
    }
    return text + QStringLiteral("、");
}

QString subsectionNumber(int section, int number, Language language)
{
    if (language == Language::English)
        return QStringLiteral("%1.%2 ").arg(section).arg(number);
    QString chinese = sectionNumber(number, language);
    chinese.chop(1);
    return QStringLiteral("（%1）").arg(chinese);
}

QString passMark(bool passes, Language language)
{
    return passes ? QStringLiteral("✓ ") + say(language, "达标", "Met")
                  : QStringLiteral("✗ ") + say(language, "未达标", "Not met");
}

} // namespace duibiao::report
