// Writes the seed inputs of fuzz_unit_csv and fuzz_unit_xlsx with the app's own writers:
// a filled-in template and a blank one in each format. The outputs are committed under
// tests/fuzz/corpus; run again only when the template format changes:
//   build-fuzz/tests/fuzz/fuzz_make_seeds tests/fuzz/corpus

#include "exchange/UnitTemplateCsv.h"
#include "exchange/UnitTemplateXlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace duibiao;

namespace {

UnitTemplate filledIn()
{
    Unit unit;
    unit.name = QStringLiteral("文学院");
    UnitFigures figures;
    figures.year = 2020;
    figures.eligible = 30;
    figures.participants = 22;
    figures.coreWorkers = 8;
    figures.hearingsPerYear = 2;
    figures.trainingsPerYear = 1;
    figures.hasUnitRules = true;
    figures.hasDemandMenu = true;
    figures.note = QStringLiteral("含志愿者, 另有 3 人待确认");
    Platform reading;
    reading.name = QStringLiteral("读书会");
    reading.partnerDepartment = QStringLiteral("图书馆");
    reading.inServiceLeader = QStringLiteral("示例教师");
    reading.retiredLeader = QStringLiteral("示例老同志");
    reading.founded = QDate(2019, 3, 1);
    reading.activities = 12;
    return UnitTemplate::forUnit(unit, 2020, {figures}, {reading});
}

UnitTemplate blank()
{
    Unit unit;
    unit.name = QStringLiteral("Physics");
    return UnitTemplate::forUnit(unit, 2021, {}, {});
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds CORPUS_FOLDER\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    corpus.mkpath(QStringLiteral("fuzz_unit_csv"));
    corpus.mkpath(QStringLiteral("fuzz_unit_xlsx"));
    const std::pair<const char*, UnitTemplate> seeds[] = {{"filled-in", filledIn()},
                                                          {"blank", blank()}};
    for (const auto& [name, unitTemplate] : seeds) {
        const QString base = QString::fromLatin1(name);
        if (!write(
                corpus.filePath(QStringLiteral("fuzz_unit_csv/") + base + QStringLiteral(".csv")),
                UnitTemplateCsv::write(unitTemplate)))
            return 1;
        if (Status status = UnitTemplateXlsx::write(
                unitTemplate, corpus.filePath(QStringLiteral("fuzz_unit_xlsx/") + base +
                                              QStringLiteral(".xlsx")));
            !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            return 1;
        }
    }
    return 0;
}
