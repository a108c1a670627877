<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt Sql is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSetup</name>
    <message>
        <source>The built-in framework is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>The institution needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>A platform needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of activities of platform “%1” cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformRepository</name>
    <message>
        <source>There is no platform %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This document was written by a newer version of Duibiao (schema %1; this version reads up to %2). Update Duibiao to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the document to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is read-only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitFigures</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of eligible retired staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of core workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of report hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (%1) cannot exceed the eligible retired staff (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers (%1) cannot exceed the participants (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a plausible assessment year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao</name>
    <message>
        <source>must be an object of translated texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with metric, scope, comparison and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comparison “%1” (use &gt;=, &gt;, &lt;=, &lt; or ==)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a platform count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator requirement needs a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualitative requirement must not have a rule (set kind to &quot;indicator&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (use &quot;qualitative&quot; or &quot;indicator&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 cannot end (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table %1 (row %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check and foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 rates %2, which its framework does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 has no entry for requirement %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item %1 links to unknown requirement %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1: framework %2 %3, %4 requirements, %5 rectification items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1” (%2): its bytes do not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence files (%2) verified against their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than the evidence size cap of %2; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification item needs a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase must be 1 to 4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress must be 0 to 100%, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AddEvidenceCommand</name>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AddPlatformCommand</name>
    <message>
        <source>Add platform %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AddRectificationCommand</name>
    <message>
        <source>Add rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AddUnitCommand</name>
    <message>
        <source>Add unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AssessmentRepository</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework snapshot of assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ConsistencyCheck</name>
    <message>
        <source>Schema version %1 (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::Document</name>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading, but the backup copy could not be written first (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Duibiao document (it is not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Duibiao document (it is an SQLite database of another program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duibiao (schema %2; this version reads up to %3). Update Duibiao to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unfinished Duibiao document (no schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first, or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (is its folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::EvidenceRepository</name>
    <message>
        <source>There is no evidence file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bytes of “%1” no longer match its SHA-256; the document is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removed evidence file %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkLoader</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;duibiao-framework&quot;; this is not a Duibiao framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this app reads (up to %2); update Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference framework must carry a note saying it is not the official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a framework file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in framework is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达标率: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加权得分: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rectification items: %1, overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for approval:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RatingRepository</name>
    <message>
        <source>Requirement %1 is not part of this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1: the rating differs from the suggested rating computed from the unit figures, so it needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RectificationRepository</name>
    <message>
        <source>There is no rectification item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RemovePlatformCommand</name>
    <message>
        <source>Remove platform %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RemoveRectificationCommand</name>
    <message>
        <source>Remove rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RemoveUnitCommand</name>
    <message>
        <source>Remove unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RenameEvidenceCommand</name>
    <message>
        <source>Rename evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RenameUnitCommand</name>
    <message>
        <source>Rename unit to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RerateAfterRectificationCommand</name>
    <message>
        <source>Re-rate %1 as %2 after rectification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::SaveFiguresCommand</name>
    <message>
        <source>Edit the figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::SetInstitutionCommand</name>
    <message>
        <source>Edit the institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::SetPhasesCommand</name>
    <message>
        <source>Edit the phase dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::SetRatingCommand</name>
    <message>
        <source>Rate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::SetRequirementTextCommand</name>
    <message>
        <source>Edit the narrative of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the gap of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UnitRepository</name>
    <message>
        <source>There is no unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution already has a school unit (校关工委).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UpdatePlatformCommand</name>
    <message>
        <source>Edit platform %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UpdateRectificationCommand</name>
    <message>
        <source>Edit rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::Validator</name>
    <message>
        <source>unknown key (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
