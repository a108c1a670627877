<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Phase %1 cannot end (%2) before it starts (%3).</source>
        <translation>第 %1 阶段的结束日期（%2）不能早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>An assessment needs a title.</source>
        <translation>评估须填写标题。</translation>
    </message>
    <message>
        <source>The document holds no assessment.</source>
        <translation>本文档中没有评估。</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>评估 %1 不存在。</translation>
    </message>
    <message>
        <source>the framework snapshot of assessment %1</source>
        <translation>评估 %1 的指标框架快照</translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>no assessment</source>
        <translation>无评估</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rated, %4 rectification items</source>
        <translation>%1：已评定 %2 项（共 %3 项），整改事项 %4 项</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be copied next to %2.</source>
        <translation>无法将备份 %1 复制到 %2 所在文件夹。</translation>
    </message>
    <message>
        <source>Copying the backup failed: %1</source>
        <translation>复制备份失败：%1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>Broken reference in table %1 (row %2) to %3.</source>
        <translation>表 %1（第 %2 行）中指向 %3 的引用已失效。</translation>
    </message>
    <message>
        <source>SQLite integrity check and foreign keys</source>
        <translation>SQLite 完整性检查与外键检查</translation>
    </message>
    <message>
        <source>The document holds no assessment.</source>
        <translation>本文档中没有评估。</translation>
    </message>
    <message>
        <source>Assessment %1 rates %2, which its framework does not have.</source>
        <translation>评估 %1 评定了 %2，但其指标框架中没有该项。</translation>
    </message>
    <message>
        <source>Assessment %1 has no entry for requirement %2.</source>
        <translation>评估 %1 中缺少要求 %2 的记录。</translation>
    </message>
    <message>
        <source>Rectification item %1 links to unknown requirement %2.</source>
        <translation>整改事项 %1 关联的要求 %2 不存在。</translation>
    </message>
    <message>
        <source>Assessment %1: framework %2 %3, %4 requirements, %5 rectification items</source>
        <translation>评估 %1：指标框架 %2 %3，要求 %4 项，整改事项 %5 项</translation>
    </message>
    <message>
        <source>Evidence “%1” (%2): its bytes do not match its SHA-256.</source>
        <translation>佐证材料“%1”（%2）：文件内容与其 SHA-256 校验值不符。</translation>
    </message>
    <message>
        <source>%1 evidence files (%2) verified against their SHA-256</source>
        <translation>%1 个佐证材料文件（%2）已通过 SHA-256 校验</translation>
    </message>
    <message>
        <source>Schema version %1 (current %2)</source>
        <translation>数据结构版本 %1（当前版本 %2）</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>%1: the UTF-16 text is damaged.</source>
        <translation>%1：UTF-16 文本已损坏。</translation>
    </message>
    <message>
        <source>%1: this is not a CSV text file (it contains binary data).</source>
        <translation>%1：不是 CSV 文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <source>%1: the text is neither UTF-8 nor GB18030; save the file as “CSV UTF-8”.</source>
        <translation>%1：文本编码既非 UTF-8 也非 GB18030，请将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; this is not a unit template.</source>
        <translation>%1：超过 %2 行，不是单位模板。</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells.</source>
        <translation>%1：第 %2 行超过 %3 个单元格。</translation>
    </message>
    <message>
        <source>%1: row %2: a quoted cell is never closed (a missing ").</source>
        <translation>%1：第 %2 行：有带引号的单元格未闭合（缺少 "）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt Sql is missing (install libqt6sql6-sqlite).</source>
        <translation>缺少 Qt Sql 的 SQLite 驱动（请安装 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 已存在，未予覆盖。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No temporary folder is available.</source>
        <translation>没有可用的临时文件夹。</translation>
    </message>
    <message>
        <source>%1 needs upgrading, but the backup copy could not be written first (%2); nothing was changed.</source>
        <translation>%1 需要升级，但未能先写入备份副本（%2），未作任何更改。</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>Edit the institution</source>
        <translation>编辑学校信息</translation>
    </message>
    <message>
        <source>Edit the phase dates</source>
        <translation>编辑阶段日期</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Duibiao document (it is not an SQLite database file).</source>
        <translation>%1 不是对标文档（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>%1 is not a Duibiao document (it is an SQLite database of another program).</source>
        <translation>%1 不是对标文档（是其他程序的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duibiao (schema %2; this version reads up to %3). Update Duibiao to open it.</source>
        <translation>%1 由更新版本的对标生成（数据结构版本 %2，本版本最高支持 %3）。请更新对标后再打开。</translation>
    </message>
    <message>
        <source>%1 is an unfinished Duibiao document (no schema).</source>
        <translation>%1 是未完成创建的对标文档（缺少数据结构）。</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4). Close it there first, or work on a copy.</source>
        <translation>%1 已在 %2 中打开（%4 上的进程 %3）。请先在该处关闭，或改用副本操作。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (is its folder read-only?).</source>
        <translation>无法锁定 %1 以进行编辑（所在文件夹是否为只读？）。</translation>
    </message>
</context>
<context>
    <name>DocumentSetup</name>
    <message>
        <source>The built-in framework is missing from this build.</source>
        <translation>当前版本缺少内置指标框架。</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>Attach %1 to %2</source>
        <translation>将 %1 附加至 %2</translation>
    </message>
    <message>
        <source>Rename evidence to %1</source>
        <translation>将佐证材料重命名为 %1</translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <translation>删除佐证材料 %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>“%1” is larger than the evidence size cap of %2; it was not added.</source>
        <translation>“%1”超过单个佐证材料大小上限 %2，未添加。</translation>
    </message>
    <message>
        <source>There is no evidence file %1.</source>
        <translation>佐证材料文件 %1 不存在。</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>佐证材料文件须有名称。</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Writing “%1” failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>The stored bytes of “%1” no longer match its SHA-256; the document is damaged.</source>
        <translation>“%1”的存储内容与其 SHA-256 校验值不符，文档已损坏。</translation>
    </message>
    <message>
        <source>There is no removed evidence file %1 to restore.</source>
        <translation>没有可恢复的已删除佐证材料文件 %1。</translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>unknown key (a typo?)</source>
        <translation>未知键名（是否拼写有误？）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>须为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>须为字符串数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>须为非空字符串</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>须为数字</translation>
    </message>
    <message>
        <source>must be an object of translated texts</source>
        <translation>须为包含各语言译文的对象</translation>
    </message>
    <message>
        <source>must be an object with metric, scope, comparison and target</source>
        <translation>须为包含 metric、scope、comparison 和 target 的对象</translation>
    </message>
    <message>
        <source>unknown metric “%1”</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>unknown scope “%1”</source>
        <translation>未知范围“%1”</translation>
    </message>
    <message>
        <source>unknown comparison “%1” (use &gt;=, &gt;, &lt;=, &lt; or ==)</source>
        <translation>未知比较运算符“%1”（请使用 &gt;=、&gt;、&lt;=、&lt; 或 ==）</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>须为 0 至 1 之间的比例</translation>
    </message>
    <message>
        <source>a platform count cannot be negative</source>
        <translation>工作平台数量不能为负数</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>“%1” is not a valid code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation>“%1”不是有效编号（须以字母开头，其后最多 15 个字母、数字或 _ . -）</translation>
    </message>
    <message>
        <source>duplicate code “%1”</source>
        <translation>编号“%1”重复</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>须为正数</translation>
    </message>
    <message>
        <source>an indicator requirement needs a rule</source>
        <translation>指标类要求须设定规则</translation>
    </message>
    <message>
        <source>a qualitative requirement must not have a rule (set kind to "indicator")</source>
        <translation>定性要求不能设定规则（如需规则，请将 kind 设为 "indicator"）</translation>
    </message>
    <message>
        <source>unknown kind “%1” (use "qualitative" or "indicator")</source>
        <translation>未知类型“%1”（请使用 "qualitative" 或 "indicator"）</translation>
    </message>
    <message>
        <source>“%1” is not a valid code</source>
        <translation>“%1”不是有效编号</translation>
    </message>
    <message>
        <source>must be a non-empty array of requirements</source>
        <translation>须为非空的要求数组</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>须为 JSON 对象</translation>
    </message>
    <message>
        <source>must be "duibiao-framework"; this is not a Duibiao framework file</source>
        <translation>须为 "duibiao-framework"，此文件不是对标指标框架文件</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>须为不小于 1 的整数</translation>
    </message>
    <message>
        <source>version %1 is newer than this app reads (up to %2); update Duibiao</source>
        <translation>版本 %1 高于本程序支持的版本（最高 %2），请更新对标</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>a reference framework must carry a note saying it is not the official text</source>
        <translation>参考版指标框架须附注说明其并非正式文本</translation>
    </message>
    <message>
        <source>must be a non-empty array of categories</source>
        <translation>须为非空的类别数组</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: too large for a framework file (%2 bytes)</source>
        <translation>%1：作为指标框架文件过大（%2 字节）</translation>
    </message>
    <message>
        <source>The built-in framework is missing from this build.</source>
        <translation>当前版本缺少内置指标框架。</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>The institution needs a name.</source>
        <translation>学校须填写名称。</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>A platform needs a name.</source>
        <translation>工作平台须填写名称。</translation>
    </message>
    <message>
        <source>The number of activities of platform “%1” cannot be negative.</source>
        <translation>工作平台“%1”的活动次数不能为负数。</translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <source>Add platform %1</source>
        <translation>添加工作平台 %1</translation>
    </message>
    <message>
        <source>Edit platform %1</source>
        <translation>编辑工作平台 %1</translation>
    </message>
    <message>
        <source>Remove platform %1</source>
        <translation>删除工作平台 %1</translation>
    </message>
</context>
<context>
    <name>PlatformRepository</name>
    <message>
        <source>There is no platform %1.</source>
        <translation>工作平台 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Duibiao documents (*.duibiao)</source>
        <translation>对标文档 (*.duibiao)</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>Requirement %1 is not part of this assessment.</source>
        <translation>要求 %1 不属于本次评估。</translation>
    </message>
    <message>
        <source>Requirement %1: the rating differs from the suggested rating computed from the unit figures, so it needs a written reason.</source>
        <translation>要求 %1：评定结果与根据单位数据计算的建议评定不一致，须填写调整理由。</translation>
    </message>
</context>
<context>
    <name>RectificationCommands</name>
    <message>
        <source>Add rectification item “%1”</source>
        <translation>添加整改事项“%1”</translation>
    </message>
    <message>
        <source>Edit rectification item “%1”</source>
        <translation>编辑整改事项“%1”</translation>
    </message>
    <message>
        <source>Remove rectification item “%1”</source>
        <translation>删除整改事项“%1”</translation>
    </message>
</context>
<context>
    <name>RectificationRepository</name>
    <message>
        <source>A rectification item needs a measure.</source>
        <translation>整改事项须填写整改措施。</translation>
    </message>
    <message>
        <source>The phase must be 1 to 4, not %1.</source>
        <translation>阶段须为 1 至 4，不能为 %1。</translation>
    </message>
    <message>
        <source>The progress must be 0 to 100%, not %1.</source>
        <translation>进度须为 0 至 100%，不能为 %1。</translation>
    </message>
    <message>
        <source>There is no rectification item %1.</source>
        <translation>整改事项 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>RequirementCommands</name>
    <message>
        <source>Rate %1 as %2</source>
        <translation>将 %1 评定为“%2”</translation>
    </message>
    <message>
        <source>Re-rate %1 as %2 after rectification</source>
        <translation>整改后将 %1 重新评定为“%2”</translation>
    </message>
    <message>
        <source>Edit the narrative of %1</source>
        <translation>编辑 %1 的自评情况</translation>
    </message>
    <message>
        <source>Edit the gap of %1</source>
        <translation>编辑 %1 的差距</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This document was written by a newer version of Duibiao (schema %1; this version reads up to %2). Update Duibiao to open it.</source>
        <translation>本文档由更新版本的对标生成（数据结构版本 %1，本版本最高支持 %2）。请更新对标后再打开。</translation>
    </message>
    <message>
        <source>Upgrading the document to schema %1 failed: %2</source>
        <translation>将文档升级至数据结构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，更改未保存。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The document is read-only; the change was not saved.</source>
        <translation>文档为只读，更改未保存。</translation>
    </message>
    <message>
        <source>The document is damaged (%1); nothing was changed.</source>
        <translation>文档已损坏（%1），未作任何更改。</translation>
    </message>
    <message>
        <source>The document is busy in another program; try again in a moment.</source>
        <translation>文档正被其他程序占用，请稍后重试。</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（位置：%2）</translation>
    </message>
</context>
<context>
    <name>UnitCommands</name>
    <message>
        <source>Add unit %1</source>
        <translation>添加单位 %1</translation>
    </message>
    <message>
        <source>Rename unit to %1</source>
        <translation>将单位重命名为 %1</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>删除单位 %1</translation>
    </message>
    <message>
        <source>Edit the figures of %1</source>
        <translation>编辑 %1 的数据</translation>
    </message>
</context>
<context>
    <name>UnitFigures</name>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>The number of eligible retired staff</source>
        <translation>有条件参与的老同志人数</translation>
    </message>
    <message>
        <source>The number of participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>The number of core workers</source>
        <translation>工作骨干人数</translation>
    </message>
    <message>
        <source>The number of report hearings</source>
        <translation>听取汇报次数</translation>
    </message>
    <message>
        <source>The number of trainings</source>
        <translation>骨干培训次数</translation>
    </message>
    <message>
        <source>Participants (%1) cannot exceed the eligible retired staff (%2).</source>
        <translation>参与人数（%1）不能超过有条件参与的老同志人数（%2）。</translation>
    </message>
    <message>
        <source>Core workers (%1) cannot exceed the participants (%2).</source>
        <translation>工作骨干人数（%1）不能超过参与人数（%2）。</translation>
    </message>
    <message>
        <source>The year %1 is not a plausible assessment year.</source>
        <translation>%1 年不是合理的评估年度。</translation>
    </message>
</context>
<context>
    <name>UnitImportPlan</name>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>there is no unit “%1” in this document; add the unit first or correct the name.</source>
        <translation>本文档中没有单位“%1”，请先添加该单位或更正名称。</translation>
    </message>
    <message>
        <source>the template is for %1, but the assessment is for %2.</source>
        <translation>该模板适用于 %1，而本次评估为 %2。</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <source>There is no unit %1.</source>
        <translation>单位 %1 不存在。</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>单位须填写名称。</translation>
    </message>
    <message>
        <source>The institution already has a school unit (校关工委).</source>
        <translation>本校已有校关工委。</translation>
    </message>
    <message>
        <source>The school unit (校关工委) cannot be removed; rename it instead.</source>
        <translation>校关工委不能删除，如需调整请重命名。</translation>
    </message>
</context>
<context>
    <name>UnitTemplate</name>
    <message>
        <source>eligible retired staff</source>
        <translation>有条件参与的老同志</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>core workers</source>
        <translation>工作骨干</translation>
    </message>
    <message>
        <source>report hearings per year</source>
        <translation>年度听取汇报次数</translation>
    </message>
    <message>
        <source>trainings per year</source>
        <translation>年度骨干培训次数</translation>
    </message>
    <message>
        <source>unit rules</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>demand menu</source>
        <translation>需求菜单</translation>
    </message>
    <message>
        <source>resource menu</source>
        <translation>资源菜单</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: … and %2 more problems.</source>
        <translation>%1：… 另有 %2 个问题。</translation>
    </message>
    <message>
        <source>%1: this is not a Duibiao unit template (cell A1 should read “%2”; was a row inserted above it?).</source>
        <translation>%1：不是对标单位模板（A1 单元格应为“%2”，是否在其上方插入了行？）。</translation>
    </message>
    <message>
        <source>%1: row 1: the template's format version (cell B1) is missing.</source>
        <translation>%1：第 1 行：缺少模板格式版本（B1 单元格）。</translation>
    </message>
    <message>
        <source>%1: the template was made by a newer version of Duibiao (format %2); update the application to read it.</source>
        <translation>%1：该模板由更新版本的对标生成（格式版本 %2），请更新本程序后再读取。</translation>
    </message>
    <message>
        <source>the unit is named twice (first in row %1).</source>
        <translation>单位名称重复填写（首次出现于第 %1 行）。</translation>
    </message>
    <message>
        <source>the year is given twice (first in row %1).</source>
        <translation>年度重复填写（首次出现于第 %1 行）。</translation>
    </message>
    <message>
        <source>the platform has no name (column B).</source>
        <translation>工作平台缺少名称（B 列）。</translation>
    </message>
    <message>
        <source>the platform “%1” is listed twice (also in row %2).</source>
        <translation>工作平台“%1”重复列出（另见第 %2 行）。</translation>
    </message>
    <message>
        <source>founded: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>成立日期：“%1”不是有效日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>activities: “%1” is not a whole number.</source>
        <translation>活动次数：“%1”不是整数。</translation>
    </message>
    <message>
        <source>activities cannot be negative (%1).</source>
        <translation>活动次数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>column A is empty, so the row cannot be read; it should name the field as in the template.</source>
        <translation>A 列为空，无法读取该行；A 列应按模板填写字段名称。</translation>
    </message>
    <message>
        <source>“%1” in column A is not a field of the unit template.</source>
        <translation>A 列中的“%1”不是单位模板的字段。</translation>
    </message>
    <message>
        <source>“%1” is given twice (first in row %2).</source>
        <translation>“%1”重复填写（首次出现于第 %2 行）。</translation>
    </message>
    <message>
        <source>no row names the unit (“unit” in column A).</source>
        <translation>缺少填写单位名称的行（A 列为“unit”）。</translation>
    </message>
    <message>
        <source>the unit's name is missing (column C).</source>
        <translation>缺少单位名称（C 列）。</translation>
    </message>
    <message>
        <source>no row gives the year (“year” in column A).</source>
        <translation>缺少填写年度的行（A 列为“year”）。</translation>
    </message>
    <message>
        <source>the year “%1” is not a plausible year.</source>
        <translation>年度“%1”不是合理的年份。</translation>
    </message>
    <message>
        <source>the figures have no row for %1 (“%2” in column A).</source>
        <translation>数据中缺少“%1”所在行（A 列为“%2”）。</translation>
    </message>
    <message>
        <source>%1: a number is needed.</source>
        <translation>%1：须填写数字。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1不能为负数（%2）。</translation>
    </message>
    <message>
        <source>%1: enter 是 or 否 (yes or no).</source>
        <translation>%1：请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>%1: “%2” is neither 是 nor 否 (yes or no).</source>
        <translation>%1：“%2”无效，请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>participants (%1) cannot exceed the eligible retired staff (%2).</source>
        <translation>参与人数（%1）不能超过有条件参与的老同志人数（%2）。</translation>
    </message>
    <message>
        <source>core workers (%1) cannot exceed the participants (%2).</source>
        <translation>工作骨干人数（%1）不能超过参与人数（%2）。</translation>
    </message>
</context>
<context>
    <name>UnitTemplateFile</name>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>%1: unit templates are .xlsx or .csv files; this one is not.</source>
        <translation>%1：单位模板须为 .xlsx 或 .csv 文件，此文件不符合要求。</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1：无法打开文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a unit template.</source>
        <translation>%1：文件大于 %2 MB，不是单位模板。</translation>
    </message>
    <message>
        <source>%1: this is a workbook saved with a .csv name; save it as CSV, or rename it to .xlsx.</source>
        <translation>%1：此文件是以 .csv 扩展名保存的工作簿，请另存为 CSV 格式，或将扩展名改为 .xlsx。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
</context>
<context>
    <name>UnitTemplateXlsx</name>
    <message>
        <source>The workbook could not be written (%1).</source>
        <translation>无法写入工作簿（%1）。</translation>
    </message>
    <message>
        <source>The workbook could not be written (no worksheet).</source>
        <translation>无法写入工作簿（没有工作表）。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>无法为工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be read back (%1).</source>
        <translation>写入后无法重新读取工作簿（%1）。</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the XLSX file is damaged or truncated (%2).</source>
        <translation>%1：XLSX 文件已损坏或不完整（%2）。</translation>
    </message>
    <message>
        <source>%1: the workbook has no part %2.</source>
        <translation>%1：工作簿中缺少部件 %2。</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; the file is refused (it may be a ZIP bomb).</source>
        <translation>%1：%2 解压后超过 %3 MB，已拒绝读取该文件（可能为 ZIP 炸弹）。</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3).</source>
        <translation>%1：无法读取 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 is encrypted.</source>
        <translation>%1：%2 已加密。</translation>
    </message>
    <message>
        <source>%1: cannot unpack %2 (%3).</source>
        <translation>%1：无法解压 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3).</source>
        <translation>%1：%2 已损坏（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 contains a document type declaration, which a workbook never needs.</source>
        <translation>%1：%2 包含文档类型声明，正常工作簿不应包含此声明。</translation>
    </message>
    <message>
        <source>%1: %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1：%2 不是格式正确的 XML（第 %3 行：%4）。</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet.</source>
        <translation>%1：工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>%1: %2 points outside the workbook (%3).</source>
        <translation>%1：%2 指向工作簿以外的位置（%3）。</translation>
    </message>
    <message>
        <source>the row number “%1” is not valid.</source>
        <translation>行号“%1”无效。</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid.</source>
        <translation>单元格引用“%1”无效。</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string “%2”, which does not exist.</source>
        <translation>单元格 %1 引用的共享字符串“%2”不存在。</translation>
    </message>
    <message>
        <source>cell %1 has the unknown type “%2”.</source>
        <translation>单元格 %1 的类型“%2”未知。</translation>
    </message>
    <message>
        <source>cell %1 lies outside the %2 rows and %3 columns a sheet may use here.</source>
        <translation>单元格 %1 超出了此处工作表可用的 %2 行、%3 列范围。</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1：无法打开文件（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; this is not a unit template.</source>
        <translation>%1：文件大于 %2 MB，不是单位模板。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97–2003 workbook or a password-protected file; save it as an unprotected .xlsx workbook or as CSV.</source>
        <translation>%1：此文件为 Excel 97–2003 工作簿或受密码保护的文件，请另存为未加密的 .xlsx 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <source>%1: this is not an XLSX workbook (an XLSX file is a ZIP archive).</source>
        <translation>%1：不是 XLSX 工作簿（XLSX 文件应为 ZIP 压缩包）。</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>%1：此 ZIP 压缩包不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
</context>
<context>
    <name>duibiao::AuditModel</name>
    <message>
        <source>Requirement %1</source>
        <translation>要求 %1</translation>
    </message>
    <message>
        <source>Figures %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>工作平台 %1</translation>
    </message>
    <message>
        <source>Rectification item #%1</source>
        <translation>整改事项 #%1</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>佐证材料 %1</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>评估 %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>自评情况</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Rating before rectification</source>
        <translation>整改前评定</translation>
    </message>
    <message>
        <source>Eligible retired staff</source>
        <translation>有条件参与的老同志</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Core workers</source>
        <translation>工作骨干</translation>
    </message>
    <message>
        <source>Report hearings</source>
        <translation>听取汇报次数</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>骨干培训次数</translation>
    </message>
    <message>
        <source>Unit rules</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>Demand menu</source>
        <translation>需求菜单</translation>
    </message>
    <message>
        <source>Resource menu</source>
        <translation>资源菜单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>对应要求</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>完成情况说明</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation>合作部门(委员单位)</translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation>在职组长</translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation>老同志组长</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>关工委</translation>
    </message>
    <message>
        <source>Activity area</source>
        <translation>活动片区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Phase %1 dates</source>
        <translation>第%1阶段日期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>duibiao::ChecklistPage</name>
    <message>
        <source>Search code, title or text (Ctrl+F)</source>
        <translation>搜索编号、标题或正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation>全部要求</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>Not met or largely met</source>
        <translation>未达标或基本达标</translation>
    </message>
    <message>
        <source>With overdue items</source>
        <translation>有逾期事项</translation>
    </message>
    <message>
        <source>%1 of %2 rated · met rate %3 · score %4</source>
        <translation>已评定 %1 项（共 %2 项）· 达标率 %3 · 得分 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>逾期事项 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::ComingSoonPage</name>
    <message>
        <source>Coming in a later version.</source>
        <translation>将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>duibiao::EvidenceListModel</name>
    <message>
        <source>%1
Added %2 by %3</source>
        <translation>%1
由 %3 于 %2 添加</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>For item</source>
        <translation>对应事项</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>佐证材料文件须有名称。</translation>
    </message>
</context>
<context>
    <name>duibiao::EvidenceViewer</name>
    <message>
        <source>Could not make a temporary folder for the evidence copy: %1</source>
        <translation>无法为佐证材料副本创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Could not make the temporary folder %1.</source>
        <translation>无法创建临时文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有可打开 %1 的应用程序。</translation>
    </message>
</context>
<context>
    <name>duibiao::ExpectedEvidenceModel</name>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附材料：%1</translation>
    </message>
    <message>
        <source>Not attached yet: %1. Drop a file here or press Enter to attach one.</source>
        <translation>尚未提供：%1。可将文件拖放至此处，或按 Enter 键添加。</translation>
    </message>
</context>
<context>
    <name>duibiao::GapModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1（%2 项未完成）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议评定</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>差距表现</translation>
    </message>
    <message>
        <source>Units concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>duibiao::GapsPage</name>
    <message>
        <source>Search the gaps (code, requirement, shortfall, unit)…</source>
        <translation>搜索差距（编号、要求、差距表现、单位）…</translation>
    </message>
    <message>
        <source>Double-click a gap (or press Enter) to open the requirement in the checklist.</source>
        <translation>双击某项差距（或按 Enter 键），可在自评清单中打开相应要求。</translation>
    </message>
    <message>
        <source>%1 of %2 gaps</source>
        <translation>显示差距 %1 项（共 %2 项）</translation>
    </message>
</context>
<context>
    <name>duibiao::HistoryPage</name>
    <message>
        <source>All requirements</source>
        <translation>全部要求</translation>
    </message>
    <message>
        <source>&amp;Requirement:</source>
        <translation>要求(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>duibiao::LinkedItemModel</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>duibiao::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <source>assessment.duibiao</source>
        <translation>评估.duibiao</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>自评清单</translation>
    </message>
    <message>
        <source>Units &amp;&amp; platforms</source>
        <translation>单位与工作平台</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距分析</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation>组织评议</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duibiao</source>
        <translation>关于对标(&amp;A)</translation>
    </message>
    <message>
        <source>About Duibiao</source>
        <translation>关于对标</translation>
    </message>
    <message>
        <source>&lt;h3&gt;对标 Duibiao %1&lt;/h3&gt;&lt;p&gt;Benchmarking a university's 关工委 against the Jiangsu quality-construction requirements, offline.&lt;/p&gt;&lt;p&gt;The built-in framework is a reference version compiled from the implementation opinion; the official provincial text prevails.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;对标 %1&lt;/h3&gt;&lt;p&gt;对照《江苏省高等学校关工委优质化建设工作基本要求》，离线开展高校关工委对标自查。&lt;/p&gt;&lt;p&gt;内置指标框架为依据实施意见整理的参考版，以省级正式文本为准。&lt;/p&gt;&lt;p&gt;采用 MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;对标 Duibiao&lt;/h2&gt;&lt;p&gt;No document is open.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;对标&lt;/h2&gt;&lt;p&gt;未打开文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>新建文档(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a document…</source>
        <translation>打开文档(&amp;O)…</translation>
    </message>
    <message>
        <source>Export the review package for the regional panel, compare institutions and bring the panel's opinions back as rectification items.</source>
        <translation>导出供片区评议组使用的评议材料包，开展学校间比较，并将评议组意见导入为整改事项。</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>更改未能保存</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请另选名称。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>对标 Duibiao</source>
        <translation>对标</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup of this document yet.</source>
        <translation>该文档尚无备份。</translation>
    </message>
    <message>
        <source>No backup could be taken: %1</source>
        <translation>未能备份：%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
</context>
<context>
    <name>duibiao::OverviewPage</name>
    <message>
        <source>Institution and framework</source>
        <translation>学校与指标框架</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>学校(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>关工委(&amp;C)：</translation>
    </message>
    <message>
        <source>Activity &amp;area:</source>
        <translation>活动片区(&amp;A)：</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>指标框架：</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评</translation>
    </message>
    <message>
        <source>达标率 (met rate)</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Open / overdue items</source>
        <translation>未完成/逾期事项</translation>
    </message>
    <message>
        <source>Categories: weighted score</source>
        <translation>各类别加权得分</translation>
    </message>
    <message>
        <source>Edit phase &amp;dates…</source>
        <translation>编辑阶段日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Readiness for approval (合格审定)</source>
        <translation>合格审定准备情况</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Current phase: %1 %2</source>
        <translation>当前阶段：%1 %2</translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation>尚未进入第一阶段</translation>
    </message>
    <message>
        <source>All phases are over (today %1)</source>
        <translation>各阶段均已结束（今天为 %1）</translation>
    </message>
    <message>
        <source>✔ Ready for approval</source>
        <translation>✔ 已具备合格审定条件</translation>
    </message>
    <message>
        <source>✘ Not ready: %1 reason(s)</source>
        <translation>✘ 尚不具备条件：%1 项原因</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Phase dates</source>
        <translation>阶段日期</translation>
    </message>
</context>
<context>
    <name>duibiao::PhasesDialog</name>
    <message>
        <source>Phase dates</source>
        <translation>阶段日期</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The phase has a start date</source>
        <translation>该阶段设有开始日期</translation>
    </message>
    <message>
        <source>Phase %1 ends before it starts.</source>
        <translation>第 %1 阶段的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>duibiao::PlatformModel</name>
    <message>
        <source>missing</source>
        <translation>未配备</translation>
    </message>
    <message>
        <source>A platform needs both an in-service leader and a retired leader (双组长制); this one fails the rule.</source>
        <translation>工作平台须同时配备在职组长和老同志组长（双组长制），该平台不符合要求。</translation>
    </message>
    <message>
        <source>The date the platform was founded, as YYYY-MM-DD</source>
        <translation>平台成立日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>工作平台</translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation>合作部门（委员单位）</translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation>在职组长</translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation>老同志组长</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>duibiao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Your name, as the audit trail shows it</source>
        <translation>您的姓名，将显示在修改记录中</translation>
    </message>
    <message>
        <source>Default (仿宋 where installed, else Noto Serif CJK)</source>
        <translation>默认（已安装仿宋时使用仿宋，否则使用 Noto Serif CJK）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Report &amp;font:</source>
        <translation>报告字体(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Evidence size cap per file:</source>
        <translation>单个佐证材料大小上限(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>duibiao::RectificationModel</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Unknown requirement code: %1. Use the codes of the framework, separated by commas (for example %2).</source>
        <translation>未知的要求编号：%1。请使用指标框架中的编号，以逗号分隔（例如 %2）。</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still open</source>
        <translation>已逾期：完成时限为 %1，尚未完成</translation>
    </message>
    <message>
        <source>No deadline of its own: the end of phase %1</source>
        <translation>未单独设定完成时限：以第 %1 阶段结束日期为准</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>对应要求</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Completion note</source>
        <translation>完成情况说明</translation>
    </message>
    <message>
        <source>The person responsible for the measure</source>
        <translation>整改措施的责任人</translation>
    </message>
    <message>
        <source>The codes of the requirements the measure rectifies, separated by commas</source>
        <translation>该整改措施所对应要求的编号，以逗号分隔</translation>
    </message>
    <message>
        <source>The item's own deadline; in grey italics the end of its phase when it has none</source>
        <translation>该事项的完成时限；未单独设定时，以灰色斜体显示所在阶段的结束日期</translation>
    </message>
    <message>
        <source>A rectification item needs a measure.</source>
        <translation>整改事项须填写整改措施。</translation>
    </message>
    <message>
        <source>There is no such responsible unit.</source>
        <translation>该责任单位不存在。</translation>
    </message>
    <message>
        <source>The phase must be 1 to 4.</source>
        <translation>阶段须为 1 至 4。</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>未知状态。</translation>
    </message>
    <message>
        <source>The progress must be 0 to 100%.</source>
        <translation>进度须在 0 至 100% 之间。</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
</context>
<context>
    <name>duibiao::RectificationPage</name>
    <message>
        <source>Remove rectification item</source>
        <translation>删除整改事项</translation>
    </message>
    <message>
        <source>Remove the rectification item “%1”? You can undo this.</source>
        <translation>确定删除整改事项“%1”吗？此操作可撤销。</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>阶段(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <source>Add a planned item in the current phase (Ins)</source>
        <translation>在当前阶段添加一项计划中的事项（Ins）</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected item (Del)</source>
        <translation>删除所选事项（Del）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (planned or in progress)</source>
        <translation>未完成（计划中或进行中）</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Search measure, person, code</source>
        <translation>搜索整改措施、责任人、编号</translation>
    </message>
    <message>
        <source>Search the measure, the responsible person and the requirement codes (Ctrl+F)</source>
        <translation>在整改措施、责任人和要求编号中搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation>未指定责任单位</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>%1 of %2 items shown, %3 open, %4 overdue</source>
        <translation>显示 %1 项（共 %2 项），未完成 %3 项，逾期 %4 项</translation>
    </message>
    <message>
        <source>%1 items, %2 open, %3 overdue</source>
        <translation>共 %1 项，未完成 %2 项，逾期 %3 项</translation>
    </message>
    <message>
        <source>New rectification measure</source>
        <translation>新整改措施</translation>
    </message>
    <message>
        <source>Verify “%1” and re-rate %2</source>
        <translation>验收“%1”并重新评定 %2</translation>
    </message>
</context>
<context>
    <name>duibiao::ReportsPage</name>
    <message>
        <source>Sections of the self-evaluation report</source>
        <translation>自评报告包含的部分</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Summary with chart and readiness</source>
        <translation>总体情况(含图表与合格审定准备情况)</translation>
    </message>
    <message>
        <source>Requirements by category</source>
        <translation>逐项自评情况</translation>
    </message>
    <message>
        <source>Rectification summary</source>
        <translation>整改工作情况</translation>
    </message>
    <message>
        <source>Unit indicator tables</source>
        <translation>单位指标达成情况</translation>
    </message>
    <message>
        <source>Signature and seal</source>
        <translation>落款与盖章</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT (editable)…</source>
        <translation>导出 ODT(可编辑)(&amp;O)…</translation>
    </message>
    <message>
        <source>Reports follow the official-document layout (A4, GB/T 9704 margins, 仿宋 body where installed, “— N —” page numbers). The ODT copy opens in WPS, Word and LibreOffice for editing.</source>
        <translation>报告按公文格式排版(A4 纸,GB/T 9704 页边距,正文优先使用仿宋,页码为“— N —”)。ODT 副本可在 WPS、Word 和 LibreOffice 中打开编辑。</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s)).</source>
        <translation><numerusform>已导出 %1(共 %n 页)。</numerusform></translation>
    </message>
    <message>
        <source>Exported %1 (editable ODT).</source>
        <translation>已导出 %1(可编辑 ODT)。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementDetailPane</name>
    <message>
        <source>Attach Evidence Files</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Add a Rectification Item</source>
        <translation>添加整改事项</translation>
    </message>
    <message>
        <source>Measure (it can be refined on the Rectification page):</source>
        <translation>整改措施（可在“整改”页面进一步完善）：</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指导说明</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>评定(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for &amp;differing from the suggested rating (required):</source>
        <translation>调整理由（与建议评定不一致时必填）(&amp;D)：</translation>
    </message>
    <message>
        <source>Why the rating differs from the one computed from the unit figures</source>
        <translation>评定结果与根据各单位数据计算所得结果不一致的原因</translation>
    </message>
    <message>
        <source>&amp;Apply Rating</source>
        <translation>确认评定(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the rating with this reason (Ctrl+Return)</source>
        <translation>按此理由确认评定（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the rating as it is</source>
        <translation>保持原评定不变</translation>
    </message>
    <message>
        <source>Self-Evaluation</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>&amp;Narrative — what has been done:</source>
        <translation>自评情况——已开展的工作(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gap — what is still missing:</source>
        <translation>差距——尚存在的不足(&amp;G)：</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>E&amp;xpected evidence — ticked when a file is attached for it; press Enter or drop a file on an item to attach:</source>
        <translation>应备佐证材料——已添加文件的条目将打勾；按 Enter 键或将文件拖放到条目上即可添加(&amp;X)：</translation>
    </message>
    <message>
        <source>Attach Files for This Item…</source>
        <translation>为此条目添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>For i&amp;tem:</source>
        <translation>对应条目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files; you can also drop files onto this pane</source>
        <translation>添加文件；也可将文件拖放到此面板</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open a copy with the system's viewer</source>
        <translation>使用系统默认程序打开副本</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>重命名(&amp;M)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Rectification Items</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Add an &amp;Item for This Requirement…</source>
        <translation>为此要求添加整改事项(&amp;I)…</translation>
    </message>
    <message>
        <source>Choose a requirement in the list to see and edit it.</source>
        <translation>请在列表中选择一项要求以查看和编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s): %1 met, %2 largely met, %3 not met, %4 not applicable, %5 unrated.</source>
        <translation>
            <numerusform>共 %n 项要求：达标 %1 项，基本达标 %2 项，未达标 %3 项，不适用 %4 项，未评 %5 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Met rate: %1 · weighted score: %2</source>
        <translation>达标率：%1 · 加权得分：%2</translation>
    </message>
    <message>
        <source>Choose a requirement to see and edit it.</source>
        <translation>请选择一项要求以查看和编辑。</translation>
    </message>
    <message>
        <source>indicator requirement: rated from the unit figures</source>
        <translation>指标类要求：根据各单位数据评定</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>不指定条目</translation>
    </message>
    <message>
        <source>Suggested from the unit figures: %1</source>
        <translation>根据各单位数据的建议评定：%1</translation>
    </message>
    <message>
        <source>No suggestion yet: no unit in scope has figures for %1.</source>
        <translation>暂无建议评定：范围内各单位均未填报 %1 的数据。</translation>
    </message>
    <message>
        <source>%1 of %2 units in scope meet the target %3.</source>
        <translation>范围内 %2 个单位中有 %1 个达到目标值 %3。</translation>
    </message>
    <message>
        <source>“%1” differs from the suggested rating: check the reason and apply. Until then the rating stays “%2”.</source>
        <translation>“%1”与建议评定不一致：请核实调整理由后确认。确认前评定仍为“%2”。</translation>
    </message>
    <message>
        <source>The rating stays “%1” until a reason is given and applied.</source>
        <translation>填写并确认调整理由前，评定仍为“%1”。</translation>
    </message>
    <message>
        <source>How the requirement is met: facts, figures, documents</source>
        <translation>落实该要求的情况：事实、数据、文件</translation>
    </message>
    <message>
        <source>What is still missing against the requirement</source>
        <translation>对照该要求尚存在的不足</translation>
    </message>
    <message>
        <source>Rectify %1: %2</source>
        <translation>整改 %1：%2</translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementTreeModel</name>
    <message>
        <source>Differs from the suggested rating %1: %2</source>
        <translation>与建议评定“%1”不一致：%2</translation>
    </message>
    <message>
        <source>Before rectification: %1</source>
        <translation>整改前：%1</translation>
    </message>
    <message>
        <source>Every unit in scope meets the target.</source>
        <translation>范围内各单位均达到目标值。</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>未完成 %1 项，逾期 %2 项，共 %3 项</translation>
    </message>
    <message>
        <source>%1 met</source>
        <comment>share of rated requirements met</comment>
        <translation>达标 %1</translation>
    </message>
    <message>
        <source>%1 of %2 rated: %3 met, %4 largely met, %5 not met, %6 not applicable.
Weighted score: %7</source>
        <translation>已评 %1 项（共 %2 项）：达标 %3 项，基本达标 %4 项，未达标 %5 项，不适用 %6 项。
加权得分：%7</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Weighted score of the category</source>
        <translation>该类别的加权得分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议评定</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>column: number of evidence files</comment>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <source>The rating computed from the unit figures (indicator requirements)</source>
        <translation>根据各单位数据计算得出的评定（指标类要求）</translation>
    </message>
    <message>
        <source>Evidence files attached</source>
        <translation>已添加的佐证材料文件数</translation>
    </message>
    <message>
        <source>Open rectification items; red when one is overdue</source>
        <translation>未完成的整改事项；有逾期事项时显示为红色</translation>
    </message>
</context>
<context>
    <name>duibiao::RerateDialog</name>
    <message>
        <source>Re-rate after rectification</source>
        <translation>整改后重新评定</translation>
    </message>
    <message>
        <source>The rectification item “%1” is verified. Re-rate the requirements it rectifies? The earlier rating is kept and shown in the reports.</source>
        <translation>整改事项“%1”已验收。是否重新评定其对应的要求？原评定将予以保留并在报告中显示。</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Current rating</source>
        <translation>当前评定</translation>
    </message>
    <message>
        <source>New rating</source>
        <translation>新评定</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>理由（选填）(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. the measure was checked on site</source>
        <translation>例如：整改措施已经现场核查</translation>
    </message>
    <message>
        <source>Re-&amp;rate</source>
        <translation>重新评定(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the ratings</source>
        <translation>保持原评定(&amp;K)</translation>
    </message>
    <message>
        <source>The unit figures suggest another rating for %1; please give a reason for the new rating.</source>
        <translation>根据各单位数据，%1 的建议评定与此不同，请填写新评定的理由。</translation>
    </message>
</context>
<context>
    <name>duibiao::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The document as it is now is backed up first, so the restore can itself be undone from this list.</source>
        <translation>请选择要恢复到的备份。恢复前会先备份文档的当前状态，因此也可以在此列表中撤销本次恢复。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>first open of the day</source>
        <translation>当日首次打开</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duibiao::UnitExportDialog</name>
    <message>
        <source>Export unit templates</source>
        <translation>导出单位模板</translation>
    </message>
    <message>
        <source>One template per unit, for its college secretary to fill in and send back. Each file holds the unit's figures for the assessment year and its work platforms.</source>
        <translation>每个单位生成一份模板，由学院关工委秘书填写后报回。每份文件包含该单位评估年度的数据及其工作平台。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8（.csv）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>模板保存文件夹</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>duibiao::UnitFiguresModel</name>
    <message>
        <source>in place</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>School committee (校关工委)</source>
        <translation>校关工委</translation>
    </message>
    <message>
        <source>Secondary committee (二级关工委)</source>
        <translation>二级关工委</translation>
    </message>
    <message>
        <source>No figures for %1 yet: type the eligible retired staff to start.</source>
        <translation>%1 尚无数据：请先填写有条件参与的老同志人数。</translation>
    </message>
    <message>
        <source>No figures for %1 yet.</source>
        <translation>%1 尚无数据。</translation>
    </message>
    <message>
        <source>Below the target of %1</source>
        <translation>低于目标值 %1</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>No eligible retired staff: the rate is not measured.</source>
        <translation>无有条件参与的老同志，不计算比例。</translation>
    </message>
    <message>
        <source>No platforms yet.</source>
        <translation>尚无工作平台。</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>有条件参与人数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Participation
rate</source>
        <translation>参与
比例</translation>
    </message>
    <message>
        <source>Core
workers</source>
        <translation>工作
骨干</translation>
    </message>
    <message>
        <source>Core worker
rate</source>
        <translation>骨干
比例</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>听取汇报</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>骨干培训</translation>
    </message>
    <message>
        <source>Unit
rules</source>
        <translation>工作
制度</translation>
    </message>
    <message>
        <source>Demand
menu</source>
        <translation>需求
菜单</translation>
    </message>
    <message>
        <source>Resource
menu</source>
        <translation>资源
菜单</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>工作平台</translation>
    </message>
    <message>
        <source>Dual
leaders</source>
        <translation>双组
长制</translation>
    </message>
    <message>
        <source>The school committee and the secondary committees</source>
        <translation>校关工委和各二级关工委</translation>
    </message>
    <message>
        <source>Retired staff who could take part (有条件参与的老同志)</source>
        <translation>有条件参与的老同志人数</translation>
    </message>
    <message>
        <source>Retired staff taking part (参与人数)</source>
        <translation>参与人数（参与工作的老同志人数）</translation>
    </message>
    <message>
        <source>Participants ÷ eligible</source>
        <translation>参与人数 ÷ 有条件参与的老同志人数</translation>
    </message>
    <message>
        <source>Core workers (工作骨干)</source>
        <translation>工作骨干人数</translation>
    </message>
    <message>
        <source>Core workers ÷ eligible</source>
        <translation>工作骨干人数 ÷ 有条件参与的老同志人数</translation>
    </message>
    <message>
        <source>Times a year the party committee hears the committee's report</source>
        <translation>党委每年听取关工委工作汇报的次数</translation>
    </message>
    <message>
        <source>Trainings of core workers a year</source>
        <translation>每年开展骨干培训的次数</translation>
    </message>
    <message>
        <source>The unit has its own working rules</source>
        <translation>本单位已建立工作制度</translation>
    </message>
    <message>
        <source>A demand menu (需求菜单) is in place</source>
        <translation>已建立需求菜单</translation>
    </message>
    <message>
        <source>A resource menu (资源菜单) is in place</source>
        <translation>已建立资源菜单</translation>
    </message>
    <message>
        <source>Work platforms of the unit</source>
        <translation>本单位的工作平台</translation>
    </message>
    <message>
        <source>Share of platforms with both an in-service and a retired leader (双组长制)</source>
        <translation>同时配备在职组长和老同志组长（双组长制）的工作平台所占比例</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>duibiao::UnitImportDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Eligible retired staff</source>
        <translation>有条件参与的老同志</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Core workers</source>
        <translation>工作骨干</translation>
    </message>
    <message>
        <source>Report hearings per year</source>
        <translation>每年听取汇报次数</translation>
    </message>
    <message>
        <source>Trainings per year</source>
        <translation>每年骨干培训次数</translation>
    </message>
    <message>
        <source>Unit rules</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>Demand menu</source>
        <translation>需求菜单</translation>
    </message>
    <message>
        <source>Resource menu</source>
        <translation>资源菜单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Partner department</source>
        <translation>合作部门（委员单位）</translation>
    </message>
    <message>
        <source>In-service leader</source>
        <translation>在职组长</translation>
    </message>
    <message>
        <source>Retired leader</source>
        <translation>老同志组长</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动次数</translation>
    </message>
    <message>
        <source>Import unit templates</source>
        <translation>导入单位模板</translation>
    </message>
    <message numerus="yes">
        <source>The templates cannot be imported: %n problem(s) were found. Nothing has been changed. Correct the rows named below and import again.</source>
        <translation>
            <numerusform>无法导入模板：发现 %n 处问题，未作任何更改。请修正下列各行后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read. Changed values are in bold; nothing is written until you choose Import, and one Undo takes it all back.</source>
        <translation>
            <numerusform>已读取 %n 份模板。有变化的数值以粗体显示；选择“导入”后才会写入，且执行一次撤销即可全部恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <source>Nothing new for this unit</source>
        <translation>该单位无新内容</translation>
    </message>
    <message>
        <source>Figures left blank in the file: kept as they are</source>
        <translation>文件中留空的数据：保持不变</translation>
    </message>
    <message>
        <source>Figures for %1: unchanged</source>
        <translation>%1 的数据：无变化</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>%1 的数据</translation>
    </message>
    <message numerus="yes">
        <source>Platforms to add: %n</source>
        <translation>
            <numerusform>新增工作平台：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>new platform</source>
        <translation>新工作平台</translation>
    </message>
    <message numerus="yes">
        <source>Platforms to update: %n</source>
        <translation>
            <numerusform>更新工作平台：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <source>Platforms not in the file, kept: %n</source>
        <translation>
            <numerusform>文件中未列出、予以保留的工作平台：%n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::UnitsPage</name>
    <message>
        <source>Units &amp; platforms</source>
        <translation>单位与平台</translation>
    </message>
    <message>
        <source>Import unit templates</source>
        <translation>导入单位模板</translation>
    </message>
    <message>
        <source>Unit templates (*.xlsx *.csv);;All files (*)</source>
        <translation>单位模板 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Filter units (Ctrl+F)</source>
        <translation>筛选单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translation>添加单位(&amp;U)</translation>
    </message>
    <message>
        <source>Add a secondary unit (二级关工委) and type its name</source>
        <translation>添加二级关工委并填写名称</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>E&amp;xport templates…</source>
        <translation>导出模板(&amp;X)…</translation>
    </message>
    <message>
        <source>Write a CSV or XLSX template per unit for the college secretaries</source>
        <translation>为每个单位生成一份 CSV 或 XLSX 模板，供学院关工委秘书填写</translation>
    </message>
    <message>
        <source>I&amp;mport templates…</source>
        <translation>导入模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Read filled-in templates back, check every row and preview the changes</source>
        <translation>读取已填写的模板，逐行核对并预览更改</translation>
    </message>
    <message>
        <source>Figures for %1. Red cells are below the framework's target (hover for it). Double-click or start typing to edit; Delete removes the unit.</source>
        <translation>%1 的数据。红色单元格表示低于指标框架目标值（鼠标悬停可查看）。双击或直接输入即可编辑；按 Delete 键可删除该单位。</translation>
    </message>
    <message>
        <source>Add &amp;platform</source>
        <translation>添加平台(&amp;P)</translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation>删除平台</translation>
    </message>
    <message>
        <source>Work platforms of %1</source>
        <translation>%1 的工作平台</translation>
    </message>
    <message>
        <source>Work platforms</source>
        <translation>工作平台</translation>
    </message>
    <message>
        <source>The school committee (校关工委) cannot be removed.</source>
        <translation>校关工委不能删除。</translation>
    </message>
    <message>
        <source>Remove the unit with its figures and platforms (Delete)</source>
        <translation>删除该单位及其数据和工作平台（Delete）</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 with its figures and %n platform(s)?</source>
        <translation>
            <numerusform>确定删除 %1 及其数据和 %n 个工作平台吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>确定删除 %1 吗？</translation>
    </message>
    <message>
        <source>Undo brings it all back.</source>
        <translation>可通过撤销全部恢复。</translation>
    </message>
    <message>
        <source>New platform</source>
        <translation>新工作平台</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exist already in %1: %2. Replace them?</source>
        <translation>
            <numerusform>%1 中已存在 %n 个同名文件：%2。是否替换？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n template(s) to %1. Send each to its college secretary; import the filled-in files with “Import templates…”.</source>
        <translation>
            <numerusform>已将 %n 份模板导出至 %1。请分别发送给各学院关工委秘书；填写完成后，通过“导入模板…”导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 is also in %3; import one file per unit.</source>
        <translation>%1：%2 也出现在 %3 中；每个单位只能导入一份文件。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>未导入任何内容：发现 %n 处问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The templates hold nothing new; nothing was changed.</source>
        <translation>模板中无新内容，未作任何更改。</translation>
    </message>
    <message>
        <source>Import the template of %1</source>
        <translation>导入 %1 的模板</translation>
    </message>
    <message numerus="yes">
        <source>Import %n unit template(s)</source>
        <translation>
            <numerusform>导入 %n 份单位模板</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>导入失败，未作任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1. Undo takes the import back in one step.</source>
        <translation>
            <numerusform>已导入 %n 份模板：%1。执行一次撤销即可恢复本次导入。</numerusform>
        </translation>
    </message>
</context>
</TS>