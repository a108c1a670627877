#include "TestSupport.h"

#include "exchange/package/EntryName.h"
#include "exchange/package/ManifestReader.h"
#include "exchange/package/PackageReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace duibiao;
using namespace duibiao::test;

namespace {

QString package(const QString& name)
{
    return testData(QStringLiteral("packages/") + name);
}

// One row of tests/data/packages/README.md.
struct CorpusRow
{
    QString file;
    QString fragment; // empty: the package is valid
    PackageLimits limits;
};

PackageLimits parseLimits(const QString& text)
{
    PackageLimits limits;
    for (const QString& pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const qint64 value = pair.section(QLatin1Char('='), 1).toLongLong(&ok);
        INFO(pair.toStdString());
        REQUIRE(ok);
        if (key == QLatin1String("maxEntries"))
            limits.maxEntries = value;
        else if (key == QLatin1String("maxEntryBytes"))
            limits.maxEntryBytes = value;
        else if (key == QLatin1String("maxJsonBytes"))
            limits.maxJsonBytes = value;
        else if (key == QLatin1String("maxManifestBytes"))
            limits.maxManifestBytes = value;
        else if (key == QLatin1String("maxTotalBytes"))
            limits.maxTotalBytes = value;
        else if (key == QLatin1String("maxCompressionRatio"))
            limits.maxCompressionRatio = value;
        else
            FAIL("unknown limit " << key.toStdString());
    }
    return limits;
}

QVector<CorpusRow> corpus()
{
    QVector<CorpusRow> rows;
    const QString readme = QString::fromUtf8(readFile(package(QStringLiteral("README.md"))));
    for (const QString& line : readme.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        REQUIRE(cells.size() == 6);
        auto unquote = [](QString cell) {
            cell = cell.trimmed();
            if (cell.startsWith(QLatin1Char('`')) && cell.endsWith(QLatin1Char('`')))
                cell = cell.mid(1, cell.size() - 2);
            return cell;
        };
        rows.append(
            {unquote(cells.at(1)), unquote(cells.at(3)), parseLimits(unquote(cells.at(4)))});
    }
    return rows;
}

// Opens and verifies; the first refusal's message, or an empty string when the package
// passes both.
QString firstRefusal(const QString& path, const PackageLimits& limits = {})
{
    auto reader = PackageReader::open(path, limits);
    if (!reader)
        return reader.error().message;
    if (Status status = (*reader)->verifyAll(); !status)
        return status.error().message;
    return {};
}

} // namespace

TEST_CASE("Every package of the corpus is refused with its message, or accepted if valid")
{
    const QVector<CorpusRow> rows = corpus();
    QStringList described;
    for (const CorpusRow& row : rows)
        described.append(row.file);
    const QStringList files =
        QDir(package(QString())).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 24);
    for (const QString& file : files) {
        INFO(file.toStdString() << " has no row in tests/data/packages/README.md");
        CHECK(described.contains(file));
    }
    int refused = 0;
    for (const CorpusRow& row : rows) {
        DYNAMIC_SECTION(row.file.toStdString())
        {
            const QString path = package(row.file);
            REQUIRE(QFile::exists(path));
            const QString before = sha256OfFile(path);
            const QString message = firstRefusal(path, row.limits);
            INFO(message.toStdString());
            if (row.fragment.isEmpty()) {
                CHECK(message.isEmpty());
            } else {
                ++refused;
                CHECK(message.contains(row.fragment));
                // Messages start with the package file's name.
                CHECK(message.startsWith(row.file + QLatin1String(": ")));
            }
            CHECK(sha256OfFile(path) == before);
        }
    }
}

TEST_CASE("A valid package gives its manifest and verified entries")
{
    auto opened = PackageReader::open(package(QStringLiteral("valid-submission.zip")));
    REQUIRE_OK(opened);
    PackageReader& reader = **opened;
    const CheckedManifest& manifest = reader.manifest();
    CHECK(manifest.kind == CheckedManifest::Kind::Submission);
    CHECK(manifest.formatVersion == 1);
    CHECK(manifest.institution.name == QStringLiteral("示例大学"));
    CHECK(manifest.year == 2020);
    CHECK(manifest.created == QDateTime(QDate(2020, 10, 15), QTime(1, 0), Qt::UTC));
    CHECK(manifest.content.size() == 4);
    CHECK(manifest.reports.size() == 2);
    CHECK(reader.entries().size() == 6);
    REQUIRE(reader.find(QStringLiteral("evidence/000001-名单.pdf")) != nullptr);
    CHECK(reader.find(QStringLiteral("manifest.json")) == nullptr);

    // The fingerprint is over the content array as Qt writes it compactly, whatever the
    // manifest's own layout (make.py writes it indented, keys in another order).
    const QJsonObject top = QJsonDocument::fromJson(reader.manifestJson()).object();
    const QByteArray compact =
        QJsonDocument(top.value(QLatin1String("content")).toArray()).toJson(QJsonDocument::Compact);
    CHECK(
        manifest.fingerprint ==
        QString::fromLatin1(QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex()));
    CHECK_FALSE(reader.manifestJson().contains(compact));

    const auto assessment = reader.readVerified(QStringLiteral("assessment.json"));
    REQUIRE_OK(assessment);
    CHECK(QJsonDocument::fromJson(*assessment).object().value(QLatin1String("schemaVersion")) ==
          QJsonValue(1));

    const QString photo = QStringLiteral("evidence/000002-photo (1).jpg");
    const qint64 photoSize = reader.find(photo)->size;
    CHECK(photoSize == 4109);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QVector<qint64> progress;
    REQUIRE_OK(reader.copyVerified(photo, sink, [&](qint64 done, qint64 total) {
        CHECK(total == photoSize);
        progress.append(done);
    }));
    CHECK(sink.data().size() == photoSize);
    CHECK(sink.data().startsWith("\xff\xd8\xff\xe0"));
    CHECK(progress == QVector<qint64>{photoSize});

    qint64 last = 0;
    REQUIRE_OK(reader.verifyAll([&](qint64 done, qint64 total) {
        CHECK(done > last);
        CHECK(total == reader.totalBytes());
        last = done;
    }));
    CHECK(last == reader.totalBytes());
}

TEST_CASE("Entries are read only through the manifest's listing")
{
    auto opened = PackageReader::open(package(QStringLiteral("valid-submission.zip")));
    REQUIRE_OK(opened);
    PackageReader& reader = **opened;
    const auto missing = reader.readVerified(QStringLiteral("evidence/000099-x.pdf"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message ==
          QStringLiteral("valid-submission.zip: evidence/000099-x.pdf: the package does not list "
                         "this entry."));
    CHECK_FALSE(reader.readVerified(QStringLiteral("manifest.json")).ok());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    CHECK_FALSE(reader.copyVerified(QStringLiteral("../x"), sink).ok());
    CHECK(sink.data().isEmpty());
}

TEST_CASE("A small-entry read refuses entries over the JSON cap")
{
    const QString path = package(QStringLiteral("valid-submission.zip"));
    auto probe = PackageReader::open(path);
    REQUIRE_OK(probe);
    const qint64 assessmentSize = (*probe)->find(QStringLiteral("assessment.json"))->size;
    const QString photo = QStringLiteral("evidence/000002-photo (1).jpg");
    const qint64 photoSize = (*probe)->find(photo)->size;
    REQUIRE(assessmentSize < photoSize);

    PackageLimits limits;
    limits.maxJsonBytes = assessmentSize - 1;
    const auto opened = PackageReader::open(path, limits);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message ==
          QStringLiteral("valid-submission.zip: assessment.json: the JSON entry unpacks to %1 "
                         "bytes; at most %2 are allowed.")
              .arg(assessmentSize)
              .arg(assessmentSize - 1));

    // A non-JSON entry may be larger, but is not read whole into memory.
    limits.maxJsonBytes = assessmentSize;
    auto reader = PackageReader::open(path, limits);
    REQUIRE_OK(reader);
    const auto read = (*reader)->readVerified(photo);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("too large to read at once")));
}

TEST_CASE("A changed entry fails its copy, naming the entry, after open passed")
{
    auto opened = PackageReader::open(package(QStringLiteral("bad-checksum.zip")));
    REQUIRE_OK(opened);
    PackageReader& reader = **opened;
    QBuffer good;
    good.open(QIODevice::WriteOnly);
    REQUIRE_OK(reader.copyVerified(QStringLiteral("evidence/000001-名单.pdf"), good));
    QBuffer bad;
    bad.open(QIODevice::WriteOnly);
    const Status status = reader.copyVerified(QStringLiteral("evidence/000002-photo (1).jpg"), bad);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::UserInput);
    CHECK(status.error().message ==
          QStringLiteral("bad-checksum.zip: evidence/000002-photo (1).jpg: the SHA-256 of the "
                         "entry does not match manifest.json; the file was changed or damaged."));
}

TEST_CASE("An entry read as a device ends only when it checked out")
{
    auto valid = PackageReader::open(package(QStringLiteral("valid-submission.zip")));
    REQUIRE_OK(valid);
    const QString photo = QStringLiteral("evidence/000002-photo (1).jpg");
    auto good = (*valid)->openVerified(photo);
    REQUIRE_OK(good);
    QByteArray bytes;
    while (!(*good)->atEnd()) {
        const QByteArray piece = (*good)->read(1000);
        REQUIRE_FALSE(piece.isEmpty());
        bytes += piece;
    }
    CHECK(bytes.size() == (*valid)->find(photo)->size);
    CHECK(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() ==
          (*valid)->find(photo)->sha256.toLatin1());

    auto changed = PackageReader::open(package(QStringLiteral("bad-checksum.zip")));
    REQUIRE_OK(changed);
    auto bad = (*changed)->openVerified(photo);
    REQUIRE_OK(bad);
    QByteArray partial;
    for (QByteArray piece; !(piece = (*bad)->read(1000)).isEmpty();)
        partial += piece;
    // The last piece, which completes the entry, is held back: the hash is wrong.
    CHECK(partial.size() == 4000);
    CHECK_FALSE((*bad)->atEnd());
    CHECK((*bad)->errorString() ==
          QStringLiteral("bad-checksum.zip: evidence/000002-photo (1).jpg: the SHA-256 of the "
                         "entry does not match manifest.json; the file was changed or damaged."));
    CHECK((*bad)->read(1000).isEmpty());
    CHECK_FALSE((*changed)->openVerified(QStringLiteral("evidence/000099-x.pdf")).ok());
}

TEST_CASE("Evidence pulled from a package is stored only when it checks out")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    const QString photo = QStringLiteral("evidence/000002-photo (1).jpg");
    Evidence info;
    info.requirementCode = QStringLiteral("B2");
    info.name = QStringLiteral("photo (1).jpg");

    auto changed = PackageReader::open(package(QStringLiteral("bad-checksum.zip")));
    REQUIRE_OK(changed);
    auto bad = (*changed)->openVerified(photo);
    REQUIRE_OK(bad);
    const auto refused = doc->evidence().add(assessment, info, **bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("bad-checksum.zip: evidence/000002-photo (1).jpg: the SHA-256")));
    auto none = doc->evidence().list(assessment);
    REQUIRE_OK(none);
    CHECK(none->isEmpty());

    auto valid = PackageReader::open(package(QStringLiteral("valid-submission.zip")));
    REQUIRE_OK(valid);
    auto good = (*valid)->openVerified(photo);
    REQUIRE_OK(good);
    const auto id = doc->evidence().add(assessment, info, **good);
    REQUIRE_OK(id);
    const auto stored = doc->evidence().get(*id);
    REQUIRE_OK(stored);
    CHECK(stored->sha256 == (*valid)->find(photo)->sha256);
    CHECK(stored->size == (*valid)->find(photo)->size);
}

TEST_CASE("A lying entry stops one byte past its declared size")
{
    auto opened = PackageReader::open(package(QStringLiteral("bomb-lying-size.zip")));
    REQUIRE_OK(opened);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    const Status status =
        (*opened)->copyVerified(QStringLiteral("evidence/000003-zeros.bin"), sink);
    REQUIRE_FALSE(status.ok());
    // 64 MiB inside, 1000 declared: nothing past the declared size reaches the sink.
    CHECK(sink.data().size() == 0);
    CHECK(status.error().message.contains(QStringLiteral("more bytes than the 1000 declared")));
}

TEST_CASE("Cancelling a copy stops it with a message")
{
    auto opened = PackageReader::open(package(QStringLiteral("valid-submission.zip")));
    REQUIRE_OK(opened);
    std::atomic_bool cancel{true};
    const Status status = (*opened)->verifyAll({}, &cancel);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message == QStringLiteral("valid-submission.zip: cancelled."));
}

TEST_CASE("A file that is missing or a folder is refused")
{
    TempDocument document;
    const auto missing = PackageReader::open(document.dir() + QStringLiteral("/none.zip"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(QStringLiteral("none.zip: cannot open")));
    CHECK_FALSE(PackageReader::open(document.dir()).ok());
}

TEST_CASE("Entry names follow the package rules")
{
    const QByteArray good[] = {"manifest.json", "evidence/000012-名单.pdf",
                               "evidence/000001-photo (1).jpg", "evidence/000002-a..b.pdf",
                               "evidence/000003-.hidden"};
    for (const QByteArray& name : good) {
        INFO(name.toStdString());
        CHECK(EntryName::problem(name).isEmpty());
    }
    CHECK(EntryName::problem("evidence/", true).isEmpty());
    CHECK(EntryName::problem("evidence/", false).contains(QStringLiteral("empty segment")));

    const std::pair<QByteArray, const char*> bad[] = {
        {"", "is empty"},
        {QByteArray(256, 'a'), "longer than 255 bytes"},
        {QByteArray(255, 'a'), ""},
        {"a\xff", "not valid UTF-8"},
        {"\xef\xbb\xbf"
         "a",
         "not valid UTF-8"},                 // a byte order mark a decoder drops
        {"\xc0\xaf", "not valid UTF-8"},     // overlong "/"
        {"\xed\xa0\x80", "not valid UTF-8"}, // an encoded surrogate
        {"a\tb", "(U+0009)"},
        {"a\x7f", "(U+007F)"},
        {"a\xc2\x85", "(U+0085)"}, // NEL, a C1 control
        {"a\xe2\x80\x8b"
         "b",
         "(U+200B)"},                  // zero-width space
        {"a\xe2\x80\xa8", "(U+2028)"}, // line separator
        {"a\xef\xbf\xbe", "(U+FFFE)"}, // non-character
        {"/a", "absolute path"},
        {"c:/a", "drive letter"},
        {"C:", "drive letter"},
        {"a\\b", "backslash"},
        {"a/b:c", "\":\""},
        {"a?", "\"?\""},
        {"a//b", "empty segment"},
        {"a/", "empty segment"},
        {"..", "\"..\" segment"},
        {"a/../b", "\"..\" segment"},
        {"./a", "\".\" segment"},
    };
    for (const auto& [name, fragment] : bad) {
        INFO(name.toHex().toStdString());
        const QString problem = EntryName::problem(name);
        if (*fragment == 0)
            CHECK(problem.isEmpty());
        else
            CHECK(problem.contains(QLatin1String(fragment)));
    }
}

TEST_CASE("Entry names are shown safely in messages")
{
    CHECK(EntryName::printable("evidence/名单.pdf") == QStringLiteral("evidence/名单.pdf"));
    CHECK(EntryName::printable("a\xff\x01z") == QStringLiteral("a\\xFF\\x01z"));
    CHECK(EntryName::printable("a\xe2\x80\xae"
                               "fdp.exe") == QStringLiteral("a<U+202E>fdp.exe"));
    CHECK(EntryName::printable("a\nb") == QStringLiteral("a<U+000A>b"));
    const QString longName = EntryName::printable(QByteArray(500, 'x'));
    CHECK(longName.size() == 121);
    CHECK(EntryName::comparisonKey(QStringLiteral("cafe\u0301")) == QStringLiteral("caf\u00e9"));
}

namespace {

QJsonObject validManifest()
{
    QJsonArray content{QJsonObject{{QStringLiteral("name"), QStringLiteral("assessment.json")},
                                   {QStringLiteral("size"), 12},
                                   {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}};
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("duibiao-package")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("kind"), QStringLiteral("team")},
        {QStringLiteral("created"), QStringLiteral("2020-10-15T09:00:00+08:00")},
        {QStringLiteral("app"), QStringLiteral("Duibiao 0.3.0")},
        {QStringLiteral("documentId"), QStringLiteral("0123456789ABCDEF0123456789abcdef")},
        {QStringLiteral("institution"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("示例大学")},
                     {QStringLiteral("committee"), QString()},
                     {QStringLiteral("region"), QString()}}},
        {QStringLiteral("assessment"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("自评")},
                     {QStringLiteral("year"), 2020},
                     {QStringLiteral("frameworkCode"), QStringLiteral("jiangsu-ggw-2019")},
                     {QStringLiteral("frameworkVersion"), QStringLiteral("2019.1")}}},
        {QStringLiteral("fingerprint"), ManifestReader::fingerprintOf(content)},
        {QStringLiteral("content"), content}};
}

Result<CheckedManifest> parse(const QJsonObject& manifest)
{
    return ManifestReader::parse(QJsonDocument(manifest).toJson(), QStringLiteral("p.zip"), {});
}

QString problemWith(const QString& key, const QJsonValue& value)
{
    QJsonObject manifest = validManifest();
    manifest.insert(key, value);
    const auto result = parse(manifest);
    return result.ok() ? QString() : result.error().message;
}

} // namespace

TEST_CASE("The manifest is parsed strictly")
{
    const auto parsed = parse(validManifest());
    REQUIRE_OK(parsed);
    CHECK(parsed->kind == CheckedManifest::Kind::Team);
    CHECK(parsed->reports.isEmpty()); // "reports" may be left out
    CHECK(parsed->content.at(0).size == 12);

    CHECK(problemWith(QStringLiteral("formatVersion"), 1.5)
              .contains(QStringLiteral("formatVersion")));
    CHECK(problemWith(QStringLiteral("formatVersion"), QStringLiteral("1"))
              .contains(QStringLiteral("formatVersion")));
    CHECK(problemWith(QStringLiteral("formatVersion"), 7) ==
          QStringLiteral("p.zip: made by a newer version of Duibiao (package format 7; this "
                         "version reads 1). Update Duibiao to open it."));
    CHECK(problemWith(QStringLiteral("created"), QStringLiteral("2020-10-15T09:00:00"))
              .contains(QStringLiteral("created must be an ISO 8601 date and time with its UTC "
                                       "offset")));
    CHECK(problemWith(QStringLiteral("documentId"), QStringLiteral("0123"))
              .contains(QStringLiteral("documentId must be 32 hexadecimal digits")));
    CHECK(problemWith(QStringLiteral("institution"), QJsonObject{})
              .contains(QStringLiteral("institution.name is missing")));
    CHECK(problemWith(QStringLiteral("assessment"), QJsonArray{})
              .contains(QStringLiteral("assessment must be an object")));
    CHECK(problemWith(QStringLiteral("reports"), QJsonObject{})
              .contains(QStringLiteral("reports must be an array")));
    CHECK(problemWith(QStringLiteral("signature"), QString())
              .contains(QStringLiteral("signature is not a field of package format 1")));
    CHECK(problemWith(QStringLiteral("content"), QJsonArray{1})
              .contains(QStringLiteral("content[0] must be an object")));

    QJsonObject assessment = validManifest().value(QLatin1String("assessment")).toObject();
    assessment.insert(QStringLiteral("year"), 20200);
    CHECK(
        problemWith(QStringLiteral("assessment"), assessment)
            .contains(QStringLiteral("assessment.year must be a whole number from 1900 to 2200")));

    // Sizes beyond what a double holds exactly are refused rather than rounded.
    QJsonObject manifest = validManifest();
    QJsonArray content{QJsonObject{{QStringLiteral("name"), QStringLiteral("assessment.json")},
                                   {QStringLiteral("size"), 1e300},
                                   {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}};
    manifest.insert(QStringLiteral("content"), content);
    manifest.insert(QStringLiteral("fingerprint"), ManifestReader::fingerprintOf(content));
    const auto huge = parse(manifest);
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("content[0].size must be a whole number")));

    const auto tooMany =
        ManifestReader::parse(QJsonDocument(validManifest()).toJson(), QStringLiteral("p.zip"),
                              PackageLimits{.maxEntries = 0});
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message ==
          QStringLiteral("p.zip: manifest.json: lists more than 0 entries."));

    const auto keyTooLong = ManifestReader::parse(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("duibiao-package")},
                                  {QStringLiteral("formatVersion"), 1},
                                  {QString(300, QLatin1Char('k')), 1}})
            .toJson(),
        QStringLiteral("p.zip"), PackageLimits{.maxJsonStringBytes = 100});
    REQUIRE_FALSE(keyTooLong.ok());
    CHECK(ManifestReader::firstOverlongString(
              QJsonObject{
                  {QStringLiteral("a"),
                   QJsonArray{QStringLiteral("short"),
                              QJsonObject{{QStringLiteral("b"), QString(11, QLatin1Char('x'))}}}}},
              10) == QStringLiteral("a[1].b"));
    CHECK(ManifestReader::firstOverlongString(QStringLiteral("十二个字节"), 12) ==
          QStringLiteral("(top)"));
    CHECK(ManifestReader::firstOverlongString(QStringLiteral("十二个字"), 12).isEmpty());
    CHECK(keyTooLong.error().message.contains(
        QStringLiteral("holds a string longer than 100 bytes")));
}
