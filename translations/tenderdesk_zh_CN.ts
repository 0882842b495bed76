<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accelerators</name>
    <message>
        <source>The built-in accelerator catalog is missing from this build. Reinstall TenderDesk.</source>
        <translation>此版本缺少内置的加速卡目录。请重新安装 TenderDesk。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 follows entry %2: entries were deleted or inserted.</source>
        <translation>第 %1 条记录紧接在第 %2 条记录之后：有记录被删除或插入。</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: an entry was inserted, deleted or changed there.</source>
        <translation>第 %1 条记录未能链接到其前一条记录：该处有记录被插入、删除或修改。</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was changed after it was written.</source>
        <translation>第 %1 条记录（%2）在写入后被修改。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Tendering</source>
        <translation>投标中</translation>
    </message>
    <message>
        <source>Bid deadline passed</source>
        <translation>已截标</translation>
    </message>
    <message>
        <source>Bids opened</source>
        <translation>已开标</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评标</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>已定标</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>流标</translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation>公开招标</translation>
    </message>
    <message>
        <source>Invited tender</source>
        <translation>邀请招标</translation>
    </message>
    <message>
        <source>Competitive negotiation</source>
        <translation>竞争性谈判</translation>
    </message>
    <message>
        <source>Competitive consultation</source>
        <translation>竞争性磋商</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>单一来源采购</translation>
    </message>
    <message>
        <source>Request for quotation</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>Knowledge assistant</source>
        <translation>知识助手</translation>
    </message>
    <message>
        <source>Code generation</source>
        <translation>代码生成</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Process automation</source>
        <translation>流程自动化</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已递交</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效投标</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Central SOE</source>
        <translation>中央企业</translation>
    </message>
    <message>
        <source>Local SOE</source>
        <translation>地方国有企业</translation>
    </message>
    <message>
        <source>Model vendor</source>
        <translation>模型厂商</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Integrator</source>
        <translation>系统集成商</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址。请按 postgresql://user@host:port/database 的格式填写。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo market holds between 1 and 10,000,000 tenders; %1 was asked for.</source>
        <translation>演示市场可包含 1 至 10,000,000 个招标项目，但请求的数量为 %1。</translation>
    </message>
    <message>
        <source>The database already holds %1 tenders; a demo market is only loaded into an empty database. Choose a new file with --database.</source>
        <translation>数据库中已有 %1 个招标项目；演示市场只能加载到空数据库中。请使用 --database 指定一个新文件。</translation>
    </message>
    <message>
        <source>Loading the demo market was cancelled; nothing was written.</source>
        <translation>已取消加载演示市场，未写入任何数据。</translation>
    </message>
    <message>
        <source>The demo market catalog is missing from this build. Reinstall TenderDesk.</source>
        <translation>此版本缺少演示市场目录。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>The demo market catalog is incomplete. Reinstall TenderDesk.</source>
        <translation>演示市场目录不完整。请重新安装 TenderDesk。</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Printing the tender document…</source>
        <translation>正在打印招标文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tender document</source>
        <translation>招标文件</translation>
    </message>
    <message>
        <source>The tender document could not be printed: %1</source>
        <translation>无法打印招标文件：%1</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a statement: %1 (%2)</source>
        <translation>数据库拒绝执行语句：%1（%2）</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the changes (%1); nothing was written.</source>
        <translation>无法保存更改（%1），未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database did not return the id of a new row.</source>
        <translation>数据库未返回新记录的 ID。</translation>
    </message>
    <message>
        <source>A bid names lot %1, but tender %2 has %3 lots.</source>
        <translation>某份投标指定了标包 %1，但招标项目 %2 只有 %3 个标包。</translation>
    </message>
    <message>
        <source>An award of tender %1 names no bid.</source>
        <translation>招标项目 %1 的一条中标记录未指定对应的投标。</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，而此代码为 %1 位。</translation>
    </message>
    <message>
        <source>The character &apos;%1&apos; cannot appear in a unified social credit code (I, O, S, V, Z and lowercase letters are not used).</source>
        <translation>统一社会信用代码中不能出现字符“%1”（不使用 I、O、S、V、Z 及小写字母）。</translation>
    </message>
    <message>
        <source>The check character is wrong: expected &apos;%1&apos;. Check for a typing error.</source>
        <translation>校验码错误：应为“%1”。请检查是否输入有误。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tenders, bids and market analysis for generative AI.</source>
        <translation>生成式人工智能招标、投标与市场分析。</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>数据库文件或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>Do not offer the demo market on an empty database.</source>
        <translation>数据库为空时不提示加载演示市场。</translation>
    </message>
    <message>
        <source>TenderDesk</source>
        <translation>TenderDesk</translation>
    </message>
</context>
<context>
    <name>td</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation>最高限价</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间节点（%1）</translation>
    </message>
    <message>
        <source>  Published</source>
        <translation>  发布时间</translation>
    </message>
    <message>
        <source>  Clarification deadline</source>
        <translation>  澄清截止时间</translation>
    </message>
    <message>
        <source>  Bid deadline</source>
        <translation>  投标截止时间</translation>
    </message>
    <message>
        <source>  Opening</source>
        <translation>  开标时间</translation>
    </message>
    <message>
        <source>Hardware rules</source>
        <translation>硬件要求</translation>
    </message>
    <message>
        <source>  Minimum domestic accelerator share</source>
        <translation>  国产加速卡最低占比</translation>
    </message>
    <message>
        <source>  Excluded accelerators</source>
        <translation>  禁用加速卡型号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Workload and service levels</source>
        <translation>业务负载与服务水平</translation>
    </message>
    <message>
        <source>  Contracted output tokens per year</source>
        <translation>  合同约定年输出 token 量</translation>
    </message>
    <message>
        <source>  Concurrent users</source>
        <translation>  并发用户数</translation>
    </message>
    <message>
        <source>  Time to first token, p95</source>
        <translation>  首字时延（P95）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>  Time per output token, p95</source>
        <translation>  每输出 token 时延（P95）</translation>
    </message>
    <message>
        <source>  Availability</source>
        <translation>  可用性</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审因素</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation>澄清</translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation>（尚未答复）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>国产占比</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>中标</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation>
            <numerusform>%n 份投标</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation named &apos;%1&apos; is in the database. Give the buyer as an object with its name, short name and unified social credit code to add it.</source>
        <translation>数据库中没有名为“%1”的单位。如需添加该单位，请将采购人填写为包含名称、简称和统一社会信用代码的对象。</translation>
    </message>
    <message>
        <source>The tender file must name its &apos;buyer&apos;: a name, or an object with name, shortName and uscc.</source>
        <translation>招标项目文件必须指定 &apos;buyer&apos;（采购人）：可填写名称，或填写包含 name、shortName 和 uscc 的对象。</translation>
    </message>
    <message>
        <source>The buyer in the tender file needs a name.</source>
        <translation>招标项目文件中的采购人缺少名称，请填写采购人名称。</translation>
    </message>
    <message>
        <source>The tender file is not valid JSON (%1 at byte %2). Fix it and try again.</source>
        <translation>招标项目文件不是有效的 JSON（第 %2 字节处：%1）。请修正后重试。</translation>
    </message>
    <message>
        <source>The tender file must give its &apos;category&apos;, one of %1: its template fills what the file leaves out.</source>
        <translation>招标项目文件必须填写 &apos;category&apos;（类别），取值为 %1 之一：文件中未填写的内容将由该类别的模板补全。</translation>
    </message>
    <message>
        <source>The tender was not created; fix the file first:
%1</source>
        <translation>未创建招标项目，请先修正文件：
%1</translation>
    </message>
    <message>
        <source>The template for %1 is missing from this build. Reinstall TenderDesk.</source>
        <translation>此版本缺少 %1 的模板。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>Give the tender a title.</source>
        <translation>请填写招标项目名称。</translation>
    </message>
    <message>
        <source>Choose the buyer that publishes the tender.</source>
        <translation>请选择发布该招标项目的采购人。</translation>
    </message>
    <message>
        <source>The budget ceiling must be a positive amount.</source>
        <translation>最高限价必须为大于零的金额。</translation>
    </message>
    <message>
        <source>The budget ceiling needs an ISO 4217 currency code such as CNY.</source>
        <translation>最高限价须注明 ISO 4217 货币代码，例如 CNY。</translation>
    </message>
    <message>
        <source>Add at least one lot: bids are made per lot.</source>
        <translation>请至少添加一个标包：投标以标包为单位进行。</translation>
    </message>
    <message>
        <source>Lot %1 needs a title.</source>
        <translation>请填写标包 %1 的名称。</translation>
    </message>
    <message>
        <source>Two lots have the number %1; number them 1, 2, 3...</source>
        <translation>有两个标包的编号均为 %1；请按 1、2、3…… 依次编号。</translation>
    </message>
    <message>
        <source>Lot %1 needs a positive budget.</source>
        <translation>标包 %1 的预算必须为大于零的金额。</translation>
    </message>
    <message>
        <source>Lot %1 is budgeted in %2 but the tender in %3; use one currency.</source>
        <translation>标包 %1 的预算币种为 %2，而招标项目的币种为 %3；请使用同一币种。</translation>
    </message>
    <message>
        <source>The lots&apos; budgets add up to %1, more than the ceiling of %2. Lower a lot&apos;s budget or raise the ceiling.</source>
        <translation>各标包预算合计为 %1，超过最高限价 %2。请调低标包预算或提高最高限价。</translation>
    </message>
    <message>
        <source>Add the evaluation criteria and their weights.</source>
        <translation>请添加评审因素及其权重。</translation>
    </message>
    <message>
        <source>The weight of &apos;%1&apos; must be between 0 and 100.</source>
        <translation>评审因素“%1”的权重必须介于 0 至 100 之间。</translation>
    </message>
    <message>
        <source>The criterion &apos;%1&apos; appears twice; keep one.</source>
        <translation>评审因素“%1”重复出现；请只保留一个。</translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation>权重合计为 %1；权重合计必须为 100。</translation>
    </message>
    <message>
        <source>The criteria need a price criterion: the comprehensive scoring method scores every bid&apos;s price.</source>
        <translation>评审因素中必须包含价格因素：综合评分法须对每份投标的报价进行评分。</translation>
    </message>
    <message>
        <source>The price weight is %1%; policy expects %2-%3% for services. Check the reason is on file.</source>
        <translation>价格权重为 %1%；按政策规定，服务类项目的价格权重应为 %2%-%3%。请确认已留存相应的理由说明。</translation>
    </message>
    <message>
        <source>Set the publication date.</source>
        <translation>请设置发布日期。</translation>
    </message>
    <message>
        <source>Set the clarification deadline.</source>
        <translation>请设置澄清截止时间。</translation>
    </message>
    <message>
        <source>Set the bid deadline.</source>
        <translation>请设置投标截止时间。</translation>
    </message>
    <message>
        <source>Set the bid opening time.</source>
        <translation>请设置开标时间。</translation>
    </message>
    <message>
        <source>The clarification deadline must come after publication.</source>
        <translation>澄清截止时间必须晚于发布时间。</translation>
    </message>
    <message>
        <source>The clarification deadline must come before the bid deadline, so that answers reach bidders in time.</source>
        <translation>澄清截止时间必须早于投标截止时间，以便澄清答复及时送达投标人。</translation>
    </message>
    <message>
        <source>The bid deadline must come after publication.</source>
        <translation>投标截止时间必须晚于发布时间。</translation>
    </message>
    <message>
        <source>Bids cannot be opened before the bid deadline; set the opening at or after it.</source>
        <translation>不得在投标截止时间之前开标；请将开标时间设为投标截止时间或其后。</translation>
    </message>
    <message>
        <source>The bid period is %1 days; the law expects at least %2 days for %3. Move the bid deadline later unless an exception applies.</source>
        <translation>等标期为 %1 天；依法，%3 的等标期不得少于 %2 天。除非适用例外情形，请将投标截止时间延后。</translation>
    </message>
    <message>
        <source>The minimum domestic accelerator share must be between 0% and 100%.</source>
        <translation>国产加速卡最低占比必须介于 0% 至 100% 之间。</translation>
    </message>
    <message>
        <source>The minimum domestic accelerator share is %1%; public data centres must use more than 50% domestic chips.</source>
        <translation>国产加速卡最低占比为 %1%；公共数据中心使用的国产芯片占比必须超过 50%。</translation>
    </message>
    <message>
        <source>Set the contracted tokens per year: without it no bid&apos;s cost-to-serve can be estimated.</source>
        <translation>请设置合同约定年 token 量：否则无法估算任何投标的服务成本。</translation>
    </message>
    <message>
        <source>There is no benchmark suite named &quot;%1&quot;. Choose one of the suites built into TenderDesk: %2.</source>
        <translation>没有名为“%1”的基准测试集。请从 TenderDesk 内置的基准测试集中选择一个：%2。</translation>
    </message>
    <message>
        <source>The text of printed documents is incomplete in this build (%1 is missing). Reinstall TenderDesk.</source>
        <translation>此版本中打印文件所用的文本不完整（缺少 %1）。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>The time zone %1 of tender %2 is unknown, so its deadlines cannot be printed. Set a time zone such as Asia/Shanghai.</source>
        <translation>招标项目 %2 的时区 %1 无法识别，因此无法打印其截止时间。请设置时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Tender %1 has not been published: publish it first, then export its package.</source>
        <translation>招标项目 %1 尚未发布：请先发布，再导出招标文件包。</translation>
    </message>
    <message>
        <source>The tender document of %1 could not be printed; the package needs it in Chinese and in English.</source>
        <translation>无法打印 %1 的招标文件；招标文件包须同时包含中文版和英文版招标文件。</translation>
    </message>
    <message>
        <source>%1 is possible only while the tender is published and open for bids; tender %2 is %3.</source>
        <translation>%1仅可在招标项目已发布且正在接受投标期间进行；招标项目 %2 当前状态为“%3”。</translation>
    </message>
    <message>
        <source>%1 is no longer possible: the bid deadline of tender %2 passed at %3.</source>
        <translation>已不能%1：招标项目 %2 的投标截止时间已于 %3 届满。</translation>
    </message>
    <message>
        <source>Printing to PDF needs the graphical part of Qt, which this program did not start. Report this as a bug.</source>
        <translation>打印为 PDF 需要 Qt 的图形组件，但本程序未启动该组件。请将此问题作为缺陷报告。</translation>
    </message>
    <message>
        <source>Tender %1 was changed by someone else meanwhile; nothing was written. Open it again and repeat the step.</source>
        <translation>招标项目 %1 已被他人修改，本次操作未写入任何内容。请重新打开后再操作一次。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder, or free some space.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹，或释放磁盘空间。</translation>
    </message>
</context>
<context>
    <name>td::Database</name>
    <message>
        <source>The Qt SQL driver %1 is missing. Install libqt6sql6-sqlite and libqt6sql6-psql (installer/setup.sh does).</source>
        <translation>缺少 Qt SQL 驱动 %1。请安装 libqt6sql6-sqlite 和 libqt6sql6-psql（运行 installer/setup.sh 即可完成安装）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another place with --database.</source>
        <translation>无法为数据库创建文件夹 %1。请检查您是否有该位置的写入权限，或使用 --database 选择其他位置。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the path or address, and that the server is running.</source>
        <translation>无法打开数据库 %1：%2。请检查路径或地址是否正确，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk database (it could not be read as one). Choose another file with --database.</source>
        <translation>%1 不是 TenderDesk 数据库（无法作为 TenderDesk 数据库读取）。请使用 --database 选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. Choose another file with --database; TenderDesk has not changed it.</source>
        <translation>%1 是其他程序的 SQLite 数据库。请使用 --database 选择其他文件；TenderDesk 未对该文件做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TenderDesk (schema version %2; this TenderDesk knows up to %3). Update TenderDesk to open it. The database has not been changed.</source>
        <translation>数据库 %1 由更高版本的 TenderDesk 写入（架构版本 %2；当前 TenderDesk 最高支持 %3）。请升级 TenderDesk 后再打开。该数据库未被更改。</translation>
    </message>
</context>
<context>
    <name>td::HtmlPdfPrinter</name>
    <message numerus="yes">
        <source>Printing the document to PDF took longer than %n second(s) and was stopped. Try again when the computer is less busy.</source>
        <translation>
            <numerusform>将文件打印为 PDF 的时间超过 %n 秒，已停止。请在计算机较空闲时重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page renderer stopped while printing the document. Try again.</source>
        <translation>打印文件时页面渲染器意外停止。请重试。</translation>
    </message>
    <message>
        <source>The document could not be prepared for printing. Try again; if it keeps failing, reinstall TenderDesk.</source>
        <translation>无法准备打印该文件。请重试；如果仍然失败，请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>Printing the document to PDF produced nothing. Try again; if it keeps failing, reinstall TenderDesk.</source>
        <translation>将文件打印为 PDF 未生成任何内容。请重试；如果仍然失败，请重新安装 TenderDesk。</translation>
    </message>
</context>
<context>
    <name>td::SealingKeys</name>
    <message>
        <source>OpenSSL gave no reason</source>
        <translation>OpenSSL 未给出原因</translation>
    </message>
    <message>
        <source>The passphrase is longer than 4096 bytes. Choose a shorter one.</source>
        <translation>口令超过 4096 字节。请选择较短的口令。</translation>
    </message>
    <message>
        <source>The public sealing key is not a PEM public key (%1). Use the public key file from the tender package.</source>
        <translation>密封公钥不是 PEM 格式的公钥（%1）。请使用招标文件包中的公钥文件。</translation>
    </message>
    <message>
        <source>Could not write the public sealing key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法写入密封公钥（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>Could not encrypt the private sealing key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法加密密封私钥（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>Could not compute the fingerprint of the public sealing key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法计算密封公钥的指纹（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long. Choose a longer passphrase and try again.</source>
        <translation>
            <numerusform>口令长度不得少于 %n 个字符。请选择更长的口令后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not generate the sealing key pair (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法生成密封密钥对（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>The private sealing key is not an encrypted PKCS#8 PEM key (%1). Use the private key file that was saved when the tender was published.</source>
        <translation>密封私钥不是经过加密的 PKCS#8 PEM 格式密钥（%1）。请使用发布招标项目时保存的私钥文件。</translation>
    </message>
</context>
<context>
    <name>td::TenderDocument</name>
    <message>
        <source>Printing needs the graphical platform; run the command again (it sets one up itself).</source>
        <translation>打印需要图形平台；请重新运行该命令（命令会自行配置图形平台）。</translation>
    </message>
</context>
<context>
    <name>td::TenderListModel</name>
    <message>
        <source>Reference</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation>最高限价</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>td::TenderWorkflow</name>
    <message>
        <source>No tender has the reference &apos;%1&apos;.</source>
        <translation>没有招标编号为“%1”的招标项目。</translation>
    </message>
    <message>
        <source>A tender with the reference %1 exists already; choose another one.</source>
        <translation>招标编号为 %1 的招标项目已存在；请使用其他招标编号。</translation>
    </message>
    <message>
        <source>The draft %1 is no longer in the database.</source>
        <translation>数据库中已不存在草稿 %1。</translation>
    </message>
    <message>
        <source>Tender %1 is %2: only a draft is edited freely; a published tender is amended, with a reason.</source>
        <translation>招标项目 %1 的状态为“%2”：只有草稿可以自由编辑；已发布的招标项目须说明理由后发布变更公告。</translation>
    </message>
    <message>
        <source>Tender %1 is %2 already; only a draft is published.</source>
        <translation>招标项目 %1 的状态已为“%2”；只有草稿可以发布。</translation>
    </message>
    <message>
        <source>The bid deadline (%1) has already passed; set a later one before publishing.</source>
        <translation>投标截止时间（%1）已过；请在发布前设置更晚的投标截止时间。</translation>
    </message>
    <message>
        <source>An amendment</source>
        <translation>变更招标文件</translation>
    </message>
    <message>
        <source>Say why the tender is amended: the reason is published with the amendment.</source>
        <translation>请说明变更招标项目的理由：该理由将随变更公告一并发布。</translation>
    </message>
    <message>
        <source>An amendment cannot change &apos;%1&apos; (from &apos;%2&apos; to &apos;%3&apos;). Cancel the tender and publish a new one instead.</source>
        <translation>变更公告不能修改“%1”（由“%2”改为“%3”）。请取消该招标项目并重新发布新的招标项目。</translation>
    </message>
    <message>
        <source>The amendment changes nothing in tender %1.</source>
        <translation>该变更未对招标项目 %1 作任何修改。</translation>
    </message>
    <message>
        <source>The amendment was not published; fix this first: %1</source>
        <translation>变更公告未发布，请先修正以下问题：%1</translation>
    </message>
    <message>
        <source>Questions are taken only while tender %1 is open for bids; it is %2.</source>
        <translation>只有在招标项目 %1 接受投标期间才能受理提问；该招标项目当前状态为“%2”。</translation>
    </message>
    <message>
        <source>The clarification deadline of tender %1 passed at %2; no more questions are taken.</source>
        <translation>招标项目 %1 的澄清截止时间已于 %2 届满；不再受理提问。</translation>
    </message>
    <message>
        <source>The question is empty; write what the bidder asks.</source>
        <translation>问题内容为空；请填写投标人提出的问题。</translation>
    </message>
    <message>
        <source>Name the organisation that asks: it must be in the database.</source>
        <translation>请指定提问单位：该单位须已在数据库中。</translation>
    </message>
    <message>
        <source>Answering a question</source>
        <translation>答复澄清问题</translation>
    </message>
    <message>
        <source>The answer is empty; write what every bidder will read.</source>
        <translation>答复内容为空；请填写将向所有投标人公开的答复。</translation>
    </message>
    <message>
        <source>Question %1 was answered on %2; a published answer is not rewritten. Amend the tender to correct it.</source>
        <translation>问题 %1 已于 %2 答复；已发布的答复不能改写。如需更正，请发布变更公告。</translation>
    </message>
    <message>
        <source>Question %1 was answered by someone else meanwhile.</source>
        <translation>问题 %1 已在此期间由他人答复。</translation>
    </message>
    <message>
        <source>Publish the tender with its passphrase: publication makes the key pair that bids are sealed to.</source>
        <translation>请使用口令发布招标项目：发布时将生成用于密封投标文件的密钥对。</translation>
    </message>
    <message>
        <source>Tender %1 changed meanwhile; look at it again.</source>
        <translation>招标项目 %1 在此期间已被修改；请重新查看。</translation>
    </message>
    <message>
        <source>Tender %1 has no such question; look at its questions again.</source>
        <translation>招标项目 %1 没有这个问题，请重新查看其问题列表。</translation>
    </message>
</context>
<context>
    <name>td::TenderWriter</name>
    <message>
        <source>Lot %1 (%2) has bids and cannot be removed.</source>
        <translation>标包 %1（%2）已有投标，不能删除。</translation>
    </message>
    <message>
        <source>The evaluation criteria of tender %1 have been scored and cannot change.</source>
        <translation>招标项目 %1 的评审因素已用于评分，不能再修改。</translation>
    </message>
    <message>
        <source>Tender %1 changed meanwhile; nothing was written.</source>
        <translation>招标项目 %1 已被修改，本次未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>td::ZipArchive</name>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive 未给出原因</translation>
    </message>
    <message>
        <source>Could not write the package %1 (%2). Check that the disk has free space, then try again.</source>
        <translation>无法写入文件包 %1（%2）。请检查磁盘是否有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>%1 is not a readable .zip package (%2). Check that you chose the right file, or ask the sender for a new copy.</source>
        <translation>%1 不是可读取的 .zip 文件包（%2）。请检查所选文件是否正确，或请发送方重新提供一份。</translation>
    </message>
    <message>
        <source>The package %1 is damaged after the entry &quot;%2&quot; (%3). Ask the sender for a new copy.</source>
        <translation>文件包 %1 在条目“%2”之后已损坏（%3）。请发送方重新提供一份。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; in the package %2 is damaged (%3). Ask the sender for a new copy.</source>
        <translation>文件包 %2 中的条目“%1”已损坏（%3）。请发送方重新提供一份。</translation>
    </message>
    <message>
        <source>Could not create the package %1 (%2). Check that the folder exists and that you may write to it.</source>
        <translation>无法创建文件包 %1（%2）。请检查文件夹是否存在，以及您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Could not write the package %2: the file name &quot;%1&quot; must be a relative path with &apos;/&apos; between folders and without &quot;..&quot;, backslashes or colons. Rename the file and try again.</source>
        <translation>无法写入文件包 %2：文件名“%1”必须是以“/”分隔文件夹的相对路径，且不得包含“..”、反斜杠或冒号。请重命名该文件后重试。</translation>
    </message>
    <message>
        <source>Could not write the package %2: the file name &quot;%1&quot; occurs twice. Rename one of the files and try again.</source>
        <translation>无法写入文件包 %2：文件名“%1”出现了两次。请重命名其中一个文件后重试。</translation>
    </message>
    <message>
        <source>Could not save the package %1 (%2). Check that the disk has free space and that you may write to the folder.</source>
        <translation>无法保存文件包 %1（%2）。请检查磁盘是否有剩余空间，以及您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Could not open the package %1 (%2). Check that the file exists and that you may read it.</source>
        <translation>无法打开文件包 %1（%2）。请检查该文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message numerus="yes">
        <source>The package %1 holds more than %n files, more than a tender package may hold. Ask the sender to split it.</source>
        <translation>
            <numerusform>文件包 %1 包含的文件超过 %n 个，超出了招标文件包允许的数量。请发送方将其拆分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The package %1 has a file name that cannot be read after &quot;%2&quot;. Ask the sender to make the package again with UTF-8 names.</source>
        <translation>文件包 %1 中“%2”之后有一个无法读取的文件名。请发送方使用 UTF-8 文件名重新制作文件包。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; in the package %2 is a link or a device, not an ordinary file. Packages may hold only files; ask the sender for a new package.</source>
        <translation>文件包 %2 中的条目“%1”是链接或设备，而不是普通文件。文件包只能包含普通文件；请发送方重新提供文件包。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; in the package %2 is not a plain relative path: it is absolute, climbs out with &quot;..&quot;, or uses backslashes or drive letters. Ask the sender for a new package.</source>
        <translation>文件包 %2 中的条目“%1”不是普通的相对路径：它是绝对路径、通过“..”跳出所在目录，或使用了反斜杠或盘符。请发送方重新提供文件包。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; occurs twice in the package %2, so it is unclear which one counts. Ask the sender for a new package.</source>
        <translation>条目“%1”在文件包 %2 中出现了两次，无法确定以哪一个为准。请发送方重新提供文件包。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; in the package %2 is encrypted with a zip password. Ask the sender for a package without a zip password.</source>
        <translation>文件包 %2 中的条目“%1”设有 zip 密码。请发送方提供未设 zip 密码的文件包。</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; in the package %2 is larger than %3 MB when unpacked. Ask the sender to split it.</source>
        <translation>文件包 %2 中的条目“%1”解压后超过 %3 MB。请发送方将其拆分。</translation>
    </message>
    <message>
        <source>The package %1 is larger than %2 MB when unpacked (it stopped at &quot;%3&quot;). Ask the sender to split it.</source>
        <translation>文件包 %1 解压后超过 %2 MB（在“%3”处停止）。请发送方将其拆分。</translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 需要一个整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>This command does not take --%1.</source>
        <translation>此命令不支持 --%1 选项。</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2).</source>
        <translation>数据库已就绪：%1（架构版本 %2）。</translation>
    </message>
    <message>
        <source>Writing the demo market: %1 of %2 tenders</source>
        <translation>正在写入演示市场：%1 / %2 个招标项目</translation>
    </message>
    <message>
        <source>Demo market written to %1: %2 tenders, %3 bids, %4 awards, %5 organisations (seed %6, %7 s).</source>
        <translation>演示市场已写入 %1：%2 个招标项目、%3 份投标、%4 条中标记录、%5 家单位（随机种子 %6，耗时 %7 秒）。</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use one of: %2.</source>
        <translation>未知状态“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;; use one of: %2.</source>
        <translation>未知类别“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation>最高限价</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message numerus="yes">
        <source>%n tender(s)</source>
        <translation>
            <numerusform>%n 个招标项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one tender: tenders show REFERENCE.</source>
        <translation>请指定一个招标项目：tenders show REFERENCE。</translation>
    </message>
    <message>
        <source>No tender has the reference &apos;%1&apos;. `tenderdesk-cli tenders list` shows them all.</source>
        <translation>没有招标编号为“%1”的招标项目。运行 `tenderdesk-cli tenders list` 可查看全部招标项目。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries checked.</source>
        <translation>
            <numerusform>审计日志完好：已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been tampered with: %n problem(s) found.</source>
        <translation>
            <numerusform>审计日志已被篡改：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Database file or URL.</source>
        <translation>数据库文件或 URL。</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Seed of the demo market.</source>
        <translation>演示市场的随机种子。</translation>
    </message>
    <message>
        <source>Number of demo tenders.</source>
        <translation>演示招标项目的数量。</translation>
    </message>
    <message>
        <source>Full-text search words.</source>
        <translation>全文检索关键词。</translation>
    </message>
    <message>
        <source>Tender status code.</source>
        <translation>招标项目状态代码。</translation>
    </message>
    <message>
        <source>Tender category code.</source>
        <translation>招标项目类别代码。</translation>
    </message>
    <message>
        <source>Year of publication.</source>
        <translation>发布年份。</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>最多显示的行数。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>tenderdesk-cli: %1</source>
        <translation>tenderdesk-cli: %1</translation>
    </message>
    <message>
        <source>Give the tender file: tender create --from FILE.json.</source>
        <translation>请指定招标项目文件：tender create --from FILE.json。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>Tender file to read.</source>
        <translation>要读取的招标项目文件。</translation>
    </message>
    <message>
        <source>--%1 is missing: %2</source>
        <translation>缺少 --%1：%2</translation>
    </message>
    <message>
        <source>Usage: tenderdesk-cli [--database PATH|URL] COMMAND

Commands:
  init                         create or upgrade the database
  demo [--seed N] [--tenders N]
                               fill an empty database with a demo market
  tenders list [--json] [--search TEXT] [--status CODE] [--category CODE]
               [--year YYYY] [--limit N]
                               list tenders by reference
  tenders show REFERENCE [--json]
                               one tender with its lots, criteria and bids
</source>
        <translation>用法：tenderdesk-cli [--database PATH|URL] COMMAND

命令：
  init                         创建或升级数据库
  demo [--seed N] [--tenders N]
                               向空数据库填充演示市场数据
  tenders list [--json] [--search TEXT] [--status CODE] [--category CODE]
               [--year YYYY] [--limit N]
                               按招标编号列出招标项目
  tenders show REFERENCE [--json]
                               显示单个招标项目及其标包、评审因素和投标
</translation>
    </message>
    <message>
        <source>  audit verify                 check the hash chain of the audit log
  version                      print the version

The database is an SQLite file (default: the application data folder) or a
PostgreSQL server: --database postgresql://user@host:port/database.
TENDERDESK_DATABASE sets it for every command.
</source>
        <translation>  audit verify                 校验审计日志的哈希链
  version                      显示版本信息

数据库可以是 SQLite 文件（默认位于应用程序数据文件夹），也可以是
PostgreSQL 服务器：--database postgresql://user@host:port/database。
设置环境变量 TENDERDESK_DATABASE 可为所有命令指定数据库。
</translation>
    </message>
    <message>
        <source>File holding the passphrase of the sealing key.</source>
        <translation>存放密封密钥口令的文件。</translation>
    </message>
    <message>
        <source>Why, as it is published.</source>
        <translation>理由（将公开发布）。</translation>
    </message>
    <message>
        <source>Organisation that asks.</source>
        <translation>提问单位。</translation>
    </message>
    <message>
        <source>Text of the question.</source>
        <translation>问题内容。</translation>
    </message>
    <message>
        <source>Text of the answer.</source>
        <translation>答复内容。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Language of the document.</source>
        <translation>文件语言。</translation>
    </message>
    <message>
        <source>Name one tender: %1</source>
        <translation>请指定一个招标项目：%1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3). Fix it and try again.</source>
        <translation>%1 不是 JSON 对象（第 %3 字节处：%2）。请修正后重试。</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>招标公告</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>变更公告</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>澄清答复</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>取消公告</translation>
    </message>
    <message>
        <source>tender edit REFERENCE --from FILE.json</source>
        <translation>tender edit REFERENCE --from FILE.json</translation>
    </message>
    <message>
        <source>to fix before publication: %1: %2</source>
        <translation>发布前须修正：%1：%2</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>草稿 %1 已保存。</translation>
    </message>
    <message>
        <source>warning: %1 can be read by other users; keep the passphrase file private (chmod 600).</source>
        <translation>警告：其他用户可以读取 %1；请确保口令文件仅本人可读（chmod 600）。</translation>
    </message>
    <message>
        <source>tender publish REFERENCE --passphrase-file FILE</source>
        <translation>tender publish REFERENCE --passphrase-file FILE</translation>
    </message>
    <message>
        <source>Tender %1 published as release %2. Bids are sealed to the key %3; keep the passphrase: it opens the bids.</source>
        <translation>招标项目 %1 已发布，发布版本为 %2。投标文件将使用公钥 %3 加密密封；请妥善保管口令：开标时须凭口令解密投标文件。</translation>
    </message>
    <message>
        <source>tender amend REFERENCE --from FILE.json --reason TEXT</source>
        <translation>tender amend REFERENCE --from FILE.json --reason TEXT</translation>
    </message>
    <message>
        <source>Tender %1 amended as release %2 (%3):</source>
        <translation>招标项目 %1 已发布变更公告，发布版本为 %2（%3）：</translation>
    </message>
    <message>
        <source>material change</source>
        <translation>实质性变更</translation>
    </message>
    <message>
        <source>not material</source>
        <translation>非实质性变更</translation>
    </message>
    <message>
        <source>tender ask REFERENCE --asker ORGANISATION --question TEXT</source>
        <translation>tender ask REFERENCE --asker ORGANISATION --question TEXT</translation>
    </message>
    <message>
        <source>No organisation named &apos;%1&apos; is in the database.</source>
        <translation>数据库中没有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>Question %1 recorded for tender %2.</source>
        <translation>已为招标项目 %2 登记问题 %1。</translation>
    </message>
    <message>
        <source>tender answer REFERENCE QUESTION --answer TEXT</source>
        <translation>tender answer REFERENCE QUESTION --answer TEXT</translation>
    </message>
    <message>
        <source>Name the tender and the question: %1</source>
        <translation>请指定招标项目和问题：%1</translation>
    </message>
    <message>
        <source>The question is given by its number, not &apos;%1&apos;.</source>
        <translation>问题须以编号指定，而不是“%1”。</translation>
    </message>
    <message>
        <source>Answer published to all bidders as release %1.</source>
        <translation>答复已向所有投标人发布，发布版本为 %1。</translation>
    </message>
    <message>
        <source>tender status REFERENCE STATUS [--reason TEXT]</source>
        <translation>tender status REFERENCE STATUS [--reason TEXT]</translation>
    </message>
    <message>
        <source>Name the tender and its new status: %1</source>
        <translation>请指定招标项目及其新状态：%1</translation>
    </message>
    <message>
        <source>Tender %1 is now %2.</source>
        <translation>招标项目 %1 的状态已变更为“%2”。</translation>
    </message>
    <message>
        <source>tender releases REFERENCE [--json]</source>
        <translation>tender releases REFERENCE [--json]</translation>
    </message>
    <message>
        <source>Tender %1 has not been published: it has no releases.</source>
        <translation>招标项目 %1 尚未发布：没有发布记录。</translation>
    </message>
    <message>
        <source>tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]</source>
        <translation>tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]</translation>
    </message>
    <message>
        <source>--lang is zh_CN or en, not &apos;%1&apos;.</source>
        <translation>--lang 的取值为 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>Tender document of %1 written to %2 (%3 KiB).</source>
        <translation>%1 的招标文件已写入 %2（%3 KiB）。</translation>
    </message>
    <message>
        <source>tender package REFERENCE --out FILE.zip</source>
        <translation>tender package REFERENCE --out FILE.zip</translation>
    </message>
    <message>
        <source>Tender %1 has not been published: publish it first, then export its package.</source>
        <translation>招标项目 %1 尚未发布：请先发布，再导出招标文件包。</translation>
    </message>
    <message>
        <source>Tender package of %1 written to %2.</source>
        <translation>%1 的招标文件包已写入 %2。</translation>
    </message>
    <message>
        <source>Unknown command &apos;tender %1&apos;.</source>
        <translation>未知命令“tender %1”。</translation>
    </message>
    <message>
        <source>  tender create --from FILE.json
                               create a draft tender (its category&apos;s template
                               fills what the file leaves out); prints its
                               reference
  tender edit REFERENCE --from FILE.json
                               change a draft: the file&apos;s fields replace its own
  tender publish REFERENCE --passphrase-file FILE
                               publish a draft: release 1 and the key pair bids
                               are sealed to (its private key under the
                               passphrase)
  tender amend REFERENCE --from FILE.json --reason TEXT
                               publish an amendment; a material change moves a
                               bid deadline nearer than 15 days
  tender ask REFERENCE --asker ORGANISATION --question TEXT
                               record a bidder&apos;s question; prints its number
  tender answer REFERENCE QUESTION --answer TEXT
                               publish the answer to all bidders
  tender status REFERENCE STATUS [--reason TEXT]
                               move the tender through its lifecycle
  tender releases REFERENCE [--json]
                               the published releases (--json: OCDS)
  tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]
                               print the tender document
  tender package REFERENCE --out FILE.zip
                               the package vendors need: OCDS release, documents,
                               benchmark suite, sealing key
</source>
        <translation>  tender create --from FILE.json
                               创建招标项目草稿（文件中未填写的内容
                               由该类别的模板补全），并输出
                               该草稿的招标编号
  tender edit REFERENCE --from FILE.json
                               修改草稿：以文件中的字段替换草稿中的对应内容
  tender publish REFERENCE --passphrase-file FILE
                               发布草稿：生成第 1 个发布版本及用于密封投标
                               文件的密钥对（私钥以口令加密保存）
  tender amend REFERENCE --from FILE.json --reason TEXT
                               发布变更公告；如为实质性变更且距投标截止时间
                               不足 15 日，将顺延投标截止时间
  tender ask REFERENCE --asker ORGANISATION --question TEXT
                               登记投标人提出的问题，并输出问题编号
  tender answer REFERENCE QUESTION --answer TEXT
                               向所有投标人发布答复
  tender status REFERENCE STATUS [--reason TEXT]
                               按招标流程变更招标项目状态
  tender releases REFERENCE [--json]
                               显示已发布的版本（--json：OCDS 格式）
  tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]
                               打印招标文件
  tender package REFERENCE --out FILE.zip
                               导出供应商所需的招标文件包：OCDS 发布数据、
                               招标文件、基准测试集和密封公钥
</translation>
    </message>
    <message numerus="yes">
        <source>Tender %1 has no question number %2; it has %n question(s).</source>
        <translation>
            <numerusform>招标项目 %1 没有编号为 %2 的问题；该项目共有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>unsuccessful</source>
        <translation>流标公告</translation>
    </message>
</context>
<context>
    <name>td::json</name>
    <message>
        <source>In the tender file, &apos;%1&apos; must be %2.</source>
        <translation>招标项目文件中的 &apos;%1&apos; 必须是%2。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>介于 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>a date and time with its offset, such as 2025-03-03T09:00:00+08:00</source>
        <translation>带时区偏移的日期时间，例如 2025-03-03T09:00:00+08:00</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下值之一：%1</translation>
    </message>
    <message>
        <source>a list of lots</source>
        <translation>标包列表</translation>
    </message>
    <message>
        <source>an object with a title and a budget</source>
        <translation>包含名称和预算的对象</translation>
    </message>
    <message>
        <source>a list of criteria</source>
        <translation>评审因素列表</translation>
    </message>
    <message>
        <source>an object with a code and a weight from 0 to 100</source>
        <translation>包含代码及 0 至 100 之间权重的对象</translation>
    </message>
    <message>
        <source>an amount such as {&quot;amount&quot;: &quot;1200000.00&quot;, &quot;currency&quot;: &quot;CNY&quot;}</source>
        <translation>金额，例如 {&quot;amount&quot;: &quot;1200000.00&quot;, &quot;currency&quot;: &quot;CNY&quot;}</translation>
    </message>
    <message>
        <source>an IANA time zone such as Asia/Shanghai</source>
        <translation>IANA 时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
</context>
<context>
    <name>td::lifecycle</name>
    <message>
        <source>The tender cannot be published yet: %1</source>
        <translation>招标项目暂不能发布：%1</translation>
    </message>
    <message>
        <source>The bid deadline (%1) has already passed; set a later one before publishing.</source>
        <translation>投标截止时间（%1）已过；请在发布前设置更晚的投标截止时间。</translation>
    </message>
    <message>
        <source>Say why the tender is unsuccessful; the reason is published.</source>
        <translation>请说明流标原因；该原因将公开发布。</translation>
    </message>
    <message>
        <source>Count the valid bids first: a tender is unsuccessful only with too few of them.</source>
        <translation>请先统计有效投标数量：只有在有效投标不足时，招标项目才能流标。</translation>
    </message>
    <message>
        <source>The tender has %1 valid bids; it can be declared unsuccessful only with fewer than %2.</source>
        <translation>该招标项目有 %1 份有效投标；只有在有效投标少于 %2 份时才能宣布流标。</translation>
    </message>
    <message>
        <source>The tender is %1: nothing follows that status.</source>
        <translation>招标项目的状态为“%1”：该状态之后不能再变更状态。</translation>
    </message>
    <message>
        <source>A tender cannot go from %1 to %2.</source>
        <translation>招标项目不能从“%1”状态变更为“%2”状态。</translation>
    </message>
    <message>
        <source>Tendering starts at publication, %1.</source>
        <translation>招标项目自发布时间 %1 起进入投标阶段。</translation>
    </message>
    <message>
        <source>The bid deadline is %1; bids are accepted until then.</source>
        <translation>投标截止时间为 %1；在此之前均可递交投标。</translation>
    </message>
    <message>
        <source>Bids are opened together at the opening time, %1.</source>
        <translation>所有投标将于开标时间 %1 统一开启。</translation>
    </message>
    <message>
        <source>Say why the tender is cancelled; the reason is published.</source>
        <translation>请说明取消该招标项目的原因；该原因将公开发布。</translation>
    </message>
</context>
<context>
    <name>td::ocds</name>
    <message>
        <source>%1 is too large to publish exactly in an OCDS release. Check the amount: OCDS amounts must stay below %2.</source>
        <translation>%1 过大，无法在 OCDS 发布数据中精确发布。请检查该金额：OCDS 金额必须小于 %2。</translation>
    </message>
</context>
<context>
    <name>td::ui::ClarificationsDialog</name>
    <message>
        <source>Clarifications of %1</source>
        <translation>%1 的澄清与答疑</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>提问时间</translation>
    </message>
    <message>
        <source>Asked by (not published)</source>
        <translation>提问单位（不公开）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>&amp;Record a question…</source>
        <translation>登记问题(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Answer to all bidders…</source>
        <translation>向所有投标人答复(&amp;A)…</translation>
    </message>
    <message>
        <source>Answers are published to every bidder as a new release of the tender and go into the tender package; the asker is never named.</source>
        <translation>答复将作为招标项目的新发布版本向所有投标人公开，并纳入招标文件包；提问单位始终不予公开。</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未答复）</translation>
    </message>
    <message>
        <source>Record a question</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>提问单位(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Answer question %1</source>
        <translation>答复问题 %1</translation>
    </message>
    <message>
        <source>%1

The answer is published to every bidder and cannot be changed afterwards.</source>
        <translation>%1

答复将向所有投标人公开，发布后不能修改。</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>新增单位(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>td::ui::DemoLoader</name>
    <message>
        <source>Writing the demo market: %1 tenders…</source>
        <translation>正在写入演示市场：%1 个招标项目…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation>演示市场</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>TenderDesk</source>
        <translation>TenderDesk</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>投标</translation>
    </message>
    <message>
        <source>Vendors will prepare their bids here: price and its breakdown, the model offered, the accelerators it runs on and the bid documents, then seal the bid to the tender&apos;s public key.</source>
        <translation>供应商将在此编制投标：报价及其明细、所投模型、模型运行所用的加速卡以及投标文件，然后使用该招标项目的公钥对投标进行加密密封。</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评标</translation>
    </message>
    <message>
        <source>Procurement staff will open sealed bids here, check compliance with the hardware rules, run the evaluation panel&apos;s scoring, review abnormally low prices and record the award.</source>
        <translation>采购人员将在此开启密封的投标，检查是否符合硬件要求，组织评标委员会评分，审查异常低价，并记录中标结果。</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Buyers will benchmark each vendor&apos;s on-premises model through its OpenAI-compatible endpoint here (speed and accuracy) and see the cost-to-serve it implies against the bid price.</source>
        <translation>采购人将在此通过各供应商本地部署模型的 OpenAI 兼容接口对其进行基准测试（速度与准确性），并将由此推算的服务成本与投标报价进行对比。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场分析</translation>
    </message>
    <message>
        <source>Analysts will study the whole market here: who wins, at what price, on which accelerators, who wins below cost, and export reports.</source>
        <translation>分析人员将在此研究整个市场：谁中标、以什么价格中标、使用哪些加速卡、谁以低于成本的价格中标，并可导出报告。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 tenders in the database</source>
        <translation>数据库中共有 %1 个招标项目</translation>
    </message>
    <message>
        <source>Demo market loaded: %1 tenders, %2 bids.</source>
        <translation>演示市场已加载：%1 个招标项目，%2 份投标。</translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation>演示市场</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;demo market…</source>
        <translation>加载演示市场(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find tenders</source>
        <translation>查找招标项目(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation>关于 TenderDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Welcome to TenderDesk</source>
        <translation>欢迎使用 TenderDesk</translation>
    </message>
    <message>
        <source>This database holds no tenders yet. Load a demo market of 931 generative-AI tenders published by central SOEs in 2024, with their bids and awards?</source>
        <translation>此数据库中尚无招标项目。是否加载演示市场？其中包含中央企业于 2024 年发布的 931 个生成式人工智能招标项目及其投标和中标结果。</translation>
    </message>
    <message>
        <source>The demo market is only loaded into an empty database. Start TenderDesk with --database NEW-FILE to try it.</source>
        <translation>演示市场只能加载到空数据库中。如需试用，请使用 --database NEW-FILE 启动 TenderDesk。</translation>
    </message>
    <message>
        <source>About TenderDesk</source>
        <translation>关于 TenderDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TenderDesk %1&lt;/h3&gt;&lt;p&gt;Tenders, bids and market analysis for state-owned enterprises buying generative AI.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TenderDesk %1&lt;/h3&gt;&lt;p&gt;面向采购生成式人工智能的国有企业，提供招标、投标与市场分析。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The demo market is still being written. Cancel it first, or wait until it is done.</source>
        <translation>演示市场仍在写入中。请先取消写入，或等待写入完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n tender(s) moved on as their deadlines passed.</source>
        <translation>
            <numerusform>%n 个招标项目已因截止时间到达而进入下一阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tender</source>
        <translation>招标项目(&amp;T)</translation>
    </message>
</context>
<context>
    <name>td::ui::NewTenderDialog</name>
    <message>
        <source>New tender</source>
        <translation>新建招标项目</translation>
    </message>
    <message>
        <source>The category&apos;s template fills in lots, criteria and weights, the benchmark suite, service levels and hardware rules; all of it can be edited.</source>
        <translation>该类别的模板将填入标包、评审因素及权重、基准测试集、服务水平和硬件要求；所有内容均可编辑。</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>创建草稿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>采购人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;New buyer…</source>
        <translation>新增采购人(&amp;N)…</translation>
    </message>
    <message>
        <source>Leave it empty to keep the template&apos;s ceiling, or give an amount in yuan.</source>
        <translation>留空则沿用模板中的最高限价，或填写以元为单位的金额。</translation>
    </message>
    <message>
        <source>Budget &amp;ceiling (CNY, optional):</source>
        <translation>最高限价（元，可选）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>td::ui::OrganizationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Legal &amp;name:</source>
        <translation>法定名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Unified social credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单位类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>所在城市(&amp;I)：</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s legal name.</source>
        <translation>请填写单位的法定名称。</translation>
    </message>
    <message>
        <source>Give its 18-character unified social credit code.</source>
        <translation>请填写 18 位统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>td::ui::PlannedWorkspace</name>
    <message>
        <source>This workspace is not built yet: it arrives in a later version of TenderDesk.</source>
        <translation>此工作区尚未推出，将在 TenderDesk 的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>td::ui::PublishDialog</name>
    <message>
        <source>Publish tender %1</source>
        <translation>发布招标项目 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Publication makes release 1 of the tender and the key pair that bids are sealed to. The private key is kept encrypted under this passphrase and is needed to open the bids. It cannot be recovered: keep it safe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;发布将生成招标项目的第 1 个发布版本，以及用于密封投标文件的密钥对。私钥以此口令加密保存，开标时须凭其解密投标文件。口令丢失后无法找回：请妥善保管。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Published with these warnings:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;已发布，但存在以下警告：&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>td::ui::TenderActions</name>
    <message>
        <source>&amp;New tender…</source>
        <translation>新建招标项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Clarifications…</source>
        <translation>澄清与答疑(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Tender document (&amp;Chinese PDF)…</source>
        <translation>招标文件（中文 PDF）(&amp;C)…</translation>
    </message>
    <message>
        <source>Tender document (&amp;English PDF)…</source>
        <translation>招标文件（英文 PDF）(&amp;E)…</translation>
    </message>
    <message>
        <source>Tender &amp;package…</source>
        <translation>招标文件包(&amp;P)…</translation>
    </message>
    <message>
        <source>Create a tender from its category&apos;s template (Ctrl+N)</source>
        <translation>按类别模板新建招标项目（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the draft, or amend the published tender (Ctrl+E)</source>
        <translation>编辑草稿，或变更已发布的招标项目（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>变更(&amp;A)…</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>新建招标项目</translation>
    </message>
    <message>
        <source>Edit tender</source>
        <translation>编辑招标项目</translation>
    </message>
    <message>
        <source>Amend tender</source>
        <translation>变更招标项目</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>

The change is material: the bid deadline moved to %1 so that bidders have 15 days.</source>
        <translation>

本次变更为实质性变更：投标截止时间已顺延至 %1，以确保投标人有 15 日的准备时间。</translation>
    </message>
    <message>
        <source>Amendment published as release %1.%2</source>
        <translation>变更公告已发布，发布版本为 %1。%2</translation>
    </message>
    <message>
        <source>Publish tender</source>
        <translation>发布招标项目</translation>
    </message>
    <message>
        <source>Tender %1 cannot be published yet: %2</source>
        <translation>招标项目 %1 暂不能发布：%2</translation>
    </message>
    <message>
        <source>Tender %1 is published as release %2. Export its package (Ctrl+Shift+E) for the vendors.</source>
        <translation>招标项目 %1 已发布，发布版本为 %2。请导出其招标文件包（Ctrl+Shift+E）提供给供应商。</translation>
    </message>
    <message>
        <source>Record a question</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>答复问题</translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation>澄清与答疑</translation>
    </message>
    <message>
        <source>Tender %1</source>
        <translation>招标项目 %1</translation>
    </message>
    <message>
        <source>Why is the tender cancelled? The reason is published.</source>
        <translation>取消该招标项目的原因是什么？该原因将公开发布。</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Tender document</source>
        <translation>招标文件</translation>
    </message>
    <message>
        <source>Save tender document</source>
        <translation>保存招标文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The tender document was saved to %1.</source>
        <translation>招标文件已保存至 %1。</translation>
    </message>
    <message>
        <source>Tender package</source>
        <translation>招标文件包</translation>
    </message>
    <message>
        <source>Tender %1 has not been published: publish it first, then export its package.</source>
        <translation>招标项目 %1 尚未发布：请先发布，再导出招标文件包。</translation>
    </message>
    <message>
        <source>Save tender package</source>
        <translation>保存招标文件包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>The tender package was saved to %1.</source>
        <translation>招标文件包已保存至 %1。</translation>
    </message>
    <message>
        <source>Publishing %1: making the key pair that bids are sealed to…</source>
        <translation>正在发布 %1：正在生成用于密封投标文件的密钥对…</translation>
    </message>
    <message>
        <source>Why is the tender unsuccessful? The reason is published.</source>
        <translation>招标为何失败（流标）？原因将随公告发布。</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新增单位</translation>
    </message>
</context>
<context>
    <name>td::ui::TenderDetailView</name>
    <message>
        <source>Select a tender to see its lots, criteria and weights, hardware rules, timeline and bids.</source>
        <translation>请选择一个招标项目，查看其标包、评审因素及权重、硬件要求、时间节点和投标。</translation>
    </message>
    <message>
        <source>Loading the tender…</source>
        <translation>正在加载招标项目…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation>采购方式</translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation>最高限价</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Evaluation criteria and weights</source>
        <translation>评审因素及权重</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审因素</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hardware rules</source>
        <translation>硬件要求</translation>
    </message>
    <message>
        <source>Minimum domestic accelerator share</source>
        <translation>国产加速卡最低占比</translation>
    </message>
    <message>
        <source>Excluded accelerators</source>
        <translation>禁用加速卡型号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Workload and service levels</source>
        <translation>业务负载与服务水平</translation>
    </message>
    <message>
        <source>Contracted output tokens per year</source>
        <translation>合同约定年输出 token 量</translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation>并发用户数</translation>
    </message>
    <message>
        <source>Time to first token, p95</source>
        <translation>首字时延（P95）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time per output token, p95</source>
        <translation>每输出 token 时延（P95）</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间节点（%1）</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Clarification deadline</source>
        <translation>澄清截止时间</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Bid opening</source>
        <translation>开标时间</translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation>澄清</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>尚未答复。</translation>
    </message>
    <message>
        <source>Bids (%1)</source>
        <translation>投标（%1）</translation>
    </message>
    <message>
        <source>No bids.</source>
        <translation>无投标。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Of lot budget</source>
        <translation>占标包预算</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Domestic share</source>
        <translation>国产占比</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>中标</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>低于最低占比</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>禁用型号：%1</translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation>不在目录中：%1</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Why and what changed</source>
        <translation>理由及变更内容</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>招标公告</translation>
    </message>
    <message>
        <source>amendment (material)</source>
        <translation>变更公告（实质性变更）</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>变更公告</translation>
    </message>
    <message>
        <source>answer to a question</source>
        <translation>澄清答复</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>取消公告</translation>
    </message>
    <message>
        <source>unsuccessful</source>
        <translation>流标公告</translation>
    </message>
</context>
<context>
    <name>td::ui::TenderEditor</name>
    <message>
        <source>Draft tender %1</source>
        <translation>招标项目草稿 %1</translation>
    </message>
    <message>
        <source>Amend tender %1</source>
        <translation>变更招标项目 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish amendment…</source>
        <translation>发布变更公告(&amp;P)…</translation>
    </message>
    <message>
        <source>Save and p&amp;ublish…</source>
        <translation>保存并发布(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Ready to publish: every check passes.</source>
        <translation>可以发布：所有检查均已通过。</translation>
    </message>
    <message numerus="yes">
        <source>Can be published; %n warning(s) to consider.</source>
        <translation>
            <numerusform>可以发布；有 %n 条警告需要注意。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before publication.</source>
        <translation>
            <numerusform>发布前须修正 %n 个错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未作任何修改。</translation>
    </message>
    <message>
        <source>Publish amendment</source>
        <translation>发布变更公告</translation>
    </message>
    <message>
        <source>Why is the tender amended? The reason is published with the amendment to every bidder.</source>
        <translation>变更该招标项目的理由是什么？该理由将随变更公告向所有投标人公开。</translation>
    </message>
    <message>
        <source>An amendment needs its reason; nothing was published.</source>
        <translation>变更公告须说明理由；未发布任何内容。</translation>
    </message>
    <message>
        <source>Changes to %1 that were not saved were kept at %2. Restore them?</source>
        <translation>%1 有未保存的修改，已于 %2 自动保留。是否恢复这些修改？</translation>
    </message>
    <message>
        <source>restore autosaved changes</source>
        <translation>恢复自动保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to draft %1?</source>
        <translation>是否保存对草稿 %1 的修改？</translation>
    </message>
    <message>
        <source>The changes to %1 have not been published as an amendment. Publish them now?</source>
        <translation>对 %1 的修改尚未作为变更公告发布。是否立即发布？</translation>
    </message>
</context>
<context>
    <name>td::ui::TenderFilterBar</name>
    <message>
        <source>Search titles and descriptions (Ctrl+F)</source>
        <translation>搜索项目名称和描述（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>全部采购人</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 tenders</source>
        <translation>%1 个招标项目</translation>
    </message>
</context>
<context>
    <name>td::ui::TenderForm</name>
    <message>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间节点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lots</source>
        <translation>标包(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>评审因素(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hardware and service levels</source>
        <translation>硬件与服务水平(&amp;H)</translation>
    </message>
    <message>
        <source>The amount in yuan, e.g. 3800000.00</source>
        <translation>以元为单位的金额，例如 3800000.00</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>招标编号：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>采购人(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Procurement &amp;method:</source>
        <translation>采购方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Budget &amp;ceiling (CNY):</source>
        <translation>最高限价（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Time &amp;zone of deadlines:</source>
        <translation>截止时间所用时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>项目描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Times are in the tender&apos;s time zone (General page). A publication time in the past means: publish now.</source>
        <translation>以下时间均为招标项目所用时区（见“基本信息”页）的时间。发布时间早于当前时间表示立即发布。</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>发布时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Clarification deadline:</source>
        <translation>澄清截止时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bid deadline:</source>
        <translation>投标截止时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Bid &amp;opening:</source>
        <translation>开标时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Budget (CNY)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>添加标包</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>删除标包</translation>
    </message>
    <message>
        <source>add a lot</source>
        <translation>添加标包</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>标包 %1</translation>
    </message>
    <message>
        <source>remove lot %1</source>
        <translation>删除标包 %1</translation>
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
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加评审因素</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除评审因素</translation>
    </message>
    <message>
        <source>add a criterion</source>
        <translation>添加评审因素</translation>
    </message>
    <message>
        <source>remove criterion %1</source>
        <translation>删除评审因素“%1”</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1（进口）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Minimum &amp;domestic accelerator share:</source>
        <translation>国产加速卡最低占比(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;xcluded accelerator models:</source>
        <translation>禁用加速卡型号(&amp;X)：</translation>
    </message>
    <message>
        <source>Contracted output &amp;tokens per year:</source>
        <translation>合同约定年输出 token 量(&amp;T)：</translation>
    </message>
    <message>
        <source>Concurrent &amp;users:</source>
        <translation>并发用户数(&amp;U)：</translation>
    </message>
    <message>
        <source>SLO: p95 time to first token:</source>
        <translation>服务水平目标 - 首字时延（P95）：</translation>
    </message>
    <message>
        <source>SLO: p95 time per output token:</source>
        <translation>服务水平目标 - 每输出 token 时延（P95）：</translation>
    </message>
    <message>
        <source>SLO: availability:</source>
        <translation>服务水平目标 - 可用性：</translation>
    </message>
    <message>
        <source>&amp;Benchmark suite:</source>
        <translation>基准测试集(&amp;B)：</translation>
    </message>
    <message>
        <source>edit the title</source>
        <translation>编辑项目名称</translation>
    </message>
    <message>
        <source>edit the description</source>
        <translation>编辑项目描述</translation>
    </message>
    <message>
        <source>change the buyer</source>
        <translation>更改采购人</translation>
    </message>
    <message>
        <source>change the category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>change the procurement method</source>
        <translation>更改采购方式</translation>
    </message>
    <message>
        <source>edit the budget ceiling</source>
        <translation>编辑最高限价</translation>
    </message>
    <message>
        <source>change the time zone</source>
        <translation>更改时区</translation>
    </message>
    <message>
        <source>change the publication time</source>
        <translation>更改发布时间</translation>
    </message>
    <message>
        <source>change the clarification deadline</source>
        <translation>更改澄清截止时间</translation>
    </message>
    <message>
        <source>change the bid deadline</source>
        <translation>更改投标截止时间</translation>
    </message>
    <message>
        <source>change the opening time</source>
        <translation>更改开标时间</translation>
    </message>
    <message>
        <source>rename lot %1</source>
        <translation>重命名标包 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Write the budget in yuan, e.g. 1200000.00.</source>
        <translation>“%1”不是有效金额。请以元为单位填写预算，例如 1200000.00。</translation>
    </message>
    <message>
        <source>change the budget of lot %1</source>
        <translation>更改标包 %1 的预算</translation>
    </message>
    <message>
        <source>A criterion needs its code, such as price or technical.</source>
        <translation>评审因素必须有代码，例如 price 或 technical。</translation>
    </message>
    <message>
        <source>change a criterion&apos;s code</source>
        <translation>更改评审因素代码</translation>
    </message>
    <message>
        <source>rename a criterion</source>
        <translation>重命名评审因素</translation>
    </message>
    <message>
        <source>A weight is a whole number of percent from 0 to 100, not &apos;%1&apos;.</source>
        <translation>权重应为 0 至 100 之间的整数百分比，而不是“%1”。</translation>
    </message>
    <message>
        <source>change the weight of %1</source>
        <translation>更改“%1”的权重</translation>
    </message>
    <message>
        <source>change the minimum domestic share</source>
        <translation>更改国产加速卡最低占比</translation>
    </message>
    <message>
        <source>exclude %1</source>
        <translation>禁用 %1</translation>
    </message>
    <message>
        <source>allow %1</source>
        <translation>允许 %1</translation>
    </message>
    <message>
        <source>change the contracted tokens</source>
        <translation>更改合同约定 token 量</translation>
    </message>
    <message>
        <source>change the concurrent users</source>
        <translation>更改并发用户数</translation>
    </message>
    <message>
        <source>change the time-to-first-token SLO</source>
        <translation>更改首字时延目标</translation>
    </message>
    <message>
        <source>change the time-per-output-token SLO</source>
        <translation>更改每输出 token 时延目标</translation>
    </message>
    <message>
        <source>change the availability SLO</source>
        <translation>更改可用性目标</translation>
    </message>
    <message>
        <source>change the benchmark suite</source>
        <translation>更改基准测试集</translation>
    </message>
    <message>
        <source>Sum of weights: %1 of 100</source>
        <translation>权重合计：%1 / 100</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write the ceiling in yuan, e.g. 3800000.00.</source>
        <translation>“%1”不是有效金额：请以元为单位填写最高限价，例如 3800000.00。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tokens.</source>
        <translation>“%1”不是有效的 token 数量。</translation>
    </message>
</context>
<context>
    <name>td::ui::TendersWorkspace</name>
    <message>
        <source>Load the demo market</source>
        <translation>加载演示市场</translation>
    </message>
    <message>
        <source>No tender matches these filters. Clear the search or choose other filters.</source>
        <translation>没有符合当前筛选条件的招标项目。请清除搜索内容或选择其他筛选条件。</translation>
    </message>
    <message>
        <source>This tender no longer exists.</source>
        <translation>该招标项目已不存在。</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标项目</translation>
    </message>
    <message>
        <source>The database holds no tenders yet. Load the demo market to explore TenderDesk, or create a tender (Ctrl+N).</source>
        <translation>数据库中尚无招标项目。可加载演示市场来体验 TenderDesk，或新建招标项目（Ctrl+N）。</translation>
    </message>
</context>
</TS>
