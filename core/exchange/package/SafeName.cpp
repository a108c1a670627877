#include "exchange/package/SafeName.h"

#include <QList>

namespace duibiao {

namespace {

constexpr int maxNameLength = 80;

bool keeps(char32_t c)
{
    if (c == U'.' || c == U'-' || c == U'_' || c == U'(' || c == U')' || c == U' ')
        return true;
    // Letters of any script and decimal digits; marks too, so that scripts which compose
    // letters from a base and a combining mark keep their words.
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return true;
    default:
        return false;
    }
}

} // namespace

QString safeEvidenceName(const QString& name)
{
    // Work on code points, so a character outside the BMP is one character (and one "_"
    // when refused), and the cap never cuts a surrogate pair in half.
    const QList<uint> codePoints = name.normalized(QString::NormalizationForm_C).toUcs4();
    QString safe;
    int length = 0;
    for (uint point : codePoints) {
        if (length == maxNameLength)
            break;
        const char32_t c = char32_t(point);
        if (length == 0 && c == U'.')
            continue; // no leading dot: not hidden, never "." or ".."
        if (keeps(c))
            safe += QString::fromUcs4(&c, 1);
        else
            safe += QLatin1Char('_');
        ++length;
    }
    if (safe.trimmed().isEmpty())
        return QStringLiteral("file");
    return safe;
}

QString evidenceEntryName(qint64 id, const QString& name)
{
    return QStringLiteral("evidence/%1-%2")
        .arg(id, 6, 10, QLatin1Char('0'))
        .arg(safeEvidenceName(name));
}

} // namespace duibiao
