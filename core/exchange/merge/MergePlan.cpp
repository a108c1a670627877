#include "exchange/merge/MergePlan.h"

#include "model/Framework.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace duibiao {
namespace {

// The messages of this file belong to the "Merge" translation context; the macro names it
// both for the run-time lookup and for lupdate, which files a bare helper Text::tr() under
// the enclosing class or namespace instead.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

bool isEmptyValue(const QString& value)
{
    return value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("unrated");
}

QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() > 30 ? simple.left(29) + QChar(0x2026) : simple;
}

// The three sides of one row; a null pointer is a side without the row.
struct Sides
{
    const FieldValues* base = nullptr;
    const FieldValues* ours = nullptr;
    const FieldValues* theirs = nullptr;
};

std::optional<MergeChange> compareRow(MergeEntity entity, const QString& key, const QString& label,
                                      const Sides& sides)
{
    MergeChange change;
    change.entity = entity;
    change.key = key;
    change.label = label;
    auto listFields = [&](const FieldValues& from, const FieldValues* other, bool theirsSide) {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            const QString before = other ? other->value(it.key()) : QString();
            if (other && before == it.value())
                continue;
            FieldChange field;
            field.field = it.key();
            field.base = sides.base ? sides.base->value(it.key()) : QString();
            field.ours = theirsSide ? QString() : it.value();
            field.theirs = theirsSide ? it.value() : QString();
            change.fields.append(field);
        }
    };
    if (sides.theirs && !sides.ours) {
        if (!sides.base) {
            change.kind = ChangeKind::Add;
            change.takeTheirs = true;
            listFields(*sides.theirs, nullptr, true);
            return change;
        }
        if (*sides.theirs == *sides.base)
            return std::nullopt; // removed here, untouched there: stays removed
        change.kind = ChangeKind::Conflict;
        change.conflict = ConflictKind::RemovedHereChangedThere;
        listFields(*sides.theirs, sides.base, true);
        return change;
    }
    if (!sides.theirs) {
        if (!sides.ours || !sides.base)
            return std::nullopt; // added here only, or on neither side
        if (*sides.ours == *sides.base) {
            change.kind = ChangeKind::Remove;
            change.takeTheirs = true;
            return change;
        }
        change.kind = ChangeKind::Conflict;
        change.conflict = ConflictKind::ChangedHereRemovedThere;
        listFields(*sides.ours, sides.base, false);
        return change;
    }
    bool conflicting = false;
    for (auto it = sides.theirs->cbegin(); it != sides.theirs->cend(); ++it) {
        const QString ours = sides.ours->value(it.key());
        if (ours == it.value())
            continue;
        FieldChange field{it.key(), QString(), ours, it.value()};
        if (sides.base) {
            field.base = sides.base->value(it.key());
            if (it.value() == field.base)
                continue; // changed here only: ours stays
            field.takeTheirs = ours == field.base;
        } else {
            field.takeTheirs = isEmptyValue(ours);
        }
        field.conflict = !field.takeTheirs;
        conflicting = conflicting || field.conflict;
        change.fields.append(field);
    }
    if (change.fields.isEmpty())
        return std::nullopt;
    change.kind = conflicting ? ChangeKind::Conflict : ChangeKind::Update;
    change.conflict = conflicting ? ConflictKind::BothChanged : ConflictKind::None;
    return change;
}

template <typename T> QHash<qint64, const T*> byId(const QVector<T>& rows)
{
    QHash<qint64, const T*> index;
    for (const T& row : rows)
        index.insert(row.id, &row);
    return index;
}

// Builds the plan entity by entity. Rows are compared in this document's numbering: the
// package's unit ids are mapped first, and rows made after the fork (absent from the base)
// are additions whatever their ids.
class Planner
{
public:
    Planner(const MergeInput& input, const Framework& framework)
        : m_input(input), m_framework(framework),
          m_ours(restrictToScope(*input.ours, input.scope, framework)),
          m_theirs(restrictToScope(*input.theirs, input.scope, framework))
    {
        if (input.base)
            m_base = restrictToScope(*input.base, input.scope, framework);
        else if (isUntouched(*input.ours))
            m_base = m_ours; // nothing here to keep: everything in the package is taken
        m_hasBase = input.base || isUntouched(*input.ours);
    }

    MergePlan run()
    {
        m_plan.packageKind = m_input.packageKind;
        if (m_input.packageKind == QLatin1String("opinions")) {
            planOpinions();
            return m_plan;
        }
        if (ScopeFilter::isWhole(m_input.scope))
            planInstitutionAndPhases();
        planUnits();
        planFigures();
        planPlatforms();
        planRequirements();
        planItems();
        planEvidence();
        return m_plan;
    }

private:
    const FieldValues* baseOf(const FieldValues& values) { return m_hasBase ? &values : nullptr; }

    void add(std::optional<MergeChange> change)
    {
        if (change)
            m_plan.changes.append(*change);
    }

    // A row that exists in the base and is matched by id on the other sides.
    template <typename T> const T* baseRow(const QVector<T>& rows, qint64 id)
    {
        for (const T& row : rows) {
            if (row.id == id)
                return &row;
        }
        return nullptr;
    }

    void planInstitutionAndPhases()
    {
        const FieldValues base = fieldsOf(m_base.institution);
        const FieldValues ours = fieldsOf(m_ours.institution);
        const FieldValues theirs = fieldsOf(m_theirs.institution);
        add(compareRow(MergeEntity::Institution, QStringLiteral("1"), Text::tr("Institution"),
                       {m_hasBase ? &base : nullptr, &ours, &theirs}));
        for (int i = 0; i < 4; ++i) {
            const FieldValues b = fieldsOf(m_base.assessment.phases.at(std::size_t(i)));
            const FieldValues o = fieldsOf(m_ours.assessment.phases.at(std::size_t(i)));
            const FieldValues t = fieldsOf(m_theirs.assessment.phases.at(std::size_t(i)));
            add(compareRow(MergeEntity::Phase, QString::number(i + 1),
                           Text::tr("Phase %1").arg(i + 1), {m_hasBase ? &b : nullptr, &o, &t}));
        }
    }

    void planUnits()
    {
        const auto ours = byId(m_ours.units);
        const auto base = byId(m_base.units);
        for (const Unit& unit : m_theirs.units) {
            const Unit* match = nullptr;
            if (m_hasBase && base.contains(unit.id)) {
                match = ours.value(unit.id); // may be gone here
            } else {
                for (const Unit& candidate : m_ours.units) {
                    if (candidate.name == unit.name ||
                        (unit.kind == UnitKind::School && candidate.kind == UnitKind::School)) {
                        match = &candidate;
                        break;
                    }
                }
            }
            if (match)
                m_plan.unitMap.insert(unit.id, match->id);
            const FieldValues theirs = fieldsOf(unit);
            const FieldValues oursValues = match ? fieldsOf(*match) : FieldValues();
            const Unit* baseUnit = match ? base.value(match->id) : base.value(unit.id);
            const FieldValues baseValues = baseUnit ? fieldsOf(*baseUnit) : FieldValues();
            const QString key = QString::number(match ? match->id : unit.id);
            add(compareRow(MergeEntity::Unit, key, Text::tr("Unit “%1”").arg(unit.name),
                           {m_hasBase && baseUnit ? &baseValues : nullptr,
                            match ? &oursValues : nullptr, &theirs}));
        }
        // Units of the base the package no longer has: removed there.
        if (!m_hasBase)
            return;
        const QList<qint64> matched = m_plan.unitMap.values();
        for (const Unit& unit : m_ours.units) {
            if (!base.contains(unit.id) || matched.contains(unit.id) ||
                containsId(m_theirs.units, unit.id))
                continue;
            const FieldValues o = fieldsOf(unit);
            const FieldValues b = fieldsOf(*base.value(unit.id));
            add(compareRow(MergeEntity::Unit, QString::number(unit.id),
                           Text::tr("Unit “%1”").arg(unit.name), {&b, &o, nullptr}));
        }
    }

    template <typename T> static bool containsId(const QVector<T>& rows, qint64 id)
    {
        for (const T& row : rows) {
            if (row.id == id)
                return true;
        }
        return false;
    }

    // A package unit id in this document's numbering: "12", or "new:5" for a unit the
    // import adds. Empty when the unit is neither here nor added (its rows are skipped).
    QString mappedUnit(qint64 theirsId) const
    {
        if (m_plan.unitMap.contains(theirsId))
            return QString::number(m_plan.unitMap.value(theirsId));
        for (const MergeChange& change : m_plan.changes) {
            if (change.entity == MergeEntity::Unit && change.kind == ChangeKind::Add &&
                change.key == QString::number(theirsId))
                return QStringLiteral("new:%1").arg(theirsId);
        }
        return {};
    }

    QString unitName(qint64 theirsId) const
    {
        for (const Unit& unit : m_theirs.units) {
            if (unit.id == theirsId)
                return unit.name;
        }
        return QString::number(theirsId);
    }

    void planFigures()
    {
        auto keyOf = [](const QString& unit, int year) {
            return QStringLiteral("%1/%2").arg(unit).arg(year);
        };
        QHash<QString, FieldValues> base, ours;
        for (const UnitFigures& f : m_base.figures)
            base.insert(keyOf(QString::number(f.unitId), f.year), fieldsOf(f));
        for (const UnitFigures& f : m_ours.figures)
            ours.insert(keyOf(QString::number(f.unitId), f.year), fieldsOf(f));
        QSet<QString> seen;
        for (const UnitFigures& f : m_theirs.figures) {
            const QString unit = mappedUnit(f.unitId);
            if (unit.isEmpty())
                continue;
            const QString key = keyOf(unit, f.year);
            seen.insert(key);
            const FieldValues theirs = fieldsOf(f);
            add(compareRow(MergeEntity::Figures, key,
                           Text::tr("Figures of %1 for %2").arg(unitName(f.unitId)).arg(f.year),
                           {base.contains(key) ? &base[key] : nullptr,
                            ours.contains(key) ? &ours[key] : nullptr, &theirs}));
        }
        // Figures the package no longer has, for units it still covers.
        for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
            if (seen.contains(it.key()) || !base.contains(it.key()))
                continue;
            const qint64 unitId = it.key().section(QLatin1Char('/'), 0, 0).toLongLong();
            if (!m_plan.unitMap.values().contains(unitId))
                continue;
            add(compareRow(MergeEntity::Figures, it.key(),
                           Text::tr("Figures of %1 for %2")
                               .arg(oursUnitName(unitId))
                               .arg(it.key().section(QLatin1Char('/'), 1)),
                           {&base[it.key()], &it.value(), nullptr}));
        }
    }

    QString oursUnitName(qint64 id) const
    {
        for (const Unit& unit : m_ours.units) {
            if (unit.id == id)
                return unit.name;
        }
        return QString::number(id);
    }

    // Rows with their own ids (platforms, items, evidence): matched by id when the base
    // has them, added otherwise; rows of the base the package no longer has are removals.
    template <typename T, typename Fields, typename Label>
    void planById(MergeEntity entity, const QVector<T>& baseRows, const QVector<T>& oursRows,
                  const QVector<T>& theirsRows, Fields fields, Label label,
                  const std::function<bool(const T&)>& skipAdd = {})
    {
        const auto base = byId(baseRows);
        const auto ours = byId(oursRows);
        QSet<qint64> seen;
        for (const T& row : theirsRows) {
            std::optional<FieldValues> theirs = fields(row);
            if (!theirs)
                continue; // refers to a unit that is neither here nor added
            const bool known = m_hasBase && base.contains(row.id);
            if (!known && skipAdd && skipAdd(row))
                continue;
            // Already here, e.g. the same package imported twice (evidence has its own
            // rule: the same bytes in the same place).
            if (!known && !skipAdd && hasSameRow(oursRows, *theirs, fields))
                continue;
            seen.insert(row.id);
            const std::optional<FieldValues> b =
                known ? fields(*base.value(row.id)) : std::optional<FieldValues>();
            const std::optional<FieldValues> o = known && ours.contains(row.id)
                                                     ? fields(*ours.value(row.id))
                                                     : std::optional<FieldValues>();
            add(compareRow(entity, QString::number(row.id), label(row),
                           {b ? &*b : nullptr, o ? &*o : nullptr, &*theirs}));
        }
        if (!m_hasBase)
            return;
        for (const T& row : oursRows) {
            if (seen.contains(row.id) || !base.contains(row.id))
                continue;
            const std::optional<FieldValues> b = fields(*base.value(row.id));
            const std::optional<FieldValues> o = fields(row);
            if (b && o)
                add(compareRow(entity, QString::number(row.id), label(row), {&*b, &*o, nullptr}));
        }
    }

    template <typename T, typename Fields>
    static bool hasSameRow(const QVector<T>& rows, const FieldValues& values, Fields fields)
    {
        for (const T& row : rows) {
            if (fields(row) == values)
                return true;
        }
        return false;
    }

    void planPlatforms()
    {
        // Ours and base are in this document's numbering already; the package's are mapped.
        QVector<Platform> theirs;
        for (Platform platform : m_theirs.platforms) {
            const QString unit = mappedUnit(platform.unitId);
            if (unit.isEmpty())
                continue;
            m_newUnitOf.insert(platform.id, unit);
            theirs.append(platform);
        }
        planById<Platform>(
            MergeEntity::Platform, m_base.platforms, m_ours.platforms, theirs,
            [this, &theirs](const Platform& p) -> std::optional<FieldValues> {
                FieldValues values = fieldsOf(p);
                if (containsPointer(theirs, &p))
                    values.insert(QStringLiteral("unitId"), m_newUnitOf.value(p.id));
                return values;
            },
            [](const Platform& p) { return Text::tr("Platform “%1”").arg(p.name); });
    }

    template <typename T> static bool containsPointer(const QVector<T>& rows, const T* row)
    {
        return !rows.isEmpty() && row >= rows.constData() && row < rows.constData() + rows.size();
    }

    void planRequirements()
    {
        QHash<QString, FieldValues> base, ours;
        for (const RequirementAssessment& row : m_base.requirements)
            base.insert(row.requirementCode, fieldsOf(row));
        for (const RequirementAssessment& row : m_ours.requirements)
            ours.insert(row.requirementCode, fieldsOf(row));
        for (const RequirementAssessment& row : m_theirs.requirements) {
            const Requirement* requirement = m_framework.requirement(row.requirementCode);
            if (!requirement)
                continue; // the framework check makes this impossible for a valid package
            const FieldValues theirs = fieldsOf(row);
            const QString& code = row.requirementCode;
            add(compareRow(
                MergeEntity::Requirement, code,
                Text::tr("Requirement %1 %2").arg(code, shortened(requirement->title.zh)),
                {m_hasBase && base.contains(code) ? &base[code] : nullptr,
                 ours.contains(code) ? &ours[code] : nullptr, &theirs}));
        }
    }

    void planItems()
    {
        const QVector<RectificationItem>& theirs = m_theirs.rectification;
        planById<RectificationItem>(
            MergeEntity::Item, m_base.rectification, m_ours.rectification, theirs,
            [this, &theirs](const RectificationItem& item) -> std::optional<FieldValues> {
                FieldValues values = fieldsOf(item);
                if (containsPointer(theirs, &item) && item.responsibleUnitId)
                    values.insert(QStringLiteral("responsibleUnitId"),
                                  mappedUnit(*item.responsibleUnitId));
                return values;
            },
            [](const RectificationItem& item) {
                return Text::tr("Rectification item “%1”").arg(shortened(item.measure));
            });
    }

    // The place an evidence file is attached to, in this document's numbering.
    QString placeOf(const Evidence& evidence, bool theirsSide) const
    {
        QString item;
        if (evidence.rectificationId) {
            const qint64 id = *evidence.rectificationId;
            const bool added = theirsSide && !(m_hasBase && containsId(m_base.rectification, id));
            item = added ? QStringLiteral("new:%1").arg(id) : QString::number(id);
        }
        return evidence.requirementCode + QLatin1Char('|') + item;
    }

    void planEvidence()
    {
        QSet<QString> present; // sha256 + place, here and already added
        for (const Evidence& evidence : m_ours.evidence)
            present.insert(evidence.sha256 + QLatin1Char('@') + placeOf(evidence, false));
        const QVector<Evidence>& theirs = m_theirs.evidence;
        planById<Evidence>(
            MergeEntity::Evidence, m_base.evidence, m_ours.evidence, theirs,
            [](const Evidence& e) -> std::optional<FieldValues> { return fieldsOf(e); },
            [](const Evidence& e) { return Text::tr("Evidence “%1”").arg(e.name); },
            [this, &present](const Evidence& e) {
                const QString key = e.sha256 + QLatin1Char('@') + placeOf(e, true);
                if (present.contains(key)) {
                    ++m_plan.duplicateEvidence;
                    return true;
                }
                present.insert(key);
                return false;
            });
    }

    void planOpinions()
    {
        auto sameOpinion = [](const ReviewOpinion& a, const ReviewOpinion& b) {
            return a.requirementCode == b.requirementCode && a.panel == b.panel &&
                   a.rating == b.rating && a.comment == b.comment;
        };
        for (const ReviewOpinion& opinion : m_theirs.opinions) {
            bool known = false;
            for (const ReviewOpinion& existing : m_ours.opinions)
                known = known || sameOpinion(existing, opinion);
            if (known)
                continue;
            MergeChange change;
            change.entity = MergeEntity::Opinion;
            change.key = QString::number(opinion.id);
            change.label = opinion.requirementCode.isEmpty()
                               ? Text::tr("Overall opinion of the panel")
                               : Text::tr("Panel opinion on %1").arg(opinion.requirementCode);
            change.kind = ChangeKind::Add;
            change.takeTheirs = true;
            change.fields = {
                {QStringLiteral("rating"), {}, {}, ratingKey(opinion.rating), false, true},
                {QStringLiteral("comment"), {}, {}, opinion.comment, false, true}};
            m_plan.changes.append(change);
        }
    }

    const MergeInput& m_input;
    const Framework& m_framework;
    AssessmentSnapshot m_ours;
    AssessmentSnapshot m_theirs;
    AssessmentSnapshot m_base;
    bool m_hasBase = false;
    QHash<qint64, QString> m_newUnitOf; // package platform id → its unit here
    MergePlan m_plan;
};

} // namespace

int MergePlan::conflictCount() const
{
    return count(ChangeKind::Conflict);
}

int MergePlan::count(ChangeKind kind) const
{
    int n = 0;
    for (const MergeChange& change : changes)
        n += change.kind == kind ? 1 : 0;
    return n;
}

bool isUntouched(const AssessmentSnapshot& snapshot)
{
    if (!snapshot.rectification.isEmpty() || !snapshot.evidence.isEmpty() ||
        !snapshot.figures.isEmpty() || !snapshot.platforms.isEmpty())
        return false;
    for (const RequirementAssessment& row : snapshot.requirements) {
        if (row.rating != Rating::Unrated || !row.narrative.isEmpty() || !row.gapText.isEmpty())
            return false;
    }
    return true;
}

Result<MergePlan> planMerge(const MergeInput& input, const Framework& framework)
{
    const Assessment& ours = input.ours->assessment;
    const Assessment& theirs = input.theirs->assessment;
    if (input.packageKind != QLatin1String("opinions") &&
        (ours.frameworkCode != theirs.frameworkCode ||
         ours.frameworkVersion != theirs.frameworkVersion)) {
        // Carrying work across versions is a move, with its review lists, not a merge.
        return Error::user(Text::tr("The package is for framework %1@%2, but this assessment is "
                                    "on %3@%4; nothing was imported. Move the assessment to "
                                    "%1@%2 first (command line: duibiao framework DOCUMENT "
                                    "--move %1@%2, or --move FILE.json with that framework's "
                                    "file; in the app: move the assessment to that framework "
                                    "version), review the lists it shows, then import again.")
                               .arg(theirs.frameworkCode, theirs.frameworkVersion,
                                    ours.frameworkCode, ours.frameworkVersion));
    }
    return Planner(input, framework).run();
}

} // namespace duibiao
