// snapshotFromJson(): the strict reading of assessment.json (docs/formats/package.md).

#include "exchange/package/AssessmentJson.h"
#include "exchange/package/JsonFieldReader.h"
#include "framework/FrameworkLoader.h"
#include "framework/RatingRules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace duibiao {

namespace {

using R = JsonFieldReader;

constexpr qint64 maxId = 9007199254740991LL; // 2^53 - 1: exact in a JSON number
constexpr qint64 maxCount = 10'000'000;
constexpr qint64 maxEvidenceSize = 1024LL * 1024 * 1024; // an entry's cap in a package
constexpr qint64 longText = R::maxStringBytes;           // narratives, notes, comments

QStringList ratingKeys()
{
    QStringList keys;
    for (Rating rating : allRatings)
        keys.append(ratingKey(rating));
    return keys;
}

QStringList statusKeys()
{
    QStringList keys;
    for (auto status : {RectificationStatus::Planned, RectificationStatus::InProgress,
                        RectificationStatus::Done, RectificationStatus::Verified})
        keys.append(rectificationStatusKey(status));
    return keys;
}

Rating ratingAt(int index)
{
    return index >= 0 ? allRatings.at(std::size_t(index)) : Rating::Unrated;
}

std::optional<Rating> optionalRatingAt(std::optional<int> index)
{
    return index ? std::optional<Rating>(ratingAt(*index)) : std::nullopt;
}

// Reads one snapshot object; `path` is "" for the top level and "base" for a team base.
class SnapshotParser
{
public:
    SnapshotParser(R& reader, QString path) : r(reader), m_path(std::move(path)) {}

    std::optional<AssessmentSnapshot> parse(const QJsonValue& value, bool topLevel)
    {
        QStringList keys{QStringLiteral("schemaVersion"), QStringLiteral("documentId"),
                         QStringLiteral("institution"),   QStringLiteral("assessment"),
                         QStringLiteral("framework"),     QStringLiteral("units"),
                         QStringLiteral("figures"),       QStringLiteral("platforms"),
                         QStringLiteral("requirements"),  QStringLiteral("rectification"),
                         QStringLiteral("evidence"),      QStringLiteral("opinions")};
        if (topLevel)
            keys << QStringLiteral("scope") << QStringLiteral("base");
        const QJsonObject root = r.object(value, m_path, keys);
        if (r.failed())
            return std::nullopt;

        // The version first: a newer file gets that message, not one about a member.
        const QString versionPath = R::member(m_path, QStringLiteral("schemaVersion"));
        const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
        if (version.isDouble() && version.toDouble() > assessmentJsonSchemaVersion) {
            r.fail(versionPath,
                   QCoreApplication::translate("AssessmentJson",
                                               "version %1 is newer than this app reads (%2); "
                                               "update Duibiao to read it")
                       .arg(version.toDouble())
                       .arg(assessmentJsonSchemaVersion));
            return std::nullopt;
        }
        r.integer(root, m_path, QStringLiteral("schemaVersion"), assessmentJsonSchemaVersion,
                  assessmentJsonSchemaVersion);

        AssessmentSnapshot s;
        s.documentId = r.string(root, m_path, QStringLiteral("documentId"), 32);
        if (!r.failed() && !isDocumentId(s.documentId))
            r.fail(R::member(m_path, QStringLiteral("documentId")),
                   QCoreApplication::translate("AssessmentJson",
                                               "must be 32 lowercase hexadecimal digits"));
        readInstitution(root, s);
        readFramework(root, s);
        readAssessment(root, s);
        readUnits(root, s);
        readFigures(root, s);
        readPlatforms(root, s);
        readRequirements(root, s);
        readRectification(root, s);
        readEvidence(root, s);
        readOpinions(root, s);
        if (topLevel) {
            readScope(root, s);
            if (root.contains(QStringLiteral("base"))) {
                SnapshotParser baseParser(r, R::member(m_path, QStringLiteral("base")));
                std::optional<AssessmentSnapshot> base =
                    baseParser.parse(root.value(QStringLiteral("base")), false);
                if (base)
                    s.base = std::make_shared<const AssessmentSnapshot>(std::move(*base));
            }
        }
        if (r.failed())
            return std::nullopt;
        return s;
    }

private:
    static bool isDocumentId(const QString& id)
    {
        if (id.size() != 32)
            return false;
        for (QChar c : id) {
            if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                  (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
                return false;
        }
        return true;
    }

    QString path(const QString& key) const { return R::member(m_path, key); }

    // The elements of array `key`, each an object with exactly `keys`; calls read(object,
    // path) for each.
    template <typename Read>
    void forEach(const QJsonObject& root, const QString& key, const QStringList& keys, Read read)
    {
        const QJsonArray items = r.array(root, m_path, key);
        for (int i = 0; i < items.size() && !r.failed(); ++i) {
            const QString at = R::element(path(key), i);
            const QJsonObject object = r.object(items.at(i), at, keys);
            if (!r.failed())
                read(object, at);
        }
    }

    // Refuses an id seen before in the same array.
    void unique(QSet<qint64>& seen, qint64 id, const QString& at)
    {
        if (r.failed())
            return;
        if (seen.contains(id))
            r.fail(R::member(at, QStringLiteral("id")),
                   QCoreApplication::translate("AssessmentJson", "id %1 appears twice").arg(id));
        seen.insert(id);
    }

    void requireCode(const QString& code, const QString& at)
    {
        if (!r.failed() && m_framework && !m_framework->requirement(code))
            r.fail(at, QCoreApplication::translate("AssessmentJson",
                                                   "“%1” is not a requirement of the framework")
                           .arg(code));
    }

    void readInstitution(const QJsonObject& root, AssessmentSnapshot& s)
    {
        const QString at = path(QStringLiteral("institution"));
        const QJsonObject o = r.object(
            root.value(QStringLiteral("institution")), at,
            {QStringLiteral("name"), QStringLiteral("committee"), QStringLiteral("region")});
        s.institution.name = r.string(o, at, QStringLiteral("name"));
        s.institution.committee = r.string(o, at, QStringLiteral("committee"));
        s.institution.region = r.string(o, at, QStringLiteral("region"));
    }

    void readFramework(const QJsonObject& root, AssessmentSnapshot& s)
    {
        if (r.failed())
            return;
        const QString at = path(QStringLiteral("framework"));
        if (!root.contains(QStringLiteral("framework"))) {
            r.fail(at, QCoreApplication::translate("JsonFieldReader", "missing"));
            return;
        }
        const QJsonValue value = root.value(QStringLiteral("framework"));
        if (!value.isObject()) {
            r.fail(at, QCoreApplication::translate("JsonFieldReader", "must be an object"));
            return;
        }
        // An empty object: a package without the framework (allowed; codes go unchecked).
        if (value.toObject().isEmpty())
            return;
        s.frameworkJson = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        // Its messages read "assessment.json: framework: $.categories[0].code: problem".
        Result<Framework> framework =
            FrameworkLoader::parse(s.frameworkJson, r.entryName() + QStringLiteral(": ") + at);
        if (!framework) {
            r.fail(framework.error());
            return;
        }
        m_framework = std::move(*framework);
    }

    void readAssessment(const QJsonObject& root, AssessmentSnapshot& s)
    {
        const QString at = path(QStringLiteral("assessment"));
        const QJsonObject o = r.object(
            root.value(QStringLiteral("assessment")), at,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("year"),
             QStringLiteral("frameworkCode"), QStringLiteral("frameworkVersion"),
             QStringLiteral("status"), QStringLiteral("created"), QStringLiteral("submittedAt"),
             QStringLiteral("fingerprint"), QStringLiteral("phases")});
        Assessment& a = s.assessment;
        a.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
        a.title = r.string(o, at, QStringLiteral("title"), R::maxShortString, true);
        a.year = int(r.integer(o, at, QStringLiteral("year"), 1900, 2999));
        a.frameworkCode = r.string(o, at, QStringLiteral("frameworkCode"), R::maxShortString, true);
        a.frameworkVersion = r.string(o, at, QStringLiteral("frameworkVersion"));
        const int status = r.choice(o, at, QStringLiteral("status"),
                                    {assessmentStatusKey(AssessmentStatus::Draft),
                                     assessmentStatusKey(AssessmentStatus::Submitted)});
        a.status = status == 1 ? AssessmentStatus::Submitted : AssessmentStatus::Draft;
        a.created = r.dateTime(o, at, QStringLiteral("created"), false);
        const QDateTime submittedAt = r.dateTime(o, at, QStringLiteral("submittedAt"), true);
        if (submittedAt.isValid())
            s.submittedAt = o.value(QStringLiteral("submittedAt")).toString();
        s.fingerprint = r.sha256(o, at, QStringLiteral("fingerprint"), true);
        if (!r.failed() && a.status == AssessmentStatus::Draft && submittedAt.isValid())
            r.fail(R::member(at, QStringLiteral("submittedAt")),
                   QCoreApplication::translate("AssessmentJson",
                                               "must be null while the status is draft"));
        if (!r.failed() && m_framework &&
            (a.frameworkCode != m_framework->code || a.frameworkVersion != m_framework->version))
            r.fail(R::member(at, QStringLiteral("frameworkCode")),
                   QCoreApplication::translate("AssessmentJson",
                                               "“%1 %2” does not match the framework (%3 %4)")
                       .arg(a.frameworkCode, a.frameworkVersion, m_framework->code,
                            m_framework->version));

        const QString phasesPath = R::member(at, QStringLiteral("phases"));
        const QJsonArray phases = r.array(o, at, QStringLiteral("phases"));
        if (!r.failed() && phases.size() != 4)
            r.fail(phasesPath, QCoreApplication::translate("AssessmentJson",
                                                           "must list the four phases, not %1")
                                   .arg(phases.size()));
        QSet<int> seen;
        for (int i = 0; i < phases.size() && !r.failed(); ++i) {
            const QString p = R::element(phasesPath, i);
            const QJsonObject phase =
                r.object(phases.at(i), p,
                         {QStringLiteral("phase"), QStringLiteral("start"), QStringLiteral("end")});
            const int number = int(r.integer(phase, p, QStringLiteral("phase"), 1, 4));
            const QDate start = r.date(phase, p, QStringLiteral("start"), true);
            const QDate end = r.date(phase, p, QStringLiteral("end"), true);
            if (r.failed())
                break;
            if (seen.contains(number)) {
                r.fail(R::member(p, QStringLiteral("phase")),
                       QCoreApplication::translate("AssessmentJson", "phase %1 appears twice")
                           .arg(number));
                break;
            }
            if (start.isValid() && end.isValid() && start > end) {
                r.fail(R::member(p, QStringLiteral("end")),
                       QCoreApplication::translate("AssessmentJson",
                                                   "must not be before the start (%1)")
                           .arg(start.toString(Qt::ISODate)));
                break;
            }
            seen.insert(number);
            a.phases[std::size_t(number - 1)] = {number, start, end};
        }
    }

    void readUnits(const QJsonObject& root, AssessmentSnapshot& s)
    {
        QSet<qint64> seen;
        bool school = false;
        forEach(root, QStringLiteral("units"),
                {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                 QStringLiteral("sortOrder")},
                [&](const QJsonObject& o, const QString& at) {
                    Unit unit;
                    unit.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
                    unique(seen, unit.id, at);
                    unit.name = r.string(o, at, QStringLiteral("name"), R::maxShortString, true);
                    const int kind =
                        r.choice(o, at, QStringLiteral("kind"),
                                 {unitKindKey(UnitKind::School), unitKindKey(UnitKind::Secondary)});
                    unit.kind = kind == 0 ? UnitKind::School : UnitKind::Secondary;
                    unit.sortOrder =
                        int(r.integer(o, at, QStringLiteral("sortOrder"), -maxCount, maxCount));
                    if (!r.failed() && unit.kind == UnitKind::School && school)
                        r.fail(R::member(at, QStringLiteral("kind")),
                               QCoreApplication::translate("AssessmentJson",
                                                           "there is already a school unit"));
                    school = school || unit.kind == UnitKind::School;
                    s.units.append(unit);
                });
        for (const Unit& unit : std::as_const(s.units))
            m_units.insert(unit.id);
    }

    void requireUnit(qint64 id, const QString& at)
    {
        if (!r.failed() && !m_units.contains(id))
            r.fail(at, QCoreApplication::translate("AssessmentJson", "unit %1 is not in \"units\"")
                           .arg(id));
    }

    void readFigures(const QJsonObject& root, AssessmentSnapshot& s)
    {
        QSet<QPair<qint64, int>> seen;
        forEach(root, QStringLiteral("figures"),
                {QStringLiteral("unitId"), QStringLiteral("year"), QStringLiteral("eligible"),
                 QStringLiteral("participants"), QStringLiteral("coreWorkers"),
                 QStringLiteral("hearingsPerYear"), QStringLiteral("trainingsPerYear"),
                 QStringLiteral("hasUnitRules"), QStringLiteral("hasDemandMenu"),
                 QStringLiteral("hasResourceMenu"), QStringLiteral("note")},
                [&](const QJsonObject& o, const QString& at) {
                    UnitFigures f;
                    f.unitId = r.integer(o, at, QStringLiteral("unitId"), 1, maxId);
                    requireUnit(f.unitId, R::member(at, QStringLiteral("unitId")));
                    f.year = int(r.integer(o, at, QStringLiteral("year"), 1900, 2999));
                    f.eligible = int(r.integer(o, at, QStringLiteral("eligible"), 0, maxCount));
                    f.participants =
                        int(r.integer(o, at, QStringLiteral("participants"), 0, maxCount));
                    f.coreWorkers =
                        int(r.integer(o, at, QStringLiteral("coreWorkers"), 0, maxCount));
                    f.hearingsPerYear =
                        int(r.integer(o, at, QStringLiteral("hearingsPerYear"), 0, maxCount));
                    f.trainingsPerYear =
                        int(r.integer(o, at, QStringLiteral("trainingsPerYear"), 0, maxCount));
                    f.hasUnitRules = r.boolean(o, at, QStringLiteral("hasUnitRules"));
                    f.hasDemandMenu = r.boolean(o, at, QStringLiteral("hasDemandMenu"));
                    f.hasResourceMenu = r.boolean(o, at, QStringLiteral("hasResourceMenu"));
                    f.note = r.string(o, at, QStringLiteral("note"), longText);
                    if (r.failed())
                        return;
                    if (f.participants > f.eligible)
                        r.fail(R::member(at, QStringLiteral("participants")),
                               QCoreApplication::translate("AssessmentJson",
                                                           "must not exceed eligible (%1)")
                                   .arg(f.eligible));
                    else if (f.coreWorkers > f.participants)
                        r.fail(R::member(at, QStringLiteral("coreWorkers")),
                               QCoreApplication::translate("AssessmentJson",
                                                           "must not exceed participants (%1)")
                                   .arg(f.participants));
                    else if (seen.contains({f.unitId, f.year}))
                        r.fail(at, QCoreApplication::translate("AssessmentJson",
                                                               "unit %1 has figures for %2 twice")
                                       .arg(f.unitId)
                                       .arg(f.year));
                    seen.insert({f.unitId, f.year});
                    s.figures.append(f);
                });
    }

    void readPlatforms(const QJsonObject& root, AssessmentSnapshot& s)
    {
        QSet<qint64> seen;
        forEach(root, QStringLiteral("platforms"),
                {QStringLiteral("id"), QStringLiteral("unitId"), QStringLiteral("name"),
                 QStringLiteral("partnerDepartment"), QStringLiteral("inServiceLeader"),
                 QStringLiteral("retiredLeader"), QStringLiteral("founded"),
                 QStringLiteral("activities")},
                [&](const QJsonObject& o, const QString& at) {
                    Platform p;
                    p.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
                    unique(seen, p.id, at);
                    p.unitId = r.integer(o, at, QStringLiteral("unitId"), 1, maxId);
                    requireUnit(p.unitId, R::member(at, QStringLiteral("unitId")));
                    p.name = r.string(o, at, QStringLiteral("name"), R::maxShortString, true);
                    p.partnerDepartment = r.string(o, at, QStringLiteral("partnerDepartment"));
                    p.inServiceLeader = r.string(o, at, QStringLiteral("inServiceLeader"));
                    p.retiredLeader = r.string(o, at, QStringLiteral("retiredLeader"));
                    p.founded = r.date(o, at, QStringLiteral("founded"), true);
                    p.activities = int(r.integer(o, at, QStringLiteral("activities"), 0, maxCount));
                    s.platforms.append(p);
                });
    }

    void readRequirements(const QJsonObject& root, AssessmentSnapshot& s)
    {
        const QStringList ratings = ratingKeys();
        forEach(
            root, QStringLiteral("requirements"),
            {QStringLiteral("code"), QStringLiteral("rating"), QStringLiteral("suggestedRating"),
             QStringLiteral("ratingBeforeRectification"), QStringLiteral("overrideReason"),
             QStringLiteral("narrative"), QStringLiteral("gapText"), QStringLiteral("assessor"),
             QStringLiteral("created"), QStringLiteral("updated")},
            [&](const QJsonObject& o, const QString& at) {
                RequirementAssessment q;
                q.requirementCode =
                    r.string(o, at, QStringLiteral("code"), R::maxShortString, true);
                requireCode(q.requirementCode, R::member(at, QStringLiteral("code")));
                if (!r.failed() && m_requirements.contains(q.requirementCode))
                    r.fail(R::member(at, QStringLiteral("code")),
                           QCoreApplication::translate("AssessmentJson",
                                                       "requirement %1 appears twice")
                               .arg(q.requirementCode));
                m_requirements.insert(q.requirementCode);
                q.rating = ratingAt(r.choice(o, at, QStringLiteral("rating"), ratings));
                // The same rule as rating in the app: the item's scoring decides.
                if (const Requirement* requirement =
                        m_framework ? m_framework->requirement(q.requirementCode) : nullptr;
                    requirement && !r.failed()) {
                    if (Status allowed = checkRatingAllowed(*requirement, q.rating); !allowed)
                        r.fail(R::member(at, QStringLiteral("rating")), allowed.error().message);
                }
                q.suggestedRating = optionalRatingAt(
                    r.optionalChoice(o, at, QStringLiteral("suggestedRating"), ratings));
                q.ratingBeforeRectification = optionalRatingAt(
                    r.optionalChoice(o, at, QStringLiteral("ratingBeforeRectification"), ratings));
                q.overrideReason = r.string(o, at, QStringLiteral("overrideReason"), longText);
                q.narrative = r.string(o, at, QStringLiteral("narrative"), longText);
                q.gapText = r.string(o, at, QStringLiteral("gapText"), longText);
                q.assessor = r.string(o, at, QStringLiteral("assessor"));
                q.created = r.dateTime(o, at, QStringLiteral("created"), false);
                q.updated = r.dateTime(o, at, QStringLiteral("updated"), false);
                s.requirements.append(q);
            });
    }

    void readRectification(const QJsonObject& root, AssessmentSnapshot& s)
    {
        const QStringList statuses = statusKeys();
        forEach(
            root, QStringLiteral("rectification"),
            {QStringLiteral("id"), QStringLiteral("requirementCodes"), QStringLiteral("measure"),
             QStringLiteral("responsibleUnitId"), QStringLiteral("responsiblePerson"),
             QStringLiteral("deadline"), QStringLiteral("phase"), QStringLiteral("status"),
             QStringLiteral("progress"), QStringLiteral("completionNote"),
             QStringLiteral("created"), QStringLiteral("updated")},
            [&](const QJsonObject& o, const QString& at) {
                RectificationItem item;
                item.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
                unique(m_items, item.id, at);
                item.requirementCodes = r.strings(o, at, QStringLiteral("requirementCodes"));
                for (int i = 0; i < item.requirementCodes.size(); ++i)
                    requireCode(item.requirementCodes.at(i),
                                R::element(R::member(at, QStringLiteral("requirementCodes")), i));
                item.measure = r.string(o, at, QStringLiteral("measure"), longText, true);
                item.responsibleUnitId =
                    r.optionalInteger(o, at, QStringLiteral("responsibleUnitId"), 1, maxId);
                if (item.responsibleUnitId)
                    requireUnit(*item.responsibleUnitId,
                                R::member(at, QStringLiteral("responsibleUnitId")));
                item.responsiblePerson = r.string(o, at, QStringLiteral("responsiblePerson"));
                item.deadline = r.date(o, at, QStringLiteral("deadline"), true);
                item.phase = int(r.integer(o, at, QStringLiteral("phase"), 1, 4));
                const int status = r.choice(o, at, QStringLiteral("status"), statuses);
                item.status = rectificationStatusFromKey(statuses.value(status))
                                  .value_or(RectificationStatus::Planned);
                item.progress = int(r.integer(o, at, QStringLiteral("progress"), 0, 100));
                item.completionNote = r.string(o, at, QStringLiteral("completionNote"), longText);
                item.created = r.dateTime(o, at, QStringLiteral("created"), false);
                item.updated = r.dateTime(o, at, QStringLiteral("updated"), false);
                s.rectification.append(item);
            });
    }

    void readEvidence(const QJsonObject& root, AssessmentSnapshot& s)
    {
        QSet<qint64> seen;
        QSet<QString> files;
        forEach(root, QStringLiteral("evidence"),
                {QStringLiteral("id"), QStringLiteral("requirementCode"),
                 QStringLiteral("rectificationId"), QStringLiteral("expectedItem"),
                 QStringLiteral("name"), QStringLiteral("mimeType"), QStringLiteral("size"),
                 QStringLiteral("sha256"), QStringLiteral("added"), QStringLiteral("addedBy"),
                 QStringLiteral("file")},
                [&](const QJsonObject& o, const QString& at) {
                    Evidence e;
                    e.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
                    unique(seen, e.id, at);
                    e.requirementCode = r.string(o, at, QStringLiteral("requirementCode"));
                    if (!r.failed() && !e.requirementCode.isEmpty() &&
                        !m_requirements.contains(e.requirementCode))
                        r.fail(R::member(at, QStringLiteral("requirementCode")),
                               QCoreApplication::translate(
                                   "AssessmentJson", "requirement “%1” is not in \"requirements\"")
                                   .arg(e.requirementCode));
                    e.rectificationId =
                        r.optionalInteger(o, at, QStringLiteral("rectificationId"), 1, maxId);
                    if (!r.failed() && e.rectificationId && !m_items.contains(*e.rectificationId))
                        r.fail(R::member(at, QStringLiteral("rectificationId")),
                               QCoreApplication::translate("AssessmentJson",
                                                           "item %1 is not in \"rectification\"")
                                   .arg(*e.rectificationId));
                    e.expectedItem = r.string(o, at, QStringLiteral("expectedItem"));
                    e.name = r.string(o, at, QStringLiteral("name"), R::maxShortString, true);
                    e.mimeType = r.string(o, at, QStringLiteral("mimeType"));
                    e.size = r.integer(o, at, QStringLiteral("size"), 0, maxEvidenceSize);
                    e.sha256 = r.sha256(o, at, QStringLiteral("sha256"));
                    e.added = r.dateTime(o, at, QStringLiteral("added"), false);
                    e.addedBy = r.string(o, at, QStringLiteral("addedBy"));
                    const QString file = r.string(o, at, QStringLiteral("file"), 255, true);
                    if (r.failed())
                        return;
                    if (!isEvidenceFile(file, e.id))
                        r.fail(R::member(at, QStringLiteral("file")),
                               QCoreApplication::translate(
                                   "AssessmentJson",
                                   "must be \"evidence/\", the id in six digits, \"-\" and a safe "
                                   "name, not “%1”")
                                   .arg(file));
                    else if (files.contains(file))
                        r.fail(R::member(at, QStringLiteral("file")),
                               QCoreApplication::translate("AssessmentJson",
                                                           "“%1” is named by two evidence files")
                                   .arg(file));
                    files.insert(file);
                    s.evidenceFiles.insert(e.id, file);
                    s.evidence.append(e);
                });
    }

    // evidence/NNNNNN-name: one segment below evidence/, no control characters, no
    // separators or drive letters, never "." or ".." (the package reader checks every
    // entry name again).
    static bool isEvidenceFile(const QString& file, qint64 id)
    {
        const QString prefix = QStringLiteral("evidence/%1-").arg(id, 6, 10, QLatin1Char('0'));
        if (!file.startsWith(prefix) || file.size() == prefix.size() || file.toUtf8().size() > 255)
            return false;
        const QString name = file.mid(prefix.size());
        if (name.startsWith(QLatin1Char('.')))
            return false;
        for (QChar c : name) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':'))
                return false;
        }
        return true;
    }

    void readOpinions(const QJsonObject& root, AssessmentSnapshot& s)
    {
        const QStringList ratings = ratingKeys();
        QSet<qint64> seen;
        forEach(root, QStringLiteral("opinions"),
                {QStringLiteral("id"), QStringLiteral("requirementCode"), QStringLiteral("panel"),
                 QStringLiteral("reviewer"), QStringLiteral("rating"), QStringLiteral("comment"),
                 QStringLiteral("created")},
                [&](const QJsonObject& o, const QString& at) {
                    ReviewOpinion opinion;
                    opinion.id = r.integer(o, at, QStringLiteral("id"), 1, maxId);
                    unique(seen, opinion.id, at);
                    opinion.requirementCode = r.string(o, at, QStringLiteral("requirementCode"));
                    if (!opinion.requirementCode.isEmpty())
                        requireCode(opinion.requirementCode,
                                    R::member(at, QStringLiteral("requirementCode")));
                    opinion.panel = r.string(o, at, QStringLiteral("panel"));
                    opinion.reviewer = r.string(o, at, QStringLiteral("reviewer"));
                    opinion.rating = ratingAt(r.choice(o, at, QStringLiteral("rating"), ratings));
                    opinion.comment = r.string(o, at, QStringLiteral("comment"), longText);
                    opinion.created = r.dateTime(o, at, QStringLiteral("created"), false);
                    s.opinions.append(opinion);
                });
    }

    void readScope(const QJsonObject& root, AssessmentSnapshot& s)
    {
        if (r.failed() || !root.contains(QStringLiteral("scope")))
            return;
        const QString at = path(QStringLiteral("scope"));
        const QJsonObject o = r.object(root.value(QStringLiteral("scope")), at,
                                       {QStringLiteral("categories"), QStringLiteral("unitIds")});
        SnapshotScope scope;
        scope.categories = r.strings(o, at, QStringLiteral("categories"));
        for (int i = 0; i < scope.categories.size() && !r.failed(); ++i) {
            const QString& code = scope.categories.at(i);
            const QString p = R::element(R::member(at, QStringLiteral("categories")), i);
            if (m_framework && !m_framework->category(code))
                r.fail(p, QCoreApplication::translate("AssessmentJson",
                                                      "“%1” is not a category of the framework")
                              .arg(code));
            else if (scope.categories.indexOf(code) != i)
                r.fail(
                    p,
                    QCoreApplication::translate("AssessmentJson", "“%1” appears twice").arg(code));
        }
        const QString unitsPath = R::member(at, QStringLiteral("unitIds"));
        const QJsonArray ids = r.array(o, at, QStringLiteral("unitIds"));
        for (int i = 0; i < ids.size() && !r.failed(); ++i) {
            const QString p = R::element(unitsPath, i);
            const QJsonValue id = ids.at(i);
            const double number = id.toDouble();
            if (!id.isDouble() || number < 1 || number > double(maxId) ||
                qint64(number) != number) {
                r.fail(p, QCoreApplication::translate("AssessmentJson", "must be a unit id"));
                break;
            }
            requireUnit(qint64(number), p);
            if (!r.failed() && scope.unitIds.contains(qint64(number)))
                r.fail(p, QCoreApplication::translate("AssessmentJson", "unit %1 appears twice")
                              .arg(qint64(number)));
            scope.unitIds.append(qint64(number));
        }
        s.scope = scope;
    }

    R& r;
    QString m_path;
    std::optional<Framework> m_framework;
    QSet<qint64> m_units;
    QSet<qint64> m_items;
    QSet<QString> m_requirements;
};

} // namespace

Result<AssessmentSnapshot> snapshotFromJson(const QByteArray& json, const QString& entryName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::user(
            QCoreApplication::translate("AssessmentJson", "%1: not valid JSON at byte %2: %3")
                .arg(entryName)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    R reader(entryName);
    SnapshotParser parser(reader, QString());
    std::optional<AssessmentSnapshot> snapshot =
        parser.parse(document.isObject() ? QJsonValue(document.object()) : QJsonValue(), true);
    if (!snapshot)
        return reader.error();
    return std::move(*snapshot);
}

} // namespace duibiao
