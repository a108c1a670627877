// Evidence files inside the document: streamed in chunks, hashed, capped, typed by
// content, renamed and removed with an audit entry, and damage detected on the way out.

#include "TestSupport.h"

#include "analysis/AnalysisInput.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace duibiao;
using namespace duibiao::test;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("an evidence file larger than a chunk goes in and comes out whole")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    const QByteArray bytes = randomBytes(EvidenceRepository::chunkSize * 3 + 12345, 7);
    const QString file = QDir(doc.dir()).filePath(QStringLiteral("会议纪要.pdf"));
    writeFile(file, QByteArray("%PDF-1.4\n") + bytes);

    auto id = doc->evidence().addFile(assessment, QStringLiteral("L2"), file,
                                      QStringLiteral("党委会议纪要"));
    REQUIRE_OK(id);
    auto info = doc->evidence().get(*id);
    REQUIRE_OK(info);
    CHECK(info->name == QStringLiteral("会议纪要.pdf"));
    CHECK(info->requirementCode == QStringLiteral("L2"));
    CHECK(info->expectedItem == QStringLiteral("党委会议纪要"));
    CHECK(info->size == bytes.size() + 9);
    CHECK(info->sha256 == sha256OfFile(file));
    CHECK(info->mimeType == QStringLiteral("application/pdf"));
    CHECK(info->addedBy == QStringLiteral("tester"));

    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    REQUIRE_OK(doc->evidence().writeTo(*id, sink));
    CHECK(out == readFile(file));

    // Stored in chunks of at most chunkSize.
    QSqlQuery query(doc->context().db.connection());
    REQUIRE(query.exec(
        QStringLiteral(
            "SELECT count(*), max(length(data)) FROM evidence_chunks WHERE evidence_id = %1")
            .arg(*id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 4);
    CHECK(query.value(1).toLongLong() == EvidenceRepository::chunkSize);

    auto counts = doc->evidence().countByRequirement(assessment);
    REQUIRE_OK(counts);
    CHECK(counts->value(QStringLiteral("L2")) == 1);
}

TEST_CASE("an evidence file over the cap is refused with the cap named")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    doc->setEvidenceSizeCap(1024 * 1024);
    const QString file = QDir(doc.dir()).filePath(QStringLiteral("视频.mp4"));
    writeFile(file, randomBytes(1024 * 1024 + 1, 3));

    auto fromFile = doc->evidence().addFile(assessment, QStringLiteral("E1"), file);
    REQUIRE_FALSE(fromFile.ok());
    CHECK(fromFile.error().message.contains(QStringLiteral("1.0 MB")));
    CHECK(fromFile.error().message.contains(QStringLiteral("视频.mp4")));

    QByteArray bytes = randomBytes(2 * 1024 * 1024, 4);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Evidence info;
    info.name = QStringLiteral("stream.bin");
    auto fromStream = doc->evidence().add(assessment, info, buffer);
    REQUIRE_FALSE(fromStream.ok());
    CHECK(fromStream.error().message.contains(QStringLiteral("1.0 MB")));

    auto all = doc->evidence().list(assessment);
    REQUIRE_OK(all);
    CHECK(all->isEmpty());
    // Exactly at the cap is allowed.
    QByteArray atCap = randomBytes(1024 * 1024, 5);
    QBuffer exact(&atCap);
    exact.open(QIODevice::ReadOnly);
    info.name = QStringLiteral("exact.bin");
    REQUIRE_OK(doc->evidence().add(assessment, info, exact));
}

TEST_CASE("the MIME type comes from the content")
{
    TempDocument doc;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer writer(&png);
    writer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&writer, "PNG"));
    QBuffer reader(&png);
    reader.open(QIODevice::ReadOnly);
    Evidence info;
    info.name = QStringLiteral("活动照片");
    info.requirementCode = QStringLiteral("E1");
    auto id = doc->evidence().add(doc.assessmentId(), info, reader);
    REQUIRE_OK(id);
    auto stored = doc->evidence().get(*id);
    REQUIRE_OK(stored);
    CHECK(stored->mimeType == QStringLiteral("image/png"));
    CHECK(stored->sha256 == sha256(png));
}

TEST_CASE("evidence is renamed and removed with audit entries")
{
    TempDocument doc;
    QByteArray bytes("一份材料");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Evidence info;
    info.name = QStringLiteral("材料.txt");
    info.requirementCode = QStringLiteral("O1");
    auto id = doc->evidence().add(doc.assessmentId(), info, buffer);
    REQUIRE_OK(id);
    REQUIRE_OK(doc->evidence().rename(*id, QStringLiteral("工作规程.txt")));
    CHECK_FALSE(doc->evidence().rename(*id, QStringLiteral(" ")).ok());
    auto renamed = doc->evidence().get(*id);
    REQUIRE_OK(renamed);
    CHECK(renamed->name == QStringLiteral("工作规程.txt"));

    auto chunkCount = [&doc] {
        QSqlQuery chunks(doc->context().db.connection());
        REQUIRE(chunks.exec(QStringLiteral("SELECT count(*) FROM evidence_chunks")));
        REQUIRE(chunks.next());
        return chunks.value(0).toInt();
    };
    REQUIRE_OK(doc->evidence().remove(*id));
    CHECK_FALSE(doc->evidence().get(*id).ok());
    auto listed = doc->evidence().list(doc.assessmentId());
    REQUIRE_OK(listed);
    CHECK(listed->isEmpty());
    CHECK(chunkCount() == 1); // kept for undo until the document is closed

    // Undo of the removal brings it back whole.
    REQUIRE_OK(doc->evidence().restore(*id));
    auto back = doc->evidence().get(*id);
    REQUIRE_OK(back);
    CHECK(back->name == QStringLiteral("工作规程.txt"));
    REQUIRE_OK(doc->evidence().remove(*id));

    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("evidence");
    auto entries = doc->audit().entries(filter);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 5);
    CHECK(entries->at(0).field == QStringLiteral("removed"));
    CHECK(entries->at(1).newValue == QStringLiteral("工作规程.txt")); // the restore
    CHECK(entries->at(3).oldValue == QStringLiteral("材料.txt"));
    CHECK(entries->at(3).newValue == QStringLiteral("工作规程.txt"));

    // Closing purges the bytes of removed files for good.
    doc.reopen();
    CHECK(chunkCount() == 0);
    CHECK_FALSE(doc->evidence().restore(*id).ok());
}

TEST_CASE("damaged evidence bytes are detected on the way out")
{
    TempDocument doc;
    QByteArray bytes = randomBytes(5000, 9);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Evidence info;
    info.name = QStringLiteral("证明.bin");
    auto id = doc->evidence().add(doc.assessmentId(), info, buffer);
    REQUIRE_OK(id);
    QSqlQuery tamper(doc->context().db.connection());
    REQUIRE(tamper.exec(
        QStringLiteral("UPDATE evidence_chunks SET data = X'00' WHERE evidence_id = %1").arg(*id)));

    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    Status status = doc->evidence().writeTo(*id, sink);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("SHA-256")));
}

TEST_CASE("opening a document and analysing it never reads the evidence bytes")
{
    TempDocument doc;
    const qint64 assessment = doc.assessmentId();
    constexpr int files = 12;
    constexpr qsizetype fileSize = 2 * 1024 * 1024;
    for (int i = 0; i < files; ++i) {
        QByteArray bytes = randomBytes(fileSize, quint32(100 + i));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Evidence info;
        info.name = QStringLiteral("材料%1.bin").arg(i);
        info.requirementCode = QStringLiteral("L1");
        REQUIRE_OK(doc->evidence().add(assessment, info, buffer));
    }
    doc.close();

    // Bytes this process reads through read()/pread(), which is how SQLite reads.
    auto bytesRead = [] {
        QFile io(QStringLiteral("/proc/self/io"));
        REQUIRE(io.open(QIODevice::ReadOnly));
        for (const QByteArray& line : io.readAll().split('\n')) {
            if (line.startsWith("rchar:"))
                return line.mid(6).trimmed().toLongLong();
        }
        FAIL("no rchar in /proc/self/io");
        return qint64(0);
    };
    const qint64 before = bytesRead();
    Document::Options options;
    options.access = Document::Access::ReadOnly;
    auto opened = Document::open(doc.path(), options);
    REQUIRE_OK(opened);
    auto input = AnalysisInput::load(**opened);
    REQUIRE_OK(input);
    CHECK(input->evidenceCount.value(QStringLiteral("L1")) == files);
    const qint64 read = bytesRead() - before;
    INFO("read " << read << " bytes of a document holding " << files * fileSize
                 << " bytes of evidence");
    CHECK(read < fileSize / 2);
}
