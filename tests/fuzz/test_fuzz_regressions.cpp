// Every input a fuzzer once failed on (tests/data/fuzz-regressions/<target>/) and every
// seed (tests/fuzz/corpus/<target>/) is run through its target again. A target aborts on
// a broken promise, and the sanitizer build (.ci/run) catches memory errors, so a finding
// that comes back fails here.

#include "TestSupport.h"

#include "FuzzTargets.h"

#include <QDir>

using namespace duibiao;
using namespace duibiao::test;

namespace {

int replay(const QString& root, const QString& target)
{
    const QDir folder(root + QLatin1Char('/') + target);
    int count = 0;
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name == QLatin1String("README.md"))
            continue;
        INFO((target + QLatin1Char('/') + name).toStdString());
        fuzz::run(target, readFile(folder.filePath(name)));
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("The fuzzers' seeds and past findings run through their targets")
{
    for (const QString& target : fuzz::targetNames()) {
        DYNAMIC_SECTION(target.toStdString())
        {
            // Every target has seeds; a missing folder would make this test pass vacuously.
            CHECK(replay(QStringLiteral(DUIBIAO_FUZZ_CORPUS), target) > 0);
            replay(testData(QStringLiteral("fuzz-regressions")), target);
        }
    }
}
