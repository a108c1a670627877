#include "exchange/package/ZipPackageWriter.h"

#include "storage/EvidenceRepository.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <optional>

namespace duibiao {

namespace {

// What both kinds of source below answer alike: their size and time (ZIP_SOURCE_STAT), their
// error, that they are freed by the writer, and which commands they support.
zip_int64_t answerCommonCommand(zip_error_t& error, zip_uint64_t size, time_t mtime, void* data,
                                zip_uint64_t length, zip_source_cmd_t command)
{
    switch (command) {
    case ZIP_SOURCE_STAT: {
        auto* st = static_cast<zip_stat_t*>(data);
        zip_stat_init(st);
        st->size = size;
        st->mtime = mtime;
        st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&error, data, length);
    case ZIP_SOURCE_FREE:
        return 0; // owned by the writer
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

} // namespace

// The state of one evidence file's zip_source_function: reads chunk after chunk from the
// document, hashes and counts on the way, and fails the read that would end the file when
// the bytes differ from what the document recorded.
struct ZipPackageWriter::EvidenceSource
{
    const EvidenceRepository* repository = nullptr;
    Evidence evidence;
    QString entry;
    time_t mtime = 0;
    const std::atomic_bool* cancel = nullptr;

    QByteArray chunk;
    qint64 chunkOffset = 0;
    int nextSeq = 0;
    qint64 delivered = 0;
    std::optional<Sha256> hash;
    zip_error_t error{};
    std::optional<Error> failure; // what went wrong, for the user

    EvidenceSource() { zip_error_init(&error); }
    ~EvidenceSource() { zip_error_fini(&error); }

    zip_int64_t fail(Error why, int code)
    {
        failure = std::move(why);
        zip_error_set(&error, code, 0);
        return -1;
    }

    zip_int64_t damaged(const QString& problem)
    {
        return fail(Error::user(QCoreApplication::translate(
                                    "PackageExporter",
                                    "Evidence file %1 “%2” cannot be exported: %3 The document "
                                    "is damaged; run “duibiao check” on it.")
                                    .arg(evidence.id)
                                    .arg(evidence.name, problem)),
                    ZIP_ER_READ);
    }

    zip_int64_t read(char* data, zip_uint64_t length)
    {
        if (cancel && cancel->load())
            return fail(Error::user(QCoreApplication::translate("PackageExporter",
                                                                "The export was cancelled.")),
                        ZIP_ER_CANCELLED);
        zip_uint64_t copied = 0;
        while (copied < length) {
            if (chunkOffset == chunk.size()) {
                Result<std::optional<QByteArray>> next =
                    repository->readChunk(evidence.id, nextSeq);
                if (!next)
                    return fail(next.error(), ZIP_ER_READ);
                if (!next->has_value())
                    break; // past the last chunk
                ++nextSeq;
                chunk = std::move(**next);
                chunkOffset = 0;
                hash->addData(chunk);
                if (delivered + qint64(copied) + chunk.size() > evidence.size)
                    return damaged(QCoreApplication::translate("PackageExporter",
                                                               "it holds more than its %1 bytes.")
                                       .arg(evidence.size));
            }
            const qint64 take =
                std::min<qint64>(chunk.size() - chunkOffset, qint64(length - copied));
            std::memcpy(data + copied, chunk.constData() + chunkOffset, std::size_t(take));
            chunkOffset += take;
            copied += zip_uint64_t(take);
        }
        delivered += qint64(copied);
        if (copied == 0) {
            // The end: the bytes must be those the document recorded.
            if (delivered != evidence.size)
                return damaged(QCoreApplication::translate("PackageExporter",
                                                           "it holds %1 bytes instead of %2.")
                                   .arg(delivered)
                                   .arg(evidence.size));
            if (hash->hexResult() != evidence.sha256)
                return damaged(QCoreApplication::translate(
                    "PackageExporter", "its bytes no longer match its SHA-256."));
        }
        return zip_int64_t(copied);
    }

    static zip_int64_t callback(void* state, void* data, zip_uint64_t length,
                                zip_source_cmd_t command)
    {
        auto* self = static_cast<EvidenceSource*>(state);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            self->chunk.clear();
            self->chunkOffset = 0;
            self->nextSeq = 0;
            self->delivered = 0;
            self->hash.emplace();
            return 0;
        case ZIP_SOURCE_READ:
            return self->read(static_cast<char*>(data), length);
        case ZIP_SOURCE_CLOSE:
            self->chunk.clear();
            self->hash.reset();
            return 0;
        default:
            return answerCommonCommand(self->error, zip_uint64_t(self->evidence.size), self->mtime,
                                       data, length, command);
        }
    }
};

// The state of a deferred entry's zip_source_function: the bytes are made on the first
// command that needs them (libzip asks for the size and opens the entry only when it
// writes it) and kept until the commit ends.
struct ZipPackageWriter::DeferredSource
{
    Producer make;
    time_t mtime = 0;
    std::optional<QByteArray> bytes;
    qint64 offset = 0;
    zip_error_t error{};
    std::optional<Error> failure;

    DeferredSource() { zip_error_init(&error); }
    ~DeferredSource() { zip_error_fini(&error); }

    bool ready()
    {
        if (bytes)
            return true;
        if (failure)
            return false;
        Result<QByteArray> made = make();
        if (!made) {
            failure = made.error();
            zip_error_set(&error, ZIP_ER_READ, 0);
            return false;
        }
        bytes = std::move(*made);
        return true;
    }

    static zip_int64_t callback(void* state, void* data, zip_uint64_t length,
                                zip_source_cmd_t command)
    {
        auto* self = static_cast<DeferredSource*>(state);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            if (!self->ready())
                return -1;
            self->offset = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            const qint64 take =
                std::min<qint64>(self->bytes->size() - self->offset, qint64(length));
            std::memcpy(data, self->bytes->constData() + self->offset, std::size_t(take));
            self->offset += take;
            return zip_int64_t(take);
        }
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_STAT:
            if (!self->ready())
                return -1;
            [[fallthrough]];
        default:
            return answerCommonCommand(self->error,
                                       self->bytes ? zip_uint64_t(self->bytes->size()) : 0,
                                       self->mtime, data, length, command);
        }
    }
};

namespace {

struct CommitState
{
    const ZipPackageWriter::Progress* progress = nullptr;
    const std::atomic_bool* cancel = nullptr;
    qint64 total = 0;
};

void progressCallback(zip_t*, double fraction, void* state)
{
    auto* s = static_cast<CommitState*>(state);
    if (s->progress && *s->progress)
        (*s->progress)(qint64(fraction * double(s->total)), s->total);
}

int cancelCallback(zip_t*, void* state)
{
    auto* s = static_cast<CommitState*>(state);
    return s->cancel && s->cancel->load() ? 1 : 0;
}

QString cancelledMessage()
{
    return QCoreApplication::translate("PackageExporter", "The export was cancelled.");
}

} // namespace

ZipPackageWriter::ZipPackageWriter() = default;

ZipPackageWriter::~ZipPackageWriter()
{
    discard();
}

Error ZipPackageWriter::zipError(const QString& what) const
{
    const char* text = m_zip ? zip_strerror(m_zip) : "";
    return Error::user(
        QCoreApplication::translate("PackageExporter", "Writing the package “%1” failed (%2): %3")
            .arg(m_path, what, QString::fromLocal8Bit(text)));
}

Status ZipPackageWriter::open(const QString& path, const QDateTime& modified)
{
    discard();
    m_path = path;
    m_modified = modified;
    m_totalBytes = 0;
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return Error::user(QCoreApplication::translate("PackageExporter",
                                                       "“%1” is not a file; choose another "
                                                       "name for the package.")
                               .arg(path));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::user(
            QCoreApplication::translate("PackageExporter", "The folder of “%1” does not exist.")
                .arg(path));
    int code = 0;
    // ZIP_TRUNCATE: an existing file is replaced, but only by zip_close()'s rename.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error::user(
            QCoreApplication::translate("PackageExporter", "The package “%1” cannot be written: %2")
                .arg(path, text));
    }
    return {};
}

Status ZipPackageWriter::addSource(const QString& name, zip_source_t* source, bool deflate)
{
    if (!source)
        return zipError(name);
    const zip_int64_t index =
        zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return zipError(name);
    }
    const auto at = zip_uint64_t(index);
    // zlib's default level 6: libzip's own default, 9, takes twice the time for JSON and
    // saves almost nothing.
    if (zip_set_file_compression(m_zip, at, deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 deflate ? 6 : 0) < 0 ||
        zip_file_set_mtime(m_zip, at, time_t(m_modified.toSecsSinceEpoch()), 0) < 0)
        return zipError(name);
    return {};
}

Status ZipPackageWriter::addBytes(const QString& name, const QByteArray& bytes)
{
    // libzip copies the buffer (freep = 0 would keep a pointer): the copy is the JSON only.
    void* copy = std::malloc(std::size_t(std::max<qsizetype>(bytes.size(), 1)));
    if (!copy)
        return Error::internal(QStringLiteral("Out of memory for %1.").arg(name));
    std::memcpy(copy, bytes.constData(), std::size_t(bytes.size()));
    zip_source_t* source = zip_source_buffer(m_zip, copy, zip_uint64_t(bytes.size()), 1);
    if (!source)
        std::free(copy);
    m_totalBytes += bytes.size();
    return addSource(name, source, true);
}

Status ZipPackageWriter::addFile(const QString& name, const QString& path)
{
    m_totalBytes += QFileInfo(path).size();
    return addSource(name, zip_source_file(m_zip, QFile::encodeName(path).constData(), 0, -1),
                     false);
}

Status ZipPackageWriter::addEvidence(const QString& name, const Evidence& evidence,
                                     const EvidenceRepository& repository)
{
    auto source = std::make_unique<EvidenceSource>();
    source->repository = &repository;
    source->evidence = evidence;
    source->entry = name;
    source->mtime = time_t(m_modified.toSecsSinceEpoch());
    zip_source_t* zipSource = zip_source_function(m_zip, &EvidenceSource::callback, source.get());
    m_sources.push_back(std::move(source));
    m_totalBytes += evidence.size;
    return addSource(name, zipSource, false);
}

Status ZipPackageWriter::addDeferred(const QString& name, Producer make, bool deflate)
{
    auto source = std::make_unique<DeferredSource>();
    source->make = std::move(make);
    source->mtime = time_t(m_modified.toSecsSinceEpoch());
    zip_source_t* zipSource = zip_source_function(m_zip, &DeferredSource::callback, source.get());
    m_deferred.push_back(std::move(source));
    return addSource(name, zipSource, deflate);
}

Status ZipPackageWriter::commit(const Progress& progress, const std::atomic_bool* cancel)
{
    if (!m_zip)
        return Error::internal(QStringLiteral("commit() without open()."));
    CommitState state{&progress, cancel, m_totalBytes};
    for (auto& source : m_sources)
        source->cancel = cancel;
    zip_register_progress_callback_with_state(m_zip, 0.001, progressCallback, nullptr, &state);
    zip_register_cancel_callback_with_state(m_zip, cancelCallback, nullptr, &state);
    if (zip_close(m_zip) == 0) {
        m_zip = nullptr;
        m_sources.clear();
        m_deferred.clear();
        if (progress)
            progress(m_totalBytes, m_totalBytes);
        return {};
    }
    // The first failure of our own sources says more than libzip's "read error".
    std::optional<Error> why;
    for (const auto& source : m_sources) {
        if (source->failure) {
            why = source->failure;
            break;
        }
    }
    for (const auto& source : m_deferred) {
        if (!why && source->failure)
            why = source->failure;
    }
    if (!why && cancel && cancel->load())
        why = Error::user(cancelledMessage());
    if (!why)
        why = zipError(QCoreApplication::translate("PackageExporter", "closing"));
    discard();
    return *why;
}

void ZipPackageWriter::discard()
{
    if (m_zip) {
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    m_sources.clear();
    m_deferred.clear();
}

} // namespace duibiao
