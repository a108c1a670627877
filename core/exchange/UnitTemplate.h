#pragma once

#include "exchange/SheetGrid.h"
#include "model/Platform.h"
#include "model/Unit.h"
#include "model/UnitFigures.h"
#include "util/Result.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace duibiao {

// One unit's figures and work platforms for one year, as a college secretary fills
// them in and sends them back (docs/formats/unit-template.md). The same rows are
// written to CSV and XLSX, so both formats read back through parse().
struct UnitTemplate
{
    // How a row is written; the XLSX writer styles rows by it, CSV ignores it.
    struct Row
    {
        enum class Role { Title, Comment, Field, SectionHeader, Platform, Blank };
        Role role = Role::Blank;
        QStringList cells;
        QVector<int> numberColumns; // 0-based columns whose text is a number
        QVector<int> inputColumns;  // 0-based columns the secretary fills in
    };

    // Spreadsheet rows (1-based) a parsed template was read from, for later messages.
    struct Origin
    {
        int unitRow = 0;
        int yearRow = 0;
        int figuresRow = 0; // the first figure row, or the section header
        QVector<int> platformRows;
    };

    QString unitName;
    int year = 0;
    std::optional<UnitFigures> figures; // none: the figures were left blank (unitId 0)
    QVector<Platform> platforms;        // ids and unit ids 0
    Origin origin;

    static constexpr const char* marker = "duibiao-unit-template";
    static constexpr int formatVersion = 1;
    static constexpr int platformColumns = 7; // key, name … activities

    // The template of a unit as it stands: its figures of `year` (if any) and its platforms,
    // picked from the document's lists.
    static UnitTemplate forUnit(const Unit& unit, int year, const QVector<UnitFigures>& figures,
                                const QVector<Platform>& platforms);

    QVector<Row> rows() const;
    QVector<QStringList> cellRows() const;

    // Reads a filled-in template. Every problem is reported, one line each, in the form
    // "FILE: row N: problem" (N as the spreadsheet shows it); the error's message holds
    // all lines, joined by newlines.
    static Result<UnitTemplate> parse(const SheetGrid& grid, const QString& fileName);
};

} // namespace duibiao
