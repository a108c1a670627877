<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>version %1 is newer than this app reads (%2); update Duibiao to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 32 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a requirement of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be null while the status is draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 %2” does not match the framework (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list the four phases, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a school unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 is not in &quot;units&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed eligible (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 has figures for %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement “%1” is not in &quot;requirements&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not in &quot;rectification&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;evidence/&quot;, the id in six digits, &quot;-&quot; and a safe name, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is named by two evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a category of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Phase %1 cannot end (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Reopening a submitted assessment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment “%1” has not been submitted; there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rated, %4 rectification items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
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
        <source>Schema version %1 (current %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 keeps the entries of %2 from before its move to another framework version; they do not count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>%1: the UTF-16 text is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a CSV text file (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is neither UTF-8 nor GB18030; save the file as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 rows; this is not a unit template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: a quoted cell is never closed (a missing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The SQLite connection of Qt Sql gives no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SQLite refused its defensive settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
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
        <source>the file %1 is read-only (its permissions or the disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is read-only, so Duibiao cannot keep its journal and lock files beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrade to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs upgrading, but no backup copy could be written first (%2; %3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened read-only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; it is read-only now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Edit the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the phase dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
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
    <name>DocumentMeta</name>
    <message>
        <source>The document is of an unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryName</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a control or invisible character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains &quot;%1&quot;, which Windows does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has an empty segment (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has a &quot;..&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>“%1” is larger than the evidence size cap of %2; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>FrameworkChoices</name>
    <message>
        <source>snapshot of assessment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built into Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document offers no framework %1; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <source>Store framework %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the assessment to framework %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
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
        <source>The built-in framework %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs formatVersion 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;rating&quot;, &quot;pass_fail&quot; or &quot;graded&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scoring “%1” (use &quot;rating&quot;, &quot;pass_fail&quot; or &quot;graded&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requirement weights (points) add up to %1, not to the total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and the total %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage between 0 and 100 (no total is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of requirement codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a requirement code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a code of this framework; a requirement can only replace a code that is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already replaced at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkMove</name>
    <message>
        <source>Assessment “%1” was submitted and is frozen; reopen it (File → Reopen Assessment…) before moving it to another framework version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework of assessment “%1” changed since the move was planned; plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment “%1” is already on framework %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept when assessment “%1” moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of framework %2 is already in this document with other content; give the new one another version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no framework version %1 in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework %1 is used by assessment “%2”; it stays in the document while an assessment is on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkSheet</name>
    <message>
        <source>%1: row %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has no requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate code “%1” (also in row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a requirement code (row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category “%1” is new and needs a title in this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a framework is a .json file or a .xlsx or .csv sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a framework (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scoring “%1” (use rating, pass_fail or graded, or leave it empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not 是 (a veto item) or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still a code of this sheet (row %2); only a code no longer there can be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already replaced in row %2</source>
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
    <name>JsonFieldReader</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a member this format knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than the cap of %1 bytes for a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its offset (2020-10-15T09:00:00+08:00) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its offset (2020-10-15T09:00:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be null or one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits (a SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>is not a field of package format 1</source>
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
        <source>must be %1 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object, not an array or a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Duibiao review package (the format in manifest.json is %2, not &quot;duibiao-package&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer version of Duibiao (package format %2; this version reads %3). Update Duibiao to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a string longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;submission&quot;, &quot;team&quot; or &quot;opinions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint does not match the list of content; the manifest was changed after the package was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its checksum in the package (%1 bytes, SHA-256 %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package: %2 added, %3 changed, %4 removed, %5 conflicts, %6 duplicate evidence files skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is open read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall opinion of the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel opinion on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: here %2, package %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the package&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: changed here, removed in the package (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: removed here, changed in the package (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bringing it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving it removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>= %n evidence file(s) already here, skipped</source>
        <translation>
            <numerusform>= %n evidence file already here, skipped</numerusform>
            <numerusform>= %n evidence files already here, skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating before rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is for framework %1@%2, but this assessment is on %3@%4; nothing was imported. Move the assessment to %1@%2 first (command line: duibiao framework DOCUMENT --move %1@%2, or --move FILE.json with that framework&apos;s file; in the app: move the assessment to that framework version), review the lists it shows, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionCommands</name>
    <message numerus="yes">
        <source>Rectify the panel&apos;s findings (%n item(s))</source>
        <translation>
            <numerusform>Rectify the panel&apos;s findings (%n item)</numerusform>
            <numerusform>Rectify the panel&apos;s findings (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpinionsToRectification</name>
    <message>
        <source>The panel&apos;s opinion on %1 names a requirement that %2 does not have; no rectification item was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageExportRunner</name>
    <message>
        <source>Exporting the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no category “%1”; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission package marks the assessment submitted, which needs the document open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s record of the coordinator&apos;s version is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment holds no review opinions to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package would not be readable, so it was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the score sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 “%2” cannot be exported: %3 The document is damaged; run “duibiao check” on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than its %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 bytes instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bytes no longer match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package “%1” failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file; choose another name for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>%1: evidence %2 (“%3”) names the entry “%4”, which the package does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 (“%3”) does not match its entry “%4” in manifest.json (size or SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was submitted and is frozen; reopen it (File → Reopen Assessment…) before importing this %1 package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is open read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be taken before the import, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>%1: cannot open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a review package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a review package (not a ZIP file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP holds this name more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ZIP file is truncated or damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ZIP file is damaged: its directory and its entries disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory opening the ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the ZIP file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package holds %2 entries; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 of the ZIP cannot be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP directory does not describe the entry fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP holds this name more than once (also as %1, which differs only in Unicode normalisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is encrypted; review packages never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry uses compression method %1; only stored and deflated entries are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder entry holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP directory gives the stored entry two different sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry unpacks to %1 bytes; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package unpacks to more than %2 bytes in total; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is compressed more than %1:1 (%2 bytes from %3); it may be a ZIP bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Duibiao review package (it has no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON entry unpacks to %1 bytes; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is listed among the reports, which hold only report.pdf and report.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not part of package format 1 (assessment.json, scores.xlsx, evidence/NNNNNN-name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is listed more than once in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is listed in manifest.json but missing from the ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json gives %1 bytes, the ZIP directory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team package carries no reports or score sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an opinions package carries no reports or evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package does not list assessment.json in its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not listed in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry cannot be unpacked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: cannot write the entry (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package does not list this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is larger than %1 bytes, too large to read at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry holds fewer bytes (%1) than the %2 declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry holds more bytes than the %1 declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 of the entry does not match manifest.json; the file was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Review of the institutions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions&apos; packages are added to a panel document; this document is an institution&apos;s own (use Import Package instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a submission package; a panel compares the packages institutions submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel has recorded no opinion on the submission of %1 yet.</source>
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
    <name>PlatformCommands</name>
    <message>
        <source>Add platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove platform %1</source>
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
        <source>Duibiao documents (*.duibiao)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
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
    <name>RatingRules</name>
    <message>
        <source>Requirement %1 is scored as “%2”: it cannot be rated “%3” (it takes %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationCommands</name>
    <message>
        <source>Add rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rectification item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationRepository</name>
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
    <message>
        <source>There is no rectification item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The comparison of institutions is made from a panel document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementCommands</name>
    <message>
        <source>Rate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rate %1 as %2 after rectification</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>SchemaGuard</name>
    <message>
        <source>trigger “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object “%1” of type “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its list of tables cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an altered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: the document contains %2, which Duibiao (schema %3) never makes. Another program has changed it; ask whoever sent it for the document as Duibiao saved it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or failing: %1 could not be written, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written or read (%2), so the change was not saved. The disk may be full, removed or failing; free some space or check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>There is no submission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package (of %1) is already in the panel document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>Add unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the figures of %1</source>
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
    <name>UnitImportPlan</name>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unit “%1” in this document; add the unit first or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is for %1, but the assessment is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
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
    <message>
        <source>The school unit (校关工委) cannot be removed; rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTemplate</name>
    <message>
        <source>eligible retired staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report hearings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: … and %2 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a Duibiao unit template (cell A1 should read “%2”; was a row inserted above it?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row 1: the template&apos;s format version (cell B1) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the template was made by a newer version of Duibiao (format %2); update the application to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is named twice (first in row %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year is given twice (first in row %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform has no name (column B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform “%1” is listed twice (also in row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities: “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column A is empty, so the row cannot be read; it should name the field as in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in column A is not a field of the unit template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is given twice (first in row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row names the unit (“unit” in column A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit&apos;s name is missing (column C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row gives the year (“year” in column A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year “%1” is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures have no row for %1 (“%2” in column A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a number is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter 是 or 否 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is neither 是 nor 否 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants (%1) cannot exceed the eligible retired staff (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core workers (%1) cannot exceed the participants (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTemplateFile</name>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit templates are .xlsx or .csv files; this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a unit template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a workbook saved with a .csv name; save it as CSV, or rename it to .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTemplateXlsx</name>
    <message>
        <source>The workbook could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written (no worksheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the XLSX file is damaged or truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; the file is refused (it may be a ZIP bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot unpack %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 contains a document type declaration, which a workbook never needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not well-formed XML (line %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points outside the workbook (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row number “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 refers to shared string “%2”, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 has the unknown type “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 lies outside the %2 rows and %3 columns a sheet may use here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a unit template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is an Excel 97–2003 workbook or a password-protected file; save it as an unprotected .xlsx workbook or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not an XLSX workbook (an XLSX file is a ZIP archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::AuditModel</name>
    <message>
        <source>Requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating before rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible retired staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::CategoryForm</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: a category needs at least one requirement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ChecklistPage</name>
    <message>
        <source>Search code, title or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met or largely met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated · met rate %3 · score %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n overdue item</numerusform>
            <numerusform>%n overdue items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::ComparisonModel</name>
    <message>
        <source>%1 of %2 points; %3 met, %4 largely met, %5 not met, %6 unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 units meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units in scope meet the target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel opinion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Package fingerprint %2
Click to reverse the order by overall score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met requirements of those rated (达标率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentBanner</name>
    <message>
        <source>Open newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is damaged: %1. It was opened read-only; nothing in it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved; save a copy to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentPathEdit</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duibiao documents (*.duibiao)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentSession</name>
    <message>
        <source>The assessment was submitted on %1 (fingerprint %2). Reopen it to edit: File → Reopen Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::EvidenceListModel</name>
    <message>
        <source>%1
Added %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::EvidenceViewer</name>
    <message>
        <source>Could not make a temporary folder for the evidence copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the temporary folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You can save a copy of the file and look at it with a tool you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a program or script (%2); Duibiao never opens those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the extension of a program or script (.%2); Duibiao never opens those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A copy was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ExpectedEvidenceModel</name>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached yet: %1. Drop a file here or press Enter to attach one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ExportPackageDialog</name>
    <message>
        <source>Export for Team Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the requirement categories and the units you worked on. The package holds their ratings, texts, rectification items, evidence, figures and platforms, for the coordinator to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkEditorDialog</name>
    <message>
        <source>Edit Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), edited from version %3. Saving stores a new version in the document; the assessment stays on its own version until it is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Requirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new requirement after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new category after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected requirement, or the category with its requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One place up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One place down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a category or a requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version this edit is stored as; it must differ from the versions already in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, e.g. the official wording of 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the framework&apos;s scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (a letter, then up to 15 letters, digits, _ . or -; unique in the framework):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid code: a code is a letter, then up to 15 letters, digits, _ . or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “%1” is already used in this framework; category and requirement codes share one namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new version a name, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework cannot be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes made to the framework? Nothing of them is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkScoreForm</name>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a total, each requirement&apos;s weight is its points (分值) and the weights add up to the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness needs at least this score: points when the framework has a total, else a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkVersionsDialog</name>
    <message>
        <source>stored in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built into the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx *.csv);;Framework JSON (*.json);;Sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework JSON (*.json);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected version; saving stores a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a framework file (JSON) or sheet (XLSX, CSV) in the document as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected version as framework JSON, XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Assessment to This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what changes, then move the assessment; undoable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version to compare it with the assessment&apos;s, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment&apos;s version %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the version the assessment is on. Select another version, or two, to see their differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a framework is exported as .json, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is already on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::GapModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::GapsPage</name>
    <message>
        <source>Search the gaps (code, requirement, shortfall, unit)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a gap (or press Enter) to open the requirement in the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::HistoryPage</name>
    <message>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ImportPackageDialog</name>
    <message>
        <source>Submission to the review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review panel&apos;s opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take All from &amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken first; File → Restore from Backup undoes the import. The import itself cannot be undone with Edit → Undo, and earlier edits can no longer be undone after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 conflict(s), %5 evidence file(s) already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: this document already holds everything in the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::LinkedItemModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
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
        <source>Open a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units &amp;&amp; platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;对标 Duibiao %1&lt;/h3&gt;&lt;p&gt;Benchmarking a university&apos;s 关工委 against the Jiangsu quality-construction requirements, offline.&lt;/p&gt;&lt;p&gt;The built-in framework is a reference version compiled from the implementation opinion; the official provincial text prevails.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;对标 Duibiao&lt;/h2&gt;&lt;p&gt;No document is open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对标 Duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Panel Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New panel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the damaged file as it is as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of %1 passes its own check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the backup of %1; the damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team-member.duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duibiao documents (*.duibiao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for Team &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify the Panel&apos;s &amp;Findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was submitted, so this package is not imported. Reopen it first: File → Reopen Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: this document already holds everything in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported; the document is as it was.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported: %2 added, %3 changed, %4 removed, %5 conflict(s) settled.

A backup was taken first; File → Restore from Backup undoes the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify the panel&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a phase-4 rectification item for each requirement the panel rated not met or largely met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written.

Send this file to the member; they export a team package with File → Export for Team Member…; import it here with File → Import Package….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no opinions of the review panel yet: import them with File → Import Package….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to rectify: the panel rated no requirement not met or largely met, or each finding already has its rectification item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was submitted. Reopen it to add the rectification items? The reopening is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification after the panel&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) made from the panel&apos;s findings.</source>
        <translation>
            <numerusform>%n rectification item made from the panel&apos;s findings.</numerusform>
            <numerusform>%n rectification items made from the panel&apos;s findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was submitted. Why is it reopened? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Review Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;Team Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-team work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has not been submitted; it can be edited as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written (%2 entries, %3).

Package fingerprint: %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is now marked as submitted and can no longer be edited. To change it, use File → Reopen Assessment…; the reopening is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package exported, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is open for editing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ramework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework %1@%2 stored. Framework → Versions… moves the assessment to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the assessment&apos;s framework: titles, texts, evidence, weights, rules; saving stores a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework versions in the document and their differences; import, export, and move the assessment to another version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::MergePlanModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: take the package&apos;s side; unchecked: keep this document&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::MoveAssessmentDialog</name>
    <message>
        <source>Move the Assessment to Another Framework Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment moves from %1@%2 to %3@%4. Ratings, narratives, evidence and rectification links stay with their requirement codes; nothing is deleted, and Edit → Undo moves it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s)</source>
        <translation>
            <numerusform>%n rectification item</numerusform>
            <numerusform>%n rectification items</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requirements (%1): they start unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed requirements (%1): no longer counted; what they hold stays in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded or changed requirements (%1): the rating is carried over; review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reworded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered requirements (%1): their work moves to the new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 示例大学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment.duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirements.</source>
        <translation>
            <numerusform>%n requirement.</numerusform>
            <numerusform>%n requirements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::NewPanelDialog</name>
    <message>
        <source>New panel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 示例片区评议组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 示例片区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel.duibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::OverviewPage</name>
    <message>
        <source>Institution and framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达标率 (met rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phase &amp;dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for approval (合格审定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases are over (today %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Ready for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not ready: %1 reason(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::PanelPage</name>
    <message>
        <source>Add a submission package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the panel&apos;s opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an institution&apos;s submitted review package; it is verified first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the submission of %1 and the panel&apos;s opinions on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Opinions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-panel opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel opinion on this requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall opinion on the institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel&apos;s finding and what the institution should do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel&apos;s rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panel&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission yet. Add Package… adds an institution&apos;s submitted review package; it is verified before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) compared. Select a cell for the institution&apos;s own account and the panel&apos;s opinion; ◆ marks a cell with an opinion.</source>
        <translation>
            <numerusform>%n institution compared. Select a cell for the institution&apos;s own account and the panel&apos;s opinion; ◆ marks a cell with an opinion.</numerusform>
            <numerusform>%n institutions compared. Select a cell for the institution&apos;s own account and the panel&apos;s opinion; ◆ marks a cell with an opinion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: select a requirement&apos;s cell for its self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written.

Package fingerprint: %2

The institution adds it with File → Import Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regional panel&apos;s opinions this institution received, beside its own ratings. They are kept apart from the self-assessment; the panel sends them as an opinions package (File → Import Package…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::PhasesDialog</name>
    <message>
        <source>Phase dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::PlatformModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform needs both an in-service leader and a retired leader (双组长制); this one fails the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the platform was founded, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the audit trail shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (仿宋 where installed, else Noto Serif CJK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence size cap per file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RectificationModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown requirement code: %1. Use the codes of the framework, separated by commas (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due %1 and still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline of its own: the end of phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person responsible for the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes of the requirements the measure rectifies, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s own deadline; in grey italics the end of its phase when it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification item needs a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such responsible unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase must be 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress must be 0 to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RectificationPage</name>
    <message>
        <source>Remove rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rectification item “%1”? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a planned item in the current phase (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search measure, person, code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the measure, the responsible person and the requirement codes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items shown, %3 open, %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 open, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rectification measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify “%1” and re-rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify the Panel&apos;s &amp;Findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phase-4 item for each requirement the review panel rated not met or largely met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::ReportsPage</name>
    <message>
        <source>Sections of the self-evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary with chart and readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit indicator tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;ODT (editable)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports follow the official-document layout (A4, GB/T 9704 margins, 仿宋 body where installed, “— N —” page numbers). The ODT copy opens in WPS, Word and LibreOffice for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation>
            <numerusform>Exported %1 (%n page).</numerusform>
            <numerusform>Exported %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 (editable ODT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementDetailPane</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Rectification Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure (it can be refined on the Rectification page):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;differing from the suggested rating (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the rating differs from the one computed from the unit figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the rating with this reason (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the rating as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative — what has been done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gap — what is still missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected evidence — ticked when a file is attached for it; press Enter or drop a file on an item to attach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files for This Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For i&amp;tem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files; you can also drop files onto this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;Item for This Requirement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a requirement in the list to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s): %1 met, %2 largely met, %3 not met, %4 not applicable, %5 unrated.</source>
        <translation>
            <numerusform>%n requirement: %1 met, %2 largely met, %3 not met, %4 not applicable, %5 unrated.</numerusform>
            <numerusform>%n requirements: %1 met, %2 largely met, %3 not met, %4 not applicable, %5 unrated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met rate: %1 · weighted score: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a requirement to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator requirement: rated from the unit figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the unit figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet: no unit in scope has figures for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units in scope meet the target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” differs from the suggested rating: check the reason and apply. Until then the rating stays “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating stays “%1” until a reason is given and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the requirement is met: facts, figures, documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still missing against the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel opinion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementForm</name>
    <message>
        <source>A letter, then up to 15 letters, digits, _ . or -; unique in the framework. Assessments moved to the new version carry their work over by this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative (rated by the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator (computed from unit data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the item is rated: the four ratings, pass or fail, or grades A/B/C/D (100/60/40/0% of its points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veto item (一票否决): readiness fails unless it is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator rule and the units that pass it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (条文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance (指导)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementTreeModel</name>
    <message>
        <source>Differs from the suggested rating %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before rectification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit in scope meets the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met</source>
        <comment>share of rated requirements met</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated: %3 met, %4 largely met, %5 not met, %6 not applicable.
Weighted score: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>column: number of evidence files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating computed from the unit figures (indicator requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rectification items; red when one is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RerateDialog</name>
    <message>
        <source>Re-rate after rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification item “%1” is verified. Re-rate the requirements it rectifies? The earlier rating is kept and shown in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the measure was checked on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit figures suggest another rating for %1; please give a reason for the new rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The document as it is now is backed up first, so the restore can itself be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first open of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RuleForm</name>
    <message>
        <source>The school&apos;s own committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every college and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates and shares as a fraction: 0.6 is 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Largely met” when at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of units (or the pooled rate) that earns “largely met” when not every unit meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit of the document is in this rule&apos;s scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units in scope pass the rule as edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rating: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::RulePreviewModel</name>
    <message>
        <source>✓ passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::TableExport</name>
    <message>
        <source>Export ta&amp;ble…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook (XLSX) or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UnitExportDialog</name>
    <message>
        <source>Export unit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One template per unit, for its college secretary to fill in and send back. Each file holds the unit&apos;s figures for the assessment year and its work platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UnitFiguresModel</name>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School committee (校关工委)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary committee (二级关工委)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 yet: type the eligible retired staff to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eligible retired staff: the rate is not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platforms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core
workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core worker
rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit
rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand
menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource
menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual
leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school committee and the secondary committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired staff who could take part (有条件参与的老同志)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired staff taking part (参与人数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants ÷ eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers (工作骨干)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers ÷ eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a year the party committee hears the committee&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings of core workers a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has its own working rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demand menu (需求菜单) is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource menu (资源菜单) is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work platforms of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of platforms with both an in-service and a retired leader (双组长制)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duibiao::UnitImportDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible retired staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report hearings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import unit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The templates cannot be imported: %n problem(s) were found. Nothing has been changed. Correct the rows named below and import again.</source>
        <translation>
            <numerusform>The templates cannot be imported: %n problem was found. Nothing has been changed. Correct the rows named below and import again.</numerusform>
            <numerusform>The templates cannot be imported: %n problems were found. Nothing has been changed. Correct the rows named below and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read. Changed values are in bold; nothing is written until you choose Import, and one Undo takes it all back.</source>
        <translation>
            <numerusform>%n template read. Changed values are in bold; nothing is written until you choose Import, and one Undo takes it all back.</numerusform>
            <numerusform>%n templates read. Changed values are in bold; nothing is written until you choose Import, and one Undo takes it all back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures left blank in the file: kept as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Platforms to add: %n</source>
        <translation>
            <numerusform>Platforms to add: %n</numerusform>
            <numerusform>Platforms to add: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>new platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Platforms to update: %n</source>
        <translation>
            <numerusform>Platforms to update: %n</numerusform>
            <numerusform>Platforms to update: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Platforms not in the file, kept: %n</source>
        <translation>
            <numerusform>Platforms not in the file, kept: %n</numerusform>
            <numerusform>Platforms not in the file, kept: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::UnitsPage</name>
    <message>
        <source>Units &amp; platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import unit templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit templates (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter units (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a secondary unit (二级关工委) and type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV or XLSX template per unit for the college secretaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read filled-in templates back, check every row and preview the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1. Red cells are below the framework&apos;s target (hover for it). Double-click or start typing to edit; Delete removes the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work platforms of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school committee (校关工委) cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unit with its figures and platforms (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 with its figures and %n platform(s)?</source>
        <translation>
            <numerusform>Remove %1 with its figures and %n platform?</numerusform>
            <numerusform>Remove %1 with its figures and %n platforms?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%n file exists already in %1: %2. Replace it?</numerusform>
            <numerusform>%n files exist already in %1: %2. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s) to %1. Send each to its college secretary; import the filled-in files with “Import templates…”.</source>
        <translation>
            <numerusform>Exported %n template to %1. Send each to its college secretary; import the filled-in files with “Import templates…”.</numerusform>
            <numerusform>Exported %n templates to %1. Send each to its college secretary; import the filled-in files with “Import templates…”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is also in %3; import one file per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The templates hold nothing new; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the template of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n unit template(s)</source>
        <translation>
            <numerusform>Import %n unit template</numerusform>
            <numerusform>Import %n unit templates</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1. Undo takes the import back in one step.</source>
        <translation>
            <numerusform>Imported %n template: %1. Undo takes the import back in one step.</numerusform>
            <numerusform>Imported %n templates: %1. Undo takes the import back in one step.</numerusform>
        </translation>
    </message>
</context>
</TS>
