#include "explanation.h"

#include "domain/money.h"
#include "pricescore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace td::scoring {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::scoring", text);
}

QString points(double value)
{
    return std::isnan(value) ? tr("not scored") : QString::number(value, 'f', 2);
}

QString percent(double value)
{
    return QStringLiteral("%1%").arg(QString::number(value, 'g', 4));
}

// Explains the numbers of one bid.
class Explainer
{
    Q_DECLARE_TR_FUNCTIONS(td::scoring::Explainer)

public:
    Explainer(const EvaluationInput& input, const EvaluationResult& result, qint64 bidId,
              const ExplanationNames& names)
        : in(input)
        , res(result)
        , m_names(names)
    {
        for (qsizetype i = 0; i < in.bids.size(); ++i)
            if (in.bids.at(i).id == bidId) {
                m_bid = &in.bids.at(i);
                m_result = &res.bids.at(i);
            }
        if (m_result)
            m_lot = res.lot(m_result->lotId);
    }

    bool valid() const { return m_bid && m_result && m_lot; }

    QString money(qint64 minor) const { return Money(minor, m_names.currency).toDisplayString(); }
    QString money(double minor) const { return money(qint64(std::llround(minor))); }
    QString vendor(qint64 bidId) const
    {
        return m_names.vendors.value(bidId, tr("bid %1").arg(bidId));
    }

    Working evaluationPrice() const
    {
        const PriceDeductions& d = in.settings.deductions;
        Working w{QStringLiteral("evaluationPrice"),
                  tr("Evaluation price"),
                  tr("E = B × (1 − domestic deduction) × (1 − SME deduction), to the fen"),
                  money(m_result->evaluationPriceMinor),
                  {}};
        w.inputs.append({tr("B, the bid price"), money(m_bid->priceMinor), tr("the opened bid")});
        w.inputs.append(
            {tr("Domestic deduction"), m_bid->domestic ? percent(d.domesticPercent) : tr("none"),
             m_bid->domestic
                 ? tr("at least %1% of the declared accelerators are domestic; the tender "
                      "deducts %2")
                       .arg(in.settings.domesticQualifyingSharePercent)
                       .arg(percent(d.domesticPercent))
                 : tr("the declared accelerators do not qualify as domestic products (%1% "
                      "needed)")
                       .arg(in.settings.domesticQualifyingSharePercent)});
        w.inputs.append({tr("SME deduction"), m_bid->sme ? percent(d.smePercent) : tr("none"),
                         m_bid->sme ? tr("the vendor is a small or medium enterprise")
                                    : tr("the vendor is not registered as an SME")});
        return w;
    }

    qint64 benchmarkBid() const
    {
        for (const BidResult& r : res.bids)
            if (r.lotId == m_result->lotId && r.valid &&
                r.evaluationPriceMinor == m_lot->benchmarkMinor)
                return r.bidId;
        return 0;
    }

    double priceWeight() const
    {
        double w = 0;
        for (const CriterionSpec& c : in.criteria)
            if (c.isPrice())
                w += c.weight;
        return w;
    }

    Working priceScore() const
    {
        Working w{QStringLiteral("priceScore"),
                  tr("Price score"),
                  tr("P = E_min / E × W (MOF Order 87: the lowest valid evaluation price is the "
                     "benchmark)"),
                  points(m_result->priceScore),
                  {}};
        w.inputs.append({tr("E_min, the benchmark"), money(m_lot->benchmarkMinor),
                         tr("the lowest valid evaluation price, %1").arg(vendor(benchmarkBid()))});
        w.inputs.append({tr("E, this bid's evaluation price"),
                         money(m_result->evaluationPriceMinor), tr("see Evaluation price")});
        w.inputs.append(
            {tr("W, the price weight"), points(priceWeight()), tr("the tender's price criterion")});
        return w;
    }

    Working criterion(qsizetype c) const
    {
        const CriterionSpec& spec = in.criteria.at(c);
        const QList<double> scores =
            c < m_bid->sheetPoints.size() ? m_bid->sheetPoints.at(c) : QList<double>();
        const bool drop = in.settings.dropExtremes && scores.size() >= 5;
        Working w{QStringLiteral("criterion:") + spec.code,
                  spec.name,
                  drop ? tr("the mean of the evaluators' points without the highest and the "
                            "lowest (out of %1)")
                             .arg(spec.weight)
                       : tr("the mean of the evaluators' points (out of %1)").arg(spec.weight),
                  points(m_result->criterionPoints.value(c, std::nan(""))),
                  {}};
        qsizetype highest = -1, lowest = -1;
        if (drop) {
            highest = std::max_element(scores.cbegin(), scores.cend()) - scores.cbegin();
            lowest = std::min_element(scores.cbegin(), scores.cend()) - scores.cbegin();
            if (highest == lowest)
                lowest = highest == 0 ? 1 : 0;
        }
        for (qsizetype e = 0; e < scores.size(); ++e) {
            const QString who = m_names.evaluators.value(e, tr("evaluator %1").arg(e + 1));
            QString source = tr("the submitted sheet of %1").arg(who);
            if (e == highest)
                source += tr("; left out as the highest");
            else if (e == lowest)
                source += tr("; left out as the lowest");
            w.inputs.append({who, points(scores.at(e)), source});
        }
        if (scores.isEmpty())
            w.inputs.append(
                {tr("Sheets"), tr("none"), tr("the panel's sheets are not all submitted yet")});
        return w;
    }

    Working technical() const
    {
        Working w{QStringLiteral("technical"),
                  tr("Technical points"),
                  tr("T = the sum of the panel's points on every criterion but price"),
                  points(m_result->technicalPoints),
                  {}};
        bool fromSheets = false;
        for (qsizetype c = 0; c < in.criteria.size(); ++c)
            if (!in.criteria.at(c).isPrice() && !std::isnan(m_result->criterionPoints.value(c))) {
                fromSheets = true;
                w.inputs.append({in.criteria.at(c).name, points(m_result->criterionPoints.at(c)),
                                 tr("the panel's score, see that criterion")});
            }
        if (!fromSheets && m_bid->recordedTechnicalPoints)
            w.inputs.append({tr("Recorded technical points"),
                             points(*m_bid->recordedTechnicalPoints),
                             tr("the panel's points as the published result records them; no "
                                "sheet is on this desk")});
        return w;
    }

    Working total() const
    {
        return {QStringLiteral("total"),
                tr("Total score"),
                tr("S = P + T"),
                points(m_result->totalPoints),
                {{tr("P, the price score"), points(m_result->priceScore), tr("see Price score")},
                 {tr("T, the technical points"), points(m_result->technicalPoints),
                  tr("see Technical points")}}};
    }

    Working rank() const
    {
        QStringList ties;
        for (TieBreak t : in.settings.tieBreaks)
            ties.append(tieBreakName(t));
        const bool byScore = in.settings.method == RankingMethod::ComprehensiveScore;
        Working w{QStringLiteral("rank"),
                  tr("Rank"),
                  byScore ? tr("the highest total score first (to the hundredth of a point); "
                               "ties go to %1")
                                .arg(ties.join(tr(", then ")))
                          : tr("the lowest evaluation price first; ties go to %1")
                                .arg(ties.join(tr(", then "))),
                  m_result->rank > 0 ? QString::number(m_result->rank) : tr("not ranked"),
                  {}};
        w.inputs.append(
            {tr("Method"), methodName(in.settings.method), tr("the tender's settings")});
        for (const BidResult& r : res.bids)
            if (r.lotId == m_result->lotId && r.valid)
                w.inputs.append({vendor(r.bidId),
                                 byScore ? points(r.totalPoints) : money(r.evaluationPriceMinor),
                                 tr("rank %1").arg(r.rank)});
        if (!m_result->valid)
            w.inputs.append({tr("Why not ranked"), tr("invalid"),
                             tr("disqualified in the compliance review or rejected after its "
                                "explanation")});
        return w;
    }

    Working flag(const LowBidFlag& f) const
    {
        Working w{QStringLiteral("flag:") + lowBidRuleCode(f.rule),
                  lowBidRuleName(f.rule),
                  flagFormula(f.rule),
                  flagSentence(f, m_names.currency),
                  {}};
        const bool money =
            f.rule != LowBidRule::ItalianThreshold && f.rule != LowBidRule::MarketOutlier;
        w.inputs.append({tr("Measured"),
                         money ? this->money(f.value) : QString::number(f.value, 'f', 4),
                         f.rule == LowBidRule::ItalianThreshold
                             ? tr("the bid's discount off the lot's budget, in percent")
                         : f.rule == LowBidRule::MarketOutlier
                             ? tr("d = (second-lowest valid bid − winning bid) / winning bid")
                             : tr("the raw bid price")});
        w.inputs.append({tr("Threshold"),
                         money ? this->money(f.threshold) : QString::number(f.threshold, 'f', 4),
                         thresholdSource(f.rule)});
        if (f.rule == LowBidRule::ItalianThreshold && m_lot->italian) {
            w.inputs.append({tr("m"), QString::number(m_lot->italian->mean, 'f', 4),
                             tr("the mean discount after setting aside the top and bottom 10%")});
            w.inputs.append({tr("D"), QString::number(m_lot->italian->meanExcess, 'f', 4),
                             tr("the mean excess over m of the discounts above it")});
        }
        return w;
    }

    QString flagFormula(LowBidRule rule) const
    {
        const EvaluationSettings& s = in.settings;
        switch (rule) {
        case LowBidRule::MofAverage:
            return tr("price < %1 × the average of the conforming bids").arg(s.mof.averageRatio);
        case LowBidRule::MofSecondLowest:
            return tr("lowest price < %1 × the second-lowest").arg(s.mof.secondLowestRatio);
        case LowBidRule::MofCeiling:
            return tr("price < %1 × the ceiling (or the budget)").arg(s.mof.ceilingRatio);
        case LowBidRule::ProzorroMean:
            return tr("winner ≤ (1 − %1) × the mean of the other bids")
                .arg(s.prozorro.belowMeanOfOthers);
        case LowBidRule::ProzorroNext:
            return tr("winner ≤ (1 − %1) × the next bid").arg(s.prozorro.belowNext);
        case LowBidRule::ItalianThreshold:
            return tr("discount ≥ m + D");
        case LowBidRule::MarketOutlier:
            return tr("d ≥ Q3 + %1 × IQR of d over every process of the market (type 8)")
                .arg(s.r058IqrFactor);
        case LowBidRule::BelowCost:
            return tr("price < the cost-to-serve without a compute voucher");
        }
        return {};
    }

    QString thresholdSource(LowBidRule rule) const
    {
        switch (rule) {
        case LowBidRule::MofAverage:
        case LowBidRule::MofSecondLowest:
        case LowBidRule::MofCeiling:
            return tr("the MOF notice of 2026, with the tender's ratio");
        case LowBidRule::ProzorroMean:
        case LowBidRule::ProzorroNext:
            return tr("ProZorro's rule, with the tender's share");
        case LowBidRule::ItalianThreshold:
            return tr("the Italian code of 2023 over the admitted offers");
        case LowBidRule::MarketOutlier:
            return tr("cardinal-rs R058 over the market's processes");
        case LowBidRule::BelowCost:
            return tr("the cost-to-serve from the deployment's benchmark run");
        }
        return {};
    }

    Working cost() const
    {
        QString verdict;
        switch (m_result->costVerdict) {
        case CostVerdict::NoBenchmark:
            verdict = tr("no benchmark yet");
            break;
        case CostVerdict::Profitable:
            verdict = tr("profitable");
            break;
        case CostVerdict::ProfitableOnlyWithVoucher:
            verdict = tr("below cost without the voucher, profitable with it");
            break;
        case CostVerdict::BelowCost:
            verdict = tr("below cost, even with the voucher");
            break;
        }
        Working w{QStringLiteral("cost"),
                  tr("Loss-making flag"),
                  tr("price against the cost-to-serve C₀ (without voucher) and C₁ (with it)"),
                  verdict,
                  {{tr("B, the bid price"), money(m_bid->priceMinor), tr("the opened bid")}}};
        if (m_bid->costWithoutVoucherMinor)
            w.inputs.append({tr("C₀, without voucher"), money(*m_bid->costWithoutVoucherMinor),
                             tr("the cost model on the deployment's benchmark run (cost BID)")});
        else
            w.inputs.append({tr("C₀, without voucher"), tr("no benchmark yet"),
                             tr("no benchmark run of this deployment is stored")});
        if (m_bid->costWithVoucherMinor)
            w.inputs.append({tr("C₁, with voucher"), money(*m_bid->costWithVoucherMinor),
                             tr("the same, less the compute voucher")});
        return w;
    }

    Working byKey(const QString& key) const
    {
        if (key == QLatin1String("evaluationPrice"))
            return evaluationPrice();
        if (key == QLatin1String("priceScore"))
            return priceScore();
        if (key == QLatin1String("technical"))
            return technical();
        if (key == QLatin1String("total"))
            return total();
        if (key == QLatin1String("rank"))
            return rank();
        if (key == QLatin1String("cost"))
            return cost();
        if (key.startsWith(QLatin1String("criterion:"))) {
            for (qsizetype c = 0; c < in.criteria.size(); ++c)
                if (QLatin1String("criterion:") + in.criteria.at(c).code == key)
                    return in.criteria.at(c).isPrice() ? priceScore() : criterion(c);
        }
        if (key.startsWith(QLatin1String("flag:")))
            for (const LowBidFlag& f : m_result->flags)
                if (QLatin1String("flag:") + lowBidRuleCode(f.rule) == key)
                    return flag(f);
        return {};
    }

    QStringList keys() const
    {
        QStringList k{QStringLiteral("evaluationPrice"), QStringLiteral("priceScore")};
        for (const CriterionSpec& c : in.criteria)
            if (!c.isPrice())
                k.append(QStringLiteral("criterion:") + c.code);
        k << QStringLiteral("technical") << QStringLiteral("total") << QStringLiteral("rank");
        for (const LowBidFlag& f : m_result->flags)
            k.append(QStringLiteral("flag:") + lowBidRuleCode(f.rule));
        k.append(QStringLiteral("cost"));
        return k;
    }

private:
    const EvaluationInput& in;
    const EvaluationResult& res;
    const ExplanationNames& m_names;
    const BidInput* m_bid = nullptr;
    const BidResult* m_result = nullptr;
    const LotResult* m_lot = nullptr;
};

} // namespace

Working explain(const EvaluationInput& input, const EvaluationResult& result, qint64 bidId,
                const QString& key, const ExplanationNames& names)
{
    const Explainer explainer(input, result, bidId, names);
    if (!explainer.valid())
        return {};
    return explainer.byKey(key);
}

QStringList explanationKeys(const EvaluationInput& input, const EvaluationResult& result,
                            qint64 bidId)
{
    const ExplanationNames names;
    const Explainer explainer(input, result, bidId, names);
    return explainer.valid() ? explainer.keys() : QStringList();
}

QString flagSentence(const LowBidFlag& f, const QString& currency)
{
    const auto money = [&](double minor) {
        return Money(qint64(std::llround(minor)), currency).toDisplayString();
    };
    switch (f.rule) {
    case LowBidRule::MofAverage:
        return tr("%1 is below %2, the share of the average of the conforming bids")
            .arg(money(f.value), money(f.threshold));
    case LowBidRule::MofSecondLowest:
        return tr("the lowest bid %1 is below %2, the share of the second-lowest")
            .arg(money(f.value), money(f.threshold));
    case LowBidRule::MofCeiling:
        return tr("%1 is below %2, the share of the ceiling")
            .arg(money(f.value), money(f.threshold));
    case LowBidRule::ProzorroMean:
        return tr("the winner's %1 is at or below %2, far under the mean of the other bids")
            .arg(money(f.value), money(f.threshold));
    case LowBidRule::ProzorroNext:
        return tr("the winner's %1 is at or below %2, far under the next bid")
            .arg(money(f.value), money(f.threshold));
    case LowBidRule::ItalianThreshold:
        return tr("a discount of %1% reaches the anomaly threshold of %2%")
            .arg(QString::number(f.value, 'f', 2), QString::number(f.threshold, 'f', 2));
    case LowBidRule::MarketOutlier:
        return tr("the winner is %1% under the second-lowest bid; the market's threshold is %2%")
            .arg(QString::number(f.value * 100, 'f', 1),
                 QString::number(f.threshold * 100, 'f', 1));
    case LowBidRule::BelowCost:
        return tr("%1 is below the cost-to-serve of %2").arg(money(f.value), money(f.threshold));
    }
    return {};
}

} // namespace td::scoring
