#include "exchange/UnitTemplateFile.h"

#include "exchange/UnitTemplateCsv.h"
#include "exchange/UnitTemplateXlsx.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace duibiao {

namespace {} // namespace

QString UnitTemplateFile::extension(TemplateFormat format)
{
    return format == TemplateFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

QString UnitTemplateFile::fileName(const QString& unitName, int year, TemplateFormat format)
{
    QString safe;
    for (const QChar c : unitName.trimmed()) {
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        safe += (c.unicode() < 0x20 || forbidden.contains(c)) ? QLatin1Char('_') : c;
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("unit");
    return QStringLiteral("%1-%2.%3").arg(safe).arg(year).arg(extension(format));
}

Status UnitTemplateFile::write(const UnitTemplate& unitTemplate, const QString& path,
                               TemplateFormat format)
{
    if (format == TemplateFormat::Xlsx)
        return UnitTemplateXlsx::write(unitTemplate, path);
    const QByteArray bytes = UnitTemplateCsv::write(unitTemplate);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::user(QCoreApplication::translate("UnitTemplateFile", "Cannot write %1 (%2).")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

Result<UnitTemplate> UnitTemplateFile::read(const QString& path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return UnitTemplateXlsx::read(path);
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt")) {
        return Error::user(
            QCoreApplication::translate(
                "UnitTemplateFile", "%1: unit templates are .xlsx or .csv files; this one is not.")
                .arg(fileName));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(
            QCoreApplication::translate("UnitTemplateFile", "%1: cannot open the file (%2).")
                .arg(fileName, file.errorString()));
    if (file.size() > maxFileBytes)
        return Error::user(QCoreApplication::translate(
                               "UnitTemplateFile",
                               "%1: the file is larger than %2 MB; this is not a unit template.")
                               .arg(fileName)
                               .arg(maxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Error::user(QCoreApplication::translate(
                               "UnitTemplateFile",
                               "%1: this is a workbook saved with a .csv name; save it as CSV, "
                               "or rename it to .xlsx.")
                               .arg(fileName));
    if (bytes.isEmpty())
        return Error::user(QCoreApplication::translate("UnitTemplateFile", "%1: the file is empty.")
                               .arg(fileName));
    return UnitTemplateCsv::read(bytes, fileName);
}

} // namespace duibiao
