#include "FuzzTargets.h"

#include "exchange/UnitImportPlan.h"
#include "exchange/UnitTemplateCsv.h"
#include "exchange/UnitTemplateXlsx.h"
#include "exchange/package/EntryName.h"
#include "exchange/package/ManifestReader.h"
#include "exchange/package/PackageReader.h"
#include "framework/FrameworkLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace duibiao::fuzz {

namespace {

// The readers of packages and workbooks take a path: inputs go through one file in a
// folder of our own, rewritten for each input.
QString inputFile(const QString& name)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(name);
    return path;
}

void writeInput(const QString& path, const QByteArray& input)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(input) != input.size()) {
        std::fprintf(stderr, "cannot write the fuzz input to %s\n", qPrintable(path));
        std::abort();
    }
}

// A hostile file is the user's problem (exit 1), never ours (exit 2).
void expectUserError(const Error& error, const char* where)
{
    if (error.kind == Error::Kind::Internal) {
        std::fprintf(stderr, "%s: internal error for a user's file: %s\n", where,
                     qPrintable(error.message));
        std::abort();
    }
}

void check(bool promise, const char* what)
{
    if (!promise) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

// Plans the import of a template that read well against a document with one unit of
// that name, so the planning code sees the fuzzed values too.
void plan(const UnitTemplate& unitTemplate)
{
    Unit unit;
    unit.id = 1;
    unit.name = unitTemplate.unitName;
    Platform existing;
    existing.id = 1;
    existing.unitId = 1;
    existing.name = QStringLiteral("职业规划平台");
    const auto planned = UnitImportPlan::plan(unitTemplate, QStringLiteral("fuzz"), {unit}, {},
                                              {existing}, unitTemplate.year);
    if (!planned)
        expectUserError(planned.error(), "UnitImportPlan");
}

} // namespace

void packageReader(const QByteArray& input)
{
    const QString path = inputFile(QStringLiteral("input.zip"));
    writeInput(path, input);
    auto opened = PackageReader::open(path);
    if (!opened) {
        expectUserError(opened.error(), "PackageReader::open");
        return;
    }
    PackageReader& reader = **opened;
    // What open() accepted keeps the promises the importer relies on.
    for (const ListedEntry& entry : reader.entries()) {
        check(EntryName::problem(entry.name.toUtf8()).isEmpty(), "listed names are safe");
        check(entry.size >= 0, "listed sizes are not negative");
    }
    check(reader.find(QStringLiteral("assessment.json")) != nullptr, "assessment.json is listed");
    const auto assessment = reader.readVerified(QStringLiteral("assessment.json"));
    if (!assessment)
        expectUserError(assessment.error(), "PackageReader::readVerified");
    else
        check(assessment->size() == reader.find(QStringLiteral("assessment.json"))->size,
              "a verified read has the declared size");
    if (Status status = reader.verifyAll(); !status)
        expectUserError(status.error(), "PackageReader::verifyAll");
}

void packageManifest(const QByteArray& input)
{
    // Small caps, so the string cap is reached by inputs a fuzzer makes.
    PackageLimits limits;
    limits.maxJsonStringBytes = 64;
    const auto manifest = ManifestReader::parse(input, QStringLiteral("fuzz.zip"), limits);
    if (!manifest) {
        expectUserError(manifest.error(), "ManifestReader::parse");
        return;
    }
    check(manifest->formatVersion == ManifestReader::supportedFormatVersion,
          "only the supported format version is accepted");
    for (const ListedEntry& entry : manifest->content + manifest->reports) {
        check(entry.size >= 0, "listed sizes are not negative");
        check(entry.sha256.size() == 64, "hashes have 64 digits");
        check(entry.name.toUtf8().size() <= limits.maxJsonStringBytes, "strings stay capped");
    }
}

void frameworkJson(const QByteArray& input)
{
    const auto framework = FrameworkLoader::parse(input, QStringLiteral("fuzz.json"));
    if (!framework)
        expectUserError(framework.error(), "FrameworkLoader::parse");
}

void unitCsv(const QByteArray& input)
{
    const auto read = UnitTemplateCsv::read(input, QStringLiteral("fuzz.csv"));
    if (!read) {
        expectUserError(read.error(), "UnitTemplateCsv::read");
        return;
    }
    plan(*read);
}

void unitXlsx(const QByteArray& input)
{
    const QString path = inputFile(QStringLiteral("input.xlsx"));
    writeInput(path, input);
    const auto read = UnitTemplateXlsx::read(path);
    if (!read) {
        expectUserError(read.error(), "UnitTemplateXlsx::read");
        return;
    }
    plan(*read);
}

QStringList targetNames()
{
    return {QStringLiteral("fuzz_package_reader"), QStringLiteral("fuzz_package_manifest"),
            QStringLiteral("fuzz_framework_json"), QStringLiteral("fuzz_unit_csv"),
            QStringLiteral("fuzz_unit_xlsx")};
}

void run(const QString& target, const QByteArray& input)
{
    if (target == QLatin1String("fuzz_package_reader"))
        packageReader(input);
    else if (target == QLatin1String("fuzz_package_manifest"))
        packageManifest(input);
    else if (target == QLatin1String("fuzz_framework_json"))
        frameworkJson(input);
    else if (target == QLatin1String("fuzz_unit_csv"))
        unitCsv(input);
    else if (target == QLatin1String("fuzz_unit_xlsx"))
        unitXlsx(input);
    else
        check(false, "a known target");
}

} // namespace duibiao::fuzz
