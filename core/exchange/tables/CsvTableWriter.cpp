#include "exchange/tables/DataTable.h"

#include "exchange/CsvFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

namespace duibiao {

namespace {

// A cell as text: numbers plain (no grouping, no rounding), shares as percentages like
// 63.5%, dates in ISO form.
QString cellText(const QVariant& value, ColumnFormat format)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: {
        // Fifteen significant digits keep every value and hide binary noise (0.6 × 1.5
        // is 0.8999999999999999); only a share is rounded, to what the XLSX shows.
        const double number = value.toDouble();
        if (format == ColumnFormat::Percent)
            return QString::number(number * 100.0, 'f', 1) + QLatin1Char('%');
        return QString::number(number, 'g', 15);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

} // namespace

Status writeCsv(const DataTable& table, const QString& path)
{
    QVector<QStringList> rows{table.headers};
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells.append(cellText(row.at(c), table.format(c)));
        rows.append(cells);
    }
    const QByteArray bytes = CsvFile::write(rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::user(QCoreApplication::translate("TableExport", "Cannot write %1 (%2).")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace duibiao
