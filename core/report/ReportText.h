#pragma once

#include "model/Language.h"
#include "model/Rating.h"
#include "model/RectificationItem.h"

#include <QDate>
#include <QString>

#include <optional>

namespace duibiao::report {

// Reports are printed in the language chosen for them, whatever the UI's language, so
// their words are picked here explicitly instead of going through tr().
inline QString say(Language language, const char* zh, const char* en)
{
    return language == Language::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

// 2020年11月30日 / 30 November 2020.
QString formatDate(QDate date, Language language);
// 2020年9月1日至2020年11月30日 / 1 September 2020 to 30 November 2020.
QString formatPeriod(QDate from, QDate to, Language language);
// "85.7%", or "—" when there is nothing to show.
QString formatPercent(std::optional<double> share);
QString formatScore(std::optional<double> percent);
QString statusLabel(RectificationStatus status, Language language);
// The number of a first-level heading: 一、… in Chinese, "1." in English.
QString sectionNumber(int number, Language language);
// The number of a second-level heading: (一) … in Chinese, "1.1" style in English.
QString subsectionNumber(int section, int number, Language language);
// The pass/fail mark of an indicator cell: "✓ 达标" / "✗ 未达标" and so on.
QString passMark(bool passes, Language language);

} // namespace duibiao::report
