#include "tenderfactory.h"

#include "deployments.h"
#include "domain/biddocuments.h"
#include "domain/hardwarerules.h"
#include "domain/modelfamily.h"
#include "rng.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace td::demo {
namespace {

bool isDeepSeek(const QString& model)
{
    return modelFamily(model) == QLatin1String("DeepSeek");
}

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991: a fixed offset is exact and
// far cheaper than a time zone lookup for a million tenders.
constexpr qint64 chinaOffsetSeconds = 8 * 3600;

QDateTime chinaTime(const QDate& date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC).addSecs(-chinaOffsetSeconds);
}

struct CriterionTemplate
{
    const char* code;
    const char* name;
    int weight;
};

// Default weights per category (price, technical, accuracy, performance, security, service).
QList<CriterionTemplate> criteriaFor(TenderCategory category)
{
    int price = 30, technical = 30, accuracy = 15, performance = 10;
    switch (category) {
    case TenderCategory::CodeGeneration:
        technical = 25;
        accuracy = 20;
        break;
    case TenderCategory::ProcessAutomation:
        price = 35;
        accuracy = 10;
        technical = 30;
        break;
    case TenderCategory::KnowledgeAssistant:
    case TenderCategory::DataAnalysis:
        break;
    }
    return {{"price", "价格", price},
            {"technical", "技术方案", technical},
            {"benchmarkAccuracy", "基准测试准确率", accuracy},
            {"benchmarkPerformance", "基准测试性能", performance},
            {"security", "安全与国产化", 10},
            {"service", "售后服务与培训", 100 - price - technical - accuracy - performance - 10}};
}

ProcurementMethod pickMethod(Rng& rng)
{
    static const double weights[] = {0.70, 0.05, 0.07, 0.10, 0.05, 0.03};
    static const ProcurementMethod methods[] = {ProcurementMethod::OpenTender,
                                                ProcurementMethod::InvitedTender,
                                                ProcurementMethod::CompetitiveNegotiation,
                                                ProcurementMethod::CompetitiveConsultation,
                                                ProcurementMethod::SingleSource,
                                                ProcurementMethod::RequestForQuotation};
    return methods[pickWeighted(rng, weights, 1.0)];
}

qint64 roundTo(double value, qint64 step)
{
    return qMax<qint64>(step, qint64(std::llround(value / double(step))) * step);
}

const QStringList& clarificationQuestions()
{
    static const QStringList q = {
        QStringLiteral("国产算力占比是否按加速卡数量计算？"),
        QStringLiteral("是否接受基于昇腾 CANN 的推理框架部署方案？"),
        QStringLiteral("基准测试的并发数和测试题集是否会提前公布？"),
        QStringLiteral("年调用量是否包含输入 tokens？"),
        QStringLiteral("投标报价是否需要包含三年运维服务？"),
        QStringLiteral("是否允许联合体投标？"),
    };
    return q;
}

const QStringList& clarificationAnswers()
{
    static const QStringList a = {
        QStringLiteral("按加速卡数量计算，须在投标文件中逐项列明型号和数量。"),
        QStringLiteral("接受，须提供该方案的基准测试结果。"),
        QStringLiteral("测试题集随招标文件包发布，并发数按服务水平要求确定。"),
        QStringLiteral("仅计算输出 tokens。"),
        QStringLiteral("报价须包含三年运维及模型升级服务。"),
        QStringLiteral("不接受联合体投标。"),
    };
    return a;
}

// How often a vendor acts on its propensity to bid below cost (MarketVendor::belowCostPropensity
// x this): far below the budget without a benchmarked deployment; with one, below its cost to
// serve, at 45-75% of the budget. Such bids win often, so that below-cost wins come out as a
// visible minority of the costed awards (about 15%; DOMAIN.md).
constexpr double belowCostShare = 0.35;
constexpr double belowCostShareOnRun = 0.15;
// The share of bids that offer a benchmarked deployment, when the vendor has one for the
// tender's suite (most vendors have one for knowledge assistants, fewer for the rest) and the bid
// is for the first lot, which buys the model and its inference platform: about half the bids.
constexpr double benchmarkedShare = 0.7;
// A small or medium enterprise with a compute voucher prices some bids between its cost with the
// voucher and its cost without it, a little below the others: profitable only thanks to the
// voucher (about a tenth of the costed awards).
constexpr double voucherOnlyShare = 0.6;
constexpr double voucherOnlyRatio = 0.82;
// When its cheapest deployment would take most of the budget, a vendor offers it all the same
// (below cost) this often, and otherwise a deployment it has not benchmarked.
constexpr double offerWhenUnaffordable = 0.3;
// Bids that fail a check other than the hardware rules, and the checks they fail (a bid with a
// benchmarked deployment declares the service levels it measured, so it fails one of the
// first three).
constexpr double otherFailureShare = 0.05;
constexpr const char* otherFailures[] = {"late", "aboveBudget", "missingDocument", "serviceLevels"};

// The bid's price lines, adding up to `price`: the model's licence, the hardware, and the rest
// split three fifths for integration and two fifths for the years of service.
void setBreakdown(Bid& bid, qint64 price, qint64 model, qint64 hardware)
{
    const qint64 rest = price - model - hardware;
    const qint64 deployment = std::min(rest, roundTo(double(rest) * 3 / 5, 10'000));
    bid.totalPrice = Money::yuan(price);
    bid.breakdown = {
        {QStringLiteral("模型授权与推理平台"), Money::yuan(model), PriceItemKind::Licences},
        {QStringLiteral("算力硬件"), Money::yuan(hardware), PriceItemKind::Hardware},
        {QStringLiteral("集成实施"), Money::yuan(deployment), PriceItemKind::Deployment},
        {QStringLiteral("运维服务"), Money::yuan(rest - deployment), PriceItemKind::AnnualService}};
}

} // namespace

TenderFactory::TenderFactory(const MarketCatalog& catalog, MarketIds ids, quint64 seed, int year,
                             const MarketDeployments* deployments)
    : m_catalog(catalog)
    , m_ids(std::move(ids))
    , m_seed(seed)
    , m_year(year)
    , m_deployments(deployments)
{
    // Big groups publish more: a gentle power law over the catalog order.
    for (qsizetype i = 0; i < m_catalog.buyers.size(); ++i) {
        m_buyerWeights.append(1.0 / std::pow(double(i + 1), 0.6));
        m_buyerWeightTotal += m_buyerWeights.constLast();
    }
    for (const MarketVendor& v : m_catalog.vendors) {
        m_vendorWeights.append(v.presence);
        m_onlyDeepSeek.append(std::all_of(v.models.cbegin(), v.models.cend(), isDeepSeek));
    }
    // Drawn apart from the tenders' own streams, so that adding it left every other draw as
    // it was.
    for (qsizetype i = 0; i < m_catalog.buyers.size(); ++i) {
        Rng rng = Rng::forStream(m_seed ^ 0xDEE95EEDull, quint64(i));
        const bool adopts = rng.chance(deepSeekAdopters);
        const QDate since = QDate(m_year, 1, 1).addDays(rng.between(0, 181));
        m_deepSeekSince.append(adopts ? since : QDate());
    }
    for (const Accelerator& a : m_catalog.accelerators) {
        if (a.domestic)
            m_domestic.append(a.model);
        else
            m_foreign.append(a.model);
        if (a.excludedByDefault)
            m_excludedByDefault.append(a.model);
        m_isDomestic.insert(a.model, a.domestic);
    }
}

QList<HardwareLine> TenderFactory::drawHardware(const HardwareRules& rules, Rng& rng) const
{
    const int cards = 8 << int(rng.between(0, 3)); // 8, 16, 32 or 64
    const double mix = rng.uniform();
    const QString domestic = rng.chance(0.55)
                                 ? QStringLiteral("Huawei Ascend 910B")
                                 : m_domestic.at(rng.between(0, m_domestic.size() - 1));
    // The foreign parts bids name most: NVIDIA H20, L20, A800, A100.
    const QStringList foreign = m_foreign.mid(0, 4);
    if (mix < 0.84 || foreign.isEmpty())
        return {{domestic, cards}};
    if (mix < 0.94) {
        // As many foreign cards as the tender's minimum domestic share leaves room for.
        const int minimum = std::max(1, rules.minimumDomesticSharePercent);
        const int room = cards * (100 - minimum) / minimum;
        QStringList allowed;
        for (const QString& model : foreign)
            if (!rules.excludedModels.contains(model))
                allowed.append(model);
        const int count = std::min(room, cards / 2);
        if (count < 1 || allowed.isEmpty())
            return {{domestic, cards}};
        return {{domestic, cards}, {allowed.at(rng.between(0, allowed.size() - 1)), count}};
    }
    return {{foreign.at(rng.between(0, foreign.size() - 1)), cards}};
}

bool TenderFactory::priceOnDeployment(const Tender& t, qint64 lotBudget,
                                      const QList<int>& deployments, bool aboveBudget,
                                      bool belowCost, Bid& bid, MarketBid& extra, Rng& rng) const
{
    const MarketDeployments& market = *m_deployments;
    extra.assumptions = market.assumptionsFor(extra.vendor, bid.deliversHardware);
    // The vendor sizes its offer to the tender: mostly the deployment that serves its peak for
    // the least (what serving costs before the fixed costs: a breakdown of hardware only).
    QList<CostToServe> serving;
    int cheapest = 0;
    for (qsizetype k = 0; k < deployments.size(); ++k) {
        const Deployment& d = market.all().at(deployments.at(k));
        Bid probe = bid;
        probe.hardware = d.hardware;
        setBreakdown(probe, lotBudget, 0, lotBudget);
        serving.append(market.cost(deployments.at(k), t, probe, extra.assumptions));
        if (serving.constLast().costWithoutVoucher < serving.at(cheapest).costWithoutVoucher)
            cheapest = int(k);
    }
    // When even the cheapest deployment would take most of the budget, most vendors offer an
    // unbenchmarked one rather than bid below cost; some bid it all the same.
    if (double(serving.at(cheapest).costWithoutVoucher.minorUnits()) > 0.6 * double(lotBudget) &&
        !rng.chance(offerWhenUnaffordable)) {
        extra.assumptions = CostAssumptions();
        return false;
    }
    const int chosen = rng.chance(0.75) ? cheapest : int(rng.between(0, deployments.size() - 1));
    const Deployment& d = market.all().at(deployments.at(chosen));
    extra.deployment = deployments.at(chosen);
    bid.modelOffered = d.model;
    bid.hardware = d.hardware;
    const double cost = double(serving.at(chosen).costWithoutVoucher.minorUnits());
    const double subsidy = double(serving.at(chosen).voucherSubsidy.minorUnits());

    // The hardware line against what serving costs: with the bid's other lines standing for
    // its fixed costs, the bid covers its cost exactly when that line covers serving.
    double hardware;
    const bool voucherOnly = !belowCost && subsidy > 0 && rng.chance(voucherOnlyShare);
    if (belowCost)
        hardware = (cost - subsidy) * (0.35 + 0.55 * rng.uniform());
    else if (voucherOnly)
        hardware = cost - subsidy * (0.15 + 0.75 * rng.uniform());
    else
        hardware = cost * (1.05 + 0.45 * rng.uniform());
    const double ratio = aboveBudget   ? 1.01 + 0.11 * rng.uniform()
                         : belowCost   ? 0.45 + 0.30 * rng.uniform()
                         : voucherOnly ? std::clamp(rng.normal(voucherOnlyRatio, 0.06), 0.62, 0.995)
                                       : std::clamp(rng.normal(0.87, 0.06), 0.62, 0.995);
    double price = double(lotBudget) * ratio;
    if (hardware > 0.65 * price) {
        // Serving takes most of the price: the vendor raises it as far as the budget allows,
        // and covers what it can.
        price = hardware / (0.5 + 0.15 * rng.uniform());
        const double highest = double(lotBudget) * (aboveBudget ? 1.12 : 0.995);
        if (price > highest) {
            price = highest * (0.96 + 0.04 * rng.uniform());
            hardware = std::min(hardware, 0.8 * price);
        }
    }
    const qint64 total = roundTo(price, 10'000);
    const qint64 hardwareLine = std::min(total - 300, roundTo(hardware, 100));
    const qint64 model = roundTo(double(total - hardwareLine) * (0.45 + 0.2 * rng.uniform()), 100);
    setBreakdown(bid, total, std::min(model, total - hardwareLine), hardwareLine);

    const CostToServe c = market.cost(extra.deployment, t, bid, extra.assumptions);
    extra.costWithoutVoucherMinor = c.costWithoutVoucher.minorUnits();
    extra.costWithVoucherMinor = c.costWithVoucher.minorUnits();
    // The vendor declares what its deployment measured.
    const bench::LoadSummary& load = d.run.load;
    DeclaredBenchmarks declared;
    declared.accuracyPercent = std::round(d.accuracy * 1000) / 10;
    declared.outputTokensPerSecond = load.outputTokensPerS;
    declared.ttftP95Ms = int(std::ceil(load.ttftMs.p95));
    declared.tpotP95Ms = int(std::ceil(load.tpotMs.p95));
    extra.declared = declared;
    return true;
}

bool TenderFactory::takesDeepSeek(int buyer, QDate day) const
{
    const QDate since = m_deepSeekSince.at(buyer);
    return since.isValid() && day >= since;
}

QString TenderFactory::suiteOf(TenderCategory category)
{
    switch (category) {
    case TenderCategory::KnowledgeAssistant:
        return QStringLiteral("knowledge-qa-v1");
    case TenderCategory::CodeGeneration:
        return QStringLiteral("code-generation-v1");
    case TenderCategory::DataAnalysis:
        return QStringLiteral("data-analysis-v1");
    case TenderCategory::ProcessAutomation:
        return QStringLiteral("process-automation-v1");
    }
    return {};
}

MarketTender TenderFactory::make(qint64 index) const
{
    Rng rng = Rng::forStream(m_seed, quint64(index));
    MarketTender m;
    Tender& t = m.tender;
    const int buyer = pickWeighted(rng, m_buyerWeights, m_buyerWeightTotal);
    const MarketBuyer& b = m_catalog.buyers.at(buyer);
    t.buyerId = m_ids.buyers.at(buyer);
    t.buyerName = b.shortName;
    t.category = Codes<TenderCategory>::all().at(pickWeighted(rng, categoryShares, 1.0));
    t.method = pickMethod(rng);
    t.reference = QStringLiteral("%1-%2-GAI-%3")
                      .arg(b.code)
                      .arg(m_year)
                      .arg(index + 1, 7, 10, QLatin1Char('0'));
    const QStringList& scenarios = m_catalog.scenarios.value(t.category);
    const QString scenario = scenarios.at(rng.between(0, scenarios.size() - 1));
    const QString suffix =
        m_catalog.titleSuffixes.at(rng.between(0, m_catalog.titleSuffixes.size() - 1));
    t.title = b.shortName + scenario + suffix;
    if (rng.chance(0.15))
        t.title += QStringLiteral("（二期）");

    // Budget: log-normal around 3.2 million yuan, rounded to ten thousand yuan.
    const double budgetYuan = std::clamp(3.2e6 * std::exp(rng.normal(0.0, 0.9)), 3.0e5, 8.0e7);
    t.budgetCeiling = Money::yuan(roundTo(budgetYuan, 10000) * 100);

    // Workload and service levels grow with the budget.
    Workload& w = t.workload;
    w.contractedTokensPerYear = roundTo(budgetYuan * rng.between(300, 1500), 100'000'000);
    w.concurrentUsers = int(roundTo(budgetYuan / 3000.0 * (0.5 + rng.uniform()), 50));
    static const int ttft[] = {1000, 1500, 2000, 3000};
    static const int tpot[] = {50, 80, 100};
    w.sloTimeToFirstTokenMs = ttft[rng.between(0, 3)];
    w.sloTimePerOutputTokenMs = tpot[rng.between(0, 2)];
    w.sloAvailabilityPercent = rng.chance(0.3) ? 99.95 : 99.9;
    // The accuracy suite of its category, as a new tender's template names it.
    t.benchmarkSuite = suiteOf(t.category);

    // Hardware rules: the national "more than half domestic" rule, sometimes stricter.
    HardwareRules& rules = t.hardwareRules;
    const double strictness = rng.uniform();
    rules.minimumDomesticSharePercent = strictness < 0.80   ? 50
                                        : strictness < 0.90 ? 60
                                        : strictness < 0.95 ? 80
                                                            : 100;
    if (rng.chance(0.9))
        rules.excludedModels = m_excludedByDefault;

    // Timeline, in China Standard Time during working hours.
    const QDate published = QDate(m_year, 1, 1).addDays(rng.between(0, 364));
    t.publishedAt = chinaTime(published, int(rng.between(9, 17)), int(rng.between(0, 3)) * 15);
    const bool open = t.method == ProcurementMethod::OpenTender;
    // About one open tender in twenty gives less than the statutory 20 days (a red flag).
    const int period =
        open ? (rng.chance(0.05) ? int(rng.between(10, 19)) : int(rng.between(20, 30)))
             : int(rng.between(5, 15));
    t.bidDeadline = chinaTime(published.addDays(period), 9, 30);
    t.clarificationDeadline = chinaTime(published.addDays(qMax(2, period - 10)), 17, 0);
    t.openingAt = t.bidDeadline;
    t.description =
        QStringLiteral("%1拟采购%2服务，基于大模型私有化部署，年调用量约%3亿输出 tokens，"
                       "并发用户不少于%4人，首字时延P95不超过%5毫秒，每输出 token 时延不超过"
                       "%6毫秒。国产算力占比不低于%7%。")
            .arg(b.name, scenario)
            .arg(w.contractedTokensPerYear / 100'000'000)
            .arg(w.concurrentUsers)
            .arg(w.sloTimeToFirstTokenMs)
            .arg(w.sloTimePerOutputTokenMs)
            .arg(rules.minimumDomesticSharePercent);
    if (!rules.excludedModels.isEmpty())
        t.description +=
            QStringLiteral("不得使用%1。").arg(rules.excludedModels.join(QStringLiteral("、")));

    // Lots.
    const double lotDraw = rng.uniform();
    const int lotCount = lotDraw < 0.80 ? 1 : lotDraw < 0.95 ? 2 : 3;
    static const char* lotTitles[] = {"模型及推理平台", "算力硬件", "应用开发与集成"};
    qint64 remaining = t.budgetCeiling.minorUnits();
    for (int n = 1; n <= lotCount; ++n) {
        const qint64 share =
            n == lotCount
                ? remaining
                : roundTo(double(t.budgetCeiling.minorUnits()) * (n == 1 ? 0.5 : 0.3), 1'000'000);
        remaining -= share;
        t.lots.append(
            Lot{0, n,
                lotCount == 1
                    ? t.title
                    : QStringLiteral("第%1包：%2").arg(n).arg(QString::fromUtf8(lotTitles[n - 1])),
                Money::yuan(share)});
    }

    // Criteria: the category's weights, with the price weight moved by up to ten points.
    QList<CriterionTemplate> templates = criteriaFor(t.category);
    const int shift = int(rng.between(-2, 2)) * 5;
    templates[0].weight += shift;
    templates[1].weight -= shift;
    for (const CriterionTemplate& c : templates)
        t.criteria.append(
            Criterion{0, QString::fromLatin1(c.code), QString::fromUtf8(c.name), c.weight});

    t.bidDocuments = standardBidDocuments();

    // Bids: 3 to 12, most often 6 to 10 (about eight a tender), from distinct vendors.
    const int bidCount = int(std::clamp<qint64>(std::llround(rng.normal(8.0, 2.4)), 3, 12));
    const bool deepSeek = takesDeepSeek(buyer, published);
    QList<double> weights = m_vendorWeights;
    if (!deepSeek)
        for (qsizetype v = 0; v < weights.size(); ++v)
            if (m_onlyDeepSeek.at(v))
                weights[v] = 0;
    double weightTotal = 0;
    for (double x : weights)
        weightTotal += x;
    QList<int> bidders;
    for (int i = 0; i < bidCount; ++i) {
        const int v = pickWeighted(rng, weights, weightTotal);
        bidders.append(v);
        weightTotal -= weights[v];
        weights[v] = 0;
    }
    for (int i = 0; i < bidCount; ++i) {
        const int v = bidders.at(i);
        const MarketVendor& vendor = m_catalog.vendors.at(v);
        Bid bid;
        MarketBid extra;
        extra.vendor = v;
        bid.vendorId = m_ids.vendors.at(v);
        bid.vendorName = vendor.shortName;
        const int lot = int(rng.between(1, lotCount));
        bid.lotId = -lot;
        const qint64 lotBudget = t.lots.at(lot - 1).budget.minorUnits();
        // Integrators deliver servers to the buyer's machine room; model vendors and clouds host.
        bid.deliversHardware = vendor.kind == OrganizationKind::Integrator;
        // Eager vendors sometimes bid far below cost, to win.
        const double eagerness = rng.uniform();
        // A deployment is what the first lot buys (the model and its inference platform); the
        // other lots buy hardware or integration.
        QList<int> deployments =
            m_deployments && lot == 1 ? m_deployments->offered(v, t.benchmarkSuite) : QList<int>();
        if (!deepSeek)
            deployments.removeIf(
                [this](int d) { return isDeepSeek(m_deployments->all().at(d).model); });
        bool benchmarked = !deployments.isEmpty() && rng.chance(benchmarkedShare);
        const bool belowCost = eagerness < vendor.belowCostPropensity *
                                               (benchmarked ? belowCostShareOnRun : belowCostShare);
        // A few bids fail a check besides the hardware rules: drawn first, so that the bid is
        // made to fail it (a benchmarked deployment declares the service levels it measured).
        QString failure;
        if (rng.chance(otherFailureShare))
            failure = QLatin1String(otherFailures[rng.between(0, benchmarked ? 2 : 3)]);
        const bool aboveBudget = failure == QLatin1String("aboveBudget");

        if (benchmarked)
            benchmarked = priceOnDeployment(t, lotBudget, deployments, aboveBudget, belowCost, bid,
                                            extra, rng);
        if (!benchmarked) {
            // Most bids land at 75-98% of the ceiling; eager vendors sometimes far below it.
            const double ratio = aboveBudget ? 1.01 + 0.11 * rng.uniform()
                                 : belowCost ? 0.22 + 0.28 * rng.uniform()
                                             : std::clamp(rng.normal(0.87, 0.06), 0.62, 0.995);
            const qint64 price = roundTo(double(lotBudget) * ratio, 10'000);
            const qint64 model = price * rng.between(30, 45) / 100;
            const qint64 hardware = price * rng.between(30, 45) / 100;
            setBreakdown(bid, price, model, hardware);
            QStringList models = vendor.models;
            if (!deepSeek)
                models.removeIf(isDeepSeek);
            bid.modelOffered = models.at(rng.between(0, models.size() - 1));
            bid.hardware = drawHardware(rules, rng);
        }
        const int daysBefore = int(rng.between(0, 3));
        bid.submittedAt =
            failure == QLatin1String("late")
                ? t.bidDeadline.addSecs(rng.between(60, 1800))
                : t.bidDeadline.addDays(-daysBefore).addSecs(-rng.between(600, 8 * 3600));
        if (failure == QLatin1String("serviceLevels")) {
            // Declares a time per output token slower than the tender's objective.
            DeclaredBenchmarks declared;
            declared.ttftP95Ms = int(w.sloTimeToFirstTokenMs * (0.6 + 0.3 * rng.uniform()));
            declared.tpotP95Ms = w.sloTimePerOutputTokenMs + int(rng.between(10, 60));
            extra.declared = declared;
        }

        // The compliance review: a bid is disqualified for each check it fails, and only then.
        const HardwareCheck h = checkHardware(bid.hardware, rules, m_isDomestic);
        QStringList& failed = extra.disqualification;
        if (failure == QLatin1String("late"))
            failed.append(failure);
        if (bid.totalPrice.minorUnits() > lotBudget)
            failed.append(QStringLiteral("aboveBudget"));
        if (!h.meetsDomesticShare())
            failed.append(QStringLiteral("domesticShare"));
        if (!h.excludedFound.isEmpty() || !h.unknownModels.isEmpty())
            failed.append(QStringLiteral("excludedAccelerator"));
        if (failure == QLatin1String("missingDocument") ||
            failure == QLatin1String("serviceLevels"))
            failed.append(failure);
        bid.status = !failed.isEmpty()  ? BidStatus::Disqualified
                     : rng.chance(0.01) ? BidStatus::Withdrawn
                                        : BidStatus::Valid;
        m.tender.bids.append(bid);
        m.bids.append(extra);
    }

    // Clarifications: up to three questions, answered to all bidders.
    const int questions = int(rng.between(0, 3));
    QList<int> unasked;
    for (int i = 0; i < clarificationQuestions().size(); ++i)
        unasked.append(i);
    for (int i = 0; i < questions; ++i) {
        const int which = unasked.takeAt(rng.between(0, unasked.size() - 1));
        Clarification c;
        c.askedAt = t.publishedAt.addDays(rng.between(1, qMax(1, period / 2)));
        c.askerId = t.bids.at(rng.between(0, t.bids.size() - 1)).vendorId;
        c.question = clarificationQuestions().at(which);
        c.answer = clarificationAnswers().at(which);
        c.answeredAt = c.askedAt.addDays(rng.between(1, 2));
        t.clarifications.append(c);
    }

    // Some tenders are cancelled before their opening; the others are evaluated (MarketPanel).
    t.status = rng.chance(0.04) ? TenderStatus::Cancelled : TenderStatus::Opened;

    // What the tender buys, drawn last so that every draw before it stays as it was (a seed
    // gives the market it gave before tenders had a kind). A tender with a hardware lot buys
    // goods and services; the others are mostly on-premises deployments with their hardware,
    // then hosted services, and a few appliances (a model preinstalled on its servers: goods).
    const double kind = rng.uniform();
    t.purchaseKind = lotCount > 1 || kind < 0.60 ? PurchaseKind::GoodsAndServices
                     : kind < 0.88               ? PurchaseKind::Services
                                                 : PurchaseKind::Goods;
    return m;
}

} // namespace td::demo
