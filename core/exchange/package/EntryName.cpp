#include "exchange/package/EntryName.h"

#include <QCoreApplication>
#include <QStringList>

namespace duibiao {

namespace {

// Valid UTF-8, and nothing a decoder would quietly drop or change (a byte order mark).
bool decodesExactly(const QByteArray& raw, QString* decoded)
{
    *decoded = QString::fromUtf8(raw);
    return decoded->toUtf8() == raw;
}

// Characters that do not belong in a file name: controls, format characters (bidi
// overrides that make "fdp.exe" look like "exe.pdf", zero-width joiners), line and
// paragraph separators, private-use and non-characters.
bool isOdd(char32_t code)
{
    if (code >= 0xFDD0 && code <= 0xFDEF)
        return true;
    if ((code & 0xFFFE) == 0xFFFE)
        return true;
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString codePoint(char32_t code)
{
    return QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString EntryName::problem(const QByteArray& raw, bool folder)
{
    if (raw.isEmpty())
        return QCoreApplication::translate("EntryName", "the name is empty");
    if (raw.size() > maxBytes)
        return QCoreApplication::translate("EntryName", "the name is longer than 255 bytes");
    QString name;
    if (!decodesExactly(raw, &name))
        return QCoreApplication::translate("EntryName", "the name is not valid UTF-8");
    for (char32_t code : name.toUcs4()) {
        if (isOdd(code))
            return QCoreApplication::translate(
                       "EntryName", "the name contains a control or invisible character (%1)")
                .arg(codePoint(code));
    }
    if (name.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("EntryName", "the name is an absolute path");
    if (name.size() >= 2 && name.at(0).unicode() < 0x80 && name.at(0).isLetter() &&
        name.at(1) == QLatin1Char(':'))
        return QCoreApplication::translate("EntryName", "the name starts with a drive letter");
    if (name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("EntryName", "the name contains a backslash");
    // Windows refuses these in names; ":" would also open an alternate data stream.
    for (QChar reserved : QStringLiteral("<>:\"|?*")) {
        if (name.contains(reserved))
            return QCoreApplication::translate(
                       "EntryName", "the name contains \"%1\", which Windows does not allow")
                .arg(reserved);
    }
    if (folder && name.endsWith(QLatin1Char('/')))
        name.chop(1);
    for (const QString& segment : name.split(QLatin1Char('/'))) {
        if (segment.isEmpty())
            return QCoreApplication::translate(
                "EntryName", "the name has an empty segment (\"//\" or a trailing \"/\")");
        if (segment == QLatin1String(".."))
            return QCoreApplication::translate("EntryName", "the name has a \"..\" segment");
        if (segment == QLatin1String("."))
            return QCoreApplication::translate("EntryName", "the name has a \".\" segment");
    }
    return {};
}

QString EntryName::printable(const QByteArray& raw)
{
    QString shown;
    QString name;
    if (decodesExactly(raw, &name)) {
        for (char32_t code : name.toUcs4()) {
            if (isOdd(code))
                shown += QLatin1Char('<') + codePoint(code) + QLatin1Char('>');
            else
                shown += QString::fromUcs4(&code, 1);
        }
    } else {
        for (char byte : raw) {
            const auto value = uchar(byte);
            if (value >= 0x20 && value < 0x7F)
                shown += QLatin1Char(byte);
            else
                shown += QStringLiteral("\\x") +
                         QStringLiteral("%1").arg(uint(value), 2, 16, QLatin1Char('0')).toUpper();
        }
    }
    constexpr int keep = 60;
    if (shown.size() > 2 * keep)
        shown = shown.left(keep) + QStringLiteral("…") + shown.right(keep);
    return shown;
}

QString EntryName::comparisonKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C);
}

} // namespace duibiao
