#include "tenderfactory.h"

#include "domain/biddocuments.h"
#include "rng.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace td::demo {
namespace {

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

} // namespace

TenderFactory::TenderFactory(const MarketCatalog& catalog, MarketIds ids, quint64 seed, int year)
    : m_catalog(catalog)
    , m_ids(std::move(ids))
    , m_seed(seed)
    , m_year(year)
{
    // Big groups publish more: a gentle power law over the catalog order.
    for (qsizetype i = 0; i < m_catalog.buyers.size(); ++i) {
        m_buyerWeights.append(1.0 / std::pow(double(i + 1), 0.6));
        m_buyerWeightTotal += m_buyerWeights.constLast();
    }
    for (const MarketVendor& v : m_catalog.vendors)
        m_vendorWeights.append(v.presence);
    for (const Accelerator& a : m_catalog.accelerators) {
        if (a.domestic)
            m_domestic.append(a.model);
        else
            m_foreign.append(a.model);
        if (a.excludedByDefault)
            m_excludedByDefault.append(a.model);
    }
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

Tender TenderFactory::make(qint64 index) const
{
    Rng rng = Rng::forStream(m_seed, quint64(index));
    Tender t;
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
    QList<double> weights = m_vendorWeights;
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
        const MarketVendor& vendor = m_catalog.vendors.at(bidders.at(i));
        Bid bid;
        bid.vendorId = m_ids.vendors.at(bidders.at(i));
        bid.vendorName = vendor.shortName;
        const int lot = int(rng.between(1, lotCount));
        bid.lotId = -lot;
        const Money& lotBudget = t.lots.at(lot - 1).budget;
        // Most bids land at 75-98% of the ceiling; eager vendors sometimes bid far below cost.
        const bool belowCost = rng.chance(vendor.belowCostPropensity * 0.35);
        const double ratio = belowCost ? 0.22 + 0.28 * rng.uniform()
                                       : std::clamp(rng.normal(0.87, 0.06), 0.62, 0.995);
        const qint64 price = roundTo(double(lotBudget.minorUnits()) * ratio, 10'000);
        bid.totalPrice = Money::yuan(price);
        const qint64 model = price * rng.between(30, 45) / 100;
        const qint64 hardware = price * rng.between(30, 45) / 100;
        // Integration takes three fifths of the rest, the years of service two fifths: split
        // without drawing, so the market's other draws stay as they were.
        const qint64 rest = price - model - hardware;
        const qint64 deployment = std::min(rest, roundTo(double(rest) * 3 / 5, 10'000));
        bid.breakdown = {
            {QStringLiteral("模型授权与推理平台"), Money::yuan(model), PriceItemKind::Licences},
            {QStringLiteral("算力硬件"), Money::yuan(hardware), PriceItemKind::Hardware},
            {QStringLiteral("集成实施"), Money::yuan(deployment), PriceItemKind::Deployment},
            {QStringLiteral("运维服务"), Money::yuan(rest - deployment),
             PriceItemKind::AnnualService}};
        bid.modelOffered = vendor.models.at(rng.between(0, vendor.models.size() - 1));
        // Integrators deliver servers to the buyer's machine room; model vendors and clouds host.
        bid.deliversHardware = vendor.kind == OrganizationKind::Integrator;

        // Hardware: mostly domestic, sometimes mixed with or replaced by foreign parts.
        const int scale = 1 << int(rng.between(0, 3)); // 8, 16, 32 or 64 cards
        const double mix = rng.uniform();
        const QString domestic = rng.chance(0.55)
                                     ? QStringLiteral("Huawei Ascend 910B")
                                     : m_domestic.at(rng.between(0, m_domestic.size() - 1));
        const QString foreign =
            m_foreign.at(rng.between(0, qMin<qsizetype>(3, m_foreign.size() - 1)));
        if (mix < 0.70) {
            bid.hardware = {{domestic, 8 * scale}};
        } else if (mix < 0.90) {
            bid.hardware = {{domestic, 8 * scale}, {foreign, 8 * qMax(1, scale / 2)}};
            if (bid.hardware[0].acceleratorModel == foreign)
                bid.hardware.removeLast();
        } else {
            bid.hardware = {{foreign, 8 * scale}};
        }

        const int daysBefore = int(rng.between(0, 3));
        bid.submittedAt = t.bidDeadline.addDays(-daysBefore).addSecs(-rng.between(600, 8 * 3600));
        const bool excludedHardware =
            std::any_of(bid.hardware.cbegin(), bid.hardware.cend(), [&](const HardwareLine& line) {
                return rules.excludedModels.contains(line.acceleratorModel);
            });
        const double draw = rng.uniform();
        if (excludedHardware && draw < 0.7)
            bid.status = BidStatus::Disqualified;
        else if (draw < 0.06)
            bid.status = BidStatus::Disqualified;
        else if (draw < 0.07)
            bid.status = BidStatus::Withdrawn;
        else
            bid.status = BidStatus::Valid;
        t.bids.append(bid);
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

    // Outcome, as of today for a past year: most tenders complete with an award per lot.
    const int priceWeight = t.criteria.constFirst().weight;
    const bool cancelled = rng.chance(0.04);
    bool unsuccessful = false;
    for (int lot = 1; lot <= lotCount && !cancelled; ++lot) {
        qint64 lowest = std::numeric_limits<qint64>::max();
        QList<int> valid;
        for (int i = 0; i < t.bids.size(); ++i)
            if (t.bids.at(i).lotId == -lot && t.bids.at(i).status == BidStatus::Valid) {
                valid.append(i);
                lowest = qMin(lowest, t.bids.at(i).totalPrice.minorUnits());
            }
        // Fewer than three valid bids makes an open tender fail (Government Procurement Law).
        if (valid.isEmpty() || (open && valid.size() < 3)) {
            unsuccessful = true;
            continue;
        }
        int winner = valid.constFirst();
        double best = -1;
        for (int i : valid) {
            const Bid& bid = t.bids.at(i);
            const double priceScore =
                double(lowest) / double(bid.totalPrice.minorUnits()) * priceWeight;
            const double otherScore = rng.between(60, 95) * (100 - priceWeight) / 100.0;
            if (priceScore + otherScore > best) {
                best = priceScore + otherScore;
                winner = i;
            }
        }
        Award award;
        award.lotId = -lot;
        award.bidId = -(winner + 1);
        award.vendorId = t.bids.at(winner).vendorId;
        award.amount = t.bids.at(winner).totalPrice;
        award.status = AwardStatus::Active;
        award.decidedAt = t.openingAt.addDays(rng.between(7, 20));
        t.awards.append(award);
    }
    if (cancelled)
        t.status = TenderStatus::Cancelled;
    else if (t.awards.isEmpty())
        t.status = TenderStatus::Unsuccessful;
    else
        t.status =
            unsuccessful || rng.chance(0.06) ? TenderStatus::Awarded : TenderStatus::Complete;

    // What the tender buys, drawn last so that every draw before it stays as it was (a seed
    // gives the market it gave before tenders had a kind). A tender with a hardware lot buys
    // goods and services; the others are mostly on-premises deployments with their hardware,
    // then hosted services, and a few appliances (a model preinstalled on its servers: goods).
    const double kind = rng.uniform();
    t.purchaseKind = lotCount > 1 || kind < 0.60 ? PurchaseKind::GoodsAndServices
                     : kind < 0.88               ? PurchaseKind::Services
                                                 : PurchaseKind::Goods;
    return t;
}

} // namespace td::demo
