// Identical prices, and prices in a regular pattern: three or more bids of a lot whose prices,
// in order, are the same distance apart (Article 40 (4), "prices differing by a regular
// pattern"). Prices are compared within one lot and currency only.
#include "collusiondetectors.h"
#include "domain/money.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

namespace td::collusion {

namespace {

QString priceKey(const BidFacts& bid)
{
    return QStringLiteral("%1/%2").arg(bid.lot).arg(bid.currency);
}

QString shown(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toDisplayString();
}

QJsonArray pricesJson(const QList<const BidFacts*>& bids)
{
    QJsonArray prices;
    for (const BidFacts* bid : bids)
        prices.append(QJsonObject{{QStringLiteral("bidId"), bid->bidId},
                                  {QStringLiteral("priceMinor"), bid->totalPriceMinor}});
    return prices;
}

QStringList priceLines(const QList<const BidFacts*>& bids)
{
    QStringList lines;
    for (const BidFacts* bid : bids)
        lines.append(
            tr("%1 bid %2").arg(bid->vendorName, shown(bid->totalPriceMinor, bid->currency)));
    return lines;
}

QList<CollusionSignal> identicalPrices(const CollusionInput& input)
{
    QList<CollusionSignal> found;
    const auto groups = groupsAcrossVendors(input.bids, [](const BidFacts& bid) {
        return QStringLiteral("%1/%2").arg(priceKey(bid)).arg(bid.totalPriceMinor);
    });
    for (const QList<const BidFacts*>& bids : groups) {
        const BidFacts& first = *bids.constFirst();
        CollusionSignal s;
        s.kind = CollusionKind::IdenticalPrices;
        s.clause = Article40Clause::AlikeOrPricePattern;
        s.bidders = biddersOf(bids);
        s.summary =
            tr("%n bidders in lot %1 bid exactly the same price, %2.", nullptr, vendorCount(bids))
                .arg(first.lot)
                .arg(shown(first.totalPriceMinor, first.currency));
        s.evidence = priceLines(bids);
        s.details = {{QStringLiteral("lot"), first.lot},
                     {QStringLiteral("currency"), first.currency},
                     {QStringLiteral("priceMinor"), first.totalPriceMinor}};
        found.append(s);
    }
    return found;
}

// Two neighbouring gaps are equal when they differ by at most the tolerance's share of the
// price between them.
bool sameGap(qint64 gapBefore, qint64 gapAfter, qint64 priceBetween, double tolerance)
{
    if (gapBefore <= 0 || gapAfter <= 0)
        return false;
    return double(std::llabs(gapAfter - gapBefore)) <= tolerance * double(priceBetween);
}

CollusionSignal evenlySpaced(const QList<const BidFacts*>& run)
{
    const BidFacts& first = *run.constFirst();
    QJsonArray gaps;
    QStringList gapTexts;
    for (qsizetype k = 1; k < run.size(); ++k) {
        const qint64 gap = run.at(k)->totalPriceMinor - run.at(k - 1)->totalPriceMinor;
        gaps.append(gap);
        gapTexts.append(shown(gap, first.currency));
    }
    const qint64 meanGap =
        (run.constLast()->totalPriceMinor - first.totalPriceMinor) / (run.size() - 1);
    CollusionSignal s;
    s.kind = CollusionKind::EvenlySpacedPrices;
    s.clause = Article40Clause::AlikeOrPricePattern;
    s.bidders = biddersOf(run);
    s.summary = tr("%n bids in lot %1 are evenly spaced, about %2 apart.", nullptr, int(run.size()))
                    .arg(first.lot)
                    .arg(shown(meanGap, first.currency));
    s.evidence = priceLines(run);
    s.evidence.append(
        tr("Gaps between neighbouring prices: %1").arg(gapTexts.join(QStringLiteral(", "))));
    s.details = {{QStringLiteral("lot"), first.lot},
                 {QStringLiteral("currency"), first.currency},
                 {QStringLiteral("prices"), pricesJson(run)},
                 {QStringLiteral("gapsMinor"), gaps}};
    return s;
}

QList<CollusionSignal> evenlySpacedPrices(const CollusionInput& input, double tolerance)
{
    QMap<QString, QList<const BidFacts*>> lots;
    for (const BidFacts& bid : input.bids)
        lots[priceKey(bid)].append(&bid);

    QList<CollusionSignal> found;
    for (QList<const BidFacts*> bids : lots) {
        std::stable_sort(bids.begin(), bids.end(), [](const BidFacts* a, const BidFacts* b) {
            return a->totalPriceMinor < b->totalPriceMinor;
        });
        auto gap = [&](qsizetype k) {
            return bids.at(k + 1)->totalPriceMinor - bids.at(k)->totalPriceMinor;
        };
        // Maximal runs of neighbouring equal gaps: gaps start .. end-1 join bids start .. end.
        qsizetype start = 0;
        while (start + 2 < bids.size()) {
            qsizetype end = start + 1;
            while (end + 1 < bids.size() &&
                   sameGap(gap(end - 1), gap(end), bids.at(end)->totalPriceMinor, tolerance))
                ++end;
            const QList<const BidFacts*> run = bids.mid(start, end - start + 1);
            if (run.size() >= 3 && vendorCount(run) == run.size())
                found.append(evenlySpaced(run));
            start = end;
        }
    }
    return found;
}

} // namespace

QList<CollusionSignal> priceSignals(const CollusionInput& input, const CollusionOptions& options)
{
    QList<CollusionSignal> found = identicalPrices(input);
    found.append(evenlySpacedPrices(input, options.priceSpacingTolerance));
    return found;
}

} // namespace td::collusion
