#include "exchange/package/PackageReader.h"

#include "exchange/package/EntryName.h"
#include "exchange/package/ManifestReader.h"
#include "exchange/package/VerifiedEntryDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <sys/stat.h>
#include <zip.h>

namespace duibiao {

namespace {

const QString manifestName = QStringLiteral("manifest.json");
const QString assessmentName = QStringLiteral("assessment.json");

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// The entries package format 1 has: nothing else rides along in a package a panel may
// unpack, and evidence files sit directly in evidence/ under their numbered names.
bool isKnownEntry(const QString& name, bool inReports)
{
    if (inReports)
        return name == QLatin1String("report.pdf") || name == QLatin1String("report.odt");
    static const QRegularExpression evidence(QStringLiteral("^evidence/[0-9]{6}-[^/.][^/]*$"));
    return name == assessmentName || name == QLatin1String("scores.xlsx") ||
           evidence.match(name).hasMatch();
}

bool isJsonEntry(const QString& name)
{
    return name.endsWith(QLatin1String(".json"));
}

} // namespace

PackageReader::PackageReader(QString path, const PackageLimits& limits)
    : m_path(std::move(path)), m_packageName(QFileInfo(m_path).fileName()), m_limits(limits)
{}

PackageReader::~PackageReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<PackageReader>> PackageReader::open(const QString& path,
                                                           const PackageLimits& limits)
{
    std::unique_ptr<PackageReader> reader(new PackageReader(path, limits));
    for (Status (PackageReader::*step)() :
         {&PackageReader::openArchive, &PackageReader::checkDirectory, &PackageReader::readManifest,
          &PackageReader::checkListing}) {
        if (Status status = (reader.get()->*step)(); !status)
            return status.error();
    }
    return reader;
}

Error PackageReader::refuse(const QString& entry, const QString& problem) const
{
    return Error::user(QStringLiteral("%1: %2: %3").arg(m_packageName, entry, problem));
}

Status PackageReader::openArchive()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::user(QCoreApplication::translate("PackageReader", "%1: cannot open (%2).")
                               .arg(m_packageName, file.errorString()));
    if (file.size() == 0)
        return Error::user(
            QCoreApplication::translate("PackageReader",
                                        "%1: the file is empty; it is not a review package.")
                .arg(m_packageName));
    // A local file header or, for an archive without entries, the end record.
    const QByteArray magic = file.read(4);
    file.close();
    if (magic != QByteArrayLiteral("PK\x03\x04") && magic != QByteArrayLiteral("PK\x05\x06"))
        return Error::user(QCoreApplication::translate("PackageReader",
                                                       "%1: not a review package (not a ZIP file).")
                               .arg(m_packageName));

    int code = ZIP_ER_OK;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_zip)
        return {};
    switch (code) {
    case ZIP_ER_EXISTS:
        return refuse(duplicateName(),
                      QCoreApplication::translate("PackageReader",
                                                  "the ZIP holds this name more than once."));
    case ZIP_ER_NOZIP:
    case ZIP_ER_EOF:
        return Error::user(QCoreApplication::translate(
                               "PackageReader", "%1: the ZIP file is truncated or damaged (%2).")
                               .arg(m_packageName, zipErrorText(code)));
    case ZIP_ER_INCONS:
        return Error::user(QCoreApplication::translate(
                               "PackageReader",
                               "%1: the ZIP file is damaged: its directory and its entries "
                               "disagree.")
                               .arg(m_packageName));
    case ZIP_ER_MEMORY:
        return Error::internal(
            QCoreApplication::translate("PackageReader", "%1: out of memory opening the ZIP file.")
                .arg(m_packageName));
    default:
        return Error::user(
            QCoreApplication::translate("PackageReader", "%1: cannot read the ZIP file (%2).")
                .arg(m_packageName, zipErrorText(code)));
    }
}

// libzip refuses duplicate names under ZIP_CHECKCONS without saying which; opened again
// without the check (only to read names), the directory shows both.
QString PackageReader::duplicateName() const
{
    int code = ZIP_ER_OK;
    zip_t* zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    if (!zip)
        return QCoreApplication::translate("PackageReader", "(an entry)");
    QSet<QByteArray> seen;
    QString found = QCoreApplication::translate("PackageReader", "(an entry)");
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(zip, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (!name)
            continue;
        const QByteArray raw(name);
        if (seen.contains(raw)) {
            found = EntryName::printable(raw);
            break;
        }
        seen.insert(raw);
    }
    zip_discard(zip);
    return found;
}

Status PackageReader::checkDirectory()
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > m_limits.maxEntries)
        return Error::user(
            QCoreApplication::translate("PackageReader",
                                        "%1: the package holds %2 entries; at most %3 are allowed.")
                .arg(m_packageName)
                .arg(count)
                .arg(m_limits.maxEntries));
    QSet<QByteArray> names;
    QHash<QString, QByteArray> normalised;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(i), ZIP_FL_ENC_RAW, &stat) != 0 || !stat.name)
            return Error::user(QCoreApplication::translate(
                                   "PackageReader", "%1: entry %2 of the ZIP cannot be read (%3).")
                                   .arg(m_packageName)
                                   .arg(i + 1)
                                   .arg(QString::fromLocal8Bit(zip_strerror(m_zip))));
        const zip_uint64_t needed = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE |
                                    ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD;
        const QByteArray raw(stat.name);
        const QString shown = EntryName::printable(raw);
        if ((stat.valid & needed) != needed)
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the ZIP directory does not describe the entry fully."));
        const bool folder = raw.endsWith('/');
        if (const QString problem = EntryName::problem(raw, folder); !problem.isEmpty())
            return refuse(shown, problem + QLatin1Char('.'));
        if (names.contains(raw))
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader", "the ZIP holds this name more than once."));
        names.insert(raw);
        const QString name = QString::fromUtf8(raw);
        const QString key = EntryName::comparisonKey(name);
        if (normalised.contains(key))
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the ZIP holds this name more than once (also as %1, which "
                                     "differs only in Unicode normalisation).")
                                     .arg(EntryName::printable(normalised.value(key))));
        normalised.insert(key, raw);

        if (stat.encryption_method != ZIP_EM_NONE)
            return refuse(
                shown, QCoreApplication::translate(
                           "PackageReader", "the entry is encrypted; review packages never are."));
        if (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the entry uses compression method %1; only stored and "
                                     "deflated entries are read.")
                                     .arg(stat.comp_method));
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(m_zip, zip_uint64_t(i), 0, &system, &attributes) ==
                0 &&
            system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK)
            return refuse(shown, QCoreApplication::translate("PackageReader",
                                                             "the entry is a symbolic link."));
        if (folder) {
            if (stat.size != 0 || stat.comp_size > 2)
                return refuse(shown, QCoreApplication::translate("PackageReader",
                                                                 "the folder entry holds data."));
            continue;
        }
        if (stat.comp_method == ZIP_CM_STORE && stat.comp_size != stat.size)
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the ZIP directory gives the stored entry two different "
                                     "sizes."));
        if (stat.size > zip_uint64_t(m_limits.maxEntryBytes))
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the entry unpacks to %1 bytes; at most %2 are allowed.")
                                     .arg(stat.size)
                                     .arg(m_limits.maxEntryBytes));
        const auto size = qint64(stat.size);
        total += size;
        if (total > m_limits.maxTotalBytes)
            return Error::user(QCoreApplication::translate(
                                   "PackageReader",
                                   "%1: the package unpacks to more than %2 bytes in total; it "
                                   "is refused.")
                                   .arg(m_packageName)
                                   .arg(m_limits.maxTotalBytes));
        // Division, not multiplication: a forged packed size cannot overflow it.
        if (size > m_limits.ratioCheckAboveBytes &&
            (stat.comp_size == 0 ||
             stat.size / stat.comp_size >= zip_uint64_t(m_limits.maxCompressionRatio)))
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the entry is compressed more than %1:1 (%2 bytes from %3); "
                                     "it may be a ZIP bomb.")
                                     .arg(m_limits.maxCompressionRatio)
                                     .arg(stat.size)
                                     .arg(stat.comp_size));
        m_directory.insert(name, {zip_uint64_t(i), size});
        m_directoryOrder.append(name);
    }
    return {};
}

Status PackageReader::readManifest()
{
    const auto it = m_directory.constFind(manifestName);
    if (it == m_directory.constEnd())
        return Error::user(
            QCoreApplication::translate(
                "PackageReader", "%1: not a Duibiao review package (it has no manifest.json).")
                .arg(m_packageName));
    if (it->size > m_limits.maxManifestBytes)
        return refuse(manifestName,
                      QCoreApplication::translate(
                          "PackageReader", "the JSON entry unpacks to %1 bytes; at most %2 are "
                                           "allowed.")
                          .arg(it->size)
                          .arg(m_limits.maxManifestBytes));
    ReadTarget target;
    target.keep = &m_manifestJson;
    target.total = it->size;
    if (Status status = read(manifestName, *it, it->size, QByteArray(), target); !status)
        return status;
    Result<CheckedManifest> manifest =
        ManifestReader::parse(m_manifestJson, m_packageName, m_limits);
    if (!manifest)
        return manifest.error();
    m_manifest = std::move(manifest).value();
    return {};
}

Status PackageReader::checkListing()
{
    m_entries = m_manifest.content + m_manifest.reports;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ListedEntry& entry = m_entries.at(i);
        const QByteArray raw = entry.name.toUtf8();
        const QString shown = EntryName::printable(raw);
        if (const QString problem = EntryName::problem(raw); !problem.isEmpty())
            return refuse(manifestName,
                          QCoreApplication::translate("PackageReader", "lists %1, but %2.")
                              .arg(shown, problem));
        if (entry.name == manifestName)
            return refuse(manifestName,
                          QCoreApplication::translate("PackageReader", "lists itself."));
        const bool isReport = i >= m_manifest.content.size();
        if (!isKnownEntry(entry.name, isReport))
            return refuse(
                shown,
                isReport ? QCoreApplication::translate(
                               "PackageReader", "the entry is listed among the reports, which hold "
                                                "only report.pdf and report.odt.")
                         : QCoreApplication::translate("PackageReader",
                                                       "the entry is not part of package format 1 "
                                                       "(assessment.json, scores.xlsx, "
                                                       "evidence/NNNNNN-name)."));
        if (m_listed.contains(entry.name))
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the entry is listed more than once in manifest.json."));
        m_listed.insert(entry.name, i);
        const auto found = m_directory.constFind(entry.name);
        if (found == m_directory.constEnd())
            return refuse(shown, QCoreApplication::translate(
                                     "PackageReader",
                                     "the entry is listed in manifest.json but missing from "
                                     "the ZIP."));
        if (found->size != entry.size)
            return refuse(
                shown, QCoreApplication::translate(
                           "PackageReader", "manifest.json gives %1 bytes, the ZIP directory %2.")
                           .arg(entry.size)
                           .arg(found->size));
        if (isJsonEntry(entry.name) && entry.size > m_limits.maxJsonBytes)
            return refuse(shown,
                          QCoreApplication::translate(
                              "PackageReader", "the JSON entry unpacks to %1 bytes; at most %2 are "
                                               "allowed.")
                              .arg(entry.size)
                              .arg(m_limits.maxJsonBytes));
        const bool isEvidence = entry.name.startsWith(QLatin1String("evidence/"));
        using Kind = CheckedManifest::Kind;
        if ((m_manifest.kind == Kind::Team &&
             (isReport || entry.name == QLatin1String("scores.xlsx"))) ||
            (m_manifest.kind == Kind::Opinions && (isReport || isEvidence)))
            return refuse(
                shown,
                m_manifest.kind == Kind::Team
                    ? QCoreApplication::translate(
                          "PackageReader", "a team package carries no reports or score sheet.")
                    : QCoreApplication::translate(
                          "PackageReader", "an opinions package carries no reports or evidence."));
    }
    if (!m_listed.contains(assessmentName) ||
        m_listed.value(assessmentName) >= m_manifest.content.size())
        return refuse(assessmentName,
                      QCoreApplication::translate(
                          "PackageReader", "the package does not list assessment.json in its "
                                           "content."));
    // In directory order, so that of several unlisted entries the message names the first.
    for (const QString& name : m_directoryOrder) {
        if (name != manifestName && !m_listed.contains(name))
            return refuse(EntryName::printable(name.toUtf8()),
                          QCoreApplication::translate("PackageReader",
                                                      "the entry is not listed in manifest.json."));
    }
    return {};
}

const ListedEntry* PackageReader::find(const QString& name) const
{
    const auto it = m_listed.constFind(name);
    return it == m_listed.constEnd() ? nullptr : &m_entries.at(*it);
}

qint64 PackageReader::totalBytes() const
{
    qint64 total = 0;
    for (const ListedEntry& entry : m_entries)
        total += entry.size;
    return total;
}

Result<std::unique_ptr<VerifiedEntryDevice>> PackageReader::openEntry(const QString& name,
                                                                      const DirectoryEntry& entry,
                                                                      qint64 declared,
                                                                      const QByteArray& sha256)
{
    const QString shown = EntryName::printable(name.toUtf8());
    zip_file_t* file = zip_fopen_index(m_zip, entry.index, 0);
    if (!file)
        return refuse(shown, QCoreApplication::translate("PackageReader",
                                                         "the entry cannot be unpacked (%1).")
                                 .arg(QString::fromLocal8Bit(zip_strerror(m_zip))));
    auto device =
        std::make_unique<VerifiedEntryDevice>(file, m_packageName, shown, declared, sha256);
    if (!device->open(QIODevice::ReadOnly))
        return device->failure() ? *device->failure() : Error::internal(device->errorString());
    return device;
}

Status PackageReader::read(const QString& name, const DirectoryEntry& entry, qint64 declared,
                           const QByteArray& sha256, const ReadTarget& target)
{
    auto opened = openEntry(name, entry, declared, sha256);
    if (!opened)
        return opened.error();
    VerifiedEntryDevice& device = **opened;
    QByteArray piece(qsizetype(qBound<qint64>(1, declared, pieceBytes)), Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(piece.data(), piece.size());
        if (n < 0)
            return device.failure() ? *device.failure() : Error::internal(device.errorString());
        if (n == 0)
            break;
        const QByteArrayView bytes(piece.constData(), qsizetype(n));
        if (target.keep)
            target.keep->append(bytes);
        if (target.sink && target.sink->write(bytes.data(), bytes.size()) != bytes.size())
            return Error::internal(
                QCoreApplication::translate("PackageReader", "%1: %2: cannot write the entry (%3).")
                    .arg(m_packageName, EntryName::printable(name.toUtf8()),
                         target.sink->errorString()));
        if (target.progress && *target.progress)
            (*target.progress)(target.doneBefore + device.pos(), target.total);
        if (target.cancel && target.cancel->load())
            return Error::user(
                QCoreApplication::translate("PackageReader", "%1: cancelled.").arg(m_packageName));
    }
    // Read returns 0 at the declared size only after the device checked the end and hash.
    if (!device.atEnd())
        return Error::internal(QStringLiteral("%1: %2: the entry was not read to its end.")
                                   .arg(m_packageName, EntryName::printable(name.toUtf8())));
    return {};
}

Status PackageReader::readListed(const ListedEntry& listed, const ReadTarget& target)
{
    return read(listed.name, m_directory.value(listed.name), listed.size, listed.sha256.toLatin1(),
                target);
}

Result<std::unique_ptr<VerifiedEntryDevice>> PackageReader::openVerified(const QString& name)
{
    const ListedEntry* listed = find(name);
    if (!listed)
        return refuse(
            EntryName::printable(name.toUtf8()),
            QCoreApplication::translate("PackageReader", "the package does not list this entry."));
    return openEntry(listed->name, m_directory.value(listed->name), listed->size,
                     listed->sha256.toLatin1());
}

Result<QByteArray> PackageReader::readVerified(const QString& name)
{
    const ListedEntry* listed = find(name);
    if (!listed)
        return refuse(
            EntryName::printable(name.toUtf8()),
            QCoreApplication::translate("PackageReader", "the package does not list this entry."));
    if (listed->size > m_limits.maxJsonBytes)
        return refuse(EntryName::printable(name.toUtf8()),
                      QCoreApplication::translate("PackageReader",
                                                  "the entry is larger than %1 bytes, too large "
                                                  "to read at once.")
                          .arg(m_limits.maxJsonBytes));
    QByteArray bytes;
    ReadTarget target;
    target.keep = &bytes;
    target.total = listed->size;
    if (Status status = readListed(*listed, target); !status)
        return status.error();
    return bytes;
}

Status PackageReader::copyVerified(const QString& name, QIODevice& sink, const Progress& progress,
                                   const std::atomic_bool* cancel)
{
    const ListedEntry* listed = find(name);
    if (!listed)
        return refuse(
            EntryName::printable(name.toUtf8()),
            QCoreApplication::translate("PackageReader", "the package does not list this entry."));
    ReadTarget target;
    target.sink = &sink;
    target.total = listed->size;
    target.progress = &progress;
    target.cancel = cancel;
    return readListed(*listed, target);
}

Status PackageReader::verifyAll(const Progress& progress, const std::atomic_bool* cancel)
{
    ReadTarget target;
    target.total = totalBytes();
    target.progress = &progress;
    target.cancel = cancel;
    for (const ListedEntry& listed : m_entries) {
        if (Status status = readListed(listed, target); !status)
            return status;
        target.doneBefore += listed.size;
    }
    return {};
}

} // namespace duibiao
