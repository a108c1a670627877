#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <vector>

namespace duibiao {

namespace {

// Version 1: the first released schema.
const QStringList version1 = {
    QStringLiteral("PRAGMA application_id = 1146440002"), // Schema::applicationId
    QStringLiteral(R"(CREATE TABLE institution (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        committee TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(R"(CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('school', 'secondary')),
        sort_order INTEGER NOT NULL DEFAULT 0))"),
    QStringLiteral("CREATE UNIQUE INDEX units_one_school ON units(kind) WHERE kind = 'school'"),
    QStringLiteral(R"(CREATE TABLE unit_figures (
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        eligible INTEGER NOT NULL CHECK (eligible >= 0),
        participants INTEGER NOT NULL CHECK (participants >= 0 AND participants <= eligible),
        core_workers INTEGER NOT NULL CHECK (core_workers >= 0 AND core_workers <= participants),
        hearings_per_year INTEGER NOT NULL DEFAULT 0 CHECK (hearings_per_year >= 0),
        trainings_per_year INTEGER NOT NULL DEFAULT 0 CHECK (trainings_per_year >= 0),
        has_unit_rules INTEGER NOT NULL DEFAULT 0 CHECK (has_unit_rules IN (0, 1)),
        has_demand_menu INTEGER NOT NULL DEFAULT 0 CHECK (has_demand_menu IN (0, 1)),
        has_resource_menu INTEGER NOT NULL DEFAULT 0 CHECK (has_resource_menu IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (unit_id, year)))"),
    QStringLiteral(R"(CREATE TABLE platforms (
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        partner_department TEXT NOT NULL DEFAULT '',
        in_service_leader TEXT NOT NULL DEFAULT '',
        retired_leader TEXT NOT NULL DEFAULT '',
        founded TEXT,
        activities INTEGER NOT NULL DEFAULT 0 CHECK (activities >= 0)))"),
    QStringLiteral("CREATE INDEX platforms_by_unit ON platforms(unit_id)"),
    QStringLiteral(R"(CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        framework_code TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        framework_json TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
        created TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE assessment_phases (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
        start TEXT,
        end TEXT,
        PRIMARY KEY (assessment_id, phase)))"),
    QStringLiteral(R"(CREATE TABLE requirement_assessments (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL,
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'not_met', 'not_applicable')),
        suggested_rating TEXT,
        override_reason TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        gap_text TEXT NOT NULL DEFAULT '',
        assessor TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (assessment_id, requirement_code)))"),
    QStringLiteral(R"(CREATE TABLE rectification_items (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        measure TEXT NOT NULL CHECK (length(trim(measure)) > 0),
        responsible_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        responsible_person TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 4),
        status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'verified')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL))"),
    QStringLiteral(
        "CREATE INDEX rectification_by_assessment ON rectification_items(assessment_id)"),
    QStringLiteral(R"(CREATE TABLE rectification_requirements (
        item_id INTEGER NOT NULL REFERENCES rectification_items(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL,
        PRIMARY KEY (item_id, requirement_code)))"),
    QStringLiteral(R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT,
        rectification_id INTEGER REFERENCES rectification_items(id) ON DELETE SET NULL,
        expected_item TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        added TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral(
        "CREATE INDEX evidence_by_assessment ON evidence(assessment_id, requirement_code)"),
    // The bytes of evidence files, in chunks of at most 1 MiB, kept out of the evidence
    // table so that listing evidence never touches them.
    QStringLiteral(R"(CREATE TABLE evidence_chunks (
        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL))"),
    QStringLiteral(
        "CREATE UNIQUE INDEX evidence_chunks_order ON evidence_chunks(evidence_id, seq)"),
    QStringLiteral(R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))"),
};

// Version 2: rectification progress and completion notes, the rating kept from before
// rectification, the panel's review opinions, and evidence removed but still undoable.
const QStringList version2 = {
    // Removal of evidence is undoable within a session: the row is marked and its bytes
    // kept until the document is closed (EvidenceRepository::purgeRemoved).
    QStringLiteral("ALTER TABLE evidence ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (removed IN (0, 1))"),
    QStringLiteral(
        "ALTER TABLE requirement_assessments ADD COLUMN rating_before_rectification TEXT"),
    QStringLiteral("ALTER TABLE rectification_items ADD COLUMN progress INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (progress BETWEEN 0 AND 100)"),
    QStringLiteral(
        "ALTER TABLE rectification_items ADD COLUMN completion_note TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(
        "UPDATE rectification_items SET progress = 100 WHERE status IN ('done', 'verified')"),
    QStringLiteral(R"(CREATE TABLE review_opinions (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL DEFAULT '',
        panel TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'not_met', 'not_applicable')),
        comment TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX audit_by_entity ON audit_log(entity, entity_key)"),
};

// Version 3: exchange and framework revisions. Document-wide facts (what kind of document,
// its identity, the team base it was forked from), the submission stamp, framework
// versions kept in the document, and a panel's copies of the packages it reviews.
const QStringList version3 = {
    // kind: 'institution' or 'panel'; document_id: a random id given when the document is
    // made, kept by copies, so a team member's package can name the document it forked from.
    QStringLiteral(R"(CREATE TABLE document_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
    QStringLiteral("INSERT INTO document_meta (key, value) VALUES ('kind', 'institution')"),
    QStringLiteral("INSERT INTO document_meta (key, value) "
                   "VALUES ('document_id', lower(hex(randomblob(16))))"),
    QStringLiteral("ALTER TABLE assessments ADD COLUMN submitted_at TEXT"),
    QStringLiteral("ALTER TABLE assessments ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(R"(CREATE TABLE frameworks (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        json TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        UNIQUE (code, version)))"),
    // A panel document: one row per institution's submitted package, read-only, and the
    // panel's own opinions, kept apart from the institutions' self-ratings.
    QStringLiteral(R"(CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        institution TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        assessment_title TEXT NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        manifest_json TEXT NOT NULL,
        assessment_json TEXT NOT NULL,
        imported TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE panel_opinions (
        submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL DEFAULT '',
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'not_met', 'not_applicable')),
        comment TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL,
        PRIMARY KEY (submission_id, requirement_code)))"),
};

// Version 4: the partly met rating (graded items' C). SQLite cannot change a CHECK, so each
// table whose CHECK lists the ratings is rebuilt: the old one is set aside, the new one
// made under the old name, the rows copied, the old one dropped. None of the three has an
// index of its own beyond its primary key, and no table refers to them.
QStringList rebuildWithRatings(const QString& table, const QString& create, const QString& columns)
{
    const QString old = table + QStringLiteral("_v3");
    return {QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old), create,
            QStringLiteral("INSERT INTO %1 (%3) SELECT %3 FROM %2").arg(table, old, columns),
            QStringLiteral("DROP TABLE %1").arg(old)};
}

const QStringList version4 =
    rebuildWithRatings(QStringLiteral("requirement_assessments"),
                       QStringLiteral(R"(CREATE TABLE requirement_assessments (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL,
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'partly_met', 'not_met',
                              'not_applicable')),
        suggested_rating TEXT,
        override_reason TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        gap_text TEXT NOT NULL DEFAULT '',
        assessor TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        rating_before_rectification TEXT,
        PRIMARY KEY (assessment_id, requirement_code)))"),
                       QStringLiteral("assessment_id, requirement_code, rating, suggested_rating, "
                                      "override_reason, narrative, gap_text, assessor, created, "
                                      "updated, rating_before_rectification")) +
    rebuildWithRatings(QStringLiteral("review_opinions"),
                       QStringLiteral(R"(CREATE TABLE review_opinions (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL DEFAULT '',
        panel TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'partly_met', 'not_met',
                              'not_applicable')),
        comment TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL))"),
                       QStringLiteral("id, assessment_id, requirement_code, panel, reviewer, "
                                      "rating, comment, created")) +
    rebuildWithRatings(QStringLiteral("panel_opinions"),
                       QStringLiteral(R"(CREATE TABLE panel_opinions (
        submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        requirement_code TEXT NOT NULL DEFAULT '',
        rating TEXT NOT NULL DEFAULT 'unrated'
            CHECK (rating IN ('unrated', 'met', 'largely_met', 'partly_met', 'not_met',
                              'not_applicable')),
        comment TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL,
        PRIMARY KEY (submission_id, requirement_code)))"),
                       QStringLiteral("submission_id, requirement_code, rating, comment, "
                                      "reviewer, updated"));

const std::vector<const QStringList*>& ladder()
{
    static const std::vector<const QStringList*> steps{&version1, &version2, &version3, &version4};
    return steps;
}

} // namespace

int Schema::currentVersion()
{
    return int(ladder().size());
}

QStringList Schema::migrationStep(int toVersion)
{
    if (toVersion < 1 || toVersion > currentVersion())
        return {};
    return *ladder().at(std::size_t(toVersion - 1));
}

Status Schema::migrate(Database& db)
{
    return migrateTo(db, currentVersion());
}

Status Schema::migrateTo(Database& db, int targetVersion)
{
    Result<QVariant> version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    int from = version->toInt();
    if (from > currentVersion()) {
        return Error::user(
            QCoreApplication::translate(
                "Schema", "This document was written by a newer version of Duibiao "
                          "(schema %1; this version reads up to %2). Update Duibiao to open it.")
                .arg(from)
                .arg(currentVersion()));
    }
    for (int step = from + 1; step <= targetVersion; ++step) {
        Transaction transaction(db);
        if (!transaction.started())
            return transaction.started();
        for (const QString& statement : migrationStep(step)) {
            if (Status status = db.exec(statement); !status) {
                return Error::internal(
                    QCoreApplication::translate("Schema",
                                                "Upgrading the document to schema %1 failed: %2")
                        .arg(step)
                        .arg(status.error().message));
            }
        }
        if (Status status = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step)); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace duibiao
