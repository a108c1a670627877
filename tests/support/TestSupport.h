#pragma once

#include "storage/Document.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

// Catch2 prints QStrings in failure messages.
QT_BEGIN_NAMESPACE
inline std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << value.toStdString();
}
QT_END_NAMESPACE

namespace duibiao::test {

// Fails the test with the error's message when a Result or Status is not ok.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& requireOkResult_ = (expr);                                                     \
        INFO(                                                                                      \
            (requireOkResult_.ok() ? QString() : requireOkResult_.error().message).toStdString()); \
        REQUIRE(requireOkResult_.ok());                                                            \
    } while (false)

// A temporary folder with a fresh document in it (built-in framework, one school unit,
// one assessment for 2020), removed at the end of the test.
class TempDocument
{
public:
    TempDocument();
    Document& operator*() { return *m_document; }
    Document* operator->() { return m_document.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    qint64 assessmentId();
    qint64 schoolUnitId();
    void close() { m_document.reset(); }
    void reopen();
    FixedClock clock{QDateTime(QDate(2020, 10, 15), QTime(9, 0))};

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_document;
};

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
QString sha256OfFile(const QString& path);
QString testData(const QString& relative);

// Text without any white space, NFKC-normalised, with the CJK radicals that Qt's PDF text
// layer writes for some ideographs mapped back: comparable however lines were broken.
QString squeezed(const QString& text);
// pdftotext of a PDF (poppler-utils; the test fails if it is missing). -raw keeps the
// order of drawing (cell by cell); -layout interleaves table cells. Pages first…last
// when first > 0.
QString pdfText(const QString& path, int first = 0, int last = 0, bool layout = false);

} // namespace duibiao::test
