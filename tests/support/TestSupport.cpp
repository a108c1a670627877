#include "TestSupport.h"

#include "storage/DocumentSetup.h"

#include <QCryptographicHash>
#include <QFile>

namespace duibiao::test {

TempDocument::TempDocument()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.duibiao"));
    NewDocumentSpec spec;
    spec.institution = {QStringLiteral("示例大学"), QStringLiteral("示例大学关心下一代工作委员会"),
                        QStringLiteral("第二活动片区")};
    spec.assessment.title = QStringLiteral("测试评估");
    spec.assessment.year = 2020;
    Document::Options options;
    options.userName = QStringLiteral("tester");
    options.clock = &clock;
    auto created = createDocument(m_path, spec, options);
    REQUIRE_OK(created);
    m_document = std::move(*created);
}

void TempDocument::reopen()
{
    m_document.reset();
    Document::Options options;
    options.userName = QStringLiteral("tester");
    options.clock = &clock;
    auto opened = Document::open(m_path, options);
    REQUIRE_OK(opened);
    m_document = std::move(*opened);
}

qint64 TempDocument::assessmentId()
{
    auto current = m_document->assessments().current();
    REQUIRE_OK(current);
    return current->id;
}

qint64 TempDocument::schoolUnitId()
{
    auto units = m_document->units().all();
    REQUIRE_OK(units);
    for (const Unit& unit : *units) {
        if (unit.kind == UnitKind::School)
            return unit.id;
    }
    FAIL("no school unit");
    return 0;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString sha256OfFile(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

QString testData(const QString& relative)
{
    return QStringLiteral(DUIBIAO_TEST_DATA "/") + relative;
}

} // namespace duibiao::test
