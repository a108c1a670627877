#include "exchange/CsvFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace duibiao {

namespace {

QByteArray quoted(const QString& cell)
{
    QByteArray bytes = cell.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                             bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

// The text of the file, or an error when it is not text in an encoding we know.
Result<QString> decode(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray utf8Bom("\xEF\xBB\xBF");
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                          : QStringConverter::Utf16BE);
        QString text = utf16(bytes.mid(2));
        if (utf16.hasError())
            return Error::user(
                QCoreApplication::translate("CsvFile", "%1: the UTF-16 text is damaged.")
                    .arg(fileName));
        return text;
    }
    const bool hasBom = bytes.startsWith(utf8Bom);
    const QByteArray body = hasBom ? bytes.mid(utf8Bom.size()) : bytes;
    if (body.contains('\0'))
        return Error::user(
            QCoreApplication::translate(
                "CsvFile", "%1: this is not a CSV text file (it contains binary data).")
                .arg(fileName));
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(body);
    if (!utf8.hasError())
        return text;
    if (!hasBom) {
        QStringDecoder gb18030("GB18030");
        if (gb18030.isValid()) {
            text = gb18030(body);
            if (!gb18030.hasError())
                return text;
        }
    }
    return Error::user(
        QCoreApplication::translate(
            "CsvFile", "%1: the text is neither UTF-8 nor GB18030; save the file as “CSV UTF-8”.")
            .arg(fileName));
}

QChar guessDelimiter(const QString& text)
{
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    if (firstLine.contains(QLatin1Char(',')))
        return QLatin1Char(',');
    if (firstLine.contains(QLatin1Char('\t')))
        return QLatin1Char('\t');
    if (firstLine.contains(QLatin1Char(';')))
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

QByteArray CsvFile::write(const QVector<QStringList>& rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                bytes += ',';
            bytes += quoted(row.at(i));
        }
        bytes += "\r\n";
    }
    return bytes;
}

Result<SheetGrid> CsvFile::parse(const QByteArray& bytes, const QString& fileName)
{
    Result<QString> decoded = decode(bytes, fileName);
    if (!decoded)
        return decoded.error();
    const QString& text = *decoded;
    const QChar delimiter = guessDelimiter(text);

    SheetGrid grid;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool rowHasContent = false; // a trailing line break does not start another row
    int quoteStartRow = 0;
    auto endCell = [&] {
        row.append(cell);
        cell.clear();
        rowHasContent = true;
    };
    auto endRow = [&]() -> Status {
        row.append(cell);
        cell.clear();
        grid.rows.append(row);
        row.clear();
        rowHasContent = false;
        if (grid.rows.size() > maxRows)
            return Error::user(QCoreApplication::translate(
                                   "CsvFile", "%1: more than %2 rows; this is not a unit template.")
                                   .arg(fileName, QString::number(maxRows)));
        if (grid.rows.last().size() > maxColumns)
            return Error::user(
                QCoreApplication::translate("CsvFile", "%1: row %2 has more than %3 cells.")
                    .arg(fileName, QString::number(grid.rows.size()), QString::number(maxColumns)));
        return {};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            inQuotes = true;
            quoteStartRow = grid.rows.size() + 1;
            rowHasContent = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (Status status = endRow(); !status)
                return status.error();
        } else {
            cell += c;
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        return Error::user(
            QCoreApplication::translate("CsvFile",
                                        "%1: row %2: a quoted cell is never closed (a missing \").")
                .arg(fileName, QString::number(quoteStartRow)));
    }
    if (rowHasContent || !cell.isEmpty()) {
        if (Status status = endRow(); !status)
            return status.error();
    }
    return grid;
}

} // namespace duibiao
