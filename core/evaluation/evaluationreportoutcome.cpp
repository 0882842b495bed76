// The evaluation report's outcome: the abnormally-low flags and how each was settled, the
// ranking, the award and its loss-making flag.
#include "evaluationreportwriter.h"
#include "scoring/evaluationsettings.h"

#include <algorithm>
#include <climits>

namespace td::evaluationreport {

using namespace html;

namespace {

QString decisionCode(scoring::LowPriceDecision decision)
{
    switch (decision) {
    case scoring::LowPriceDecision::None:
        return QStringLiteral("none");
    case scoring::LowPriceDecision::Pending:
        return QStringLiteral("pending");
    case scoring::LowPriceDecision::Accepted:
        return QStringLiteral("accepted");
    case scoring::LowPriceDecision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

// The codes of td::Award::costVerdict.
QString verdictCode(scoring::CostVerdict verdict)
{
    switch (verdict) {
    case scoring::CostVerdict::Profitable:
        return QStringLiteral("profitable");
    case scoring::CostVerdict::ProfitableOnlyWithVoucher:
        return QStringLiteral("voucherOnly");
    case scoring::CostVerdict::BelowCost:
        return QStringLiteral("belowCost");
    case scoring::CostVerdict::NoBenchmark:
        return QStringLiteral("noBenchmark");
    }
    return {};
}

} // namespace

QString Writer::flags() const
{
    QStringList blocks;
    bool any = false;
    for (const scoring::LotResult& lot : e.result.lots) {
        // The lot's heading and the figures of its rules go with its first flagged bid.
        QString lead = lotHeading(lot.lotId) + lotFlagWorking(lot);
        for (qsizetype i : bidsOfLot(lot.lotId)) {
            const scoring::BidResult& r = e.result.bids.at(i);
            const LowPriceReview* review = reviewOf(r.bidId);
            if (r.flags.isEmpty() && !review)
                continue;
            QString items;
            for (const scoring::LowBidFlag& flag : r.flags)
                items += QStringLiteral("<li><strong>%1</strong><br>%2</li>\n")
                             .arg(codeName("evalRules", scoring::lowBidRuleCode(flag.rule)),
                                  flagSentence(flag));
            // A review whose flags a later scoring no longer raises still shows what it named.
            if (r.flags.isEmpty())
                for (const QString& code : review->rules)
                    items += QStringLiteral("<li><strong>%1</strong></li>\n")
                                 .arg(codeName("evalRules", code));
            blocks.append(
                lead +
                QStringLiteral("<div class=\"flagged\">\n<h3>%1</h3>\n<ul>\n%2</ul>\n%3</div>\n")
                    .arg(label("evalFlagsOf", escaped(vendor(r.bidId)),
                               money(e.input.bids.at(i).priceMinor)),
                         items, settlement(r.bidId)));
            lead.clear();
            any = true;
        }
        if (!lead.isEmpty() && lead != lotHeading(lot.lotId))
            blocks.append(lead);
    }
    QString intro = QStringLiteral("<p>%1</p>\n").arg(text("evalFlagsIntro"));
    if (!any)
        intro += QStringLiteral("<p>%1</p>\n").arg(text("evalNoFlags"));
    return chapter("evalSectionFlags", intro, blocks);
}

// The figures a lot's rules computed beyond each flag: the Italian threshold and R058's d.
QString Writer::lotFlagWorking(const scoring::LotResult& lot) const
{
    const auto share = [this](double percentValue) {
        return escaped(QString::number(percentValue, 'f', 2) + QLatin1Char('%'));
    };
    QString out;
    if (lot.italian)
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(label("evalItalianWorking", share(lot.italian->mean),
                              share(lot.italian->meanExcess), share(lot.italian->threshold)));
    if (lot.winnerDiscount)
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(label("evalWinnerDiscount", share(*lot.winnerDiscount * 100)));
    return out;
}

// The values that fired a flag, in the report's language. Prices are compared in minor units,
// the Italian rule in percent of discount and R058 in the ratio d.
QString Writer::flagSentence(const scoring::LowBidFlag& flag) const
{
    using scoring::LowBidRule;
    const scoring::EvaluationSettings& s = e.settings;
    const QString code = scoring::lowBidRuleCode(flag.rule);
    const QString sentence = escaped(labels.forCode("evalFlagSentences", code));
    const auto share = [this](double percentValue) {
        return escaped(QString::number(percentValue, 'f', 2) + QLatin1Char('%'));
    };
    switch (flag.rule) {
    case LowBidRule::MofAverage:
        return sentence.arg(money(flag.value), money(flag.threshold),
                            percent(s.mof.averageRatio * 100));
    case LowBidRule::MofSecondLowest:
        return sentence.arg(money(flag.value), money(flag.threshold),
                            percent(s.mof.secondLowestRatio * 100));
    case LowBidRule::MofCeiling:
        return sentence.arg(money(flag.value), money(flag.threshold),
                            percent(s.mof.ceilingRatio * 100));
    case LowBidRule::ProzorroMean:
        return sentence.arg(money(flag.value), money(flag.threshold),
                            percent(s.prozorro.belowMeanOfOthers * 100));
    case LowBidRule::ProzorroNext:
        return sentence.arg(money(flag.value), money(flag.threshold),
                            percent(s.prozorro.belowNext * 100));
    case LowBidRule::ItalianThreshold:
        return sentence.arg(share(flag.value), share(flag.threshold));
    case LowBidRule::MarketOutlier:
        return sentence.arg(share(flag.value * 100), share(flag.threshold * 100));
    case LowBidRule::BelowCost:
        return sentence.arg(money(flag.value), money(flag.threshold));
    }
    return {};
}

// How the panel settled a flagged bid: the vendor's explanation with its evidence, then the
// decision and the opinion behind it.
QString Writer::settlement(qint64 bidId) const
{
    const LowPriceReview* review = reviewOf(bidId);
    const auto line = [](const QString& labelHtml, const QString& valueHtml) {
        return row(headerCell(labelHtml) + cell(valueHtml));
    };
    const scoring::BidInput* in = input(bidId);
    const scoring::LowPriceDecision decision =
        review ? review->decision
               : (in ? in->lowPriceDecision : scoring::LowPriceDecision::Pending);
    QString body;
    if (review && !review->explanation.trimmed().isEmpty()) {
        body += line(text("evalExplanation"), paragraphs(review->explanation));
        if (review->explainedAt)
            body += line(text("evalExplainedAt"), escaped(when(*review->explainedAt)));
        if (!review->attachments.isEmpty()) {
            QStringList files;
            for (const QString& file : review->attachments)
                files.append(escaped(file));
            body += line(text("evalAttachments"), files.join(QStringLiteral("<br>")));
        }
    } else {
        body += line(text("evalExplanation"), text("evalNoExplanation"));
    }
    const QString decisionHtml = codeName("evalDecisions", decisionCode(decision));
    body += line(text("evalDecision"),
                 decision == scoring::LowPriceDecision::Rejected
                     ? QStringLiteral("<span class=\"fail\">%1</span>").arg(decisionHtml)
                     : decisionHtml);
    if (review && !review->opinion.trimmed().isEmpty())
        body += line(text("evalOpinion"), paragraphs(review->opinion));
    if (review && !review->decidedBy.isEmpty())
        body += line(text("evalDecidedBy"), escaped(review->decidedBy));
    if (review && review->decidedAt)
        body += line(text("evalDecidedAt"), escaped(when(*review->decidedAt)));
    return QStringLiteral("<table class=\"facts-left\">\n<tbody>\n%1</tbody>\n</table>\n")
        .arg(body);
}

// Per lot, the ranked bids in their order, then the bids that were not ranked and why.
QString Writer::ranking() const
{
    QStringList blocks;
    for (const scoring::LotResult& lot : e.result.lots) {
        QList<qsizetype> order = bidsOfLot(lot.lotId);
        // Ranked first by rank, the unranked after them; stable, so ties keep the input order.
        std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
            const int ra = e.result.bids.at(a).rank;
            const int rb = e.result.bids.at(b).rank;
            return (ra > 0 ? ra : INT_MAX) < (rb > 0 ? rb : INT_MAX);
        });
        QString body;
        for (qsizetype i : std::as_const(order)) {
            const scoring::BidResult& r = e.result.bids.at(i);
            // A bid without its full score has no rank or total yet: only the price is known.
            const bool scored = r.valid && r.scored && !scoresWithheld();
            const QString dash = QStringLiteral("&mdash;");
            body +=
                row(cell(rankKnown(r) && r.rank > 0 ? QString::number(r.rank) : dash, "number") +
                    cell(escaped(vendor(r.bidId)), "name") +
                    cell(money(e.input.bids.at(i).priceMinor), "number") +
                    cell(r.valid ? money(r.evaluationPriceMinor) : dash, "number") +
                    cell(scored ? points(r.technicalPoints) : dash, "number") +
                    cell(r.valid ? points(r.priceScore) : dash, "number") +
                    cell(scored ? points(r.totalPoints) : dash, "number") + cell(rankingNote(r)));
        }
        if (body.isEmpty())
            continue;
        blocks.append(
            lotHeading(lot.lotId) +
            table(row(headerCell(text("evalRank"), "number") +
                      headerCell(text("evalBidder"), "name") +
                      headerCell(text("evalBidPrice"), "number") +
                      headerCell(text("evalEvaluationPrice"), "number") +
                      headerCell(text("evalTechnical"), "number") +
                      headerCell(text("evalPriceScore"), "number") +
                      headerCell(text("evalTotal"), "number") + headerCell(text("evalNote"))),
                  body, "matrix"));
    }
    return chapter("evalSectionRanking",
                   QStringLiteral("<p>%1</p>\n").arg(text("evalRankingIntro")), blocks);
}

QString Writer::rankingNote(const scoring::BidResult& bid) const
{
    if (bid.valid) {
        if (!rankKnown(bid))
            return text("evalNotScored");
        const scoring::LotResult* lot = e.result.lot(bid.lotId);
        if (lot && lot->recommendedBidId == bid.bidId)
            return text("evalRecommended");
        // Another bid of the lot shares this rank.
        for (const scoring::BidResult& other : e.result.bids)
            if (other.bidId != bid.bidId && other.lotId == bid.lotId && other.rank == bid.rank &&
                bid.rank > 0)
                return text("evalTied");
        return {};
    }
    if (const BidCompliance* review = complianceOf(bid.bidId); review && !review->compliant()) {
        QStringList checks;
        for (const QString& code : review->failedCodes())
            checks.append(codeName("evalChecks", code));
        return label("evalDisqualified",
                     checks.join(chinese ? QStringLiteral("、") : QStringLiteral(", ")));
    }
    if (const scoring::BidInput* in = input(bid.bidId);
        in && in->lowPriceDecision == scoring::LowPriceDecision::Rejected)
        return text("evalRejectedLow");
    return text("evalNotRanked");
}

// Per lot: the award with its loss-making flag, or, before the award, the recommended bid and
// the flag an award to it would carry.
QString Writer::award() const
{
    QStringList blocks;
    for (const scoring::LotResult& lot : e.result.lots) {
        QString block = lotHeading(lot.lotId);
        const auto awarded =
            std::find_if(e.tender.awards.cbegin(), e.tender.awards.cend(), [&](const Award& a) {
                return a.lotId == lot.lotId && a.status != AwardStatus::Cancelled;
            });
        if (awarded == e.tender.awards.cend()) {
            block += QStringLiteral("<p>%1</p>\n").arg(text("evalNoAward"));
            const scoring::BidResult* recommended = e.result.bid(lot.recommendedBidId);
            const scoring::BidInput* in = input(lot.recommendedBidId);
            if (!recommended || !in || !rankKnown(*recommended)) {
                blocks.append(block +
                              QStringLiteral("<p>%1</p>\n").arg(text("evalNoRecommendation")));
                continue;
            }
            block += QStringLiteral("<p>%1</p>\n<p>%2</p>\n")
                         .arg(label("evalRecommendedBid", escaped(vendor(in->id)),
                                    money(in->priceMinor)),
                              text("evalExpectedFlag"));
            block += verdict(verdictCode(recommended->costVerdict), in->priceMinor,
                             in->costWithoutVoucherMinor, in->costWithVoucherMinor);
            blocks.append(block);
            continue;
        }
        const Award& a = *awarded;
        const auto line = [](const QString& labelHtml, const QString& valueHtml) {
            return row(headerCell(labelHtml) + cell(valueHtml));
        };
        QString body = line(text("evalWinner"), escaped(vendor(a.bidId)));
        body += line(text("evalAwardAmount"), escaped(format.money(a.amount)));
        body += line(text("evalAwardStatus"), codeName("evalAwardStatuses", codeOf(a.status)));
        body += line(text("evalDecidedOn"), orNotSet(escaped(when(a.decidedAt))));
        body += line(text("evalStandstillEnds"), orNotSet(escaped(when(a.standstillEndsAt))));
        if (a.bidId != lot.recommendedBidId || !a.justification.trimmed().isEmpty())
            body += line(text("evalNotRecommendedBid"), a.justification.trimmed().isEmpty()
                                                            ? text("notSet")
                                                            : paragraphs(a.justification));
        body += line(text("evalLossFlag"), codeName("evalVerdictNames", a.costVerdict));
        if (a.costWithoutVoucher)
            body += line(text("evalCostWithout"), escaped(format.money(*a.costWithoutVoucher)));
        if (a.costWithVoucher)
            body += line(text("evalCostWith"), escaped(format.money(*a.costWithVoucher)));
        block += QStringLiteral("<table class=\"facts-left\">\n<tbody>\n%1</tbody>\n</table>\n")
                     .arg(body);
        const auto minor = [](const std::optional<Money>& m) {
            return m ? std::optional<qint64>(m->minorUnits()) : std::nullopt;
        };
        block += verdict(a.costVerdict, a.amount.minorUnits(), minor(a.costWithoutVoucher),
                         minor(a.costWithVoucher));
        blocks.append(block);
    }
    return chapter("evalSectionAward", QStringLiteral("<p>%1</p>\n").arg(text("evalAwardIntro")),
                   blocks);
}

// The loss-making flag as a sentence with its amounts.
QString Writer::verdict(const QString& code, qint64 priceMinor, std::optional<qint64> without,
                        std::optional<qint64> with) const
{
    const QString dash = QStringLiteral("&mdash;");
    QString sentence = escaped(labels.forCode("evalVerdicts", code));
    const QString withoutHtml = without ? money(*without) : dash;
    const QString withHtml = with ? money(*with) : dash;
    // Each sentence takes the amounts it names, and only those.
    if (sentence.isEmpty())
        sentence = escaped(code);
    else if (code == QLatin1String("profitable"))
        sentence = sentence.arg(money(priceMinor), withoutHtml);
    else if (code != QLatin1String("noBenchmark"))
        sentence = sentence.arg(money(priceMinor), withoutHtml, withHtml);
    const bool loss = code == QLatin1String("belowCost") || code == QLatin1String("voucherOnly");
    return QStringLiteral("<p class=\"verdict%1\">%2</p>\n")
        .arg(loss ? QStringLiteral(" loss") : QString(), sentence);
}

} // namespace td::evaluationreport
