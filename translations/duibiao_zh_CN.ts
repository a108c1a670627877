<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>version %1 is newer than this app reads (%2); update Duibiao to read it</source>
        <translation>版本 %1 高于本程序支持的版本（%2），请更新对标后再读取</translation>
    </message>
    <message>
        <source>must be 32 lowercase hexadecimal digits</source>
        <translation>须为 32 位小写十六进制数字</translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation>编号 %1 重复出现</translation>
    </message>
    <message>
        <source>“%1” is not a requirement of the framework</source>
        <translation>“%1”不是指标框架中的要求</translation>
    </message>
    <message>
        <source>must be null while the status is draft</source>
        <translation>状态为草稿时须为 null</translation>
    </message>
    <message>
        <source>“%1 %2” does not match the framework (%3 %4)</source>
        <translation>“%1 %2”与指标框架（%3 %4）不符</translation>
    </message>
    <message>
        <source>must list the four phases, not %1</source>
        <translation>须列出四个阶段，而不是 %1 个</translation>
    </message>
    <message>
        <source>phase %1 appears twice</source>
        <translation>阶段 %1 重复出现</translation>
    </message>
    <message>
        <source>must not be before the start (%1)</source>
        <translation>不能早于开始日期（%1）</translation>
    </message>
    <message>
        <source>there is already a school unit</source>
        <translation>已有校关工委</translation>
    </message>
    <message>
        <source>unit %1 is not in &quot;units&quot;</source>
        <translation>单位 %1 不在 &quot;units&quot; 中</translation>
    </message>
    <message>
        <source>must not exceed eligible (%1)</source>
        <translation>不能超过有条件参与人数（%1）</translation>
    </message>
    <message>
        <source>must not exceed participants (%1)</source>
        <translation>不能超过参与人数（%1）</translation>
    </message>
    <message>
        <source>unit %1 has figures for %2 twice</source>
        <translation>单位 %1 的 %2 年数据重复出现</translation>
    </message>
    <message>
        <source>requirement %1 appears twice</source>
        <translation>要求 %1 重复出现</translation>
    </message>
    <message>
        <source>requirement “%1” is not in &quot;requirements&quot;</source>
        <translation>要求“%1”不在 &quot;requirements&quot; 中</translation>
    </message>
    <message>
        <source>item %1 is not in &quot;rectification&quot;</source>
        <translation>事项 %1 不在 &quot;rectification&quot; 中</translation>
    </message>
    <message>
        <source>must be &quot;evidence/&quot;, the id in six digits, &quot;-&quot; and a safe name, not “%1”</source>
        <translation>须为 &quot;evidence/&quot;、六位数字编号、&quot;-&quot; 和安全的文件名，不能为“%1”</translation>
    </message>
    <message>
        <source>“%1” is named by two evidence files</source>
        <translation>有两个佐证材料文件都使用了“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a category of the framework</source>
        <translation>“%1”不是指标框架中的类别</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>must be a unit id</source>
        <translation>须为单位编号</translation>
    </message>
    <message>
        <source>unit %1 appears twice</source>
        <translation>单位 %1 重复出现</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
</context>
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
    <message>
        <source>Reopening a submitted assessment needs a reason.</source>
        <translation>重新打开已报送的评估须填写原因。</translation>
    </message>
    <message>
        <source>Assessment “%1” has not been submitted; there is nothing to reopen.</source>
        <translation>评估“%1”尚未报送，无需重新打开。</translation>
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
    <message>
        <source>The backup copy %1 failed its check (%2).</source>
        <translation>备份 %1 未通过检查（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>已取消对 %1 的检查。</translation>
    </message>
    <message>
        <source>Assessment %1 keeps the entries of %2 from before its move to another framework version; they do not count</source>
        <translation>评估 %1 保留了迁移到其他框架版本之前的 %2 条记录;它们不再计分</translation>
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
        <source>%1: row %2: a quoted cell is never closed (a missing &quot;).</source>
        <translation>%1：第 %2 行：有带引号的单元格未闭合（缺少 &quot;）。</translation>
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
    <message>
        <source>The SQLite connection of Qt Sql gives no native handle.</source>
        <translation>Qt Sql 的 SQLite 连接未提供原生句柄。</translation>
    </message>
    <message>
        <source>%1: SQLite refused its defensive settings: %2</source>
        <translation>%1：SQLite 拒绝了防护设置：%2</translation>
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
        <source>the file %1 is read-only (its permissions or the disk)</source>
        <translation>文件 %1 为只读（文件权限或磁盘所致）</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, so Duibiao cannot keep its journal and lock files beside it</source>
        <translation>所在文件夹 %1 为只读，对标无法在其中保存日志文件和锁文件</translation>
    </message>
    <message>
        <source>before upgrade to schema %1</source>
        <translation>升级至数据结构版本 %1 之前</translation>
    </message>
    <message>
        <source>%1 needs upgrading, but no backup copy could be written first (%2; %3); nothing was changed.</source>
        <translation>%1 需要升级，但未能先写入备份（%2；%3），未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was opened read-only: %2.</source>
        <translation>%1 已以只读方式打开：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged and was opened read-only.</source>
        <translation>%1 已损坏，已以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged; it is read-only now.</source>
        <translation>%1 已损坏，现为只读。</translation>
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
    <name>DocumentMeta</name>
    <message>
        <source>The document is of an unknown kind &quot;%1&quot;.</source>
        <translation>文档类型“%1”未知。</translation>
    </message>
</context>
<context>
    <name>EntryName</name>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>the name is longer than 255 bytes</source>
        <translation>名称超过 255 字节</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the name contains a control or invisible character (%1)</source>
        <translation>名称含有控制字符或不可见字符（%1）</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>名称是绝对路径</translation>
    </message>
    <message>
        <source>the name starts with a drive letter</source>
        <translation>名称以盘符开头</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>名称含有反斜杠</translation>
    </message>
    <message>
        <source>the name contains &quot;%1&quot;, which Windows does not allow</source>
        <translation>名称含有 Windows 不允许的“%1”</translation>
    </message>
    <message>
        <source>the name has an empty segment (&quot;//&quot; or a trailing &quot;/&quot;)</source>
        <translation>名称含有空的路径段（&quot;//&quot; 或结尾的 &quot;/&quot;）</translation>
    </message>
    <message>
        <source>the name has a &quot;..&quot; segment</source>
        <translation>名称含有 &quot;..&quot; 路径段</translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; segment</source>
        <translation>名称含有 &quot;.&quot; 路径段</translation>
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
    <name>FrameworkChoices</name>
    <message>
        <source>snapshot of assessment “%1”</source>
        <translation>评估“%1”的框架快照</translation>
    </message>
    <message>
        <source>built into Duibiao</source>
        <translation>对标内置</translation>
    </message>
    <message>
        <source>The document offers no framework %1; it has %2.</source>
        <translation>文档中没有框架 %1;现有:%2。</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <source>Store framework %1@%2</source>
        <translation>保存框架 %1@%2</translation>
    </message>
    <message>
        <source>Move the assessment to framework %1@%2</source>
        <translation>将评估迁移到框架 %1@%2</translation>
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
        <source>a qualitative requirement must not have a rule (set kind to &quot;indicator&quot;)</source>
        <translation>定性要求不能设定规则（如需规则，请将 kind 设为 &quot;indicator&quot;）</translation>
    </message>
    <message>
        <source>unknown kind “%1” (use &quot;qualitative&quot; or &quot;indicator&quot;)</source>
        <translation>未知类型“%1”（请使用 &quot;qualitative&quot; 或 &quot;indicator&quot;）</translation>
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
        <source>must be &quot;duibiao-framework&quot;; this is not a Duibiao framework file</source>
        <translation>须为 &quot;duibiao-framework&quot;，此文件不是对标指标框架文件</translation>
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
        <source>The built-in framework %1 is missing from this build.</source>
        <translation>此版本缺少内置框架 %1。</translation>
    </message>
    <message>
        <source>needs formatVersion 2</source>
        <translation>须为 formatVersion 2</translation>
    </message>
    <message>
        <source>must be &quot;rating&quot;, &quot;pass_fail&quot; or &quot;graded&quot;</source>
        <translation>须为 &quot;rating&quot;、&quot;pass_fail&quot; 或 &quot;graded&quot;</translation>
    </message>
    <message>
        <source>unknown scoring “%1” (use &quot;rating&quot;, &quot;pass_fail&quot; or &quot;graded&quot;)</source>
        <translation>未知的计分方式“%1”(可用 &quot;rating&quot;、&quot;pass_fail&quot; 或 &quot;graded&quot;)</translation>
    </message>
    <message>
        <source>the requirement weights (points) add up to %1, not to the total %2</source>
        <translation>各要求权重(分值)合计为 %1,与总分 %2 不符</translation>
    </message>
    <message>
        <source>must be between 0 and the total %1 points</source>
        <translation>须在 0 与总分 %1 分之间</translation>
    </message>
    <message>
        <source>must be a percentage between 0 and 100 (no total is given)</source>
        <translation>须为 0 到 100 之间的百分数(未给出总分)</translation>
    </message>
    <message>
        <source>must be an array of requirement codes</source>
        <translation>须为要求编号的数组</translation>
    </message>
    <message>
        <source>must be a requirement code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation>须为要求编号(字母开头,其后最多 15 个字母、数字、_ . -)</translation>
    </message>
    <message>
        <source>“%1” is a code of this framework; a requirement can only replace a code that is no longer there</source>
        <translation>“%1”是本框架中的编号;要求只能替代已不存在的编号</translation>
    </message>
    <message>
        <source>“%1” is already replaced at %2</source>
        <translation>“%1”已在 %2 处被替代</translation>
    </message>
</context>
<context>
    <name>FrameworkMove</name>
    <message>
        <source>Assessment “%1” was submitted and is frozen; reopen it (File → Reopen Assessment…) before moving it to another framework version.</source>
        <translation>评估“%1”已报送并冻结;迁移到其他框架版本前请先重新打开(文件 → 重新打开评估…)。</translation>
    </message>
    <message>
        <source>target framework</source>
        <translation>目标框架</translation>
    </message>
    <message>
        <source>The framework of assessment “%1” changed since the move was planned; plan it again.</source>
        <translation>规划迁移后评估“%1”的框架已有变化;请重新规划。</translation>
    </message>
    <message>
        <source>Assessment “%1” is already on framework %2.</source>
        <translation>评估“%1”已在框架 %2 上。</translation>
    </message>
    <message>
        <source>kept when assessment “%1” moved to %2</source>
        <translation>评估“%1”迁移到 %2 时保留</translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Version %1 of framework %2 is already in this document with other content; give the new one another version.</source>
        <translation>文档中已有框架 %2 的 %1 版本,内容不同;请为新框架另取版本号。</translation>
    </message>
    <message>
        <source>There is no framework version %1 in this document.</source>
        <translation>文档中没有框架版本 %1。</translation>
    </message>
    <message>
        <source>framework version %1</source>
        <translation>框架版本 %1</translation>
    </message>
    <message>
        <source>Framework %1 is used by assessment “%2”; it stays in the document while an assessment is on it.</source>
        <translation>框架 %1 正被评估“%2”使用;只要有评估采用它,它就留在文档中。</translation>
    </message>
</context>
<context>
    <name>FrameworkSheet</name>
    <message>
        <source>%1: row %2, column %3 (%4): %5</source>
        <translation>%1：第 %2 行，第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>缺少“%1”列</translation>
    </message>
    <message>
        <source>the sheet has no requirements</source>
        <translation>表中没有任何要求</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <source>“%1” is not a valid code (a letter, then up to 15 letters, digits, _ . -)</source>
        <translation>“%1”不是有效编号（以字母开头，其后最多 15 个字母、数字或 _ . -）</translation>
    </message>
    <message>
        <source>duplicate code “%1” (also in row %2)</source>
        <translation>编号“%1”重复（第 %2 行也有）</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>“%1” is not a positive number</source>
        <translation>“%1”不是正数</translation>
    </message>
    <message>
        <source>“%1” is already a requirement code (row %2)</source>
        <translation>“%1”已是一条要求的编号（第 %2 行）</translation>
    </message>
    <message>
        <source>the category “%1” is new and needs a title in this column</source>
        <translation>类别“%1”是新类别，需在此列填写标题</translation>
    </message>
    <message>
        <source>%1: a framework is a .json file or a .xlsx or .csv sheet.</source>
        <translation>%1：框架须为 .json 文件，或 .xlsx、.csv 表格。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: too large for a framework (%2 bytes)</source>
        <translation>%1：文件过大，不像框架文件（%2 字节）</translation>
    </message>
    <message>
        <source>unknown scoring “%1” (use rating, pass_fail or graded, or leave it empty)</source>
        <translation>未知的计分方式“%1”(可用 rating、pass_fail 或 graded,或留空)</translation>
    </message>
    <message>
        <source>“%1” is not 是 (a veto item) or empty</source>
        <translation>“%1”不是“是”(一票否决项),也不是空白</translation>
    </message>
    <message>
        <source>“%1” is still a code of this sheet (row %2); only a code no longer there can be replaced</source>
        <translation>“%1”仍是本表格中的编号(第 %2 行);只能替代已不存在的编号</translation>
    </message>
    <message>
        <source>“%1” is already replaced in row %2</source>
        <translation>“%1”已在第 %2 行被替代</translation>
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
    <name>JsonFieldReader</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>is not a member this format knows</source>
        <translation>不是该格式中的成员</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>须为字符串</translation>
    </message>
    <message>
        <source>is longer than %1 bytes</source>
        <translation>超过 %1 字节</translation>
    </message>
    <message>
        <source>is longer than the cap of %1 bytes for a string</source>
        <translation>超过字符串 %1 字节的上限</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>须为整数</translation>
    </message>
    <message>
        <source>must be %1 to %2</source>
        <translation>须为 %1 至 %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD) or null</source>
        <translation>须为日期（YYYY-MM-DD）或 null</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>须为日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its offset (2020-10-15T09:00:00+08:00) or null</source>
        <translation>须为带时区偏移的 ISO 8601 日期时间（如 2020-10-15T09:00:00+08:00）或 null</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its offset (2020-10-15T09:00:00+08:00)</source>
        <translation>须为带时区偏移的 ISO 8601 日期时间（如 2020-10-15T09:00:00+08:00）</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>须为 %1 之一</translation>
    </message>
    <message>
        <source>must be null or one of %1</source>
        <translation>须为 null 或 %1 之一</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits (a SHA-256)</source>
        <translation>须为 64 位小写十六进制数字（SHA-256）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>须为数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>须为非空字符串</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>is not a field of package format 1</source>
        <translation>不是材料包格式 1 中的字段</translation>
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
        <source>must be %1 lowercase hexadecimal digits</source>
        <translation>须为 %1 位小写十六进制数字</translation>
    </message>
    <message>
        <source>must be %1 hexadecimal digits</source>
        <translation>须为 %1 位十六进制数字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>须为对象</translation>
    </message>
    <message>
        <source>is not UTF-8 text.</source>
        <translation>不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>must hold a JSON object, not an array or a single value.</source>
        <translation>须包含一个 JSON 对象，而不是数组或单个值。</translation>
    </message>
    <message>
        <source>%1: not a Duibiao review package (the format in manifest.json is %2, not &quot;duibiao-package&quot;).</source>
        <translation>%1：不是对标评议材料包（manifest.json 中的格式为 %2，而不是 &quot;duibiao-package&quot;）。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>formatVersion must be a whole number from 1.</source>
        <translation>formatVersion 须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Duibiao (package format %2; this version reads %3). Update Duibiao to open it.</source>
        <translation>%1：由更新版本的对标生成（材料包格式 %2，本版本支持 %3）。请更新对标后再打开。</translation>
    </message>
    <message>
        <source>%1 holds a string longer than %2 bytes.</source>
        <translation>%1 中有超过 %2 字节的字符串。</translation>
    </message>
    <message>
        <source>must be &quot;submission&quot;, &quot;team&quot; or &quot;opinions&quot;</source>
        <translation>须为 &quot;submission&quot;、&quot;team&quot; 或 &quot;opinions&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with its UTC offset</source>
        <translation>须为带 UTC 偏移的 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>lists more than %1 entries.</source>
        <translation>列出的条目超过 %1 个。</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>须为数组</translation>
    </message>
    <message>
        <source>the fingerprint does not match the list of content; the manifest was changed after the package was made.</source>
        <translation>包指纹与内容清单不符，材料包生成后 manifest 被改动过。</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>The file&apos;s content does not match its checksum in the package (%1 bytes, SHA-256 %2 expected)</source>
        <translation>文件内容与材料包中的校验值不符（应为 %1 字节，SHA-256 %2）</translation>
    </message>
    <message>
        <source>%1 package: %2 added, %3 changed, %4 removed, %5 conflicts, %6 duplicate evidence files skipped</source>
        <translation>“%1”材料包：新增 %2 项，修改 %3 项，删除 %4 项，冲突 %5 项，跳过重复的佐证材料文件 %6 个</translation>
    </message>
    <message>
        <source>The document is open read-only; nothing was imported.</source>
        <translation>文档以只读方式打开，未导入任何内容。</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>第 %1 阶段</translation>
    </message>
    <message>
        <source>Unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <source>Figures of %1 for %2</source>
        <translation>%1 的 %2 年数据</translation>
    </message>
    <message>
        <source>Platform “%1”</source>
        <translation>工作平台“%1”</translation>
    </message>
    <message>
        <source>Requirement %1 %2</source>
        <translation>要求 %1 %2</translation>
    </message>
    <message>
        <source>Rectification item “%1”</source>
        <translation>整改事项“%1”</translation>
    </message>
    <message>
        <source>Evidence “%1”</source>
        <translation>佐证材料“%1”</translation>
    </message>
    <message>
        <source>Overall opinion of the panel</source>
        <translation>评议组总体意见</translation>
    </message>
    <message>
        <source>Panel opinion on %1</source>
        <translation>评议组对 %1 的意见</translation>
    </message>
    <message>
        <source>%1: here %2, package %3 (%4)</source>
        <translation>%1：本地为 %2，材料包为 %3（%4）</translation>
    </message>
    <message>
        <source>taking the package&apos;s</source>
        <translation>采用材料包的值</translation>
    </message>
    <message>
        <source>keeping here</source>
        <translation>保留本地</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>+ %1 (added)</source>
        <translation>+ %1（新增）</translation>
    </message>
    <message>
        <source>- %1 (removed)</source>
        <translation>- %1（删除）</translation>
    </message>
    <message>
        <source>~ %1: %2</source>
        <translation>~ %1：%2</translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation>! %1：%2</translation>
    </message>
    <message>
        <source>! %1: changed here, removed in the package (%2)</source>
        <translation>! %1：本地已修改，材料包中已删除（%2）</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>! %1: removed here, changed in the package (%2)</source>
        <translation>! %1：本地已删除，材料包中已修改（%2）</translation>
    </message>
    <message>
        <source>bringing it back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>leaving it removed</source>
        <translation>保持删除</translation>
    </message>
    <message numerus="yes">
        <source>= %n evidence file(s) already here, skipped</source>
        <translation>
            <numerusform>= 已有 %n 个相同的佐证材料文件，已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Core workers</source>
        <translation>工作骨干</translation>
    </message>
    <message>
        <source>Hearings per year</source>
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
        <source>Unit</source>
        <translation>单位</translation>
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
        <source>Rating</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Suggested rating</source>
        <translation>建议评定</translation>
    </message>
    <message>
        <source>Rating before rectification</source>
        <translation>整改前评定</translation>
    </message>
    <message>
        <source>Reason for the rating</source>
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
        <source>Expected evidence item</source>
        <translation>应备佐证材料条目</translation>
    </message>
    <message>
        <source>The package is for framework %1@%2, but this assessment is on %3@%4; nothing was imported. Move the assessment to %1@%2 first (command line: duibiao framework DOCUMENT --move %1@%2, or --move FILE.json with that framework&apos;s file; in the app: move the assessment to that framework version), review the lists it shows, then import again.</source>
        <translation>材料包依据框架 %1@%2,而本评估依据 %3@%4;未导入任何内容。请先把评估迁移到 %1@%2(命令行:duibiao framework 文档 --move %1@%2,或用该框架的文件 --move 文件.json;在软件中:把评估迁移到该框架版本),复核列出的清单后再导入。</translation>
    </message>
</context>
<context>
    <name>OpinionCommands</name>
    <message numerus="yes">
        <source>Rectify the panel&apos;s findings (%n item(s))</source>
        <translation>
            <numerusform>根据评议意见整改（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpinionsToRectification</name>
    <message>
        <source>The panel&apos;s opinion on %1 names a requirement that %2 does not have; no rectification item was made.</source>
        <translation>评议组对 %1 的意见涉及的要求在 %2 中不存在，未生成整改事项。</translation>
    </message>
</context>
<context>
    <name>PackageExportRunner</name>
    <message>
        <source>Exporting the package…</source>
        <translation>正在导出材料包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PackageExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The framework has no category “%1”; it has %2.</source>
        <translation>指标框架中没有类别“%1”，现有类别为 %2。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>单位 %1 不存在。</translation>
    </message>
    <message>
        <source>A submission package marks the assessment submitted, which needs the document open for writing.</source>
        <translation>导出报送材料包会将评估标记为已报送，须以可写方式打开文档。</translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation>正在读取评估…</translation>
    </message>
    <message>
        <source>The document&apos;s record of the coordinator&apos;s version is damaged: %1</source>
        <translation>文档中记录的协调人版本已损坏：%1</translation>
    </message>
    <message>
        <source>The assessment holds no review opinions to send.</source>
        <translation>本评估中没有可发送的评议意见。</translation>
    </message>
    <message>
        <source>The package would not be readable, so it was not written: %1</source>
        <translation>生成的材料包将无法读取，因此未写入：%1</translation>
    </message>
    <message>
        <source>Writing the score sheet…</source>
        <translation>正在写入得分表…</translation>
    </message>
    <message>
        <source>Rendering the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在写入材料包…</translation>
    </message>
    <message>
        <source>Evidence file %1 “%2” cannot be exported: %3 The document is damaged; run “duibiao check” on it.</source>
        <translation>无法导出佐证材料文件 %1“%2”：%3 文档已损坏，请对其运行“duibiao check”。</translation>
    </message>
    <message>
        <source>it holds more than its %1 bytes.</source>
        <translation>其内容超过应有的 %1 字节。</translation>
    </message>
    <message>
        <source>it holds %1 bytes instead of %2.</source>
        <translation>其内容为 %1 字节，而不是 %2 字节。</translation>
    </message>
    <message>
        <source>its bytes no longer match its SHA-256.</source>
        <translation>其内容与 SHA-256 校验值不再相符。</translation>
    </message>
    <message>
        <source>Writing the package “%1” failed (%2): %3</source>
        <translation>写入材料包“%1”失败（%2）：%3</translation>
    </message>
    <message>
        <source>“%1” is not a file; choose another name for the package.</source>
        <translation>“%1”不是文件，请为材料包另选名称。</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The package “%1” cannot be written: %2</source>
        <translation>无法写入材料包“%1”：%2</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭时</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>%1: evidence %2 (“%3”) names the entry “%4”, which the package does not hold.</source>
        <translation>%1：佐证材料 %2（“%3”）指向条目“%4”，但材料包中没有该条目。</translation>
    </message>
    <message>
        <source>%1: evidence %2 (“%3”) does not match its entry “%4” in manifest.json (size or SHA-256).</source>
        <translation>%1：佐证材料 %2（“%3”）与 manifest.json 中的条目“%4”不符（大小或 SHA-256）。</translation>
    </message>
    <message>
        <source>The assessment was submitted and is frozen; reopen it (File → Reopen Assessment…) before importing this %1 package.</source>
        <translation>评估已报送并冻结；导入此“%1”材料包前，请先重新打开评估（文件 → 重新打开评估…）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The document is open read-only; nothing was imported.</source>
        <translation>文档以只读方式打开，未导入任何内容。</translation>
    </message>
    <message>
        <source>No backup could be taken before the import, so nothing was imported: %1</source>
        <translation>导入前未能备份，因此未导入任何内容：%1</translation>
    </message>
    <message>
        <source>before import of %1</source>
        <translation>导入 %1 之前</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>%1: cannot open (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is empty; it is not a review package.</source>
        <translation>%1：文件为空，不是评议材料包。</translation>
    </message>
    <message>
        <source>%1: not a review package (not a ZIP file).</source>
        <translation>%1：不是评议材料包（不是 ZIP 文件）。</translation>
    </message>
    <message>
        <source>the ZIP holds this name more than once.</source>
        <translation>ZIP 中此名称出现了不止一次。</translation>
    </message>
    <message>
        <source>%1: the ZIP file is truncated or damaged (%2).</source>
        <translation>%1：ZIP 文件不完整或已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1: the ZIP file is damaged: its directory and its entries disagree.</source>
        <translation>%1：ZIP 文件已损坏：目录与条目不一致。</translation>
    </message>
    <message>
        <source>%1: out of memory opening the ZIP file.</source>
        <translation>%1：打开 ZIP 文件时内存不足。</translation>
    </message>
    <message>
        <source>%1: cannot read the ZIP file (%2).</source>
        <translation>%1：无法读取 ZIP 文件（%2）。</translation>
    </message>
    <message>
        <source>(an entry)</source>
        <translation>（某个条目）</translation>
    </message>
    <message>
        <source>%1: the package holds %2 entries; at most %3 are allowed.</source>
        <translation>%1：材料包含有 %2 个条目，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1: entry %2 of the ZIP cannot be read (%3).</source>
        <translation>%1：无法读取 ZIP 中的第 %2 个条目（%3）。</translation>
    </message>
    <message>
        <source>the ZIP directory does not describe the entry fully.</source>
        <translation>ZIP 目录对该条目的描述不完整。</translation>
    </message>
    <message>
        <source>the ZIP holds this name more than once (also as %1, which differs only in Unicode normalisation).</source>
        <translation>ZIP 中此名称出现了不止一次（另有 %1，仅 Unicode 规范化形式不同）。</translation>
    </message>
    <message>
        <source>the entry is encrypted; review packages never are.</source>
        <translation>该条目已加密，而评议材料包从不加密。</translation>
    </message>
    <message>
        <source>the entry uses compression method %1; only stored and deflated entries are read.</source>
        <translation>该条目使用压缩方法 %1，只能读取未压缩（stored）和 deflate 压缩的条目。</translation>
    </message>
    <message>
        <source>the entry is a symbolic link.</source>
        <translation>该条目是符号链接。</translation>
    </message>
    <message>
        <source>the folder entry holds data.</source>
        <translation>该文件夹条目含有数据。</translation>
    </message>
    <message>
        <source>the ZIP directory gives the stored entry two different sizes.</source>
        <translation>ZIP 目录为该未压缩条目给出了两个不同的大小。</translation>
    </message>
    <message>
        <source>the entry unpacks to %1 bytes; at most %2 are allowed.</source>
        <translation>该条目解压后为 %1 字节，最多允许 %2 字节。</translation>
    </message>
    <message>
        <source>%1: the package unpacks to more than %2 bytes in total; it is refused.</source>
        <translation>%1：材料包解压后总计超过 %2 字节，已拒绝读取。</translation>
    </message>
    <message>
        <source>the entry is compressed more than %1:1 (%2 bytes from %3); it may be a ZIP bomb.</source>
        <translation>该条目的压缩比超过 %1:1（由 %3 字节解压为 %2 字节），可能为 ZIP 炸弹。</translation>
    </message>
    <message>
        <source>%1: not a Duibiao review package (it has no manifest.json).</source>
        <translation>%1：不是对标评议材料包（缺少 manifest.json）。</translation>
    </message>
    <message>
        <source>the JSON entry unpacks to %1 bytes; at most %2 are allowed.</source>
        <translation>该 JSON 条目解压后为 %1 字节，最多允许 %2 字节。</translation>
    </message>
    <message>
        <source>lists %1, but %2.</source>
        <translation>列出了 %1，但%2。</translation>
    </message>
    <message>
        <source>lists itself.</source>
        <translation>列出了自身。</translation>
    </message>
    <message>
        <source>the entry is listed among the reports, which hold only report.pdf and report.odt.</source>
        <translation>该条目列在报告中，而报告只包括 report.pdf 和 report.odt。</translation>
    </message>
    <message>
        <source>the entry is not part of package format 1 (assessment.json, scores.xlsx, evidence/NNNNNN-name).</source>
        <translation>该条目不属于材料包格式 1（assessment.json、scores.xlsx、evidence/NNNNNN-名称）。</translation>
    </message>
    <message>
        <source>the entry is listed more than once in manifest.json.</source>
        <translation>该条目在 manifest.json 中列出了不止一次。</translation>
    </message>
    <message>
        <source>the entry is listed in manifest.json but missing from the ZIP.</source>
        <translation>该条目列在 manifest.json 中，但 ZIP 中没有。</translation>
    </message>
    <message>
        <source>manifest.json gives %1 bytes, the ZIP directory %2.</source>
        <translation>manifest.json 中为 %1 字节，ZIP 目录中为 %2 字节。</translation>
    </message>
    <message>
        <source>a team package carries no reports or score sheet.</source>
        <translation>团队成员材料包不含报告或得分表。</translation>
    </message>
    <message>
        <source>an opinions package carries no reports or evidence.</source>
        <translation>评议意见包不含报告或佐证材料。</translation>
    </message>
    <message>
        <source>the package does not list assessment.json in its content.</source>
        <translation>材料包的内容清单中没有 assessment.json。</translation>
    </message>
    <message>
        <source>the entry is not listed in manifest.json.</source>
        <translation>manifest.json 中未列出该条目。</translation>
    </message>
    <message>
        <source>the entry cannot be unpacked (%1).</source>
        <translation>无法解压该条目（%1）。</translation>
    </message>
    <message>
        <source>%1: %2: cannot write the entry (%3).</source>
        <translation>%1：%2：无法写入该条目（%3）。</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>the package does not list this entry.</source>
        <translation>材料包中未列出此条目。</translation>
    </message>
    <message>
        <source>the entry is larger than %1 bytes, too large to read at once.</source>
        <translation>该条目超过 %1 字节，过大，无法一次读取。</translation>
    </message>
    <message>
        <source>the entry is damaged (%1).</source>
        <translation>该条目已损坏（%1）。</translation>
    </message>
    <message>
        <source>the entry holds fewer bytes (%1) than the %2 declared.</source>
        <translation>该条目的字节数（%1）少于声明的 %2。</translation>
    </message>
    <message>
        <source>the entry holds more bytes than the %1 declared.</source>
        <translation>该条目的字节数多于声明的 %1。</translation>
    </message>
    <message>
        <source>the SHA-256 of the entry does not match manifest.json; the file was changed or damaged.</source>
        <translation>该条目的 SHA-256 与 manifest.json 不符，文件已被改动或损坏。</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Review of the institutions of %1</source>
        <translation>%1各校评议</translation>
    </message>
    <message>
        <source>Institutions&apos; packages are added to a panel document; this document is an institution&apos;s own (use Import Package instead).</source>
        <translation>学校的材料包应添加到评议组文档中；本文档是学校自己的文档（请改用“导入材料包”）。</translation>
    </message>
    <message>
        <source>%1: this is not a submission package; a panel compares the packages institutions submit.</source>
        <translation>%1：不是报送材料包；评议组比较的是各校报送的材料包。</translation>
    </message>
    <message>
        <source>submission of %1</source>
        <translation>%1的报送材料</translation>
    </message>
    <message>
        <source>The panel has recorded no opinion on the submission of %1 yet.</source>
        <translation>评议组尚未对%1的报送材料填写意见。</translation>
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
    <name>RatingRules</name>
    <message>
        <source>Requirement %1 is scored as “%2”: it cannot be rated “%3” (it takes %4).</source>
        <translation>要求 %1 的计分方式为“%2”:不能评为“%3”(可选:%4)。</translation>
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
    <name>Report</name>
    <message>
        <source>The comparison of institutions is made from a panel document.</source>
        <translation>各校对比报告须由评议组文档生成。</translation>
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
    <name>SchemaGuard</name>
    <message>
        <source>trigger “%1”</source>
        <translation>触发器“%1”</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>视图“%1”</translation>
    </message>
    <message>
        <source>index “%1”</source>
        <translation>索引“%1”</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>表“%1”</translation>
    </message>
    <message>
        <source>object “%1” of type “%2”</source>
        <translation>类型为“%2”的对象“%1”</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of tables cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其表清单（%2）。</translation>
    </message>
    <message>
        <source>an unexpected %1</source>
        <translation>多出的%1</translation>
    </message>
    <message>
        <source>an altered %1</source>
        <translation>被改动的%1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 was not opened: the document contains %2, which Duibiao (schema %3) never makes. Another program has changed it; ask whoever sent it for the document as Duibiao saved it.</source>
        <translation>未打开 %1：文档结构与对标（数据结构版本 %3）生成的不符（%2）。该文档已被其他程序改动，请向发送者索取由对标保存的原始文档。</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The disk is full or failing: %1 could not be written, so the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满或出现故障：无法写入 %1，更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written, so the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满：无法写入 %1，更改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 could not be written or read (%2), so the change was not saved. The disk may be full, removed or failing; free some space or check the disk, then try again.</source>
        <translation>无法写入或读取 %1（%2），更改未保存。磁盘可能已满、已被移除或出现故障；请释放一些空间或检查磁盘后重试。</translation>
    </message>
    <message>
        <source>%1 is read-only; the change was not saved.</source>
        <translation>%1 为只读，更改未保存。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed.</source>
        <translation>%1 已损坏（%2），未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again in a moment.</source>
        <translation>%1 正被其他程序占用，请稍后重试。</translation>
    </message>
    <message>
        <source>Database error in %1: %2 (in: %3)</source>
        <translation>%1 出现数据库错误：%2（语句：%3）</translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>There is no submission %1.</source>
        <translation>报送材料 %1 不存在。</translation>
    </message>
    <message>
        <source>This package (of %1) is already in the panel document.</source>
        <translation>该材料包（%1）已在评议组文档中。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
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
        <source>%1: row 1: the template&apos;s format version (cell B1) is missing.</source>
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
        <source>the unit&apos;s name is missing (column C).</source>
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
    <name>duibiao::CategoryForm</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题(中文)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题(英文)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>none yet: a category needs at least one requirement</source>
        <translation>暂无:每个类别至少需要一条要求</translation>
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
    <name>duibiao::ComparisonModel</name>
    <message>
        <source>%1 of %2 points; %3 met, %4 largely met, %5 not met, %6 unrated</source>
        <translation>得分 %1（满分 %2）；达标 %3 项，基本达标 %4 项，未达标 %5 项，未评 %6 项</translation>
    </message>
    <message>
        <source>%1/%2 units meet</source>
        <translation>%1/%2 个单位达标</translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation>得分 %1（满分 %2）</translation>
    </message>
    <message>
        <source>Not applicable: no score</source>
        <translation>不适用：不计分</translation>
    </message>
    <message>
        <source>%1 of %2 units in scope meet the target %3.</source>
        <translation>范围内 %2 个单位中有 %1 个达到目标值 %3。</translation>
    </message>
    <message>
        <source>Panel opinion: %1</source>
        <translation>评议意见：%1</translation>
    </message>
    <message>
        <source>%1
Package fingerprint %2
Click to reverse the order by overall score.</source>
        <translation>%1
材料包指纹 %2
单击可按总分反向排序。</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Met requirements of those rated (达标率)</source>
        <translation>已评要求中达标的比例（达标率）</translation>
    </message>
    <message>
        <source>Met rate</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentBanner</name>
    <message>
        <source>Open newest good backup</source>
        <translation>打开最新的完好备份</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>This document is damaged: %1. It was opened read-only; nothing in it is changed.</source>
        <translation>本文档已损坏：%1。已以只读方式打开，其中内容未作任何更改。</translation>
    </message>
    <message>
        <source>Changes cannot be saved; save a copy to work on it.</source>
        <translation>更改无法保存；请保存副本后在副本上继续工作。</translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentPathEdit</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Duibiao documents (*.duibiao)</source>
        <translation>对标文档 (*.duibiao)</translation>
    </message>
</context>
<context>
    <name>duibiao::DocumentSession</name>
    <message>
        <source>The assessment was submitted on %1 (fingerprint %2). Reopen it to edit: File → Reopen Assessment…</source>
        <translation>评估已于 %1 报送（包指纹 %2）。如需编辑，请重新打开：文件 → 重新打开评估…</translation>
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
    <message>
        <source>Evidence not opened</source>
        <translation>未打开佐证材料</translation>
    </message>
    <message>
        <source>%1

You can save a copy of the file and look at it with a tool you trust.</source>
        <translation>%1

可以保存该文件的副本，再用您信任的工具查看。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>“%1” is a program or script (%2); Duibiao never opens those.</source>
        <translation>“%1”是程序或脚本（%2），对标从不打开此类文件。</translation>
    </message>
    <message>
        <source>“%1” has the extension of a program or script (.%2); Duibiao never opens those.</source>
        <translation>“%1”的扩展名属于程序或脚本（.%2），对标从不打开此类文件。</translation>
    </message>
    <message>
        <source>%1 A copy was saved as %2.</source>
        <translation>%1 已将副本保存为 %2。</translation>
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
    <name>duibiao::ExportPackageDialog</name>
    <message>
        <source>Export for Team Member</source>
        <translation>导出团队成员材料包</translation>
    </message>
    <message>
        <source>Choose the requirement categories and the units you worked on. The package holds their ratings, texts, rectification items, evidence, figures and platforms, for the coordinator to merge.</source>
        <translation>请选择您负责的要求类别和单位。材料包包含其评定、文字、整改事项、佐证材料、数据和工作平台，供协调人合并。</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkEditorDialog</name>
    <message>
        <source>Edit Framework</source>
        <translation>编辑框架</translation>
    </message>
    <message>
        <source>%1 (%2), edited from version %3. Saving stores a new version in the document; the assessment stays on its own version until it is moved.</source>
        <translation>%1(%2),基于版本 %3 编辑。保存时在文档中存为新版本;评估在迁移前仍依据原版本。</translation>
    </message>
    <message>
        <source>Add &amp;Requirement…</source>
        <translation>添加要求(&amp;R)…</translation>
    </message>
    <message>
        <source>A new requirement after the selected one</source>
        <translation>在所选项之后添加一条要求</translation>
    </message>
    <message>
        <source>Add &amp;Category…</source>
        <translation>添加类别(&amp;C)…</translation>
    </message>
    <message>
        <source>A new category after the selected one</source>
        <translation>在所选项之后添加一个类别</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected requirement, or the category with its requirements</source>
        <translation>删除所选要求,或所选类别及其全部要求</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>One place up</source>
        <translation>上移一位</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>One place down</source>
        <translation>下移一位</translation>
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
        <source>Select a category or a requirement.</source>
        <translation>请选择一个类别或一条要求。</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>编辑类别 %1</translation>
    </message>
    <message>
        <source>Edit requirement %1</source>
        <translation>编辑要求 %1</translation>
    </message>
    <message>
        <source>The version this edit is stored as; it must differ from the versions already in the document</source>
        <translation>本次编辑保存为的版本号;须与文档中已有的版本不同</translation>
    </message>
    <message>
        <source>What changed and why, e.g. the official wording of 2024</source>
        <translation>改了什么、为什么,例如:2024 年正式文本</translation>
    </message>
    <message>
        <source>Edit the framework&apos;s scoring</source>
        <translation>编辑框架的计分方式</translation>
    </message>
    <message>
        <source>Framework scoring</source>
        <translation>框架计分</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>新版本号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Code (a letter, then up to 15 letters, digits, _ . or -; unique in the framework):</source>
        <translation>编号(字母开头,其后最多 15 个字母、数字、_ . 或 -;在框架内唯一):</translation>
    </message>
    <message>
        <source>“%1” is not a valid code: a code is a letter, then up to 15 letters, digits, _ . or -.</source>
        <translation>“%1”不是有效的编号:编号以字母开头,其后最多 15 个字母、数字、_ . 或 -。</translation>
    </message>
    <message>
        <source>The code “%1” is already used in this framework; category and requirement codes share one namespace.</source>
        <translation>编号“%1”在本框架中已被使用;类别编号与要求编号不能重复。</translation>
    </message>
    <message>
        <source>Add a requirement</source>
        <translation>添加要求</translation>
    </message>
    <message>
        <source>Add requirement %1</source>
        <translation>添加要求 %1</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>添加类别 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save the framework</source>
        <translation>保存框架</translation>
    </message>
    <message>
        <source>Give the new version a name, e.g. %1.</source>
        <translation>请为新版本命名,例如 %1。</translation>
    </message>
    <message>
        <source>the edited framework</source>
        <translation>编辑后的框架</translation>
    </message>
    <message>
        <source>The framework cannot be saved:
%1</source>
        <translation>框架无法保存:
%1</translation>
    </message>
    <message>
        <source>Discard the changes made to the framework? Nothing of them is stored.</source>
        <translation>放弃对框架所做的修改?这些修改都不会保存。</translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkScoreForm</name>
    <message>
        <source>Total points</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>With a total, each requirement&apos;s weight is its points (分值) and the weights add up to the total</source>
        <translation>设总分时,每条要求的权重即其分值,各项权重合计须等于总分</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>Readiness needs at least this score: points when the framework has a total, else a percentage</source>
        <translation>申请合格审定所需的最低得分:框架设总分时为分数,否则为百分数</translation>
    </message>
</context>
<context>
    <name>duibiao::FrameworkVersionsDialog</name>
    <message>
        <source>stored in the document</source>
        <translation>保存在文档中</translation>
    </message>
    <message>
        <source>an assessment&apos;s copy</source>
        <translation>评估的快照</translation>
    </message>
    <message>
        <source>built into the app</source>
        <translation>软件内置</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1(%2)。</translation>
    </message>
    <message>
        <source>Framework Versions</source>
        <translation>框架版本</translation>
    </message>
    <message>
        <source>Import a framework</source>
        <translation>导入框架</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx *.csv);;Framework JSON (*.json);;Sheets (*.xlsx *.csv)</source>
        <translation>框架 (*.json *.xlsx *.csv);;框架 JSON (*.json);;表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>导出框架</translation>
    </message>
    <message>
        <source>Framework JSON (*.json);;Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>框架 JSON (*.json);;Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>保存方式</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected version; saving stores a new version</source>
        <translation>编辑所选版本;保存时存为新版本</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Store a framework file (JSON) or sheet (XLSX, CSV) in the document as a version</source>
        <translation>把框架文件(JSON)或表格(XLSX、CSV)作为一个版本保存到文档中</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected version as framework JSON, XLSX or CSV</source>
        <translation>把所选版本导出为框架 JSON、XLSX 或 CSV</translation>
    </message>
    <message>
        <source>&amp;Move Assessment to This Version…</source>
        <translation>将评估迁移到此版本(&amp;M)…</translation>
    </message>
    <message>
        <source>Review what changes, then move the assessment; undoable</source>
        <translation>先复核变化,再迁移评估;可撤销</translation>
    </message>
    <message>
        <source>Select one version to compare it with the assessment&apos;s, or two to compare them.</source>
        <translation>选择一个版本与评估所用版本比较,或选择两个版本相互比较。</translation>
    </message>
    <message>
        <source>Framework versions</source>
        <translation>框架版本</translation>
    </message>
    <message>
        <source>✓ in use</source>
        <translation>✓ 使用中</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>请选择一个或两个版本进行比较。</translation>
    </message>
    <message>
        <source>the assessment&apos;s version %1@%2</source>
        <translation>评估所用版本 %1@%2</translation>
    </message>
    <message>
        <source>%1 is the version the assessment is on. Select another version, or two, to see their differences.</source>
        <translation>%1 是评估所用的版本。请另选一个或两个版本查看差别。</translation>
    </message>
    <message>
        <source>No differences between %1 and %2.</source>
        <translation>%1 与 %2 没有差别。</translation>
    </message>
    <message>
        <source>Differences from %1 to %2:</source>
        <translation>从 %1 到 %2 的差别:</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>新增(%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>删除(%1)</translation>
    </message>
    <message>
        <source>Reworded (%1)</source>
        <translation>文字修改(%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>计分或规则变化(%1)</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>位置调整(%1)</translation>
    </message>
    <message>
        <source>Title and categories (%1)</source>
        <translation>标题与类别(%1)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>%1: a framework is exported as .json, .xlsx or .csv.</source>
        <translation>%1:框架可导出为 .json、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Edit Framework</source>
        <translation>编辑框架</translation>
    </message>
    <message>
        <source>Move the assessment</source>
        <translation>迁移评估</translation>
    </message>
    <message>
        <source>The assessment is already on %1.</source>
        <translation>评估已在 %1 上。</translation>
    </message>
    <message>
        <source>Renumbered (%1)</source>
        <translation>编号变更(%1)</translation>
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
    <name>duibiao::ImportPackageDialog</name>
    <message>
        <source>Submission to the review panel</source>
        <translation>报送评议组的材料</translation>
    </message>
    <message>
        <source>A team member&apos;s work</source>
        <translation>团队成员的工作</translation>
    </message>
    <message>
        <source>The review panel&apos;s opinions</source>
        <translation>评议组的意见</translation>
    </message>
    <message>
        <source>Import Package</source>
        <translation>导入材料包</translation>
    </message>
    <message>
        <source>Show &amp;conflicts only</source>
        <translation>仅显示冲突(&amp;C)</translation>
    </message>
    <message>
        <source>Keep All &amp;Here</source>
        <translation>全部保留本地(&amp;H)</translation>
    </message>
    <message>
        <source>Take All from &amp;Package</source>
        <translation>全部采用材料包(&amp;P)</translation>
    </message>
    <message>
        <source>A backup is taken first; File → Restore from Backup undoes the import. The import itself cannot be undone with Edit → Undo, and earlier edits can no longer be undone after it.</source>
        <translation>导入前会先备份；通过“文件 → 从备份恢复”可撤回本次导入。导入本身不能用“编辑 → 撤销”撤销，导入后此前的编辑也不能再撤销。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>包指纹：%1</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 to remove, %4 conflict(s), %5 evidence file(s) already here</source>
        <translation>新增 %1 项，修改 %2 项，删除 %3 项，冲突 %4 项，已有佐证材料文件 %5 个</translation>
    </message>
    <message>
        <source>Nothing to import: this document already holds everything in the package.</source>
        <translation>无需导入：本文档已包含材料包中的全部内容。</translation>
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
        <source>&lt;h3&gt;对标 Duibiao %1&lt;/h3&gt;&lt;p&gt;Benchmarking a university&apos;s 关工委 against the Jiangsu quality-construction requirements, offline.&lt;/p&gt;&lt;p&gt;The built-in framework is a reference version compiled from the implementation opinion; the official provincial text prevails.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
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
    <message>
        <source>New &amp;Panel Document…</source>
        <translation>新建评议组文档(&amp;P)…</translation>
    </message>
    <message>
        <source>New panel document</source>
        <translation>新建评议组文档</translation>
    </message>
    <message>
        <source>Saved the damaged file as it is as %1 (%2).</source>
        <translation>已将损坏的文件原样保存为 %1（%2）。</translation>
    </message>
    <message>
        <source>The document is damaged</source>
        <translation>文档已损坏</translation>
    </message>
    <message>
        <source>Open newest good backup</source>
        <translation>打开最新的完好备份</translation>
    </message>
    <message>
        <source>No backup of %1 passes its own check.</source>
        <translation>%1 的备份均未通过自身检查。</translation>
    </message>
    <message>
        <source>Opened the backup of %1; the damaged file was kept as %2.</source>
        <translation>已打开 %1 的备份；损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入材料包</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation>ZIP 材料包 (*.zip)</translation>
    </message>
    <message>
        <source>Copy for team member</source>
        <translation>为团队成员生成副本</translation>
    </message>
    <message>
        <source>team-member.duibiao</source>
        <translation>团队成员.duibiao</translation>
    </message>
    <message>
        <source>Duibiao documents (*.duibiao)</source>
        <translation>对标文档 (*.duibiao)</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>导入材料包(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy for Team &amp;Member…</source>
        <translation>为团队成员生成副本(&amp;M)…</translation>
    </message>
    <message>
        <source>Rectify the Panel&apos;s &amp;Findings…</source>
        <translation>根据评议意见整改(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was changed.

%2</source>
        <translation>无法导入 %1，未作任何更改。

%2</translation>
    </message>
    <message>
        <source>The assessment was submitted, so this package is not imported. Reopen it first: File → Reopen Assessment…</source>
        <translation>评估已报送，因此未导入此材料包。请先重新打开评估：文件 → 重新打开评估…</translation>
    </message>
    <message>
        <source>Nothing to import: this document already holds everything in the package.</source>
        <translation>无需导入：本文档已包含材料包中的全部内容。</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>正在导入材料包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The package was not imported; the document is as it was.

%1</source>
        <translation>材料包未导入，文档保持原样。

%1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>%1 was imported: %2 added, %3 changed, %4 removed, %5 conflict(s) settled.

A backup was taken first; File → Restore from Backup undoes the import.</source>
        <translation>已导入 %1：新增 %2 项，修改 %3 项，删除 %4 项，处理冲突 %5 项。

导入前已备份；通过“文件 → 从备份恢复”可撤回本次导入。</translation>
    </message>
    <message>
        <source>Rectify the panel&apos;s findings</source>
        <translation>根据评议意见整改</translation>
    </message>
    <message>
        <source>Make a phase-4 rectification item for each requirement the panel rated not met or largely met?</source>
        <translation>是否为评议组评定为未达标或基本达标的每项要求生成一项第 4 阶段整改事项？</translation>
    </message>
    <message>
        <source>%1 was written.

Send this file to the member; they export a team package with File → Export for Team Member…; import it here with File → Import Package….</source>
        <translation>已写入 %1。

请将此文件发给团队成员；成员通过“文件 → 导出团队成员材料包…”导出材料包，您再通过“文件 → 导入材料包…”在此导入。</translation>
    </message>
    <message>
        <source>There are no opinions of the review panel yet: import them with File → Import Package….</source>
        <translation>尚无评议组意见：请通过“文件 → 导入材料包…”导入。</translation>
    </message>
    <message>
        <source>There is nothing new to rectify: the panel rated no requirement not met or largely met, or each finding already has its rectification item.</source>
        <translation>没有需要新增的整改：评议组未将任何要求评定为未达标或基本达标，或每条意见都已有对应的整改事项。</translation>
    </message>
    <message>
        <source>The assessment was submitted. Reopen it to add the rectification items? The reopening is recorded in the history.</source>
        <translation>评估已报送。是否重新打开评估以添加整改事项？重新打开将记入修改记录。</translation>
    </message>
    <message>
        <source>rectification after the panel&apos;s review</source>
        <translation>根据评议意见整改</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s) made from the panel&apos;s findings.</source>
        <translation>
            <numerusform>已根据评议意见生成 %n 项整改事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review package</source>
        <translation>导出评议材料包</translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation>重新打开评估</translation>
    </message>
    <message>
        <source>The assessment was submitted. Why is it reopened? The reason is kept in the history.</source>
        <translation>评估已报送。为何重新打开？原因将记入修改记录。</translation>
    </message>
    <message>
        <source>Export &amp;Review Package…</source>
        <translation>导出评议材料包(&amp;R)…</translation>
    </message>
    <message>
        <source>Export for &amp;Team Member…</source>
        <translation>导出团队成员材料包(&amp;T)…</translation>
    </message>
    <message>
        <source>-team work</source>
        <translation>-团队成员工作</translation>
    </message>
    <message>
        <source>Re&amp;open Assessment…</source>
        <translation>重新打开评估(&amp;O)…</translation>
    </message>
    <message>
        <source>The assessment has not been submitted; it can be edited as it is.</source>
        <translation>评估尚未报送，可直接编辑。</translation>
    </message>
    <message>
        <source>%1 was written (%2 entries, %3).

Package fingerprint: %4
%5</source>
        <translation>已写入 %1（%2 个条目，%3）。

材料包指纹：%4
%5</translation>
    </message>
    <message>
        <source>The assessment is now marked as submitted and can no longer be edited. To change it, use File → Reopen Assessment…; the reopening is recorded in the history.</source>
        <translation>评估现已标记为已报送，不能再编辑。如需修改，请使用“文件 → 重新打开评估…”；重新打开将记入修改记录。</translation>
    </message>
    <message>
        <source>Package exported, fingerprint %1</source>
        <translation>材料包已导出，包指纹 %1</translation>
    </message>
    <message>
        <source>The assessment is open for editing again.</source>
        <translation>评估已重新打开，可以编辑。</translation>
    </message>
    <message>
        <source>F&amp;ramework</source>
        <translation>框架(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Framework…</source>
        <translation>编辑框架(&amp;E)…</translation>
    </message>
    <message>
        <source>Framework %1@%2 stored. Framework → Versions… moves the assessment to it.</source>
        <translation>框架 %1@%2 已保存。可通过 框架 → 版本… 将评估迁移到该版本。</translation>
    </message>
    <message>
        <source>Edit the assessment&apos;s framework: titles, texts, evidence, weights, rules; saving stores a new version</source>
        <translation>编辑评估所用的框架:标题、条文、佐证项、权重、规则;保存时存为新版本</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <source>The framework versions in the document and their differences; import, export, and move the assessment to another version</source>
        <translation>文档中的框架版本及其差别;导入、导出,以及将评估迁移到其他版本</translation>
    </message>
</context>
<context>
    <name>duibiao::MergePlanModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Checked: take the package&apos;s side; unchecked: keep this document&apos;s.</source>
        <translation>勾选：采用材料包的值；不勾选：保留本文档的值。</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation>（本地没有）</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Take package</source>
        <translation>采用材料包</translation>
    </message>
    <message>
        <source>Keep here</source>
        <translation>保留本地</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <source>Base</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>材料包</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>duibiao::MoveAssessmentDialog</name>
    <message>
        <source>Move the Assessment to Another Framework Version</source>
        <translation>将评估迁移到其他框架版本</translation>
    </message>
    <message>
        <source>The assessment moves from %1@%2 to %3@%4. Ratings, narratives, evidence and rectification links stay with their requirement codes; nothing is deleted, and Edit → Undo moves it back.</source>
        <translation>评估将从 %1@%2 迁移到 %3@%4。评定、自评说明、佐证材料和整改关联按要求编号保留;不删除任何内容,可用 编辑 → 撤销 迁移回去。</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>需要复核的内容</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>已评为 %1</translation>
    </message>
    <message>
        <source>a narrative</source>
        <translation>有自评说明</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个佐证材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rectification item(s)</source>
        <translation>
            <numerusform>%n 个整改事项</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New requirements (%1): they start unrated</source>
        <translation>新增的要求(%1):从“未评”开始</translation>
    </message>
    <message>
        <source>Removed requirements (%1): no longer counted; what they hold stays in the document</source>
        <translation>删除的要求(%1):不再计分;原有内容保留在文档中</translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation>原有:%1</translation>
    </message>
    <message>
        <source>Reworded or changed requirements (%1): the rating is carried over; review it</source>
        <translation>文字或计分有变化的要求(%1):评定沿用,请复核</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>变化:%1</translation>
    </message>
    <message>
        <source>reworded: %1</source>
        <translation>文字修改:%1</translation>
    </message>
    <message>
        <source>&amp;Move Assessment</source>
        <translation>迁移评估(&amp;M)</translation>
    </message>
    <message>
        <source>Renumbered requirements (%1): their work moves to the new code</source>
        <translation>编号变更的要求(%1):已有工作随之迁移到新编号</translation>
    </message>
    <message>
        <source>moves: %1</source>
        <translation>随之迁移:%1</translation>
    </message>
</context>
<context>
    <name>duibiao::NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <source>e.g. 示例大学</source>
        <translation>例如:示例大学</translation>
    </message>
    <message>
        <source>assessment.duibiao</source>
        <translation>自评.duibiao</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>学校(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>指标框架(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements.</source>
        <translation>
            <numerusform>共 %n 条要求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duibiao::NewPanelDialog</name>
    <message>
        <source>New panel document</source>
        <translation>新建评议组文档</translation>
    </message>
    <message>
        <source>e.g. 示例片区评议组</source>
        <translation>例如：示例片区评议组</translation>
    </message>
    <message>
        <source>e.g. 示例片区</source>
        <translation>例如：示例片区</translation>
    </message>
    <message>
        <source>panel.duibiao</source>
        <translation>评议组.duibiao</translation>
    </message>
    <message>
        <source>Panel &amp;name:</source>
        <translation>评议组名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region reviewed:</source>
        <translation>评议片区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
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
    <name>duibiao::PanelPage</name>
    <message>
        <source>Add a submission package</source>
        <translation>添加报送材料包</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip)</source>
        <translation>ZIP 材料包 (*.zip)</translation>
    </message>
    <message>
        <source>Export the panel&apos;s opinions</source>
        <translation>导出评议意见</translation>
    </message>
    <message>
        <source>Panel review</source>
        <translation>组织评议</translation>
    </message>
    <message>
        <source>&amp;Add Package…</source>
        <translation>添加材料包(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an institution&apos;s submitted review package; it is verified first.</source>
        <translation>添加学校报送的评议材料包；添加前会先进行校验。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the submission of %1 and the panel&apos;s opinions on it?</source>
        <translation>确定移除%1的报送材料及评议组对其的意见吗？</translation>
    </message>
    <message>
        <source>&amp;Export Opinions…</source>
        <translation>导出评议意见(&amp;E)…</translation>
    </message>
    <message>
        <source>%1-panel opinions</source>
        <translation>%1-评议意见</translation>
    </message>
    <message>
        <source>Highest score first</source>
        <translation>得分从高到低</translation>
    </message>
    <message>
        <source>Lowest score first</source>
        <translation>得分从低到高</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Category &amp;scores</source>
        <translation>类别得分(&amp;S)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>The institution&apos;s self-assessment</source>
        <translation>学校自评</translation>
    </message>
    <message>
        <source>Self-rating:</source>
        <translation>自评评定：</translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation>自评情况：</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>差距：</translation>
    </message>
    <message>
        <source>Panel opinion on this requirement</source>
        <translation>评议组对该要求的意见</translation>
    </message>
    <message>
        <source>Overall opinion on the institution</source>
        <translation>对该校的总体意见</translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation>无意见</translation>
    </message>
    <message>
        <source>The panel&apos;s finding and what the institution should do</source>
        <translation>评议组的意见及学校应采取的措施</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Panel&apos;s rating:</source>
        <translation>评议组评定：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>由 %1 于 %2 填写</translation>
    </message>
    <message>
        <source>Save the panel&apos;s opinion</source>
        <translation>保存评议组意见</translation>
    </message>
    <message>
        <source>No submission yet. Add Package… adds an institution&apos;s submitted review package; it is verified before it is kept.</source>
        <translation>尚无报送材料。“添加材料包…”可添加学校报送的评议材料包，保存前会先进行校验。</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) compared. Select a cell for the institution&apos;s own account and the panel&apos;s opinion; ◆ marks a cell with an opinion.</source>
        <translation>
            <numerusform>共比较 %n 所学校。选择单元格可查看该校的自评情况和评议组意见；◆ 表示该单元格已有意见。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell of the matrix.</source>
        <translation>请选择矩阵中的单元格。</translation>
    </message>
    <message>
        <source>%1: select a requirement&apos;s cell for its self-assessment.</source>
        <translation>%1：请选择某项要求的单元格以查看自评情况。</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在校验 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove the submission</source>
        <translation>移除报送材料</translation>
    </message>
    <message>
        <source>%1 was written.

Package fingerprint: %2

The institution adds it with File → Import Package…</source>
        <translation>已写入 %1。

材料包指纹：%2

学校可通过“文件 → 导入材料包…”导入。</translation>
    </message>
    <message>
        <source>The regional panel&apos;s opinions this institution received, beside its own ratings. They are kept apart from the self-assessment; the panel sends them as an opinions package (File → Import Package…).</source>
        <translation>本校收到的片区评议组意见，与本校自评评定并列显示。评议意见与自评分开保存；评议组以评议意见包的形式发送（文件 → 导入材料包…）。</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Own rating</source>
        <translation>自评评定</translation>
    </message>
    <message>
        <source>Panel&apos;s rating</source>
        <translation>评议组评定</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评议组</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation>组织评议对比表</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Comparison &amp;Report…</source>
        <translation>对比报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Comparison of institutions</source>
        <translation>组织评议对比表</translation>
    </message>
    <message>
        <source>%1 was written.</source>
        <translation>已写入 %1。</translation>
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
        <source>The item&apos;s own deadline; in grey italics the end of its phase when it has none</source>
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
    <message>
        <source>Rectify the Panel&apos;s &amp;Findings…</source>
        <translation>根据评议意见整改(&amp;F)…</translation>
    </message>
    <message>
        <source>A phase-4 item for each requirement the review panel rated not met or largely met</source>
        <translation>为评议组评定为未达标或基本达标的每项要求生成一项第 4 阶段整改事项</translation>
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
        <translation>
            <numerusform>已导出 %1(共 %n 页)。</numerusform>
        </translation>
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
        <source>Open a copy with the system&apos;s viewer</source>
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
    <message>
        <source>Panel opinion: %1</source>
        <translation>评议意见：%1</translation>
    </message>
</context>
<context>
    <name>duibiao::RequirementForm</name>
    <message>
        <source>A letter, then up to 15 letters, digits, _ . or -; unique in the framework. Assessments moved to the new version carry their work over by this code.</source>
        <translation>字母开头,其后最多 15 个字母、数字、_ . 或 -;在框架内唯一。迁移到新版本的评估按此编号带上已有工作。</translation>
    </message>
    <message>
        <source>Qualitative (rated by the team)</source>
        <translation>定性(由评估组评定)</translation>
    </message>
    <message>
        <source>Indicator (computed from unit data)</source>
        <translation>指标(依据单位数据计算)</translation>
    </message>
    <message>
        <source>How the item is rated: the four ratings, pass or fail, or grades A/B/C/D (100/60/40/0% of its points)</source>
        <translation>评定方式:四级评定、通过/不通过,或 A/B/C/D 等级(得该项分值的 100%/60%/40%/0%)</translation>
    </message>
    <message>
        <source>Veto item (一票否决): readiness fails unless it is met</source>
        <translation>一票否决项:未达标即不能申请合格审定</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Indicator rule and the units that pass it</source>
        <translation>指标规则及达标单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text (条文)</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Guidance (指导)</source>
        <translation>指导</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>佐证材料</translation>
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
    <name>duibiao::RuleForm</name>
    <message>
        <source>The school&apos;s own committee</source>
        <translation>校关工委</translation>
    </message>
    <message>
        <source>Every college and department</source>
        <translation>各二级学院(部)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Rates and shares as a fraction: 0.6 is 60%</source>
        <translation>比率与占比以小数表示:0.6 即 60%</translation>
    </message>
    <message>
        <source>“Largely met” when at least</source>
        <translation>基本达标的下限</translation>
    </message>
    <message>
        <source>The share of units (or the pooled rate) that earns “largely met” when not every unit meets the target</source>
        <translation>并非每个单位都达到目标时,可评为“基本达标”的单位占比(或合计比率)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>No unit of the document is in this rule&apos;s scope.</source>
        <translation>本文档中没有属于该规则范围的单位。</translation>
    </message>
    <message>
        <source>%1 of %2 units in scope pass the rule as edited.</source>
        <translation>按当前编辑,范围内 %2 个单位中有 %1 个达标。</translation>
    </message>
    <message>
        <source>Suggested rating: %1.</source>
        <translation>建议评定:%1。</translation>
    </message>
</context>
<context>
    <name>duibiao::RulePreviewModel</name>
    <message>
        <source>✓ passes</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <source>✗ no figures</source>
        <translation>✗ 无数据</translation>
    </message>
    <message>
        <source>— excluded</source>
        <translation>— 不计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>duibiao::TableExport</name>
    <message>
        <source>Export ta&amp;ble…</source>
        <translation>导出表格(&amp;B)…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook (XLSX) or as CSV</source>
        <translation>将此表格保存为 Excel 工作簿（XLSX）或 CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>duibiao::UnitExportDialog</name>
    <message>
        <source>Export unit templates</source>
        <translation>导出单位模板</translation>
    </message>
    <message>
        <source>One template per unit, for its college secretary to fill in and send back. Each file holds the unit&apos;s figures for the assessment year and its work platforms.</source>
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
        <source>Times a year the party committee hears the committee&apos;s report</source>
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
        <source>Figures for %1. Red cells are below the framework&apos;s target (hover for it). Double-click or start typing to edit; Delete removes the unit.</source>
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
