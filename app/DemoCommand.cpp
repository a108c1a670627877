#include "DemoCommand.h"

#include "Console.h"
#include "VerbParser.h"
#include "demo/DemoBuilder.h"
#include "storage/DocumentSetup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace duibiao {

int runDemo(const QStringList& arguments)
{
    VerbParser parser(QStringLiteral("Create a realistic demo document for 示例大学."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The document to create."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("small (about 20 units, 40 rectification items) or large (the benchmark "
                       "document: 60 units, 3,000 items, 300 MB of evidence)."),
        QStringLiteral("SIZE"), QStringLiteral("small"));
    parser.addOptions({outOption, sizeOption});
    if (std::optional<int> exit = parser.parseArguments(arguments, 0))
        return *exit;
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return console::fail(Error::user(QStringLiteral("demo needs --out FILE.")));
    const QString sizeText = parser.value(sizeOption);
    if (sizeText != QLatin1String("small") && sizeText != QLatin1String("large")) {
        return console::fail(
            Error::user(QStringLiteral("--size must be small or large, not “%1”.").arg(sizeText)));
    }
    if (QFileInfo::exists(out))
        return console::fail(
            Error::user(QStringLiteral("%1 already exists; it was not overwritten.").arg(out)));

    // Built under a temporary name and renamed when complete, so the file appears only
    // whole: an interrupted run leaves no half-made document under the real name.
    const QString partial = out + QStringLiteral(".partial");
    for (const QString& leftover :
         {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(leftover);
    NewDocumentSpec spec;
    spec.institution = {QStringLiteral("示例大学"), QStringLiteral("示例大学关心下一代工作委员会"),
                        QStringLiteral("第二活动片区")};
    spec.assessment.title = QStringLiteral("示例大学关工委优质化建设自我评估");
    spec.assessment.year = 2020;
    Document::Options options;
    options.userName = QStringLiteral("demo");
    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<Document>> document = createDocument(partial, spec, options);
        if (!document)
            return console::fail(document.error());
        const bool large = sizeText == QLatin1String("large");
        int lastShown = -1;
        Status built = DemoBuilder::build(
            **document, large ? DemoBuilder::Size::Large : DemoBuilder::Size::Small,
            [&](int percent, const QString& stage) {
                if (large && percent / 10 != lastShown / 10) {
                    console::err(QStringLiteral("demo: %1% (%2)").arg(percent).arg(stage));
                    lastShown = percent;
                }
            });
        if (!built) {
            document->reset();
            for (const QString& leftover :
                 {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
                QFile::remove(leftover);
            return console::fail(built.error());
        }
    }
    if (!QFile::rename(partial, out)) {
        QFile::remove(partial);
        return console::fail(Error::user(QStringLiteral("Could not create %1.").arg(out)));
    }
    console::out(
        QStringLiteral("Created %1 (%2 demo, %3 ms).").arg(out, sizeText).arg(timer.elapsed()));
    return console::Success;
}

} // namespace duibiao
