<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accelerators</name>
    <message>
        <source>The built-in accelerator catalog is missing from this build. Reinstall TenderDesk.</source>
        <translation>此版本缺少内置的加速卡目录。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>The hourly price of %1 cannot be negative.</source>
        <translation>%1 的小时价格不能为负数。</translation>
    </message>
    <message>
        <source>The hourly price of %1 has no currency: give it in CNY.</source>
        <translation>%1 的每小时价格未注明币种：请以 CNY 填写。</translation>
    </message>
    <message>
        <source>The power of %1 cannot be negative.</source>
        <translation>%1 的功率不能为负数。</translation>
    </message>
    <message>
        <source>The memory and peak throughput of %1 cannot be negative.</source>
        <translation>%1 的显存容量和峰值算力不能为负数。</translation>
    </message>
    <message>
        <source>The accelerator catalog has no model &apos;%1&apos;; nothing was changed.</source>
        <translation>加速卡目录中没有型号“%1”；未作任何更改。</translation>
    </message>
    <message>
        <source>The purchase price of %1 cannot be negative.</source>
        <translation>%1 的购置价格不能为负数。</translation>
    </message>
    <message>
        <source>The purchase price of %1 has no currency: give it in CNY.</source>
        <translation>%1 的购置价格缺少币种：请以人民币填写。</translation>
    </message>
    <message>
        <source>The service life of %1 must be at least one year.</source>
        <translation>%1 的使用年限至少为一年。</translation>
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
    <message>
        <source>Entry %1 is missing: %2.</source>
        <translation>第 %1 条记录缺失：%2。</translation>
    </message>
    <message>
        <source>Entry %1 does not match its anchor: %2, with the hash %3, but the entry has the hash %4. The log was rewritten at or before entry %1.</source>
        <translation>第 %1 条记录与其锚点不符：%2，锚点的哈希为 %3，而该记录的哈希为 %4。日志在第 %1 条记录处或之前被改写。</translation>
    </message>
    <message>
        <source>Entry 1 is missing: every entry of the log was deleted; %1.</source>
        <translation>第 1 条记录缺失：日志的全部记录均被删除；%1。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log was truncated after entry %2; %3.</source>
        <translation>第 %1 条记录缺失：日志在第 %2 条记录之后被截断；%3。</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>release %1 was published when the log stood at entry %2</source>
        <translation>发布版本 %1 发布时，日志的最新记录为第 %2 条</translation>
    </message>
    <message>
        <source>the entry of release %1 comes right after entry %2, the newest entry when the release was published</source>
        <translation>发布版本 %1 的审计记录紧随第 %2 条记录之后，即该版本发布时日志的最新记录</translation>
    </message>
    <message>
        <source>an anchor given to the check names entry %1</source>
        <translation>核对时给出的锚点指向第 %1 条记录</translation>
    </message>
    <message>
        <source>Release %1 has no audit entry: its entry %2 was cut off with the end of the log.</source>
        <translation>发布版本 %1 没有审计记录：其第 %2 条记录随日志末尾一起被截掉。</translation>
    </message>
    <message>
        <source>Release %1 has no audit entry: no entry of the log records it. The release was written around TenderDesk, or its entry was changed.</source>
        <translation>发布版本 %1 没有审计记录：日志中没有任何记录载明该版本。该版本是绕过 TenderDesk 写入的，或其审计记录已被修改。</translation>
    </message>
    <message>
        <source>Release %1 is recorded by entry %2, but it carries entry %3 as the newest before its own: the release or the log was changed.</source>
        <translation>发布版本 %1 由第 %2 条记录载明，但它所带的审计链头是第 %3 条记录，而该条应紧接在其自身记录之前：该版本或日志已被修改。</translation>
    </message>
    <message>
        <source>Release %1 is not the release that entry %2 recorded: its content was changed after it was published.</source>
        <translation>发布版本 %1 与第 %2 条记录所载的版本不符：其内容在发布后被修改。</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <source>The catalog entry %1 has an unreadable %2: correct the catalog file.</source>
        <translation>目录条目 %1 中的 %2 无法读取：请修正目录文件。</translation>
    </message>
    <message>
        <source>A built-in catalog (%1) is missing from this build. Reinstall TenderDesk.</source>
        <translation>此版本缺少内置目录（%1）。请重新安装 TenderDesk。</translation>
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
    <message>
        <source>Model licences</source>
        <translation>模型授权</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Deployment and integration</source>
        <translation>部署与集成</translation>
    </message>
    <message>
        <source>Annual service</source>
        <translation>年度运维服务</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>货物和服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>This desk&apos;s tender</source>
        <translation>本机的招标项目</translation>
    </message>
    <message>
        <source>Another buyer&apos;s tender (imported)</source>
        <translation>其他采购人的招标项目（已导入）</translation>
    </message>
    <message>
        <source>Technical proposal</source>
        <translation>技术方案</translation>
    </message>
    <message>
        <source>Commercial offer and price schedule</source>
        <translation>商务报价文件</translation>
    </message>
    <message>
        <source>Qualification documents</source>
        <translation>资格证明文件</translation>
    </message>
    <message>
        <source>Benchmark report</source>
        <translation>性能与准确率测试报告</translation>
    </message>
    <message>
        <source>Security and localisation statement</source>
        <translation>信息安全与国产化说明</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>售后服务与培训方案</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>A published procurement process (OCDS import)</source>
        <translation>公开发布的采购过程（OCDS 导入）</translation>
    </message>
</context>
<context>
    <name>CostAssumptions</name>
    <message>
        <source>No bid has the number %1.</source>
        <translation>没有编号为 %1 的投标。</translation>
    </message>
    <message>
        <source>A contract lasts at least one year; set the number of years to 1 or more.</source>
        <translation>合同期限至少为一年；请将年数设为 1 或以上。</translation>
    </message>
    <message>
        <source>Fixed costs are an amount of zero or more, in the bid&apos;s currency.</source>
        <translation>固定成本须为零或以上的金额，币种与投标相同。</translation>
    </message>
    <message>
        <source>The bid is priced in %1: give its fixed costs in %1 too.</source>
        <translation>该投标以 %1 报价：请同样以 %1 填写其固定成本。</translation>
    </message>
    <message>
        <source>The hosting catalog has no option &apos;%1&apos;: choose one it lists.</source>
        <translation>托管方案目录中没有“%1”：请选择目录中列出的托管方案。</translation>
    </message>
    <message>
        <source>The voucher catalog has no city &apos;%1&apos;: choose one it lists, or no voucher.</source>
        <translation>算力券目录中没有城市“%1”：请选择目录中列出的城市，或不使用算力券。</translation>
    </message>
</context>
<context>
    <name>CostCatalogs</name>
    <message>
        <source>Hosting option %1 needs a name.</source>
        <translation>请为托管方案 %1 填写名称。</translation>
    </message>
    <message>
        <source>The electricity price of %1 cannot be negative.</source>
        <translation>%1 的电价不能为负数。</translation>
    </message>
    <message>
        <source>The PUE of %1 cannot be below 1.00: a data centre uses at least the energy of its IT load.</source>
        <translation>%1 的 PUE 不能低于 1.00：数据中心的能耗至少等于其 IT 负载的能耗。</translation>
    </message>
    <message>
        <source>The %1 voucher needs a name.</source>
        <translation>请填写 %1 算力券的名称。</translation>
    </message>
    <message>
        <source>The subsidy rate of %1 must lie between 0% and 100%.</source>
        <translation>%1 的补贴比例必须介于 0% 至 100% 之间。</translation>
    </message>
    <message>
        <source>The cap of %1 must be an amount of zero or more.</source>
        <translation>%1 的上限必须是零或以上的金额。</translation>
    </message>
    <message>
        <source>No compute voucher is known for %1: add it to the voucher catalog before naming it at %2.</source>
        <translation>目录中没有 %1 的算力券：请先将其添加到算力券目录，再在 %2 中指定。</translation>
    </message>
    <message>
        <source>The hosting catalog has no option &apos;%1&apos;; nothing was changed.</source>
        <translation>托管方案目录中没有方案“%1”；未作任何更改。</translation>
    </message>
    <message>
        <source>The voucher catalog has no city &apos;%1&apos;; nothing was changed.</source>
        <translation>算力券目录中没有城市“%1”；未作任何更改。</translation>
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
    <name>EvaluationText</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Points out of a criterion&apos;s weight: &quot;12.50 / 20&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Profitable</source>
        <translation>盈利</translation>
    </message>
    <message>
        <source>Below cost without the voucher</source>
        <translation>不含算力券低于成本</translation>
    </message>
    <message>
        <source>Below cost even with the voucher</source>
        <translation>含算力券仍低于成本</translation>
    </message>
    <message>
        <source>No benchmark yet</source>
        <translation>尚无基准测试</translation>
    </message>
    <message>
        <source>Profitable: the price %1 covers the cost-to-serve of %2 without a compute voucher.</source>
        <translation>盈利：报价 %1 不依赖算力券即可覆盖 %2 的服务成本。</translation>
    </message>
    <message>
        <source>Below cost only without the voucher: the price %1 is below the cost-to-serve of %2 at list price, and covers the %3 it costs with the compute voucher.</source>
        <translation>仅在不含算力券时低于成本：报价 %1 低于按目录价计算的服务成本 %2，但可覆盖使用算力券后的成本 %3。</translation>
    </message>
    <message>
        <source>Below cost even with the voucher: the price %1 is below the cost-to-serve of %2, and of %3 with the compute voucher.</source>
        <translation>含算力券仍低于成本：报价 %1 低于服务成本 %2，也低于使用算力券后的 %3。</translation>
    </message>
    <message>
        <source>No benchmark yet: no stored benchmark run of this deployment to work out its cost-to-serve.</source>
        <translation>尚无基准测试：该部署没有已保存的基准测试运行，无法测算其服务成本。</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Awaiting the panel&apos;s decision</source>
        <translation>待评标委员会决定</translation>
    </message>
    <message>
        <source>Accepted: the price stands</source>
        <translation>已接受：报价成立</translation>
    </message>
    <message>
        <source>Rejected: the bid is invalid</source>
        <translation>已否决：投标无效</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>The chair of the evaluation panel</extracomment>
        <translation>组长</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>A member of the evaluation panel</extracomment>
        <translation>成员</translation>
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
    <message>
        <source>The database is busy: another program has been writing to it for too long. Nothing was written; try again when it has finished.</source>
        <translation>数据库正忙：另一个程序写入数据的时间过长。未写入任何数据；请待其完成后重试。</translation>
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
    <name>analytics</name>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 早于 --from %2。</translation>
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
    <message>
        <source>No single choice letter could be read from the answer.</source>
        <translation>无法从回答中读取唯一的选项字母。</translation>
    </message>
    <message>
        <source>Code answers were not scored because this run had no code sandbox.</source>
        <translation>由于本次运行没有代码沙箱，代码类答案未评分。</translation>
    </message>
    <message>
        <source>The answer holds no Python code to test.</source>
        <translation>回答中没有可供测试的 Python 代码。</translation>
    </message>
    <message>
        <source>The code sandbox was ended from outside.</source>
        <translation>代码沙箱被外部终止。</translation>
    </message>
    <message>
        <source>The code sandbox could not run the code: %1</source>
        <translation>代码沙箱无法运行代码：%1</translation>
    </message>
    <message>
        <source>The code needed more than %1 MiB of memory.
%2</source>
        <translation>代码所需内存超过 %1 MiB。
%2</translation>
    </message>
    <message>
        <source>The code used up its %1 s of processor time and was stopped.</source>
        <translation>代码已用完 %1 秒的处理器时间，已被终止。</translation>
    </message>
    <message>
        <source>The code ended with exit code %1.</source>
        <translation>代码以退出码 %1 结束。</translation>
    </message>
    <message>
        <source>Code answers are not scored: bubblewrap (bwrap), the sandbox they run in, is not installed. Install the bubblewrap package and run the benchmark again.</source>
        <translation>代码类回答未评分：未安装运行这些代码所用的沙箱 bubblewrap（bwrap）。请安装 bubblewrap 软件包，然后重新运行基准测试。</translation>
    </message>
    <message>
        <source>Code answers are not scored: no python3 under /usr is on the PATH. Install the python3 package and run the benchmark again.</source>
        <translation>代码类答案不予评分：PATH 中没有位于 /usr 下的 python3。请安装 python3 软件包，然后重新运行基准测试。</translation>
    </message>
    <message>
        <source>Code answers are not scored: the bubblewrap sandbox does not work on this computer (%1). Allow unprivileged user namespaces or run TenderDesk where bubblewrap works.</source>
        <translation>代码类回答未评分：bubblewrap 沙箱在此计算机上无法工作（%1）。请允许非特权用户命名空间，或在 bubblewrap 可正常工作的环境中运行 TenderDesk。</translation>
    </message>
    <message>
        <source>The code could not be written to a temporary file: %1</source>
        <translation>无法将代码写入临时文件：%1</translation>
    </message>
    <message>
        <source>The code sandbox (%1) could not be started: %2</source>
        <translation>无法启动代码沙箱（%1）：%2</translation>
    </message>
    <message>
        <source>The code sandbox did not start within %1 ms.</source>
        <translation>代码沙箱未能在 %1 毫秒内启动。</translation>
    </message>
    <message>
        <source>The code was still running after %1 ms and was stopped.</source>
        <translation>代码运行超过 %1 毫秒仍未结束，已被终止。</translation>
    </message>
    <message>
        <source>Item %1 of the benchmark suite &quot;%2&quot; is in the language &quot;%3&quot;; suite items are in zh_CN or en.</source>
        <translation>基准测试集“%2”的条目 %1 的语言为“%3”；测试集条目的语言只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Item %1 of the benchmark suite &quot;%2&quot; has no &quot;%3&quot;. Add it to the suite file.</source>
        <translation>基准测试集“%2”中的条目 %1 缺少“%3”。请将其添加到测试集文件中。</translation>
    </message>
    <message>
        <source>Item %1 of the benchmark suite &quot;%2&quot; gives &quot;%3&quot; as something other than a positive whole number.</source>
        <translation>基准测试集“%2”的条目 %1 中，“%3”的值不是正整数。</translation>
    </message>
    <message>
        <source>Item %1 of the benchmark suite &quot;%2&quot; has the choice &quot;%3&quot;; a choice is a capital letter with a text.</source>
        <translation>基准测试集“%2”中的条目 %1 含有选项“%3”；选项应由一个大写字母及其文本组成。</translation>
    </message>
    <message>
        <source>Item %1 of the benchmark suite &quot;%2&quot; gives the answer &quot;%3&quot;, which is not one of its choices.</source>
        <translation>基准测试集“%2”的条目 %1 给出的答案“%3”不在其选项之中。</translation>
    </message>
    <message>
        <source>The benchmark suite is not valid JSON (%1 at byte %2). Check that the file is a TenderDesk suite and was copied whole.</source>
        <translation>基准测试集不是有效的 JSON（第 %2 字节处：%1）。请检查该文件是否为 TenderDesk 测试集，以及是否已完整复制。</translation>
    </message>
    <message>
        <source>The benchmark suite is not a JSON object. Check that the file is a TenderDesk suite.</source>
        <translation>基准测试集不是 JSON 对象。请检查该文件是否为 TenderDesk 测试集。</translation>
    </message>
    <message>
        <source>The benchmark suite has the format &quot;%1&quot;, but TenderDesk reads &quot;%2&quot;. Use a suite written for this version of TenderDesk.</source>
        <translation>基准测试集的格式为“%1”，但 TenderDesk 读取的格式为“%2”。请使用为此版本 TenderDesk 编写的测试集。</translation>
    </message>
    <message>
        <source>The benchmark suite has no &quot;name&quot;. Add it to the suite file.</source>
        <translation>基准测试集缺少 &quot;name&quot;。请在测试集文件中添加。</translation>
    </message>
    <message>
        <source>The benchmark suite &quot;%1&quot; is scored by &quot;%2&quot;; TenderDesk scores &quot;multipleChoice&quot; and &quot;codeTests&quot; suites.</source>
        <translation>基准测试集“%1”的评分方式为“%2”；TenderDesk 只能为“multipleChoice”和“codeTests”类测试集评分。</translation>
    </message>
    <message>
        <source>The benchmark suite &quot;%1&quot; has no items.</source>
        <translation>基准测试集“%1”没有任何条目。</translation>
    </message>
    <message>
        <source>The benchmark suite &quot;%1&quot; has two items with the id &quot;%2&quot;. Give every item its own id.</source>
        <translation>基准测试集“%1”中有两个条目的 ID 均为“%2”。请为每个条目指定唯一的 ID。</translation>
    </message>
    <message>
        <source>The benchmark suite &quot;%1&quot; has no system prompt in %2, the language of item %3.</source>
        <translation>基准测试集“%1”缺少条目 %3 所用语言 %2 的系统提示词。</translation>
    </message>
    <message>
        <source>Cannot read the benchmark suite %1: %2.</source>
        <translation>无法读取基准测试集 %1：%2。</translation>
    </message>
    <message>
        <source>benchmark run %1: the sweep&apos;s highest concurrency within the SLOs</source>
        <translation>基准测试运行 %1：扫描中满足服务水平目标的最高并发</translation>
    </message>
    <message>
        <source>benchmark run %1: even the sweep&apos;s lowest concurrency missed the SLOs</source>
        <translation>基准测试运行 %1：扫描中最低并发也未满足服务水平目标</translation>
    </message>
    <message>
        <source>benchmark run %1: its fixed concurrency, within the SLOs</source>
        <translation>基准测试运行 %1：其固定并发，满足服务水平目标</translation>
    </message>
    <message>
        <source>benchmark run %1: its fixed concurrency, which missed the SLOs</source>
        <translation>基准测试运行 %1：其固定并发，未满足服务水平目标</translation>
    </message>
    <message>
        <source>benchmark run %1: requests in flight at its rate (rate × mean end-to-end latency), within the SLOs</source>
        <translation>基准测试运行 %1：按其请求速率在途的请求数（速率 × 平均端到端时延），满足服务水平目标</translation>
    </message>
    <message>
        <source>benchmark run %1: requests in flight at its rate (rate × mean end-to-end latency), which missed the SLOs</source>
        <translation>基准测试运行 %1：按其请求速率在途的请求数（速率 × 平均端到端时延），未满足服务水平目标</translation>
    </message>
    <message>
        <source>  Peak concurrent requests</source>
        <translation>  峰值并发请求数</translation>
    </message>
    <message>
        <source>Purchase kind</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>The price weight is %1%; MOF Order 87 expects at least %2% for goods (this tender buys goods). Raise the price weight, or keep on file why Order 87 does not bind this tender.</source>
        <translation>价格权重为 %1%；财政部令第87号要求货物项目的价格权重不低于 %2%（本项目采购货物）。请提高价格权重，或留存本项目不受第87号令约束的理由说明。</translation>
    </message>
    <message>
        <source>The price weight is %1%; MOF Order 87 expects at least %2% for services (this tender buys services). Raise the price weight, or keep on file why Order 87 does not bind this tender.</source>
        <translation>价格权重为 %1%；财政部令第87号要求服务项目的价格权重不低于 %2%（本项目采购服务）。请提高价格权重，或留存本项目不受第87号令约束的理由说明。</translation>
    </message>
    <message>
        <source>The price weight is %1%; MOF Order 87 expects at least %2% for goods (this tender buys goods and services, and its goods part is bound by the goods minimum). Raise the price weight, or keep on file why Order 87 does not bind this tender.</source>
        <translation>价格权重为 %1%；财政部令第87号要求货物项目的价格权重不低于 %2%（本项目采购货物和服务，其中货物部分受货物项目最低权重约束）。请提高价格权重，或留存本项目不受第87号令约束的理由说明。</translation>
    </message>
    <message>
        <source>%1 (derived: one tenth of the concurrent users)</source>
        <translation>%1（推算：并发用户数的十分之一）</translation>
    </message>
    <message>
        <source>The file is not a PDF document: it does not begin with a PDF header. Ask the bidder for the document as a PDF.</source>
        <translation>该文件不是 PDF 文档：文件开头没有 PDF 文件头。请要求投标人提供 PDF 格式的文件。</translation>
    </message>
    <message>
        <source>The PDF document is damaged: its end is missing, so it was probably cut short. Ask the bidder for a complete copy.</source>
        <translation>该 PDF 文档已损坏：文件结尾缺失，可能传输不完整。请要求投标人提供完整的文件。</translation>
    </message>
    <message>
        <source>The PDF document is damaged and cannot be read. Ask the bidder for a readable copy.</source>
        <translation>该 PDF 文档已损坏，无法读取。请要求投标人提供可以读取的文件。</translation>
    </message>
    <message>
        <source>The PDF document is encrypted and needs a password to open. Ask the bidder for a copy without a password.</source>
        <translation>该 PDF 文档已加密，需要密码才能打开。请要求投标人提供未设密码的文件。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF document is damaged and cannot be read. Ask the bidder for a readable copy.</source>
        <translation>该 PDF 文档第 %1 页已损坏，无法读取。请要求投标人提供可以读取的文件。</translation>
    </message>
    <message>
        <source>no receipt time on record</source>
        <translation>没有收到时间记录</translation>
    </message>
    <message>
        <source>received %1, after the deadline %2</source>
        <translation>收到时间 %1，晚于截止时间 %2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>收到时间 %1</translation>
    </message>
    <message>
        <source>no budget to compare with</source>
        <translation>没有可比较的预算</translation>
    </message>
    <message>
        <source>%1 ≤ budget %2</source>
        <translation>%1 ≤ 预算 %2</translation>
    </message>
    <message>
        <source>%1 &gt; budget %2</source>
        <translation>%1 &gt; 预算 %2</translation>
    </message>
    <message>
        <source>%1 of %2 accelerators domestic (%3%); the tender requires %4%</source>
        <translation>%2 张加速卡中 %1 张为国产（%3%）；招标要求 %4%</translation>
    </message>
    <message>
        <source>no accelerator declared</source>
        <translation>未申报加速卡</translation>
    </message>
    <message>
        <source>none of the excluded models</source>
        <translation>无排除型号</translation>
    </message>
    <message>
        <source>declares %1, which the tender excludes</source>
        <translation>申报了招标排除的 %1</translation>
    </message>
    <message>
        <source>declares %1, which the catalog does not know: its origin cannot be judged</source>
        <translation>申报了目录中没有的 %1：无法判断其产地</translation>
    </message>
    <message>
        <source>not checked: the bid did not come through this desk&apos;s opening</source>
        <translation>未检查：该投标未经本台开标</translation>
    </message>
    <message>
        <source>every mandatory document is in the bid</source>
        <translation>必交文件齐全</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>time to first token p95 %1 ms &gt; %2 ms</source>
        <translation>首字时延 p95 %1 毫秒 &gt; %2 毫秒</translation>
    </message>
    <message>
        <source>time per output token p95 %1 ms &gt; %2 ms</source>
        <translation>每输出词元时延 p95 %1 毫秒 &gt; %2 毫秒</translation>
    </message>
    <message>
        <source>no service levels declared</source>
        <translation>未申报服务水平</translation>
    </message>
    <message>
        <source>declares %1 ms to first token and %2 ms per output token (p95)</source>
        <translation>申报首字时延 %1 毫秒、每输出词元 %2 毫秒（p95）</translation>
    </message>
    <message>
        <source>opened and verified</source>
        <translation>已解密并验证</translation>
    </message>
    <message>
        <source>%1 is not on the panel of %2. The panel: %3.</source>
        <translation>%1 不是 %2 评标委员会成员。委员会：%3。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无成员</translation>
    </message>
    <message>
        <source>Tender %1 has no bid %2.</source>
        <translation>招标 %1 没有投标 %2。</translation>
    </message>
    <message>
        <source>There is no tender %1 in this database.</source>
        <translation>数据库中没有招标 %1。</translation>
    </message>
    <message>
        <source>Cannot read the database (%1): %2</source>
        <translation>无法读取数据库（%1）：%2</translation>
    </message>
</context>
<context>
    <name>td::BidChecks</name>
    <message>
        <source>Tender %1 has no lot %2; choose one of its lots.</source>
        <translation>招标项目 %1 没有标段 %2；请选择其中一个标段。</translation>
    </message>
    <message>
        <source>The amount is in %1, but lot %2 is priced in %3; give every amount in %3.</source>
        <translation>该金额以 %1 计价，但标段 %2 以 %3 计价；请将所有金额均以 %3 填写。</translation>
    </message>
    <message>
        <source>The bid has no total price; give the price of the whole contract.</source>
        <translation>投标没有总价；请填写整个合同的价格。</translation>
    </message>
    <message>
        <source>The total price %1 is above the budget of lot %2 (%3); a bid above the budget is invalid.</source>
        <translation>总价 %1 超过标段 %2 的预算（%3）；超过预算的投标无效。</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, not to the total price %2; correct a line or the total.</source>
        <translation>分项报价合计为 %1，与总价 %2 不符；请更正某一分项或总价。</translation>
    </message>
    <message>
        <source>Name the model the bid offers (its family, such as DeepSeek-V3 or Qwen2.5).</source>
        <translation>请填写投标所提供的模型（模型系列，如 DeepSeek-V3 或 Qwen2.5）。</translation>
    </message>
    <message>
        <source>%1 is not in the accelerator catalog, so its origin cannot be judged; choose a model of the catalog.</source>
        <translation>%1 不在加速卡目录中，无法判断其产地；请选择目录中的型号。</translation>
    </message>
    <message>
        <source>Tender %1 excludes %2; a bid that declares it is not compliant.</source>
        <translation>招标项目 %1 排除了 %2；申报该型号的投标不符合要求。</translation>
    </message>
    <message>
        <source>%1 is under US export controls for China: the buyer may ask how it was obtained lawfully, and may not accept it.</source>
        <translation>%1 受美国对华出口管制：采购人可能要求说明其合法来源，也可能不予接受。</translation>
    </message>
    <message>
        <source>Declare the accelerators the model will be served on (model and count): the tender&apos;s hardware rules are checked on them.</source>
        <translation>请申报部署模型所用的加速卡（型号和数量）：招标项目的硬件要求将据此核查。</translation>
    </message>
    <message>
        <source>The domestic share is %1 by accelerator count (%2 of %3), below the minimum of %4% that tender %5 sets.</source>
        <translation>按加速卡数量计，国产占比为 %1（%3 张中的 %2 张），低于招标项目 %5 规定的最低 %4%。</translation>
    </message>
    <message>
        <source>By peak compute it is %1.</source>
        <translation>按峰值算力计为 %1。</translation>
    </message>
    <message>
        <source>Tender %1 requires the document &quot;%2&quot;; attach it as a PDF.</source>
        <translation>招标项目 %1 要求提交文件“%2”；请以 PDF 格式附上。</translation>
    </message>
    <message>
        <source>This price is %1 below your cost to serve (%2): the buyer may ask you to prove it is not below cost.</source>
        <translation>该报价比您的服务成本（%2）低 %1：采购人可能要求您证明报价不低于成本。</translation>
    </message>
    <message>
        <source>With the compute voucher it covers its cost (%1).</source>
        <translation>使用算力券后可覆盖成本（%1）。</translation>
    </message>
    <message>
        <source>This price is %1 above your cost to serve (%2).</source>
        <translation>该报价比您的服务成本（%2）高 %1。</translation>
    </message>
</context>
<context>
    <name>td::BidOpening</name>
    <message>
        <source>No tender has the reference &apos;%1&apos;.</source>
        <translation>没有招标编号为“%1”的招标项目。</translation>
    </message>
    <message>
        <source>The bids of tender %1 were opened already; they are opened only once.</source>
        <translation>招标项目 %1 的投标文件已开启；投标文件只开启一次。</translation>
    </message>
    <message>
        <source>Tender %1 is %2: it has no bids to open.</source>
        <translation>招标项目 %1 为“%2”状态：没有可开启的投标文件。</translation>
    </message>
    <message>
        <source>The bids of tender %1 are opened after its bid deadline, %2; until then they stay sealed.</source>
        <translation>招标项目 %1 的投标文件在投标截止时间（%2）之后开启；在此之前保持密封。</translation>
    </message>
    <message>
        <source>Tender %1 changed meanwhile; nothing was opened. Look at it again.</source>
        <translation>招标项目 %1 在此期间已被更改；未开启任何投标文件。请重新查看。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n valid bid(s) were opened, fewer than the %1 that this procurement method needs: tender %2 may fail. Declare it unsuccessful if the evaluation confirms it.</source>
        <translation>
            <numerusform>仅开启 %n 份有效投标，少于本采购方式要求的 %1 份：招标项目 %2 可能流标。评审确认后，请宣布其失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tender %1 has no sealing key, so no bid was sealed to it.</source>
        <translation>招标项目 %1 没有密封密钥，因此没有投标文件以其密封。</translation>
    </message>
</context>
<context>
    <name>td::BidPackageManifest</name>
    <message>
        <source>The bid package&apos;s manifest is malformed: &apos;%1&apos; is missing or wrong. Ask the vendor for a new package.</source>
        <translation>投标文件包的清单格式有误：“%1”缺失或有误。请投标人重新提供文件包。</translation>
    </message>
</context>
<context>
    <name>td::BidPackageReader</name>
    <message>
        <source>The bid package has no manifest.json, so nothing says what it holds or who sent it. Ask the vendor to make the package again with TenderDesk.</source>
        <translation>投标文件包中没有 manifest.json，无法得知其内容和递交人。请投标人用 TenderDesk 重新制作投标文件包。</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, which a %2 package does not hold. Ask the vendor to make the package again with TenderDesk.</source>
        <translation>清单列出了“%1”，而 %2 类文件包不应包含该文件。请投标人用 TenderDesk 重新制作投标文件包。</translation>
    </message>
    <message>
        <source>The manifest lists &quot;%1&quot;, but the package does not hold it. Ask the vendor for the complete package.</source>
        <translation>清单列出了“%1”，但文件包中没有该文件。请投标人提供完整的文件包。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is not the file its manifest vouches for (its size or SHA-256 differs): it was changed or damaged after signing. Ask the vendor for a new copy.</source>
        <translation>文件包中的“%1”不是清单所担保的文件（大小或 SHA-256 不符）：签名后已被更改或损坏。请投标人重新提供。</translation>
    </message>
    <message>
        <source>The manifest does not list &quot;%1&quot;, which a %2 package must hold. Ask the vendor to make the package again with TenderDesk.</source>
        <translation>清单未列出 %2 类文件包必须包含的“%1”。请投标人用 TenderDesk 重新制作投标文件包。</translation>
    </message>
    <message>
        <source>The package holds &quot;%1&quot;, which its manifest does not list: nothing vouches for it. Ask the vendor for a package made by TenderDesk alone.</source>
        <translation>文件包含有清单未列出的“%1”：没有任何签名为其担保。请投标人提供仅由 TenderDesk 制作的文件包。</translation>
    </message>
    <message>
        <source>The vendor&apos;s certificate in the manifest cannot be read (%1), so the signature cannot be checked.</source>
        <translation>无法读取清单中的投标人证书（%1），因此无法验证签名。</translation>
    </message>
    <message>
        <source>The certificate in the manifest is not the one the manifest names for %1 (USCC %2): its fingerprint, USCC or algorithm differs.</source>
        <translation>清单中的证书与清单为 %1（统一社会信用代码 %2）所载的证书不符：其指纹、信用代码或算法不同。</translation>
    </message>
    <message>
        <source>The signature of the bid package does not match its manifest and the vendor&apos;s certificate: the manifest was changed after signing, or someone else signed it.</source>
        <translation>投标文件包的签名与其清单及投标人证书不符：清单在签名后被更改，或由他人签名。</translation>
    </message>
    <message>
        <source>Could not read %1 (%2). Check that the file exists and that you may read it.</source>
        <translation>无法读取 %1（%2）。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>The bid package has no signature (%1): nothing shows who sent it. Ask the vendor to sign the package with TenderDesk.</source>
        <translation>投标文件包没有签名（%1）：无法证明递交人。请投标人用 TenderDesk 对文件包签名。</translation>
    </message>
</context>
<context>
    <name>td::BidPackageWriter</name>
    <message>
        <source>Could not read %1 again (%2).</source>
        <translation>无法再次读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Could not create a temporary file beside %1 (%2). Check that the folder exists, that you may write to it and that the disk has free space.</source>
        <translation>无法在 %1 旁创建临时文件（%2）。请检查文件夹是否存在、您是否有写入权限以及磁盘是否有剩余空间。</translation>
    </message>
    <message>
        <source>The document %1 (%2) cannot be read: %3. Check its path in the bid file and the documents folder.</source>
        <translation>无法读取文件 %1（%2）：%3。请检查投标文件中的路径和文件夹。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>The document %1 (%2) is not a PDF. Bid documents are sealed as PDF files: export it as PDF and attach that.</source>
        <translation>文件 %1（%2）不是 PDF。投标文件以 PDF 格式密封：请将其导出为 PDF 后再附上。</translation>
    </message>
    <message>
        <source>Could not create the bid package %1 (%2). Check that the folder exists and that you may write to it.</source>
        <translation>无法创建投标文件包 %1（%2）。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <source>Could not save the bid package %1 (%2). Check that the disk has free space and that you may write to the folder.</source>
        <translation>无法保存投标文件包 %1（%2）。请检查磁盘是否有剩余空间，以及您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Could not read the bid package %1 back (%2).</source>
        <translation>无法回读投标文件包 %1（%2）。</translation>
    </message>
    <message>
        <source>This desk has no tender %1; import its tender package first.</source>
        <translation>本工作台没有招标项目 %1；请先导入其招标文件包。</translation>
    </message>
    <message>
        <source>Tender %1 has no key to seal bids to; import its tender package again.</source>
        <translation>招标项目 %1 没有用于密封投标的公钥；请重新导入其招标文件包。</translation>
    </message>
    <message>
        <source>The bid is for tender %1, not for %2; check the bid file&apos;s &quot;tender&quot;.</source>
        <translation>该投标针对招标项目 %1，而不是 %2；请检查投标文件中的“tender”。</translation>
    </message>
    <message>
        <source>Could not read the sealed bid&apos;s temporary file again (%1).</source>
        <translation>无法再次读取待密封投标的临时文件（%1）。</translation>
    </message>
    <message>
        <source>The document %1 (%2) would not open at the bid opening: %3.</source>
        <translation>文件 %1（%2）在开标时将无法打开：%3。</translation>
    </message>
</context>
<context>
    <name>td::BidReceipt</name>
    <message>
        <source>Tender %1 takes no bids: it is %2.</source>
        <translation>招标项目 %1 不接受投标：其状态为“%2”。</translation>
    </message>
    <message>
        <source>The bid deadline of tender %1 passed at %2; a late bid is refused and never opened.</source>
        <translation>招标项目 %1 的投标截止时间已于 %2 届满；逾期投标予以拒收，且不予开启。</translation>
    </message>
    <message>
        <source>Tender %1 takes bids from its publication, %2.</source>
        <translation>招标项目 %1 自发布时间 %2 起接受投标。</translation>
    </message>
    <message>
        <source>The bid is sealed to the key %1, which is not the key of tender %2: it could never be opened. Ask the vendor to seal it again with this tender&apos;s package.</source>
        <translation>该投标以密钥 %1 密封，而该密钥不是招标项目 %2 的密钥：无法开启。请投标人使用本项目的招标文件包重新密封。</translation>
    </message>
    <message>
        <source>The vendor&apos;s certificate is valid from %1 to %2, not now: the signature does not count. Ask the vendor to make a new signing identity.</source>
        <translation>投标人证书的有效期为 %1 至 %2，当前不在有效期内：签名无效。请投标人重新创建签名身份。</translation>
    </message>
    <message>
        <source>The vendor&apos;s unified social credit code %1 is not valid: %2</source>
        <translation>投标人的统一社会信用代码 %1 无效：%2</translation>
    </message>
    <message>
        <source>No tender here has the reference %1: the bid is for another tender or another buyer.</source>
        <translation>本工作台没有编号为 %1 的招标项目：该投标属于其他项目或其他采购人。</translation>
    </message>
    <message>
        <source>This very package (SHA-256 %1) was received before; it counts once.</source>
        <translation>该文件包（SHA-256 %1）此前已接收；同一文件包只计一次。</translation>
    </message>
    <message>
        <source>%1 has no bid for tender %2 to withdraw.</source>
        <translation>%1 在招标项目 %2 中没有可撤回的投标。</translation>
    </message>
    <message>
        <source>The withdrawal is signed with another certificate than the bid it would withdraw; only the key that signed the bid can withdraw it.</source>
        <translation>撤回通知所用证书与拟撤回投标的证书不同；只有签署该投标的密钥才能撤回它。</translation>
    </message>
</context>
<context>
    <name>td::BidUnsealing</name>
    <message>
        <source>Could not create a temporary file to unseal the bid into (%1). Check that the temporary folder has free space.</source>
        <translation>无法创建用于解封投标的临时文件（%1）。请检查临时文件夹是否有可用空间。</translation>
    </message>
    <message>
        <source>The bid could not be unsealed: %1</source>
        <translation>无法解封该投标：%1</translation>
    </message>
    <message>
        <source>Could not write the unsealed bid to a temporary file (%1).</source>
        <translation>无法将解封的投标写入临时文件（%1）。</translation>
    </message>
    <message>
        <source>The unsealed bid is not a safe zip of bid.json and its documents: %1</source>
        <translation>解封后的内容不是包含 bid.json 及其文件的安全 zip：%1</translation>
    </message>
    <message>
        <source>The bid is for lot %1, which tender %2 does not have.</source>
        <translation>该投标针对第 %1 包，而招标项目 %2 没有该标包。</translation>
    </message>
    <message>
        <source>The breakdown line &quot;%1&quot; is in %2, the total in %3: a bid is in one currency.</source>
        <translation>分项“%1”以 %2 计价，总价以 %3 计价：一份投标只能使用一种币种。</translation>
    </message>
    <message>
        <source>The price per million tokens is in %1, the total in %2: a bid is in one currency.</source>
        <translation>每百万词元价格以 %1 计价，总价以 %2 计价：一份投标只能使用一种币种。</translation>
    </message>
    <message>
        <source>The total price of the bid is negative.</source>
        <translation>投标总价为负数。</translation>
    </message>
    <message>
        <source>The bid declares %1 units of %2; a hardware line needs at least one.</source>
        <translation>投标申报了 %1 台 %2；每行硬件至少为一台。</translation>
    </message>
    <message>
        <source>bid.json lists the document &quot;%1&quot;, which the sealed bid does not hold.</source>
        <translation>bid.json 列出了文件“%1”，但密封的投标中没有该文件。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is not the one bid.json vouches for: its size or SHA-256 differs.</source>
        <translation>文件“%1”不是 bid.json 所担保的文件：其大小或 SHA-256 不符。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; cannot be read as a PDF: %2</source>
        <translation>文件“%1”无法作为 PDF 读取：%2</translation>
    </message>
    <message>
        <source>The sealed bid holds &quot;%1&quot;, which bid.json does not list: nothing vouches for it.</source>
        <translation>密封的投标含有 bid.json 未列出的“%1”：没有任何内容为其担保。</translation>
    </message>
    <message>
        <source>The unsealed bid has no bid.json: nothing says what is offered.</source>
        <translation>解封的投标中没有 bid.json：无法得知投标内容。</translation>
    </message>
    <message>
        <source>bid.json is not a valid bid: %1</source>
        <translation>bid.json 不是有效的投标：%1</translation>
    </message>
    <message>
        <source>The sealed bid is for tender %1, not %2, although its package named %2.</source>
        <translation>密封的投标针对招标项目 %1，而非 %2，尽管其文件包标明为 %2。</translation>
    </message>
</context>
<context>
    <name>td::Certificates</name>
    <message>
        <source>Could not make a certificate (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法生成证书（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::ChineseFonts</name>
    <message>
        <source>No font for Chinese is installed: printed tender documents will show blanks where the Chinese text should be. Install the %1 package (sudo apt install %1) and print again.</source>
        <translation>未安装中文字体：打印的招标文件中，中文文字处将显示为空白。请安装 %1 软件包（sudo apt install %1）后重新打印。</translation>
    </message>
</context>
<context>
    <name>td::CipherSuite</name>
    <message>
        <source>International algorithms (P-256, AES-256-GCM)</source>
        <translation>国际算法（P-256、AES-256-GCM）</translation>
    </message>
    <message>
        <source>Chinese national algorithms (SM2, SM4, SM3)</source>
        <translation>国密算法（SM2、SM4、SM3）</translation>
    </message>
    <message>
        <source>Bids are sealed in standard CMS with elliptic-curve P-256 and AES-256-GCM; any OpenSSL opens them. Suits tenders without a requirement for Chinese cryptography.</source>
        <translation>投标文件以标准 CMS 格式、椭圆曲线 P-256 和 AES-256-GCM 加密密封，任何 OpenSSL 均可解密。适用于未要求使用国产密码算法的招标项目。</translation>
    </message>
    <message>
        <source>Bids are sealed with the Chinese commercial algorithms SM2, SM4 and SM3 (GB/T 32918, 32907, 32905). Choose it when the tender must use national cryptography.</source>
        <translation>投标文件以国家商用密码算法 SM2、SM4 和 SM3（GB/T 32918、32907、32905）加密密封。招标项目须使用国产密码时请选择此项。</translation>
    </message>
    <message>
        <source>The key algorithm &quot;%1&quot; is neither EC P-256 nor SM2. Use a key made by TenderDesk.</source>
        <translation>密钥算法“%1”既不是 EC P-256 也不是 SM2。请使用 TenderDesk 生成的密钥。</translation>
    </message>
</context>
<context>
    <name>td::CollusionText</name>
    <message>
        <source>Near-duplicate documents</source>
        <translation>投标文件高度雷同</translation>
    </message>
    <message>
        <source>Identical document metadata</source>
        <translation>文档属性相同</translation>
    </message>
    <message>
        <source>Identical files</source>
        <translation>文件完全相同</translation>
    </message>
    <message>
        <source>Identical prices</source>
        <translation>报价相同</translation>
    </message>
    <message>
        <source>Evenly spaced prices</source>
        <translation>报价等差分布</translation>
    </message>
    <message>
        <source>Same computer</source>
        <translation>同一台电脑</translation>
    </message>
    <message>
        <source>Same project manager</source>
        <translation>项目负责人相同</translation>
    </message>
    <message>
        <source>Same bid security account</source>
        <translation>保证金出自同一账户</translation>
    </message>
    <message>
        <source>Article 40 (1): bid documents prepared by the same entity or person</source>
        <translation>第四十条第（一）项：不同投标人的投标文件由同一单位或者个人编制</translation>
    </message>
    <message>
        <source>Article 40 (2): the same entity or person handled the bidding</source>
        <translation>第四十条第（二）项：不同投标人委托同一单位或者个人办理投标事宜</translation>
    </message>
    <message>
        <source>Article 40 (3): the same project manager named</source>
        <translation>第四十条第（三）项：不同投标人的投标文件载明的项目管理成员为同一人</translation>
    </message>
    <message>
        <source>Article 40 (4): bid documents abnormally alike, or prices differing by a regular pattern</source>
        <translation>第四十条第（四）项：不同投标人的投标文件异常一致或者投标报价呈规律性差异</translation>
    </message>
    <message>
        <source>Article 40 (5): bid documents mixed up with each other&apos;s</source>
        <translation>第四十条第（五）项：不同投标人的投标文件相互混装</translation>
    </message>
    <message>
        <source>Article 40 (6): bid securities paid from the same account</source>
        <translation>第四十条第（六）项：不同投标人的投标保证金从同一单位或者个人的账户转出</translation>
    </message>
</context>
<context>
    <name>td::Compliance</name>
    <message>
        <source>Received in time</source>
        <translation>按时送达</translation>
    </message>
    <message>
        <source>Within the budget</source>
        <translation>未超预算</translation>
    </message>
    <message>
        <source>Domestic accelerator share</source>
        <translation>国产加速卡占比</translation>
    </message>
    <message>
        <source>No excluded accelerator</source>
        <translation>无排除的加速卡</translation>
    </message>
    <message>
        <source>Mandatory documents</source>
        <translation>必交文件</translation>
    </message>
    <message>
        <source>Declared service levels</source>
        <translation>申报的服务水平</translation>
    </message>
    <message>
        <source>Unsealed and signature verified</source>
        <translation>已解密且签名有效</translation>
    </message>
</context>
<context>
    <name>td::CostModel</name>
    <message>
        <source>The bid has no price: enter its total price before costing it.</source>
        <translation>该投标没有报价：请先填写其总报价，再计算成本。</translation>
    </message>
    <message>
        <source>The bid is priced in %1, but electricity prices and voucher caps are in CNY: only bids in CNY can be costed.</source>
        <translation>该投标以 %1 报价，但电价和算力券上限均以 CNY 计：只能核算以 CNY 报价的投标的成本。</translation>
    </message>
    <message>
        <source>The tender states no contracted volume: set its tokens per year (the tender&apos;s workload) before costing a bid.</source>
        <translation>招标项目未规定合同用量：请先在招标项目的业务负载中设置年 token 量，再计算投标的成本。</translation>
    </message>
    <message>
        <source>The contract must last at least one year: set the contract years in the bid&apos;s cost assumptions.</source>
        <translation>合同期限必须至少为一年：请在该投标的成本假设中设置合同年数。</translation>
    </message>
    <message>
        <source>No throughput was measured on this bid&apos;s deployment: run the on-prem benchmark (Benchmarks) before costing it.</source>
        <translation>尚未在此投标的部署上测得吞吐量：请先在“基准测试”工作区运行本地部署基准测试，再计算成本。</translation>
    </message>
    <message>
        <source>The bid declares no accelerators, so there is nothing to rent or power: enter the hardware the bid declares.</source>
        <translation>该投标未申报任何加速卡，因此无从计算租金和电费：请录入该投标申报的硬件。</translation>
    </message>
    <message>
        <source>Choose where the deployment runs (a hosting option) in the bid&apos;s cost assumptions.</source>
        <translation>请在投标的成本假设中选择部署运行的位置（托管方案）。</translation>
    </message>
    <message>
        <source>The PUE of %1 is below 1.00: correct it in the hosting catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的 PUE 低于 1.00：请在托管方案目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The electricity price of %1 is negative: correct it in the hosting catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的电价为负数：请在托管方案目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>Fixed costs must be an amount of zero or more in %1, the bid&apos;s currency: correct the bid&apos;s cost assumptions.</source>
        <translation>固定成本必须是以投标币种 %1 计的零或以上金额：请更正该投标的成本假设。</translation>
    </message>
    <message>
        <source>The cap of %1 is in %2, not in %3: correct it in the voucher catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的上限币种为 %2，而非 %3：请在算力券目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The bid declares %1, which is not in the accelerator catalog: add it there (Benchmarks &gt; Accelerator catalog) or correct the bid&apos;s hardware.</source>
        <translation>该投标申报了 %1，但加速卡目录中没有该型号：请将其添加到目录中（基准测试 &gt; 加速卡目录），或更正该投标的硬件。</translation>
    </message>
    <message>
        <source>The bid declares %1 units of %2: correct its hardware.</source>
        <translation>该投标申报了 %1 张 %2：请更正其硬件配置。</translation>
    </message>
    <message>
        <source>Set the hourly price of %1 in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>请在加速卡目录中设置 %1 的小时价格（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The hourly price of %1 is in %2, not in %3 like the bid: set it in %3 in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的每小时价格币种为 %2，与投标币种 %3 不一致：请在加速卡目录中改为以 %3 计价（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The price and power of %1 cannot be negative: correct them in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的价格和功率不能为负数：请在加速卡目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The cost is too large to work out to the fen: check the measured throughput (%1 tokens/s) and the contracted volume.</source>
        <translation>成本过大，无法精确计算到分：请检查测得的吞吐量（%1 token/秒）和合同用量。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Contracted volume (V)</source>
        <translation>合同用量（V）</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>the tender&apos;s volume over the contract</source>
        <translation>招标项目在合同期内的用量</translation>
    </message>
    <message>
        <source>Deployment-hours (H)</source>
        <translation>部署小时数（H）</translation>
    </message>
    <message>
        <source>Bid price (B)</source>
        <translation>投标报价（B）</translation>
    </message>
    <message>
        <source>the bid&apos;s total price</source>
        <translation>投标的总报价</translation>
    </message>
    <message>
        <source>The contracted volume is too large to cost: check the tender&apos;s tokens per year.</source>
        <translation>合同用量过大，无法核算成本：请检查招标项目的年 token 量。</translation>
    </message>
    <message>
        <source>Contracted volume</source>
        <translation>合同用量</translation>
    </message>
    <message>
        <source>V = tokens per year × contract years</source>
        <translation>V = 年 token 量 × 合同年数</translation>
    </message>
    <message>
        <source>Tokens per year</source>
        <translation>年 token 量</translation>
    </message>
    <message>
        <source>the tender&apos;s workload</source>
        <translation>招标项目的业务负载</translation>
    </message>
    <message>
        <source>the bid&apos;s cost assumptions</source>
        <translation>该投标的成本假设</translation>
    </message>
    <message>
        <source>Deployment-hours</source>
        <translation>部署小时数</translation>
    </message>
    <message>
        <source>Measured output throughput (T)</source>
        <translation>实测输出吞吐量（T）</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>measured on the declared deployment</source>
        <translation>在申报的部署上实测</translation>
    </message>
    <message>
        <source>%1 × %2 (nᵢ)</source>
        <translation>%1 × %2（nᵢ）</translation>
    </message>
    <message>
        <source>declared in the bid</source>
        <translation>投标中申报</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>加速卡小时数</translation>
    </message>
    <message>
        <source>Hourly price of %1 (pᵢ), %2 declared (nᵢ)</source>
        <translation>%1 的每小时价格（pᵢ），申报 %2 张（nᵢ）</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>accelerator catalog</source>
        <translation>加速卡目录</translation>
    </message>
    <message>
        <source>Power of %1 (wᵢ), %2 declared (nᵢ)</source>
        <translation>%1 的功率（wᵢ），申报 %2 张（nᵢ）</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>hosting catalog</source>
        <translation>托管方案目录</translation>
    </message>
    <message>
        <source>PUE of %1</source>
        <translation>%1 的 PUE</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Energy (E)</source>
        <translation>用电量（E）</translation>
    </message>
    <message>
        <source>Electricity price at %1 (e)</source>
        <translation>%1 的电价（e）</translation>
    </message>
    <message>
        <source>¥%1 per kWh</source>
        <translation>¥%1/kWh</translation>
    </message>
    <message>
        <source>Fixed costs</source>
        <translation>固定成本</translation>
    </message>
    <message>
        <source>Fixed costs (F)</source>
        <translation>固定成本（F）</translation>
    </message>
    <message>
        <source>the bid&apos;s cost assumptions: integration, staff, licences over the contract</source>
        <translation>投标的成本假设：合同期内的集成、人员和许可费用</translation>
    </message>
    <message>
        <source>Cost to serve without voucher</source>
        <translation>服务成本（不含算力券）</translation>
    </message>
    <message>
        <source>Electricity (P)</source>
        <translation>电费（P）</translation>
    </message>
    <message>
        <source>No compute voucher was chosen for this bid.</source>
        <translation>该投标未选择算力券。</translation>
    </message>
    <message>
        <source>S = 0 (no voucher)</source>
        <translation>S = 0（未使用算力券）</translation>
    </message>
    <message>
        <source>%1 cannot be spent at %2, which accepts no compute voucher.</source>
        <translation>%1 不能在 %2 使用：该处不接受任何算力券。</translation>
    </message>
    <message>
        <source>%1 cannot be spent at %2, which accepts the vouchers of %3 only.</source>
        <translation>%1 不能在 %2 使用：该托管方案仅接受 %3 的算力券。</translation>
    </message>
    <message>
        <source>S = 0 (voucher not accepted there)</source>
        <translation>S = 0（该处不接受此算力券）</translation>
    </message>
    <message>
        <source>voucher catalog</source>
        <translation>算力券目录</translation>
    </message>
    <message>
        <source>Subsidy rate of %1 (s)</source>
        <translation>%1 的补贴比例（s）</translation>
    </message>
    <message>
        <source>Cap per contract</source>
        <translation>每份合同上限</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>未规定</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>算力券</translation>
    </message>
    <message>
        <source>Voucher subsidy</source>
        <translation>算力券补贴</translation>
    </message>
    <message>
        <source>Cost to serve with voucher</source>
        <translation>使用算力券后的服务成本</translation>
    </message>
    <message>
        <source>Cost without voucher (C₀)</source>
        <translation>未使用算力券的成本（C₀）</translation>
    </message>
    <message>
        <source>Voucher subsidy (S)</source>
        <translation>算力券补贴（S）</translation>
    </message>
    <message>
        <source>The cost per million tokens is too large to work out: check the contracted volume.</source>
        <translation>每百万 token 成本过大，无法计算：请检查合同用量。</translation>
    </message>
    <message>
        <source>Cost per million output tokens without voucher</source>
        <translation>每百万输出 token 成本（不含算力券）</translation>
    </message>
    <message>
        <source>%1 per million tokens</source>
        <translation>%1/百万 token</translation>
    </message>
    <message>
        <source>Cost per million output tokens with voucher</source>
        <translation>使用算力券后的每百万输出 token 成本</translation>
    </message>
    <message>
        <source>Cost with voucher (C₁)</source>
        <translation>使用算力券后的成本（C₁）</translation>
    </message>
    <message>
        <source>Margin without voucher</source>
        <translation>利润率（不含算力券）</translation>
    </message>
    <message>
        <source>Margin with voucher</source>
        <translation>利润率（含算力券）</translation>
    </message>
    <message>
        <source>Subsidy-dependent: below cost at list price, covered with the voucher</source>
        <translation>依赖补贴：按原价计算低于成本，使用算力券后可覆盖成本</translation>
    </message>
    <message>
        <source>Loss-making, even with the voucher</source>
        <translation>即使使用算力券仍亏损</translation>
    </message>
    <message>
        <source>Loss-making: the bid price is below the cost to serve</source>
        <translation>亏损：投标报价低于服务成本</translation>
    </message>
    <message>
        <source>Covers the cost to serve</source>
        <translation>可覆盖服务成本</translation>
    </message>
    <message>
        <source>Below-cost check</source>
        <translation>低于成本核查</translation>
    </message>
    <message>
        <source>loss-making when B &lt; C₀; subsidy-dependent when C₁ ≤ B &lt; C₀</source>
        <translation>B &lt; C₀ 时为亏损；C₁ ≤ B &lt; C₀ 时为依赖补贴</translation>
    </message>
    <message>
        <source>Peak concurrent requests</source>
        <translation>峰值并发请求数</translation>
    </message>
    <message>
        <source>Peak concurrent requests (N)</source>
        <translation>峰值并发请求数（N）</translation>
    </message>
    <message>
        <source>Concurrency of one replica (c)</source>
        <translation>单副本并发（c）</translation>
    </message>
    <message>
        <source>the bid&apos;s benchmark run</source>
        <translation>该投标的基准测试运行</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>missed at this concurrency: one replica sustains fewer requests, so more replicas are needed than counted here</source>
        <translation>在此并发下未达标：单副本能承载的请求更少，所需副本数多于此处计算</translation>
    </message>
    <message>
        <source>Concurrent requests one replica sustains within the SLOs</source>
        <translation>单副本在服务水平目标内可承载的并发请求数</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>少于 %1</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Replicas the availability objective needs (rₐ)</source>
        <translation>可用性目标所需副本数（rₐ）</translation>
    </message>
    <message>
        <source>availability %1%: two replicas from %2% up, so that one can fail over</source>
        <translation>可用性 %1%：自 %2% 起需两个副本，以便故障切换</translation>
    </message>
    <message>
        <source>One replica</source>
        <translation>单个副本</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s), as declared</source>
        <translation>
            <numerusform>%n 块加速卡（按申报）</numerusform>
        </translation>
    </message>
    <message>
        <source>the bid&apos;s hardware</source>
        <translation>该投标的硬件</translation>
    </message>
    <message>
        <source>Hours of the contract</source>
        <translation>合同期小时数</translation>
    </message>
    <message>
        <source>Contract years (Y)</source>
        <translation>合同年限（Y）</translation>
    </message>
    <message>
        <source>Hours in a year</source>
        <translation>每年小时数</translation>
    </message>
    <message>
        <source>365 days × 24 hours</source>
        <translation>365 天 × 24 小时</translation>
    </message>
    <message>
        <source>Replicas (r)</source>
        <translation>副本数（r）</translation>
    </message>
    <message>
        <source>Purchase price of %1 (Pᵢ), %2 declared (nᵢ)</source>
        <translation>%1 的购置价格（Pᵢ），申报 %2 块（nᵢ）</translation>
    </message>
    <message>
        <source>Service life of %1 (Lᵢ)</source>
        <translation>%1 的使用年限（Lᵢ）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours of the contract (h)</source>
        <translation>合同期小时数（h）</translation>
    </message>
    <message>
        <source>Capacity cost: delivered accelerators, amortised</source>
        <translation>容量成本：交付的加速卡，按年限摊销</translation>
    </message>
    <message>
        <source>Capacity cost: reserved rental for the contract</source>
        <translation>容量成本：整个合同期预留的租赁</translation>
    </message>
    <message>
        <source>The bid&apos;s price line &quot;%1&quot; is not an amount of zero or more in %2: correct the bid&apos;s price breakdown, or state the fixed costs in the bid&apos;s cost assumptions.</source>
        <translation>投标报价明细中的“%1”不是以 %2 计的零或正数金额：请更正报价明细，或在该投标的成本假设中填写固定成本。</translation>
    </message>
    <message>
        <source>The tender states no peak load: set its peak concurrent requests or its concurrent users (the tender&apos;s workload) before costing a bid.</source>
        <translation>招标项目未规定峰值负载：请先设定其峰值并发请求数或并发用户数（招标项目的工作量），再核算投标成本。</translation>
    </message>
    <message>
        <source>The benchmark run does not show how many concurrent requests one deployment sustains: run a sweep or a fixed-concurrency benchmark of this bid&apos;s deployment.</source>
        <translation>该基准测试运行无法说明单个部署能承载多少并发请求：请对该投标的部署运行扫描测试或固定并发测试。</translation>
    </message>
    <message>
        <source>The tender&apos;s availability objective must be a percentage between 0 and 100: correct the tender&apos;s workload.</source>
        <translation>招标项目的可用性目标必须是 0 到 100 之间的百分比：请更正招标项目的工作量。</translation>
    </message>
    <message>
        <source>The bid delivers %1 to the buyer&apos;s premises: set its purchase price in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>该投标将 %1 交付至采购人现场：请在加速卡目录中设定其购置价格（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The purchase price of %1 must be an amount of zero or more in %2: correct it in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的购置价格必须是以 %2 计的零或正数金额：请在加速卡目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>The service life of %1 must be at least one year: correct it in the accelerator catalog (Benchmarks &gt; Accelerator catalog).</source>
        <translation>%1 的使用年限至少为一年：请在加速卡目录中更正（基准测试 &gt; 加速卡目录）。</translation>
    </message>
    <message>
        <source>Volume cost (R + P)</source>
        <translation>用量成本（R + P）</translation>
    </message>
    <message>
        <source>Capacity cost (K)</source>
        <translation>容量成本（K）</translation>
    </message>
    <message>
        <source>the bid&apos;s price breakdown: %1</source>
        <translation>投标报价明细：%1</translation>
    </message>
    <message>
        <source>the bid&apos;s price breakdown has no licence, deployment or service line; state the fixed costs in the bid&apos;s cost assumptions</source>
        <translation>投标报价明细中没有授权、部署或运维服务项；请在该投标的成本假设中填写固定成本</translation>
    </message>
    <message>
        <source>Fixed costs (from the bid&apos;s price breakdown)</source>
        <translation>固定成本（取自投标报价明细）</translation>
    </message>
    <message>
        <source>F = licences + deployment + annual service, as the bid prices them</source>
        <translation>F = 授权 + 部署 + 年度运维服务，按投标报价</translation>
    </message>
    <message>
        <source>Binding bound</source>
        <translation>起决定作用的约束</translation>
    </message>
    <message>
        <source>Capacity: reserving the deployment for the peak costs more than the volume&apos;s accelerator-hours</source>
        <translation>容量：为峰值预留部署的成本高于用量所需的加速卡时</translation>
    </message>
    <message>
        <source>Volume: the contracted tokens take more accelerator-hours than the deployment reserved for the peak</source>
        <translation>用量：合同 token 量所需的加速卡时多于为峰值预留的部署</translation>
    </message>
    <message>
        <source> (binds)</source>
        <translation>（起决定作用）</translation>
    </message>
    <message>
        <source>the bid&apos;s price breakdown</source>
        <translation>投标报价明细</translation>
    </message>
    <message>
        <source>Rental of the binding bound (Rᵦ)</source>
        <translation>起决定作用约束的租赁费（Rᵦ）</translation>
    </message>
    <message>
        <source>capacity on delivered accelerators: bought, not rented</source>
        <translation>交付加速卡的容量：购置而非租赁</translation>
    </message>
    <message>
        <source>capacity: the reserved rental K</source>
        <translation>容量：预留租赁 K</translation>
    </message>
    <message>
        <source>volume: the rental R of its accelerator-hours</source>
        <translation>用量：其加速卡时的租赁费 R</translation>
    </message>
    <message>
        <source>The bid delivers its accelerators: nothing is rented, so %1 pays nothing.</source>
        <translation>该投标交付加速卡：无任何租赁，因此%1不予补贴。</translation>
    </message>
    <message>
        <source>S = 0 (nothing rented)</source>
        <translation>S = 0（无租赁）</translation>
    </message>
    <message>
        <source>S = s × Rᵦ (no cap)</source>
        <translation>S = s × Rᵦ（无上限）</translation>
    </message>
    <message>
        <source>Covers the capacity counted here, but the deployment missed the SLOs: more replicas are needed, so the true cost is higher</source>
        <translation>可覆盖此处计算的容量，但部署未满足服务水平目标：需要更多副本，实际成本更高</translation>
    </message>
    <message>
        <source> (bound by capacity)</source>
        <translation>（受容量约束）</translation>
    </message>
    <message>
        <source> (bound by volume)</source>
        <translation>（受用量约束）</translation>
    </message>
    <message>
        <source>Accelerator rental for the volume</source>
        <translation>用量所需的加速卡租赁费</translation>
    </message>
    <message>
        <source>Volume cost</source>
        <translation>用量成本</translation>
    </message>
    <message>
        <source>Accelerator rental for the volume (R)</source>
        <translation>用量所需的加速卡租赁费（R）</translation>
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
    <name>td::Envelope</name>
    <message>
        <source>Could not seal the bid (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法密封投标文件（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>The sealed envelope (payload.cms) is not a CMS AuthEnvelopedData (%1). The bid package is damaged; ask the vendor to send it again.</source>
        <translation>密封信封（payload.cms）不是 CMS AuthEnvelopedData（%1）。投标文件包已损坏，请要求供应商重新发送。</translation>
    </message>
    <message>
        <source>The bid was not sealed to this tender&apos;s key (%1). Check that the bid belongs to this tender.</source>
        <translation>该投标文件不是用本招标项目的密钥密封的（%1）。请确认该投标文件属于本招标项目。</translation>
    </message>
    <message>
        <source>The sealed bid fails its integrity check (%1): it was altered or damaged after sealing and cannot be opened.</source>
        <translation>密封的投标文件未通过完整性校验（%1）：密封后已被篡改或损坏，无法解密。</translation>
    </message>
    <message>
        <source>The key is for the %1 suite but the bid uses the %2 suite. Use the tender&apos;s own key.</source>
        <translation>该密钥属于%1，而投标文件使用%2。请使用本招标项目自己的密钥。</translation>
    </message>
    <message>
        <source>Sealing or unsealing was cancelled; nothing was kept.</source>
        <translation>密封或解密已取消，未保留任何内容。</translation>
    </message>
    <message>
        <source>The vendor certificate is not a PEM X.509 certificate. Create the vendor identity again.</source>
        <translation>供应商证书不是 PEM 格式的 X.509 证书。请重新创建供应商身份。</translation>
    </message>
    <message>
        <source>Could not seal or unseal with SM2, SM4 and SM3 (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法使用 SM2、SM4 和 SM3 密封或解密（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>The sealed key text (payload.key.sm2) is not in the documented form. The bid package is damaged; ask the vendor to send it again.</source>
        <translation>密封的密钥文本（payload.key.sm2）不符合规定格式。投标文件包已损坏，请要求供应商重新发送。</translation>
    </message>
    <message>
        <source>The sealed bid fails its integrity check (the HMAC-SM3 in payload.mac does not match): it was altered or damaged after sealing and cannot be opened.</source>
        <translation>密封的投标文件未通过完整性校验（payload.mac 中的 HMAC-SM3 不一致）：密封后已被篡改或损坏，无法解密。</translation>
    </message>
    <message>
        <source>Could not read the data to seal or unseal (%1). Check the file and try again.</source>
        <translation>无法读取待密封或待解密的数据（%1）。请检查文件后重试。</translation>
    </message>
    <message>
        <source>Could not write the sealed or unsealed data (%1). Check that the disk has room, then try again.</source>
        <translation>无法写入密封或解密后的数据（%1）。请检查磁盘空间，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::EvaluationDesk</name>
    <message>
        <source>Tender %1 is %2: its bids are evaluated after the opening.</source>
        <translation>招标 %1 当前为“%2”：开标后才能评标。</translation>
    </message>
    <message>
        <source>Tender %1 is awarded: its evaluation is closed and can no longer change.</source>
        <translation>招标 %1 已定标：评标已结束，不能再修改。</translation>
    </message>
    <message>
        <source>A panel override needs a written justification: say why the panel overturns the check. Nothing was changed.</source>
        <translation>评标委员会推翻检查结果必须写明理由：请说明为何推翻。未做任何修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check the panel can overturn; the checks are: %2.</source>
        <translation>“%1”不是委员会可以推翻的检查项；检查项为：%2。</translation>
    </message>
    <message>
        <source>An evaluator needs a name.</source>
        <translation>评委需要姓名。</translation>
    </message>
    <message>
        <source>An evaluator is the panel&apos;s chair or a member, not &quot;%1&quot;.</source>
        <translation>评委的角色是主任委员（chair）或成员（member），不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is already on the panel of %2.</source>
        <translation>%1 已是 %2 评标委员会成员。</translation>
    </message>
    <message>
        <source>The panel of %1 is fixed: a score sheet is already submitted.</source>
        <translation>%1 的评标委员会已固定：已有评分表提交。</translation>
    </message>
    <message>
        <source>The scores of %1 stay hidden until every sheet is in (%2 of %3 submitted): each evaluator scores alone.</source>
        <translation>在全部评分表提交之前，%1 的评分保持隐藏（已提交 %2/%3）：每位评委独立评分。</translation>
    </message>
    <message>
        <source>benchmark run %1: accuracy %2%, × weight %3</source>
        <translation>基准测试 %1：准确率 %2%，× 权重 %3</translation>
    </message>
    <message>
        <source>benchmark run %1: %2 output tokens/s against the fastest valid bid&apos;s %3, × weight %4</source>
        <translation>基准测试 %1：每秒 %2 输出词元，对比最快有效投标的 %3，× 权重 %4</translation>
    </message>
    <message>
        <source>The sheet of %1 was submitted %2 and is locked.</source>
        <translation>%1 的评分表已于 %2 提交并锁定。</translation>
    </message>
    <message>
        <source>Sheets are submitted once the panel has confirmed the compliance review: until then it is not known which bids are scored.</source>
        <translation>评标委员会确认符合性审查后才能提交评分表：在此之前尚不知道哪些投标参与评分。</translation>
    </message>
    <message>
        <source>Write the vendor&apos;s explanation of its price; attachments alone do not say how the price is made.</source>
        <translation>请填写供应商对其报价的说明；仅有附件不能说明价格构成。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Bid %1 is not flagged as abnormally low: there is nothing to explain. Score the tender first if its prices changed.</source>
        <translation>投标 %1 未被标记为异常低价：无需说明。如价格有变，请先重新评分。</translation>
    </message>
    <message>
        <source>The panel already decided on the price of bid %1.</source>
        <translation>委员会已对投标 %1 的价格作出决定。</translation>
    </message>
    <message>
        <source>Write the panel&apos;s opinion: it is archived with the decision.</source>
        <translation>请填写委员会意见：它与决定一起存档。</translation>
    </message>
    <message>
        <source>Bid %1 is not flagged as abnormally low: there is nothing to decide.</source>
        <translation>投标 %1 未被标记为异常低价：无需决定。</translation>
    </message>
    <message>
        <source>The price of bid %1 cannot be accepted without the vendor&apos;s explanation; an unproven price makes the bid invalid.</source>
        <translation>没有供应商的说明，不能接受投标 %1 的价格；不能证明合理性的报价使投标无效。</translation>
    </message>
    <message>
        <source>Tender %1 cannot be awarded yet:
- %2</source>
        <translation>招标 %1 尚不能定标：
- %2</translation>
    </message>
    <message>
        <source>Bid %1 is not valid and cannot win.</source>
        <translation>投标 %1 无效，不能中标。</translation>
    </message>
    <message>
        <source>The lot of bid %1 is already awarded (award %2).</source>
        <translation>投标 %1 所在标包已定标（授标 %2）。</translation>
    </message>
    <message>
        <source>Bid %1 is not the recommended winner (rank %2); awarding it needs a written justification.</source>
        <translation>投标 %1 不是推荐的中标候选人（排名 %2）；授予它需要书面理由。</translation>
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
    <message>
        <source>The page could not draw its charts (%1). Try again; if it keeps failing, reinstall TenderDesk.</source>
        <translation>页面无法绘制图表（%1）。请重试；如仍失败，请重新安装 TenderDesk。</translation>
    </message>
</context>
<context>
    <name>td::IdentityRepository</name>
    <message>
        <source>This desk signs already as %1 (certificate %2, made %3). Bids signed with it would no longer match a new identity: replace it only on purpose, with --force (or the replace button).</source>
        <translation>本工作台已以 %1 的身份签名（证书 %2，创建于 %3）。用它签名的投标将与新身份不再对应：仅在确有需要时替换，使用 --force（或“替换”按钮）。</translation>
    </message>
</context>
<context>
    <name>td::MarketRescore</name>
    <message>
        <source>Rescoring was cancelled; nothing was written.</source>
        <translation>重新评分已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>td::OcdsExport</name>
    <message>
        <source>%1 could not be written: %2. Choose another folder, or free some space.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹，或释放一些空间。</translation>
    </message>
    <message>
        <source>No tender was published in those dates: there is nothing to export. Choose other dates.</source>
        <translation>这些日期内没有发布招标项目，没有可导出的内容。请选择其他日期。</translation>
    </message>
    <message>
        <source>The database holds no tender: there is nothing to export.</source>
        <translation>数据库中没有招标项目，没有可导出的内容。</translation>
    </message>
    <message>
        <source>The OCDS export was cancelled; no file was written.</source>
        <translation>OCDS 导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>td::OpeningMinutes</name>
    <message>
        <source>The time zone %1 of tender %2 is unknown, so the opening&apos;s times cannot be printed. Set a time zone such as Asia/Shanghai.</source>
        <translation>招标项目 %2 的时区 %1 未知，无法打印开标时间。请设置时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>The text of printed documents is incomplete in this build (%1 is missing). Reinstall TenderDesk.</source>
        <translation>此版本中打印文件所用的文本不完整（缺少 %1）。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>No tender has the reference &apos;%1&apos;.</source>
        <translation>没有招标编号为“%1”的招标项目。</translation>
    </message>
    <message>
        <source>The bids of tender %1 have not been opened yet, so there are no minutes. Open them first.</source>
        <translation>招标项目 %1 的投标文件尚未开启，因此没有开标记录。请先开标。</translation>
    </message>
</context>
<context>
    <name>td::PdfCheck</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is not a PDF document</source>
        <translation>它不是 PDF 文件</translation>
    </message>
    <message>
        <source>its end is missing, so it was probably cut short; export it again</source>
        <translation>文件末尾缺失，可能已被截断；请重新导出</translation>
    </message>
    <message>
        <source>it is damaged and no PDF reader can open it; export it again</source>
        <translation>文件已损坏，任何 PDF 阅读器都无法打开；请重新导出</translation>
    </message>
    <message>
        <source>it needs a password to open, which the buyer does not have; export it without one</source>
        <translation>打开需要密码，而采购人没有该密码；请导出不设密码的版本</translation>
    </message>
    <message>
        <source>it has no readable page; export it again</source>
        <translation>没有可读取的页面；请重新导出</translation>
    </message>
</context>
<context>
    <name>td::PrivateKey</name>
    <message>
        <source>The passphrase is wrong: it does not open this key. Check the passphrase and try again.</source>
        <translation>口令错误：无法用它打开此密钥。请检查口令后重试。</translation>
    </message>
    <message>
        <source>The private key is not an unencrypted PEM key (%1). The database may be damaged: restore it from a backup.</source>
        <translation>该私钥不是未加密的 PEM 密钥（%1）。数据库可能已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>Could not generate a key pair (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法生成密钥对（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>Could not write the private key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法写入私钥（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::ReceiptFiles</name>
    <message>
        <source>Could not write the receipt %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入回执 %1：%2。请选择可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>td::Sealing</name>
    <message>
        <source>OpenSSL gave no reason</source>
        <translation>OpenSSL 未给出原因</translation>
    </message>
    <message>
        <source>The data to sign or decrypt is larger than 64 MiB. A manifest, key or signature is never that large: check that the right file was given.</source>
        <translation>待签名或解密的数据超过 64 MiB。清单、密钥或签名不会这么大：请检查是否给错了文件。</translation>
    </message>
    <message>
        <source>The public key is not a PEM public key (%1). Use the public key file from the tender package.</source>
        <translation>该公钥不是 PEM 格式的公钥（%1）。请使用招标文件包中的公钥文件。</translation>
    </message>
    <message>
        <source>Could not write the public key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法写入公钥（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>The key is neither an EC P-256 nor an SM2 key. Use a key made by TenderDesk.</source>
        <translation>该密钥既不是 EC P-256 密钥也不是 SM2 密钥。请使用 TenderDesk 生成的密钥。</translation>
    </message>
    <message>
        <source>Could not compute a SHA-256 digest (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法计算 SHA-256 摘要（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>Could not draw random bytes for a key (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法为密钥生成随机数（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::SealingKeys</name>
    <message>
        <source>The passphrase is longer than 4096 bytes. Choose a shorter one.</source>
        <translation>口令超过 4096 字节。请选择较短的口令。</translation>
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
        <source>The private sealing key is not an encrypted PKCS#8 PEM key (%1). Use the private key file that was saved when the tender was published.</source>
        <translation>密封私钥不是经过加密的 PKCS#8 PEM 格式密钥（%1）。请使用发布招标项目时保存的私钥文件。</translation>
    </message>
</context>
<context>
    <name>td::Signature</name>
    <message>
        <source>Could not sign (%1). Check that OpenSSL 3 is installed completely, then try again.</source>
        <translation>无法签名（%1）。请检查 OpenSSL 3 是否已完整安装，然后重试。</translation>
    </message>
    <message>
        <source>The signing certificate does not belong to the signing key. Use the certificate and key of one vendor identity.</source>
        <translation>签名证书与签名密钥不匹配。请使用同一供应商身份的证书和密钥。</translation>
    </message>
</context>
<context>
    <name>td::SigningIdentity</name>
    <message>
        <source>Could not encode the certificate (%1). Check that OpenSSL 3 is installed completely.</source>
        <translation>无法编码证书（%1）。请检查 OpenSSL 3 是否已完整安装。</translation>
    </message>
    <message>
        <source>The vendor certificate is not a PEM X.509 certificate (%1). Use the certificate from the vendor&apos;s bid package or identity.</source>
        <translation>供应商证书不是 PEM 格式的 X.509 证书（%1）。请使用供应商投标文件包或身份中的证书。</translation>
    </message>
    <message>
        <source>The organisation name is empty. Enter the vendor&apos;s registered name.</source>
        <translation>单位名称为空。请输入供应商的注册名称。</translation>
    </message>
    <message>
        <source>The unified social credit code is empty. Enter the vendor&apos;s 18-character code.</source>
        <translation>统一社会信用代码为空。请输入供应商的 18 位代码。</translation>
    </message>
    <message>
        <source>The vendor certificate has no readable public key (%1). Ask the vendor for a new package.</source>
        <translation>供应商证书中没有可读取的公钥（%1）。请要求供应商重新提供文件包。</translation>
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
    <name>td::TenderEvaluation</name>
    <message>
        <source>The panel has not confirmed the compliance review.</source>
        <translation>评标委员会尚未确认符合性审查。</translation>
    </message>
    <message>
        <source>The tender has no evaluation panel.</source>
        <translation>该招标没有评标委员会。</translation>
    </message>
    <message>
        <source>%1 of %2 score sheets are submitted.</source>
        <translation>已提交 %1/%2 份评分表。</translation>
    </message>
    <message>
        <source>The abnormally low price of %1 (bid %2) waits for the panel&apos;s decision on its explanation.</source>
        <translation>%1（投标 %2）的异常低价正等待委员会对其说明作出决定。</translation>
    </message>
    <message>
        <source>Bid %1 (%2) has no full score.</source>
        <translation>投标 %1（%2）的评分不完整。</translation>
    </message>
    <message>
        <source>No bid is valid: the tender is unsuccessful, not awarded.</source>
        <translation>没有有效投标：该招标应为流标，不能定标。</translation>
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
    <name>td::TenderPackageImport</name>
    <message>
        <source>Tender %1 was drafted on this desk; a package of another buyer&apos;s tender with the same reference is not imported over it.</source>
        <translation>招标项目 %1 是在本工作台起草的；不会用编号相同的其他采购人的招标文件包覆盖它。</translation>
    </message>
    <message>
        <source>The package of tender %1 seals bids to another key (%2) than the package imported before (%3). Ask the buyer which one is right before you bid.</source>
        <translation>招标项目 %1 的文件包使用的密封公钥（%2）与此前导入的文件包（%3）不同。请在投标前向采购人确认哪一个是正确的。</translation>
    </message>
    <message>
        <source>This desk has release %1 of tender %2 already; the package holds the older release %3 and was not imported.</source>
        <translation>本工作台已有招标项目 %2 的第 %1 版；该文件包是较旧的第 %3 版，未予导入。</translation>
    </message>
</context>
<context>
    <name>td::TenderPackageReader</name>
    <message>
        <source>The tender package %1 was not imported: %2 Ask the buyer for a new copy of the package.</source>
        <translation>招标文件包 %1 未导入：%2 请采购人重新提供一份文件包。</translation>
    </message>
    <message>
        <source>it has no %1.</source>
        <translation>其中没有 %1。</translation>
    </message>
    <message>
        <source>its %1 is not a JSON object.</source>
        <translation>其中的 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>its manifest is not of the format %1 (a newer TenderDesk may have made it).</source>
        <translation>其清单不是 %1 格式（可能由较新版本的 TenderDesk 生成）。</translation>
    </message>
    <message>
        <source>the file %1 that its manifest lists is missing.</source>
        <translation>清单中列出的文件 %1 缺失。</translation>
    </message>
    <message>
        <source>the file %1 is not the one its manifest lists (its SHA-256 differs): it was changed or damaged after the buyer made the package.</source>
        <translation>文件 %1 与清单所列不符（SHA-256 不同）：它在采购人制作文件包后被修改或损坏。</translation>
    </message>
    <message>
        <source>the file %1 is not listed in its manifest.</source>
        <translation>文件 %1 未列入清单。</translation>
    </message>
    <message>
        <source>its manifest names no tender reference or release.</source>
        <translation>其清单未写明招标编号或发布版本。</translation>
    </message>
    <message>
        <source>its sealing key is not the one its manifest names.</source>
        <translation>其密封公钥与清单所写不符。</translation>
    </message>
    <message>
        <source>its cipher suite does not match its sealing key.</source>
        <translation>其密码套件与密封公钥不符。</translation>
    </message>
    <message>
        <source>its OCDS release is not of the tender %1.</source>
        <translation>其 OCDS 发布不属于招标项目 %1。</translation>
    </message>
    <message>
        <source>its OCDS release does not name the buyer with its unified social credit code.</source>
        <translation>其 OCDS 发布未写明采购人及其统一社会信用代码。</translation>
    </message>
    <message>
        <source>its tender details are of another tender (%1).</source>
        <translation>其招标详情属于另一个招标项目（%1）。</translation>
    </message>
    <message>
        <source>its tender details give no status.</source>
        <translation>其招标详情未写明状态。</translation>
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
    <message>
        <source>%1 is not possible here: tender %2 belongs to another buyer and was imported from its package. Import the buyer&apos;s newer package to see its changes.</source>
        <translation>此处不能%1：招标项目 %2 属于其他采购人，是从其文件包导入的。请导入采购人较新的文件包以查看其变更。</translation>
    </message>
    <message>
        <source>Editing the tender</source>
        <translation>编辑招标项目</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Recording a question</source>
        <translation>登记提问</translation>
    </message>
    <message>
        <source>Changing the tender&apos;s status</source>
        <translation>更改招标项目状态</translation>
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
    <message>
        <source>Could not read %1 for the package %2 (%3). Check that the file exists and that you may read it.</source>
        <translation>无法为文件包 %2 读取 %1（%3）。请检查该文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>Could not read %1 to the end for the package %2 (%3); was it changed or moved meanwhile? Try again.</source>
        <translation>无法为文件包 %2 完整读取 %1（%3）；该文件是否在此期间被修改或移动？请重试。</translation>
    </message>
    <message numerus="yes">
        <source>The package %1 holds more than %n files, more than a package may hold. Ask the sender to split it.</source>
        <translation>
            <numerusform>文件包 %1 包含超过 %n 个文件，超出文件包允许的数量。请发送方拆分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The package %1 unpacks to more than %2 times its own size (it stopped at &quot;%3&quot;): it is built to exhaust the disk or memory, not to carry files. Ask the sender for a new package.</source>
        <translation>文件包 %1 解压后超过其自身大小的 %2 倍（在“%3”处停止）：它是为耗尽磁盘或内存而构造的，而非用于传递文件。请发送方重新提供文件包。</translation>
    </message>
</context>
<context>
    <name>td::analytics</name>
    <message>
        <source>The text of market reports is incomplete in this build (%1 is missing). Reinstall TenderDesk.</source>
        <translation>此版本的市场报告文本不完整（缺少 %1）。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>A market report is written in zh_CN or en, not &apos;%1&apos;.</source>
        <translation>市场报告的语言只能是 zh_CN 或 en，不能是“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a point of the section %2: pick a point of its chart.</source>
        <translation>“%1”不是 %2 部分中的数据点：请在其图表中选择一个点。</translation>
    </message>
    <message>
        <source>The section %1 has no points that stand for tenders.</source>
        <translation>%1 部分没有代表招标项目的数据点。</translation>
    </message>
    <message>
        <source>The market report has no section %1; its sections are %2.</source>
        <translation>市场报告没有 %1 部分；可用的部分为 %2。</translation>
    </message>
    <message>
        <source>The market report was cancelled.</source>
        <translation>市场报告已取消。</translation>
    </message>
    <message>
        <source>The red flags were cancelled.</source>
        <translation>风险预警计算已取消。</translation>
    </message>
    <message>
        <source>The red-flag setting %1.%2 must be a number from %3 to %4.</source>
        <translation>风险预警设置 %1.%2 必须是 %3 到 %4 之间的数字。</translation>
    </message>
    <message>
        <source>The red-flag setting %1.%2 must be a whole number.</source>
        <translation>风险预警设置 %1.%2 必须是整数。</translation>
    </message>
    <message>
        <source>The red-flag settings are not a JSON object (%1). Write them as {&quot;R024&quot;: {&quot;threshold&quot;: 0.05}}.</source>
        <translation>风险预警设置不是 JSON 对象（%1）。请写成 {&quot;R024&quot;: {&quot;threshold&quot;: 0.05}} 的形式。</translation>
    </message>
    <message>
        <source>The red-flag setting currency must be an ISO 4217 code: CNY.</source>
        <translation>风险预警设置 currency 必须是 ISO 4217 币种代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The red-flag settings name %1, which is not an indicator of this build; the indicators are R003, R018, R024, R025, R028, R030, R035, R036, R038, R048 and R058.</source>
        <translation>风险预警设置中的 %1 不是本版本的指标；可用指标为 R003、R018、R024、R025、R028、R030、R035、R036、R038、R048 和 R058。</translation>
    </message>
    <message>
        <source>The red-flag settings of %1 must be an object: {} for the defaults.</source>
        <translation>%1 的风险预警设置必须是一个对象：使用默认值请写 {}。</translation>
    </message>
    <message>
        <source>%1 has no setting %2%3.</source>
        <translation>%1 没有设置项 %2%3。</translation>
    </message>
    <message>
        <source>: it is not configurable</source>
        <translation>：该指标不可配置</translation>
    </message>
    <message>
        <source>; its settings are </source>
        <translation>；其设置项为 </translation>
    </message>
    <message>
        <source>R018.procurement_methods is a pipe-separated list of OCDS methods: open|selective.</source>
        <translation>R018.procurement_methods 是以竖线分隔的 OCDS 采购方式列表，例如 open|selective。</translation>
    </message>
    <message>
        <source>The report has no table to write as CSV. Choose sections that have tables, or another format.</source>
        <translation>报告中没有可写成 CSV 的表格。请选择含有表格的部分，或换一种格式。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The chart library is missing from this build of TenderDesk, so the report cannot draw its charts. Reinstall TenderDesk.</source>
        <translation>此版本的 TenderDesk 缺少图表库，报告无法绘制图表。请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>Could not write the workbook %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入工作簿 %1：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The report has no table to write as a workbook. Choose sections that have tables, or another format.</source>
        <translation>报告中没有可写入工作簿的表格。请选择含有表格的部分，或换一种格式。</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>写好的文件无法移动到目标位置</translation>
    </message>
</context>
<context>
    <name>td::bench</name>
    <message>
        <source>Give the name of the model to benchmark, as the server lists it.</source>
        <translation>请填写要测试的模型名称，须与服务器列出的名称一致。</translation>
    </message>
    <message>
        <source>A run needs at least one request.</source>
        <translation>一次运行至少需要一个请求。</translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 20000 requests in flight.</source>
        <translation>并发数必须介于 1 至 20000 之间（同时进行中的请求数）。</translation>
    </message>
    <message>
        <source>The request rate must be above zero requests per second.</source>
        <translation>请求速率必须大于 0 请求/秒。</translation>
    </message>
    <message>
        <source>The sweep needs a highest concurrency of at least 1.</source>
        <translation>扫描的最高并发数至少为 1。</translation>
    </message>
    <message>
        <source>The output token limit must be at least 1.</source>
        <translation>输出 token 上限至少为 1。</translation>
    </message>
    <message>
        <source>Warm-up requests cannot be negative.</source>
        <translation>预热请求数不能为负数。</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>并发 %1</translation>
    </message>
    <message>
        <source>rate %1/s</source>
        <translation>速率 %1/秒</translation>
    </message>
    <message>
        <source>sweep to %1</source>
        <translation>扫描至并发 %1</translation>
    </message>
    <message>
        <source>There is no bid %1 to attach the benchmark to. Check the bid number in the Bids workspace or with &quot;tenderdesk-cli tenders show&quot;.</source>
        <translation>没有可关联此基准测试的投标 %1。请在“投标”工作区或使用“tenderdesk-cli tenders show”核对投标编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a model server. Give its base URL, for example http://10.0.0.5:8000 or http://10.0.0.5:8000/v1.</source>
        <translation>“%1”不是模型服务器的地址。请填写其基础 URL，例如 http://10.0.0.5:8000 或 http://10.0.0.5:8000/v1。</translation>
    </message>
    <message>
        <source>not a JSON object (%1): %2</source>
        <translation>不是 JSON 对象（%1）：%2</translation>
    </message>
    <message>
        <source>a chunk without &quot;choices&quot;: %1</source>
        <translation>数据块中缺少 &quot;choices&quot;：%1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>the server reported an error inside the stream: %1</source>
        <translation>服务器在数据流中报告了错误：%1</translation>
    </message>
    <message>
        <source>the stream carried an event that is not valid JSON</source>
        <translation>数据流中有一个事件不是有效的 JSON</translation>
    </message>
    <message>
        <source>could not connect to %1 (%2): check that the server runs and the address is right</source>
        <translation>无法连接到 %1（%2）：请检查服务器是否正在运行以及地址是否正确</translation>
    </message>
    <message>
        <source>no connection within the connect timeout</source>
        <translation>在连接超时时间内未能建立连接</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response</source>
        <translation>服务器在响应中途关闭了连接</translation>
    </message>
    <message>
        <source>the request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message>
        <source>the stream ended without its closing [DONE] event</source>
        <translation>流已结束，但未收到结束事件 [DONE]</translation>
    </message>
    <message>
        <source>the server reported no usage, so its output tokens cannot be counted</source>
        <translation>服务器未报告用量（usage），因此无法统计其输出 token 数</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s</source>
        <translation>服务器在 %1 秒内未发送任何数据</translation>
    </message>
    <message>
        <source>The model list of %1 could not be read: %2.</source>
        <translation>无法读取 %1 的模型列表：%2。</translation>
    </message>
    <message>
        <source>the answer is not an OpenAI model list</source>
        <translation>返回内容不是 OpenAI 格式的模型列表</translation>
    </message>
    <message>
        <source>Give the base URL of the model server, for example http://10.0.0.5:8000 or http://10.0.0.5:8000/v1.</source>
        <translation>请填写模型服务器的基础 URL，例如 http://10.0.0.5:8000 或 http://10.0.0.5:8000/v1。</translation>
    </message>
    <message>
        <source>the server answered with a whole response instead of a stream of events: check that it supports &quot;stream&quot;: true</source>
        <translation>服务器返回了完整响应而不是事件流：请检查它是否支持 &quot;stream&quot;: true</translation>
    </message>
</context>
<context>
    <name>td::bidjson</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>is not a field of a bid; check its spelling</source>
        <translation>不是投标文件的字段；请检查拼写</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须为对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须为列表</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须为文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>必须为 0 到 %1 之间的数</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be an amount such as {&quot;amount&quot;: &quot;1200000.00&quot;, &quot;currency&quot;: &quot;CNY&quot;}</source>
        <translation>必须为金额，如 {&quot;amount&quot;: &quot;1200000.00&quot;, &quot;currency&quot;: &quot;CNY&quot;}</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须为以下之一：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the accelerator catalog; choose one of its models or add it to the catalog first</source>
        <translation>“%1”不在加速卡目录中；请选择目录中的型号，或先将其加入目录</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>必须为 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>“%1”%2</translation>
    </message>
    <message numerus="yes">
        <source>The bid file has %n problem(s); fix them and try again: %1</source>
        <translation>
            <numerusform>投标文件有 %n 处问题，请修正后重试：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a JSON object (%1 at byte %2)</source>
        <translation>不是 JSON 对象（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
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
    <message>
        <source>--%1 takes a number above zero, not &apos;%2&apos;.</source>
        <translation>--%1 需要一个大于零的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold the API key is not set. Export it first, for example: export %1=sk-...</source>
        <translation>未设置用于存放 API 密钥的环境变量 %1。请先导出该变量，例如：export %1=sk-...</translation>
    </message>
    <message>
        <source>--api is chat or completions, not &apos;%1&apos;.</source>
        <translation>--api 的取值为 chat 或 completions，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give exactly one load shape: --concurrency N, --rate R or --sweep.</source>
        <translation>请只指定一种负载方式：--concurrency N、--rate R 或 --sweep。</translation>
    </message>
    <message>
        <source>--requests is missing: %1</source>
        <translation>缺少 --requests：%1</translation>
    </message>
    <message>
        <source>There is no bid %1. List a tender&apos;s bids with &quot;tenderdesk-cli tenders show REFERENCE&quot;.</source>
        <translation>没有投标 %1。可使用“tenderdesk-cli tenders show REFERENCE”列出招标项目的投标。</translation>
    </message>
    <message>
        <source>Run %1: %2, %3 on %4 (%5)</source>
        <translation>运行 %1：%2，%3，模型 %4（%5）</translation>
    </message>
    <message>
        <source>  requests %1, failed %2 (%3%), %4 requests/s, %5 output tokens/s</source>
        <translation>  请求 %1 个，失败 %2 个（%3%），%4 请求/秒，%5 输出 token/秒</translation>
    </message>
    <message>
        <source>TTFB ms</source>
        <translation>TTFB（毫秒）</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>TPOT ms</source>
        <translation>TPOT（毫秒）</translation>
    </message>
    <message>
        <source>ITL ms</source>
        <translation>ITL（毫秒）</translation>
    </message>
    <message>
        <source>E2E ms</source>
        <translation>E2E（毫秒）</translation>
    </message>
    <message>
        <source>  goodput %1 requests/s (%2% within the SLOs)</source>
        <translation>  有效吞吐 %1 请求/秒（%2% 的请求达到 SLO）</translation>
    </message>
    <message numerus="yes">
        <source>  usage differs from the streamed chunks in %n request(s)</source>
        <translation>
            <numerusform>  有 %n 个请求报告的用量与流式返回的分块不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>  sweep: concurrency %1: %2 output tokens/s, TTFT p95 %3 ms, TPOT p95 %4 ms %5</source>
        <translation>  扫描：并发 %1：%2 输出 token/秒，TTFT p95 %3 毫秒，TPOT p95 %4 毫秒，%5</translation>
    </message>
    <message>
        <source>meets the SLOs</source>
        <translation>满足 SLO</translation>
    </message>
    <message>
        <source>misses the SLOs</source>
        <translation>未达到 SLO</translation>
    </message>
    <message>
        <source>  accuracy: %1 of %2 correct (%3%), %4 unanswered, %5 not scored, %6 errors</source>
        <translation>  准确率：%2 题中答对 %1 题（%3%），未作答 %4 题，未评分 %5 题，出错 %6 题</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible server.</source>
        <translation>OpenAI 兼容服务器的基础 URL。</translation>
    </message>
    <message>
        <source>Model name, as the server lists it.</source>
        <translation>模型名称，须与服务器列出的名称一致。</translation>
    </message>
    <message>
        <source>Environment variable holding the API key.</source>
        <translation>存放 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>chat (default) or completions.</source>
        <translation>chat（默认）或 completions。</translation>
    </message>
    <message>
        <source>Requests kept in flight.</source>
        <translation>同时进行中的请求数。</translation>
    </message>
    <message>
        <source>Poisson arrivals per second.</source>
        <translation>每秒到达的请求数（泊松分布）。</translation>
    </message>
    <message>
        <source>Find the highest concurrency that meets the SLOs.</source>
        <translation>查找满足 SLO 的最高并发。</translation>
    </message>
    <message>
        <source>Highest concurrency of a sweep.</source>
        <translation>扫描的最高并发数。</translation>
    </message>
    <message>
        <source>Counted requests (per sweep step).</source>
        <translation>计入统计的请求数（扫描时为每一步）。</translation>
    </message>
    <message>
        <source>Warm-up requests, not counted.</source>
        <translation>预热请求数（不计入统计）。</translation>
    </message>
    <message>
        <source>Output token limit per request.</source>
        <translation>每个请求的输出 token 上限。</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails.</source>
        <translation>连续多少秒未收到数据即判定请求失败。</translation>
    </message>
    <message>
        <source>Let the server&apos;s prefix cache work.</source>
        <translation>允许服务器的前缀缓存生效。</translation>
    </message>
    <message>
        <source>Skip the accuracy pass over the suite.</source>
        <translation>跳过对测试集的准确率测试。</translation>
    </message>
    <message>
        <source>Accuracy suite.</source>
        <translation>准确率测试集。</translation>
    </message>
    <message>
        <source>Bid the run is attached to.</source>
        <translation>本次运行关联的投标。</translation>
    </message>
    <message>
        <source>Time-to-first-token objective (p95).</source>
        <translation>首字时延目标（p95）。</translation>
    </message>
    <message>
        <source>Time-per-output-token objective (p95).</source>
        <translation>每输出 token 时延目标（p95）。</translation>
    </message>
    <message>
        <source>  bench --endpoint URL --model NAME [--api-key-env VAR] [--api chat|completions]
        (--concurrency N | --rate R | --sweep [--sweep-max N]) --requests N
        [--warmup N] [--max-tokens N] [--read-timeout S] [--no-random-prefix]
        [--suite NAME] [--no-accuracy] [--bid ID] [--slo-ttft-ms MS]
        [--slo-tpot-ms MS] [--json OUT]
                               benchmark a deployment, store the run, write JSON
  cost BID [--json]            cost-to-serve and margin of a bid, with formulas
</source>
        <translation>  bench --endpoint URL --model NAME [--api-key-env VAR] [--api chat|completions]
        (--concurrency N | --rate R | --sweep [--sweep-max N]) --requests N
        [--warmup N] [--max-tokens N] [--read-timeout S] [--no-random-prefix]
        [--suite NAME] [--no-accuracy] [--bid ID] [--slo-ttft-ms MS]
        [--slo-tpot-ms MS] [--json OUT]
                               对部署进行基准测试，保存运行结果，并输出 JSON
  cost BID [--json]            投标的服务成本和利润率，附计算公式
</translation>
    </message>
    <message>
        <source>--json needs the file to write: %1</source>
        <translation>--json 需要指定要写入的文件：%1</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;: %2</source>
        <translation>多余的参数“%1”：%2</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Name one bid: cost BID [--json]</source>
        <translation>请指定一个投标：cost BID [--json]</translation>
    </message>
    <message>
        <source>A bid is named by its number, not &apos;%1&apos;.</source>
        <translation>投标须以编号指定，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cost-to-serve of bid %1 (%2, %3)</source>
        <translation>投标 %1 的服务成本（%2，%3）</translation>
    </message>
    <message>
        <source>  Provenance risk: %1</source>
        <translation>  来源风险：%1</translation>
    </message>
    <message>
        <source>  Below cost: the bid price does not cover the cost to serve, even with the voucher.</source>
        <translation>  低于成本：即使使用算力券，投标报价仍无法覆盖服务成本。</translation>
    </message>
    <message>
        <source>  Subsidy-dependent: below cost at list prices, covered only with the compute voucher.</source>
        <translation>  依赖补贴：按原价计算低于成本，仅在使用算力券后才能覆盖成本。</translation>
    </message>
    <message>
        <source>  The bid price covers the cost to serve.</source>
        <translation>  投标报价可覆盖服务成本。</translation>
    </message>
    <message>
        <source>  Note: the throughput was measured at a load that did not meet the tender&apos;s SLOs; a sweep finds the load that does.</source>
        <translation>  注意：吞吐量是在未满足招标项目 SLO 的负载下测得的；扫描可找出满足 SLO 的负载。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an anchor of the audit log. Write it as SEQ:HASH: the entry&apos;s number, a colon and its 64 hexadecimal digits, as the cover of a printed tender document shows them.</source>
        <translation>“%1”不是审计日志的锚点。请写成 SEQ:HASH 形式：记录序号、冒号及 64 位十六进制哈希值，与打印的招标文件封面所示一致。</translation>
    </message>
    <message numerus="yes">
        <source>Every anchor matches the log: %n checked.</source>
        <translation>
            <numerusform>所有锚点均与日志相符：共核对 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every release has its audit entry: %n checked.</source>
        <translation>
            <numerusform>每个发布版本都有其审计记录：共核对 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>  audit verify [--anchor SEQ:HASH]...
                               check the audit log&apos;s hash chain, the audit head
                               that each release carries, each release&apos;s own
                               entry, and the anchors given (from printed
                               documents)
  version                      print the version

The database is an SQLite file (default: the application data folder) or a
PostgreSQL server: --database postgresql://user@host:port/database.
TENDERDESK_DATABASE sets it for every command.
</source>
        <translation>  audit verify [--anchor SEQ:HASH]...
                               校验审计日志的哈希链、每个发布版本所带的审计链头、
                               每个发布版本自身的审计记录，以及给出的锚点（取自
                               打印的文件）
  version                      显示版本信息

数据库可以是 SQLite 文件（默认位于应用程序数据文件夹），也可以是
PostgreSQL 服务器：--database postgresql://user@host:port/database。
设置环境变量 TENDERDESK_DATABASE 可为所有命令指定数据库。
</translation>
    </message>
    <message>
        <source>An entry of the audit log and its hash, as printed.</source>
        <translation>审计日志的一条记录及其哈希值，与打印件所示一致。</translation>
    </message>
    <message>
        <source>Audit head on its cover: %1. Give it to `audit verify --anchor` to check the audit log against it.</source>
        <translation>封面上的审计链头：%1。将其交给 `audit verify --anchor`，即可据此核对审计日志。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>No bids of %1 have been opened yet: %n bid(s) still sealed. Open them after the bid deadline with `tenderdesk-cli tender open %1 --passphrase-file FILE`, then look again.</source>
        <translation>
            <numerusform>%1 尚未开标：仍有 %n 份投标处于密封状态。请在投标截止时间之后用 `tenderdesk-cli tender open %1 --passphrase-file FILE` 开标，然后再查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>No bids of %1 have been opened: there is nothing to compare.</source>
        <translation>%1 没有已开启的投标，无可比对。</translation>
    </message>
    <message numerus="yes">
        <source>No collusion signals between the %n opened bid(s) of %1.</source>
        <translation>
            <numerusform>%1 的 %n 份已开启投标之间未发现串通投标迹象。</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>迹象</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>对应条款</translation>
    </message>
    <message numerus="yes">
        <source>Collusion signals for %1: %n signal(s) between %2 opened bid(s).</source>
        <translation>
            <numerusform>%1 的串通投标迹象：%2 份已开启投标之间共 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n received bid(s) are still sealed and not compared.</source>
        <translation>
            <numerusform>另有 %n 份已接收的投标仍处于密封状态，未参与比对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one tender: collusion REFERENCE [--json].</source>
        <translation>请指定一个招标项目：collusion REFERENCE [--json]。</translation>
    </message>
    <message>
        <source>  collusion REFERENCE [--json]
                               collusion signals between the opened bids:
                               near-duplicate documents, identical metadata or
                               files, identical or evenly spaced prices, the same
                               computer, project manager or security account;
                               each with its evidence and Article 40 clause
</source>
        <translation>  collusion REFERENCE [--json]
                               已开启投标之间的串通投标迹象：投标文件高度
                               雷同、文档属性或文件相同、报价相同或等差分布、
                               同一台电脑、同一项目负责人或同一保证金账户；
                               每项附证据及对应的第四十条条款
</translation>
    </message>
    <message>
        <source>tender publish REFERENCE --passphrase-file FILE [--suite international|national]</source>
        <translation>tender publish REFERENCE --passphrase-file FILE [--suite international|national]</translation>
    </message>
    <message>
        <source>--suite is international or national, not &apos;%1&apos;.</source>
        <translation>--suite 只能是 international 或 national，不能是“%1”。</translation>
    </message>
    <message>
        <source>Tender %1 published as release %2. Bids are sealed with %3 to the key %4; keep the passphrase: it opens the bids.</source>
        <translation>招标项目 %1 已发布，发布版本为 %2。投标文件将以%3使用公钥 %4 加密密封；请妥善保管口令：开标时须凭口令解密投标文件。</translation>
    </message>
    <message>
        <source>  tender create --from FILE.json
                               create a draft tender (its category&apos;s template
                               fills what the file leaves out); prints its
                               reference
  tender edit REFERENCE --from FILE.json
                               change a draft: the file&apos;s fields replace its own
  tender publish REFERENCE --passphrase-file FILE [--suite international|national]
                               publish a draft: release 1 and the key pair bids
                               are sealed to (its private key under the
                               passphrase); national: SM2, SM4, SM3
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
  tender publish REFERENCE --passphrase-file FILE [--suite international|national]
                               发布草稿：生成第 1 个发布版本及用于密封投标
                               文件的密钥对（私钥以口令加密保存）；
                               national：国密算法 SM2、SM4、SM3
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
    <message>
        <source>Name one bid package: bid receive FILE.zip</source>
        <translation>请指定一个投标文件包：bid receive FILE.zip</translation>
    </message>
    <message>
        <source>Bid package %1 refused (%2): %3</source>
        <translation>投标文件包 %1 被拒收（%2）：%3</translation>
    </message>
    <message>
        <source>Withdrawal by %1 (%2) received for tender %3: submission %4 is withdrawn.</source>
        <translation>已收到 %1（%2）对招标项目 %3 的撤回通知：递交 %4 已撤回。</translation>
    </message>
    <message>
        <source>Bid of %1 (%2) received for tender %3 at %4 as submission %5, sealed until the opening.</source>
        <translation>已于 %4 收到 %1（%2）对招标项目 %3 的投标，递交编号 %5，开标前保持密封。</translation>
    </message>
    <message>
        <source>It replaces the vendor&apos;s earlier bid, submission %1.</source>
        <translation>该投标替换该投标人此前的投标（递交 %1）。</translation>
    </message>
    <message>
        <source>Package SHA-256: %1</source>
        <translation>文件包 SHA-256：%1</translation>
    </message>
    <message>
        <source>Signed receipt for the vendor: %1 and %2 (the receipt key is in the JSON).</source>
        <translation>给投标人的签名回执：%1 和 %2（回执公钥在 JSON 中）。</translation>
    </message>
    <message>
        <source>tender open REFERENCE --passphrase-file FILE</source>
        <translation>tender open 项目编号 --passphrase-file 文件</translation>
    </message>
    <message>
        <source>Opening the bids: %1 of %2 %3</source>
        <translation>正在开标：第 %1 份，共 %2 份 %3</translation>
    </message>
    <message>
        <source>opened: %1 (%2) %3</source>
        <translation>已开启：%1（%2）%3</translation>
    </message>
    <message>
        <source>failed: %1 (%2): %3</source>
        <translation>开启失败：%1（%2）：%3</translation>
    </message>
    <message>
        <source>Tender %1 opened: %2 valid bid(s), %3 failed; release %4.</source>
        <translation>招标项目 %1 已开标：有效投标 %2 份，开启失败 %3 份；公告 %4。</translation>
    </message>
    <message>
        <source>bids list REFERENCE [--json]</source>
        <translation>bids list 项目编号 [--json]</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>递交时间</translation>
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
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>文件包 SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n bid package(s)</source>
        <translation>
            <numerusform>%n 个投标文件包</numerusform>
        </translation>
    </message>
    <message>
        <source>tender minutes REFERENCE --out FILE.pdf [--language zh_CN|en]</source>
        <translation>tender minutes 项目编号 --out 文件.pdf [--language zh_CN|en]</translation>
    </message>
    <message>
        <source>--language is zh_CN or en, not &apos;%1&apos;.</source>
        <translation>--language 只能是 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>Printing needs the graphical platform; run the command again (it sets one up itself).</source>
        <translation>打印需要图形平台；请重新运行该命令（命令会自行配置图形平台）。</translation>
    </message>
    <message>
        <source>Minutes of the opening of %1 written to %2 (%3 KiB).</source>
        <translation>%1 的开标记录已写入 %2（%3 KiB）。</translation>
    </message>
    <message>
        <source>Language of the minutes.</source>
        <translation>开标记录的语言。</translation>
    </message>
    <message>
        <source>bid opening</source>
        <translation>开标</translation>
    </message>
    <message>
        <source>This desk has no signing identity yet. Make one first: tenderdesk-cli vendor init --organization NAME --uscc CODE --passphrase-file FILE.</source>
        <translation>本工作台还没有签名身份。请先创建：tenderdesk-cli vendor init --organization NAME --uscc CODE --passphrase-file FILE。</translation>
    </message>
    <message>
        <source>The passphrase does not open the signing key of %1; check the passphrase file.</source>
        <translation>该口令无法解开 %1 的签名私钥；请检查口令文件。</translation>
    </message>
    <message>
        <source>Tender %1 imported (release %2).</source>
        <translation>已导入招标项目 %1（第 %2 版）。</translation>
    </message>
    <message>
        <source>Tender %1 updated to release %2.</source>
        <translation>招标项目 %1 已更新至第 %2 版。</translation>
    </message>
    <message>
        <source>vendor init --organization NAME --uscc CODE [--suite international|national] --passphrase-file FILE [--force]</source>
        <translation>vendor init --organization 名称 --uscc 代码 [--suite international|national] --passphrase-file 文件 [--force]</translation>
    </message>
    <message>
        <source>This desk has a signing identity already (tenderdesk-cli vendor show). Bids it signed are traced to it: replace it only on purpose, with --force.</source>
        <translation>本工作台已有签名身份（见 tenderdesk-cli vendor show）。用它签名的投标均可追溯到它：仅在确有需要时使用 --force 替换。</translation>
    </message>
    <message>
        <source>Signing identity of %1 (%2) made: %3, certificate %4. Keep the passphrase: it signs your bids.</source>
        <translation>已创建 %1（%2）的签名身份：%3，证书 %4。请妥善保管口令：它用于签署您的投标。</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Cipher suite: %1</source>
        <translation>密码套件：%1</translation>
    </message>
    <message>
        <source>Certificate: %1, valid from %2 to %3</source>
        <translation>证书：%1，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>bid template --tender-package FILE.zip</source>
        <translation>bid template --tender-package 文件.zip</translation>
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
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>bid seal --tender-package FILE.zip --from BID.json [--documents FOLDER] --passphrase-file FILE --out BID.zip</source>
        <translation>bid seal --tender-package 文件.zip --from BID.json [--documents 文件夹] --passphrase-file 文件 --out BID.zip</translation>
    </message>
    <message>
        <source>%1 is a bid for tender %2, but the tender package is of %3.</source>
        <translation>%1 是针对招标项目 %2 的投标，但招标文件包属于 %3。</translation>
    </message>
    <message>
        <source>The bid deadline of tender %1 passed at %2; the buyer refuses bids received after it.</source>
        <translation>招标项目 %1 的投标截止时间已于 %2 届满；采购人将拒收此后收到的投标。</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>The bid was not sealed: fix the errors above in %1 and try again.</source>
        <translation>投标未密封：请修正 %1 中的上述错误后重试。</translation>
    </message>
    <message>
        <source>Sealing: %1%</source>
        <translation>正在密封：%1%</translation>
    </message>
    <message>
        <source>Sealed bid for %1 written to %2 (%3 bytes).</source>
        <translation>%1 的密封投标已写入 %2（%3 字节）。</translation>
    </message>
    <message>
        <source>bid withdraw --tender-package FILE.zip --passphrase-file FILE --out NOTICE.zip</source>
        <translation>bid withdraw --tender-package 文件.zip --passphrase-file 文件 --out 通知.zip</translation>
    </message>
    <message>
        <source>Withdrawal of the bid of %1 for %2 written to %3; deliver it to the buyer before the bid deadline.</source>
        <translation>%1 对 %2 的撤回投标通知已写入 %3；请在投标截止时间前送达采购人。</translation>
    </message>
    <message>
        <source>Unknown command &apos;vendor %1&apos;.</source>
        <translation>未知命令“vendor %1”。</translation>
    </message>
    <message>
        <source>&apos;bid %1&apos; takes no words besides its options.</source>
        <translation>“bid %1”除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>Legal name of the organisation.</source>
        <translation>单位的法定名称。</translation>
    </message>
    <message>
        <source>Unified social credit code.</source>
        <translation>统一社会信用代码。</translation>
    </message>
    <message>
        <source>Replace the desk&apos;s signing identity.</source>
        <translation>替换本工作台的签名身份。</translation>
    </message>
    <message>
        <source>Tender package from the buyer.</source>
        <translation>采购人提供的招标文件包。</translation>
    </message>
    <message>
        <source>Folder of the bid&apos;s documents.</source>
        <translation>投标文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Benchmark run the cost to serve comes from.</source>
        <translation>用于计算服务成本的基准测试运行。</translation>
    </message>
    <message>
        <source>  vendor init --organization NAME --uscc CODE [--suite international|national]
              --passphrase-file FILE [--force]
                               make the desk&apos;s signing identity: a key (under
                               the passphrase) and a self-signed certificate
  vendor show [--json]         the desk&apos;s signing identity
  bid template --tender-package FILE.zip
                               import the tender and print a BID.json to fill in
  bid seal --tender-package FILE.zip --from BID.json [--documents FOLDER]
           --passphrase-file FILE --out BID.zip [--benchmark-run ID]
                               check the bid, seal it to the tender&apos;s key, sign
                               it and write the bid package; prints its SHA-256
  bid withdraw --tender-package FILE.zip --passphrase-file FILE --out FILE.zip
                               a signed notice that withdraws your bid
</source>
        <translation>  vendor init --organization NAME --uscc CODE [--suite international|national]
              --passphrase-file FILE [--force]
                               创建本工作台的签名身份：私钥（以口令加密）
                               和自签名证书
  vendor show [--json]         显示本工作台的签名身份
  bid template --tender-package FILE.zip
                               导入招标项目并输出待填写的 BID.json
  bid seal --tender-package FILE.zip --from BID.json [--documents FOLDER]
           --passphrase-file FILE --out BID.zip [--benchmark-run ID]
                               检查投标，用招标项目的公钥密封、签名并写出
                               投标文件包；输出其 SHA-256
  bid withdraw --tender-package FILE.zip --passphrase-file FILE --out FILE.zip
                               签名的撤回投标通知
</translation>
    </message>
    <message>
        <source>bids search REFERENCE TEXT [--json] [--limit N]</source>
        <translation>bids search 项目编号 文字 [--json] [--limit N]</translation>
    </message>
    <message>
        <source>Name the tender and the text to look for: %1</source>
        <translation>请写明招标项目和要查找的文字：%1</translation>
    </message>
    <message>
        <source>Give the text to look for: %1</source>
        <translation>请给出要查找的文字：%1</translation>
    </message>
    <message>
        <source>--limit takes a number of hits above 0.</source>
        <translation>--limit 须为大于 0 的命中数。</translation>
    </message>
    <message>
        <source>No bid of %1 has been opened yet: documents are searchable after `tender open`.</source>
        <translation>%1 尚无已开启的投标：执行 `tender open` 开标后方可检索投标文件。</translation>
    </message>
    <message>
        <source>No document of the %1 opened bids mentions &quot;%2&quot;.</source>
        <translation>%1 份已开启投标的文件中均未出现“%2”。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>共 %n 处命中。</numerusform>
        </translation>
    </message>
    <message>
        <source>  bid receive FILE.zip           take a bid package (or a withdrawal) for the
                               tender it names; writes FILE.receipt.json and
                               FILE.receipt.sig, the signed receipt, beside it
  tender open REFERENCE --passphrase-file FILE
                               after the bid deadline, unseal and open all bids
  bids list REFERENCE [--json]   the bid packages received; after the opening,
                               what each bid offers, and why a bid failed
  bids search REFERENCE TEXT [--json] [--limit N]
                               where the opened bids&apos; documents mention TEXT
                               (page and context), text and PDF metadata
  tender minutes REFERENCE --out FILE.pdf [--language zh_CN|en]
                               print the minutes of the opening
</source>
        <translation>  bid receive 文件.zip           接收投标文件包（或撤回通知），归入其所标明的
                               招标项目；在旁边写入签名回执 文件.receipt.json 和
                               文件.receipt.sig
  tender open 项目编号 --passphrase-file 文件
                               投标截止后，解封并开启全部投标
  bids list 项目编号 [--json]    已收到的投标文件包；开标后列出每份投标的内容，
                               以及开启失败的原因
  bids search 项目编号 文字 [--json] [--limit N]
                               已开启投标的文件中出现该文字之处（页码和上下文），
                               含正文和 PDF 元数据
  tender minutes 项目编号 --out 文件.pdf [--language zh_CN|en]
                               打印开标记录
</translation>
    </message>
    <message>
        <source>--bid takes a bid&apos;s number: %1</source>
        <translation>--bid 需要投标编号：%1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at offset %3).</source>
        <translation>%1 不是 JSON 对象（%2，位置 %3）。</translation>
    </message>
    <message>
        <source>waiting for the panel&apos;s decision</source>
        <translation>等待委员会决定</translation>
    </message>
    <message>
        <source>explanation accepted: the price stands</source>
        <translation>说明已接受：价格有效</translation>
    </message>
    <message>
        <source>explanation rejected: the bid is invalid</source>
        <translation>说明未被接受：投标无效</translation>
    </message>
    <message>
        <source>no benchmark yet</source>
        <translation>尚无基准测试</translation>
    </message>
    <message>
        <source>profitable</source>
        <translation>盈利</translation>
    </message>
    <message>
        <source>below cost without the voucher</source>
        <translation>不计算力券低于成本</translation>
    </message>
    <message>
        <source>below cost even with the voucher</source>
        <translation>计入算力券仍低于成本</translation>
    </message>
    <message>
        <source>Compliance review, confirmed %1 by %2:</source>
        <translation>符合性审查，%2 于 %1 确认：</translation>
    </message>
    <message>
        <source>Compliance review, automatic (the panel has not confirmed it: `compliance %1 --confirm`):</source>
        <translation>符合性审查，自动结果（委员会尚未确认：`compliance %1 --confirm`）：</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>投标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>未通过项</translation>
    </message>
    <message>
        <source>overridden by %1 (%2): %3</source>
        <translation>由 %1 推翻（%2）：%3</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>sub. %1</source>
        <translation>递交 %1</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Panel: none yet (`panel %1 --add NAME`).</source>
        <translation>评标委员会：尚无成员（`panel %1 --add 姓名`）。</translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation>（主任委员）</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>Panel: %1; %2 of %3 sheets submitted.</source>
        <translation>评标委员会：%1；已提交 %2/%3 份评分表。</translation>
    </message>
    <message>
        <source>The evaluators&apos; scores stay hidden until every sheet is in.</source>
        <translation>全部评分表提交前，评委的评分保持隐藏。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Eval. price</source>
        <translation>评审价</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>价格分</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Lot %1: benchmark (lowest valid evaluation price) %2</source>
        <translation>标包 %1：评标基准价（最低有效评审价）%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recommended winner: bid %1 (%2).</source>
        <translation>推荐中标候选人：投标 %1（%2）。</translation>
    </message>
    <message>
        <source>Abnormally low and below-cost flags:</source>
        <translation>异常低价与低于成本预警：</translation>
    </message>
    <message>
        <source>  bid %1 (%2): %3 — %4</source>
        <translation>  投标 %1（%2）：%3 —— %4</translation>
    </message>
    <message>
        <source>  explanation step of bid %1: %2</source>
        <translation>  投标 %1 的说明环节：%2</translation>
    </message>
    <message>
        <source>; the vendor: &quot;%1&quot;</source>
        <translation>；供应商：“%1”</translation>
    </message>
    <message>
        <source>; the panel: &quot;%1&quot;</source>
        <translation>；委员会：“%1”</translation>
    </message>
    <message>
        <source>Evaluation of %1 (%2), %3.</source>
        <translation>%1（%2）的评标，%3。</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>评标方法：%1。</translation>
    </message>
    <message>
        <source>Awarded to bid %1 for %2 on %3; standstill until %4; loss-making flag: %5.</source>
        <translation>于 %3 授予投标 %1，金额 %2；公示期至 %4；亏损标记：%5。</translation>
    </message>
    <message>
        <source>The ranking is final: record the award with `award %1 --bid ID`.</source>
        <translation>排名已确定：用 `award %1 --bid 编号` 记录定标。</translation>
    </message>
    <message>
        <source>Before the award:</source>
        <translation>定标前还需：</translation>
    </message>
    <message>
        <source>Tender %1 has no bid %2 in its evaluation.</source>
        <translation>招标 %1 的评标中没有投标 %2。</translation>
    </message>
    <message>
        <source>evaluate REFERENCE [--json] [--bid ID] [--settings FILE.json]</source>
        <translation>evaluate 招标编号 [--json] [--bid 编号] [--settings 文件.json]</translation>
    </message>
    <message>
        <source>compliance REFERENCE [--confirm | --bid ID --check CODE (--pass|--fail) --justification TEXT]</source>
        <translation>compliance 招标编号 [--confirm | --bid 编号 --check 代码 (--pass|--fail) --justification 理由]</translation>
    </message>
    <message>
        <source>Say whether the check passes or fails: --pass or --fail.</source>
        <translation>请说明检查项通过还是不通过：--pass 或 --fail。</translation>
    </message>
    <message>
        <source>The panel&apos;s override is recorded and audited.</source>
        <translation>委员会的推翻决定已记录并写入审计日志。</translation>
    </message>
    <message>
        <source>The compliance review of %1 is confirmed.</source>
        <translation>%1 的符合性审查已确认。</translation>
    </message>
    <message>
        <source>panel REFERENCE [--add NAME [--chair] | --remove NAME]</source>
        <translation>panel 招标编号 [--add 姓名 [--chair] | --remove 姓名]</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>已于 %1 提交</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>The panel of %1 is empty: add members with --add NAME.</source>
        <translation>%1 的评标委员会为空：用 --add 姓名 添加成员。</translation>
    </message>
    <message>
        <source>%1 is not a score sheet (&quot;format&quot;: &quot;tenderdesk-sheet-1&quot;); print one with `score %2 --evaluator NAME --template`.</source>
        <translation>%1 不是评分表（&quot;format&quot;: &quot;tenderdesk-sheet-1&quot;）；可用 `score %2 --evaluator 姓名 --template` 生成。</translation>
    </message>
    <message>
        <source>%1 is a sheet of tender %2, not %3.</source>
        <translation>%1 是招标 %2 的评分表，不是 %3 的。</translation>
    </message>
    <message>
        <source>%1 is the sheet of %2, not of %3.</source>
        <translation>%1 是 %2 的评分表，不是 %3 的。</translation>
    </message>
    <message>
        <source>%1, scores[%2]: a score has a &quot;bid&quot; number, a &quot;criterion&quot; code and &quot;points&quot;.</source>
        <translation>%1，scores[%2]：每项评分需要 &quot;bid&quot; 编号、&quot;criterion&quot; 代码和 &quot;points&quot; 分数。</translation>
    </message>
    <message>
        <source>score REFERENCE --evaluator NAME (--from SHEET.json [--draft] | --template)</source>
        <translation>score 招标编号 --evaluator 姓名 (--from 评分表.json [--draft] | --template)</translation>
    </message>
    <message>
        <source>The sheet of %1 is submitted and locked (%2 scores).</source>
        <translation>%1 的评分表已提交并锁定（%2 项评分）。</translation>
    </message>
    <message>
        <source>The draft sheet of %1 is saved (%2 scores); submit it without --draft.</source>
        <translation>%1 的评分表草稿已保存（%2 项评分）；去掉 --draft 即可提交。</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted.</source>
        <translation>已提交 %1/%2 份评分表。</translation>
    </message>
    <message>
        <source>explain REFERENCE --bid ID --from EXPLANATION.json</source>
        <translation>explain 招标编号 --bid 编号 --from 说明.json</translation>
    </message>
    <message numerus="yes">
        <source>The explanation of bid %1 is recorded with %n attachment(s).</source>
        <translation>
            <numerusform>投标 %1 的说明已记录，附件 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;decision&quot; is &quot;accepted&quot; or &quot;rejected&quot;.</source>
        <translation>%1：&quot;decision&quot; 应为 &quot;accepted&quot; 或 &quot;rejected&quot;。</translation>
    </message>
    <message>
        <source>The panel&apos;s decision on bid %1 is recorded: %2.</source>
        <translation>委员会对投标 %1 的决定已记录：%2。</translation>
    </message>
    <message>
        <source>award REFERENCE --bid ID [--justification TEXT]</source>
        <translation>award 招标编号 --bid 编号 [--justification 理由]</translation>
    </message>
    <message>
        <source>profitable: the price covers the cost-to-serve of %1</source>
        <translation>盈利：价格覆盖了 %1 的服务成本</translation>
    </message>
    <message>
        <source>loss-making without the compute voucher (cost-to-serve %1), profitable with it (%2)</source>
        <translation>不计算力券亏损（服务成本 %1），计入算力券盈利（%2）</translation>
    </message>
    <message>
        <source>loss-making even with the compute voucher (cost-to-serve %1, with the voucher %2)</source>
        <translation>计入算力券仍亏损（服务成本 %1，计入算力券 %2）</translation>
    </message>
    <message>
        <source>no benchmark yet: the cost-to-serve is unknown</source>
        <translation>尚无基准测试：服务成本未知</translation>
    </message>
    <message>
        <source>Tender %1: bid %2 is awarded %3. Standstill until %4.</source>
        <translation>招标 %1：投标 %2 中标，金额 %3。公示期至 %4。</translation>
    </message>
    <message>
        <source>Loss-making flag: %1.</source>
        <translation>亏损标记：%1。</translation>
    </message>
    <message>
        <source>Rescore the whole market: rescore --all.</source>
        <translation>对整个市场重新评分：rescore --all。</translation>
    </message>
    <message>
        <source>Rescoring: %1 of %2 tenders</source>
        <translation>正在重新评分：%1/%2 个招标</translation>
    </message>
    <message>
        <source>Tenders rescored: %1 (bids: %2; still under evaluation: %3). Changed: %4 bids, %5 awards.</source>
        <translation>已重新评分的招标：%1（投标：%2；仍在评标中：%3）。有变化：%4 个投标，%5 个授标。</translation>
    </message>
    <message>
        <source>R058 market threshold over %1 awarded processes: d ≥ %2.</source>
        <translation>基于 %1 个已定标项目的 R058 市场阈值：d ≥ %2。</translation>
    </message>
    <message>
        <source>Too few awarded processes (%1) for the R058 market threshold.</source>
        <translation>已定标项目太少（%1 个），无法计算 R058 市场阈值。</translation>
    </message>
    <message>
        <source>A member of the evaluation panel.</source>
        <translation>评标委员会成员。</translation>
    </message>
    <message>
        <source>Print a score sheet to fill in.</source>
        <translation>输出待填写的评分表。</translation>
    </message>
    <message>
        <source>Save the sheet without submitting it.</source>
        <translation>保存评分表但不提交。</translation>
    </message>
    <message>
        <source>Why, in writing; audited.</source>
        <translation>书面理由；写入审计日志。</translation>
    </message>
    <message>
        <source>Every tender.</source>
        <translation>所有招标。</translation>
    </message>
    <message>
        <source>Add this member to the panel.</source>
        <translation>将此成员加入评标委员会。</translation>
    </message>
    <message>
        <source>Remove this member from the panel.</source>
        <translation>将此成员移出评标委员会。</translation>
    </message>
    <message>
        <source>The member added chairs the panel.</source>
        <translation>新增成员担任主任委员。</translation>
    </message>
    <message>
        <source>Confirm the compliance review.</source>
        <translation>确认符合性审查。</translation>
    </message>
    <message>
        <source>A compliance check&apos;s code.</source>
        <translation>符合性检查项代码。</translation>
    </message>
    <message>
        <source>The check passes.</source>
        <translation>检查项通过。</translation>
    </message>
    <message>
        <source>The check fails.</source>
        <translation>检查项不通过。</translation>
    </message>
    <message>
        <source>Evaluation settings to apply.</source>
        <translation>要应用的评标设置。</translation>
    </message>
    <message>
        <source>  evaluate REF [--json] [--bid ID] [--settings FILE.json]
                               score the tender and show its compliance, scores,
                               flags (the rule and the values that fired) and
                               ranking; --bid shows how each number of one bid
                               was computed
  compliance REF [--confirm | --bid ID --check CODE (--pass|--fail)
             --justification TEXT]
                               the compliance review; the panel overrides a check
                               (with a written justification) and confirms it
  panel REF [--add NAME [--chair] | --remove NAME]
                               the evaluation panel
  score REF --evaluator NAME (--from SHEET.json [--draft] | --template)
                               submit (and lock) an evaluator&apos;s score sheet; the
                               template fills the benchmark criteria from the runs
  explain REF --bid ID --from EXPLANATION.json
                               record a flagged vendor&apos;s explanation (with PDF
                               attachments) and the panel&apos;s decision
  award REF --bid ID [--justification TEXT]
                               record and publish the award, with its loss-making
                               flag
  rescore --all                score every tender again, with progress
</source>
        <translation>  evaluate 编号 [--json] [--bid 投标] [--settings 文件.json]
                               评分并显示符合性审查、评分、预警（触发的规则
                               及数值）和排名；--bid 显示某投标每个数字的计算过程
  compliance 编号 [--confirm | --bid 投标 --check 代码 (--pass|--fail)
             --justification 理由]
                               符合性审查；委员会可写明理由推翻检查项并确认
  panel 编号 [--add 姓名 [--chair] | --remove 姓名]
                               评标委员会
  score 编号 --evaluator 姓名 (--from 评分表.json [--draft] | --template)
                               提交（并锁定）评委的评分表；模板按基准测试
                               结果填写准确率和性能项
  explain 编号 --bid 投标 --from 说明.json
                               记录被预警供应商的说明（可附 PDF）及委员会决定
  award 编号 --bid 投标 [--justification 理由]
                               记录并发布定标结果及亏损标记
  rescore --all                对所有招标重新评分，显示进度
</translation>
    </message>
    <message>
        <source>evaluation report REFERENCE --out FILE.pdf [--lang zh_CN|en]</source>
        <translation>evaluation report 招标编号 --out 文件.pdf [--lang zh_CN|en]</translation>
    </message>
    <message>
        <source>Evaluation report of %1 written to %2 (%3 KiB).</source>
        <translation>%1 的评标报告已写入 %2（%3 KiB）。</translation>
    </message>
    <message>
        <source>  evaluation report REFERENCE --out FILE.pdf [--lang zh_CN|en]
                               print the evaluation report: panel, compliance,
                               scores, flags and how they were settled, ranking,
                               award and its loss-making flag
</source>
        <translation>  evaluation report 招标编号 --out 文件.pdf [--lang zh_CN|en]
                               打印评标报告：评标委员会、符合性审查、
                               评分、异常低价标记及其处理、排名、
                               定标结果及亏损标记
</translation>
    </message>
    <message>
        <source>award</source>
        <translation>中标公告</translation>
    </message>
    <message>
        <source>Tender file to read; the first day of publication exported or reported.</source>
        <translation>要读取的招标文件；导出或报告的发布起始日。</translation>
    </message>
    <message>
        <source>The last day of publication exported or reported.</source>
        <translation>导出或报告的发布截止日。</translation>
    </message>
    <message>
        <source>A section of the market report.</source>
        <translation>市场报告的一个部分。</translation>
    </message>
    <message>
        <source>export ocds --out FILE [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>export ocds --out 文件 [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--%1 takes a day written YYYY-MM-DD, not &apos;%2&apos;: %3</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”：%3</translation>
    </message>
    <message>
        <source>export ocds takes no other words: %1</source>
        <translation>export ocds 不接受其他参数：%1</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2): %3</source>
        <translation>--to（%1）早于 --from（%2）：%3</translation>
    </message>
    <message>
        <source>Exporting OCDS: %1 of %2 tenders</source>
        <translation>正在导出 OCDS：%1 / %2 个招标项目</translation>
    </message>
    <message>
        <source>OCDS releases written to %1 as JSON Lines: %2 tenders, %3 bids, %4 awards, %5 bytes.</source>
        <translation>OCDS 发布已按 JSON Lines 写入 %1：%2 个招标项目，%3 份投标，%4 项定标，%5 字节。</translation>
    </message>
    <message>
        <source>OCDS release package written to %1: %2 tenders, %3 bids, %4 awards, %5 bytes.</source>
        <translation>OCDS 发布包已写入 %1：%2 个招标项目，%3 份投标，%4 项定标，%5 字节。</translation>
    </message>
    <message>
        <source>Name what to export: %1</source>
        <translation>请指明要导出的内容：%1</translation>
    </message>
    <message>
        <source>Unknown export &apos;%1&apos;: %2</source>
        <translation>未知的导出类型“%1”：%2</translation>
    </message>
    <message>
        <source>Write JSON Lines, one release per line.</source>
        <translation>写成 JSON Lines，每行一个发布。</translation>
    </message>
    <message>
        <source>  export ocds --out FILE [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                               every tender with its bids and awards as OCDS 1.1
                               releases (bids extension): a release package, or
                               JSON Lines; only tenders published from --from to
                               --to (days included) when given
</source>
        <translation>  export ocds --out 文件 [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                               将每个招标项目及其投标和定标导出为 OCDS 1.1
                               发布（含投标扩展）：发布包，或 JSON Lines；
                               给出 --from 和 --to 时只导出该期间（含首尾两天）
                               发布的招标项目
</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>No organisation is called &apos;%1&apos; (--%2): name it by its short name, legal name, USCC or id.</source>
        <translation>没有名为“%1”的机构（--%2）：请使用简称、全称、统一社会信用代码或编号。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>market takes options only, not &apos;%1&apos;.</source>
        <translation>market 只接受选项，不接受“%1”。</translation>
    </message>
    <message>
        <source>redflags takes options only, not &apos;%1&apos;.</source>
        <translation>redflags 只接受选项，不接受“%1”。</translation>
    </message>
    <message>
        <source>No red flags.</source>
        <translation>没有风险预警。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s).</source>
        <translation>
            <numerusform>%n 条风险预警。</numerusform>
        </translation>
    </message>
    <message>
        <source>A buyer (short name, name, USCC or id).</source>
        <translation>采购人（简称、全称、统一社会信用代码或编号）。</translation>
    </message>
    <message>
        <source>A bidder (short name, name, USCC or id).</source>
        <translation>投标人（简称、全称、统一社会信用代码或编号）。</translation>
    </message>
    <message>
        <source>An accelerator model offered.</source>
        <translation>投标中提供的加速卡型号。</translation>
    </message>
    <message>
        <source>  market [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--buyer ORG]...
         [--category CODE]... [--vendor ORG]... [--model FAMILY]...
         [--accelerator MODEL]... [--section ID]... [--lang zh_CN|en]
                               the market&apos;s figures, computed by the database:
                               tenders and budgets by month, bids per tender,
                               price against budget, vendor shares, models and
                               accelerators, the benchmark leaderboard, loss-
                               making wins, reference figures and red flags
  redflags [--json] [--settings FILE.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
           [--buyer ORG]... [--category CODE]...
                               cardinal-rs&apos;s red flags (R003 ... R058) with the
                               flagged processes and parties; --json prints
                               cardinal&apos;s own output
</source>
        <translation>  market [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--buyer 机构]...
         [--category 代码]... [--vendor 机构]... [--model 模型系列]...
         [--accelerator 型号]... [--section 部分]... [--lang zh_CN|en]
                               由数据库计算的市场数据：按月的招标项目与预算、
                               每个项目的投标数、中标价与预算之比、供应商份额、
                               模型与加速卡、基准测试排行榜、亏损中标、
                               参考数据与风险预警
  redflags [--json] [--settings 文件.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
           [--buyer 机构]... [--category 代码]...
                               cardinal-rs 风险预警（R003 … R058）及被标记的
                               采购过程和当事方；--json 输出 cardinal 自己的格式
</translation>
    </message>
    <message>
        <source>report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE --to DATE] [--lang zh_CN|en]</source>
        <translation>report --out 文件.(pdf|html|xlsx|csv) [--section 部分]... [--from 日期 --to 日期] [--lang zh_CN|en]</translation>
    </message>
    <message>
        <source>--%1 is a day written YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>The report takes no words after it: %1</source>
        <translation>report 之后不接受其他参数：%1</translation>
    </message>
    <message>
        <source>The report is written as .pdf, .html, .xlsx or .csv; name the --out file with one of these extensions, not &apos;%1&apos;.</source>
        <translation>报告可写成 .pdf、.html、.xlsx 或 .csv；--out 文件须使用其中一种扩展名，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>Unknown section(s): %1. The sections are: %2.</source>
        <translation>未知的部分：%1。可用的部分为：%2。</translation>
    </message>
    <message>
        <source>Market report written to %1.</source>
        <translation>市场报告已写入 %1。</translation>
    </message>
    <message>
        <source>  report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE]
         [--to DATE] [--lang zh_CN|en]
                               the market report (all sections, or those named)
                               in the format of the file&apos;s extension; CSV writes
                               FILE-TABLE.csv for each table when there are
                               several; DATE is YYYY-MM-DD
</source>
        <translation>  report --out 文件.(pdf|html|xlsx|csv) [--section 部分]... [--from 日期]
         [--to 日期] [--lang zh_CN|en]
                               市场报告（全部部分，或指定的部分），格式由文件
                               扩展名决定；有多个表格时 CSV 为每个表格写一个
                               文件-表格.csv；日期为 YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>import FILE... [--format %1]</source>
        <translation>import 文件... [--format %1]</translation>
    </message>
    <message>
        <source>%1: nothing to import (no release or record in it).</source>
        <translation>%1：没有可导入的内容（其中没有发布或记录）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 releases; tenders %4 created, %5 updated; bids %6 created, %7 updated; awards %8 created, %9 updated; organisations %10 created, %11 matched; %n warning(s).</source>
        <translation><numerusform>%1（%2）：%3 个发布；招标项目新建 %4、更新 %5；投标新建 %6、更新 %7；定标新建 %8、更新 %9；机构新建 %10、匹配 %11；%n 条警告。</numerusform></translation>
    </message>
    <message>
        <source>Shape of the OCDS files to import.</source>
        <translation>要导入的 OCDS 文件的结构。</translation>
    </message>
    <message>
        <source>  import FILE... [--format release-package|record-package|release|record|
                jsonl|concatenated]
                               OCDS data from any publisher into the database
                               for the market study, all or nothing per file
</source>
        <translation>  import 文件... [--format release-package|record-package|release|record|
                jsonl|concatenated]
                               将任何发布方的 OCDS 数据导入数据库用于市场
                               分析，每个文件要么全部导入，要么全不导入
</translation>
    </message>
    <message>
        <source>Name the files to import: %1</source>
        <translation>请指明要导入的文件：%1</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: %2</source>
        <translation>未知的格式“%1”：%2</translation>
    </message>
    <message>
        <source>Importing %1: %2 of %3 MB</source>
        <translation>正在导入 %1：%2 / %3 MB</translation>
    </message>
</context>
<context>
    <name>td::collusion</name>
    <message numerus="yes">
        <source>%n bidders submitted the very same file (SHA-256 %1).</source>
        <translation>
            <numerusform>%n 家投标人提交了完全相同的文件（SHA-256 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n bidders sealed their bid packages on the same computer.</source>
        <translation>
            <numerusform>%n 家投标人在同一台电脑上密封了投标文件包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine fingerprint in each package&apos;s manifest: %1</source>
        <translation>各投标文件包清单中的机器码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n bidders name the same project manager, %1.</source>
        <translation>
            <numerusform>%n 家投标人载明的项目负责人为同一人：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bidders paid their bid security from the same account, %1.</source>
        <translation>
            <numerusform>%n 家投标人的投标保证金出自同一账户：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>creator tool</source>
        <translation>创建工具</translation>
    </message>
    <message>
        <source>PDF producer</source>
        <translation>PDF 生成程序</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>modification time</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Same %1: %2</source>
        <translation>%1相同：%2</translation>
    </message>
    <message numerus="yes">
        <source>Documents of %n bidders carry the same PDF metadata: %1.</source>
        <translation>
            <numerusform>%n 家投标人的文档具有相同的 PDF 属性：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1 报价 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bidders in lot %1 bid exactly the same price, %2.</source>
        <translation>
            <numerusform>标包 %1 中有 %n 家投标人报价完全相同：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids in lot %1 are evenly spaced, about %2 apart.</source>
        <translation>
            <numerusform>标包 %1 中有 %n 份投标报价呈等差分布，间隔约 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gaps between neighbouring prices: %1</source>
        <translation>相邻报价之差：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s %2 and %3&apos;s %4 are about %5% alike (estimated Jaccard similarity).</source>
        <translation>%1 的 %2 与 %3 的 %4 相似度约为 %5%（Jaccard 相似度估计值）。</translation>
    </message>
    <message numerus="yes">
        <source>%n shared passage(s) found; the longest:</source>
        <translation>
            <numerusform>共发现 %n 处相同段落，最长的几处：</numerusform>
        </translation>
    </message>
    <message>
        <source>Passage of %1, at characters %2–%3 of %4 and %5–%6 of %7:</source>
        <translation>相同段落（%1），位于 %4 第 %2–%3 个字符和 %7 第 %5–%6 个字符：</translation>
    </message>
    <message>
        <source>  %1: “%2”</source>
        <translation>  %1：“%2”</translation>
    </message>
</context>
<context>
    <name>td::cost</name>
    <message>
        <source>There is no bid %1. List a tender&apos;s bids with &quot;tenderdesk-cli tenders show REFERENCE&quot; or in the Tenders workspace.</source>
        <translation>没有投标 %1。可使用“tenderdesk-cli tenders show REFERENCE”或在“招标”工作区中列出招标项目的投标。</translation>
    </message>
    <message>
        <source>Bid %1 has no completed benchmark run, so its throughput is not known. Benchmark the vendor&apos;s deployment with this bid selected (or tenderdesk-cli bench --bid %1 ...).</source>
        <translation>投标 %1 没有已完成的基准测试运行，因此吞吐量未知。请在选中此投标的情况下对供应商的部署进行基准测试（或使用 tenderdesk-cli bench --bid %1 ...）。</translation>
    </message>
    <message>
        <source>Benchmark run %1 measured no output tokens (every request failed?), so there is no throughput to cost. Run the benchmark again.</source>
        <translation>基准测试运行 %1 未测得任何输出 token（是否所有请求均失败？），因此没有可用于计算成本的吞吐量。请重新运行基准测试。</translation>
    </message>
    <message>
        <source>The hosting option &quot;%1&quot; chosen for this bid is no longer in the catalog. Choose another in the bid&apos;s cost assumptions.</source>
        <translation>为该投标选择的托管方案“%1”已不在目录中。请在该投标的成本假设中另选一个。</translation>
    </message>
    <message>
        <source>benchmark run %1 (%2, %3), %4</source>
        <translation>基准测试运行 %1（%2，%3），%4</translation>
    </message>
    <message>
        <source>within the tender&apos;s SLOs</source>
        <translation>满足招标项目的 SLO</translation>
    </message>
    <message>
        <source>NOT within the tender&apos;s SLOs</source>
        <translation>未达到招标项目的 SLO</translation>
    </message>
    <message>
        <source>derived from the tender&apos;s %1 concurrent users (one in %2 waiting on an answer at the peak); the tender states no peak</source>
        <translation>由招标项目的 %1 个并发用户推算（峰值时每 %2 人中有一人在等待回答）；招标项目未规定峰值</translation>
    </message>
    <message>
        <source>the tender&apos;s workload</source>
        <translation>招标项目的工作量</translation>
    </message>
    <message>
        <source>There is no benchmark run %1 on this desk. Give the number of a run this desk made, or none to take the newest run of the tender&apos;s suite.</source>
        <translation>本工作台没有基准测试运行 %1。请给出本工作台所做运行的编号，或不指定以使用该招标项目测试集的最新运行。</translation>
    </message>
    <message>
        <source>No completed benchmark run of the suite &quot;%1&quot; is on this desk, so the cost to serve this offer is not known. Benchmark your deployment on that suite first (tenderdesk-cli bench --suite %1 ...).</source>
        <translation>本工作台没有测试集“%1”的已完成基准测试运行，因此该报价的服务成本未知。请先用该测试集对您的部署进行基准测试（tenderdesk-cli bench --suite %1 ...）。</translation>
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
    <message>
        <source>a list of required documents</source>
        <translation>须附文件的列表</translation>
    </message>
    <message>
        <source>an object such as {&quot;kind&quot;: &quot;technical&quot;, &quot;mandatory&quot;: true}</source>
        <translation>形如 {&quot;kind&quot;: &quot;technical&quot;, &quot;mandatory&quot;: true} 的对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
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
    <name>td::ocds::FileReleaseSource</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>This file is not JSON Lines as --format says: a value spans several lines or shares one.</source>
        <translation>此文件不是 --format 所说的 JSON Lines：有一个值跨越多行，或与其他值同处一行。</translation>
    </message>
</context>
<context>
    <name>td::ocds::JsonScanner</name>
    <message>
        <source>The file ends inside the value that begins on this line: it is cut short.</source>
        <translation>文件在从此行开始的值内部结束：文件不完整。</translation>
    </message>
    <message>
        <source>A string is not closed before the end of the line (or holds a control character).</source>
        <translation>字符串在行尾前没有闭合（或包含控制字符）。</translation>
    </message>
    <message>
        <source>Expected a JSON object, found &apos;%1&apos;.</source>
        <translation>此处应为 JSON 对象，实际为“%1”。</translation>
    </message>
    <message>
        <source>Expected a key in double quotes, found &apos;%1&apos;.</source>
        <translation>此处应为双引号括起的键，实际为“%1”。</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a key, found &apos;%1&apos;.</source>
        <translation>键之后应为“:”，实际为“%1”。</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or a closing bracket, found &apos;%1&apos;.</source>
        <translation>此处应为“,”或右括号，实际为“%1”。</translation>
    </message>
    <message>
        <source>Expected a value, found &apos;%1&apos;.</source>
        <translation>此处应为一个值，实际为“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; closes a &apos;%2&apos;.</source>
        <translation>“%1”不能闭合“%2”。</translation>
    </message>
</context>
<context>
    <name>td::ocds::OcdsImporter</name>
    <message>
        <source>%1:%2: %3 Nothing of this file was imported.</source>
        <translation>%1:%2：%3 此文件的任何内容均未导入。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing of it was written.</source>
        <translation>%1 的导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing of this file was imported.</source>
        <translation>%1：%2 此文件的任何内容均未导入。</translation>
    </message>
    <message>
        <source>Release %1 of %2 appears again; the first one is kept.</source>
        <translation>%2 的发布 %1 重复出现；保留第一个。</translation>
    </message>
</context>
<context>
    <name>td::ocds::ProcessWriter</name>
    <message>
        <source>The database did not return the id of a new row.</source>
        <translation>数据库没有返回新行的编号。</translation>
    </message>
    <message>
        <source>Unnamed organisation %1 of %2</source>
        <translation>%2 的未命名机构 %1</translation>
    </message>
    <message>
        <source>The organisation has no name; it is recorded as &apos;%1&apos;.</source>
        <translation>该机构没有名称，记录为“%1”。</translation>
    </message>
    <message>
        <source>The process names no buyer; it is recorded under &apos;Unknown buyer&apos;.</source>
        <translation>该采购过程没有写明采购人，记录在“未知采购人”之下。</translation>
    </message>
    <message>
        <source>Unknown buyer</source>
        <translation>未知采购人</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OCDS tender status; the status is worked out from the awards.</source>
        <translation>“%1”不是 OCDS 招标状态；状态将根据定标推断。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OCDS procurement method; read as open.</source>
        <translation>“%1”不是 OCDS 采购方式；按公开招标读取。</translation>
    </message>
    <message>
        <source>The release has an empty ocid; it is skipped.</source>
        <translation>该发布的 ocid 为空，已跳过。</translation>
    </message>
    <message>
        <source>A tender of this desk has the reference %1; the release is skipped.</source>
        <translation>本机已有编号为 %1 的招标项目，该发布已跳过。</translation>
    </message>
    <message>
        <source>Release %1 of %2 (%3) is older than the one already imported (%4); it is skipped.</source>
        <translation>%2 的发布 %1（%3）早于已导入的发布（%4），已跳过。</translation>
    </message>
    <message>
        <source>The bid names no tenderer; it is skipped.</source>
        <translation>该投标没有写明投标人，已跳过。</translation>
    </message>
    <message>
        <source>The bid has no value; it is skipped.</source>
        <translation>该投标没有金额，已跳过。</translation>
    </message>
    <message>
        <source>The bid names %1 tenderers; it is recorded under the first, %2.</source>
        <translation>该投标写明了 %1 个投标人；记录在第一个投标人 %2 之下。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OCDS bid status; read as pending.</source>
        <translation>“%1”不是 OCDS 投标状态；按待定读取。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OCDS award status; read as pending.</source>
        <translation>“%1”不是 OCDS 定标状态；按待定读取。</translation>
    </message>
    <message>
        <source>The award names %1 suppliers; it is recorded under the first, %2.</source>
        <translation>该定标写明了 %1 个供应商；记录在第一个供应商 %2 之下。</translation>
    </message>
    <message>
        <source>The award names bid %1, which the process does not have; it is recorded without its bid.</source>
        <translation>该定标引用的投标 %1 不在此采购过程中；记录时不关联投标。</translation>
    </message>
</context>
<context>
    <name>td::ocds::ReleaseParser</name>
    <message>
        <source>&apos;%1&apos; is not a date; it is left out.</source>
        <translation>“%1”不是日期，已忽略。</translation>
    </message>
    <message>
        <source>The amount is an empty string; the value is left out.</source>
        <translation>金额为空字符串，该金额已忽略。</translation>
    </message>
    <message>
        <source>The amount is a string (&quot;%1&quot;), read as a number.</source>
        <translation>金额是字符串（&quot;%1&quot;），按数字读取。</translation>
    </message>
    <message>
        <source>The amount has no currency; it is kept as XXX (no currency).</source>
        <translation>金额没有币种，记为 XXX（无币种）。</translation>
    </message>
    <message>
        <source>The currency code &apos;%1&apos; is not in capitals; read as %2.</source>
        <translation>币种代码“%1”不是大写，按 %2 读取。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code; it is kept as XXX (no currency).</source>
        <translation>“%1”不是 ISO 4217 币种代码，记为 XXX（无币种）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount; the value is left out.</source>
        <translation>“%1”不是金额，该金额已忽略。</translation>
    </message>
    <message>
        <source>The amount %1 is negative; the value is left out.</source>
        <translation>金额 %1 为负数，该金额已忽略。</translation>
    </message>
    <message>
        <source>The organisation &apos;%1&apos; has no id; it is identified by its name.</source>
        <translation>机构“%1”没有编号，按名称识别。</translation>
    </message>
    <message>
        <source>OCDS 1.0 data: read as 1.1 (organisations named where they are used, without parties).</source>
        <translation>OCDS 1.0 数据：按 1.1 读取（机构在使用处给出，没有 parties）。</translation>
    </message>
    <message>
        <source>This release has no ocid: it is not an OCDS release.</source>
        <translation>此发布没有 ocid：它不是 OCDS 发布。</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>记录必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The record&apos;s compiledRelease has no ocid.</source>
        <translation>记录的 compiledRelease 没有 ocid。</translation>
    </message>
    <message>
        <source>The record has no compiledRelease and its releases are links to other files: import those files instead.</source>
        <translation>该记录没有 compiledRelease，其发布只是指向其他文件的链接：请改为导入那些文件。</translation>
    </message>
    <message>
        <source>The record has neither a compiledRelease nor releases.</source>
        <translation>该记录既没有 compiledRelease 也没有发布。</translation>
    </message>
    <message numerus="yes">
        <source>The record has no compiledRelease: its %n release(s) are merged field by field, newest last.</source>
        <translation><numerusform>该记录没有 compiledRelease：其 %n 个发布按字段合并，最新的在最后。</numerusform></translation>
    </message>
    <message>
        <source>This JSON value is not an object: it is not OCDS data.</source>
        <translation>此 JSON 值不是对象：它不是 OCDS 数据。</translation>
    </message>
    <message>
        <source>This JSON object is not OCDS: it has no &quot;releases&quot;, &quot;records&quot; or &quot;ocid&quot;.</source>
        <translation>此 JSON 对象不是 OCDS：它没有 &quot;releases&quot;、&quot;records&quot; 或 &quot;ocid&quot;。</translation>
    </message>
    <message>
        <source>This is a %1, not a %2 as --format says.</source>
        <translation>这是 %1，而不是 --format 所说的 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array.</source>
        <translation>&quot;%1&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>The JSON is not valid here (%1).</source>
        <translation>此处 JSON 无效（%1）。</translation>
    </message>
</context>
<context>
    <name>td::scoring</name>
    <message>
        <source>Evaluation settings, field &quot;%1&quot;: %2</source>
        <translation>评标设置，字段“%1”：%2</translation>
    </message>
    <message>
        <source>a number was expected.</source>
        <translation>应为数字。</translation>
    </message>
    <message>
        <source>a whole number was expected.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>true or false was expected.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; it is %4.</source>
        <translation>%1 须在 %2 与 %3 之间；当前为 %4。</translation>
    </message>
    <message>
        <source>At least one tie rule is needed, or tied bids could not be told apart.</source>
        <translation>至少需要一条同分规则，否则无法区分同分投标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was expected.</source>
        <translation>应为“%1”。</translation>
    </message>
    <message>
        <source>comprehensiveScore or lowestEvaluatedPrice was expected.</source>
        <translation>应为 comprehensiveScore 或 lowestEvaluatedPrice。</translation>
    </message>
    <message>
        <source>a list of tie rules was expected.</source>
        <translation>应为同分规则列表。</translation>
    </message>
    <message>
        <source>each of lowerEvaluationPrice, higherTechnicalScore and earlierReceipt at most once was expected.</source>
        <translation>lowerEvaluationPrice、higherTechnicalScore、earlierReceipt 每项至多出现一次。</translation>
    </message>
    <message>
        <source>MOF 2026: below a share of the average of the conforming bids</source>
        <translation>财政部 2026：低于通过符合性审查投标平均价的一定比例</translation>
    </message>
    <message>
        <source>MOF 2026: the lowest bid below a share of the second-lowest</source>
        <translation>财政部 2026：最低报价低于次低报价的一定比例</translation>
    </message>
    <message>
        <source>MOF 2026: below a share of the price ceiling</source>
        <translation>财政部 2026：低于最高限价的一定比例</translation>
    </message>
    <message>
        <source>ProZorro: the winner far below the mean of the other bids</source>
        <translation>ProZorro：中标价远低于其他投标均价</translation>
    </message>
    <message>
        <source>ProZorro: the winner far below the next bid</source>
        <translation>ProZorro：中标价远低于下一投标</translation>
    </message>
    <message>
        <source>Italian anomaly threshold: discount at or above the threshold</source>
        <translation>意大利异常阈值：降幅达到或超过阈值</translation>
    </message>
    <message>
        <source>R058: heavily discounted winner across the market</source>
        <translation>R058：在全市场中大幅折价的中标者</translation>
    </message>
    <message>
        <source>Below cost: the price is below the cost-to-serve</source>
        <translation>低于成本：报价低于服务成本</translation>
    </message>
    <message>
        <source>the lower evaluation price</source>
        <translation>评审价较低者</translation>
    </message>
    <message>
        <source>the higher technical score</source>
        <translation>技术分较高者</translation>
    </message>
    <message>
        <source>the earlier receipt</source>
        <translation>递交较早者</translation>
    </message>
    <message>
        <source>Comprehensive scoring (MOF Order 87)</source>
        <translation>综合评分法（财政部 87 号令）</translation>
    </message>
    <message>
        <source>Lowest evaluated price</source>
        <translation>最低评标价法</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 is below %2, the share of the average of the conforming bids</source>
        <translation>%1 低于 %2（符合性投标平均价的相应比例）</translation>
    </message>
    <message>
        <source>the lowest bid %1 is below %2, the share of the second-lowest</source>
        <translation>最低报价 %1 低于 %2（次低报价的相应比例）</translation>
    </message>
    <message>
        <source>%1 is below %2, the share of the ceiling</source>
        <translation>%1 低于 %2（最高限价的相应比例）</translation>
    </message>
    <message>
        <source>the winner&apos;s %1 is at or below %2, far under the mean of the other bids</source>
        <translation>中标价 %1 不高于 %2，远低于其他投标均价</translation>
    </message>
    <message>
        <source>the winner&apos;s %1 is at or below %2, far under the next bid</source>
        <translation>中标价 %1 不高于 %2，远低于下一投标</translation>
    </message>
    <message>
        <source>a discount of %1% reaches the anomaly threshold of %2%</source>
        <translation>降幅 %1% 达到异常阈值 %2%</translation>
    </message>
    <message>
        <source>the winner is %1% under the second-lowest bid; the market&apos;s threshold is %2%</source>
        <translation>中标价比次低投标低 %1%；市场阈值为 %2%</translation>
    </message>
    <message>
        <source>%1 is below the cost-to-serve of %2</source>
        <translation>%1 低于服务成本 %2</translation>
    </message>
    <message>
        <source>The domestic-product deduction (percent)</source>
        <translation>国产产品扣除比例（%）</translation>
    </message>
    <message>
        <source>The SME deduction (percent)</source>
        <translation>中小企业扣除比例（%）</translation>
    </message>
    <message>
        <source>The domestic share that qualifies (percent)</source>
        <translation>认定为国产的占比（%）</translation>
    </message>
    <message>
        <source>The MOF ratio to the average</source>
        <translation>财政部规则：相对平均价的比例</translation>
    </message>
    <message>
        <source>The MOF ratio to the second-lowest bid</source>
        <translation>财政部规则：相对次低价的比例</translation>
    </message>
    <message>
        <source>The MOF ratio to the ceiling</source>
        <translation>财政部规则：相对最高限价的比例</translation>
    </message>
    <message>
        <source>The ProZorro share below the mean of the others</source>
        <translation>ProZorro：低于其他投标均价的比例</translation>
    </message>
    <message>
        <source>The ProZorro share below the next bid</source>
        <translation>ProZorro：低于下一投标的比例</translation>
    </message>
    <message>
        <source>The fewest offers for the Italian threshold</source>
        <translation>适用意大利阈值的最少投标数</translation>
    </message>
    <message>
        <source>The R058 IQR factor</source>
        <translation>R058 四分位距系数</translation>
    </message>
    <message>
        <source>The time to explain (minutes)</source>
        <translation>说明时限（分钟）</translation>
    </message>
    <message>
        <source>The standstill (days)</source>
        <translation>公示期（天）</translation>
    </message>
</context>
<context>
    <name>td::scoring::Explainer</name>
    <message>
        <source>bid %1</source>
        <translation>投标 %1</translation>
    </message>
    <message>
        <source>Evaluation price</source>
        <translation>评审价</translation>
    </message>
    <message>
        <source>E = B × (1 − domestic deduction) × (1 − SME deduction), to the fen</source>
        <translation>E = B × (1 − 国产扣除) × (1 − 中小企业扣除)，精确到分</translation>
    </message>
    <message>
        <source>B, the bid price</source>
        <translation>B，投标报价</translation>
    </message>
    <message>
        <source>the opened bid</source>
        <translation>开标时的投标</translation>
    </message>
    <message>
        <source>Domestic deduction</source>
        <translation>国产扣除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>at least %1% of the declared accelerators are domestic; the tender deducts %2</source>
        <translation>申报的加速卡至少 %1% 为国产；招标扣除 %2</translation>
    </message>
    <message>
        <source>the declared accelerators do not qualify as domestic products (%1% needed)</source>
        <translation>申报的加速卡不符合国产产品条件（需 %1%）</translation>
    </message>
    <message>
        <source>SME deduction</source>
        <translation>中小企业扣除</translation>
    </message>
    <message>
        <source>the vendor is a small or medium enterprise</source>
        <translation>供应商为中小企业</translation>
    </message>
    <message>
        <source>the vendor is not registered as an SME</source>
        <translation>供应商未登记为中小企业</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>价格分</translation>
    </message>
    <message>
        <source>P = E_min / E × W (MOF Order 87: the lowest valid evaluation price is the benchmark)</source>
        <translation>P = E_min / E × W（财政部 87 号令：以最低有效评审价为基准价）</translation>
    </message>
    <message>
        <source>E_min, the benchmark</source>
        <translation>E_min，评标基准价</translation>
    </message>
    <message>
        <source>the lowest valid evaluation price, %1</source>
        <translation>最低有效评审价，%1</translation>
    </message>
    <message>
        <source>E, this bid&apos;s evaluation price</source>
        <translation>E，本投标的评审价</translation>
    </message>
    <message>
        <source>see Evaluation price</source>
        <translation>见“评审价”</translation>
    </message>
    <message>
        <source>W, the price weight</source>
        <translation>W，价格权重</translation>
    </message>
    <message>
        <source>the tender&apos;s price criterion</source>
        <translation>招标的价格评分项</translation>
    </message>
    <message>
        <source>the mean of the evaluators&apos; points without the highest and the lowest (out of %1)</source>
        <translation>去掉最高分和最低分后评委得分的平均值（满分 %1）</translation>
    </message>
    <message>
        <source>the mean of the evaluators&apos; points (out of %1)</source>
        <translation>评委得分的平均值（满分 %1）</translation>
    </message>
    <message>
        <source>evaluator %1</source>
        <translation>评委 %1</translation>
    </message>
    <message>
        <source>the submitted sheet of %1</source>
        <translation>%1 提交的评分表</translation>
    </message>
    <message>
        <source>; left out as the highest</source>
        <translation>；作为最高分去掉</translation>
    </message>
    <message>
        <source>; left out as the lowest</source>
        <translation>；作为最低分去掉</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>the panel&apos;s sheets are not all submitted yet</source>
        <translation>评标委员会的评分表尚未全部提交</translation>
    </message>
    <message>
        <source>Technical points</source>
        <translation>技术得分</translation>
    </message>
    <message>
        <source>T = the sum of the panel&apos;s points on every criterion but price</source>
        <translation>T = 除价格外各评分项的委员会得分之和</translation>
    </message>
    <message>
        <source>the panel&apos;s score, see that criterion</source>
        <translation>委员会得分，见该评分项</translation>
    </message>
    <message>
        <source>Recorded technical points</source>
        <translation>记录的技术得分</translation>
    </message>
    <message>
        <source>the panel&apos;s points as the published result records them; no sheet is on this desk</source>
        <translation>公示结果记录的委员会得分；本台没有评分表</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>S = P + T</source>
        <translation>S = P + T</translation>
    </message>
    <message>
        <source>P, the price score</source>
        <translation>P，价格分</translation>
    </message>
    <message>
        <source>see Price score</source>
        <translation>见“价格分”</translation>
    </message>
    <message>
        <source>T, the technical points</source>
        <translation>T，技术得分</translation>
    </message>
    <message>
        <source>see Technical points</source>
        <translation>见“技术得分”</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>the highest total score first (to the hundredth of a point); ties go to %1</source>
        <translation>按总分从高到低（精确到 0.01 分）；同分时依次取%1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，其次</translation>
    </message>
    <message>
        <source>the lowest evaluation price first; ties go to %1</source>
        <translation>按评审价从低到高；同分时依次取%1</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评标方法</translation>
    </message>
    <message>
        <source>the tender&apos;s settings</source>
        <translation>招标的设置</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Why not ranked</source>
        <translation>未排名原因</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>disqualified in the compliance review or rejected after its explanation</source>
        <translation>符合性审查不合格，或说明未被接受</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测得值</translation>
    </message>
    <message>
        <source>the bid&apos;s discount off the lot&apos;s budget, in percent</source>
        <translation>投标相对标包预算的降幅（%）</translation>
    </message>
    <message>
        <source>d = (second-lowest valid bid − winning bid) / winning bid</source>
        <translation>d = (次低有效投标 − 中标价) / 中标价</translation>
    </message>
    <message>
        <source>the raw bid price</source>
        <translation>原始投标报价</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>the mean discount after setting aside the top and bottom 10%</source>
        <translation>剔除最高和最低各 10% 后的平均降幅</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>the mean excess over m of the discounts above it</source>
        <translation>高于 m 的降幅超出 m 部分的平均值</translation>
    </message>
    <message>
        <source>price &lt; %1 × the average of the conforming bids</source>
        <translation>报价 &lt; %1 × 符合性投标平均价</translation>
    </message>
    <message>
        <source>lowest price &lt; %1 × the second-lowest</source>
        <translation>最低报价 &lt; %1 × 次低报价</translation>
    </message>
    <message>
        <source>price &lt; %1 × the ceiling (or the budget)</source>
        <translation>报价 &lt; %1 × 最高限价（或预算）</translation>
    </message>
    <message>
        <source>winner ≤ (1 − %1) × the mean of the other bids</source>
        <translation>中标价 ≤ (1 − %1) × 其他投标均价</translation>
    </message>
    <message>
        <source>winner ≤ (1 − %1) × the next bid</source>
        <translation>中标价 ≤ (1 − %1) × 下一投标</translation>
    </message>
    <message>
        <source>discount ≥ m + D</source>
        <translation>降幅 ≥ m + D</translation>
    </message>
    <message>
        <source>d ≥ Q3 + %1 × IQR of d over every process of the market (type 8)</source>
        <translation>d ≥ Q3 + %1 × 全市场各项目 d 的四分位距（第 8 类分位数）</translation>
    </message>
    <message>
        <source>price &lt; the cost-to-serve without a compute voucher</source>
        <translation>报价 &lt; 不计算力券的服务成本</translation>
    </message>
    <message>
        <source>the MOF notice of 2026, with the tender&apos;s ratio</source>
        <translation>财政部 2026 年通知，按招标设置的比例</translation>
    </message>
    <message>
        <source>ProZorro&apos;s rule, with the tender&apos;s share</source>
        <translation>ProZorro 规则，按招标设置的比例</translation>
    </message>
    <message>
        <source>the Italian code of 2023 over the admitted offers</source>
        <translation>意大利 2023 年法典，基于获准投标</translation>
    </message>
    <message>
        <source>cardinal-rs R058 over the market&apos;s processes</source>
        <translation>cardinal-rs R058，基于全市场项目</translation>
    </message>
    <message>
        <source>the cost-to-serve from the deployment&apos;s benchmark run</source>
        <translation>根据部署的基准测试得出的服务成本</translation>
    </message>
    <message>
        <source>no benchmark yet</source>
        <translation>尚无基准测试</translation>
    </message>
    <message>
        <source>profitable</source>
        <translation>盈利</translation>
    </message>
    <message>
        <source>below cost without the voucher, profitable with it</source>
        <translation>不计算力券低于成本，计入算力券盈利</translation>
    </message>
    <message>
        <source>below cost, even with the voucher</source>
        <translation>计入算力券仍低于成本</translation>
    </message>
    <message>
        <source>Loss-making flag</source>
        <translation>亏损标记</translation>
    </message>
    <message>
        <source>price against the cost-to-serve C₀ (without voucher) and C₁ (with it)</source>
        <translation>报价对比服务成本 C₀（不计算力券）和 C₁（计入算力券）</translation>
    </message>
    <message>
        <source>C₀, without voucher</source>
        <translation>C₀，不计算力券</translation>
    </message>
    <message>
        <source>the cost model on the deployment&apos;s benchmark run (cost BID)</source>
        <translation>基于部署基准测试的成本模型（cost 投标）</translation>
    </message>
    <message>
        <source>no benchmark run of this deployment is stored</source>
        <translation>未存储该部署的基准测试</translation>
    </message>
    <message>
        <source>C₁, with voucher</source>
        <translation>C₁，计入算力券</translation>
    </message>
    <message>
        <source>the same, less the compute voucher</source>
        <translation>同上，减去算力券</translation>
    </message>
</context>
<context>
    <name>td::ui::AcceleratorCatalogDialog</name>
    <message>
        <source>Accelerator catalog[*]</source>
        <translation>加速卡目录[*]</translation>
    </message>
    <message>
        <source>The figures the cost-to-serve model uses. Prices marked as estimates are TenderDesk&apos;s, not published prices: set your own. Export-controlled models are shown in orange with a warning: a bid that declares one is a provenance risk.</source>
        <translation>服务成本模型所用的数据。标为估算值的价格由 TenderDesk 估算，并非公开报价：请填写您自己的价格。受出口管制的型号以橙色显示并附警告：申报此类型号的投标存在来源风险。</translation>
    </message>
    <message>
        <source>&amp;Accelerators</source>
        <translation>加速卡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hosting options</source>
        <translation>托管方案(&amp;H)</translation>
    </message>
    <message>
        <source>Compute &amp;vouchers</source>
        <translation>算力券(&amp;V)</translation>
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
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>The catalogs could not be read: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>Accelerator catalog</source>
        <translation>加速卡目录</translation>
    </message>
    <message>
        <source>Nothing was saved: %1

Your edits are still here; correct them or cancel.</source>
        <translation>未保存任何内容：%1

您的编辑仍保留在此；请更正或取消。</translation>
    </message>
    <message>
        <source>Save your edits to the catalogs?</source>
        <translation>是否保存对目录的修改？</translation>
    </message>
</context>
<context>
    <name>td::ui::AcceleratorCatalogModel</name>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>Excluded by default</source>
        <translation>默认禁用</translation>
    </message>
    <message>
        <source>Export-controlled</source>
        <translation>出口管制</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>显存（GB）</translation>
    </message>
    <message>
        <source>Peak BF16 (TFLOPS)</source>
        <translation>BF16 峰值算力（TFLOPS）</translation>
    </message>
    <message>
        <source>Peak INT8 (TOPS)</source>
        <translation>INT8 峰值算力（TOPS）</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>功耗（W）</translation>
    </message>
    <message>
        <source>Hourly price (CNY)</source>
        <translation>每小时价格（元）</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Produced in China: counts towards a tender&apos;s domestic share.</source>
        <translation>国内生产：计入招标项目的国产加速卡占比。</translation>
    </message>
    <message>
        <source>New tenders exclude it (NVIDIA H20, AMD Instinct MI308).</source>
        <translation>新建的招标项目默认禁用该型号（如 NVIDIA H20、AMD Instinct MI308）。</translation>
    </message>
    <message>
        <source>Barred from export to China: a bid that declares it is a provenance risk.</source>
        <translation>禁止出口到中国：申报该型号的投标存在来源风险。</translation>
    </message>
    <message>
        <source>Rental of one accelerator for one hour, in yuan; empty when unknown. The cost model needs it for every declared model.</source>
        <translation>单张加速卡租用一小时的价格，以元为单位；未知时留空。成本模型需要每种申报型号的该价格。</translation>
    </message>
    <message>
        <source>Where the price comes from; say so when it is an estimate.</source>
        <translation>价格的来源；如为估算值，请注明。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1 is export-controlled: barred from export to China, so a bid that declares it is a provenance risk.</source>
        <translation>%1 受出口管制：禁止出口到中国，因此申报该型号的投标存在来源风险。</translation>
    </message>
    <message>
        <source>No price: bids that declare %1 cannot be costed until it is set.</source>
        <translation>无价格：设置价格之前，无法核算申报 %1 的投标的成本。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Purchase price (CNY)</source>
        <translation>购置价格（元）</translation>
    </message>
    <message>
        <source>Purchase price source</source>
        <translation>购置价格来源</translation>
    </message>
    <message>
        <source>Purchase price date</source>
        <translation>购置价格日期</translation>
    </message>
    <message>
        <source>Service life (years)</source>
        <translation>使用年限（年）</translation>
    </message>
    <message>
        <source>Buying one accelerator outright, in yuan; empty when unknown. Bids that deliver their hardware on premises are costed with it.</source>
        <translation>直接购买一块加速卡的价格（元）；未知时留空。将硬件交付至现场的投标按此核算成本。</translation>
    </message>
    <message>
        <source>The years over which a bought accelerator is written off.</source>
        <translation>购置的加速卡摊销的年数。</translation>
    </message>
</context>
<context>
    <name>td::ui::ApiKeyStore</name>
    <message>
        <source>no keychain service, such as GNOME Keyring or KWallet, answers</source>
        <translation>没有任何钥匙串服务（如 GNOME Keyring 或 KWallet）响应</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the API key is kept for this session only.</source>
        <translation>系统钥匙串不可用（%1）：API 密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>API 密钥已保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>td::ui::AwardPage</name>
    <message>
        <source>&amp;Lot:</source>
        <translation>标包(&amp;L)：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Record a&amp;ward…</source>
        <translation>确定中标(&amp;W)…</translation>
    </message>
    <message>
        <source>The award</source>
        <translation>中标结果</translation>
    </message>
    <message>
        <source>&amp;View release…</source>
        <translation>查看发布(&amp;V)…</translation>
    </message>
    <message>
        <source>Required when the award goes to another bid than the recommended one: why.</source>
        <translation>授予推荐投标以外的投标时必填：说明理由。</translation>
    </message>
    <message>
        <source>Record the award, publish it and start the standstill (Ctrl+Shift+W)</source>
        <translation>确定中标、发布结果并开始公示期（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Award &amp;to:</source>
        <translation>授予(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>理由(&amp;J)：</translation>
    </message>
    <message>
        <source>On the award:</source>
        <translation>中标时：</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>发布 %1</translation>
    </message>
    <message>
        <source>Loss-making flag:</source>
        <translation>亏损标记：</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>已发布：</translation>
    </message>
    <message>
        <source>The whole tender</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>第 %1 包</translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation>第 %1 包：%2</translation>
    </message>
    <message>
        <source>Before the award:
%1</source>
        <translation>确定中标前：
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended winner:&lt;/b&gt; %1 — rank %2, total %3 points, evaluation price %4.</source>
        <translation>&lt;b&gt;推荐中标候选人：&lt;/b&gt;%1——排名第 %2，总分 %3 分，评标价 %4。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No recommended winner yet&lt;/b&gt;: no valid bid stands alone at rank 1.</source>
        <translation>&lt;b&gt;尚无推荐中标候选人&lt;/b&gt;：没有有效投标单独排名第一。</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>— recommended</source>
        <translation>——推荐</translation>
    </message>
    <message>
        <source>&lt;b&gt;Awarded to %1&lt;/b&gt; for %2 on %3.</source>
        <translation>&lt;b&gt;授予 %1&lt;/b&gt;，金额 %2，日期 %3。</translation>
    </message>
    <message>
        <source>Standstill until %1: no contract before then.</source>
        <translation>公示期至 %1：此前不得签订合同。</translation>
    </message>
    <message>
        <source>The standstill ended on %1.</source>
        <translation>公示期已于 %1 结束。</translation>
    </message>
    <message>
        <source>Not the recommended bid; the justification: %1</source>
        <translation>非推荐投标；理由：%1</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>尚未发布。</translation>
    </message>
    <message>
        <source>Release %1 of %2.</source>
        <translation>发布 %1，%2。</translation>
    </message>
    <message>
        <source>Record the award</source>
        <translation>确定中标</translation>
    </message>
    <message>
        <source>Award %1 to %2? The award is published and the standstill starts; the tender moves to awarded.</source>
        <translation>将%1授予 %2？中标结果将发布并开始公示期，项目状态变为已定标。</translation>
    </message>
    <message>
        <source>&lt;b&gt;First so far&lt;/b&gt; (the ranking is not final): %1, evaluation price %2.</source>
        <translation>&lt;b&gt;暂列第一&lt;/b&gt;（排名尚未确定）：%1，评标价 %2。</translation>
    </message>
</context>
<context>
    <name>td::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>td::ui::BenchmarkForm</name>
    <message>
        <source>&amp;Fetch models</source>
        <translation>获取模型列表(&amp;F)</translation>
    </message>
    <message>
        <source>Remember in the &amp;keychain</source>
        <translation>保存到钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>Random &amp;prefix</source>
        <translation>随机前缀(&amp;P)</translation>
    </message>
    <message>
        <source>API key read from the system keychain.</source>
        <translation>已从系统钥匙串读取 API 密钥。</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Tender reference, e.g. SGCC-2024-GAI-000001</source>
        <translation>招标编号，例如 SGCC-2024-GAI-000001</translation>
    </message>
    <message>
        <source>No bid: a run of its own</source>
        <translation>无投标：独立运行</translation>
    </message>
    <message>
        <source>as the server lists it</source>
        <translation>与服务器列出的名称一致</translation>
    </message>
    <message>
        <source>Ask the server which models it serves (GET /v1/models)</source>
        <translation>向服务器查询其提供的模型（GET /v1/models）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain for this base URL. Keys are never written to the settings or the database.</source>
        <translation>将此基础 URL 的密钥保存在系统钥匙串中。密钥绝不会写入设置或数据库。</translation>
    </message>
    <message>
        <source>Chat completions</source>
        <translation>对话补全（Chat Completions）</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Completions</translation>
    </message>
    <message>
        <source>&amp;Tender:</source>
        <translation>招标项目(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bid:</source>
        <translation>投标(&amp;B)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>none (no accuracy pass)</source>
        <translation>无（不进行准确率测试）</translation>
    </message>
    <message>
        <source>The accuracy suite: its prompts make the load, and one pass over its items measures accuracy after the load.</source>
        <translation>准确率测试集：其提示词用于构成负载；负载结束后，对其全部条目运行一遍以测量准确率。</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Concurrency: N requests in flight. Rate: R new requests per second (Poisson). Sweep: rising concurrency up to N, to find the highest that meets the objectives.</source>
        <translation>并发：保持 N 个进行中的请求。速率：每秒 R 个新请求（泊松分布）。扫描：逐步提高并发直至 N，找出满足目标的最高并发。</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> 个并发请求</translation>
    </message>
    <message>
        <source> per s</source>
        <translation> 个/秒</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>最高 </translation>
    </message>
    <message>
        <source>Counted requests; a sweep sends this many at each step.</source>
        <translation>计入统计的请求数；扫描时每一步均发送此数量的请求。</translation>
    </message>
    <message>
        <source>Requests sent first and not counted: they warm the server&apos;s caches and connections.</source>
        <translation>先发送且不计入统计的请求：用于预热服务器的缓存和连接。</translation>
    </message>
    <message>
        <source>The output token limit of each request of the load.</source>
        <translation>负载中每个请求的输出 token 上限。</translation>
    </message>
    <message>
        <source>Starts each prompt with a random prefix, so that the server&apos;s prefix cache cannot answer repeated prompts faster than real, varied traffic would be answered.</source>
        <translation>在每条提示词前添加随机前缀，避免服务器的前缀缓存以比真实、多样的流量更快的速度应答重复的提示词。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Time to first token that 95% of requests must meet.</source>
        <translation>95% 的请求须达到的首字时延。</translation>
    </message>
    <message>
        <source>Time per output token that 95% of requests must meet.</source>
        <translation>95% 的请求须达到的每输出 token 时延。</translation>
    </message>
    <message>
        <source>&amp;Suite:</source>
        <translation>测试集(&amp;S)：</translation>
    </message>
    <message>
        <source>L&amp;oad:</source>
        <translation>负载(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>预热(&amp;W)：</translation>
    </message>
    <message>
        <source>Max &amp;tokens:</source>
        <translation>最大 token 数(&amp;T)：</translation>
    </message>
    <message>
        <source>SLO TTFT p&amp;95:</source>
        <translation>SLO TTFT p95(&amp;9)：</translation>
    </message>
    <message>
        <source>TP&amp;OT p95:</source>
        <translation>TPOT p95(&amp;O)：</translation>
    </message>
    <message>
        <source>There is no tender %1 in this database.</source>
        <translation>此数据库中没有招标项目 %1。</translation>
    </message>
    <message>
        <source>%1
Model offered: %2</source>
        <translation>%1
所投模型：%2</translation>
    </message>
    <message>
        <source>%1 has no bids yet: the run will not be attached to a bid.</source>
        <translation>%1 尚无投标：本次运行将不关联任何投标。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询模型…</translation>
    </message>
    <message>
        <source>The models could not be fetched: %1</source>
        <translation>无法获取模型列表：%1</translation>
    </message>
    <message>
        <source>The server lists no models.</source>
        <translation>服务器未列出任何模型。</translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n model(s).</source>
        <translation>
            <numerusform>服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BenchmarkRunListModel</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>投标 %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>TTFT p50</source>
        <translation>TTFT p50</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>投标</translation>
    </message>
</context>
<context>
    <name>td::ui::BenchmarksWorkspace</name>
    <message>
        <source>Completed: %1 output tokens/s, %2 of requests failed.</source>
        <translation>已完成：输出 %1 token/s，%2 的请求失败。</translation>
    </message>
    <message>
        <source>Cancelled: the requests in flight were dropped.</source>
        <translation>已取消：进行中的请求已被丢弃。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>This &amp;bid only</source>
        <translation>仅显示此投标(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;load runs</source>
        <translation>重新加载运行记录(&amp;L)</translation>
    </message>
    <message>
        <source>Accelerator &amp;catalog…</source>
        <translation>加速卡目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Stop the run; what has finished is kept (Esc)</source>
        <translation>停止运行；已完成的部分将保留（Esc）</translation>
    </message>
    <message>
        <source>Read the list of runs again, with runs made on other desks</source>
        <translation>重新读取运行列表，包括在其他终端上进行的运行</translation>
    </message>
    <message>
        <source>Accelerator prices and power, hosting options and compute vouchers: the figures the cost to serve is computed from</source>
        <translation>加速卡价格与功耗、托管方案和算力券：计算服务成本所依据的数据</translation>
    </message>
    <message>
        <source>List only the runs of the bid picked in the form</source>
        <translation>仅列出表单中所选投标的运行</translation>
    </message>
    <message>
        <source>Run the benchmark (Ctrl+R)</source>
        <translation>运行基准测试（Ctrl+R）</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>No benchmark runs of this bid yet. Press Run (Ctrl+R) to measure its deployment.</source>
        <translation>此投标尚无基准测试运行记录。请按“运行”（Ctrl+R）测量其部署。</translation>
    </message>
    <message>
        <source>No benchmark runs yet. Fill in the endpoint and press Run (Ctrl+R).</source>
        <translation>尚无基准测试运行。请填写端点，然后按“运行”（Ctrl+R）。</translation>
    </message>
    <message>
        <source>This run no longer exists.</source>
        <translation>该运行已不存在。</translation>
    </message>
    <message>
        <source>This run is not attached to a bid, so there is no price to compare the cost of serving with. Pick the tender and bid in the form before a run.</source>
        <translation>此运行未关联投标，因此没有可与服务成本比较的报价。请在运行前于表单中选择招标项目和投标。</translation>
    </message>
    <message>
        <source>Running %1 against %2…</source>
        <translation>正在对 %2 运行 %1…</translation>
    </message>
    <message>
        <source>Cancelling: the requests in flight are being dropped…</source>
        <translation>正在取消：正在丢弃进行中的请求…</translation>
    </message>
    <message>
        <source>Storing the run…</source>
        <translation>正在保存运行结果…</translation>
    </message>
    <message>
        <source>Run %1 stored. %2</source>
        <translation>运行 %1 已保存。%2</translation>
    </message>
    <message>
        <source>The run could not be stored: %1</source>
        <translation>无法保存运行结果：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::BidChecksView</name>
    <message>
        <source>No problems found: the bid can be sealed.</source>
        <translation>未发现问题：投标可以密封。</translation>
    </message>
</context>
<context>
    <name>td::ui::BidDocumentsModel</name>
    <message>
        <source>Mandatory</source>
        <translation>必须提交</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>No PDF chosen</source>
        <translation>未选择 PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
</context>
<context>
    <name>td::ui::BidDocumentsPage</name>
    <message>
        <source>Every bid attaches these documents as PDF files. A bid that lacks a mandatory one is refused before it is sealed.</source>
        <translation>每份投标须以 PDF 格式附上下列文件。缺少必须提交的文件的投标在加密前即被拒绝。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必须提交</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>添加文件(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move document</source>
        <translation>删除文件(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>rename required document %1</source>
        <translation>重命名须附文件 %1</translation>
    </message>
    <message>
        <source>make document %1 mandatory</source>
        <translation>将文件 %1 设为必须提交</translation>
    </message>
    <message>
        <source>make document %1 optional</source>
        <translation>将文件 %1 设为可选</translation>
    </message>
    <message>
        <source>change the kind of required document %1</source>
        <translation>更改须附文件 %1 的类别</translation>
    </message>
    <message>
        <source>Empty: the kind&apos;s name (%1)</source>
        <translation>留空则使用类别名称（%1）</translation>
    </message>
    <message>
        <source>add a required document</source>
        <translation>添加须附文件</translation>
    </message>
    <message>
        <source>remove required document %1</source>
        <translation>删除须附文件 %1</translation>
    </message>
    <message>
        <source>move required document %1 up</source>
        <translation>上移须附文件 %1</translation>
    </message>
    <message>
        <source>move required document %1 down</source>
        <translation>下移须附文件 %1</translation>
    </message>
</context>
<context>
    <name>td::ui::BidForm</name>
    <message>
        <source>Edit the bid</source>
        <translation>编辑投标</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Choose the lot</source>
        <translation>选择标包</translation>
    </message>
    <message>
        <source>Edit the total price</source>
        <translation>编辑投标总价</translation>
    </message>
    <message>
        <source>Edit the price breakdown</source>
        <translation>编辑分项报价</translation>
    </message>
    <message>
        <source>Edit the price per million tokens</source>
        <translation>编辑每百万 token 价格</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>标包(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Total price:</source>
        <translation>投标总价(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>分项报价(&amp;B)：</translation>
    </message>
    <message>
        <source>Price per &amp;million tokens:</source>
        <translation>每百万 token 价格(&amp;M)：</translation>
    </message>
    <message>
        <source>Model offered</source>
        <translation>所投模型</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>模型系列(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数规模(&amp;P)：</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>许可证(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quantisation:</source>
        <translation>量化方式(&amp;Q)：</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>&amp;Delivers the hardware to the buyer&apos;s premises</source>
        <translation>向采购人现场交付硬件(&amp;D)</translation>
    </message>
    <message>
        <source>Change who owns the hardware</source>
        <translation>更改硬件归属</translation>
    </message>
    <message>
        <source>Edit the hardware lines</source>
        <translation>编辑硬件清单</translation>
    </message>
    <message>
        <source>&amp;Add accelerator</source>
        <translation>添加加速卡(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Declared figures and people</source>
        <translation>承诺指标与人员</translation>
    </message>
    <message>
        <source>Edit the declared figures</source>
        <translation>编辑承诺指标</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Accurac&amp;y:</source>
        <translation>准确率(&amp;Y)：</translation>
    </message>
    <message>
        <source>Output tokens per &amp;second:</source>
        <translation>每秒输出 token 数(&amp;S)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject manager:</source>
        <translation>项目负责人(&amp;J)：</translation>
    </message>
    <message>
        <source>Bid security acc&amp;ount:</source>
        <translation>投标保证金账户(&amp;O)：</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>投标文件</translation>
    </message>
    <message>
        <source>Edit the documents</source>
        <translation>编辑投标文件</translation>
    </message>
    <message>
        <source>C&amp;hoose PDF…</source>
        <translation>选择 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Add &amp;document</source>
        <translation>添加文件(&amp;D)</translation>
    </message>
    <message>
        <source>Choose the PDF</source>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Lot %1: %2 (budget %3)</source>
        <translation>第 %1 包：%2（预算 %3）</translation>
    </message>
    <message>
        <source>Adds up to %1, the total price.</source>
        <translation>分项合计 %1，与投标总价一致。</translation>
    </message>
    <message>
        <source>Adds up to %1; the total price is %2.</source>
        <translation>分项合计 %1；投标总价为 %2。</translation>
    </message>
    <message>
        <source>Time to first toke&amp;n, p95:</source>
        <translation>首 token 时延 p95(&amp;N)：</translation>
    </message>
    <message>
        <source>Time per o&amp;utput token, p95:</source>
        <translation>每输出 token 时延 p95(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>td::ui::BiddableTenderModel</name>
    <message>
        <source>no deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <source>%1 · bids until %2</source>
        <translation>%1 · 投标截止 %2</translation>
    </message>
    <message>
        <source>Another buyer&apos;s tender, read-only (%1) · %2</source>
        <translation>其他采购人的项目，只读（%1）· %2</translation>
    </message>
    <message>
        <source>Imported from %1&apos;s tender package: prepare your bid here; only its buyer can change the tender.</source>
        <translation>从 %1 的招标文件包导入：在此编制投标；只有其采购人可以修改该项目。</translation>
    </message>
    <message>
        <source>Your own tender: receive and open the bids here.</source>
        <translation>本单位的项目：在此接收投标并开标。</translation>
    </message>
</context>
<context>
    <name>td::ui::BidsWorkspace</name>
    <message>
        <source>&amp;Import tender package…</source>
        <translation>导入招标文件包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Tenders taking or past their bids</source>
        <translation>投标中或已截标的项目(&amp;T)</translation>
    </message>
    <message>
        <source>Import a tender package to prepare a bid, or publish a tender to receive bids.</source>
        <translation>导入招标文件包以编制投标，或发布项目以接收投标。</translation>
    </message>
    <message>
        <source>Choose a tender on the left.</source>
        <translation>请在左侧选择一个项目。</translation>
    </message>
    <message>
        <source>Another buyer&apos;s tender, read-only: %1 of %2. Prepare, seal and export your bid here; send the package to the buyer.</source>
        <translation>其他采购人的项目，只读：%2 的 %1。在此编制、密封并导出投标，再将投标文件包交给采购人。</translation>
    </message>
    <message>
        <source>Import a tender package</source>
        <translation>导入招标文件包</translation>
    </message>
    <message>
        <source>Tender packages (*.zip)</source>
        <translation>招标文件包 (*.zip)</translation>
    </message>
    <message>
        <source>Tender %1 was imported before; this package changes nothing.</source>
        <translation>项目 %1 此前已导入；此文件包没有新内容。</translation>
    </message>
    <message>
        <source>Tender %1 (release %2) is on this desk: prepare your bid on it.</source>
        <translation>项目 %1（第 %2 版）已导入本机：请在此编制投标。</translation>
    </message>
    <message>
        <source>Import tender package</source>
        <translation>导入招标文件包</translation>
    </message>
</context>
<context>
    <name>td::ui::BreakdownModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>td::ui::BuyerDesk</name>
    <message>
        <source>Opening the bids</source>
        <translation>正在开标</translation>
    </message>
    <message>
        <source>Received packages</source>
        <translation>已接收的文件包</translation>
    </message>
    <message>
        <source>Opened bids</source>
        <translation>已开启的投标</translation>
    </message>
    <message>
        <source>Collusion signals</source>
        <translation>串通投标迹象</translation>
    </message>
    <message>
        <source>&amp;Receive bid packages…</source>
        <translation>接收投标文件包(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open bids…</source>
        <translation>开标(&amp;O)…</translation>
    </message>
    <message>
        <source>Opening &amp;minutes…</source>
        <translation>开标记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>投标</translation>
    </message>
    <message numerus="yes">
        <source>The bids were opened: %n bid(s) unsealed.</source>
        <translation>
            <numerusform>已开标：开启了 %n 份投标。</numerusform>
        </translation>
    </message>
    <message>
        <source>No bids received yet. Bid packages are received until the bid deadline, %1.</source>
        <translation>尚未收到投标。投标截止时间 %1 前均可接收投标文件包。</translation>
    </message>
    <message>
        <source>The bid deadline has passed: open the bids when the opening begins.</source>
        <translation>投标已截止：开标开始后即可开标。</translation>
    </message>
    <message>
        <source>Bids stay sealed until they are opened after the bid deadline, %1.</source>
        <translation>投标保持密封，在投标截止时间 %1 之后开标时才开启。</translation>
    </message>
    <message>
        <source>Receive bid packages</source>
        <translation>接收投标文件包</translation>
    </message>
    <message>
        <source>Bid packages (*.zip)</source>
        <translation>投标文件包 (*.zip)</translation>
    </message>
    <message>
        <source>Receiving bid packages</source>
        <translation>正在接收投标文件包</translation>
    </message>
    <message>
        <source>%1: received from %2; the receipt is in %3.</source>
        <translation>%1：已接收 %2 的投标；回执保存在 %3。</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1：拒收。%2</translation>
    </message>
    <message>
        <source>Open bids</source>
        <translation>开标</translation>
    </message>
    <message>
        <source>Enter the passphrase chosen when tender %1 was published: it unlocks the key the bids were sealed to.</source>
        <translation>请输入发布项目 %1 时设定的口令：它用于解锁投标所密封到的密钥。</translation>
    </message>
    <message>
        <source>Opening %1&apos;s bid…</source>
        <translation>正在开启 %1 的投标…</translation>
    </message>
    <message numerus="yes">
        <source>%n valid bid(s) opened.</source>
        <translation>
            <numerusform>开启了 %n 份有效投标。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s bid failed: %2</source>
        <translation>%1 的投标开启失败：%2</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: the bids stay sealed.</source>
        <translation>%1
未作任何更改：投标仍保持密封。</translation>
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
        <source>Opening minutes</source>
        <translation>开标记录</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save the opening minutes</source>
        <translation>保存开标记录</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>无法写入 %1：%2。请选择其他位置。</translation>
    </message>
    <message>
        <source>The minutes are still being printed; try again in a moment.</source>
        <translation>开标记录仍在打印，请稍后再试。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Document search</source>
        <translation>文件检索</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&amp;Search bid documents</source>
        <translation>检索投标文件(&amp;S)</translation>
    </message>
</context>
<context>
    <name>td::ui::CatalogCells</name>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, such as 2026-11-01, or left empty.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期（例如 2026-11-01），或留空。</translation>
    </message>
    <message>
        <source>%1 must be an amount in yuan with at most two decimals, such as 14.40, or left empty.</source>
        <translation>%1 必须是以元为单位、最多两位小数的金额（例如 14.40），或留空。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be a number of zero or more with at most %n decimal(s).</source>
        <translation>
            <numerusform>%1 必须是不小于零、最多 %n 位小数的数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be below %2.</source>
        <translation>%1 不能低于 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more.</source>
        <translation>%1 必须是零或以上的数字。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
</context>
<context>
    <name>td::ui::CatalogTableModel</name>
    <message>
        <source>Was: %1</source>
        <translation>原值：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>更改 %1</translation>
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
    <name>td::ui::CollusionSignalsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>between the names of the bidders a collusion signal links (Chinese: 、)</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>td::ui::CollusionView</name>
    <message>
        <source>Collusion signals compare the bids once they are opened.</source>
        <translation>开标后才会比较各投标的串通迹象。</translation>
    </message>
    <message numerus="yes">
        <source>No collusion signals between the %n opened bid(s).</source>
        <translation>
            <numerusform>已开启的 %n 份投标之间没有串通迹象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) between the opened bids. Each is evidence for the panel to weigh under Article 40, not a finding.</source>
        <translation>
            <numerusform>已开启的投标之间有 %n 条迹象。每条都是供评标委员会依第四十条斟酌的证据，而非结论。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>td::ui::ComplianceModel</name>
    <message>
        <source>A submission that failed to unseal: it never became a bid.</source>
        <translation>解密失败的投标文件：未成为有效投标。</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message numerus="yes">
        <source>Disqualified (%n failed check(s))</source>
        <translation>
            <numerusform>不合格（%n 项检查未通过）</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes every check.</source>
        <translation>通过全部检查。</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>✓ Passes (panel override)</source>
        <translation>✓ 通过（评标委员会改判）</translation>
    </message>
    <message>
        <source>✗ Fails (panel override)</source>
        <translation>✗ 不通过（评标委员会改判）</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗ Fails</source>
        <translation>✗ 不通过</translation>
    </message>
    <message>
        <source>Automatic check: passes.</source>
        <translation>自动检查：通过。</translation>
    </message>
    <message>
        <source>Automatic check: fails.</source>
        <translation>自动检查：不通过。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2 (%3): %4</source>
        <translation>由 %1 于 %2 改判（%3）：%4</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>td::ui::CompliancePage</name>
    <message>
        <source>&amp;Override…</source>
        <translation>改判(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Confirm review…</source>
        <translation>确认审查(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a check of a bid, then Override… to decide otherwise than the automatic check, with a written justification.</source>
        <translation>选择某投标的一项检查，再点“改判…”，以书面理由作出与自动检查不同的决定。</translation>
    </message>
    <message>
        <source>Overturn the chosen check of a bid, with a written justification (Ctrl+Shift+V)</source>
        <translation>以书面理由改判所选投标的该项检查（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>The panel confirms the review: each bid is then valid or disqualified with its reasons (Ctrl+Shift+M)</source>
        <translation>评标委员会确认审查结果：各投标据此有效或因其理由被否决（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>The panel confirmed the review (%1, %2): %3 of %4 bids are valid.</source>
        <translation>评标委员会已确认审查（%1，%2）：%4 份投标中 %3 份有效。</translation>
    </message>
    <message>
        <source>The automatic checks, not yet confirmed: %1 of %2 bids fail a check. Override a check where the panel decides otherwise, then confirm the review.</source>
        <translation>自动检查结果，尚未确认：%2 份投标中 %1 份有检查未通过。评标委员会意见不同时请改判，然后确认审查。</translation>
    </message>
    <message>
        <source>Override a compliance check</source>
        <translation>改判符合性检查</translation>
    </message>
    <message>
        <source>Confirm the compliance review</source>
        <translation>确认符合性审查</translation>
    </message>
    <message numerus="yes">
        <source>Confirm the review for the panel? %n bid(s) will be disqualified with their reasons; the others go on to scoring.</source>
        <translation>
            <numerusform>代表评标委员会确认审查？%n 份投标将因其理由被否决，其余进入评分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CostAssumptionsDialog</name>
    <message>
        <source>Cost assumptions</source>
        <translation>成本假设</translation>
    </message>
    <message>
        <source>Electricity %1 CNY/kWh, PUE %2. Source: %3</source>
        <translation>电价 %1 CNY/kWh，PUE %2。来源：%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2% of the rental)</source>
        <translation>%1（租金的 %2%）</translation>
    </message>
    <message>
        <source>Eligibility: %1
Source: %2</source>
        <translation>适用条件：%1
来源：%2</translation>
    </message>
    <message>
        <source>Integration, staff and licences over the whole contract, in %1.</source>
        <translation>整个合同期内的集成、人员和许可费用，以 %1 计。</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>&amp;Hosting:</source>
        <translation>托管方案(&amp;H)：</translation>
    </message>
    <message>
        <source>Compute &amp;voucher:</source>
        <translation>算力券(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Fixed costs (%1):</source>
        <translation>固定成本（%1）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Contract length:</source>
        <translation>合同期限(&amp;C)：</translation>
    </message>
    <message>
        <source>The fixed costs must be an amount in %1, such as 1200000.00.</source>
        <translation>固定成本必须是以 %1 计的金额，例如 1200000.00。</translation>
    </message>
    <message>
        <source>Vouchers of %1 cannot be spent at this hosting option: the cost will show no subsidy.</source>
        <translation>%1 的算力券不能在此托管方案使用：成本中将不计补贴。</translation>
    </message>
    <message>
        <source>From the bid&apos;s &amp;price breakdown</source>
        <translation>取自投标报价明细(&amp;P)</translation>
    </message>
    <message>
        <source>The bid&apos;s price breakdown has no licence, deployment or service line.</source>
        <translation>投标报价明细中没有授权、部署或运维服务项。</translation>
    </message>
    <message>
        <source>Licences, deployment and the annual service as the bid prices them:
%1</source>
        <translation>按投标报价的授权、部署与年度运维服务：
%1</translation>
    </message>
</context>
<context>
    <name>td::ui::CostFigureDialog</name>
    <message>
        <source>%1: formula and inputs</source>
        <translation>%1：公式与输入项</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>输入项(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>td::ui::CostPanel</name>
    <message>
        <source>Show &amp;formula</source>
        <translation>显示公式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Assumptions…</source>
        <translation>成本假设(&amp;A)…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Double-click a figure, or press Enter, to see its formula and inputs.</source>
        <translation>双击某一指标或按 Enter 键，可查看其公式和输入项。</translation>
    </message>
    <message>
        <source>Where the deployment would run, the compute voucher, fixed costs and contract years</source>
        <translation>部署运行地点、算力券、固定成本和合同年数</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Pick a bid in the form, or select a run of a bid, to see what serving it costs against its price.</source>
        <translation>请在表单中选择一个投标，或选择某个投标的运行，以查看其服务成本与报价的对比。</translation>
    </message>
    <message>
        <source>Computing the cost to serve…</source>
        <translation>正在计算服务成本…</translation>
    </message>
    <message>
        <source>Cost to serve: the bid of %1 to %2</source>
        <translation>服务成本：%1 对 %2 的投标</translation>
    </message>
    <message>
        <source>Provenance risk: the bid declares %1, which export rules bar from China. The bidder could not have bought them lawfully for delivery here.</source>
        <translation>来源风险：该投标申报了 %1，出口管制规定禁止其出口到中国。投标人无法合法购得这些加速卡并在国内交付。</translation>
    </message>
    <message>
        <source>Loss-making: the bid price does not cover the cost to serve (margin %1).</source>
        <translation>亏损：投标报价不足以覆盖服务成本（利润率 %1）。</translation>
    </message>
    <message>
        <source>Subsidy-dependent: the bid price covers the cost to serve only with the compute voucher (margin %1 without it, %2 with it).</source>
        <translation>依赖补贴：投标报价仅在使用算力券时才能覆盖服务成本（未使用时利润率为 %1，使用后为 %2）。</translation>
    </message>
    <message>
        <source>Profitable: the bid price covers the cost to serve (margin %1).</source>
        <translation>盈利：投标报价可覆盖服务成本（利润率 %1）。</translation>
    </message>
    <message>
        <source>Margin of the bid price %1: %2 without the voucher, %3 with it.</source>
        <translation>投标报价 %1 的利润率：未使用算力券时为 %2，使用后为 %3。</translation>
    </message>
    <message>
        <source>Margin of the bid price %1: %2.</source>
        <translation>投标报价 %1 的利润率：%2。</translation>
    </message>
    <message>
        <source>Throughput from benchmark run %1, which met the tender&apos;s objectives.</source>
        <translation>吞吐量取自基准测试运行 %1，该运行达到了招标项目的服务水平目标。</translation>
    </message>
    <message>
        <source>Throughput from benchmark run %1, which did not meet the tender&apos;s objectives.</source>
        <translation>吞吐量取自基准测试运行 %1，该运行未满足招标项目的目标。</translation>
    </message>
    <message>
        <source>Saving the assumptions…</source>
        <translation>正在保存假设…</translation>
    </message>
    <message>
        <source>The assumptions could not be saved: %1</source>
        <translation>无法保存成本假设：%1</translation>
    </message>
    <message numerus="yes">
        <source>Bound by capacity: %n replica(s) of the declared deployment reserved for the contract cost %1, more than the contracted volume&apos;s %2.</source>
        <translation>
            <numerusform>受容量约束：为合同期预留的 %n 个申报部署副本成本为 %1，高于合同用量所需的 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bound by volume: the contracted tokens cost %1, more than the %n replica(s) reserved for the peak (%2).</source>
        <translation>
            <numerusform>受用量约束：合同 token 量成本为 %1，高于为峰值预留的 %n 个副本（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment missed the tender&apos;s SLOs in its benchmark: it needs more replicas than counted, so the capacity cost is a lower bound.</source>
        <translation>该部署在基准测试中未满足招标项目的服务水平目标：所需副本数多于计算值，因此容量成本只是下限。</translation>
    </message>
    <message>
        <source>Unproven: the bid price covers the replicas counted (margin %1), but the deployment missed the SLOs, so it needs more of them.</source>
        <translation>未经证实：投标报价可覆盖已计算的副本（利润率 %1），但该部署未满足服务水平目标，因此需要更多副本。</translation>
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
    <name>td::ui::DocumentHitsModel</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Creator tool</source>
        <translation>创建工具</translation>
    </message>
    <message>
        <source>PDF producer</source>
        <translation>PDF 生成程序</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modification time</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <extracomment>a PDF metadata field without a name of its own; %1 is its key</extracomment>
        <translation>元数据：%1</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>td::ui::DocumentSearchView</name>
    <message>
        <source>Words, a name, an author…</source>
        <translation>词语、名称、作者……</translation>
    </message>
    <message>
        <source>&amp;Search bid documents:</source>
        <translation>检索投标文件(&amp;S)：</translation>
    </message>
    <message>
        <source>No bid opened yet. The text and metadata of the bid documents can be searched once the bids are opened.</source>
        <translation>尚未开标。开标后即可检索投标文件的正文和元数据。</translation>
    </message>
    <message numerus="yes">
        <source>Type words to find them in the text and metadata (author, creator tool, title…) of the documents of the %n opened bid(s).</source>
        <translation>
            <numerusform>输入词语，在已开启的 %n 份投标的文件正文和元数据（作者、创建工具、标题等）中查找。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>正在检索“%1”……</translation>
    </message>
    <message>
        <source>No document mentions “%1”. Check the spelling, or search for fewer words.</source>
        <translation>没有文件提到“%1”。请检查拼写，或减少检索词。</translation>
    </message>
    <message>
        <source>The first %1 places that mention “%2”: search for more words to narrow them down.</source>
        <translation>仅列出提到“%2”的前 %1 处：请增加检索词以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) mention “%1”. Double-click one to read it in its document.</source>
        <translation>
            <numerusform>共 %n 处提到“%1”。双击一处即可在文件中阅读。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::DrillTendersModel</name>
    <message>
        <source>Reference</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluableTenderModel</name>
    <message>
        <source>no opening date</source>
        <translation>无开标日期</translation>
    </message>
    <message>
        <source>%1 · %2 · opened %3</source>
        <translation>%1 · %2 · 开标于 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluationReportExport</name>
    <message>
        <source>Building the evaluation report of %1…</source>
        <translation>正在生成 %1 的评标报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评标报告</translation>
    </message>
    <message>
        <source>Printing the evaluation report of %1…</source>
        <translation>正在打印 %1 的评标报告…</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>无法写入 %1：%2。请选择其他位置。</translation>
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
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save the evaluation report</source>
        <translation>保存评标报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The evaluation report was saved to %1.</source>
        <translation>评标报告已保存到 %1。</translation>
    </message>
    <message>
        <source>The evaluation report could not be saved: %1</source>
        <translation>评标报告未能保存：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluationSettingsDialog</name>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Evaluation settings</source>
        <translation>评标设置</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Abnormally low prices</source>
        <translation>异常低价(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ward</source>
        <translation>定标(&amp;W)</translation>
    </message>
    <message>
        <source>The tender is awarded: its settings can no longer change.</source>
        <translation>项目已定标：设置不能再修改。</translation>
    </message>
    <message>
        <source>Of the evaluation price only. Default: %1</source>
        <translation>仅用于评标价。默认：%1</translation>
    </message>
    <message>
        <source>Leave out the highest and the lowest evaluator&apos;s score (with %1 or more evaluators)</source>
        <translation>去掉一个最高分和一个最低分（评委 %1 人及以上）</translation>
    </message>
    <message>
        <source>Bids that tie are told apart by the checked rules, from the top; bids still tied share their rank.</source>
        <translation>得分相同的投标按勾选的规则自上而下区分；仍相同的并列排名。</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Ranking &amp;method:</source>
        <translation>评标方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Domestic-product deduction:</source>
        <translation>本国产品价格扣除(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;ME deduction:</source>
        <translation>中小企业价格扣除(&amp;M)：</translation>
    </message>
    <message>
        <source>Domestic when at least (accelerators):</source>
        <translation>本国产品认定比例下限（加速卡）：</translation>
    </message>
    <message>
        <source>&amp;Tie rules, in order:</source>
        <translation>并列处理规则（按顺序）(&amp;T)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&lt;b&gt;MOF 2026&lt;/b&gt; (a buyer may raise the ratios up to %1)</source>
        <translation>&lt;b&gt;财政部 2026&lt;/b&gt;（采购人最高可将比例提高到 %1）</translation>
    </message>
    <message>
        <source>Below the &amp;average of the conforming bids ×</source>
        <translation>低于通过符合性审查投标平均价的比例(&amp;A)</translation>
    </message>
    <message>
        <source>Lowest below the &amp;second-lowest ×</source>
        <translation>最低价低于次低价的比例(&amp;S)</translation>
    </message>
    <message>
        <source>Below the &amp;ceiling (or budget) ×</source>
        <translation>低于最高限价（或预算）的比例(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ProZorro&lt;/b&gt; (the winner)</source>
        <translation>&lt;b&gt;ProZorro&lt;/b&gt;（中标人）</translation>
    </message>
    <message>
        <source>At least this far below the &amp;mean of the others:</source>
        <translation>低于其他投标平均价至少(&amp;M)：</translation>
    </message>
    <message>
        <source>At least this far below the &amp;next bid:</source>
        <translation>低于次低投标至少(&amp;N)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Italian anomaly threshold&lt;/b&gt;</source>
        <translation>&lt;b&gt;意大利异常阈值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applies &amp;from this many admitted offers:</source>
        <translation>有效报价达到此数量时适用(&amp;F)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Market outlier (R058)&lt;/b&gt;</source>
        <translation>&lt;b&gt;市场离群值（R058）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flag at d ≥ Q3 + &amp;factor × IQR, factor:</source>
        <translation>d ≥ Q3 + 系数 × IQR 时标记，系数(&amp;F)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explanation&lt;/b&gt;</source>
        <translation>&lt;b&gt;澄清说明&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time the bidder gets to &amp;explain:</source>
        <translation>投标人澄清时限(&amp;E)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Stand&amp;still after the award:</source>
        <translation>定标后公示期(&amp;S)：</translation>
    </message>
    <message>
        <source>No contract is signed before the standstill ends: the candidates are published for at least 3 days (Bidding Law implementing regulations, art. 54).</source>
        <translation>公示期结束前不得签订合同：中标候选人公示不少于 3 日（《招标投标法实施条例》第五十四条）。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluationWorkspace</name>
    <message>
        <source>Evaluation &amp;settings…</source>
        <translation>评标设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;core the bids</source>
        <translation>计算评分(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport evaluation report…</source>
        <translation>导出评标报告(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Rescore every tender…</source>
        <translation>重新计算全部项目评分(&amp;R)…</translation>
    </message>
    <message>
        <source>Rescoring every tender</source>
        <translation>正在重新计算全部项目评分</translation>
    </message>
    <message>
        <source>How the tender is evaluated: method, deductions, tie rules, the abnormally-low thresholds, the standstill (Ctrl+Shift+T)</source>
        <translation>项目的评标方式：评标方法、价格扣除、并列规则、异常低价阈值、公示期（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Score the bids and keep the result: evaluation prices, scores, ranks and flags; a newly flagged bid gets its explanation step (F9)</source>
        <translation>计算评分并保存结果：评标价、得分、排名和标记；新标记的投标进入澄清环节（F9）</translation>
    </message>
    <message>
        <source>The evaluation report as PDF, in Chinese or English (Ctrl+Shift+X)</source>
        <translation>导出中文或英文评标报告 PDF（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>Score every opened tender of the database again, after the market or the cost catalog changed</source>
        <translation>在市场数据或成本目录变化后，重新计算数据库中全部已开标项目的评分</translation>
    </message>
    <message>
        <source>Search by reference or title</source>
        <translation>按编号或名称搜索</translation>
    </message>
    <message>
        <source>&amp;Tenders opened for evaluation</source>
        <translation>已开标待评审的项目(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;1 Compliance</source>
        <translation>&amp;1 符合性审查</translation>
    </message>
    <message>
        <source>&amp;2 Panel &amp;&amp; sheets</source>
        <translation>&amp;2 评委与评分表</translation>
    </message>
    <message>
        <source>&amp;3 Abnormally low</source>
        <translation>&amp;3 异常低价</translation>
    </message>
    <message>
        <source>&amp;4 Ranking</source>
        <translation>&amp;4 排名</translation>
    </message>
    <message>
        <source>&amp;5 Award</source>
        <translation>&amp;5 定标</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>Evaluation report saved to %1.</source>
        <translation>评标报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评标报告</translation>
    </message>
    <message>
        <source>Choose a tender on the left.</source>
        <translation>请在左侧选择项目。</translation>
    </message>
    <message>
        <source>No opened tender matches “%1”.</source>
        <translation>没有与“%1”匹配的已开标项目。</translation>
    </message>
    <message>
        <source>No tender has been opened yet. After a tender&apos;s bid deadline, open its bids in the Bids workspace: its evaluation starts here.</source>
        <translation>尚无已开标的项目。项目投标截止后，请在“投标”工作区开标，评标即从这里开始。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——正在加载…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4</translation>
    </message>
    <message>
        <source>compliance confirmed</source>
        <translation>符合性审查已确认</translation>
    </message>
    <message>
        <source>compliance not yet confirmed</source>
        <translation>符合性审查未确认</translation>
    </message>
    <message>
        <source>no panel yet</source>
        <translation>尚未组建评标委员会</translation>
    </message>
    <message>
        <source>%1 of %2 sheets in</source>
        <translation>已交 %1/%2 份评分表</translation>
    </message>
    <message numerus="yes">
        <source>%n low price(s) to decide</source>
        <translation>
            <numerusform>%n 项异常低价待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>ranking final</source>
        <translation>排名已确定</translation>
    </message>
    <message>
        <source>ranking not final</source>
        <translation>排名未确定</translation>
    </message>
    <message>
        <source>not awarded</source>
        <translation>未定标</translation>
    </message>
    <message numerus="yes">
        <source>awarded (%n lot(s))</source>
        <translation>
            <numerusform>已定标（%n 个标包）</numerusform>
        </translation>
    </message>
    <message>
        <source>Score the bids</source>
        <translation>计算评分</translation>
    </message>
    <message>
        <source>Evaluation settings</source>
        <translation>评标设置</translation>
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
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save the evaluation report</source>
        <translation>保存评标报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rescore every tender</source>
        <translation>重新计算全部项目评分</translation>
    </message>
    <message>
        <source>Score every opened tender of the database again? What changed is written in one step, and audited; a large market takes a while. You can cancel: nothing is written then.</source>
        <translation>重新计算数据库中全部已开标项目的评分？变化的结果一次写入并记入审计；市场较大时需要一些时间。可以取消，取消后不写入任何内容。</translation>
    </message>
    <message>
        <source>%1 of %2 tenders scored…</source>
        <translation>已计算 %1/%2 个项目…</translation>
    </message>
    <message>
        <source>%1 tenders and %2 bids scored again: %3 bids and %4 awards changed.</source>
        <translation>已重新计算 %1 个项目、%2 份投标：%3 份投标和 %4 项中标结果有变化。</translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluatorDialog</name>
    <message>
        <source>Add an evaluator</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <source>Full name, as on the panel&apos;s list</source>
        <translation>姓名，与评标委员会名单一致</translation>
    </message>
    <message>
        <source>Members are added before any sheet is submitted.</source>
        <translation>须在任何评分表提交前添加成员。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>td::ui::ExplanationDialog</name>
    <message>
        <source>%1: formula and inputs</source>
        <translation>%1：公式与输入</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>td::ui::HardwareLinesModel</name>
    <message>
        <source>Not in the catalog</source>
        <translation>目录中没有</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>国产</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>进口</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
</context>
<context>
    <name>td::ui::HostingCatalogModel</name>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Hub node</source>
        <translation>枢纽节点</translation>
    </message>
    <message>
        <source>Electricity (CNY/kWh)</source>
        <translation>电价（元/kWh）</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Vouchers accepted</source>
        <translation>接受的算力券</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Power usage effectiveness: the energy the data centre draws per unit its IT load uses (1.00 or more).</source>
        <translation>电能利用效率：数据中心的总耗电量与其 IT 负载耗电量之比（1.00 或以上）。</translation>
    </message>
    <message>
        <source>The cities whose compute vouchers may be spent here, separated by commas: %1.</source>
        <translation>可在此使用其算力券的城市，以逗号分隔：%1。</translation>
    </message>
    <message>
        <source>No compute voucher is known for %1; the catalog has vouchers for %2.</source>
        <translation>%1 没有已知的算力券；目录中有以下城市的算力券：%2。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
</context>
<context>
    <name>td::ui::LiveRunView</name>
    <message>
        <source>No run yet in this session.</source>
        <translation>本次会话尚未进行任何运行。</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Latency of each request</source>
        <translation>每个请求的时延</translation>
    </message>
    <message>
        <source>time since start (s)</source>
        <translation>运行时间（秒）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Each finished request appears here.</source>
        <translation>每个已完成的请求都将显示在此处。</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>E2E</source>
        <translation>E2E</translation>
    </message>
    <message>
        <source>Throughput per second</source>
        <translation>每秒吞吐量</translation>
    </message>
    <message>
        <source>output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Throughput appears after the first full second.</source>
        <translation>满一秒后将显示吞吐量。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Starting: %1 on %2…</source>
        <translation>正在启动：%2 上的 %1…</translation>
    </message>
    <message>
        <source>Warm-up of sweep step %1 at concurrency %2</source>
        <translation>扫描第 %1 步预热（并发 %2）</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Sweep step %1 at concurrency %2</source>
        <translation>扫描第 %1 步（并发 %2）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>%1 finished, %2 failed</source>
        <translation>已完成 %1 个，失败 %2 个</translation>
    </message>
</context>
<context>
    <name>td::ui::LowPricePage</name>
    <message>
        <source>The vendor&apos;s explanation</source>
        <translation>投标人的澄清说明</translation>
    </message>
    <message>
        <source>&amp;Attach PDF…</source>
        <translation>附加 PDF(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve attachment</source>
        <translation>移除附件(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;explanation</source>
        <translation>记录澄清(&amp;E)</translation>
    </message>
    <message>
        <source>The panel&apos;s decision</source>
        <translation>评标委员会的决定</translation>
    </message>
    <message>
        <source>A&amp;ccept: the vendor proved its price; the bid stands</source>
        <translation>接受(&amp;C)：投标人证明了报价合理，投标有效</translation>
    </message>
    <message>
        <source>Re&amp;ject: the price is unproven; the bid is invalid</source>
        <translation>否决(&amp;J)：报价合理性未获证明，投标无效</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>记录决定(&amp;D)</translation>
    </message>
    <message>
        <source>What the vendor says makes its price possible: its costs, the hardware it already owns, a compute voucher, a strategic discount.</source>
        <translation>投标人说明其报价的依据：成本构成、自有硬件、算力券、战略性折扣等。</translation>
    </message>
    <message>
        <source>Attached documents:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>The panel&apos;s opinion: what it checked and why it decides so (required).</source>
        <translation>评标委员会意见：核查了什么、为何如此决定（必填）。</translation>
    </message>
    <message>
        <source>&amp;Flagged bids:</source>
        <translation>被标记的投标(&amp;F)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules that fired&lt;/b&gt;</source>
        <translation>&lt;b&gt;触发的规则&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
Flagged: score the bids to open its explanation step</source>
        <translation>%1
已标记：计算评分后进入澄清环节</translation>
    </message>
    <message>
        <source>No bid is flagged abnormally low.</source>
        <translation>没有投标被标记为异常低价。</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged bid(s); %1 await the panel&apos;s decision.</source>
        <translation>
            <numerusform>%n 份投标被标记；%1 份待评标委员会决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a flagged bid.</source>
        <translation>请选择被标记的投标。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: bid price %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：投标报价 %2</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1（已记录）</translation>
    </message>
    <message>
        <source>Kept in the database with the explanation.</source>
        <translation>已随澄清说明保存在数据库中。</translation>
    </message>
    <message>
        <source>%1 (to attach)</source>
        <translation>%1（待附加）</translation>
    </message>
    <message>
        <source>The explanation step opens when the bids are scored (Score the bids).</source>
        <translation>计算评分（“计算评分”）后进入澄清环节。</translation>
    </message>
    <message>
        <source>%1, decided by %2 on %3.</source>
        <translation>%1，由 %2 于 %3 决定。</translation>
    </message>
    <message>
        <source>Explained on %1; awaiting the panel&apos;s decision.</source>
        <translation>已于 %1 澄清；待评标委员会决定。</translation>
    </message>
    <message>
        <source>Awaiting the vendor&apos;s explanation.</source>
        <translation>待投标人澄清。</translation>
    </message>
    <message>
        <source>Attach documents to the explanation</source>
        <translation>为澄清说明附加文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Record the explanation</source>
        <translation>记录澄清说明</translation>
    </message>
    <message>
        <source>Record the panel&apos;s decision</source>
        <translation>记录评标委员会的决定</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n rule(s) fired · %2</source>
        <translation>
            <numerusform>%1
触发 %n 条规则 · %2</numerusform>
        </translation>
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
        <source>Evaluation</source>
        <translation>评标</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场分析</translation>
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
    <message>
        <source>&amp;Bids</source>
        <translation>投标(&amp;B)</translation>
    </message>
    <message>
        <source>Bids are still being sealed, received or opened. Cancel it first, or wait until it is done.</source>
        <translation>仍有投标正在密封、接收或开启。请先取消，或等待完成。</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>评标(&amp;E)</translation>
    </message>
    <message>
        <source>The evaluation report is still being printed. Wait until it is saved.</source>
        <translation>评标报告仍在打印，请等待保存完成。</translation>
    </message>
    <message>
        <source>Export &amp;OCDS…</source>
        <translation>导出 &amp;OCDS…</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>市场(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import OCDS…</source>
        <translation>导入 OCDS(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>td::ui::MarketFilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>发布日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
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
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速卡</translation>
    </message>
</context>
<context>
    <name>td::ui::MarketWorkspace</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&amp;Export market report…</source>
        <translation>导出市场报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the market report as PDF, HTML, XLSX or CSV (%1)</source>
        <translation>将市场报告保存为 PDF、HTML、XLSX 或 CSV（%1）</translation>
    </message>
    <message>
        <source>Computing the market figures…</source>
        <translation>正在计算市场数据…</translation>
    </message>
    <message>
        <source>Click a bar or a point of a chart to list its tenders here.</source>
        <translation>点击图表中的柱或点，在此列出对应的招标项目。</translation>
    </message>
    <message>
        <source>Double-click a tender to open it in the Tenders workspace.</source>
        <translation>双击招标项目，在“招标”工作区中打开。</translation>
    </message>
    <message>
        <source>The database holds no tenders yet, so there is no market to show. Load the demo market, or import tenders.</source>
        <translation>数据库中还没有招标项目，无法显示市场。请加载演示市场，或导入招标数据。</translation>
    </message>
    <message>
        <source>Load demo market…</source>
        <translation>加载演示市场…</translation>
    </message>
    <message>
        <source>The dashboards could not draw their charts (%1). Reinstall TenderDesk if this keeps happening.</source>
        <translation>仪表板无法绘制图表（%1）。如反复出现，请重新安装 TenderDesk。</translation>
    </message>
    <message>
        <source>Looking up the tenders of %1: %2…</source>
        <translation>正在查找 %1：%2 的招标项目…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n tender(s)</source>
        <translation>
            <numerusform>%1 · %2：%n 个招标项目</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds no tenders, so there is no market report to export.</source>
        <translation>数据库中没有招标项目，没有可导出的市场报告。</translation>
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
    <name>td::ui::OcdsExportJob</name>
    <message>
        <source>Exporting the market as OCDS…</source>
        <translation>正在将市场导出为 OCDS…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export OCDS</source>
        <translation>导出 OCDS</translation>
    </message>
    <message>
        <source>Exporting the market as OCDS: %1 of %2 tenders…</source>
        <translation>正在将市场导出为 OCDS：%1 / %2 个招标项目…</translation>
    </message>
    <message>
        <source>OCDS release package (*.json)</source>
        <translation>OCDS 发布包 (*.json)</translation>
    </message>
    <message>
        <source>OCDS JSON Lines, one release per line (*.jsonl)</source>
        <translation>OCDS JSON Lines，每行一个发布 (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 tenders, %2 bids and %3 awards were exported to %4.</source>
        <translation>已将 %1 个招标项目、%2 份投标和 %3 项定标导出到 %4。</translation>
    </message>
    <message>
        <source>The OCDS export failed: %1</source>
        <translation>OCDS 导出失败：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::OcdsImportRunner</name>
    <message>
        <source>Import OCDS data</source>
        <translation>导入 OCDS 数据</translation>
    </message>
    <message>
        <source>OCDS data (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>OCDS 数据 (*.json *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>正在导入 %1（%2 / %3）…</translation>
    </message>
    <message>
        <source>%1: nothing to import.</source>
        <translation>%1：没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 tenders created, %3 updated; %4 bids, %5 awards, %6 new organisations; %n warning(s).</source>
        <translation><numerusform>%1：新建 %2 个招标项目，更新 %3 个；%4 份投标，%5 项定标，%6 个新机构；%n 条警告。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled.</source>
        <translation><numerusform>%n 个文件未导入：导入已取消。</numerusform></translation>
    </message>
</context>
<context>
    <name>td::ui::OpenedBidsModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to read it.</source>
        <translation>双击阅读。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>投标总价</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>投标文件</translation>
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
    <name>td::ui::OverrideDialog</name>
    <message>
        <source>The bid &amp;passes this check</source>
        <translation>该投标通过此项检查(&amp;P)</translation>
    </message>
    <message>
        <source>The bid &amp;fails this check</source>
        <translation>该投标未通过此项检查(&amp;F)</translation>
    </message>
    <message>
        <source>Override a compliance check</source>
        <translation>改判符合性检查</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>The automatic check passes the bid.</source>
        <translation>自动检查判定通过。</translation>
    </message>
    <message>
        <source>The automatic check fails the bid.</source>
        <translation>自动检查判定不通过。</translation>
    </message>
    <message>
        <source>It found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Why the panel decides otherwise than the automatic check: the facts it looked at, the clause of the tender it applies.</source>
        <translation>评标委员会作出与自动检查不同决定的理由：核查的事实、依据的招标文件条款。</translation>
    </message>
    <message>
        <source>&amp;Justification (required, audited):</source>
        <translation>理由（必填，记入审计）(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>改判(&amp;O)</translation>
    </message>
</context>
<context>
    <name>td::ui::PanelPage</name>
    <message>
        <source>&amp;Add evaluator…</source>
        <translation>添加评委(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a member to the panel, before any sheet is submitted (Ctrl+Shift+A)</source>
        <translation>在任何评分表提交前向评标委员会添加成员（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Re&amp;move evaluator…</source>
        <translation>移除评委(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the chosen member from the panel</source>
        <translation>从评标委员会移除所选成员</translation>
    </message>
    <message>
        <source>Fill from be&amp;nchmark</source>
        <translation>按基准测试填写(&amp;N)</translation>
    </message>
    <message>
        <source>Score accuracy and performance from each bid&apos;s stored benchmark run (Ctrl+Shift+B)</source>
        <translation>按各投标已保存的基准测试运行为准确率和性能打分（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the sheet as a draft, to finish later (Ctrl+S)</source>
        <translation>将评分表保存为草稿，稍后完成（Ctrl+S）</translation>
    </message>
    <message>
        <source>Submi&amp;t sheet…</source>
        <translation>提交评分表(&amp;T)…</translation>
    </message>
    <message>
        <source>Hand the sheet in: it is locked from then on (Ctrl+Shift+S)</source>
        <translation>提交评分表：提交后即锁定（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change to the sheet (Ctrl+Z)</source>
        <translation>撤销对评分表的上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>重做已撤销的修改（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>评标委员会</translation>
    </message>
    <message>
        <source>Why these points, for the report</source>
        <translation>打分理由，写入评标报告</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>我是(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;omment on the chosen score:</source>
        <translation>所选分数的评语(&amp;O)：</translation>
    </message>
    <message>
        <source>Every evaluator&apos;s scores</source>
        <translation>全部评委的评分</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>已于 %1 提交</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>The panel has no members yet. Add the evaluators: each then scores the valid bids alone, on their own sheet.</source>
        <translation>评标委员会尚无成员。请添加评委：每位评委在自己的评分表上独立为有效投标打分。</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted; the others&apos; scores stay hidden until all are in.</source>
        <translation>已提交 %1/%2 份评分表；全部提交前，其他评委的分数不予显示。</translation>
    </message>
    <message numerus="yes">
        <source>Every sheet is in (%n): each evaluator&apos;s scores, and the panel&apos;s score of each criterion.</source>
        <translation>
            <numerusform>全部评分表已提交（%n 份）：各评委的分数及评标委员会对各评审因素的得分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the panel&apos;s members first.</source>
        <translation>请先添加评标委员会成员。</translation>
    </message>
    <message>
        <source>Choose who you are on the panel.</source>
        <translation>请选择您在评标委员会中的身份。</translation>
    </message>
    <message>
        <source>No valid bid to score.</source>
        <translation>没有可评分的有效投标。</translation>
    </message>
    <message>
        <source>Submitted on %1: the sheet is locked.</source>
        <translation>已于 %1 提交：评分表已锁定。</translation>
    </message>
    <message>
        <source>A draft with changes not yet saved.</source>
        <translation>草稿，有未保存的修改。</translation>
    </message>
    <message>
        <source>A draft: score each bid out of each criterion&apos;s weight, save, and submit when done.</source>
        <translation>草稿：按各评审因素的分值为每份投标打分，保存，完成后提交。</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>%1&apos;s sheet has changes not yet saved. Save them as a draft first?</source>
        <translation>%1 的评分表有未保存的修改。先保存为草稿吗？</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <source>Remove an evaluator</source>
        <translation>移除评委</translation>
    </message>
    <message>
        <source>Remove %1 from the panel, with the draft of their sheet?</source>
        <translation>将 %1 连同其评分表草稿从评标委员会移除？</translation>
    </message>
    <message>
        <source>Fill from benchmark</source>
        <translation>按基准测试填写</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>保存评分表</translation>
    </message>
    <message>
        <source>Submit the sheet</source>
        <translation>提交评分表</translation>
    </message>
    <message>
        <source>Submit %1&apos;s sheet? Once submitted it is locked: nobody can change it, and it counts in the panel&apos;s score when every sheet is in.</source>
        <translation>提交 %1 的评分表？提交后即锁定，任何人不得修改；全部评分表提交后计入评标委员会得分。</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>td::ui::PanelScoresModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The panel&apos;s score of %1 for %2.</source>
        <translation>评标委员会对 %2 的“%1”得分。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评审因素</translation>
    </message>
    <message>
        <source>Panel score</source>
        <translation>委员会得分</translation>
    </message>
</context>
<context>
    <name>td::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请设定至少 %n 个字符的口令。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>两次输入的口令不同：请输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>td::ui::PdfLoader</name>
    <message>
        <source>The document is empty: it holds no bytes at all. Ask the sender for the file again.</source>
        <translation>文件为空，不含任何内容。请向发送方重新索取该文件。</translation>
    </message>
    <message>
        <source>The document is not a readable PDF: it is damaged or in another format. Ask the sender for the file again.</source>
        <translation>该文件不是可读取的 PDF：文件已损坏或为其他格式。请向发送方重新索取该文件。</translation>
    </message>
    <message>
        <source>The PDF is encrypted and needs a password to open. TenderDesk shows only unencrypted documents: ask the sender for a copy without a password.</source>
        <translation>该 PDF 已加密，需要密码才能打开。TenderDesk 只能显示未加密的文件：请向发送方索取一份不带密码的副本。</translation>
    </message>
    <message>
        <source>The PDF has no pages to show.</source>
        <translation>该 PDF 没有可显示的页面。</translation>
    </message>
</context>
<context>
    <name>td::ui::PdfPagesView</name>
    <message>
        <source>Page %1 could not be drawn: it is damaged.</source>
        <translation>第 %1 页已损坏，无法显示。</translation>
    </message>
</context>
<context>
    <name>td::ui::PdfViewer</name>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>缩略图(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails (F4)</source>
        <translation>显示或隐藏页面缩略图（F4）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Pages as wide as the view (Ctrl+2)</source>
        <translation>页面宽度与视图一致（Ctrl+2）</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>适合页面(&amp;P)</translation>
    </message>
    <message>
        <source>Whole pages in the view (Ctrl+1)</source>
        <translation>在视图中显示整页（Ctrl+1）</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <source>Pages at their printed size (Ctrl+0)</source>
        <translation>按打印尺寸显示页面（Ctrl+0）</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the document (Ctrl+F)</source>
        <translation>在文件中查找文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find p&amp;revious</source>
        <translation>查找上一个(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy selected text</source>
        <translation>复制所选文字(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the text in the rectangle dragged with the mouse (Ctrl+C)</source>
        <translation>复制用鼠标框选区域内的文字（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy &amp;page text</source>
        <translation>复制本页文字(&amp;P)</translation>
    </message>
    <message>
        <source>Copy all the text of the current page (Ctrl+Shift+C)</source>
        <translation>复制当前页的全部文字（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>页码(&amp;G)：</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>正在打开文件…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>“%1” is not in the document.</source>
        <translation>文件中没有“%1”。</translation>
    </message>
    <message>
        <source>The document has no text to search: its pages are images (a scan without text recognition).</source>
        <translation>该文件没有可搜索的文字：其页面是图像（未经文字识别的扫描件）。</translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>无法显示该文件。</translation>
    </message>
    <message>
        <source>Drag a rectangle over the text to copy first.</source>
        <translation>请先用鼠标在要复制的文字上框选一个区域。</translation>
    </message>
    <message>
        <source>Copied the selected text.</source>
        <translation>已复制所选文字。</translation>
    </message>
    <message>
        <source>Copied the text of page %1.</source>
        <translation>已复制第 %1 页的文字。</translation>
    </message>
    <message>
        <source>There is no text there to copy: the page may be an image.</source>
        <translation>该处没有可复制的文字：该页可能是图像。</translation>
    </message>
</context>
<context>
    <name>td::ui::PdfViewerWindow</name>
    <message>
        <source>%1 – Document viewer</source>
        <extracomment>the title of a document viewer window: the document&apos;s name, then the program&apos;s part</extracomment>
        <translation>%1 – 文件查看器</translation>
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
    <message>
        <source>&amp;Cipher suite:</source>
        <translation>加密算法(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>td::ui::RankingModel</name>
    <message>
        <source>Lot %1</source>
        <translation>第 %1 包</translation>
    </message>
    <message>
        <source>Lot %1: %2</source>
        <translation>第 %1 包：%2</translation>
    </message>
    <message>
        <source>The whole tender</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>%1 · benchmark price %2</source>
        <translation>%1 · 评标基准价 %2</translation>
    </message>
    <message>
        <source>Not ranked: disqualified by the compliance review.</source>
        <translation>未排名：符合性审查不合格。</translation>
    </message>
    <message>
        <source>Not ranked: its abnormally low price was rejected.</source>
        <translation>未排名：异常低价未获接受。</translation>
    </message>
    <message>
        <source>Not ranked: the bid is not valid.</source>
        <translation>未排名：投标无效。</translation>
    </message>
    <message>
        <source>The recommended winner of the lot.</source>
        <translation>该标包的推荐中标候选人。</translation>
    </message>
    <message>
        <source>Hidden until every evaluator&apos;s sheet is in.</source>
        <translation>全部评委提交评分表前不予显示。</translation>
    </message>
    <message>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
    <message>
        <source>Waits for every evaluator&apos;s sheet.</source>
        <translation>等待全部评委提交评分表。</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to see how it was computed.</source>
        <translation>双击数字或按回车键，查看其计算过程。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Evaluation price</source>
        <translation>评审价</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术分</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>价格分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Abnormally low</source>
        <translation>异常低价</translation>
    </message>
    <message>
        <source>Cost verdict</source>
        <translation>成本结论</translation>
    </message>
    <message>
        <source>%1 · no bid</source>
        <translation>%1 · 无投标</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <extracomment>A criterion over its weight, on two lines of a column header</extracomment>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <source>Price score
(%1)</source>
        <translation>价格分
（%1）</translation>
    </message>
</context>
<context>
    <name>td::ui::RankingPage</name>
    <message>
        <source>&amp;How was this computed?</source>
        <translation>如何计算的(&amp;H)？</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to see how it was computed.</source>
        <translation>双击数字或按回车键，查看其计算过程。</translation>
    </message>
    <message>
        <source>The formula, value and inputs of the chosen number (Enter)</source>
        <translation>所选数字的公式、数值和输入（回车）</translation>
    </message>
    <message>
        <source>The ranking is final (%1).</source>
        <translation>排名已确定（%1）。</translation>
    </message>
    <message>
        <source>The ranking is not final yet (%1):</source>
        <translation>排名尚未确定（%1）：</translation>
    </message>
    <message numerus="yes">
        <source>• %n flagged bid(s) await the panel&apos;s decision on the explanation: %1.</source>
        <translation>
            <numerusform>• %n 份被标记的投标待评标委员会对澄清作出决定：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>• %n bid(s) have no score yet: the panel has no members.</source>
        <translation>
            <numerusform>• %n 份投标尚无评分：评标委员会没有成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n bid(s) wait for the panel&apos;s scores (%1 of %2 sheets in).</source>
        <translation>
            <numerusform>• %n 份投标等待评标委员会评分（已交 %1/%2 份评分表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The compliance review is not confirmed yet: the automatic checks decide which bids are valid until the panel confirms it.</source>
        <translation>符合性审查尚未确认：评标委员会确认前，以自动检查结果判定投标是否有效。</translation>
    </message>
    <message>
        <source>Abnormally low</source>
        <translation>异常低价</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>There is no working to show for this number.</source>
        <translation>该数字没有可显示的计算过程。</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportExport</name>
    <message>
        <source>This build cannot print the evaluation report.</source>
        <translation>此版本无法打印评标报告。</translation>
    </message>
    <message>
        <source>A report is still being printed; try again in a moment.</source>
        <translation>报告仍在打印，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another place.</source>
        <translation>无法写入 %1：%2。请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Export market report</source>
        <translation>导出市场报告</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Web page (HTML, self-contained)</source>
        <translation>网页（HTML，单文件）</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>CSV (one file per table)</source>
        <translation>CSV（每个表格一个文件）</translation>
    </message>
    <message>
        <source>market-report</source>
        <translation>市场报告</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Name the file with the extension .%1 of the format chosen.</source>
        <translation>请使用所选格式的扩展名 .%1 命名文件。</translation>
    </message>
    <message>
        <source>Building the market report…</source>
        <translation>正在生成市场报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Printing the report to PDF…</source>
        <translation>正在将报告打印为 PDF…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportView</name>
    <message>
        <source>The report page could not be shown.</source>
        <translation>无法显示报告页面。</translation>
    </message>
</context>
<context>
    <name>td::ui::RunSummaryView</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 correct; %4 wrong, %5 unanswered, %6 not scored, %7 failed)</source>
        <translation>%1（%3 题中答对 %2 题；答错 %4 题，未作答 %5 题，未评分 %6 题，出错 %7 题）</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>TTFB (ms)</source>
        <translation>TTFB（毫秒）</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>TTFT（毫秒）</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>TPOT（毫秒）</translation>
    </message>
    <message>
        <source>ITL (ms)</source>
        <translation>ITL（毫秒）</translation>
    </message>
    <message>
        <source>E2E (ms)</source>
        <translation>E2E（毫秒）</translation>
    </message>
    <message>
        <source>Output tok/s per request</source>
        <translation>单请求输出 token/s</translation>
    </message>
    <message>
        <source>Select a run to see its latency, throughput, accuracy and errors.</source>
        <translation>请选择一次运行，查看其时延、吞吐量、准确率和错误。</translation>
    </message>
    <message>
        <source>A finished run shows its latency, throughput, accuracy and errors here.</source>
        <translation>运行完成后，将在此显示其时延、吞吐量、准确率和错误。</translation>
    </message>
    <message>
        <source>Loading the run…</source>
        <translation>正在加载运行…</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n counted request(s)</source>
        <translation>
            <numerusform>，统计 %n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n warm-up request(s)</source>
        <translation>
            <numerusform> （先发送 %n 个预热请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>, random prefix</source>
        <translation>，随机前缀</translation>
    </message>
    <message>
        <source>, no random prefix</source>
        <translation>，无随机前缀</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Objectives (p95)</source>
        <translation>目标（p95）</translation>
    </message>
    <message>
        <source>TTFT %1, TPOT %2</source>
        <translation>TTFT %1，TPOT %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>时延</translation>
    </message>
    <message>
        <source>No request succeeded, so there is no latency to show. The errors below say why.</source>
        <translation>没有成功的请求，因此无可显示的时延。原因请见下方错误。</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>%1 counted, %2 succeeded, %3 failed</source>
        <translation>统计 %1 个，成功 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>%1 (%2 per request)</source>
        <translation>%1（每个请求 %2）</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>有效吞吐</translation>
    </message>
    <message>
        <source>%1 requests/s, %2 of requests within the objectives</source>
        <translation>%1 请求/秒，%2 的请求满足目标</translation>
    </message>
    <message>
        <source>Usage mismatches</source>
        <translation>用量不一致</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) reported another token count than they streamed</source>
        <translation>
            <numerusform>%n 个请求报告的 token 数与流式输出的不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>For the cost-to-serve</source>
        <translation>用于服务成本计算</translation>
    </message>
    <message>
        <source>%1 output tokens/s</source>
        <translation>输出 %1 token/s</translation>
    </message>
    <message>
        <source>not used: the run did not complete</source>
        <translation>未采用：运行未完成</translation>
    </message>
    <message>
        <source>not used: the load did not meet the objectives</source>
        <translation>未采用：负载未满足目标</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <source>TTFT p95 (ms)</source>
        <translation>TTFT p95（毫秒）</translation>
    </message>
    <message>
        <source>TPOT p95 (ms)</source>
        <translation>TPOT p95（毫秒）</translation>
    </message>
    <message>
        <source>Meets SLOs</source>
        <translation>满足 SLO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes, highest</source>
        <translation>是（最高）</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>No accuracy pass in this run.</source>
        <translation>本次运行未进行准确率测试。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>td::ui::SearchBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Text in the document</source>
        <translation>文件中的文字</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>the current search hit and how many there are, as in &quot;3 / 17&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>td::ui::SheetModel</name>
    <message>
        <source>%1: the sum of this sheet&apos;s points, out of the scored criteria&apos;s weights.</source>
        <translation>%1：本评分表的分数合计，满分为各评审因素分值之和。</translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
    <message>
        <source>%1, %2: out of %3 points.</source>
        <translation>%1，%2：满分 %3 分。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Comment on %1, %2</source>
        <translation>评语：%1，%2</translation>
    </message>
    <message>
        <source>Score %1, %2</source>
        <translation>打分：%1，%2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <extracomment>A criterion over its weight, on two lines of a column header</extracomment>
        <translation>%1
（%2）</translation>
    </message>
</context>
<context>
    <name>td::ui::SubmissionsModel</name>
    <message>
        <source>Sealed</source>
        <translation>已密封</translation>
    </message>
    <message>
        <source>Replaced by a later bid</source>
        <translation>已被后一次投标替代</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>开启失败</translation>
    </message>
    <message>
        <source>Withdrawal notice</source>
        <translation>撤回通知</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>开启失败：%1</translation>
    </message>
    <message>
        <source>Refused, late: %1</source>
        <translation>拒收，逾期：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒收：%1</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>投标人</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
    <message>
        <source>&amp;Read tender document</source>
        <translation>阅读招标文件(&amp;R)</translation>
    </message>
    <message>
        <source>Print the tender document and read it in the PDF viewer (Ctrl+Shift+D)</source>
        <translation>生成招标文件并在 PDF 阅读器中打开（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Tender document %1</source>
        <translation>招标文件 %1</translation>
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
    <message>
        <source>Peak concurrent requests</source>
        <translation>峰值并发请求数</translation>
    </message>
    <message>
        <source>%1 (derived: one tenth of the concurrent users)</source>
        <translation>%1（推算：并发用户数的十分之一）</translation>
    </message>
    <message>
        <source>delivered on premises</source>
        <translation>交付至现场</translation>
    </message>
    <message>
        <source>Purchase kind</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>hosted by the vendor</source>
        <translation>由供应商托管</translation>
    </message>
    <message>
        <source>Documents each bid carries</source>
        <translation>投标须附文件</translation>
    </message>
    <message>
        <source>The tender lists no documents to attach.</source>
        <translation>本项目未列明须附的文件。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>必须提交</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>电子密封</translation>
    </message>
    <message>
        <source>Cipher suite</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>公钥指纹（SHA-256）</translation>
    </message>
    <message>
        <source>bid opening</source>
        <translation>开标</translation>
    </message>
    <message>
        <source>award</source>
        <translation>中标公告</translation>
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
    <message>
        <source>Derived: one in ten users</source>
        <extracomment>Shown in place of 0 peak concurrent requests: the cost model derives the peak.</extracomment>
        <translation>推算：每十个用户一个</translation>
    </message>
    <message>
        <source>Requests in flight at the busiest moment, which the deployment must answer within its service levels. Left at its lowest, one concurrent user in ten is taken.</source>
        <translation>最繁忙时刻在途的请求数，部署须在服务水平内予以响应。保持最小值时，按每十个并发用户一个请求计。</translation>
    </message>
    <message>
        <source>Peak concurrent re&amp;quests:</source>
        <translation>峰值并发请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Whether the tender buys goods, services or both (a model deployed on hardware the winner delivers is both). MOF Order 87 sets a higher minimum price weight for goods than for services.</source>
        <translation>本项目采购货物、服务，还是货物和服务（部署在中标人交付的硬件上的模型属于货物和服务）。财政部令第87号对货物项目规定的最低价格权重高于服务项目。</translation>
    </message>
    <message>
        <source>Purchase &amp;kind:</source>
        <translation>项目属性(&amp;K)：</translation>
    </message>
    <message>
        <source>change what the tender buys</source>
        <translation>更改项目属性</translation>
    </message>
    <message>
        <source>change the peak concurrent requests</source>
        <translation>修改峰值并发请求数</translation>
    </message>
    <message>
        <source>Bid &amp;documents</source>
        <translation>投标文件清单(&amp;D)</translation>
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
<context>
    <name>td::ui::ThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>td::ui::ThumbnailPanel</name>
    <message>
        <source>Page thumbnails</source>
        <translation>页面缩略图</translation>
    </message>
</context>
<context>
    <name>td::ui::VendorDesk</name>
    <message>
        <source>Sealing the bid</source>
        <translation>正在密封投标</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks before sealing&lt;/b&gt;</source>
        <translation>&lt;b&gt;密封前检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vendor &amp;identity…</source>
        <translation>投标人身份(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;eal and export…</source>
        <translation>密封并导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回投标(&amp;W)…</translation>
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
        <source>Bid</source>
        <translation>投标</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>Making the signing key</source>
        <translation>正在生成签名密钥</translation>
    </message>
    <message>
        <source>Making the key and its certificate…</source>
        <translation>正在生成密钥及其证书…</translation>
    </message>
    <message>
        <source>Signing identity of %1 made; certificate fingerprint %2.</source>
        <translation>已生成 %1 的签名身份；证书指纹 %2。</translation>
    </message>
    <message>
        <source>Vendor identity</source>
        <translation>投标人身份</translation>
    </message>
    <message>
        <source>Seal and export</source>
        <translation>密封并导出</translation>
    </message>
    <message>
        <source>This desk has no signing identity yet. Make one with Vendor identity… first: bids are signed with it.</source>
        <translation>本机尚无签名身份。请先通过“投标人身份…”生成：投标需用它签名。</translation>
    </message>
    <message>
        <source>The bid cannot be sealed yet: fix the errors listed under the form first.</source>
        <translation>投标暂不能密封：请先修正表单下方列出的错误。</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1&apos;s signing key to sign the bid.</source>
        <translation>请输入 %1 签名密钥的口令以签署投标。</translation>
    </message>
    <message>
        <source>Export the sealed bid</source>
        <translation>导出密封的投标</translation>
    </message>
    <message>
        <source>Bid package (*.zip)</source>
        <translation>投标文件包 (*.zip)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回投标</translation>
    </message>
    <message>
        <source>This desk has no signing identity: there is no bid of its to withdraw.</source>
        <translation>本机没有签名身份：没有可撤回的投标。</translation>
    </message>
    <message>
        <source>Withdraw the bid</source>
        <translation>撤回投标</translation>
    </message>
    <message>
        <source>A signed withdrawal notice withdraws %1&apos;s bid for tender %2 once the buyer receives it before the bid deadline. Enter the signing key&apos;s passphrase.</source>
        <translation>经签名的撤回通知在投标截止前送达采购人后，即撤回 %1 对项目 %2 的投标。请输入签名密钥的口令。</translation>
    </message>
    <message>
        <source>Export the withdrawal notice</source>
        <translation>导出撤回通知</translation>
    </message>
    <message>
        <source>Unlocking the signing key…</source>
        <translation>正在解锁签名密钥…</translation>
    </message>
    <message>
        <source>Sealing the documents…</source>
        <translation>正在密封投标文件…</translation>
    </message>
    <message>
        <source>The bid is sealed in %1.
SHA-256: %2
Send this file to the buyer before the bid deadline; its receipt will name the same SHA-256.</source>
        <translation>投标已密封为 %1。
SHA-256：%2
请在投标截止前将此文件交给采购人；其回执将载明相同的 SHA-256。</translation>
    </message>
    <message>
        <source>Signing the withdrawal</source>
        <translation>正在签署撤回通知</translation>
    </message>
    <message>
        <source>The withdrawal notice is in %1.
SHA-256: %2
Send it to the buyer before the bid deadline.</source>
        <translation>撤回通知已保存为 %1。
SHA-256：%2
请在投标截止前交给采购人。</translation>
    </message>
</context>
<context>
    <name>td::ui::VendorIdentityDialog</name>
    <message>
        <source>Vendor identity</source>
        <translation>投标人身份</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>当前证书</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Algorithms:</source>
        <translation>算法：</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>This desk has no signing identity yet: make one to sign and seal bids.</source>
        <translation>本机尚无签名身份：请生成一个，用于签署和密封投标。</translation>
    </message>
    <message>
        <source>Replace with a new identity</source>
        <translation>更换为新身份</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>新身份</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code:</source>
        <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Algorithms:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>再次输入(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Replace identity</source>
        <translation>更换身份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Make identity</source>
        <translation>生成身份(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n of 18 characters.</source>
        <translation>
            <numerusform>已输入 %n 个字符，共 18 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the organisation the bids are made by.</source>
        <translation>请填写投标单位名称。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s 18-character unified social credit code.</source>
        <translation>请输入单位的 18 位统一社会信用代码。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请设定至少 %n 个字符的口令。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>两次输入的口令不同：请输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>td::ui::VoucherCatalogModel</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Subsidy (%)</source>
        <translation>补贴比例（%）</translation>
    </message>
    <message>
        <source>Cap per contract (CNY)</source>
        <translation>每份合同上限（元）</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>申领条件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The share of the accelerator rental the programme pays, at most.</source>
        <translation>算力券政策最高可承担的加速卡租金比例。</translation>
    </message>
    <message>
        <source>The most the programme pays for one contract; empty when no cap is stated.</source>
        <translation>该政策对单个合同的最高支付金额；未规定上限时留空。</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
</context>
<context>
    <name>td::writes</name>
    <message>
        <source>Tender %1 has no bid %2 to score.</source>
        <translation>招标 %1 没有可评分的投标 %2。</translation>
    </message>
    <message>
        <source>Bid %1 is not valid: it is not scored.</source>
        <translation>投标 %1 无效：不参与评分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion the panel scores in %2 (price is computed).</source>
        <translation>“%1”不是 %2 中由委员会评分的评分项（价格分自动计算）。</translation>
    </message>
    <message>
        <source>Bid %1, %2: %3 points is outside 0 to %4, the criterion&apos;s weight.</source>
        <translation>投标 %1，%2：%3 分超出 0 至 %4（该项权重）的范围。</translation>
    </message>
    <message>
        <source>Bid %1 is scored twice on %2.</source>
        <translation>投标 %1 在 %2 上被评分两次。</translation>
    </message>
    <message>
        <source>The sheet has no score for bid %1 (%2) on %3; a sheet is submitted whole.</source>
        <translation>评分表缺少投标 %1（%2）在 %3 上的评分；评分表须完整提交。</translation>
    </message>
</context>
</TS>
