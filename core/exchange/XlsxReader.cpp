#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

namespace duibiao {

namespace {

// The parts of a workbook we look at, and the budget of unpacked bytes left for them.
class Workbook
{
public:
    Workbook(QString fileName, const XlsxReader::Limits& limits)
        : m_fileName(std::move(fileName)), m_limits(limits), m_budget(limits.maxUnpackedBytes)
    {}
    ~Workbook()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    Status open(const QByteArray& bytes);
    bool has(const QString& part) const;
    Result<QByteArray> read(const QString& part);

    const QString& fileName() const { return m_fileName; }
    const XlsxReader::Limits& limits() const { return m_limits; }

private:
    QString m_fileName;
    XlsxReader::Limits m_limits;
    qint64 m_budget;
    QByteArray m_bytes; // the archive; libzip reads from it for as long as m_zip lives
    zip_t* m_zip = nullptr;
};

Status Workbook::open(const QByteArray& bytes)
{
    m_bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return Error::user(QCoreApplication::translate(
                               "XlsxReader", "%1: the XLSX file is damaged or truncated (%2).")
                               .arg(m_fileName, reason));
    }
    zip_error_fini(&error);
    return {};
}

bool Workbook::has(const QString& part) const
{
    return zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

Result<QByteArray> Workbook::read(const QString& part)
{
    const zip_int64_t index = zip_name_locate(m_zip, part.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return Error::user(
            QCoreApplication::translate("XlsxReader", "%1: the workbook has no part %2.")
                .arg(m_fileName, part));
    const QString capText = QString::number(m_limits.maxUnpackedBytes / (1024 * 1024));
    auto tooLarge = [&] {
        return Error::user(
            QCoreApplication::translate(
                "XlsxReader",
                "%1: %2 unpacks to more than %3 MB; the file is refused (it may be a ZIP bomb).")
                .arg(m_fileName, part, capText));
    };
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Error::user(QCoreApplication::translate("XlsxReader", "%1: cannot read %2 (%3).")
                               .arg(m_fileName, part, QString::fromLocal8Bit(zip_strerror(m_zip))));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error::user(QCoreApplication::translate("XlsxReader", "%1: %2 is encrypted.")
                               .arg(m_fileName, part));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(m_budget))
        return tooLarge();

    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Error::user(QCoreApplication::translate("XlsxReader", "%1: cannot unpack %2 (%3).")
                               .arg(m_fileName, part, QString::fromLocal8Bit(zip_strerror(m_zip))));
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString reason = QString::fromLocal8Bit(zip_file_strerror(file));
            zip_fclose(file);
            return Error::user(QCoreApplication::translate("XlsxReader", "%1: %2 is damaged (%3).")
                                   .arg(m_fileName, part, reason));
        }
        if (n == 0)
            break;
        // Counted as it comes: the declared size of a hostile entry may lie.
        if (data.size() + n > m_budget) {
            zip_fclose(file);
            return tooLarge();
        }
        data.append(buffer, qsizetype(n));
    }
    if (int error = zip_fclose(file); error != 0) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return Error::user(QCoreApplication::translate("XlsxReader", "%1: %2 is damaged (%3).")
                               .arg(m_fileName, part, reason));
    }
    m_budget -= data.size();
    return data;
}

// Reads XML the way every part is read: no DTDs (and so no entity tricks).
class PartReader
{
public:
    PartReader(const QByteArray& data, QString fileName, QString part)
        : m_xml(data), m_fileName(std::move(fileName)), m_part(std::move(part))
    {}
    QXmlStreamReader& xml() { return m_xml; }
    // Advances to the next token; false at the end or on an error (see status()).
    bool next()
    {
        if (m_xml.atEnd())
            return false;
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD) {
            m_refused =
                QCoreApplication::translate(
                    "XlsxReader", "%1: %2 contains a document type declaration, which a workbook "
                                  "never needs.")
                    .arg(m_fileName, m_part);
            return false;
        }
        return !m_xml.hasError();
    }
    Status status() const
    {
        if (!m_refused.isEmpty())
            return Error::user(m_refused);
        if (m_xml.hasError()) {
            return Error::user(QCoreApplication::translate(
                                   "XlsxReader", "%1: %2 is not well-formed XML (line %3: %4).")
                                   .arg(m_fileName, m_part)
                                   .arg(m_xml.lineNumber())
                                   .arg(m_xml.errorString()));
        }
        return {};
    }
    bool isStart(QLatin1String name) const
    {
        return m_xml.tokenType() == QXmlStreamReader::StartElement && m_xml.name() == name;
    }
    bool isEnd(QLatin1String name) const
    {
        return m_xml.tokenType() == QXmlStreamReader::EndElement && m_xml.name() == name;
    }
    // The text of a string item (<si> or <is>): its <t> runs, without phonetic runs (<rPh>).
    QString readStringItem(QLatin1String element)
    {
        QString text;
        while (next() && !isEnd(element)) {
            if (isStart(QLatin1String("rPh")))
                m_xml.skipCurrentElement();
            else if (isStart(QLatin1String("t")))
                text += m_xml.readElementText();
        }
        return text;
    }

private:
    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_part;
    QString m_refused;
};

struct SheetEntry
{
    QString relationshipId;
    bool date1904 = false;
};

Result<SheetEntry> readWorkbookPart(Workbook& workbook)
{
    const QString part = QStringLiteral("xl/workbook.xml");
    Result<QByteArray> data = workbook.read(part);
    if (!data)
        return data.error();
    PartReader reader(*data, workbook.fileName(), part);
    SheetEntry entry;
    bool found = false;
    while (reader.next()) {
        if (reader.isStart(QLatin1String("workbookPr"))) {
            const QStringView value = reader.xml().attributes().value(QLatin1String("date1904"));
            entry.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (!found && reader.isStart(QLatin1String("sheet"))) {
            found = true;
            // r:id, whatever prefix the relationships namespace has here.
            for (const QXmlStreamAttribute& attribute : reader.xml().attributes()) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    entry.relationshipId = attribute.value().toString();
            }
        }
    }
    if (Status status = reader.status(); !status)
        return status.error();
    if (!found)
        return Error::user(
            QCoreApplication::translate("XlsxReader", "%1: the workbook has no worksheet.")
                .arg(workbook.fileName()));
    return entry;
}

// Relationship targets of the workbook, by id and by type, resolved to part names.
struct WorkbookRelationships
{
    QHash<QString, QString> targetById;
    QString sharedStrings;
};

Result<WorkbookRelationships> readRelationships(Workbook& workbook)
{
    WorkbookRelationships relationships;
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    if (!workbook.has(part))
        return relationships;
    Result<QByteArray> data = workbook.read(part);
    if (!data)
        return data.error();
    PartReader reader(*data, workbook.fileName(), part);
    while (reader.next()) {
        if (!reader.isStart(QLatin1String("Relationship")))
            continue;
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        QString target = attributes.value(QLatin1String("Target")).toString();
        target = target.startsWith(QLatin1Char('/'))
                     ? target.mid(1)
                     : QDir::cleanPath(QStringLiteral("xl/") + target);
        if (target.startsWith(QLatin1String("..")) || target.contains(QLatin1Char('\\')))
            return Error::user(QCoreApplication::translate(
                                   "XlsxReader", "%1: %2 points outside the workbook (%3).")
                                   .arg(workbook.fileName(), part, target));
        relationships.targetById.insert(attributes.value(QLatin1String("Id")).toString(), target);
        if (attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/sharedStrings")))
            relationships.sharedStrings = target;
    }
    if (Status status = reader.status(); !status)
        return status.error();
    return relationships;
}

Result<QStringList> readSharedStrings(Workbook& workbook, const QString& part)
{
    QStringList strings;
    if (!workbook.has(part))
        return strings;
    Result<QByteArray> data = workbook.read(part);
    if (!data)
        return data.error();
    PartReader reader(*data, workbook.fileName(), part);
    while (reader.next()) {
        if (reader.isStart(QLatin1String("si")))
            strings.append(reader.readStringItem(QLatin1String("si")));
    }
    if (Status status = reader.status(); !status)
        return status.error();
    return strings;
}

// "AB12" → column 28, row 12; false when it is no cell reference.
bool parseCellReference(QStringView reference, int& column, int& row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < reference.size() && reference.at(i) >= QLatin1Char('A') &&
           reference.at(i) <= QLatin1Char('Z') && i < 3) {
        col = col * 26 + (reference.at(i).unicode() - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const qint64 r = reference.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > 1048576 || col > 16384 || !reference.at(i).isDigit())
        return false;
    column = int(col);
    row = int(r);
    return true;
}

Result<SheetGrid> readWorksheet(Workbook& workbook, const QString& part,
                                const QStringList& sharedStrings)
{
    Result<QByteArray> data = workbook.read(part);
    if (!data)
        return data.error();
    PartReader reader(*data, workbook.fileName(), part);
    const XlsxReader::Limits& limits = workbook.limits();
    SheetGrid grid;
    int row = 0;
    int column = 0;
    auto refuse = [&](const QString& problem) {
        return Error::user(QStringLiteral("%1: %2: %3").arg(workbook.fileName(), part, problem));
    };

    while (reader.next()) {
        if (reader.isStart(QLatin1String("row"))) {
            const QStringView r = reader.xml().attributes().value(QLatin1String("r"));
            bool ok = true;
            row = r.isEmpty() ? row + 1 : r.toInt(&ok);
            if (!ok || row < 1 || row > 1048576)
                return refuse(
                    QCoreApplication::translate("XlsxReader", "the row number “%1” is not valid.")
                        .arg(r.toString()));
            column = 0;
            continue;
        }
        if (!reader.isStart(QLatin1String("c")))
            continue;

        const QXmlStreamAttributes attributes = reader.xml().attributes();
        const QString reference = attributes.value(QLatin1String("r")).toString();
        const QString type = attributes.value(QLatin1String("t")).toString();
        if (reference.isEmpty()) {
            ++column;
        } else {
            int cellRow = 0;
            if (!parseCellReference(reference, column, cellRow))
                return refuse(QCoreApplication::translate("XlsxReader",
                                                          "the cell reference “%1” is not valid.")
                                  .arg(reference));
            row = cellRow;
        }
        if (row < 1)
            row = 1;
        QString value;
        QString inlineText;
        while (reader.next() && !reader.isEnd(QLatin1String("c"))) {
            if (reader.isStart(QLatin1String("v")))
                value = reader.xml().readElementText();
            else if (reader.isStart(QLatin1String("is")))
                inlineText = reader.readStringItem(QLatin1String("is"));
            else if (reader.xml().isStartElement())
                reader.xml().skipCurrentElement(); // <f> formulas, <extLst> …
        }
        if (Status status = reader.status(); !status)
            return status.error();

        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= sharedStrings.size())
                return refuse(
                    QCoreApplication::translate(
                        "XlsxReader", "cell %1 refers to shared string “%2”, which does not exist.")
                        .arg(reference, value));
            text = sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (type == QLatin1String("b")) {
            text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == QLatin1String("n") || type == QLatin1String("str") ||
                   type == QLatin1String("d") || type == QLatin1String("e")) {
            text = value;
        } else {
            return refuse(
                QCoreApplication::translate("XlsxReader", "cell %1 has the unknown type “%2”.")
                    .arg(reference, type));
        }
        if (text.isEmpty())
            continue;
        if (row > limits.maxRows || column > limits.maxColumns)
            return refuse(
                QCoreApplication::translate(
                    "XlsxReader",
                    "cell %1 lies outside the %2 rows and %3 columns a sheet may use here.")
                    .arg(reference.isEmpty() ? QStringLiteral("R%1C%2").arg(row).arg(column)
                                             : reference)
                    .arg(limits.maxRows)
                    .arg(limits.maxColumns));
        if (grid.rows.size() < row)
            grid.rows.resize(row);
        QStringList& cells = grid.rows[row - 1];
        while (cells.size() < column)
            cells.append(QString());
        cells[column - 1] = text;
    }
    if (Status status = reader.status(); !status)
        return status.error();
    return grid;
}

} // namespace

Result<SheetGrid> XlsxReader::readFirstSheet(const QString& path)
{
    return readFirstSheet(path, Limits{});
}

Result<SheetGrid> XlsxReader::readFirstSheet(const QString& path, const Limits& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(
            QCoreApplication::translate("XlsxReader", "%1: cannot open the file (%2).")
                .arg(fileName, file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return Error::user(
            QCoreApplication::translate(
                "XlsxReader", "%1: the file is larger than %2 MB; this is not a unit template.")
                .arg(fileName)
                .arg(limits.maxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return Error::user(
            QCoreApplication::translate("XlsxReader", "%1: the file is empty.").arg(fileName));
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Error::user(QCoreApplication::translate(
                               "XlsxReader",
                               "%1: this is an Excel 97–2003 workbook or a password-protected "
                               "file; save it as an unprotected .xlsx workbook or as CSV.")
                               .arg(fileName));
    if (!bytes.startsWith("PK\x03\x04"))
        return Error::user(
            QCoreApplication::translate(
                "XlsxReader", "%1: this is not an XLSX workbook (an XLSX file is a ZIP archive).")
                .arg(fileName));

    Workbook workbook(fileName, limits);
    if (Status status = workbook.open(bytes); !status)
        return status.error();
    if (!workbook.has(QStringLiteral("xl/workbook.xml")))
        return Error::user(
            QCoreApplication::translate("XlsxReader",
                                        "%1: this ZIP archive is not an Excel workbook (it has no "
                                        "xl/workbook.xml).")
                .arg(fileName));
    Result<SheetEntry> sheet = readWorkbookPart(workbook);
    if (!sheet)
        return sheet.error();
    Result<WorkbookRelationships> relationships = readRelationships(workbook);
    if (!relationships)
        return relationships.error();
    QString sheetPart = relationships->targetById.value(sheet->relationshipId);
    if (sheetPart.isEmpty())
        sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
    const QString sharedStringsPart = relationships->sharedStrings.isEmpty()
                                          ? QStringLiteral("xl/sharedStrings.xml")
                                          : relationships->sharedStrings;
    Result<QStringList> sharedStrings = readSharedStrings(workbook, sharedStringsPart);
    if (!sharedStrings)
        return sharedStrings.error();
    Result<SheetGrid> grid = readWorksheet(workbook, sheetPart, *sharedStrings);
    if (!grid)
        return grid.error();
    grid->date1904 = sheet->date1904;
    return grid;
}

} // namespace duibiao
