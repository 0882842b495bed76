#include "evaluation.h"

#include "panelscore.h"
#include "pricescore.h"
#include "quantiles.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::scoring {

namespace {

constexpr double notScored = std::numeric_limits<double>::quiet_NaN();

// The fewest processes whose quartiles say anything about the market.
constexpr int minimumMarketProcesses = 4;

bool needsExplanation(const BidResult& bid, LowPriceDecision decision)
{
    return bid.valid && !bid.flags.isEmpty() &&
           (decision == LowPriceDecision::None || decision == LowPriceDecision::Pending);
}

class LotEvaluation
{
public:
    LotEvaluation(const EvaluationInput& input, QList<BidResult>& results,
                  const QList<qsizetype>& members, LotResult& lot)
        : in(input)
        , out(results)
        , m_members(members)
        , m_lot(lot)
    {
        for (qsizetype c = 0; c < in.criteria.size(); ++c)
            if (in.criteria.at(c).isPrice())
                m_priceWeight += in.criteria.at(c).weight;
    }

    void run()
    {
        prices();
        scores();
        ranking();
        flags();
    }

private:
    const BidInput& bidIn(qsizetype i) const { return in.bids.at(i); }

    void prices()
    {
        const EvaluationSettings& s = in.settings;
        qint64 benchmark = 0;
        for (qsizetype i : m_members) {
            BidResult& r = out[i];
            const BidInput& b = bidIn(i);
            r.valid = b.compliant && b.lowPriceDecision != LowPriceDecision::Rejected;
            r.evaluationPriceMinor = evaluationPrice(b.priceMinor, b.domestic, b.sme, s.deductions);
            if (r.valid && r.evaluationPriceMinor > 0 &&
                (benchmark == 0 || r.evaluationPriceMinor < benchmark))
                benchmark = r.evaluationPriceMinor;
        }
        m_lot.benchmarkMinor = benchmark;
    }

    void scores()
    {
        const bool byScore = in.settings.method == RankingMethod::ComprehensiveScore;
        for (qsizetype i : m_members) {
            BidResult& r = out[i];
            const BidInput& b = bidIn(i);
            r.criterionPoints.fill(notScored, in.criteria.size());
            if (!r.valid)
                continue;
            r.priceScore = priceScore(m_lot.benchmarkMinor, r.evaluationPriceMinor, m_priceWeight);
            bool complete = true;
            bool anySheet = false;
            double technical = 0;
            for (qsizetype c = 0; c < in.criteria.size(); ++c) {
                if (in.criteria.at(c).isPrice()) {
                    r.criterionPoints[c] = r.priceScore;
                    continue;
                }
                const QList<double> points =
                    c < b.sheetPoints.size() ? b.sheetPoints.at(c) : QList<double>();
                if (points.isEmpty()) {
                    complete = false;
                    continue;
                }
                anySheet = true;
                r.criterionPoints[c] = panelScore(points, in.settings.dropExtremes);
                technical += r.criterionPoints.at(c);
            }
            if (!anySheet && b.recordedTechnicalPoints) {
                technical = *b.recordedTechnicalPoints;
                complete = true;
            }
            r.technicalPoints = technical;
            r.totalPoints = r.priceScore + technical;
            r.scored = complete || !byScore;
        }
    }

    void ranking()
    {
        QList<RankInput> ranked;
        for (qsizetype i : m_members) {
            const BidResult& r = out.at(i);
            if (r.valid)
                ranked.append({r.bidId, r.totalPoints, r.evaluationPriceMinor, r.technicalPoints,
                               bidIn(i).receivedAt});
        }
        QHash<qint64, qsizetype> indexOf;
        for (qsizetype i : m_members)
            indexOf.insert(out.at(i).bidId, i);
        const QList<Ranked> order = rank(ranked, in.settings.method, in.settings.tieBreaks);
        for (const Ranked& k : order)
            out[indexOf.value(k.bidId)].rank = k.rank;
        if (!order.isEmpty() && (order.size() == 1 || order.at(1).rank != 1))
            m_lot.recommendedBidId = order.constFirst().bidId;
        m_winner = order.isEmpty() ? -1 : indexOf.value(order.constFirst().bidId);
    }

    void addFlags(const QList<LowBidFlag>& flags, const QHash<qint64, qsizetype>& indexOf)
    {
        for (const LowBidFlag& f : flags)
            out[indexOf.value(f.bidId)].flags.append(f);
    }

    void flags()
    {
        // The rules look at the bids that passed the compliance review, at their raw prices,
        // including one the panel later rejected: its rejection does not move the triggers.
        QList<PricedBid> conforming;
        QList<ItalianOffer> offers;
        QHash<qint64, qsizetype> indexOf;
        for (qsizetype i : m_members) {
            const BidInput& b = bidIn(i);
            if (!b.compliant)
                continue;
            indexOf.insert(b.id, i);
            conforming.append({b.id, b.priceMinor});
            if (m_lot.ceilingMinor > 0)
                offers.append({b.id, 100.0 * double(m_lot.ceilingMinor - b.priceMinor) /
                                         double(m_lot.ceilingMinor)});
        }
        addFlags(mofFlags(conforming, m_lot.ceilingMinor, in.settings.mof), indexOf);
        m_lot.italian = italianThreshold(offers, in.settings.italianMinimumOffers);
        if (m_lot.italian)
            addFlags(m_lot.italian->flags, indexOf);

        if (m_winner >= 0) {
            const BidInput& w = bidIn(m_winner);
            QList<PricedBid> others;
            qint64 secondLowest = 0;
            for (qsizetype i : m_members)
                if (i != m_winner && out.at(i).valid) {
                    others.append({bidIn(i).id, bidIn(i).priceMinor});
                    if (secondLowest == 0 || bidIn(i).priceMinor < secondLowest)
                        secondLowest = bidIn(i).priceMinor;
                }
            addFlags(prozorroFlags({w.id, w.priceMinor}, others, in.settings.prozorro), indexOf);
            if (secondLowest > 0 && w.priceMinor > 0) {
                const double d = r058Discount(w.priceMinor, secondLowest);
                m_lot.winnerDiscount = d;
                if (in.marketThreshold && d >= *in.marketThreshold)
                    out[m_winner].flags.append(
                        {w.id, LowBidRule::MarketOutlier, d, *in.marketThreshold});
            }
        }

        for (qsizetype i : m_members) {
            const BidInput& b = bidIn(i);
            BidResult& r = out[i];
            r.costVerdict =
                costVerdict(b.priceMinor, b.costWithoutVoucherMinor, b.costWithVoucherMinor);
            if (b.compliant && b.costWithoutVoucherMinor &&
                b.priceMinor < *b.costWithoutVoucherMinor)
                r.flags.append({b.id, LowBidRule::BelowCost, double(b.priceMinor),
                                double(*b.costWithoutVoucherMinor)});
        }
    }

    const EvaluationInput& in;
    QList<BidResult>& out;
    const QList<qsizetype>& m_members;
    LotResult& m_lot;
    double m_priceWeight = 0;
    qsizetype m_winner = -1;
};

} // namespace

const BidResult* EvaluationResult::bid(qint64 bidId) const
{
    for (const BidResult& b : bids)
        if (b.bidId == bidId)
            return &b;
    return nullptr;
}

const LotResult* EvaluationResult::lot(qint64 lotId) const
{
    for (const LotResult& l : lots)
        if (l.lotId == lotId)
            return &l;
    return nullptr;
}

EvaluationResult evaluate(const EvaluationInput& input)
{
    EvaluationResult result;
    result.bids.resize(input.bids.size());
    // The lots in the tender's order, then any lot a bid names that the tender does not list.
    QList<qint64> lotOrder;
    QHash<qint64, QList<qsizetype>> members;
    for (const LotInput& lot : input.lots) {
        lotOrder.append(lot.lotId);
        members.insert(lot.lotId, {});
    }
    for (qsizetype i = 0; i < input.bids.size(); ++i) {
        const BidInput& b = input.bids.at(i);
        result.bids[i].bidId = b.id;
        result.bids[i].lotId = b.lotId;
        auto it = members.find(b.lotId);
        if (it == members.end()) {
            lotOrder.append(b.lotId);
            it = members.insert(b.lotId, {});
        }
        it->append(i);
    }
    for (qint64 lotId : std::as_const(lotOrder)) {
        LotResult lot;
        lot.lotId = lotId;
        lot.ceilingMinor = input.ceilingMinor;
        for (const LotInput& l : input.lots)
            if (l.lotId == lotId && l.budgetMinor > 0)
                lot.ceilingMinor = l.budgetMinor;
        const QList<qsizetype> lotMembers = members.value(lotId);
        LotEvaluation(input, result.bids, lotMembers, lot).run();
        result.lots.append(lot);
    }
    for (qsizetype i = 0; i < input.bids.size(); ++i) {
        const BidResult& r = result.bids.at(i);
        if (needsExplanation(r, input.bids.at(i).lowPriceDecision))
            result.pendingExplanations.append(r.bidId);
        if (r.valid && !r.scored)
            result.unscoredBids.append(r.bidId);
    }
    return result;
}

std::optional<double> marketThreshold(const QList<double>& discounts, double iqrFactor)
{
    if (discounts.size() < minimumMarketProcesses)
        return std::nullopt;
    const double q1 = quantileType8(discounts, 0.25);
    const double q3 = quantileType8(discounts, 0.75);
    return q3 + iqrFactor * (q3 - q1);
}

} // namespace td::scoring
