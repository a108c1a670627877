// The minimal main window shows the document's analysis at a glance.

#include "TestSupport.h"

#include "MainWindow.h"

#include <QLabel>

using namespace duibiao;
using namespace duibiao::test;

TEST_CASE("the main window shows the institution, the framework note and readiness")
{
    QTemporaryDir dir;
    TempDocument doc;
    const QString path = doc.path();
    doc.close();
    auto opened = Document::open(path, {});
    REQUIRE_OK(opened);
    MainWindow window(std::move(*opened));
    window.show();
    auto* overview = window.findChild<QLabel*>(QStringLiteral("overviewText"));
    REQUIRE(overview);
    const QString text = overview->text();
    CHECK(text.contains(QStringLiteral("示例大学")));
    CHECK(text.contains(QStringLiteral("参考版")));
    CHECK(text.contains(QStringLiteral("0 of 28")));
    CHECK(window.windowTitle().contains(QStringLiteral("test.duibiao")));

    const qint64 assessment = window.document().assessments().current()->id;
    REQUIRE_OK(window.document().ratings().setRating(assessment, QStringLiteral("L1"), Rating::Met,
                                                     std::nullopt, {}));
    window.refresh();
    CHECK(overview->text().contains(QStringLiteral("1 of 28")));
}
