#include "exchange/merge/MergeApplier.h"

#include "storage/Document.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace duibiao {
namespace {

// The messages of this file belong to the "Merge" translation context; the macro names it
// both for the run-time lookup and for lupdate, which files a bare helper Text::tr() under
// the enclosing class or namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

enum class Action { Nothing, AddTheirs, UpdateFields, Remove };

Action actionOf(const MergeChange& change)
{
    switch (change.kind) {
    case ChangeKind::Add:
        return Action::AddTheirs;
    case ChangeKind::Update:
        return Action::UpdateFields;
    case ChangeKind::Remove:
        return change.takeTheirs ? Action::Remove : Action::Nothing;
    case ChangeKind::Conflict:
        break;
    }
    switch (change.conflict) {
    case ConflictKind::RemovedHereChangedThere:
        return change.takeTheirs ? Action::AddTheirs : Action::Nothing;
    case ConflictKind::ChangedHereRemovedThere:
        return change.takeTheirs ? Action::Remove : Action::Nothing;
    case ConflictKind::BothChanged:
    case ConflictKind::None:
        break;
    }
    return Action::UpdateFields;
}

template <typename T> T withTheirFields(T row, const MergeChange& change)
{
    for (const FieldChange& field : change.fields) {
        if (field.takeTheirs)
            assignField(row, field.field, field.theirs);
    }
    return row;
}

template <typename T> const T* findById(const QVector<T>& rows, qint64 id)
{
    for (const T& row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

class Applier
{
public:
    Applier(Document& document, qint64 assessmentId, const MergePlan& plan,
            const AssessmentSnapshot& ours, const AssessmentSnapshot& theirs,
            const EvidenceCopier& copyEvidence, const MergeProgress& progress)
        : m_document(document), m_assessmentId(assessmentId), m_plan(plan), m_ours(ours),
          m_theirs(theirs), m_copyEvidence(copyEvidence), m_progress(progress),
          m_unitIds(plan.unitMap)
    {}

    Status run()
    {
        for (MergeEntity entity :
             {MergeEntity::Institution, MergeEntity::Phase, MergeEntity::Unit, MergeEntity::Figures,
              MergeEntity::Platform, MergeEntity::Requirement, MergeEntity::Item,
              MergeEntity::Evidence, MergeEntity::Opinion}) {
            for (const MergeChange& change : m_plan.changes) {
                if (change.entity != entity)
                    continue;
                const Action action = actionOf(change);
                if (action == Action::Nothing)
                    continue;
                if (Status status = apply(change, action); !status)
                    return Error{Text::tr("%1: %2").arg(change.label, status.error().message),
                                 status.error().kind};
            }
        }
        return {};
    }

    qint64 evidenceBytes() const
    {
        qint64 total = 0;
        for (const MergeChange& change : m_plan.changes) {
            if (change.entity == MergeEntity::Evidence && actionOf(change) == Action::AddTheirs) {
                if (const Evidence* e = findById(m_theirs.evidence, change.key.toLongLong()))
                    total += e->size;
            }
        }
        return total;
    }

private:
    Status apply(const MergeChange& change, Action action)
    {
        switch (change.entity) {
        case MergeEntity::Institution:
            return m_document.institution().save(withTheirFields(m_ours.institution, change));
        case MergeEntity::Phase:
            return applyPhase(change);
        case MergeEntity::Unit:
            return applyUnit(change, action);
        case MergeEntity::Figures:
            return applyFigures(change, action);
        case MergeEntity::Platform:
            return applyPlatform(change, action);
        case MergeEntity::Requirement:
            return applyRequirement(change);
        case MergeEntity::Item:
            return applyItem(change, action);
        case MergeEntity::Evidence:
            return applyEvidence(change, action);
        case MergeEntity::Opinion:
            return applyOpinion(change);
        }
        return {};
    }

    // "12" or "new:5" (a unit the import adds) → the unit's id here; 0 when unknown.
    qint64 resolveUnit(const QString& text) const
    {
        if (text.startsWith(QLatin1String("new:")))
            return m_unitIds.value(text.mid(4).toLongLong());
        return text.toLongLong();
    }

    QString unitKeyOf(qint64 theirsUnitId) const
    {
        return m_plan.unitMap.contains(theirsUnitId)
                   ? QString::number(m_plan.unitMap.value(theirsUnitId))
                   : QStringLiteral("new:%1").arg(theirsUnitId);
    }

    Status applyPhase(const MergeChange& change)
    {
        const int index = change.key.toInt() - 1;
        if (index < 0 || index > 3)
            return {};
        PhasePlan phases = m_phases ? *m_phases : m_ours.assessment.phases;
        phases[std::size_t(index)] = withTheirFields(phases.at(std::size_t(index)), change);
        m_phases = phases;
        return m_document.assessments().setPhases(m_assessmentId, phases);
    }

    Status applyUnit(const MergeChange& change, Action action)
    {
        const qint64 id = change.key.toLongLong();
        if (action == Action::Remove)
            return m_document.units().remove(id);
        if (action == Action::AddTheirs) {
            const Unit* unit = findById(m_theirs.units, id);
            if (!unit)
                return {};
            Result<qint64> added = m_document.units().add(*unit);
            if (!added)
                return added.error();
            m_unitIds.insert(id, *added);
            return {};
        }
        const Unit* ours = findById(m_ours.units, id);
        if (!ours)
            return {};
        const Unit merged = withTheirFields(*ours, change);
        return merged.name == ours->name ? Status() : m_document.units().rename(id, merged.name);
    }

    Status applyFigures(const MergeChange& change, Action action)
    {
        const qint64 unitId = resolveUnit(change.key.section(QLatin1Char('/'), 0, 0));
        const int year = change.key.section(QLatin1Char('/'), 1).toInt();
        if (action == Action::Remove)
            return m_document.units().removeFigures(unitId, year);
        UnitFigures figures;
        if (action == Action::AddTheirs) {
            for (const UnitFigures& candidate : m_theirs.figures) {
                if (candidate.year == year &&
                    unitKeyOf(candidate.unitId) == change.key.section(QLatin1Char('/'), 0, 0))
                    figures = candidate;
            }
        } else {
            for (const UnitFigures& candidate : m_ours.figures) {
                if (candidate.unitId == unitId && candidate.year == year)
                    figures = withTheirFields(candidate, change);
            }
        }
        if (unitId == 0)
            return {};
        figures.unitId = unitId;
        figures.year = year;
        return m_document.units().saveFigures(figures);
    }

    Status applyPlatform(const MergeChange& change, Action action)
    {
        const qint64 id = change.key.toLongLong();
        if (action == Action::Remove)
            return m_document.platforms().remove(id);
        if (action == Action::AddTheirs) {
            const Platform* theirs = findById(m_theirs.platforms, id);
            if (!theirs)
                return {};
            Platform platform = *theirs;
            platform.unitId = resolveUnit(unitKeyOf(theirs->unitId));
            Result<qint64> added = m_document.platforms().add(platform);
            return added ? Status() : Status(added.error());
        }
        const Platform* ours = findById(m_ours.platforms, id);
        if (!ours)
            return {};
        Platform platform = *ours;
        for (const FieldChange& field : change.fields) {
            if (!field.takeTheirs)
                continue;
            if (field.field == QLatin1String("unitId"))
                platform.unitId = resolveUnit(field.theirs);
            else
                assignField(platform, field.field, field.theirs);
        }
        return m_document.platforms().update(platform);
    }

    Status applyRequirement(const MergeChange& change)
    {
        RequirementAssessment row;
        for (const RequirementAssessment& candidate : m_ours.requirements) {
            if (candidate.requirementCode == change.key)
                row = candidate;
        }
        row.requirementCode = change.key;
        for (const RequirementAssessment& candidate : m_theirs.requirements) {
            if (candidate.requirementCode == change.key) {
                for (const FieldChange& field : change.fields) {
                    if (field.takeTheirs && field.field == QLatin1String("rating"))
                        row.assessor = candidate.assessor;
                }
            }
        }
        return m_document.ratings().replaceRow(m_assessmentId, withTheirFields(row, change));
    }

    std::optional<qint64> resolveItem(std::optional<qint64> theirsId) const
    {
        if (!theirsId)
            return std::nullopt;
        if (m_itemIds.contains(*theirsId))
            return m_itemIds.value(*theirsId);
        if (findById(m_ours.rectification, *theirsId))
            return theirsId;
        return std::nullopt;
    }

    Status applyItem(const MergeChange& change, Action action)
    {
        const qint64 id = change.key.toLongLong();
        if (action == Action::Remove)
            return m_document.rectification().remove(id);
        if (action == Action::AddTheirs) {
            const RectificationItem* theirs = findById(m_theirs.rectification, id);
            if (!theirs)
                return {};
            RectificationItem item = *theirs;
            item.responsibleUnitId = std::nullopt;
            if (theirs->responsibleUnitId) {
                if (const qint64 unit = resolveUnit(unitKeyOf(*theirs->responsibleUnitId)))
                    item.responsibleUnitId = unit;
            }
            Result<qint64> added = m_document.rectification().add(m_assessmentId, item);
            if (!added)
                return added.error();
            m_itemIds.insert(id, *added);
            return {};
        }
        const RectificationItem* ours = findById(m_ours.rectification, id);
        if (!ours)
            return {};
        RectificationItem item = *ours;
        for (const FieldChange& field : change.fields) {
            if (!field.takeTheirs)
                continue;
            if (field.field == QLatin1String("responsibleUnitId")) {
                const qint64 unit = field.theirs.isEmpty() ? 0 : resolveUnit(field.theirs);
                item.responsibleUnitId = unit ? std::optional<qint64>(unit) : std::nullopt;
            } else {
                assignField(item, field.field, field.theirs);
            }
        }
        return m_document.rectification().update(item);
    }

    Status applyEvidence(const MergeChange& change, Action action)
    {
        const qint64 id = change.key.toLongLong();
        if (action == Action::Remove)
            return m_document.evidence().remove(id);
        if (action == Action::UpdateFields) {
            const Evidence* ours = findById(m_ours.evidence, id);
            if (!ours)
                return {};
            const Evidence merged = withTheirFields(*ours, change);
            if (merged.name != ours->name) {
                if (Status status = m_document.evidence().rename(id, merged.name); !status)
                    return status;
            }
            if (merged.expectedItem != ours->expectedItem)
                return m_document.evidence().setExpectedItem(id, merged.expectedItem);
            return {};
        }
        const Evidence* theirs = findById(m_theirs.evidence, id);
        if (!theirs)
            return {};
        if (m_progress.cancelled && m_progress.cancelled())
            return Error::user(Text::tr("The import was cancelled; nothing was changed."));
        Evidence info = *theirs;
        info.rectificationId = resolveItem(theirs->rectificationId);
        Result<qint64> added = m_document.evidence().addStreamed(
            m_assessmentId, info,
            [this, theirs](QIODevice& sink) { return m_copyEvidence(*theirs, sink); });
        if (!added)
            return added.error();
        Result<Evidence> stored = m_document.evidence().get(*added);
        if (!stored)
            return stored.error();
        if (stored->sha256 != theirs->sha256 || stored->size != theirs->size) {
            return Error::user(Text::tr("The file's content does not match its checksum in the "
                                        "package (%1 bytes, SHA-256 %2 expected)")
                                   .arg(theirs->size)
                                   .arg(theirs->sha256));
        }
        m_bytesDone += theirs->size;
        if (m_progress.report)
            m_progress.report(m_bytesDone, m_bytesTotal);
        return m_document.evidence().setProvenance(*added, theirs->added, theirs->addedBy);
    }

    Status applyOpinion(const MergeChange& change)
    {
        const ReviewOpinion* opinion = findById(m_theirs.opinions, change.key.toLongLong());
        if (!opinion)
            return {};
        Result<qint64> added = m_document.reviewOpinions().add(m_assessmentId, *opinion);
        return added ? Status() : Status(added.error());
    }

public:
    qint64 m_bytesTotal = 0;

private:
    Document& m_document;
    qint64 m_assessmentId;
    const MergePlan& m_plan;
    const AssessmentSnapshot& m_ours;
    const AssessmentSnapshot& m_theirs;
    const EvidenceCopier& m_copyEvidence;
    const MergeProgress& m_progress;
    QHash<qint64, qint64> m_unitIds; // package unit id → id here
    QHash<qint64, qint64> m_itemIds; // package item id → id here, for items added
    std::optional<PhasePlan> m_phases;
    qint64 m_bytesDone = 0;
};

QString summaryOf(const MergePlan& plan)
{
    return Text::tr("%1 package: %2 added, %3 changed, %4 removed, %5 conflicts, %6 duplicate "
                    "evidence files skipped")
        .arg(plan.packageKind)
        .arg(plan.count(ChangeKind::Add))
        .arg(plan.count(ChangeKind::Update))
        .arg(plan.count(ChangeKind::Remove))
        .arg(plan.conflictCount())
        .arg(plan.duplicateEvidence);
}

} // namespace

Status applyMerge(Document& document, qint64 assessmentId, const MergePlan& plan,
                  const AssessmentSnapshot& ours, const AssessmentSnapshot& theirs,
                  const EvidenceCopier& copyEvidence, const QString& packageLabel,
                  const MergeProgress& progress)
{
    if (document.isReadOnly())
        return Error::user(Text::tr("The document is open read-only; nothing was imported."));
    Transaction transaction(document.context().db);
    if (!transaction.started())
        return transaction.started();
    Applier applier(document, assessmentId, plan, ours, theirs, copyEvidence, progress);
    applier.m_bytesTotal = applier.evidenceBytes();
    if (Status status = applier.run(); !status)
        return status; // the transaction rolls everything back
    if (Status status = document.audit().record(QStringLiteral("package"), packageLabel,
                                                QStringLiteral("imported"), {}, summaryOf(plan));
        !status)
        return status;
    return transaction.commit();
}

} // namespace duibiao
