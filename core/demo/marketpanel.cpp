#include "marketpanel.h"

#include "deployments.h"
#include "domain/hardwarerules.h"
#include "rng.h"
#include "scoring/evaluation.h"

#include <algorithm>
#include <cmath>

namespace td::demo {
namespace {

// The panels draw from their own streams, apart from the tenders' (a tender is the same whether
// or not it is evaluated).
constexpr quint64 panelStreams = 0x9A4E'1F00'0000'0000ull;

// How often the panel rejects a flagged bid's explanation: more often when the price is below
// the bid's own cost-to-serve than when only the statistical rules fired.
constexpr double rejectBelowCost = 0.3;
constexpr double rejectOther = 0.05;

// Common surnames and given-name characters: a panel's members are experts drawn from the
// provincial expert pools, named as people are.
const QStringList& surnames()
{
    static const QStringList s =
        QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 "
                       "梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕")
            .split(QLatin1Char(' '));
    return s;
}

const QStringList& givenNames()
{
    static const QStringList g =
        QStringLiteral("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 "
                       "刚 桂 建 华 国 文 志 红 海 晓 宁 波 斌 宇 浩 凯 鹏 辉 丹 琳")
            .split(QLatin1Char(' '));
    return g;
}

QString personName(Rng& rng)
{
    QString name = surnames().at(rng.between(0, surnames().size() - 1));
    const int characters = rng.chance(0.7) ? 2 : 1;
    for (int i = 0; i < characters; ++i)
        name += givenNames().at(rng.between(0, givenNames().size() - 1));
    return name;
}

// A time in working hours (China Standard Time, UTC+8) `days` after `from`.
QDateTime workingHoursAfter(const QDateTime& from, int days, Rng& rng)
{
    const QDate day = from.addSecs(8 * 3600).date().addDays(days);
    return QDateTime(day, QTime(9, 0), Qt::UTC).addSecs(-8 * 3600 + rng.between(0, 8 * 3600 - 1));
}

// What a vendor writes to justify a price the rules flagged, by what fired.
QString explanationFor(bool belowCost, bool voucher, Rng& rng)
{
    static const QStringList costs = {
        QStringLiteral("我司报价已包含全部软硬件、集成实施及运维服务费用。模型为我司自研，"
                       "无需支付第三方授权费用；推理平台已在多个央企项目中复用，实施成本较低。"
                       "随附成本构成明细及同类项目合同，证明报价不低于成本。"),
        QStringLiteral("我司依托自有算力资源及规模化采购，算力成本显著低于市场平均水平，"
                       "报价中的算力硬件费用按实际采购价格测算。随附设备采购合同及成本测算表。"),
        QStringLiteral("本项目为我司重点示范项目，部分实施及运维人员费用由我司研发预算承担，"
                       "报价合理且不影响履约，我司承诺按招标文件要求完成全部服务。"),
    };
    static const QString withVoucher = QStringLiteral(
        "我司为中小企业，可使用所在城市算力券租用国家算力枢纽节点算力，租赁费用享受补贴。"
        "扣除补贴后的算力成本见所附测算表，报价不低于扣除补贴后的成本。");
    static const QString statistical = QStringLiteral(
        "我司报价依据本项目技术方案逐项测算，低于其他投标人报价系因模型推理效率较高、"
        "所需算力较少。随附分项报价说明及基准测试报告。");
    if (voucher && rng.chance(0.7))
        return withVoucher;
    if (belowCost || rng.chance(0.5))
        return costs.at(rng.between(0, costs.size() - 1));
    return statistical;
}

QString opinionFor(bool accepted, bool full)
{
    if (!full)
        return accepted ? QStringLiteral("报价合理，予以接受。")
                        : QStringLiteral("报价明显偏低且未能证明其合理性，按无效投标处理。");
    return accepted ? QStringLiteral("经评标委员会审查，投标人提供的成本构成说明及证明材料能够"
                                     "证明其报价合理，不影响合同履行，予以接受。")
                    : QStringLiteral("投标人未能提供充分证明材料证明其报价合理，评标委员会认定"
                                     "其报价低于成本，按无效投标处理。");
}

} // namespace

MarketPanel::MarketPanel(const MarketCatalog& catalog, const MarketDeployments* deployments,
                         quint64 seed)
    : m_catalog(catalog)
    , m_deployments(deployments)
    , m_seed(seed)
{
    for (const Accelerator& a : m_catalog.accelerators)
        m_isDomestic.insert(a.model, a.domestic);
}

QString MarketPanel::costVerdictCode(scoring::CostVerdict verdict)
{
    switch (verdict) {
    case scoring::CostVerdict::Profitable:
        return QStringLiteral("profitable");
    case scoring::CostVerdict::ProfitableOnlyWithVoucher:
        return QStringLiteral("voucherOnly");
    case scoring::CostVerdict::BelowCost:
        return QStringLiteral("belowCost");
    case scoring::CostVerdict::NoBenchmark:
        break;
    }
    return QStringLiteral("noBenchmark");
}

QList<double> MarketPanel::evaluate(MarketTender& market, qint64 index, bool sheets,
                                    std::optional<double> marketThreshold) const
{
    Tender& t = market.tender;
    MarketEvaluation& e = market.evaluation;
    e.bids.resize(t.bids.size());
    if (t.status == TenderStatus::Cancelled)
        return {};
    e.evaluated = true;
    Rng rng = Rng::forStream(m_seed ^ panelStreams, quint64(index));
    const scoring::EvaluationSettings settings; // the tender's settings: the defaults

    // The panel confirms the compliance review a few hours after the opening, and each member
    // submits a sheet the next working day.
    e.complianceConfirmedAt = t.openingAt.addSecs(rng.between(2 * 3600, 5 * 3600));
    const int members = rng.chance(0.7) ? 5 : 7;
    QStringList names;
    while (names.size() < members) {
        const QString name = personName(rng);
        if (!names.contains(name))
            names.append(name);
    }
    for (int m = 0; m < members; ++m)
        e.panel.append({names.at(m), m == 0 ? QStringLiteral("chair") : QStringLiteral("member"),
                        workingHoursAfter(t.openingAt, 1, rng)});
    const QString& chair = names.constFirst();

    // The engine's input: bids named by their position (i + 1) and lots by their number until
    // they are stored, in the order the desk reads them (withdrawn bids left out).
    scoring::EvaluationInput in;
    in.settings = settings;
    in.ceilingMinor = t.budgetCeiling.minorUnits();
    in.marketThreshold = marketThreshold;
    for (const Lot& lot : t.lots)
        in.lots.append({lot.number, lot.budget.minorUnits()});
    QList<int> scored; // criteria the panel scores, by index
    for (qsizetype c = 0; c < t.criteria.size(); ++c) {
        const Criterion& criterion = t.criteria.at(c);
        in.criteria.append({qint64(c + 1), criterion.code, criterion.name, criterion.weight});
        if (criterion.code != QLatin1String("price"))
            scored.append(int(c));
    }
    QList<int> bidOf;                    // input position -> index into t.bids
    QHash<qint64, qsizetype> positionOf; // input id -> input position
    for (qsizetype i = 0; i < t.bids.size(); ++i) {
        const Bid& bid = t.bids.at(i);
        if (bid.status == BidStatus::Withdrawn)
            continue;
        const MarketBid& extra = market.bids.at(i);
        scoring::BidInput b;
        b.id = i + 1;
        b.lotId = -bid.lotId;
        b.priceMinor = bid.totalPrice.minorUnits();
        b.receivedAt = bid.submittedAt;
        b.compliant = bid.status == BidStatus::Valid;
        const HardwareCheck h = checkHardware(bid.hardware, t.hardwareRules, m_isDomestic);
        b.domestic = h.totalCount > 0 && h.domesticCount * 100 >=
                                             settings.domesticQualifyingSharePercent * h.totalCount;
        b.sme = m_catalog.vendors.at(extra.vendor).sme;
        b.costWithoutVoucherMinor = extra.costWithoutVoucherMinor;
        b.costWithVoucherMinor = extra.costWithVoucherMinor;
        positionOf.insert(b.id, in.bids.size());
        bidOf.append(int(i));
        in.bids.append(b);
    }

    // The panel's view of each valid bid: its merit, and on the benchmark criteria what its
    // deployment measured (the sheet template fills them from the run: accuracy x weight, and
    // throughput over the best of the lot's valid bids x weight), the same for every member.
    QHash<int, double> bestThroughput; // by lot number
    for (qsizetype k = 0; k < in.bids.size(); ++k) {
        const MarketBid& extra = market.bids.at(bidOf.at(k));
        if (in.bids.at(k).compliant && extra.deployment >= 0 && m_deployments) {
            const double tokens =
                m_deployments->all().at(extra.deployment).run.load.outputTokensPerS;
            double& best = bestThroughput[int(in.bids.at(k).lotId)];
            best = std::max(best, tokens);
        }
    }
    for (qsizetype k = 0; k < in.bids.size(); ++k) {
        scoring::BidInput& b = in.bids[k];
        if (!b.compliant)
            continue;
        const int i = bidOf.at(k);
        const MarketBid& extra = market.bids.at(i);
        const Deployment* d = extra.deployment >= 0 && m_deployments
                                  ? &m_deployments->all().at(extra.deployment)
                                  : nullptr;
        const double merit = std::clamp(rng.normal(0.78, 0.08), 0.5, 0.97);
        b.sheetPoints.resize(in.criteria.size());
        double technical = 0;
        for (int c : std::as_const(scored)) {
            const Criterion& criterion = t.criteria.at(c);
            std::optional<double> measured;
            if (d && criterion.code == QLatin1String("benchmarkAccuracy"))
                measured = d->accuracy;
            else if (d && criterion.code == QLatin1String("benchmarkPerformance"))
                measured = d->run.load.outputTokensPerS / bestThroughput.value(int(b.lotId), 1.0);
            const double judged = std::clamp(merit + rng.normal(0.0, 0.05), 0.3, 1.0);
            const double share = measured ? std::clamp(*measured, 0.0, 1.0) : judged;
            if (!sheets) {
                technical += criterion.weight * share;
                continue;
            }
            QList<double>& points = b.sheetPoints[c];
            for (int m = 0; m < members; ++m) {
                // Members differ a little around the bid's merit; measured figures they copy.
                const double own =
                    measured ? share : std::clamp(share + rng.normal(0.0, 0.03), 0.0, 1.0);
                const qint64 hundredths = std::llround(criterion.weight * own * 10) * 10;
                e.scores.append({i, c, m, hundredths});
                points.append(hundredths / 100.0);
            }
        }
        if (!sheets) {
            const qint64 hundredths = std::llround(technical * 100);
            e.bids[i].technicalPointsHundredths = hundredths;
            b.recordedTechnicalPoints = hundredths / 100.0;
            b.sheetPoints.clear();
        }
    }

    // Score, hear the vendors of flagged bids, decide, and score again until nothing waits.
    scoring::EvaluationResult result = scoring::evaluate(in);
    for (int round = 0; round < 8 && !result.pendingExplanations.isEmpty(); ++round) {
        for (qint64 id : std::as_const(result.pendingExplanations)) {
            const qsizetype k = positionOf.value(id);
            const scoring::BidResult* r = result.bid(id);
            const bool belowCost =
                std::any_of(r->flags.cbegin(), r->flags.cend(),
                            [](const auto& f) { return f.rule == scoring::LowBidRule::BelowCost; });
            const int i = bidOf.at(k);
            const bool voucher = !market.bids.at(i).assumptions.voucherCity.isEmpty();
            const bool accepted = !rng.chance(belowCost ? rejectBelowCost : rejectOther);
            MarketReview review;
            review.bid = i;
            review.rules = scoring::lowBidRuleCodes(r->flags);
            // A published result records the panel's decision, not the vendor's explanation:
            // beyond the tenders this desk keeps the sheets of, only the decision is known.
            if (sheets) {
                review.explanation = explanationFor(belowCost, voucher, rng);
                review.explainedAt = workingHoursAfter(t.openingAt, 2, rng);
            }
            review.accepted = accepted;
            review.opinion = opinionFor(accepted, sheets);
            review.decidedBy = chair;
            review.decidedAt = workingHoursAfter(t.openingAt, 3, rng);
            e.reviews.append(review);
            in.bids[k].lowPriceDecision = accepted ? scoring::LowPriceDecision::Accepted
                                                   : scoring::LowPriceDecision::Rejected;
        }
        result = scoring::evaluate(in);
    }

    // What the scoring made of each bid, as the desk stores it.
    for (qsizetype k = 0; k < in.bids.size(); ++k) {
        const scoring::BidResult& r = result.bids.at(k);
        MarketBidResult& stored = e.bids[bidOf.at(k)];
        if (r.valid)
            stored.evaluationPriceMinor = r.evaluationPriceMinor;
        if (r.valid && r.scored)
            stored.scoreHundredths = std::llround(r.totalPoints * 100);
        if (r.rank > 0)
            stored.ranking = r.rank;
        stored.lowPriceFlags = scoring::lowBidRuleCodes(r.flags);
    }

    // The award of each lot to its recommended bid; an open tender with fewer than three valid
    // bids in a lot fails there (Government Procurement Law).
    const bool open = t.method == ProcurementMethod::OpenTender;
    QList<double> discounts;
    bool unsuccessful = false;
    for (const scoring::LotResult& lot : std::as_const(result.lots)) {
        int valid = 0;
        qint64 first = 0;
        for (const scoring::BidResult& r : std::as_const(result.bids))
            if (r.lotId == lot.lotId && r.valid) {
                ++valid;
                if (r.rank == 1 && first == 0)
                    first = r.bidId;
            }
        if (valid == 0 || (open && valid < 3)) {
            unsuccessful = true;
            continue;
        }
        const qint64 winnerId = lot.recommendedBidId ? lot.recommendedBidId : first;
        if (lot.recommendedBidId && lot.winnerDiscount)
            discounts.append(*lot.winnerDiscount);
        const qsizetype k = positionOf.value(winnerId);
        const int i = bidOf.at(k);
        const Bid& bid = t.bids.at(i);
        Award award;
        award.lotId = bid.lotId;
        award.bidId = -(i + 1);
        award.vendorId = bid.vendorId;
        award.amount = bid.totalPrice;
        award.status = AwardStatus::Active;
        award.decidedAt = t.openingAt.addDays(rng.between(7, 20));
        award.standstillEndsAt = award.decidedAt.addDays(settings.standstillDays);
        award.costVerdict = costVerdictCode(result.bids.at(k).costVerdict);
        if (in.bids.at(k).costWithoutVoucherMinor)
            award.costWithoutVoucher = Money::yuan(*in.bids.at(k).costWithoutVoucherMinor);
        if (in.bids.at(k).costWithVoucherMinor)
            award.costWithVoucher = Money::yuan(*in.bids.at(k).costWithVoucherMinor);
        if (!lot.recommendedBidId)
            award.justification = QStringLiteral("排名第一的投标人得分及各项评审因素均相同，"
                                                 "采购人按招标文件规定以抽签方式确定中标人。");
        t.awards.append(award);
    }
    t.status = t.awards.isEmpty()                 ? TenderStatus::Unsuccessful
               : unsuccessful || rng.chance(0.06) ? TenderStatus::Awarded
                                                  : TenderStatus::Complete;
    return discounts;
}

} // namespace td::demo
