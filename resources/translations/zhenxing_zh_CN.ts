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
    <message>
        <source>Print the time to the first painted dashboard and quit.</source>
        <translation>输出到首次绘制出看板所用的时间，然后退出。</translation>
    </message>
    <message>
        <source>Upgrading %1 from file format %2 to %3.
A backup is made first; a city&apos;s file takes a minute or two.</source>
        <translation>正在将 %1 的文件格式从 %2 升级到 %3。
升级前会先备份；城市级文件约需一两分钟。</translation>
    </message>
    <message>
        <source>With --screenshot: open this dialog (connect) and save it.</source>
        <translation>与 --screenshot 一起使用：打开此对话框（connect）并保存截图。</translation>
    </message>
</context>
<context>
    <name>zx</name>
    <message>
        <source>--counties must be 1 to 99</source>
        <translation>--counties 须为 1 至 99</translation>
    </message>
    <message>
        <source>--townships-per-county must be 1 to 999</source>
        <translation>--townships-per-county 须为 1 至 999</translation>
    </message>
    <message>
        <source>--villages-per-township must be 1 to 999</source>
        <translation>--villages-per-township 须为 1 至 999</translation>
    </message>
    <message>
        <source>--years must be 1 to 50, from a first year such as 2020</source>
        <translation>--years 须为 1 至 50，起始年份如 2020</translation>
    </message>
    <message>
        <source>--indicators must be at most 1000</source>
        <translation>--indicators 不能超过 1000</translation>
    </message>
    <message>
        <source>--indicators must be at least %1, the size of the sample catalogue</source>
        <translation>--indicators 至少为 %1（示例指标目录的指标数）</translation>
    </message>
    <message>
        <source>%1 already holds regions or indicators; generate into a new file</source>
        <translation>%1 已有行政区划或指标；请生成到新文件</translation>
    </message>
    <message>
        <source>Synthetic city generated: %1 counties × %2 townships × %3 villages, %4 indicators, %5–%6, seed %7 (%8 figures, %9 targets)</source>
        <translation>已生成合成市级数据：%1 个县区 × %2 个乡镇 × %3 个村，%4 项指标，%5–%6 年，种子 %7（数值 %8 条，目标 %9 条）</translation>
    </message>
    <message>
        <source>%1 is more than a year ahead of %2: a new year can be started up to the next year</source>
        <translation>%1 年比 %2 年超前一年以上：最多只能开始下一年</translation>
    </message>
    <message>
        <source>%1 already has targets (%2); change them under Targets or import a targets file instead</source>
        <translation>%1 年已有目标（%2 个）；请在“目标”中修改，或改为导入目标文件</translation>
    </message>
    <message>
        <source>%1 is next year: it is offered once it has targets; copy or scale last year&apos;s, or import a targets file</source>
        <translation>%1 年是下一年：有目标后才会列出；请复制或按比例调整上一年的目标，或导入目标文件</translation>
    </message>
    <message>
        <source>the %1 target of %2 for %3 × %4</source>
        <translation>%2 的 %1 在 %3 年的目标 × %4</translation>
    </message>
    <message>
        <source>%1 has no targets to copy; start %2 with no targets, or import a targets file</source>
        <translation>%1 年没有可复制的目标；请以无目标方式开始 %2 年，或导入目标文件</translation>
    </message>
    <message>
        <source>duplicate of %1 (same code)</source>
        <translation>与 %1 重复（代码相同）</translation>
    </message>
    <message>
        <source>bad number &apos;%1&apos;</source>
        <translation>“%1”不是有效数字</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
</context>
<context>
    <name>zx::AccountsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Regions (clerks)</source>
        <translation>负责区划（填报员）</translation>
    </message>
    <message>
        <source>the person&apos;s sign-in name on their computer</source>
        <translation>此人在其电脑上的登录名</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>负责区划：</translation>
    </message>
    <message>
        <source>Administrators manage accounts and the catalogue; reviewers set targets and approve quarters; clerks enter figures for their regions (a region includes the villages under it).</source>
        <translation>管理员管理账户和指标目录；审核员设定目标并审核季度数据；填报员为其负责的区划录入数值（一个区划包含其下属的村）。</translation>
    </message>
    <message>
        <source>This file has no accounts yet: whoever opens it is its administrator. Add your own account (%1) as an administrator first, then the others. Identity is the sign-in name of the computer; real sign-in comes with the shared-server mode.</source>
        <translation>此文件还没有账户：打开它的人即为管理员。请先将您自己的账户（%1）添加为管理员，再添加其他人。身份即电脑的登录名；真正的登录将在共享服务器模式中提供。</translation>
    </message>
    <message>
        <source>You are %1. Identity is the sign-in name of the computer; real sign-in comes with the shared-server mode.</source>
        <translation>您是 %1。身份即电脑的登录名；真正的登录将在共享服务器模式中提供。</translation>
    </message>
    <message>
        <source>Administrators and reviewers work on every region</source>
        <translation>管理员和审核员可处理所有区划</translation>
    </message>
    <message>
        <source>%1 already has an account; select it and save the changes</source>
        <translation>%1 已有账户；请选中它并保存修改</translation>
    </message>
    <message>
        <source>A name cannot be changed; add an account under the new name and remove the old one</source>
        <translation>登录名不能修改；请以新名称添加账户并删除旧账户</translation>
    </message>
    <message>
        <source>Add your own account (%1) as an administrator first, or you would lose access to this file</source>
        <translation>请先将您自己的账户（%1）添加为管理员，否则您将无法再访问此文件</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove the account of %1? Their figures and the audit trail stay.</source>
        <translation>删除 %1 的账户？其录入的数值和审计记录将保留。</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Office rules</source>
        <translation>本单位规则</translation>
    </message>
</context>
<context>
    <name>zx::AuditModel</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>第 %1 条 · %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>zx::AuditViewer</name>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>全部季度</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>All %1 entries verified: the chain is intact</source>
        <translation>全部 %1 条记录校验通过：审计链完整</translation>
    </message>
    <message>
        <source>Entry %1 (%2, %3 by %4) does not match the chain: it was altered, or an entry before it was removed</source>
        <translation>第 %1 条记录（%2，%3，操作人 %4）与审计链不符：该记录已被篡改，或其前面的记录被删除</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
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
    <name>zx::Catalogue</name>
    <message>
        <source>A code is required</source>
        <translation>必须填写代码</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; may hold only letters, digits and &apos;_&apos;</source>
        <translation>代码“%1”只能包含字母、数字和“_”</translation>
    </message>
    <message>
        <source>Only an administrator may change the indicator catalogue; %1 is a %2</source>
        <translation>只有管理员可以修改指标目录；%1 是%2</translation>
    </message>
    <message>
        <source>The code &apos;%1&apos; is already in use</source>
        <translation>代码“%1”已被使用</translation>
    </message>
    <message>
        <source>There is no &apos;%1&apos; to change</source>
        <translation>不存在要修改的“%1”</translation>
    </message>
    <message>
        <source>The ratio %1 needs a numerator and a denominator</source>
        <translation>比率指标 %1 需要设置分子和分母</translation>
    </message>
    <message>
        <source>The ratio %1 cannot be computed from &apos;%2&apos;</source>
        <translation>比率指标 %1 无法由“%2”计算</translation>
    </message>
    <message>
        <source>%1: a parent (total) and a part rule go together</source>
        <translation>%1：上级总量指标与分项规则须同时设置</translation>
    </message>
    <message>
        <source>%1 cannot be a part of %2: %2 is %1 itself or one of its parts</source>
        <translation>%1 不能作为 %2 的分项：%2 是 %1 本身或其分项</translation>
    </message>
    <message>
        <source>The parts of %1 follow the rule %2; %3 must too</source>
        <translation>%1 的各分项采用规则 %2，%3 也须采用该规则</translation>
    </message>
    <message>
        <source>The indicator %1 needs a name</source>
        <translation>指标 %1 需要填写名称</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;</source>
        <translation>未知领域“%1”</translation>
    </message>
    <message>
        <source>%1: decimals must be 0 to 6, not %2</source>
        <translation>%1：小数位数须为 0 至 6，不能为 %2</translation>
    </message>
    <message>
        <source>%1: the minimum %2 is above the maximum %3</source>
        <translation>%1：最小值 %2 大于最大值 %3</translation>
    </message>
    <message>
        <source>The category %1 needs a name</source>
        <translation>领域 %1 需要填写名称</translation>
    </message>
    <message>
        <source>Cancelled; the catalogue was not changed</source>
        <translation>已取消；指标目录未作更改</translation>
    </message>
    <message>
        <source>%1 is counted in &apos;%2&apos; but its total %3 in &apos;%4&apos;: a part takes its total&apos;s unit</source>
        <translation>%1 的单位是“%2”，其总数 %3 的单位却是“%4”：分项须与总数使用同一单位</translation>
    </message>
    <message>
        <source>%1: the tolerance of its parts cannot be negative (%2)</source>
        <translation>%1：分项允许误差不能为负数（%2）</translation>
    </message>
    <message>
        <source>%1 is counted in &apos;%2&apos; but its part %3 in &apos;%4&apos;: a total takes the unit of its parts</source>
        <translation>%1 的单位是“%2”，其分项 %3 的单位却是“%4”：总数须与分项使用同一单位</translation>
    </message>
</context>
<context>
    <name>zx::CatalogueEditor</name>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建领域</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存%1</translation>
    </message>
    <message>
        <source>%1 is retired: its figures and history are kept</source>
        <translation>%1 已停用：数值和历史记录保留</translation>
    </message>
    <message>
        <source>%1 is reported again</source>
        <translation>%1 已恢复填报</translation>
    </message>
    <message>
        <source>Only an administrator can change the catalogue; it is shown read-only.</source>
        <translation>只有管理员可以修改指标目录；此处为只读。</translation>
    </message>
</context>
<context>
    <name>zx::CategoryForm</name>
    <message>
        <source>Save category</source>
        <translation>保存领域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>zx::CategoryModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
</context>
<context>
    <name>zx::CategoryPage</name>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Q%4</source>
        <translation>%1 · %2 · %3年第%4季度</translation>
    </message>
    <message>
        <source>Ranking of sub-regions: %1</source>
        <translation>下级地区排名：%1</translation>
    </message>
    <message>
        <source>No sub-regions to rank</source>
        <translation>没有下级地区可排名</translation>
    </message>
    <message>
        <source>%1: target and actual (target = 100 %)</source>
        <translation>%1：目标与完成（目标 = 100%）</translation>
    </message>
    <message>
        <source>Quarterly trend, year to date: %1</source>
        <translation>季度走势（年初至今累计）：%1</translation>
    </message>
</context>
<context>
    <name>zx::ChangeFeed</name>
    <message>
        <source>Cannot listen for other users&apos; changes on the server: %1</source>
        <translation>无法在服务器上接收其他用户的更改：%1</translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation>读取数据版本</translation>
    </message>
</context>
<context>
    <name>zx::ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>zx::Cli</name>
    <message>
        <source>%1 expects %2 argument(s); see --help</source>
        <translation>%1 需要 %2 个参数，参见 --help</translation>
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
    <message>
        <source>Only entries of this indicator.</source>
        <translation>仅显示该指标的记录。</translation>
    </message>
    <message>
        <source>Only entries of this region and the regions under it.</source>
        <translation>仅显示该区划及其下级区划的记录。</translation>
    </message>
    <message>
        <source>Only entries of this year.</source>
        <translation>仅显示该年度的记录。</translation>
    </message>
    <message>
        <source>Only entries of this quarter (1-4).</source>
        <translation>仅显示该季度（1-4）的记录。</translation>
    </message>
    <message>
        <source>Only entries made by this user.</source>
        <translation>仅显示该用户的记录。</translation>
    </message>
    <message>
        <source>Region code, e.g. 410104001.</source>
        <translation>区划代码，例如 410104001。</translation>
    </message>
    <message>
        <source>Quarter 1-4.</source>
        <translation>季度 1-4。</translation>
    </message>
    <message>
        <source>Why (required to return or reopen).</source>
        <translation>理由（退回或重新开放时必填）。</translation>
    </message>
    <message>
        <source>Submit, approve, return or reopen a region&apos;s quarter.</source>
        <translation>提交、审核通过、退回或重新开放某区划的季度数据。</translation>
    </message>
    <message>
        <source>%1 needs --region, --year and --quarter 1-4</source>
        <translation>%1 需要 --region、--year 和 --quarter 1-4</translation>
    </message>
    <message>
        <source>%1 needs --reason</source>
        <translation>%1 需要 --reason</translation>
    </message>
    <message>
        <source>%1 Q%2 of region %3 is now %4</source>
        <translation>区划 %3 的 %1 年第 %2 季度现为“%4”</translation>
    </message>
    <message>
        <source>Report language: zh (default) or en.</source>
        <translation>报告语言：zh（默认）或 en。</translation>
    </message>
    <message>
        <source>--lang must be zh or en</source>
        <translation>--lang 只能是 zh 或 en</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>检查文件并报告，不写入任何数据。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 finding(s)</source>
        <translation>新增 %1 个，修改 %2 个，未变 %3 个，问题 %4 个</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1：未导入任何数据</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>--year must be a year</source>
        <translation>--year 必须是年份</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>CSV or xlsx file of values, targets or the catalogue, or a fill-in template.</source>
        <translation>数值、目标或指标目录的 CSV 或 xlsx 文件，或填报模板。</translation>
    </message>
    <message>
        <source>Import values, targets or the catalogue from CSV or xlsx: all or nothing.</source>
        <translation>从 CSV 或 xlsx 导入数值、目标或指标目录：全部成功或全部不写入。</translation>
    </message>
    <message>
        <source>Only this year (values and targets); the year of status and template.</source>
        <translation>仅导出该年份（数值和目标）；status 和 template 的年份。</translation>
    </message>
    <message>
        <source>Region code: the region of status; the top region of template (default: all).</source>
        <translation>地区代码：status 的地区；template 的最上级地区（默认：全部）。</translation>
    </message>
    <message>
        <source>Quarter 1-4 of status (default 4: the whole year).</source>
        <translation>status 的季度 1–4（默认 4：全年）。</translation>
    </message>
    <message>
        <source>Language of the words in status and template: zh (default) or en.</source>
        <translation>status 和 template 中文字的语言：zh（默认）或 en。</translation>
    </message>
    <message>
        <source>File to write: .csv or .xlsx.</source>
        <translation>要写入的文件：.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>Export values, targets, the indicator catalogue or a status table as CSV or xlsx, or the xlsx fill-in template.</source>
        <translation>将数值、目标、指标目录或完成情况表导出为 CSV 或 xlsx，或导出 xlsx 填报模板。</translation>
    </message>
    <message>
        <source>export writes .csv or .xlsx files</source>
        <translation>export 只能写 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>the template is an .xlsx file</source>
        <translation>填报模板必须是 .xlsx 文件</translation>
    </message>
    <message>
        <source>--region applies to status and template only</source>
        <translation>--region 只适用于 status 和 template</translation>
    </message>
    <message>
        <source>--quarter applies to status only</source>
        <translation>--quarter 只适用于 status</translation>
    </message>
    <message>
        <source>Keep only the newest N backups of the file (default %1).</source>
        <translation>只保留该文件最新的 N 个备份（默认 %1 个）。</translation>
    </message>
    <message>
        <source>List the backups of the file instead (time, reason, path).</source>
        <translation>改为列出该文件的备份（时间、原因、路径）。</translation>
    </message>
    <message>
        <source>Write a checked backup of the database into the backups folder beside it and print its path.</source>
        <translation>将数据库经过检查的备份写入其旁边的 backups 文件夹，并输出备份路径。</translation>
    </message>
    <message>
        <source>--keep needs a number from 1 to 1000</source>
        <translation>--keep 需要 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <source>Database file whose contents are replaced.</source>
        <translation>要替换其内容的数据库文件。</translation>
    </message>
    <message>
        <source>The backup to restore (a Zhenxing file).</source>
        <translation>要恢复的备份（振兴看板文件）。</translation>
    </message>
    <message>
        <source>Replace the database&apos;s contents with a backup: the backup is checked, the current contents are backed up first, and the restore is audited.</source>
        <translation>用备份替换数据库的内容：先检查备份、先备份当前内容，并将恢复记入审计。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the replaced contents were saved to %3</source>
        <translation>已从 %2 恢复 %1；被替换的内容已保存到 %3</translation>
    </message>
    <message>
        <source>the audit trail no longer holds the anchor %1: it has only %2 entries now (head %3), so entries were removed</source>
        <translation>审计记录已不再包含锚点 %1：现在只有 %2 条记录（链头 %3），说明有记录被删除</translation>
    </message>
    <message>
        <source>the audit trail no longer holds the anchor %1: entry %2 now has hash %3, so entries were removed or replaced (head %4)</source>
        <translation>审计记录已不再包含锚点 %1：第 %2 条记录的哈希现在是 %3，说明有记录被删除或替换（链头 %4）</translation>
    </message>
    <message>
        <source>head %1 (note it down; check it later with --anchor %1)</source>
        <translation>链头 %1（请记下；以后可用 --anchor %1 核对）</translation>
    </message>
    <message>
        <source>anchor %1:%2 holds</source>
        <translation>锚点 %1:%2 仍然成立</translation>
    </message>
    <message>
        <source>With --verify: also require the head noted earlier (N:HASH, as printed by --verify and in the bulletin&apos;s footer); exit 1 when entry N is gone or has another hash.</source>
        <translation>与 --verify 一起使用：同时核对之前记下的链头（N:HASH，由 --verify 输出并印在通报页脚）；第 N 条记录缺失或哈希不同时以 1 退出。</translation>
    </message>
    <message>
        <source>--anchor needs --verify</source>
        <translation>--anchor 需要与 --verify 一起使用</translation>
    </message>
    <message>
        <source>--anchor needs N:HASH, e.g. 1234:9f86d081884c (as printed by audit --verify)</source>
        <translation>--anchor 需要 N:HASH 格式，例如 1234:9f86d081884c（由 audit --verify 输出）</translation>
    </message>
    <message>
        <source>0 written: %1 finding(s) block the import</source>
        <translation>已写入 0 条：%1 个问题阻止了导入</translation>
    </message>
    <message>
        <source>Dry run, 0 written: would be %1 new, %2 changed, %3 unchanged, %4 finding(s)</source>
        <translation>试运行，已写入 0 条：将新增 %1 条、修改 %2 条、不变 %3 条，%4 个问题</translation>
    </message>
    <message>
        <source>0 written: the import was refused</source>
        <translation>已写入 0 条：导入被拒绝</translation>
    </message>
    <message>
        <source>values (default), targets, catalogue, categories, regions, status or template.</source>
        <translation>values（默认）、targets、catalogue、categories、regions、status 或 template。</translation>
    </message>
    <message>
        <source>--what must be values, targets, catalogue, categories, regions, status or template</source>
        <translation>--what 必须是 values、targets、catalogue、categories、regions、status 或 template</translation>
    </message>
    <message>
        <source>Create a database for a new county: its top region, a catalogue and you as its administrator. Regions, targets and figures are imported afterwards.</source>
        <translation>为新区县创建数据库：顶级区划、指标体系，并以您为管理员。区划、目标和数值随后导入。</translation>
    </message>
    <message>
        <source>Code of the county (统计用区划代码), e.g. 410122.</source>
        <translation>区县代码（统计用区划代码），例如 410122。</translation>
    </message>
    <message>
        <source>Name of the county, e.g. 中牟县.</source>
        <translation>区县名称，例如 中牟县。</translation>
    </message>
    <message>
        <source>English name (optional).</source>
        <translation>英文名称（可选）。</translation>
    </message>
    <message>
        <source>The top region is a city (level 0) keeping several counties.</source>
        <translation>顶级区划为市（级别 0），下辖多个区县。</translation>
    </message>
    <message>
        <source>standard (default: the built-in 75 indicators), none, a catalogue file (.csv/.xlsx) or another Zhenxing .db to copy categories and indicators from.</source>
        <translation>standard（默认：内置的 75 项指标）、none（空）、指标目录文件（.csv/.xlsx），或从另一个振兴看板 .db 文件复制领域和指标。</translation>
    </message>
    <message>
        <source>Year to start in (default: the current year).</source>
        <translation>起始年份（默认：当年）。</translation>
    </message>
    <message>
        <source>Database file to create (must not exist).</source>
        <translation>要创建的数据库文件（不得已存在）。</translation>
    </message>
    <message>
        <source>init needs --%1; see --help</source>
        <translation>init 需要 --%1；参见 --help</translation>
    </message>
    <message>
        <source>--catalogue takes standard, none, a .csv or .xlsx catalogue file or a Zhenxing .db file, not &apos;%1&apos;</source>
        <translation>--catalogue 取值为 standard、none、.csv 或 .xlsx 指标目录文件，或振兴看板 .db 文件，而不是“%1”</translation>
    </message>
    <message>
        <source>--year needs a year from 2000 to 2100</source>
        <translation>--year 需要 2000 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>Created %1: %2 (%3), %4 categories, %5 indicators, start year %6; administrator %7</source>
        <translation>已创建 %1：%2（%3），%4 个领域，%5 项指标，起始年份 %6；管理员 %7</translation>
    </message>
    <message>
        <source>Next: import the regions, then targets and figures (zhenxing-cli import %1 FILE); see docs/setup-county.md</source>
        <translation>下一步：导入区划，然后导入目标和数值（zhenxing-cli import %1 文件）；参见 docs/setup-county.md</translation>
    </message>
    <message>
        <source>Write the bulletin of a region for a period as a Word document (.docx) or OpenDocument text (.odt) to edit, or as a PDF.</source>
        <translation>将某地区某期间的通报输出为可编辑的 Word 文档（.docx）或 OpenDocument 文本（.odt），或输出为 PDF。</translation>
    </message>
    <message>
        <source>The file to write: .docx or .odt to edit before signing, or .pdf.</source>
        <translation>要写入的文件：可在签发前编辑的 .docx 或 .odt，或 .pdf。</translation>
    </message>
    <message>
        <source>Layout: official (公文格式 of GB/T 9704-2012: A4, type area 156 × 225 mm, 3号仿宋_GB2312; the default of .docx and .odt) or plain (the default of .pdf).</source>
        <translation>版式：official（GB/T 9704-2012 公文格式：A4，版心 156 × 225 mm，3号仿宋_GB2312；.docx 和 .odt 的默认值）或 plain（简洁版式，.pdf 的默认值）。</translation>
    </message>
    <message>
        <source>--out FILE.docx|.odt|.pdf is required</source>
        <translation>缺少 --out FILE.docx|.odt|.pdf 参数</translation>
    </message>
    <message>
        <source>--out must name a .docx, .odt or .pdf file</source>
        <translation>--out 必须是 .docx、.odt 或 .pdf 文件</translation>
    </message>
    <message>
        <source>--profile must be official or plain</source>
        <translation>--profile 必须是 official 或 plain</translation>
    </message>
    <message>
        <source>Usage: zhenxing-cli COMMAND [options]
Zhenxing (振兴看板) rural revitalization indicators, headless.

Commands:
  sample DB [--force]                      create the sample county database
  init DB --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]
                                           a new county (catalogue default: standard); you are its administrator
  summary DB --region CODE --year Y [--quarter Q] [--json]
                                           every indicator: actual, target, completion, status
  check DB                                 run every validation rule and the integrity check
  set DB --indicator CODE --region CODE --year Y --quarter Q --value V [--comment C]
                                           change one figure (validated, audited)
  audit DB [--verify [--anchor N:HASH]] [--indicator CODE] [--region CODE] [--year Y] [--quarter Q] [--user U]
                                           print the audit trail (filtered), or verify its hash chain
                                           (and that it still holds a head noted earlier)
  submit|approve DB --region CODE --year Y --quarter Q
  return|reopen DB --region CODE --year Y --quarter Q --reason R
                                           review a region&apos;s quarter (approved = locked)
  report DB --region CODE --year Y [--quarter Q] --out FILE.docx|.odt|.pdf [--lang zh|en]
         [--profile official|plain]
                                           the bulletin as an editable Word document or ODT
                                           (official layout, GB/T 9704) or as PDF (plain layout)
  import DB FILE.csv|FILE.xlsx [--dry-run] import values, targets, the catalogue, categories or regions (told
                                           by the header) or a fill-in template: all or nothing;
                                           prints every finding
  export DB FILE.csv|.xlsx [--what values|targets|catalogue|categories|regions|status|template] [--year Y]
         [--region CODE] [--quarter Q] [--lang zh|en]
                                           export as UTF-8 CSV (Excel-safe) or xlsx;
                                           template: the fill-in workbook (.xlsx)
  generate DB [--counties N] [--townships-per-county N] [--villages-per-township N]
         [--indicators N] [--years N] [--first-year Y] [--seed S] [--force]
                                           a deterministic synthetic city (benchmarks)
  backup DB [--keep N] [--list]            a checked copy in the backups folder beside DB; prints its path
  restore DB BACKUP                        replace DB&apos;s contents with a backup (checked, audited;
                                           the current contents are backed up first)
  users list DB [--json]                   the accounts of the file
  users add|set DB --name NAME --role administrator|reviewer|clerk [--display-name T] [--regions CODE,CODE]
  users remove DB --name NAME              manage the accounts (administrators; audited)
  new-year DB --year Y [--targets copy|scale:1.05|none]
                                           start a year: last year&apos;s targets and milestones,
                                           copied or scaled, as a draft to review (audited)
  settings DB [--four-eyes on|off] [--deadline-day N]
                                           the office&apos;s rules: whoever submits may not approve,
                                           the reporting deadline (audited)

Run &apos;zhenxing-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 user error, 2 bad arguments.
</source>
        <translation>用法：zhenxing-cli 命令 [选项]
振兴看板（乡村振兴指标）命令行工具。

命令：
  sample DB [--force]                      创建示例区县数据库
  init DB --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]
                                           新建区县（指标体系默认：standard 标准指标体系）；您为管理员
  summary DB --region CODE --year Y [--quarter Q] [--json]
                                           全部指标：完成值、目标、完成率、状态
  check DB                                 运行全部校验规则及完整性检查
  set DB --indicator CODE --region CODE --year Y --quarter Q --value V [--comment C]
                                           修改一个数值（经校验并记入审计）
  audit DB [--verify [--anchor N:HASH]] [--indicator CODE] [--region CODE] [--year Y] [--quarter Q] [--user U]
                                           输出审计记录（可筛选），或校验其哈希链
                                           （以及是否仍包含之前记下的链头）
  submit|approve DB --region CODE --year Y --quarter Q
  return|reopen DB --region CODE --year Y --quarter Q --reason R
                                           审核某区划的季度数据（审核通过即锁定）
  report DB --region CODE --year Y [--quarter Q] --out FILE.docx|.odt|.pdf [--lang zh|en]
         [--profile official|plain]
                                           生成通报：可编辑的 Word 文档或 ODT（公文格式，
                                           GB/T 9704），或 PDF（简洁版式）
  import DB FILE.csv|FILE.xlsx [--dry-run] 导入数值、目标、指标目录、领域或区划（由表头识别）
                                           或填报模板：全部成功或全部不写入；
                                           列出每个问题
  export DB FILE.csv|.xlsx [--what values|targets|catalogue|categories|regions|status|template] [--year Y]
         [--region CODE] [--quarter Q] [--lang zh|en]
                                           导出为 UTF-8 CSV（可安全用 Excel 打开）或 xlsx；
                                           template：填报模板工作簿（.xlsx）
  generate DB [--counties N] [--townships-per-county N] [--villages-per-township N]
         [--indicators N] [--years N] [--first-year Y] [--seed S] [--force]
                                           生成可重复的合成市级数据（性能测试用）
  backup DB [--keep N] [--list]            在 DB 旁的 backups 文件夹中写入经过检查的备份，并输出其路径
  restore DB BACKUP                        用备份替换 DB 的内容（经过检查并记入审计；
                                           先备份当前内容）
  users list DB [--json]                   列出文件中的账户
  users add|set DB --name NAME --role administrator|reviewer|clerk [--display-name T] [--regions CODE,CODE]
  users remove DB --name NAME              管理账户（仅管理员；记入审计）
  new-year DB --year Y [--targets copy|scale:1.05|none]
                                           开始新的一年：复制或按比例放大上年的目标和进度节点，
                                           作为待审核的草稿（记入审计）
  settings DB [--four-eyes on|off] [--deadline-day N]
                                           办公规则：提交人不得审核通过自己提交的季度，
                                           以及报送截止日（记入审计）

使用“zhenxing-cli 命令 --help”查看各命令的选项。
退出码：0 成功，1 用户错误，2 参数错误。
</translation>
    </message>
    <message>
        <source>on: whoever submits a quarter cannot approve it (files with accounts; the default); off: for a one-person office. Administrators only.</source>
        <translation>on：报送季度数据的人不能审核通过该季度（适用于有账户的文件；默认）；off：适用于只有一人的单位。仅限管理员。</translation>
    </message>
    <message>
        <source>The day of the month after each quarter by which its figures are due (1-31; 0: no deadline). Reviewers and administrators.</source>
        <translation>每季度数据须在季度结束后次月的第几日前报送（1-31；0 表示不设截止日）。审核员和管理员可设定。</translation>
    </message>
    <message>
        <source>Print or change the office&apos;s rules: four eyes on approval, the deadline day.</source>
        <translation>显示或修改本单位规则：审核的四眼原则、截止日。</translation>
    </message>
    <message>
        <source>--four-eyes must be on or off</source>
        <translation>--four-eyes 须为 on 或 off</translation>
    </message>
    <message>
        <source>--deadline-day must be a day from 1 to 31, or 0 for no deadline</source>
        <translation>--deadline-day 须为 1 至 31 之间的日期，或 0 表示不设截止日</translation>
    </message>
    <message>
        <source>Upgrading %1 from file format %2 to %3: a backup first, then the upgrade (a minute or two for a city&apos;s file)…</source>
        <translation>正在将 %1 的文件格式从 %2 升级到 %3：先备份，再升级（城市级文件约需一两分钟）…</translation>
    </message>
    <message>
        <source>
Many users: the shared server (PostgreSQL)
  server init URL --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]
                                           a new county in an empty server database
  server copy FILE.db URL | server copy URL FILE.db
                                           a county&apos;s file onto an empty server database, or
                                           the server into a new file: everything, the audit
                                           chain included
DB is a file or a server: postgresql://user@host:port/database (?sslmode=… and libpq&apos;s
PGPASSWORD, ~/.pgpass, PGSERVICE apply) or service=NAME (~/.pg_service.conf).
</source>
        <translation>
多人同时使用：共享服务器（PostgreSQL）
  server init URL --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]
                                           在空的服务器数据库中建立新县区
  server copy FILE.db URL | server copy URL FILE.db
                                           把县区数据文件整体复制到空的服务器数据库，或把服务器
                                           复制成新的数据文件：全部内容，包括审计链
DB 可以是数据文件，也可以是服务器：postgresql://用户@主机:端口/数据库（可用 ?sslmode=…，
libpq 的 PGPASSWORD、~/.pgpass、PGSERVICE 均适用）或 service=名称（~/.pg_service.conf）。
</translation>
    </message>
    <message>
        <source>%1 is on a server, which keeps no backups of Zhenxing&apos;s: its administrator backs it up (pg_dump); an offline copy into a file: zhenxing-cli server copy URL FILE.db</source>
        <translation>%1 位于服务器上，服务器不保存振兴看板的备份：由其管理员备份（pg_dump）；如需离线副本文件：zhenxing-cli server copy URL FILE.db</translation>
    </message>
    <message>
        <source>%1 is on a server: restore replaces a file&apos;s contents, never a server&apos;s. Its administrator restores the server&apos;s own backups (pg_restore); a county&apos;s file goes onto an empty server database with zhenxing-cli server copy FILE.db URL</source>
        <translation>%1 位于服务器上：恢复只替换文件的内容，从不替换服务器的内容。服务器由其管理员用服务器自己的备份恢复（pg_restore）；县的文件可用 zhenxing-cli server copy FILE.db URL 复制到空的服务器数据库</translation>
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
    <name>zx::ConnectDialog</name>
    <message>
        <source>&amp;Remember password</source>
        <translation>记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>留空则使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>libpq&apos;s default (PGSSLMODE, else prefer)</source>
        <translation>libpq 默认（PGSSLMODE，否则 prefer）</translation>
    </message>
    <message>
        <source>prefer: SSL when the server offers it</source>
        <translation>prefer：服务器支持时使用 SSL</translation>
    </message>
    <message>
        <source>require: only over SSL</source>
        <translation>require：只通过 SSL 连接</translation>
    </message>
    <message>
        <source>disable: never SSL</source>
        <translation>disable：不使用 SSL</translation>
    </message>
    <message>
        <source>Recent &amp;servers:</source>
        <translation>最近的服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SSL(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>No keyring answers on this computer, so the password cannot be remembered: it is asked each time.</source>
        <translation>本机没有可用的密钥环，无法记住密码：每次连接都要输入密码。</translation>
    </message>
    <message>
        <source>Type the password of %1 (or leave it empty for ~/.pgpass).</source>
        <translation>请输入 %1 的密码（留空则使用 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>zx::Connection</name>
    <message>
        <source>%1 is not a server address libpq understands: %2</source>
        <translation>%1 不是 libpq 能识别的服务器地址：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
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
    <message>
        <source>line %1, column %2: a line ends with a carriage return alone (old Mac line ends); save the file with Windows (CRLF) or Unix (LF) line ends</source>
        <translation>第 %1 行第 %2 列：该行仅以回车符结尾（旧式 Mac 换行）；请以 Windows（CRLF）或 Unix（LF）换行方式保存文件</translation>
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
    <message>
        <source>reading user accounts</source>
        <translation>读取用户账户</translation>
    </message>
    <message>
        <source>saving the account of %1</source>
        <translation>保存 %1 的账户</translation>
    </message>
    <message>
        <source>deleting a target of %1</source>
        <translation>删除 %1 的目标</translation>
    </message>
    <message>
        <source>counting regions</source>
        <translation>统计行政区划</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>设置缓存大小</translation>
    </message>
    <message>
        <source>saving figures</source>
        <translation>保存数值</translation>
    </message>
    <message>
        <source>saving targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2: the file has broken references</source>
        <translation>无法将 %1 升级到数据库结构版本 %2：文件中存在失效的引用</translation>
    </message>
    <message>
        <source>updating the roll-up cache</source>
        <translation>更新汇总缓存</translation>
    </message>
    <message>
        <source>%1 values for %2 parameters</source>
        <translation>给出 %1 个值，语句需要 %2 个参数</translation>
    </message>
    <message>
        <source>%1 was written by an older Zhenxing and must be upgraded before it can be read, which needs write access: %2</source>
        <translation>%1 由旧版振兴看板写入，须先升级才能读取，而升级需要写入权限：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Zhenxing database (only File → New creates one)</source>
        <translation>%1 是空文件，不是振兴看板数据库（只有“文件 → 新建”才会创建数据库）</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>the file cannot be written (no write permission or read-only media)</source>
        <translation>文件不可写入（没有写入权限或位于只读介质上）</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>所在文件夹 %1 不可写入</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1 is not a Zhenxing database: it is not an SQLite file (%2)</source>
        <translation>%1 不是振兴看板数据库：它不是 SQLite 文件（%2）</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Zhenxing database (only File → New creates one)</source>
        <translation>%1 是空的 SQLite 文件，不是振兴看板数据库（只有“文件 → 新建”才会创建数据库）</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>完整性检查未通过</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): it can be read but not changed. Restore a backup (File → Restore from backup…, zhenxing-cli restore).</source>
        <translation>%1 已损坏（%2）：只能查看，不能修改。请恢复备份（“文件 → 从备份恢复…”或 zhenxing-cli restore）。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): it can be read but not changed. Restore the latest backup, %3 (File → Restore from backup…, zhenxing-cli restore).</source>
        <translation>%1 已损坏（%2）：只能查看，不能修改。请恢复最近的备份 %3（“文件 → 从备份恢复…”或 zhenxing-cli restore）。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): nothing can be changed</source>
        <translation>%1 以只读方式打开（%2）：不能修改任何内容</translation>
    </message>
    <message>
        <source>%1 is the open database; choose another file to write</source>
        <translation>%1 是当前打开的数据库，请选择其他文件写入</translation>
    </message>
    <message>
        <source>%1 belongs to the open database; choose another file to write</source>
        <translation>%1 属于当前打开的数据库，请选择其他文件写入</translation>
    </message>
    <message>
        <source>%1 is a Zhenxing database; it will not be overwritten. Choose another file to write</source>
        <translation>%1 是振兴看板数据库，不会被覆盖。请选择其他文件写入</translation>
    </message>
    <message>
        <source>%1 is an SQLite database; it will not be overwritten. Choose another file to write</source>
        <translation>%1 是 SQLite 数据库，不会被覆盖。请选择其他文件写入</translation>
    </message>
    <message>
        <source>Rolling %1 up to %2 (%3) is refused: %4</source>
        <translation>将 %1 汇总到 %2（%3）被拒绝：%4</translation>
    </message>
    <message>
        <source>Another program is writing to this file; tried for %1 s</source>
        <translation>另一个程序正在写入此文件；已重试 %1 秒</translation>
    </message>
    <message>
        <source>the file cannot be written (%1)</source>
        <translation>文件不可写入（%1）</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>reading the figures of region %1</source>
        <translation>读取地区 %1 的数据</translation>
    </message>
    <message>
        <source>removing the account of %1</source>
        <translation>删除 %1 的账户</translation>
    </message>
    <message>
        <source>reading the office&apos;s settings</source>
        <translation>读取本单位设置</translation>
    </message>
    <message>
        <source>saving the office setting %1</source>
        <translation>保存本单位设置 %1</translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation>读取数据版本</translation>
    </message>
    <message>
        <source>No database given</source>
        <translation>未指定数据库</translation>
    </message>
    <message>
        <source>%1 is on a server, which its administrator backs up (pg_dump); an offline copy into a file: zhenxing-cli server copy URL FILE.db</source>
        <translation>%1 在服务器上，由服务器管理员负责备份（pg_dump）；如需离线副本文件：zhenxing-cli server copy URL FILE.db</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>无法连接 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server option %2 holds a semicolon, which Qt&apos;s driver cannot pass on</source>
        <translation>无法连接 %1：服务器参数 %2 含有分号，Qt 驱动无法传递</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>reading who signed in</source>
        <translation>读取登录用户</translation>
    </message>
    <message>
        <source>reading the database&apos;s mark</source>
        <translation>读取数据库标识</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>读取数据库中的表</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Zhenxing database</source>
        <translation>%1 中有其他程序的表，不是振兴看板数据库</translation>
    </message>
    <message>
        <source>%1 is an empty database: set it up first (zhenxing-cli server init, or server copy from a county&apos;s file)</source>
        <translation>%1 是空数据库：请先建立（zhenxing-cli server init，或用 server copy 从县区数据文件复制）</translation>
    </message>
    <message>
        <source>%1 is not a Zhenxing database: its mark cannot be read (%2)</source>
        <translation>%1 不是振兴看板数据库：无法读取其标识（%2）</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Zhenxing database</source>
        <translation>%1 是其他程序的数据库，不是振兴看板数据库</translation>
    </message>
    <message>
        <source>%1 was set up by a newer Zhenxing (schema version %2; this version reads up to %3). Update Zhenxing to use it.</source>
        <translation>%1 由较新版本的振兴看板建立（结构版本 %2；本版本最高支持 %3）。请升级振兴看板后再使用。</translation>
    </message>
    <message>
        <source>Could not set up %1 at schema version %2 (%3): %4</source>
        <translation>无法将 %1 建立为结构版本 %2（%3）：%4</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>开始复制</translation>
    </message>
    <message>
        <source>Could not number the audit entries of %1: %2</source>
        <translation>无法为 %1 的审计记录编号：%2</translation>
    </message>
    <message>
        <source>saving the sign-in of %1</source>
        <translation>保存 %1 的登录账号</translation>
    </message>
    <message>
        <source>%1 has no sign-in on the server yet: give a password for it (zhenxing-cli users add|set reads it from standard input)</source>
        <translation>%1 在服务器上还没有登录账号：请为其设置密码（zhenxing-cli users add|set 从标准输入读取）</translation>
    </message>
    <message>
        <source>Could not update the roll-up cache: %1</source>
        <translation>无法更新汇总缓存：%1</translation>
    </message>
    <message>
        <source>gathering the server&apos;s statistics</source>
        <translation>收集服务器的统计信息</translation>
    </message>
</context>
<context>
    <name>zx::Decimal</name>
    <message>
        <source>%1 exceeds the largest supported figure (%2 digits before the point, %3 after)</source>
        <translation>%1 超出了支持的最大数值（小数点前 %2 位，小数点后 %3 位）</translation>
    </message>
</context>
<context>
    <name>zx::DueList</name>
    <message>
        <source>Due list</source>
        <translation>未报清单</translation>
    </message>
    <message>
        <source>Review state of %1 in %2</source>
        <translation>%1 %2 报送审核情况</translation>
    </message>
    <message>
        <source>%1 of %2 not submitted</source>
        <translation>%2 个地区中 %1 个未报送</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>审核通过所选…</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>设定截止日</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The day of the month after each quarter on which its figures are due, e.g. 10: Q1 by 10 April, Q4 by 10 January</source>
        <translation>每季度数据在季度结束后次月的第几日前报送，例如 10：第一季度 4 月 10 日前，第四季度次年 1 月 10 日前</translation>
    </message>
    <message>
        <source>Due on day</source>
        <translation>截止于季度后次月第</translation>
    </message>
    <message>
        <source>of the month after the quarter</source>
        <translation>日</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3 overdue</source>
        <translation>%1 · 截止 %2 · 逾期 %3 个</translation>
    </message>
    <message>
        <source>Approve the selected regions&apos; quarter (Ctrl+click or Shift+click to select several); each is approved on its own</source>
        <translation>审核通过所选地区的本季度数据（按住 Ctrl 或 Shift 单击可多选）；逐个地区分别审核</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator approves quarters</source>
        <translation>只有审核员或管理员可以审核通过季度数据</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator sets the deadline</source>
        <translation>只有审核员或管理员可以设定截止日</translation>
    </message>
    <message>
        <source>%1 — %2 figure(s)</source>
        <translation>%1 — %2 个数值</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
    <message>
        <source>Approve selected regions</source>
        <translation>审核通过所选地区</translation>
    </message>
    <message>
        <source>Approve %1 of %2 region(s)?</source>
        <translation>审核通过 %2 个地区的 %1 数据？</translation>
    </message>
    <message>
        <source>Their figures — each region&apos;s own and those of the regions under it — will be locked until the quarter is reopened with a reason. A region that is not submitted, or that you submitted yourself (four-eyes rule), is refused; a summary follows.</source>
        <translation>这些地区的数值（各地区本级及其下级地区的数值）将被锁定，直至说明原因重新开放该季度。未报送的地区，或由您本人报送的地区（四眼原则），将被拒绝；随后显示结果汇总。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Approved %1 of %2 region(s) for %3.</source>
        <translation>%3：%2 个地区中 %1 个已审核通过。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>已审核通过：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <source>Approved %1 of %2 region(s); refused %3.</source>
        <translation>%2 个地区中 %1 个已审核通过，%3 个被拒绝。</translation>
    </message>
    <message>
        <source>No deadline is set.</source>
        <translation>未设定截止日。</translation>
    </message>
    <message>
        <source>Figures are due on day %1 of the month after each quarter.</source>
        <translation>各季度数据须在季度结束后次月 %1 日前报送。</translation>
    </message>
</context>
<context>
    <name>zx::DueListModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级地区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>操作时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 · overdue %2 day(s)</source>
        <translation>%1 · 已逾期 %2 天</translation>
    </message>
    <message>
        <source>No deadline is set: a reviewer or an administrator sets the day of the month after each quarter below</source>
        <translation>未设定截止日：审核员或管理员可在下方设定季度结束后次月的第几日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
</context>
<context>
    <name>zx::EditorLabels</name>
    <message>
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>压减</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期性</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Parts add up to the total</source>
        <translation>各部分之和等于总量</translation>
    </message>
    <message>
        <source>Part not above the total</source>
        <translation>部分不超过总量</translation>
    </message>
    <message>
        <source>Figure changed</source>
        <translation>修改数值</translation>
    </message>
    <message>
        <source>Figure deleted</source>
        <translation>删除数值</translation>
    </message>
    <message>
        <source>Target set</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <source>Target deleted</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>Catalogue changed</source>
        <translation>目录修改</translation>
    </message>
    <message>
        <source>Sample loaded</source>
        <translation>载入示例</translation>
    </message>
    <message>
        <source>User account changed</source>
        <translation>用户账户修改</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>User account removed</source>
        <translation>删除用户账户</translation>
    </message>
    <message>
        <source>Office rules changed</source>
        <translation>修改办公规则</translation>
    </message>
    <message>
        <source>County created</source>
        <translation>新建县区</translation>
    </message>
</context>
<context>
    <name>zx::EmptyFilePage</name>
    <message>
        <source>New County…</source>
        <translation>新建区县…</translation>
    </message>
    <message>
        <source>Import Data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>Open the Sample County</source>
        <translation>打开示例区县</translation>
    </message>
    <message>
        <source>%1 holds no county yet</source>
        <translation>%1 中还没有区县</translation>
    </message>
    <message>
        <source>&lt;p&gt;To begin, set up your county: &lt;b&gt;New County…&lt;/b&gt; creates a county file with its regions and the indicator catalogue (the standard one, or from files you already have).&lt;/p&gt;&lt;p&gt;Or fill this file: import a regions file and an indicator catalogue with &lt;b&gt;Import Data…&lt;/b&gt; (File → Import Data…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;开始前请先建账：&lt;b&gt;新建区县…&lt;/b&gt;会新建一个区县文件，含区划和指标目录（标准目录，或取自您已有的文件）。&lt;/p&gt;&lt;p&gt;也可以充实当前文件：用&lt;b&gt;导入数据…&lt;/b&gt;（文件 → 导入数据…）导入区划文件和指标目录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has an indicator catalogue but no regions</source>
        <translation>%1 已有指标目录，但还没有区划</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import a regions file (code, name, parent) with &lt;b&gt;Import Data…&lt;/b&gt;; the dashboard opens once the county is there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请用&lt;b&gt;导入数据…&lt;/b&gt;导入区划文件（代码、名称、上级）；有了区县，看板即会打开。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 has regions but no indicator catalogue</source>
        <translation>%1 已有区划，但还没有指标目录</translation>
    </message>
    <message>
        <source>&lt;p&gt;Import an indicator catalogue with &lt;b&gt;Import Data…&lt;/b&gt;, or edit it under Edit → Indicator catalogue…; the dashboard opens once there are indicators.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请用&lt;b&gt;导入数据…&lt;/b&gt;导入指标目录，或在“编辑 → 指标目录…”中编辑；有了指标，看板即会打开。&lt;/p&gt;</translation>
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
    <message>
        <source>%1 is computed from %2 / %3, not entered</source>
        <translation>%1 由 %2 / %3 计算得出，无需填报</translation>
    </message>
    <message>
        <source>%1, %2, %3 Q%4</source>
        <translation>%1，%2，%3年第%4季度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled; no figure was changed</source>
        <translation>已取消；未更改任何数值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 was merged into %2 from %3 and takes no figures for %4 Q%5</source>
        <translation>%1 自 %3 年起已并入%2，不接受 %4 年第 %5 季度的数据</translation>
    </message>
    <message>
        <source>%1 is retired from %2 and takes no figures for %3 Q%4</source>
        <translation>%1 自 %2 年起已停用，不接受 %3 年第 %4 季度的数据</translation>
    </message>
    <message>
        <source>Parts no longer fit their total: %1 add up to %2, more than %3 of %4 (by %5)</source>
        <translation>分项已超出总量：%1 合计 %2，超过总量%4（%3）%5</translation>
    </message>
    <message>
        <source>The total %1 (%2) is below the sum %3 of its parts %4 (by %5)</source>
        <translation>总量%1（%2）小于其分项 %4 的合计 %3（少 %5）</translation>
    </message>
    <message>
        <source>%1: %2 (add a comment to keep this figure)</source>
        <translation>%1：%2（如需保留该数值，请填写说明）</translation>
    </message>
    <message>
        <source>%1 Q%2 of region %3 was submitted by %4 at %5 and awaits review; a reviewer must return it before its figures change</source>
        <translation>地区 %3 的 %1 年第 %2 季度已由 %4 于 %5 提交，正在等待审核；须由审核员退回后才能修改其数值</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a figure and its unit</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 to %4 while you were looking at %5; your %6 was not saved. Look at the figure as it is now and enter yours again if it still applies.</source>
        <translation>在您查看的数值为 %5 时，%2 于 %3 已将 %1 改为 %4；您填写的 %6 未保存。请核对现在的数值，如仍需修改请重新填写。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 to %4 while you were looking at %5; it was not deleted. Look at the figure as it is now and delete it again if it still applies.</source>
        <translation>在您查看的数值为 %5 时，%2 于 %3 已将 %1 改为 %4；该数值未删除。请核对现在的数值，如仍需删除请再次删除。</translation>
    </message>
    <message>
        <source>%1 was deleted by %2 at %3 while you were looking at %4; your %5 was not saved. Enter it again if it still applies.</source>
        <translation>在您查看的数值为 %4 时，%2 于 %3 已删除 %1；您填写的 %5 未保存。如仍需要请重新填写。</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you were looking at %2; your %3 was not saved. Enter it again if it still applies.</source>
        <translation>在您查看的数值为 %2 时，%1 已被他人删除；您填写的 %3 未保存。如仍需要请重新填写。</translation>
    </message>
</context>
<context>
    <name>zx::EntryGridModel</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Edit %1 Q%2</source>
        <translation>填报 %1 第%2季度</translation>
    </message>
    <message>
        <source>The pasted block reaches past the edge of the table; nothing was pasted</source>
        <translation>粘贴的区域超出表格边界，未粘贴任何数值</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>粘贴 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n figure(s)</source>
        <translation>
            <numerusform>删除 %n 个数值</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted block</source>
        <translation>粘贴区域</translation>
    </message>
    <message>
        <source>%1, Q%2</source>
        <translation>%1，第%2季度</translation>
    </message>
    <message>
        <source>Computed from %1 ÷ %2</source>
        <translation>由 %1 ÷ %2 计算得出</translation>
    </message>
    <message>
        <source>Computed from other indicators</source>
        <translation>由其他指标计算得出</translation>
    </message>
    <message>
        <source>Rolled up from the sub-regions</source>
        <translation>由下级地区汇总得出</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>Category heading</source>
        <translation>类别标题</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <source>Enter a comment to keep this figure.</source>
        <translation>请填写说明以保留此数值。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>全年合计</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>What each quarter&apos;s figure is: this quarter only (flows), the year to date (running totals) or the level at the quarter&apos;s end (stocks)</source>
        <translation>每季度所填数的口径：本季度数（流量指标）、年初至季末累计（累计指标）或季末时点数（存量指标）</translation>
    </message>
    <message>
        <source>Enter as</source>
        <translation>填报口径</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 — locked</source>
        <translation>已由 %1 于 %2 审核通过——已锁定</translation>
    </message>
    <message>
        <source>%3 approved by %1 on %2 — locked</source>
        <translation>%3 已由 %1 于 %2 审核通过——已锁定</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2 — awaiting review; the figures can be changed once a reviewer returns the quarter</source>
        <translation>已由 %1 于 %2 提交，等待审核——审核员退回本季度后才能修改</translation>
    </message>
    <message>
        <source>this quarter only</source>
        <translation>本季度数</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>年初至季末累计</translation>
    </message>
    <message>
        <source>level at quarter end</source>
        <translation>季末时点数</translation>
    </message>
    <message>
        <source>Enter only what happened in the quarter itself, not the quarters before; the year total adds the quarters up.</source>
        <translation>只填本季度当季发生的数，不含以前各季度；全年数为各季度之和。</translation>
    </message>
    <message>
        <source>Enter the running total from 1 January to the end of the quarter; the year total is the latest quarter&apos;s figure.</source>
        <translation>填1月1日至本季度末的累计数；全年数取最近一个季度的数。</translation>
    </message>
    <message>
        <source>Enter the level on the last day of the quarter (how many there are then); the year total is the latest quarter&apos;s level.</source>
        <translation>填本季度最后一天的时点数（当时有多少）；全年数取最近一个季度的数。</translation>
    </message>
    <message>
        <source>Figures go into the quarter columns Q1 to Q4</source>
        <translation>数值填在第1至第4季度各列</translation>
    </message>
    <message>
        <source>Annual targets are set under Edit → Targets…</source>
        <translation>年度目标在“编辑 → 目标任务…”中设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1，单位：%2</translation>
    </message>
</context>
<context>
    <name>zx::EntryPage</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>By indicator</source>
        <translation>按指标</translation>
    </message>
    <message>
        <source>By sub-region</source>
        <translation>按下级地区</translation>
    </message>
    <message>
        <source>Rows: the indicators of the region, or its sub-regions for one indicator</source>
        <translation>行：本地区的各项指标，或某一指标的各下级地区</translation>
    </message>
    <message>
        <source>Comment attached to the figures you enter next; needed to keep a figure that raises a warning</source>
        <translation>附在接下来填报的数值上的说明；数值触发警告时须填写说明才能保留</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2年</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter a comment to keep this figure: type it in the comment field above and press Enter.</source>
        <translation>请填写说明以保留此数值：在上方“说明”栏输入后按回车。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Empty the list; the figures themselves are not changed</source>
        <translation>清空此列表；数值本身不变</translation>
    </message>
    <message>
        <source>Choose a cell: this line says what to enter there, or why it takes no figure.</source>
        <translation>选中一个单元格：此处说明该格应填什么，或为何不能填写。</translation>
    </message>
</context>
<context>
    <name>zx::Export</name>
    <message>
        <source>nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>cannot add the sheet &apos;%1&apos;</source>
        <translation>无法添加工作表“%1”</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>there are no regions</source>
        <translation>没有任何地区</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>工作簿未打开</translation>
    </message>
    <message>
        <source>cannot replace the file</source>
        <translation>无法替换该文件</translation>
    </message>
    <message>
        <source>a sheet holds at most 1,048,576 rows: export the values a year at a time</source>
        <translation>一个工作表最多容纳 1,048,576 行：请按年度分别导出数值</translation>
    </message>
</context>
<context>
    <name>zx::ExportDataDialog</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Quarterly figures (all regions)</source>
        <translation>季度数值（全部区划）</translation>
    </message>
    <message>
        <source>Annual targets (all regions)</source>
        <translation>年度目标（全部区划）</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>Status table of a region (chosen quarter)</source>
        <translation>区划进度状态表（所选季度）</translation>
    </message>
    <message>
        <source>Fill-in template of a region and year</source>
        <translation>区划年度填报模板</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV 文件（.csv）</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区划：</translation>
    </message>
    <message>
        <source>Language of the words:</source>
        <translation>文字语言：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Zhenxing</source>
        <translation>振兴看板</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>indicator catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>%1Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>进度状态表</translation>
    </message>
    <message>
        <source>fill-in template</source>
        <translation>填报模板</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Choose the year of the template.</source>
        <translation>请选择模板的年份。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Indicator categories</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <source>indicator categories</source>
        <translation>指标类别</translation>
    </message>
</context>
<context>
    <name>zx::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>包含的章节</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成通报…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Automatic: official for Word and ODT, plain for PDF</source>
        <translation>自动：Word 和 ODT 用公文格式，PDF 用简洁版式</translation>
    </message>
    <message>
        <source>Official (公文格式, GB/T 9704)</source>
        <translation>公文格式（GB/T 9704）</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>简洁版式</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Word document, editable in Word, WPS and LibreOffice (*.docx);;OpenDocument text, editable in LibreOffice, WPS and Word (*.odt);;PDF (*.pdf)</source>
        <translation>Word 文档，可用 Word、WPS 和 LibreOffice 编辑 (*.docx);;OpenDocument 文本，可用 LibreOffice、WPS 和 Word 编辑 (*.odt);;PDF (*.pdf)</translation>
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
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>%1 还没有备份。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Backups of %1, newest first:</source>
        <translation>%1 的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup of %2 (%3)?

The current contents are backed up first, and the restore is written to the audit trail.</source>
        <translation>用 %2 的备份（%3）替换 %1 中的全部内容？

替换前会先备份当前内容，恢复操作会记入审计记录。</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>已用 %2 的备份恢复 %1。</translation>
    </message>
    <message>
        <source>New &amp;County…</source>
        <translation>新建区县(&amp;C)…</translation>
    </message>
    <message>
        <source>Welcome to Zhenxing</source>
        <translation>欢迎使用振兴看板</translation>
    </message>
    <message>
        <source>Set up your own county, or look around in the sample county XX区 first?</source>
        <translation>建立您自己的区县，还是先在示例区县 XX区 中看看？</translation>
    </message>
    <message>
        <source>A new county takes its regions and indicator catalogue from files you already have. The sample stays available under File.</source>
        <translation>新区县可从您已有的文件中导入区划和指标目录。示例区县随时可在“文件”菜单中打开。</translation>
    </message>
    <message>
        <source>New County…</source>
        <translation>新建区县…</translation>
    </message>
    <message>
        <source>Open the Sample County</source>
        <translation>打开示例区县</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1（服务器）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 (running on Qt %2), %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 Qt %1 构建（运行于 Qt %2），%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open: %1&lt;br&gt;Schema version %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已打开：%1&lt;br&gt;数据结构版本 %2。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zx::Generate</name>
    <message>
        <source>Synthetic copy of %1 for benchmarks.</source>
        <translation>用于性能测试的合成指标，复制自 %1。</translation>
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
    <name>zx::Import</name>
    <message>
        <source>bad number &apos;%1&apos;</source>
        <translation>无效数字“%1”</translation>
    </message>
    <message>
        <source>missing number</source>
        <translation>缺少数值</translation>
    </message>
    <message>
        <source>quarter must be 1 to 4, not %1</source>
        <translation>季度必须为 1 到 4，而不是 %1</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos;</source>
        <translation>未知区划“%1”</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <source>locked: the quarter is approved</source>
        <translation>已锁定：该季度已审核通过</translation>
    </message>
    <message>
        <source>%1 (add a comment to keep this figure)</source>
        <translation>%1（需填写备注才能保留此数值）</translation>
    </message>
    <message>
        <source>a target must not be negative</source>
        <translation>目标不能为负数</translation>
    </message>
    <message>
        <source>a reduce-mode target needs a baseline above the target</source>
        <translation>压减类目标需要高于目标值的基数</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>%1 has %2 finding(s); nothing was imported</source>
        <translation>%1 有 %2 个问题，未导入任何数据</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>没有可导入的数据</translation>
    </message>
    <message>
        <source>%1 is not a values file</source>
        <translation>%1 不是数值文件</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;</source>
        <translation>未知代码“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>“%1”不是 0 或 1</translation>
    </message>
    <message>
        <source>duplicate of %1 (same code)</source>
        <translation>与%1重复（代码相同）</translation>
    </message>
    <message>
        <source>duplicate of %1 (same indicator, region, year and quarter)</source>
        <translation>与%1重复（指标、区划、年份和季度相同）</translation>
    </message>
    <message>
        <source>%1 (%2 rows of this region)</source>
        <translation>%1（该区划共 %2 行）</translation>
    </message>
    <message>
        <source>only a reviewer or an administrator may import targets; %1 is a clerk</source>
        <translation>只有审核员或管理员可以导入目标；%1 是填报员</translation>
    </message>
    <message>
        <source>duplicate of %1 (same indicator, region and year)</source>
        <translation>与%1重复（指标、区划和年份相同）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>not a fill-in template of a version this program reads (expected zhenxing-template, version 1)</source>
        <translation>不是本程序可读取版本的填报模板（应为 zhenxing-template，版本 1）</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; is listed but missing</source>
        <translation>工作表“%1”已列出但不存在</translation>
    </message>
    <message>
        <source>bad year &apos;%1&apos;</source>
        <translation>无效年份“%1”</translation>
    </message>
    <message>
        <source>no sheet has a known header in row 1; %1</source>
        <translation>没有工作表的第 1 行是可识别的表头；%1</translation>
    </message>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>导入已取消；未写入任何数据</translation>
    </message>
    <message>
        <source>cannot import a .%1 file: use .csv or .xlsx</source>
        <translation>无法导入 .%1 文件：请使用 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source> row %1</source>
        <translation> 第 %1 行</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is too large (%2 MB uncompressed; at most %3 MB)</source>
        <translation>部件 %1 过大（解压后 %2 MB，最多 %3 MB）</translation>
    </message>
    <message>
        <source>cannot read the part %1: %2</source>
        <translation>无法读取部件 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the part %1: it is damaged</source>
        <translation>无法读取部件 %1：文件已损坏</translation>
    </message>
    <message>
        <source>malformed XML in the part %1 at line %2: %3</source>
        <translation>部件 %1 第 %2 行的 XML 格式错误：%3</translation>
    </message>
    <message>
        <source>the part %1 refers to shared string %2, which does not exist</source>
        <translation>部件 %1 引用了不存在的共享字符串 %2</translation>
    </message>
    <message>
        <source>the part %1 has a bad row number &apos;%2&apos;</source>
        <translation>部件 %1 中的行号“%2”无效</translation>
    </message>
    <message>
        <source>the part %1 has a bad cell reference &apos;%2&apos;</source>
        <translation>部件 %1 中的单元格引用“%2”无效</translation>
    </message>
    <message>
        <source>the part %1 has a cell beyond column XFD</source>
        <translation>部件 %1 中有超出 XFD 列的单元格</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; has no part in %2</source>
        <translation>工作表“%1”在 %2 中没有对应的部件</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: not an xlsx file (cannot open it as a zip archive: %2)</source>
        <translation>%1：不是 xlsx 文件（无法作为 zip 压缩包打开：%2）</translation>
    </message>
    <message>
        <source>columns %1 and %2 of the header are both named &apos;%3&apos;; rename or remove one of them</source>
        <translation>表头第 %1 列和第 %2 列都名为“%3”；请重命名或删除其中一列</translation>
    </message>
    <message>
        <source>%1 is retired from %2 and takes no figures for %3</source>
        <translation>%1 自 %2 年起已停用，不接受 %3 年的数据</translation>
    </message>
    <message>
        <source>missing code</source>
        <translation>缺少代码</translation>
    </message>
    <message>
        <source>a new region needs a name</source>
        <translation>新地区需要名称</translation>
    </message>
    <message>
        <source>level must be 0 (city), 1 (county), 2 (township) or 3 (village), not &apos;%1&apos;</source>
        <translation>层级必须是 0（市）、1（区县）、2（乡镇）或 3（村），不能是“%1”</translation>
    </message>
    <message>
        <source>unknown header: expected indicator,region,year,quarter,value,comment (values), indicator,region,year,target,baseline (targets) or code,category,name,unit,accumulation,aggregation,… (catalogue) or code,name,name_en,parent_code,level,sort_order,retired (regions) or code,name,name_en,sort_order (categories)</source>
        <translation>无法识别的表头：应为 indicator,region,year,quarter,value,comment（数值）、indicator,region,year,target,baseline（目标）、code,category,name,unit,accumulation,aggregation,…（指标目录）、code,name,name_en,parent_code,level,sort_order,retired（区划）或 code,name,name_en,sort_order（指标类别）</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1 %2 Q%3: </source>
        <translation>%1 %2年第%3季度：</translation>
    </message>
    <message>
        <source>%1 (as before this import)</source>
        <translation>%1（导入前即已如此）</translation>
    </message>
    <message>
        <source>%1 (the file does not give this total: the rest may be yet to come)</source>
        <translation>%1（文件未给出该总数：其余数据可能尚未报送）</translation>
    </message>
</context>
<context>
    <name>zx::ImportApplyPage</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Write the file into the open database, all rows or none.</source>
        <translation>将文件写入当前数据库：要么全部写入，要么一行也不写。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The import is recorded in the audit trail, one entry per figure, under your name. It is not an editing step: Edit → Undo cannot take it back.</source>
        <translation>导入以您的名义记录在审计记录中，每个数值一条。导入不是编辑步骤，不能用“编辑 → 撤销”撤回。</translation>
    </message>
    <message>
        <source>Import %1 into %2: %3.</source>
        <translation>将 %1 导入 %2：%3。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message>
        <source>(The import had already finished when you cancelled.)</source>
        <translation>（取消时导入已经完成。）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled. The database is unchanged.</source>
        <translation>已取消，数据库未改动。</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged. %1</source>
        <translation>没有导入任何数据，数据库未改动。%1</translation>
    </message>
</context>
<context>
    <name>zx::ImportChangesModel</name>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（删除）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>现存数值</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>填报时间</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的数值</translation>
    </message>
</context>
<context>
    <name>zx::ImportFilePage</name>
    <message>
        <source>Cancel reading</source>
        <translation>取消读取</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Nothing is written before you confirm on the last page.</source>
        <translation>在最后一页确认之前，不会写入任何数据。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Accepted files, CSV (UTF-8 or GBK) or Excel (.xlsx):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Quarterly figures&lt;/b&gt;: columns indicator, region, year, quarter, value, comment&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annual targets&lt;/b&gt;: columns indicator, region, year, target, baseline, m1–m4&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicator catalogue&lt;/b&gt;: the columns of an exported catalogue&lt;/li&gt;&lt;li&gt;&lt;b&gt;Filled-in template&lt;/b&gt;: the .xlsx made by File → Export data…&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Columns are found by their names in the first row. The whole file is checked first; if any row has a problem, nothing is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;可导入 CSV 文件（UTF-8 或 GBK 编码）或 Excel 工作簿（.xlsx）：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;季度数值&lt;/b&gt;：列 indicator、region、year、quarter、value、comment&lt;/li&gt;&lt;li&gt;&lt;b&gt;年度目标&lt;/b&gt;：列 indicator、region、year、target、baseline、m1–m4&lt;/li&gt;&lt;li&gt;&lt;b&gt;指标目录&lt;/b&gt;：导出的指标目录的各列&lt;/li&gt;&lt;li&gt;&lt;b&gt;填报模板&lt;/b&gt;：由“文件 → 导出数据…”生成并填好的 .xlsx&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;按第一行的列名识别各列。导入前先检查整个文件；只要有一行有问题，就不导入任何数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>Only .csv and .xlsx files can be imported.</source>
        <translation>只能导入 .csv 和 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported; the database is unchanged.</source>
        <translation>已取消读取。没有导入任何数据，数据库未改动。</translation>
    </message>
    <message>
        <source>The database could not be opened for the import: %1</source>
        <translation>无法为导入打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>zx::ImportFindingsModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row / cell</source>
        <translation>行 / 单元格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>zx::ImportPreviewPage</name>
    <message>
        <source>filled-in template</source>
        <translation>填报模板</translation>
    </message>
    <message>
        <source>quarterly figures</source>
        <translation>季度数值</translation>
    </message>
    <message>
        <source>annual targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>indicator catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>New %1, changed %2, unchanged %3</source>
        <translation>新增 %1、修改 %2、不变 %3</translation>
    </message>
    <message>
        <source>Copy findings</source>
        <translation>复制问题清单</translation>
    </message>
    <message>
        <source>Save findings…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Check what the file holds</source>
        <translation>检查文件内容</translation>
    </message>
    <message>
        <source>The first rows as read, what the import would change, and every problem found.</source>
        <translation>读取到的前几行、导入将带来的变化，以及发现的所有问题。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel 工作簿，工作表 %1</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV，%1 编码</translation>
    </message>
    <message>
        <source>File: %1 · Kind: %2 · %3</source>
        <translation>文件：%1 · 类型：%2 · %3</translation>
    </message>
    <message>
        <source>(rows with problems not counted)</source>
        <translation>（有问题的行未计入）</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>发现问题：%1 个</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed: correct the rows listed above (or add a comment where a figure is unusual) and choose the file again.</source>
        <translation>文件修正之前不会导入任何数据：请更正上面列出的行（数值异常的请填写说明），然后重新选择该文件。</translation>
    </message>
    <message>
        <source>The file holds nothing new: every row is already in the database.</source>
        <translation>文件中没有新内容：每一行都已在数据库中。</translation>
    </message>
    <message>
        <source>-findings</source>
        <translation>-问题清单</translation>
    </message>
    <message>
        <source>Save findings</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Findings saved to %1</source>
        <translation>问题清单已保存到 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>indicator categories</source>
        <translation>指标类别</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>将要写入的变动</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>What would change (first %1 of %2)</source>
        <translation>将要写入的变动（共 %2 项，列出前 %1 项）</translation>
    </message>
    <message>
        <source>What would change (%1)</source>
        <translation>将要写入的变动（%1 项）</translation>
    </message>
</context>
<context>
    <name>zx::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
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
    <name>zx::IndicatorForm</name>
    <message>
        <source>Headline figure</source>
        <translation>重点指标</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Accumulation</source>
        <translation>累计方式</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Ratio scale</source>
        <translation>比率系数</translation>
    </message>
    <message>
        <source>Target mode</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属总量</translation>
    </message>
    <message>
        <source>Part rule</source>
        <translation>分项规则</translation>
    </message>
    <message>
        <source>Report sentence (Chinese)</source>
        <translation>通报语句（中文）</translation>
    </message>
    <message>
        <source>Report sentence (English)</source>
        <translation>通报语句（英文）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复填报</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>0 (exactly)</source>
        <translation>0（须完全相等）</translation>
    </message>
    <message>
        <source>For a total whose parts must add up to it: how far their sum may differ from it, in the total&apos;s unit — for a total a report rounded (1.17亿元 over parts of 11724 万元: 24).
Leave empty for the exact sum.</source>
        <translation>用于分项之和须等于总数的指标：分项之和与总数之间允许的差额，以总数的单位计——适用于报告中经过取整的总数（1.17亿元，分项合计11724万元：填 24）。
留空表示须完全相等。</translation>
    </message>
    <message>
        <source>Parts may differ by</source>
        <translation>分项允许误差</translation>
    </message>
    <message>
        <source>tolerance of the parts</source>
        <translation>分项允许误差</translation>
    </message>
    <message>
        <source>The unit as the English interface and reports write it (mu, 10k yuan, persons). Left empty, the standard English form of the unit shown in grey is used.</source>
        <translation>英文界面和英文报告中使用的单位写法（mu、10k yuan、persons）。留空时使用灰色显示的标准英文写法。</translation>
    </message>
    <message>
        <source>Unit in English</source>
        <translation>英文单位</translation>
    </message>
</context>
<context>
    <name>zx::IndicatorListModel</name>
    <message>
        <source>Retired: no longer reported; its figures and history are kept</source>
        <translation>已停用：不再填报，数值和历史记录保留</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <source>Accumulation</source>
        <translation>累计方式</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Target mode</source>
        <translation>目标类型</translation>
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
    <message>
        <source>Data entry</source>
        <translation>数据填报</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>目标任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Indicator &amp;catalogue…</source>
        <translation>指标目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Due list…</source>
        <translation>未报清单(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出通报(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Damaged: read only</source>
        <translation>文件已损坏：仅可查看</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>地区(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New year…</source>
        <translation>新的一年(&amp;N)…</translation>
    </message>
    <message>
        <source>Started %1: %2 target(s)</source>
        <translation>已开始 %1 年：%2 个目标</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts; you are a %1</source>
        <translation>只有管理员可以管理账户；您是%1</translation>
    </message>
    <message>
        <source>Server %1 · signed in as %2</source>
        <translation>服务器 %1 · 登录用户：%2</translation>
    </message>
    <message>
        <source>server %1, signed in as %2</source>
        <translation>服务器 %1，登录用户：%2</translation>
    </message>
</context>
<context>
    <name>zx::NewCountyWizard</name>
    <message>
        <source>New county</source>
        <translation>新建区县</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>A new file holds one county (or a city with its counties): its code, its name and where the file is kept.</source>
        <translation>一个新文件保存一个区县（或一个市及其下辖区县）：填写代码、名称和文件保存位置。</translation>
    </message>
    <message>
        <source>e.g. 410122</source>
        <translation>例如 410122</translation>
    </message>
    <message>
        <source>e.g. 中牟县</source>
        <translation>例如 中牟县</translation>
    </message>
    <message>
        <source>optional, e.g. Zhongmu County</source>
        <translation>可选，例如 Zhongmu County</translation>
    </message>
    <message>
        <source>The top region is a city keeping several counties</source>
        <translation>顶级区划为市，下辖多个区县</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>County code (统计用区划代码):</source>
        <translation>区县代码（统计用区划代码）：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new county is never written over a file.</source>
        <translation>%1 已存在。请另选文件名：新建区县绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>The categories and indicators the county reports on. Start from the standard set and prune it later in Edit → Indicator catalogue…</source>
        <translation>本区县填报的领域和指标。可从标准指标体系开始，之后在“编辑 → 指标目录…”中删减。</translation>
    </message>
    <message>
        <source>The standard set: 6 categories, 75 indicators with units, rules and narratives</source>
        <translation>标准指标体系：6 个领域、75 项指标，含单位、规则和文字模板</translation>
    </message>
    <message>
        <source>Copy from another Zhenxing file (.db)</source>
        <translation>从另一个振兴看板文件（.db）复制</translation>
    </message>
    <message>
        <source>A catalogue file (.csv or .xlsx, as Import reads it)</source>
        <translation>指标目录文件（.csv 或 .xlsx，格式与导入相同）</translation>
    </message>
    <message>
        <source>Empty: import categories and indicators later</source>
        <translation>空：稍后导入领域和指标</translation>
    </message>
    <message>
        <source>File to take it from:</source>
        <translation>来源文件：</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>The townships and villages under the county. Type them in (the parent is a township&apos;s code; empty means the county itself), or take a regions file. Both can be changed later.</source>
        <translation>区县下辖的乡镇和村。可逐行录入（上级填乡镇代码；留空表示区县本身），或导入区划文件。之后均可修改。</translation>
    </message>
    <message>
        <source>Type them in</source>
        <translation>逐行录入</translation>
    </message>
    <message>
        <source>From a regions file (.csv or .xlsx: code, name, name_en, parent_code, level, sort_order, retired)</source>
        <translation>从区划文件导入（.csv 或 .xlsx：code、name、name_en、parent_code、level、sort_order、retired）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>上级代码</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>添加区划</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>删除区划</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The year the county starts in, and its first administrator: you.</source>
        <translation>起始年份，以及第一位管理员：您本人。</translation>
    </message>
    <message>
        <source>optional, e.g. 张三</source>
        <translation>可选，例如 张三</translation>
    </message>
    <message>
        <source>Start year:</source>
        <translation>起始年份：</translation>
    </message>
    <message>
        <source>Administrator (this computer&apos;s user):</source>
        <translation>管理员（本机用户）：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>the standard set</source>
        <translation>标准指标体系</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) typed in</source>
        <translation>
            <numerusform>已录入 %n 个区划</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish creates %1 for %2 (%3): catalogue %4; regions: %5; from %6.</source>
        <translation>点击“完成”将为 %2（%3）创建 %1：指标体系为%4；区划：%5；自 %6 年起。</translation>
    </message>
    <message>
        <source>Zhenxing databases (*.db *.zhenxing)</source>
        <translation>振兴看板数据库 (*.db *.zhenxing)</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>Catalogue files (*.csv *.xlsx)</source>
        <translation>指标目录文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Regions file</source>
        <translation>区划文件</translation>
    </message>
    <message>
        <source>Regions files (*.csv *.xlsx)</source>
        <translation>区划文件 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>zx::NewYearDialog</name>
    <message>
        <source>&amp;Copy last year&apos;s targets and milestones</source>
        <translation>复制上一年的目标和季度进度(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Scale last year&apos;s targets by</source>
        <translation>按比例调整上一年的目标(&amp;S)，系数</translation>
    </message>
    <message>
        <source>&amp;No targets (enter or import them later)</source>
        <translation>不设目标（稍后录入或导入）(&amp;N)</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新的一年</translation>
    </message>
    <message>
        <source>Year to start:</source>
        <translation>开始年份：</translation>
    </message>
    <message>
        <source>The targets are a draft: review them under Edit → Targets…. Scaled targets are rounded half away from zero to at most 6 decimals; baselines and milestones are copied as they are.</source>
        <translation>这些目标是草稿：请在“编辑 → 目标任务…”中审核。按比例调整的目标四舍五入（远离零）至最多 6 位小数；基数和季度进度原样复制。</translation>
    </message>
    <message>
        <source>&amp;Start the year</source>
        <translation>开始这一年(&amp;S)</translation>
    </message>
    <message>
        <source>The factor is not a number</source>
        <translation>系数不是数字</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>开始 %1 年</translation>
    </message>
</context>
<context>
    <name>zx::OfficeRulesBox</name>
    <message>
        <source>Office rules</source>
        <translation>本单位规则</translation>
    </message>
    <message>
        <source>Four eyes: whoever submits a quarter cannot approve it</source>
        <translation>四眼原则：报送季度数据的人不能审核通过该季度</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Another reviewer or an administrator approves instead. Turn it off only for a one-person office. A file without accounts has one person, its administrator, so the rule does not apply there.</source>
        <translation>改由另一位审核员或管理员审核通过。仅在只有一人的单位关闭此规则。没有账户的文件只有一人（即其管理员），因此该规则不适用。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Figures due on day</source>
        <translation>数据截止于季度后次月第</translation>
    </message>
    <message>
        <source>of the month after each quarter</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Saved the office rules</source>
        <translation>已保存本单位规则</translation>
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
    <message>
        <source>Indicator status</source>
        <translation>指标状态</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Indicator status %1 %2Q%3</source>
        <translation>指标状态_%1_%2年第%3季度</translation>
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
    <message>
        <source>Copies are taken before an import, a catalogue change, a schema upgrade, a restore and the first change of each day, in a &quot;backups&quot; folder beside the database. Older ones are deleted.</source>
        <translation>在导入、修改指标目录、升级数据库结构、恢复备份之前以及每天首次修改之前，会在数据库旁的“backups”文件夹中保存副本。较早的副本会被删除。</translation>
    </message>
    <message>
        <source>Automatic backups to keep per database:</source>
        <translation>每个数据库保留的自动备份数：</translation>
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
    <name>zx::RegionEditor</name>
    <message>
        <source>City (市)</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County or district (区/县)</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Township or sub-district (乡镇/街道)</source>
        <translation>乡镇/街道</translation>
    </message>
    <message>
        <source>Village or community (村/社区)</source>
        <translation>村/社区</translation>
    </message>
    <message>
        <source>New sub-region</source>
        <translation>新建下级地区</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>撤并</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source> on</source>
        <translation> 年起</translation>
    </message>
    <message>
        <source>A retired region keeps its figures and history but takes no figures from the year chosen.</source>
        <translation>停用的地区保留其数据和历史，但自所选年份起不再接受数据。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Merge villages (村庄撤并)</source>
        <translation>村庄撤并</translation>
    </message>
    <message>
        <source>Select the villages to merge in the tree (Ctrl+click), then the village that takes them over. The merged villages keep their history; past years&apos; totals do not change.</source>
        <translation>在左侧树中选择要撤并的村（Ctrl+单击），再选择接收它们的村。被撤并的村保留历史数据，以往年度的汇总不变。</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>Merged into %1 from %2</source>
        <translation>自 %2 年起并入%1</translation>
    </message>
    <message>
        <source>Retired from %1</source>
        <translation>自 %1 年起停用</translation>
    </message>
    <message>
        <source>(top region)</source>
        <translation>（最上级地区）</translation>
    </message>
    <message>
        <source>Choose the region the new one belongs to (a village has none).</source>
        <translation>请先选择新地区所属的上级（村没有下级）。</translation>
    </message>
    <message>
        <source>New %1 under %2: type its name and save.</source>
        <translation>在%2下新建%1：填写名称后保存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 is retired from %2</source>
        <translation>%1 自 %2 年起停用</translation>
    </message>
    <message>
        <source>%1 takes figures again</source>
        <translation>%1 已恢复接受数据</translation>
    </message>
    <message>
        <source>Select the villages to merge in the tree first.</source>
        <translation>请先在树中选择要撤并的村。</translation>
    </message>
    <message>
        <source>Merged %1 into %2 from %3</source>
        <translation>已将%1自 %3 年起并入%2</translation>
    </message>
    <message>
        <source>Only an administrator can change the regions; they are shown read-only.</source>
        <translation>只有管理员可以修改地区；此处仅供查看。</translation>
    </message>
</context>
<context>
    <name>zx::RegionTreeModel</name>
    <message>
        <source>%1 (%2), takes no figures from %3</source>
        <translation>%1（%2），自 %3 年起不再接受数据</translation>
    </message>
</context>
<context>
    <name>zx::Regions</name>
    <message>
        <source>Only an administrator may change the regions; %1 is a %2</source>
        <translation>只有管理员可以修改地区；%1 是%2</translation>
    </message>
    <message>
        <source>A region needs a code</source>
        <translation>地区需要代码</translation>
    </message>
    <message>
        <source>The region code &apos;%1&apos; may hold only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 32)</source>
        <translation>地区代码“%1”只能包含字母、数字、“-”和“_”（最多 32 个）</translation>
    </message>
    <message>
        <source>The region %1 needs a name</source>
        <translation>地区 %1 需要名称</translation>
    </message>
    <message>
        <source>The top region %1 must be a city (level 0) or a county (level 1), not level %2</source>
        <translation>最上级地区 %1 必须是市（第 0 级）或区县（第 1 级），不能是第 %2 级</translation>
    </message>
    <message>
        <source>%1 has no parent, but %2 is already the top region; name its parent</source>
        <translation>%1 没有上级，但 %2 已是最上级地区；请填写它的上级</translation>
    </message>
    <message>
        <source>Unknown parent region &apos;%1&apos;</source>
        <translation>未知的上级地区“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2: %2 is %1 itself or lies under it (a cycle)</source>
        <translation>%1 不能放在 %2 之下：%2 就是 %1 本身或在它之下（形成循环）</translation>
    </message>
    <message>
        <source>Level %1 does not follow the parent %2 (level %3): expected level %4</source>
        <translation>第 %1 级与上级 %2（第 %3 级）不衔接：应为第 %4 级</translation>
    </message>
    <message>
        <source>The code %1 does not extend its parent&apos;s code %2: it should start with its first %3 digits (统计用区划代码)</source>
        <translation>代码 %1 没有沿用上级代码 %2：应以其前 %3 位开头（统计用区划代码）</translation>
    </message>
    <message>
        <source>%1 is active but its parent %2 is retired from %3</source>
        <translation>%1 仍在使用，但其上级 %2 自 %3 年起已停用</translation>
    </message>
    <message>
        <source>%1 cannot retire from %2 while its sub-region %3 stays active; retire or move %3 first</source>
        <translation>下级地区 %3 仍在使用，%1 不能自 %2 年起停用；请先停用或移走 %3</translation>
    </message>
    <message>
        <source>The region code &apos;%1&apos; comes twice</source>
        <translation>地区代码“%1”出现了两次</translation>
    </message>
    <message>
        <source>The region code &apos;%1&apos; is already in use</source>
        <translation>地区代码“%1”已被使用</translation>
    </message>
    <message>
        <source>There is no region &apos;%1&apos; to change</source>
        <translation>没有可修改的地区“%1”</translation>
    </message>
    <message>
        <source>%1 still has figures in %2 Q%3, a quarter that is not approved; approve it (or keep the region) before retiring it</source>
        <translation>%1 在 %2 年第 %3 季度（尚未审核通过）仍有数据；请先审核通过该季度（或保留该地区）再停用</translation>
    </message>
    <message>
        <source>Cancelled; the regions were not changed</source>
        <translation>已取消；地区未作修改</translation>
    </message>
    <message>
        <source>%1 and %2 are not under the same parent; only siblings are put in order</source>
        <translation>%1 和 %2 不属于同一上级；只能对同级地区排序</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 不是年份</translation>
    </message>
    <message>
        <source>%1 cannot retire from %2: it has figures in %3; delete them or retire it from a later year</source>
        <translation>%1 不能自 %2 年起停用：它在 %3 有数据；请删除这些数据或从更晚的年份停用</translation>
    </message>
    <message>
        <source>Choose the villages to merge</source>
        <translation>请选择要撤并的村</translation>
    </message>
    <message>
        <source>%1 is not a village; villages are merged into a village</source>
        <translation>%1 不是村；村只能并入村</translation>
    </message>
    <message>
        <source>%1 is retired from %2 and cannot take over other villages in %3</source>
        <translation>%1 自 %2 年起已停用，不能在 %3 年接收其他村</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself</source>
        <translation>%1 不能并入自身</translation>
    </message>
    <message>
        <source>%1 is not a village; only villages are merged</source>
        <translation>%1 不是村；只有村可以撤并</translation>
    </message>
    <message>
        <source>%1 cannot be merged from %2: it has figures in %3; delete them or merge it from a later year</source>
        <translation>%1 不能自 %2 年起撤并：它在 %3 有数据；请删除这些数据或从更晚的年份撤并</translation>
    </message>
    <message>
        <source>merged into %1 from %2</source>
        <translation>自 %2 年起并入%1</translation>
    </message>
</context>
<context>
    <name>zx::Report</name>
    <message>
        <source>%2 rural revitalization indicators, %1 Q%3</source>
        <translation>%1年%2乡村振兴指标通报（第%3季度）</translation>
    </message>
    <message>
        <source>%1 Q%2 (year to date)</source>
        <translation>%1年第%2季度（年度累计）</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <source>Summary of indicators</source>
        <translation>指标完成情况汇总</translation>
    </message>
    <message>
        <source>Open validation findings</source>
        <translation>待核实的数据问题</translation>
    </message>
    <message>
        <source>No figures for this period</source>
        <translation>本期暂无数据</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>无待核实问题。</translation>
    </message>
    <message>
        <source>Ranking of sub-districts: %1</source>
        <translation>各街道排名：%1</translation>
    </message>
    <message>
        <source>Target vs actual (target = 100%)</source>
        <translation>目标任务完成情况（目标 = 100%）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
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
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Time progress</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
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
        <source>No target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Indicators by status</source>
        <translation>指标状态分布</translation>
    </message>
    <message>
        <source>Time progress %1%</source>
        <translation>序时进度 %1%</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>共 %1 项指标</translation>
    </message>
    <message>
        <source>Cannot start painting the report</source>
        <translation>无法开始绘制报告</translation>
    </message>
    <message>
        <source>Cannot finish painting the report</source>
        <translation>无法完成报告绘制</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Audit trail %1</source>
        <translation>审计链 %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
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
    <message>
        <source>%1, line %2: bad indicator</source>
        <translation>%1，第 %2 行：指标有误</translation>
    </message>
</context>
<context>
    <name>zx::SaveFileName</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>zx::Setup</name>
    <message>
        <source>Region %1 (%2)</source>
        <translation>第 %1 个区划（%2）</translation>
    </message>
    <message>
        <source>%1: the code must be 1 to 32 letters or digits</source>
        <translation>%1：代码须为 1 至 32 位字母或数字</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1：名称为空</translation>
    </message>
    <message>
        <source>%1: the code %2 is used twice</source>
        <translation>%1：代码 %2 重复</translation>
    </message>
    <message>
        <source>%1: unknown parent %2</source>
        <translation>%1：上级 %2 不存在</translation>
    </message>
    <message>
        <source>%1: its parents form a loop</source>
        <translation>%1：上级关系形成循环</translation>
    </message>
    <message>
        <source>%1: too deep; villages (level 3) are the lowest level</source>
        <translation>%1：层级过深；村（级别 3）为最低一级</translation>
    </message>
    <message>
        <source>No file name given for the new county</source>
        <translation>未给出新区县的文件名</translation>
    </message>
    <message>
        <source>%1 already exists; a new county is never written over an existing file</source>
        <translation>%1 已存在；新建区县绝不会覆盖已有文件</translation>
    </message>
    <message>
        <source>%1 exists beside the new file; remove it or choose another name</source>
        <translation>新文件旁已有 %1；请删除它或另选文件名</translation>
    </message>
    <message>
        <source>%1 backup(s) of an earlier file named %2 are kept in %3; choose another name or move them away first</source>
        <translation>%3 中保存着同名旧文件 %2 的 %1 个备份；请另选文件名，或先将这些备份移走</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Region code &apos;%1&apos;: 1 to 32 letters or digits, e.g. 410122</source>
        <translation>区划代码“%1”：须为 1 至 32 位字母或数字，例如 410122</translation>
    </message>
    <message>
        <source>The county needs a name, e.g. 中牟县</source>
        <translation>区县需要名称，例如 中牟县</translation>
    </message>
    <message>
        <source>The top region of a file is a county (level 1) or a city (level 0)</source>
        <translation>文件的顶级区划须为区县（级别 1）或市（级别 0）</translation>
    </message>
    <message>
        <source>Start year %1: give a year from 2000 to 2100</source>
        <translation>起始年份 %1：请给出 2000 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>The first administrator needs a user name</source>
        <translation>第一位管理员需要用户名</translation>
    </message>
    <message>
        <source>Catalogue %1 does not exist</source>
        <translation>指标目录 %1 不存在</translation>
    </message>
    <message>
        <source>Regions file %1 does not exist</source>
        <translation>区划文件 %1 不存在</translation>
    </message>
    <message>
        <source>Give the regions either typed in or as a file, not both</source>
        <translation>区划请逐行录入或用文件导入，二者选一</translation>
    </message>
    <message>
        <source>The catalogue cannot come from the new file itself</source>
        <translation>指标目录不能来自新文件本身</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories come before the indicators that name them: give a workbook with a categories sheet and a catalogue sheet, or create the county with an empty catalogue and import the categories file, then the catalogue file (docs/setup-county.md).</source>
        <translation>领域须先于引用它们的指标存在：请提供含领域工作表和指标目录工作表的工作簿，或以空指标体系创建区县，再依次导入领域文件和指标目录文件（参见 docs/setup-county.md）。</translation>
    </message>
    <message>
        <source>%1 has %2 finding(s); no county was created:
%3</source>
        <translation>%1 有 %2 个问题；未创建区县：
%3</translation>
    </message>
    <message>
        <source>%1 is not a catalogue file (see docs/formats.md); no county was created</source>
        <translation>%1 不是指标目录文件（参见 docs/formats.md）；未创建区县</translation>
    </message>
    <message>
        <source>%1 is not a regions file (see docs/formats.md); no county was created</source>
        <translation>%1 不是区划文件（参见 docs/formats.md）；未创建区县</translation>
    </message>
    <message>
        <source>New county %1 (%2): %3 region(s), catalogue %4 (%5 categories, %6 indicators), start year %7</source>
        <translation>新建区县 %1（%2）：%3 个区划，指标体系 %4（%5 个领域，%6 项指标），起始年份 %7</translation>
    </message>
    <message>
        <source>Catalogue from %1: %2</source>
        <translation>来自 %1 的指标目录：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 holds no categories to copy</source>
        <translation>%1 中没有可复制的领域</translation>
    </message>
    <message>
        <source>Category %1: %2</source>
        <translation>领域 %1：%2</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>指标 %1：%2</translation>
    </message>
    <message>
        <source>%1 already holds a county; a new county is set up in an empty database</source>
        <translation>%1 中已有县区；新县区只能建在空数据库中</translation>
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
        <source>Not reported</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>No target</source>
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
    <message>
        <source>Year to date: flow indicators the sum of the quarters, cumulative and stock indicators the latest figure</source>
        <translation>年度累计：流量指标为各季度之和，累计指标和存量指标为最新一期数值</translation>
    </message>
    <message>
        <source>Done, on track, lagging or behind against time progress; not reported: a target but no figure yet; no target: nothing to measure against</source>
        <translation>对照序时进度分为已完成、序时推进、略有滞后、明显滞后；未填报：已下达目标但尚无数据；未设目标：无可对照的目标</translation>
    </message>
    <message>
        <source>Year to date against the same period a year earlier</source>
        <translation>本年累计与上年同期累计相比</translation>
    </message>
    <message>
        <source>This quarter against the previous one, like with like: flow indicators the quarter&apos;s own figure, stock indicators and rates the level at the quarter&apos;s end; cumulative ones (running totals for the year) have none</source>
        <translation>本季度与上一季度相比，同口径比较：流量指标比较当季数，存量指标和比率比较季末水平；累计指标（年内累计数）不计算环比</translation>
    </message>
    <message>
        <source>Completion %1 · time progress %2</source>
        <translation>完成率 %1 · 序时进度 %2</translation>
    </message>
    <message>
        <source>Time progress %1: the target&apos;s milestone for Q%2</source>
        <translation>序时进度 %1：目标设定的第%2季度节点</translation>
    </message>
    <message>
        <source>Time progress %1: %2 of the year&apos;s 12 months</source>
        <translation>序时进度 %1：全年12个月已过%2个月</translation>
    </message>
    <message>
        <source>Time progress: the share of the year gone by at the quarter&apos;s end (25%, 50%, 75%, 100%), or the target&apos;s milestone for the quarter when it has one</source>
        <translation>序时进度：季度末全年时间已过的比例（25%、50%、75%、100%）；目标设有季度节点的，取该季度节点</translation>
    </message>
    <message>
        <source>Time progress</source>
        <translation>序时进度</translation>
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
    <message>
        <source>A target, but no figure reported yet</source>
        <translation>已下达目标，尚未填报数据</translation>
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
    <name>zx::TableExport</name>
    <message>
        <source>Export to Excel (.xlsx)…</source>
        <translation>导出为 Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save the table as shown — these rows, columns and order — as an Excel workbook</source>
        <translation>按当前显示（这些行、列及排序）将表格保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Save the table as shown as CSV (UTF-8, opens in Excel and WPS)</source>
        <translation>按当前显示将表格保存为 CSV（UTF-8，可用 Excel 和 WPS 打开）</translation>
    </message>
    <message>
        <source>Preview and print the table as shown</source>
        <translation>按当前显示预览并打印表格</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>共 %2 行，显示 %1 行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export / print</source>
        <translation>导出 / 打印</translation>
    </message>
    <message>
        <source>Save or print the table as shown</source>
        <translation>按当前显示保存或打印表格</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
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
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>zx::TablePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation>无法开始打印</translation>
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
    <name>zx::TargetInput</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>A target or baseline cannot be negative</source>
        <translation>目标和基数不能为负数</translation>
    </message>
    <message>
        <source>A milestone is a percentage of the target from 0 to 100</source>
        <translation>节点进度是占目标的百分比，应在 0 到 100 之间</translation>
    </message>
    <message>
        <source>%1 is reduced from a baseline: enter the baseline first, then the target</source>
        <translation>%1 按基数压减：请先填写基数，再填写目标</translation>
    </message>
    <message>
        <source>The baseline %1 must be above the target %2</source>
        <translation>基数 %1 必须大于目标 %2</translation>
    </message>
    <message>
        <source>Milestones must not decrease from one quarter to the next</source>
        <translation>各季度节点进度不能逐季减少</translation>
    </message>
    <message>
        <source>Set the annual target first, then its milestones</source>
        <translation>请先设定年度目标，再填写节点进度</translation>
    </message>
</context>
<context>
    <name>zx::Targets</name>
    <message>
        <source>target of %1 for region %2, %3</source>
        <translation>区划 %2 %3年 %1 的目标</translation>
    </message>
    <message>
        <source>The %1 must not be negative (got %2)</source>
        <translation>%1不能为负数（填写的是 %2）</translation>
    </message>
    <message>
        <source>The %1 needs a baseline: %2 is reduced from a level</source>
        <translation>%1需要填写基数：%2 是从基数压减的指标</translation>
    </message>
    <message>
        <source>The %1: the baseline %2 must be above the target %3</source>
        <translation>%1：基数 %2 必须大于目标 %3</translation>
    </message>
    <message>
        <source>The %1: the Q%2 milestone %3 % is outside 0–100</source>
        <translation>%1：第%2季度序时进度 %3% 不在 0–100 之间</translation>
    </message>
    <message>
        <source>The %1: the Q%2 milestone %3 % is below the one before it (%4 %)</source>
        <translation>%1：第%2季度序时进度 %3% 低于上一季度（%4%）</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may set targets; %1 is a clerk</source>
        <translation>只有审核员或管理员可以设置目标；%1 是填报员</translation>
    </message>
    <message>
        <source>The %1 target of %2 for %3 was changed by someone else to %4 while you were looking at %5; your change was not saved.</source>
        <translation>在您查看的目标为 %5 时，%2 %3 年的 %1 目标已被他人改为 %4；您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>zx::TargetsEditor</name>
    <message>
        <source>Targets</source>
        <translation>目标设定</translation>
    </message>
    <message>
        <source>Search indicators</source>
        <translation>搜索指标</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Targets of %1 for %2 · actual and completion at Q%3</source>
        <translation>%1 %2年目标 · 完成值与完成率截至第%3季度</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Row %1, %2 (%3): %4</source>
        <translation>第%1行 %2（%3）：%4</translation>
    </message>
</context>
<context>
    <name>zx::TargetsModel</name>
    <message>
        <source>The sum of the sub-regions&apos; targets; type a number to set this region&apos;s own target</source>
        <translation>下级地区目标之和；输入数字可为本地区单独设定目标</translation>
    </message>
    <message>
        <source>Not saved yet: it is stored together with the annual target</source>
        <translation>尚未保存：将与年度目标一并保存</translation>
    </message>
    <message>
        <source>Time progress expected by the end of the quarter, in % of the target; empty means 25/50/75/100</source>
        <translation>季度末应达到的序时进度（占目标的百分比）；留空即按 25/50/75/100</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Target mode</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Baseline %1 of %2 noted: now type the annual target to store both</source>
        <translation>已记下%2的基数 %1：请再输入年度目标，两者一并保存</translation>
    </message>
    <message>
        <source>Set target of %1</source>
        <translation>设定%1的目标</translation>
    </message>
    <message>
        <source>Q%1
milestone %</source>
        <translation>第%1季度
节点 %</translation>
    </message>
</context>
<context>
    <name>zx::Template</name>
    <message>
        <source>%1 %2 rural revitalisation indicator form</source>
        <translation>%1 %2年 乡村振兴指标填报表</translation>
    </message>
    <message>
        <source>Region: %1 (%2)   Year: %3   Fill in the white cells; grey cells are locked.</source>
        <translation>地区：%1（%2）   年度：%3   请在白色单元格中填写数据；灰色单元格已锁定，不能修改。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>二季度</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>三季度</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>四季度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>A percentage cannot exceed 100 (got %1)</source>
        <translation>百分比不能超过 100（输入为 %1）</translation>
    </message>
    <message>
        <source>The sum of %1 sub-region figures</source>
        <translation>%1 个下级地区数值之和</translation>
    </message>
    <message>
        <source>The sum of %1 sub-region targets</source>
        <translation>%1 个下级地区目标之和</translation>
    </message>
    <message>
        <source>The year-to-date sum</source>
        <translation>年初至今累计值</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; figures of %3 take at most %4</source>
        <translation>%1 有 %2 位小数；%3 的数值最多保留 %4 位小数</translation>
    </message>
    <message>
        <source>%1 has %2 decimals; %3 figures of %4 take at most %5</source>
        <translation>%1 有 %2 位小数；%4 的数值（单位：%3）最多保留 %5 位小数</translation>
    </message>
    <message>
        <source>the usual figure for this quarter</source>
        <translation>本季度往年常见数值</translation>
    </message>
    <message>
        <source>the figure of %1 Q%2</source>
        <translation>%1年第%2季度的数值</translation>
    </message>
    <message>
        <source>expected at the pace of the year-to-date %1 of %2 Q%3</source>
        <translation>按%2年第%3季度累计数 %1 的进度推算的本季度应有数</translation>
    </message>
    <message>
        <source>the median of the %1 other sub-regions of %2</source>
        <translation>%2其他 %1 个下级区划的中位数</translation>
    </message>
    <message>
        <source>%1 is out of scale with %2, %3: did you mean %4?</source>
        <translation>%1 与 %2（%3）的数量级不符：是否应为 %4？</translation>
    </message>
    <message>
        <source>%1 is more than three times %2, %3</source>
        <translation>%1 超过 %2（%3）的三倍</translation>
    </message>
    <message>
        <source>%1 is less than a third of %2, %3</source>
        <translation>%1 不足 %2（%3）的三分之一</translation>
    </message>
    <message>
        <source>%1 is far from %2, %3 (robust z-score %4, above %5)</source>
        <translation>%1 与 %2（%3）相差悬殊（稳健 z 值 %4，超过 %5）</translation>
    </message>
    <message>
        <source>Parts %1 add up to %2, not the total %3 of %4 (a difference of %5)</source>
        <translation>分项 %1 合计 %2，与“%4”的总数 %3 不符（相差 %5）</translation>
    </message>
    <message>
        <source>Parts %1 add up to %2, not the total %3 of %4 (a difference of %5, more than the tolerance %6)</source>
        <translation>分项 %1 合计 %2，与“%4”的总数 %3 不符（相差 %5，超出允许误差 %6）</translation>
    </message>
    <message>
        <source>%1 (%2) is above its total %3 (%4) by %5</source>
        <translation>%1（%2）超过其总数 %3（%4）%5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a figure and its unit</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Entered %1 differs from %2 rolled up from the sub-regions (a difference of %3)</source>
        <translation>填报值 %1 与下级地区汇总值 %2 不一致（相差 %3）</translation>
    </message>
</context>
<context>
    <name>zx::Workflow</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>%1 Q%2 of region %3</source>
        <translation>区划 %3 的 %1 年第 %2 季度</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may %1 a quarter; %2 is a clerk</source>
        <translation>只有审核员或管理员可以%1季度数据；%2 是填报员</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its state is %3</source>
        <translation>无法%1%2：当前状态为“%3”</translation>
    </message>
    <message>
        <source>Cannot %1 %2: its state is %3, set by %4 at %5</source>
        <translation>无法%1%2：当前状态为“%3”，由 %4 于 %5 设置</translation>
    </message>
    <message>
        <source>A reason is needed to %1 %2</source>
        <translation>%1%2需要填写理由</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>填报员</translation>
    </message>
    <message>
        <source>%1 has no account in this shared file; an administrator must add it</source>
        <translation>%1 在此共享文件中没有账户，须由管理员添加</translation>
    </message>
    <message>
        <source>A user needs a name</source>
        <translation>用户需要填写名称</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts; %1 is a %2</source>
        <translation>只有管理员可以管理账户；%1 是%2</translation>
    </message>
    <message>
        <source>The clerk %1 needs at least one region to enter figures for</source>
        <translation>填报员 %1 至少需要分配一个填报区划</translation>
    </message>
    <message>
        <source>%1 cannot be a %2: the file needs at least one administrator; add another administrator first</source>
        <translation>%1 不能设为%2：文件中至少需要一名管理员，请先添加另一名管理员</translation>
    </message>
    <message>
        <source>%1 is a clerk for %2 and may not change figures of %3</source>
        <translation>%1 是 %2 的填报员，不能修改 %3 的数值</translation>
    </message>
    <message>
        <source>There is no account named %1</source>
        <translation>没有名为 %1 的账户</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed: the file needs at least one administrator; add another administrator first</source>
        <translation>%1 是最后一位管理员，不能删除：文件至少需要一位管理员；请先添加另一位管理员</translation>
    </message>
    <message>
        <source>Only an administrator may turn the four-eyes rule on or off; %1 is a %2</source>
        <translation>只有管理员可以开启或关闭四眼原则；%1 是%2</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may set the deadline; %1 is a clerk</source>
        <translation>只有审核员或管理员可以设定截止日；%1 是填报员</translation>
    </message>
    <message>
        <source>The deadline must be a day of the month from 1 to 31 (0: no deadline), not %1</source>
        <translation>截止日须为每月 1 至 31 日之一（0 表示不设截止日），不能是 %1</translation>
    </message>
    <message>
        <source>Cannot approve %1: it was submitted by %2, and whoever submits a quarter may not also approve it (four-eyes rule). Ask another reviewer or an administrator to approve it, or return it for rework; in a one-person office an administrator can turn the rule off (Edit → Accounts…, Office rules; or zhenxing-cli settings --four-eyes off).</source>
        <translation>无法审核通过%1：该季度由 %2 报送，报送人不能再审核通过（四眼原则）。请由另一位审核员或管理员审核通过，或将其退回修改；只有一人的单位可由管理员关闭此规则（编辑 → 账户… → 本单位规则；或 zhenxing-cli settings --four-eyes off）。</translation>
    </message>
</context>
<context>
    <name>zx::WorkflowBar</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开放…</translation>
    </message>
    <message>
        <source>Hand the quarter&apos;s figures in for review</source>
        <translation>将本季度数值提交审核</translation>
    </message>
    <message>
        <source>Approve the quarter; its figures are then locked</source>
        <translation>审核通过本季度，数值随即锁定</translation>
    </message>
    <message>
        <source>Send the quarter back to the clerk with a reason</source>
        <translation>说明原因，将本季度退回填报人</translation>
    </message>
    <message>
        <source>Unlock an approved quarter, with a reason</source>
        <translation>说明原因，解锁已审核通过的季度</translation>
    </message>
    <message>
        <source>Return the quarter</source>
        <translation>退回本季度</translation>
    </message>
    <message>
        <source>Reopen the quarter</source>
        <translation>重新开放本季度</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted by %1 at %2</source>
        <translation>已由 %1 于 %2 提交</translation>
    </message>
    <message>
        <source>approved by %1 at %2 — locked</source>
        <translation>已由 %1 于 %2 审核通过 — 已锁定</translation>
    </message>
    <message>
        <source>returned by %1 at %2: %3</source>
        <translation>已由 %1 于 %2 退回：%3</translation>
    </message>
    <message>
        <source>%1 · %2 Q%3: %4</source>
        <translation>%1 · %2年第%3季度：%4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <source>Submit the quarter</source>
        <translation>提交本季度</translation>
    </message>
    <message>
        <source>Submit %1 for review?

%2 — the region&apos;s own and those of the regions under it — go to a reviewer, who approves them (locking them) or returns them.</source>
        <translation>提交 %1 审核？

%2（本地区及其下级地区的数值）将交由审核员审核通过（随即锁定）或退回。</translation>
    </message>
    <message>
        <source>Approve the quarter</source>
        <translation>审核通过本季度</translation>
    </message>
    <message>
        <source>Approve %1?

%2 — the region&apos;s own and those of the regions under it — will be locked: nobody can change them until the quarter is reopened with a reason.</source>
        <translation>审核通过 %1？

%2（本地区及其下级地区的数值）将被锁定：在说明原因重新开放该季度之前，任何人都不能修改。</translation>
    </message>
    <message>
        <source>Return %1 for rework? Its %2 stay open for correction, and the quarter must be submitted again.</source>
        <translation>退回 %1 修改？其 %2 仍可修改，该季度须重新报送。</translation>
    </message>
    <message>
        <source>Reopen %1? %2 — the region&apos;s own and those of the regions under it — will be unlocked and can be changed again; the quarter goes back to draft.</source>
        <translation>重新开放 %1？%2（本地区及其下级地区的数值）将被解锁，可再次修改；该季度回到草稿状态。</translation>
    </message>
    <message>
        <source>%1, %2 Q%3</source>
        <translation>%1 %2年第%3季度</translation>
    </message>
    <message>
        <source>%1 figure(s)</source>
        <translation>%1 个数值</translation>
    </message>
    <message>
        <source>its figures</source>
        <translation>其数值</translation>
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
    <message>
        <source>Change %1 of %2, %3 Q%4</source>
        <translation>修改 %2 %3年第%4季度的 %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>zx::backups</name>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before a catalogue change</source>
        <translation>修改指标目录前</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>升级数据库结构前</translation>
    </message>
    <message>
        <source>before the first change of the day</source>
        <translation>当天首次修改前</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>按要求手动备份</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <source>No file at %1</source>
        <translation>找不到文件 %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the copy is not a Zhenxing database</source>
        <translation>副本不是振兴看板数据库</translation>
    </message>
    <message>
        <source>the copy failed the integrity check: %1</source>
        <translation>副本未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The backup %1 was deleted: %2</source>
        <translation>备份 %1 已删除：%2</translation>
    </message>
    <message>
        <source>Cannot create a folder for backups of %1 (%2)</source>
        <translation>无法为 %1 创建备份文件夹（%2）</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2: %3</source>
        <translation>无法将 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup taken %1 failed. %2</source>
        <translation>未做任何修改：%1的备份失败。%2</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a backup of it</source>
        <translation>%1 是当前打开的数据库本身，不是它的备份</translation>
    </message>
    <message>
        <source>%1 is not a Zhenxing database; nothing was restored</source>
        <translation>%1 不是振兴看板数据库，未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 has schema version %2, which this version of Zhenxing cannot restore; nothing was restored</source>
        <translation>%1 的数据结构版本为 %2，本版本振兴看板无法恢复，未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2); nothing was restored</source>
        <translation>%1 已损坏（完整性检查：%2），未恢复任何内容</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current contents failed. %1</source>
        <translation>未恢复任何内容：备份当前内容失败。%1</translation>
    </message>
    <message>
        <source>Restoring needs Qt&apos;s SQLite driver on the system SQLite library; nothing was restored</source>
        <translation>恢复备份需要 Qt 的 SQLite 驱动使用系统 SQLite 库，未恢复任何内容</translation>
    </message>
    <message>
        <source>Could not restore %1 into %2: %3</source>
        <translation>无法将 %1 恢复到 %2：%3</translation>
    </message>
    <message>
        <source>Could not restore %1 into %2: %3; the file is unchanged</source>
        <translation>无法将 %1 恢复到 %2：%3，文件未改变</translation>
    </message>
    <message>
        <source>Restored %1, but could not reopen %2: %3</source>
        <translation>已恢复 %1，但无法重新打开 %2：%3</translation>
    </message>
    <message>
        <source>%1 is on a server, which its administrator backs up (pg_dump); an offline copy into a file: zhenxing-cli server copy URL FILE.db</source>
        <translation>%1 在服务器上，由服务器管理员负责备份（pg_dump）；如需离线副本文件：zhenxing-cli server copy URL FILE.db</translation>
    </message>
</context>
<context>
    <name>zx::cli</name>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Create a synthetic city database for benchmarks: a deterministic function of the sizes and the seed.</source>
        <translation>创建用于性能测试的合成市级数据库：由规模参数和种子确定，可重复生成。</translation>
    </message>
    <message>
        <source>Counties under the city (1-99).</source>
        <translation>市辖县区数（1-99）。</translation>
    </message>
    <message>
        <source>Townships per county (1-999).</source>
        <translation>每个县区的乡镇数（1-999）。</translation>
    </message>
    <message>
        <source>Villages per township (1-999).</source>
        <translation>每个乡镇的村数（1-999）。</translation>
    </message>
    <message>
        <source>Indicators: the sample&apos;s 75 plus synthetic copies.</source>
        <translation>指标数：示例的 75 项加合成副本。</translation>
    </message>
    <message>
        <source>Years of quarterly figures.</source>
        <translation>季度数值的年数。</translation>
    </message>
    <message>
        <source>The first year.</source>
        <translation>起始年份。</translation>
    </message>
    <message>
        <source>Seed of the pseudo-random figures.</source>
        <translation>伪随机数值的种子。</translation>
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
        <source>%1 expects %2 argument(s); see --help</source>
        <translation>%1 需要 %2 个参数；见 --help</translation>
    </message>
    <message>
        <source>--%1 needs a number</source>
        <translation>--%1 需要一个数字</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to overwrite it</source>
        <translation>%1 已存在；使用 --force 覆盖</translation>
    </message>
    <message>
        <source>%1% of %2 figures</source>
        <translation>已写入 %2 条数值中的 %1%</translation>
    </message>
    <message>
        <source>Created %1: %2 regions, %3 indicators, %4 figures, %5 targets in %6 s</source>
        <translation>已创建 %1：%2 个行政区划，%3 项指标，%4 条数值，%5 条目标，用时 %6 秒</translation>
    </message>
    <message>
        <source>users needs list, add, set or remove: zhenxing-cli users list DB [--json]; users add|set DB --name NAME --role administrator|reviewer|clerk [--display-name T] [--regions CODE,CODE]; users remove DB --name NAME</source>
        <translation>users 需要 list、add、set 或 remove：zhenxing-cli users list DB [--json]；users add|set DB --name NAME --role administrator|reviewer|clerk [--display-name T] [--regions CODE,CODE]；users remove DB --name NAME</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>List the accounts of the file: name, role, display name, regions.</source>
        <translation>列出文件中的账户：名称、角色、显示名、区划。</translation>
    </message>
    <message>
        <source>No accounts: a single-user file, whoever opens it (here %1) is its administrator</source>
        <translation>没有账户：这是单用户文件，打开它的人（此处为 %1）即为管理员</translation>
    </message>
    <message>
        <source>The sign-in name of the person on their computer (the system user name).</source>
        <translation>此人在其电脑上的登录名（系统用户名）。</translation>
    </message>
    <message>
        <source>administrator, reviewer or clerk.</source>
        <translation>administrator（管理员）、reviewer（审核员）或 clerk（填报员）。</translation>
    </message>
    <message>
        <source>How the person is shown, e.g. 王芳.</source>
        <translation>显示的姓名，例如 王芳。</translation>
    </message>
    <message>
        <source>A clerk&apos;s regions, comma-separated codes (a region grants the villages under it).</source>
        <translation>填报员负责的区划，以逗号分隔的代码（一个区划包含其下属的村）。</translation>
    </message>
    <message>
        <source>Add an account (administrators only; audited).</source>
        <translation>添加账户（仅限管理员；记入审计）。</translation>
    </message>
    <message>
        <source>Change an account: the options given replace what is stored (administrators only; audited).</source>
        <translation>修改账户：所给选项替换已存内容（仅限管理员；记入审计）。</translation>
    </message>
    <message>
        <source>users %1 needs --name</source>
        <translation>users %1 需要 --name</translation>
    </message>
    <message>
        <source>--role must be administrator, reviewer or clerk</source>
        <translation>--role 必须是 administrator、reviewer 或 clerk</translation>
    </message>
    <message>
        <source>users add needs --role administrator, reviewer or clerk</source>
        <translation>users add 需要 --role administrator、reviewer 或 clerk</translation>
    </message>
    <message>
        <source>%1 already has an account (%2); change it with users set</source>
        <translation>%1 已有账户（%2）；请用 users set 修改</translation>
    </message>
    <message>
        <source>There is no account named %1; add it with users add</source>
        <translation>没有名为 %1 的账户；请用 users add 添加</translation>
    </message>
    <message>
        <source>This file has no accounts yet, so whoever opens it is its administrator. Add your own account first (users add DB --name %1 --role administrator), or you would lose access to it</source>
        <translation>此文件还没有账户，打开它的人即为管理员。请先添加您自己的账户（users add DB --name %1 --role administrator），否则您将无法再访问它</translation>
    </message>
    <message>
        <source>--regions is for clerks only: an administrator or a reviewer works on every region</source>
        <translation>--regions 仅适用于填报员：管理员和审核员可处理所有区划</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已修改 %1</translation>
    </message>
    <message>
        <source>The account to remove.</source>
        <translation>要删除的账户。</translation>
    </message>
    <message>
        <source>Remove an account (administrators only; audited; its figures and audit entries stay).</source>
        <translation>删除账户（仅限管理员；记入审计；其数值和审计记录保留）。</translation>
    </message>
    <message>
        <source>users remove needs --name</source>
        <translation>users remove 需要 --name</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Start a year: last year&apos;s targets and milestones copied or scaled, as a draft for the reviewer to edit (one audited transaction).</source>
        <translation>开始新的一年：复制或按比例调整上一年的目标和季度进度，作为草稿供审核员修改（一次记入审计的事务）。</translation>
    </message>
    <message>
        <source>The year to start, e.g. 2024 (at most next year).</source>
        <translation>要开始的年份，例如 2024（最多到下一年）。</translation>
    </message>
    <message>
        <source>copy (default): last year&apos;s targets; scale:F: last year&apos;s times F (e.g. scale:1.05), rounded half away from zero to at most 6 decimals; none: no targets.</source>
        <translation>copy（默认）：上一年的目标；scale:F：上一年目标乘以 F（如 scale:1.05），四舍五入（远离零）至最多 6 位小数；none：不设目标。</translation>
    </message>
    <message>
        <source>--year needs a year such as 2023</source>
        <translation>--year 需要一个年份，例如 2023</translation>
    </message>
    <message>
        <source>--targets must be copy, none or scale:F with F a number above 0 and at most 100, e.g. scale:1.05</source>
        <translation>--targets 必须是 copy、none 或 scale:F（F 为大于 0 且不超过 100 的数，如 scale:1.05）</translation>
    </message>
    <message>
        <source>Started %1: %2 target(s) copied from %3</source>
        <translation>已开始 %1 年：从 %3 年复制了 %2 个目标</translation>
    </message>
    <message>
        <source>Started %1: %2 target(s) from %3 × %4</source>
        <translation>已开始 %1 年：%2 个目标，为 %3 年目标 × %4</translation>
    </message>
    <message>
        <source>Started %1 with no targets: enter its figures, and its targets under Targets or from a targets file</source>
        <translation>已开始 %1 年，未设目标：请录入数值，并在“目标”中或通过目标文件设定目标</translation>
    </message>
    <message>
        <source>server needs init or copy: zhenxing-cli server init URL --region CODE --name NAME [--catalogue standard|none|FILE] [--year Y]; zhenxing-cli server copy FILE.db URL | server copy URL FILE.db</source>
        <translation>server 命令需要 init 或 copy：zhenxing-cli server init URL --region 代码 --name 名称 [--catalogue standard|none|文件] [--year 年份]；zhenxing-cli server copy FILE.db URL | server copy URL FILE.db</translation>
    </message>
    <message>
        <source>Copy a county whole — figures, targets, review states, accounts, office rules and the audit chain — from a file onto an empty server database, or from a server into a new file (an offline copy).</source>
        <translation>整体复制一个县区——数据、目标、审核状态、账号、办公规则和审计链——从数据文件复制到空的服务器数据库，或从服务器复制成新的数据文件（离线副本）。</translation>
    </message>
    <message>
        <source>The county&apos;s file, or the server (postgresql://…).</source>
        <translation>县区数据文件，或服务器（postgresql://…）。</translation>
    </message>
    <message>
        <source>An empty server database, or a file that does not exist yet.</source>
        <translation>空的服务器数据库，或尚不存在的文件。</translation>
    </message>
    <message>
        <source>server copy expects FROM and TO; see --help</source>
        <translation>server copy 需要来源和目标；见 --help</translation>
    </message>
    <message>
        <source>server copy moves a county between a file and a server: one of FROM and TO must be a server (postgresql://…); to copy a file use zhenxing-cli backup</source>
        <translation>server copy 在数据文件和服务器之间复制县区：来源和目标之一必须是服务器（postgresql://…）；复制文件请用 zhenxing-cli backup</translation>
    </message>
    <message>
        <source>%1 already exists: an offline copy goes into a new file</source>
        <translation>%1 已存在：离线副本只能写入新文件</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>已将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>server init sets up a server database (postgresql://… or service=…), not the file %1; for a file use zhenxing-cli init</source>
        <translation>server init 用于建立服务器数据库（postgresql://… 或 service=…），不能用于文件 %1；文件请用 zhenxing-cli init</translation>
    </message>
    <message>
        <source>Password for %1 on the server: </source>
        <translation>%1 在服务器上的密码：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>On a server: set the account&apos;s password, read from standard input (typed twice on a terminal). A new server account always asks for one.</source>
        <translation>服务器上：设置账号密码，从标准输入读取（在终端中输入两次）。新建服务器账号时总会要求输入密码。</translation>
    </message>
    <message>
        <source>Database file, or a server (postgresql://…).</source>
        <translation>数据库文件，或服务器（postgresql://…）。</translation>
    </message>
    <message>
        <source>No password given for %1 (or the two did not match): a server account needs one, read from standard input</source>
        <translation>未提供 %1 的密码（或两次输入不一致）：服务器账号需要密码，从标准输入读取</translation>
    </message>
    <message>
        <source>%1 is a server: generate writes a synthetic city into a new file; to try one on a server, generate a file, then copy it onto an empty server database: zhenxing-cli server copy FILE.db URL</source>
        <translation>%1 是服务器：generate 只把合成的城市写入新文件；如需在服务器上试用，请先生成文件，再复制到空的服务器数据库：zhenxing-cli server copy FILE.db URL</translation>
    </message>
</context>
<context>
    <name>zx::storecopy</name>
    <message>
        <source>Could not read %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1：%3</translation>
    </message>
    <message>
        <source>Could not write %1 to %2: %3</source>
        <translation>无法向 %2 写入 %1：%3</translation>
    </message>
    <message>
        <source>reading what %1 holds</source>
        <translation>读取 %1 的内容</translation>
    </message>
    <message>
        <source>Could not count %1 in %2: %3</source>
        <translation>无法统计 %2 中的 %1：%3</translation>
    </message>
    <message>
        <source>%1 (schema version %2) and %3 (schema version %4) differ: open both with this release first</source>
        <translation>%1（结构版本 %2）与 %3（结构版本 %4）不一致：请先用本版本分别打开两者</translation>
    </message>
    <message>
        <source>%1 already holds a county: a copy goes into an empty database only</source>
        <translation>%1 中已有县区：只能复制到空数据库</translation>
    </message>
    <message>
        <source>copying the accounts</source>
        <translation>复制账号</translation>
    </message>
</context>
</TS>
