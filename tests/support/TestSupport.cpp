#include "TestSupport.h"
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

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

// Text without any white space, NFKC-normalised: comparable however lines were broken. Qt's
// PDF text layer maps some ideographs to radicals that share their glyph in Noto CJK: NFKC
// takes the Kangxi radicals back; the CJK radicals supplement (⻘ for 青) has no
// decomposition, so the simplified forms it holds are mapped here.
QString squeezed(const QString& text)
{
    static const QHash<char16_t, char16_t> radicals{
        {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66},
        {0x2ED1, 0x9577}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED8, 0x9752}, {0x2EDA, 0x9875},
        {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C},
        {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364},
        {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F},
        {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F}};
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : result) {
        if (const auto it = radicals.constFind(c.unicode()); it != radicals.cend())
            c = QChar(*it);
    }
    result.remove(QRegularExpression(QStringLiteral("\\s+")));
    return result;
}

// In -layout mode the lines of table cells interleave with their neighbours'; in -raw mode
// pdftotext keeps the order of drawing, which is cell by cell.
QString pdfText(const QString& path, int first, int last, bool layout)
{
    INFO("poppler-utils is needed for this test");
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QStringList arguments{layout ? QStringLiteral("-layout") : QStringLiteral("-raw")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace duibiao::test
