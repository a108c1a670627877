#include "exchange/package/TeamFork.h"

#include "exchange/package/AssessmentJson.h"
#include "exchange/package/AssessmentSnapshotLoader.h"
#include "storage/Document.h"

#include <QFile>

namespace duibiao {

Status forkForTeamMember(Document& source, const QString& targetPath)
{
    Result<Assessment> assessment = source.assessments().current();
    if (!assessment)
        return assessment.error();
    Result<AssessmentSnapshot> base = loadSnapshot(source, assessment->id);
    if (!base)
        return base.error();
    if (Status status = source.saveCopyAs(targetPath); !status)
        return status;
    Document::Options options;
    Result<std::unique_ptr<Document>> copy = Document::open(targetPath, options);
    if (!copy) {
        QFile::remove(targetPath);
        return copy.error();
    }
    if (Status status =
            (*copy)->meta().setValue(QStringLiteral("team_base"), QString::fromUtf8(toJson(*base)));
        !status) {
        copy->reset();
        QFile::remove(targetPath);
        return status;
    }
    return {};
}

} // namespace duibiao
