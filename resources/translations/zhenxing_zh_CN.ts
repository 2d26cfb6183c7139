<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation>保存窗口截图（PNG）后退出。</translation>
    </message>
    <message>
        <source>Zhenxing</source>
        <translation>振兴看板</translation>
    </message>
    <message>
        <source>Show this page first (0 = overview).</source>
        <translation>先显示此页面（0 = 总览）。</translation>
    </message>
    <message>
        <source>Open this indicator&apos;s detail.</source>
        <translation>打开该指标的详情。</translation>
    </message>
    <message>
        <source>Page of the indicator detail to show.</source>
        <translation>要显示的指标详情页。</translation>
    </message>
</context>
<context>
    <name>zx::BreakdownModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>zx::CategoryPage</name>
    <message>
        <source>Target and actual (target = 100 %)</source>
        <translation>目标与完成（目标 = 100%）</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Quarterly trend, year to date</source>
        <translation>季度走势（年初至今累计）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Q%4</source>
        <translation>%1 · %2 · %3年第%4季度</translation>
    </message>
    <message>
        <source>Ranking of sub-regions: %1</source>
        <translation>下级地区排名：%1</translation>
    </message>
</context>
<context>
    <name>zx::Cli</name>
    <message>
        <source>%1 expects %2 argument(s); see --help</source>
        <translation>%1 需要 %2 个参数，参见 --help</translation>
    </message>
    <message>
        <source>Usage: zhenxing-cli COMMAND [options]
Zhenxing (振兴看板) rural revitalization indicators, headless.

Commands:
  sample DB [--force]                      create the sample county database
  summary DB --region CODE --year Y [--quarter Q] [--json]
                                           every indicator: actual, target, completion, status
  check DB                                 run every validation rule and the integrity check
  set DB --indicator CODE --region CODE --year Y --quarter Q --value V [--comment C]
                                           change one figure (validated, audited)
  audit DB [--verify]                      print the audit trail, or verify its hash chain

Run &apos;zhenxing-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 user error, 2 bad arguments.
</source>
        <translation>用法：zhenxing-cli 命令 [选项]
振兴看板（乡村振兴指标）命令行工具。

命令：
  sample DB [--force]                      创建示例区县数据库
  summary DB --region CODE --year Y [--quarter Q] [--json]
                                           全部指标：完成值、目标、完成率、状态
  check DB                                 运行全部校验规则及完整性检查
  set DB --indicator CODE --region CODE --year Y --quarter Q --value V [--comment C]
                                           修改一个数值（经校验并记入审计）
  audit DB [--verify]                      输出审计记录，或校验其哈希链

使用“zhenxing-cli 命令 --help”查看各命令的选项。
退出码：0 成功，1 用户错误，2 参数错误。
</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>覆盖已有文件。</translation>
    </message>
    <message>
        <source>Database file to create.</source>
        <translation>要创建的数据库文件。</translation>
    </message>
    <message>
        <source>Create the sample county database (XX区, 410104).</source>
        <translation>创建示例区县数据库（XX区，410104）。</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to overwrite it</source>
        <translation>%1 已存在；如需覆盖请使用 --force</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Created %1 with the sample county XX区 (410104)</source>
        <translation>已创建 %1，内含示例区县 XX区（410104）</translation>
    </message>
    <message>
        <source>Region code, e.g. 410104.</source>
        <translation>行政区划代码，例如 410104。</translation>
    </message>
    <message>
        <source>Year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>Quarter 1-4 (default 4: the whole year).</source>
        <translation>季度 1–4（默认 4：全年）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Every indicator of a region for a period.</source>
        <translation>某地区某期间的全部指标。</translation>
    </message>
    <message>
        <source>--region is required</source>
        <translation>缺少 --region 参数</translation>
    </message>
    <message>
        <source>--year needs a year such as 2023</source>
        <translation>--year 需要年份，例如 2023</translation>
    </message>
    <message>
        <source>--quarter must be 1, 2, 3 or 4</source>
        <translation>--quarter 只能是 1、2、3 或 4</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>Run every validation rule and PRAGMA integrity_check.</source>
        <translation>运行全部校验规则及 PRAGMA integrity_check。</translation>
    </message>
    <message>
        <source>error	integrity	%1</source>
        <translation>错误	完整性	%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>错误 %1 条，警告 %2 条</translation>
    </message>
    <message>
        <source>The figure&apos;s %1.</source>
        <translation>数值的 %1。</translation>
    </message>
    <message>
        <source>Delete the figure instead.</source>
        <translation>改为删除该数值。</translation>
    </message>
    <message>
        <source>Change one figure (validated, audited).</source>
        <translation>修改一个数值（经校验并记入审计）。</translation>
    </message>
    <message>
        <source>set needs --indicator, --region, --year and --quarter 1-4</source>
        <translation>set 需要 --indicator、--region、--year 和 --quarter 1–4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Verify the hash chain; exit 1 at the first broken entry.</source>
        <translation>校验哈希链；遇到第一条被破坏的记录时以 1 退出。</translation>
    </message>
    <message>
        <source>Print or verify the audit trail.</source>
        <translation>输出或校验审计记录。</translation>
    </message>
    <message>
        <source>audit entry %1 (%2, %3 by %4) was altered or an entry before it was removed: its hash does not match</source>
        <translation>审计记录 %1（%2，%3，操作人 %4）已被篡改，或其前一条记录被删除：哈希值不符</translation>
    </message>
    <message>
        <source>audit trail verified</source>
        <translation>审计记录校验通过</translation>
    </message>
    <message>
        <source>zhenxing-cli: unknown command &apos;%1&apos;; try --help</source>
        <translation>zhenxing-cli：未知命令“%1”；请使用 --help</translation>
    </message>
</context>
<context>
    <name>zx::CompletionGauge</name>
    <message>
        <source>Time %1%</source>
        <translation>序时 %1%</translation>
    </message>
    <message>
        <source>Actual %1 %2</source>
        <translation>完成 %1 %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Target %1 %2</source>
        <translation>目标 %1 %2</translation>
    </message>
</context>
<context>
    <name>zx::Csv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的引号字段没有结束</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, the header has %4</source>
        <translation>%1 第 %2 行：有 %3 个字段，表头有 %4 个</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
</context>
<context>
    <name>zx::Database</name>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计记录</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>写入审计记录</translation>
    </message>
    <message>
        <source>saving category %1</source>
        <translation>保存领域 %1</translation>
    </message>
    <message>
        <source>reading categories</source>
        <translation>读取领域</translation>
    </message>
    <message>
        <source>saving indicator %1</source>
        <translation>保存指标 %1</translation>
    </message>
    <message>
        <source>reading indicators</source>
        <translation>读取指标</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Zhenxing database: it is not an SQLite file</source>
        <translation>%1 不是振兴看板数据库：它不是 SQLite 文件</translation>
    </message>
    <message>
        <source>reading the file header</source>
        <translation>读取文件头</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Zhenxing database: %2</source>
        <translation>%1 不是振兴看板数据库：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Zhenxing database</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是振兴看板数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer Zhenxing (schema version %2; this version reads up to %3). Update Zhenxing to open it.</source>
        <translation>%1 由更新版本的振兴看板写入（结构版本 %2；本版本最高支持 %3）。请升级振兴看板后再打开。</translation>
    </message>
    <message>
        <source>switching to WAL</source>
        <translation>切换到 WAL 日志模式</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode %2)</source>
        <translation>%1 无法使用预写日志（当前日志模式 %2）</translation>
    </message>
    <message>
        <source>Database error while setting %1: %2</source>
        <translation>设置 %1 时数据库出错：%2</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2 (%3): %4</source>
        <translation>无法将 %1 升级到结构版本 %2（%3）：%4</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>reading the review state</source>
        <translation>读取审核状态</translation>
    </message>
    <message>
        <source>saving the review state</source>
        <translation>保存审核状态</translation>
    </message>
    <message>
        <source>saving region %1</source>
        <translation>保存地区 %1</translation>
    </message>
    <message>
        <source>reading regions</source>
        <translation>读取地区</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时数据库出错：%2</translation>
    </message>
    <message>
        <source>Database error while %1: no result</source>
        <translation>%1时数据库出错：无结果</translation>
    </message>
    <message>
        <source>Could not start a write: %1</source>
        <translation>无法开始写入：%1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>Stored figure &apos;%1&apos; of %2, region %3, %4 Q%5 is not a number</source>
        <translation>已存数值“%1”（%2，地区 %3，%4年第%5季度）不是数字</translation>
    </message>
    <message>
        <source>saving a figure of %1</source>
        <translation>保存 %1 的数值</translation>
    </message>
    <message>
        <source>deleting a figure of %1</source>
        <translation>删除 %1 的数值</translation>
    </message>
    <message>
        <source>reading a figure</source>
        <translation>读取数值</translation>
    </message>
    <message>
        <source>reading figures</source>
        <translation>读取数值</translation>
    </message>
    <message>
        <source>saving a target of %1</source>
        <translation>保存 %1 的目标</translation>
    </message>
    <message>
        <source>reading targets</source>
        <translation>读取目标</translation>
    </message>
    <message>
        <source>Stored target &apos;%1&apos; of %2, region %3 is not a number</source>
        <translation>已存目标“%1”（%2，地区 %3）不是数字</translation>
    </message>
    <message>
        <source>reading years</source>
        <translation>读取年份</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>复制数据库</translation>
    </message>
</context>
<context>
    <name>zx::Entry</name>
    <message>
        <source>Unknown indicator &apos;%1&apos;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>Unknown region &apos;%1&apos;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>Quarter must be 1 to 4, not %1</source>
        <translation>季度须为 1 至 4，而不是 %1</translation>
    </message>
    <message>
        <source>%1 Q%2 of region %3 was approved by %4 at %5 and is locked; a reviewer must reopen it first</source>
        <translation>地区 %3 的 %1 年第 %2 季度已由 %4 于 %5 审核通过并锁定；须由审核员重新开放后才能修改</translation>
    </message>
</context>
<context>
    <name>zx::FileActions</name>
    <message>
        <source>Zhenxing databases (*.db *.zhenxing);;All files (*)</source>
        <translation>振兴看板数据库 (*.db *.zhenxing);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>Open the &amp;Sample County</source>
        <translation>打开示例区县(&amp;S)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Zhenxing</source>
        <translation>关于振兴看板(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Sample county</source>
        <translation>示例区县</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>About Zhenxing</source>
        <translation>关于振兴看板</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zhenxing (振兴看板) %1&lt;/b&gt;&lt;p&gt;County rural revitalization indicators: quarterly figures, targets, completion against time progress.&lt;/p&gt;</source>
        <translation>&lt;b&gt;振兴看板 %1&lt;/b&gt;&lt;p&gt;区县乡村振兴指标：季度数据、目标任务、对照序时进度的完成情况。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zx::HistoryModel</name>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>zx::IndicatorDetailDialog</name>
    <message>
        <source>Flow: each quarter is new work, the year is the sum</source>
        <translation>流量：每季度为新增量，全年为各季度之和</translation>
    </message>
    <message>
        <source>Cumulative: each quarter reports the year to date</source>
        <translation>累计：每季度报年初至今累计数</translation>
    </message>
    <message>
        <source>Stock: the level at the end of the quarter</source>
        <translation>存量：季度末的时点数</translation>
    </message>
    <message>
        <source>Sum of the sub-regions</source>
        <translation>下级地区求和</translation>
    </message>
    <message>
        <source>Mean of the sub-regions</source>
        <translation>下级地区取平均</translation>
    </message>
    <message>
        <source>Largest of the sub-regions</source>
        <translation>下级地区取最大值</translation>
    </message>
    <message>
        <source>Smallest of the sub-regions</source>
        <translation>下级地区取最小值</translation>
    </message>
    <message>
        <source>Ratio %1 / %2 × %3, recomputed at every level</source>
        <translation>比率 %1 / %2 × %3，各级按汇总后的分子分母重新计算</translation>
    </message>
    <message>
        <source>At least the target (completion = actual / target)</source>
        <translation>不低于目标（完成率 = 完成值 / 目标）</translation>
    </message>
    <message>
        <source>At most the target (a ceiling)</source>
        <translation>不超过目标（上限）</translation>
    </message>
    <message>
        <source>Reduce from a baseline to the target</source>
        <translation>从基数压减到目标</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 %3 Q%4: actual &lt;b&gt;%5 %6&lt;/b&gt;, target %7, completion &lt;b&gt;%8&lt;/b&gt; (%9), time progress %10%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 %3年第%4季度：完成 &lt;b&gt;%5 %6&lt;/b&gt;，目标 %7，完成率 &lt;b&gt;%8&lt;/b&gt;（%9），序时进度 %10%</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <source>By sub-region</source>
        <translation>按下级地区</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度累计方式</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区汇总方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <source>Binding (约束性)</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>Expected (预期性)</source>
        <translation>预期性</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属总量</translation>
    </message>
    <message>
        <source>%1 (the parts add up to it)</source>
        <translation>%1（各分项之和等于总量）</translation>
    </message>
    <message>
        <source>%1 (not above it)</source>
        <translation>%1（不超过总量）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 · %2 %3 Q%4 · %5</source>
        <translation>%1 · %2 %3年第%4季度 · %5</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No findings: every rule passes for this indicator here.</source>
        <translation>未发现问题：该指标在此范围内通过全部校验规则。</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>分项</translation>
    </message>
</context>
<context>
    <name>zx::MainWindow</name>
    <message>
        <source>Zhenxing — rural revitalization indicators</source>
        <translation>振兴看板 — 乡村振兴指标</translation>
    </message>
    <message>
        <source>The database holds no figures yet.</source>
        <translation>数据库中还没有数据。</translation>
    </message>
    <message>
        <source>Zhenxing</source>
        <translation>振兴看板</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在载入 %1 年数据…</translation>
    </message>
</context>
<context>
    <name>zx::OverviewPage</name>
    <message>
        <source>Filter indicators by name or code…</source>
        <translation>按名称或代码筛选指标…</translation>
    </message>
    <message>
        <source>%1 · %2 Q%3 · time progress %4%</source>
        <translation>%1 · %2年第%3季度 · 序时进度 %4%</translation>
    </message>
</context>
<context>
    <name>zx::PeriodPicker</name>
    <message>
        <source>Q4 (whole year)</source>
        <translation>第4季度（全年）</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
</context>
<context>
    <name>zx::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>&quot;Lagging&quot; band below time progress:</source>
        <translation>“略有滞后”区间（低于序时进度）：</translation>
    </message>
</context>
<context>
    <name>zx::RankingChart</name>
    <message>
        <source>No figures for this period</source>
        <translation>本期没有数据</translation>
    </message>
    <message>
        <source>Time progress %1</source>
        <translation>序时进度 %1</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>占目标 %</translation>
    </message>
</context>
<context>
    <name>zx::Sample</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: bad %3 &apos;%4&apos;</source>
        <translation>%1 第 %2 行：%3 的值“%4”无效</translation>
    </message>
    <message>
        <source>Sample county XX区 loaded (2022–2023, partly illustrative)</source>
        <translation>已载入示例区县 XX区（2022–2023 年，部分为演示数据）</translation>
    </message>
</context>
<context>
    <name>zx::Status</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>序时推进</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>略有滞后</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>明显滞后</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>未设目标</translation>
    </message>
</context>
<context>
    <name>zx::StatusTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Quarter on quarter</source>
        <translation>环比</translation>
    </message>
</context>
<context>
    <name>zx::StatusTiles</name>
    <message>
        <source>Completion ≥ 100 %</source>
        <translation>完成率 ≥ 100%</translation>
    </message>
    <message>
        <source>Completion ≥ time progress</source>
        <translation>完成率 ≥ 序时进度</translation>
    </message>
    <message>
        <source>Within 10 points below time progress</source>
        <translation>低于序时进度不超过 10 个百分点</translation>
    </message>
    <message>
        <source>More than 10 points below time progress</source>
        <translation>低于序时进度超过 10 个百分点</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>未设定目标</translation>
    </message>
    <message>
        <source>Click to show only these; click again to show all</source>
        <translation>单击只显示这些指标；再次单击显示全部</translation>
    </message>
</context>
<context>
    <name>zx::Summary</name>
    <message>
        <source>%1 %2, %3 Q%4 — time progress %5%
</source>
        <translation>%1 %2，%3年第%4季度 — 序时进度 %5%
</translation>
    </message>
</context>
<context>
    <name>zx::TargetActualChart</name>
    <message>
        <source>No targets set for this period</source>
        <translation>本期未设定目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>占目标 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Actual: %2%4&lt;br&gt;Target: %3%4&lt;br&gt;%5% of target</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;完成：%2%4&lt;br&gt;目标：%3%4&lt;br&gt;占目标 %5%</translation>
    </message>
</context>
<context>
    <name>zx::TrendChart</name>
    <message>
        <source>No figures for this period</source>
        <translation>本期没有数据</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>zx::Validation</name>
    <message>
        <source>A percentage cannot be below 0 (got %1)</source>
        <translation>百分比不能小于 0（输入为 %1）</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>%1 is below its minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above its maximum %2</source>
        <translation>%1 超过最大值 %2</translation>
    </message>
    <message>
        <source>Parts %1 add up to %2, not the total %3 of %4</source>
        <translation>分项 %1 合计 %2，与“%4”的总数 %3 不符</translation>
    </message>
    <message>
        <source>%1 (%2) is above its total %3 (%4)</source>
        <translation>%1（%2）超过其总数 %3（%4）</translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100 (got %1)</source>
        <translation>百分比不能超过 100（输入为 %1）</translation>
    </message>
    <message>
        <source>%1 is more than three times the usual figure %2 for this quarter</source>
        <translation>%1 超过本季度往年常见数值 %2 的三倍</translation>
    </message>
    <message>
        <source>%1 is less than a third of the usual figure %2 for this quarter</source>
        <translation>%1 不足本季度往年常见数值 %2 的三分之一</translation>
    </message>
    <message>
        <source>Entered %1 differs from %2 rolled up from the sub-regions</source>
        <translation>填报值 %1 与下级地区汇总值 %2 不一致</translation>
    </message>
</context>
<context>
    <name>zx::Workspace</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
</context>
</TS>
