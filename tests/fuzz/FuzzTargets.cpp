#include "FuzzTargets.h"

#include "exchange/UnitImportPlan.h"
#include "exchange/UnitTemplateCsv.h"
#include "exchange/UnitTemplateXlsx.h"
#include "exchange/package/EntryName.h"
#include "exchange/package/ManifestReader.h"
#include "exchange/package/PackageReader.h"
#include "framework/FrameworkLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <list>

#include <zip.h>

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

// A hostile file is the user's problem (exit 1), never ours (exit 2). With
// DUIBIAO_FUZZ_VERBOSE set, every refusal is printed (to see what an input reaches).
void expectUserError(const Error& error, const char* where)
{
    static const bool verbose = qEnvironmentVariableIsSet("DUIBIAO_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s: %s\n", where, qPrintable(error.message));
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

// Opens and verifies the package at `path`, checking what open() promises of what it
// accepted.
void readPackage(const QString& path)
{
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
    // Pulled through the device, as the importer stores evidence: an entry that reads to
    // its end is whole and as listed.
    for (const ListedEntry& entry : reader.entries()) {
        auto device = reader.openVerified(entry.name);
        if (!device) {
            expectUserError(device.error(), "PackageReader::openVerified");
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        for (QByteArray piece; !(piece = (*device)->read(4096)).isEmpty();) {
            hash.addData(piece);
            size += piece.size();
        }
        if ((*device)->atEnd())
            check(size == entry.size && hash.result().toHex() == entry.sha256.toLatin1(),
                  "an entry read to its end is the one listed");
        else
            check((*device)->failure().has_value(), "a device that stops early says why");
    }
    if (Status status = reader.verifyAll(); !status)
        expectUserError(status.error(), "PackageReader::verifyAll");
    else if (qEnvironmentVariableIsSet("DUIBIAO_FUZZ_VERBOSE"))
        std::fprintf(stderr, "accepted: %lld entries\n", qint64(reader.entries().size()));
}

// What the fuzzed manifest says an entry's size is, kept small.
qint64 listedSize(const QJsonObject& entry)
{
    return std::clamp<qint64>(entry.value(QLatin1String("size")).toInteger(), 0, 16384);
}

// Listed entries' content: a pattern that depends on the entry, so hashes differ.
QByteArray entryBytes(int index, qint64 size)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 31 + index * 7) & 0xFF);
    return bytes;
}

QJsonArray withRealEntries(const QJsonArray& listed, int first, bool fixHashes)
{
    QJsonArray fixed;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QJsonObject entry = listed.at(i).toObject();
        const qint64 size = listedSize(entry);
        if (fixHashes) {
            entry.insert(QStringLiteral("size"), size);
            entry.insert(
                QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(entryBytes(first + int(i), size),
                                                             QCryptographicHash::Sha256)
                                        .toHex()));
        }
        fixed.append(listed.at(i).isObject() ? QJsonValue(entry) : listed.at(i));
    }
    return fixed;
}

} // namespace

void packageReader(const QByteArray& input)
{
    const QString path = inputFile(QStringLiteral("input.zip"));
    writeInput(path, input);
    readPackage(path);
}

void packageListing(const QByteArray& input)
{
    if (input.size() < 8)
        return;
    const auto control = [&](int byte, int bit) {
        return (uchar(input.at(byte)) >> bit) & 1;
    };
    const QByteArray json = input.mid(8);
    QByteArray manifestBytes = json;
    QJsonArray content;
    QJsonArray reports;
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isObject()) {
        QJsonObject manifest = document.object();
        const bool fixHashes = control(0, 0);
        content = withRealEntries(manifest.value(QLatin1String("content")).toArray(), 0, fixHashes);
        reports = withRealEntries(manifest.value(QLatin1String("reports")).toArray(),
                                  int(content.size()), fixHashes);
        if (fixHashes) {
            manifest.insert(QStringLiteral("content"), content);
            if (manifest.contains(QLatin1String("reports")))
                manifest.insert(QStringLiteral("reports"), reports);
        }
        if (!control(0, 1))
            manifest.insert(QStringLiteral("fingerprint"), ManifestReader::fingerprintOf(content));
        manifestBytes = QJsonDocument(manifest).toJson(control(0, 2) ? QJsonDocument::Compact
                                                                     : QJsonDocument::Indented);
    }

    const QString path = inputFile(QStringLiteral("listing.zip"));
    QFile::remove(path);
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    check(zip != nullptr, "a new ZIP can be made");
    std::list<QByteArray> buffers; // libzip reads them at zip_close
    auto add = [&](const QByteArray& name, QByteArray bytes, bool deflate) {
        buffers.push_back(std::move(bytes));
        zip_source_t* source =
            zip_source_buffer(zip, buffers.back().constData(), buffers.back().size(), 0);
        const zip_int64_t index = zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return;
        }
        zip_set_file_compression(zip, zip_uint64_t(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 0);
    };
    add("manifest.json", manifestBytes, control(0, 3));
    QJsonArray listed = content;
    for (const QJsonValue& entry : reports)
        listed.append(entry);
    for (qsizetype i = 0; i < listed.size() && i < 64; ++i) {
        const QJsonObject entry = listed.at(i).toObject();
        const QByteArray name = entry.value(QLatin1String("name")).toString().toUtf8();
        // Bits of control bytes 1…7 pick, entry by entry, what goes wrong.
        const int byte = 1 + int(i % 7);
        if (control(byte, 0))
            continue; // listed, missing
        QByteArray bytes = entryBytes(int(i), listedSize(entry));
        if (control(byte, 1))
            bytes.append('!'); // longer than listed
        add(name.isEmpty() ? QByteArray("unnamed") : name, bytes, control(byte, 2));
        if (control(byte, 3))
            add(name + "/", QByteArray(), false); // a folder of the same name
        if (control(byte, 4))
            add("evidence/000099-extra.bin", bytes, false); // not listed
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return; // a name libzip would not write
    }
    readPackage(path);
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
    return {QStringLiteral("fuzz_package_reader"),   QStringLiteral("fuzz_package_listing"),
            QStringLiteral("fuzz_package_manifest"), QStringLiteral("fuzz_framework_json"),
            QStringLiteral("fuzz_unit_csv"),         QStringLiteral("fuzz_unit_xlsx")};
}

void run(const QString& target, const QByteArray& input)
{
    if (target == QLatin1String("fuzz_package_reader"))
        packageReader(input);
    else if (target == QLatin1String("fuzz_package_listing"))
        packageListing(input);
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
