#include "storage/FrameworkMove.h"

#include "framework/FrameworkLoader.h"
#include "storage/AuditTrail.h"
#include "storage/Document.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace duibiao {

namespace {

QString say(Language language, const char* zh, const char* en)
{
    return language == Language::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

Status refuseIfSubmitted(const Assessment& assessment)
{
    if (assessment.status != AssessmentStatus::Submitted)
        return {};
    return Error::user(QCoreApplication::translate(
                           "FrameworkMove",
                           "Assessment “%1” was submitted and is frozen; reopen it (File → "
                           "Reopen Assessment…) before moving it to another framework version.")
                           .arg(assessment.title));
}

// Counts per requirement code of one assessment, from a query that yields code and count.
Result<QHash<QString, int>> countByCode(StorageContext& context, const QString& sql,
                                        qint64 assessmentId)
{
    SqlQuery query(context.db, sql);
    query.bind(QStringLiteral(":id"), assessmentId);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

// The work of a renumbered code moves to its new code: the row's content is copied (the
// old row stays aside, as a removed requirement's does, so nothing is lost), evidence and
// rectification links are relinked. The new code's row exists already (applyMove makes
// one for every code of the target).
Status carryRenamed(StorageContext& context, qint64 assessmentId, const RenamedCode& pair)
{
    const QStringList statements = {
        // Row values, so that a missing old row changes nothing rather than clearing.
        QStringLiteral(
            "UPDATE requirement_assessments SET (rating, suggested_rating, override_reason, "
            "narrative, gap_text, assessor, rating_before_rectification, created, updated) = "
            "(SELECT rating, suggested_rating, override_reason, narrative, gap_text, assessor, "
            "rating_before_rectification, created, updated FROM requirement_assessments WHERE "
            "assessment_id = :id AND requirement_code = :old) WHERE assessment_id = :id AND "
            "requirement_code = :new AND EXISTS (SELECT 1 FROM requirement_assessments WHERE "
            "assessment_id = :id AND requirement_code = :old)"),
        QStringLiteral("UPDATE evidence SET requirement_code = :new WHERE assessment_id = :id "
                       "AND requirement_code = :old"),
        // An item already linked to both codes keeps its link to the old one as well, so that
        // moving back finds it as it was.
        QStringLiteral("UPDATE OR IGNORE rectification_requirements SET requirement_code = :new "
                       "WHERE requirement_code = :old AND item_id IN (SELECT id FROM "
                       "rectification_items WHERE assessment_id = :id)"),
    };
    for (const QString& sql : statements) {
        SqlQuery query(context.db, sql);
        query.bind(QStringLiteral(":id"), assessmentId)
            .bind(QStringLiteral(":old"), pair.from)
            .bind(QStringLiteral(":new"), pair.to);
        if (Status status = query.exec(); !status)
            return status;
    }
    return {};
}

QString label(const QString& code, const QString& version)
{
    return QStringLiteral("%1@%2").arg(code, version);
}

} // namespace

const RequirementHolding* MovePlan::holding(const QString& code) const
{
    for (const RequirementHolding& holding : holdings) {
        if (holding.code == code)
            return &holding;
    }
    return nullptr;
}

Result<MovePlan> planMove(Document& document, qint64 assessmentId, const QByteArray& targetJson)
{
    Result<Assessment> assessment = document.assessments().get(assessmentId);
    if (!assessment)
        return assessment.error();
    if (Status frozen = refuseIfSubmitted(*assessment); !frozen)
        return frozen.error();
    MovePlan plan;
    plan.assessmentId = assessmentId;
    Result<QByteArray> fromJson = document.assessments().frameworkSnapshot(assessmentId);
    if (!fromJson)
        return fromJson.error();
    plan.fromJson = *fromJson;
    plan.targetJson = targetJson;
    Result<Framework> from = document.assessments().framework(assessmentId);
    if (!from)
        return from.error();
    Result<Framework> to = FrameworkLoader::parse(
        targetJson, QCoreApplication::translate("FrameworkMove", "target framework"));
    if (!to)
        return to.error();
    plan.diff = diffFrameworks(*from, *to);

    Result<QVector<RequirementAssessment>> rows = document.ratings().all(assessmentId);
    if (!rows)
        return rows.error();
    QHash<QString, const RequirementAssessment*> byCode;
    for (const RequirementAssessment& row : *rows)
        byCode.insert(row.requirementCode, &row);
    Result<QHash<QString, int>> evidence = countByCode(
        document.context(),
        QStringLiteral("SELECT requirement_code, count(*) FROM evidence WHERE assessment_id = "
                       ":id AND removed = 0 AND requirement_code IS NOT NULL GROUP BY "
                       "requirement_code"),
        assessmentId);
    if (!evidence)
        return evidence.error();
    Result<QHash<QString, int>> rectification = countByCode(
        document.context(),
        QStringLiteral("SELECT r.requirement_code, count(*) FROM rectification_requirements r "
                       "JOIN rectification_items i ON i.id = r.item_id WHERE i.assessment_id = "
                       ":id GROUP BY r.requirement_code"),
        assessmentId);
    if (!rectification)
        return rectification.error();

    const auto holdingOf = [&](const QString& code) {
        RequirementHolding holding;
        holding.code = code;
        if (const RequirementAssessment* row = byCode.value(code)) {
            holding.hasRow = true;
            holding.rating = row->rating;
            holding.hasNarrative = !row->narrative.trimmed().isEmpty();
        }
        holding.evidenceCount = evidence->value(code);
        holding.rectificationCount = rectification->value(code);
        return holding;
    };
    for (const RequirementDiff& entry : plan.diff.requirements) {
        plan.holdings.append(holdingOf(entry.code));
        switch (entry.kind) {
        case RequirementDiff::Kind::Renamed:
            plan.holdings.append(holdingOf(entry.renamedFrom));
            plan.renamed.append({entry.renamedFrom, entry.code});
            break;
        case RequirementDiff::Kind::Added:
            plan.added.append(entry.code);
            break;
        case RequirementDiff::Kind::Removed:
            plan.removed.append(entry.code);
            break;
        case RequirementDiff::Kind::Reworded:
        case RequirementDiff::Kind::Changed:
            plan.toReview.append(entry.code);
            break;
        case RequirementDiff::Kind::Unchanged:
        case RequirementDiff::Kind::Moved:
            break;
        }
    }
    return plan;
}

Status applyMove(Document& document, qint64 assessmentId, const MovePlan& plan)
{
    if (plan.assessmentId != assessmentId)
        return Error::internal(QStringLiteral("applyMove() was given the plan of assessment %1 "
                                              "for assessment %2.")
                                   .arg(plan.assessmentId)
                                   .arg(assessmentId));
    Result<Framework> target = FrameworkLoader::parse(
        plan.targetJson, QCoreApplication::translate("FrameworkMove", "target framework"));
    if (!target)
        return target.error();

    StorageContext& context = document.context();
    Transaction transaction(context.db);
    if (!transaction.started())
        return transaction.started();
    Result<Assessment> assessment = document.assessments().get(assessmentId);
    if (!assessment)
        return assessment.error();
    if (Status frozen = refuseIfSubmitted(*assessment); !frozen)
        return frozen;
    Result<QByteArray> snapshot = document.assessments().frameworkSnapshot(assessmentId);
    if (!snapshot)
        return snapshot.error();
    if (*snapshot != plan.fromJson)
        return Error::user(QCoreApplication::translate(
                               "FrameworkMove", "The framework of assessment “%1” changed since "
                                                "the move was planned; plan it again.")
                               .arg(assessment->title));
    if (plan.targetJson == plan.fromJson)
        return Error::user(QCoreApplication::translate(
                               "FrameworkMove", "Assessment “%1” is already on framework %2.")
                               .arg(assessment->title, label(target->code, target->version)));

    SqlQuery update(context.db,
                    QStringLiteral("UPDATE assessments SET framework_code = :code, "
                                   "framework_version = :version, framework_json = :json "
                                   "WHERE id = :id"));
    update.bind(QStringLiteral(":code"), target->code)
        .bind(QStringLiteral(":version"), target->version)
        .bind(QStringLiteral(":json"), QString::fromUtf8(plan.targetJson))
        .bind(QStringLiteral(":id"), assessmentId);
    if (Status status = update.exec(); !status)
        return status;
    // Rows already there, for instance from before an earlier move away, are kept as they
    // are: moving back gives back exactly what the requirement held.
    const QVariant now = toSql(context.now());
    for (const Requirement* requirement : target->requirements()) {
        SqlQuery insert(context.db,
                        QStringLiteral("INSERT OR IGNORE INTO requirement_assessments "
                                       "(assessment_id, requirement_code, created, updated) "
                                       "VALUES (:id, :code, :now, :now)"));
        insert.bind(QStringLiteral(":id"), assessmentId)
            .bind(QStringLiteral(":code"), requirement->code)
            .bind(QStringLiteral(":now"), now);
        if (Status status = insert.exec(); !status)
            return status;
    }
    for (const RenamedCode& pair : plan.renamed) {
        if (Status status = carryRenamed(context, assessmentId, pair); !status)
            return status;
        if (Status status = AuditTrail(context).record(
                QStringLiteral("assessment"), QString::number(assessmentId),
                QStringLiteral("requirement_code"), pair.from, pair.to);
            !status)
            return status;
    }
    // The version left behind stays pickable (to move back, or to compare) when it was
    // only this assessment's snapshot. Stored under its name unless another content holds
    // that name already; that content then stays, and the audit entry names the version.
    Result<std::optional<qint64>> kept =
        document.frameworks().find(assessment->frameworkCode, assessment->frameworkVersion);
    if (!kept)
        return kept.error();
    if (!*kept) {
        Result<qint64> stored = document.frameworks().add(
            plan.fromJson,
            QCoreApplication::translate("FrameworkMove", "kept when assessment “%1” moved to %2")
                .arg(assessment->title, label(target->code, target->version)));
        if (!stored && stored.error().kind == Error::Kind::Internal)
            return stored.error();
    }
    if (Status status = AuditTrail(context).record(
            QStringLiteral("assessment"), QString::number(assessmentId),
            QStringLiteral("framework"),
            label(assessment->frameworkCode, assessment->frameworkVersion),
            label(target->code, target->version));
        !status)
        return status;
    return transaction.commit();
}

QStringList describeMovePlan(const MovePlan& plan, Language language)
{
    QStringList lines;
    lines.append(QStringLiteral("%1 %2 → %3")
                     .arg(say(language, "框架:", "Framework:"),
                          label(plan.diff.fromCode, plan.diff.fromVersion),
                          label(plan.diff.toCode, plan.diff.toVersion)));
    const QStringList differences = describeDiff(plan.diff, language);
    if (differences.isEmpty())
        lines.append(say(language, "两个版本的要求没有差别。",
                         "The two versions do not differ in their requirements."));
    for (const QString& line : differences)
        lines.append(QStringLiteral("  ") + line);

    const auto held = [&](const QString& code) {
        const RequirementHolding* holding = plan.holding(code);
        if (!holding || !holding->holdsWork())
            return say(language, "无内容", "nothing recorded");
        QStringList parts{ratingLabel(holding->rating, language)};
        if (holding->hasNarrative)
            parts.append(say(language, "有自评说明", "narrative"));
        if (holding->evidenceCount > 0)
            parts.append(
                say(language, "佐证 %1 份", "%1 evidence file(s)").arg(holding->evidenceCount));
        if (holding->rectificationCount > 0)
            parts.append(say(language, "整改事项 %1 项", "%1 rectification item(s)")
                             .arg(holding->rectificationCount));
        return parts.join(say(language, ",", ", "));
    };
    const auto titleOf = [&](const QString& code) {
        const RequirementDiff* entry = plan.diff.requirement(code);
        if (!entry)
            return QString();
        return (entry->toTitle.zh.isEmpty() ? entry->fromTitle : entry->toTitle).in(language);
    };
    // New codes show what they hold only when they held something before (moving back).
    const auto section = [&](const QString& heading, const QStringList& codes, bool always) {
        lines.append(QStringLiteral("%1 (%2)").arg(heading).arg(codes.size()));
        for (const QString& code : codes) {
            const RequirementHolding* holding = plan.holding(code);
            const bool withHoldings = always || (holding && holding->holdsWork());
            lines.append(withHoldings
                             ? QStringLiteral("  %1 %2: %3").arg(code, titleOf(code), held(code))
                             : QStringLiteral("  %1 %2").arg(code, titleOf(code)));
        }
    };
    lines.append(QStringLiteral("%1 (%2)")
                     .arg(say(language, "编号变更的要求,记录随之迁移",
                              "Renumbered requirements, their work moves along"))
                     .arg(plan.renamed.size()));
    for (const RenamedCode& pair : plan.renamed) {
        QString line = QStringLiteral("  %1 → %2 %3: %4")
                           .arg(pair.from, pair.to, titleOf(pair.to), held(pair.from));
        const RequirementDiff* entry = plan.diff.requirement(pair.to);
        if (entry && (entry->textsChanged() || entry->rulesChanged()))
            line += say(language, "(文字或计分有变化,请复核)", " (reworded or changed, to review)");
        const RequirementHolding* replaced = plan.holding(pair.to);
        if (replaced && replaced->holdsWork())
            line +=
                say(language, "(替换 %1 以前保留的记录)", " (replaces what %1 kept from before)")
                    .arg(pair.to);
        lines.append(line);
    }
    section(say(language, "新增要求,从未评开始(以前有过的记录原样恢复)",
                "New requirements, starting unrated (or with what they held before)"),
            plan.added, false);
    section(say(language, "删除的要求,记录保留在文档中但不再计入",
                "Removed requirements, kept in the document but no longer counted"),
            plan.removed, true);
    section(say(language, "文字或计分有变化的要求,评定沿用,请复核",
                "Requirements reworded or changed, rating carried, to review"),
            plan.toReview, true);
    return lines;
}

} // namespace duibiao
