#include "collusionjson.h"

#include <QJsonArray>

namespace td {

QJsonObject collusionSignalJson(const CollusionSignal& signal)
{
    QJsonArray bidders;
    for (const SignalBidder& bidder : signal.bidders)
        bidders.append(QJsonObject{{QStringLiteral("bidId"), bidder.bidId},
                                   {QStringLiteral("vendorId"), bidder.vendorId},
                                   {QStringLiteral("vendor"), bidder.vendorName}});
    const QJsonObject clause{{QStringLiteral("article"), 40},
                             {QStringLiteral("item"), int(signal.clause)},
                             {QStringLiteral("code"), CollusionText::clauseCode(signal.clause)},
                             {QStringLiteral("text"), CollusionText::clauseText(signal.clause)}};
    return {{QStringLiteral("kind"), CollusionText::kindCode(signal.kind)},
            {QStringLiteral("kindName"), CollusionText::kindName(signal.kind)},
            {QStringLiteral("clause"), clause},
            {QStringLiteral("bidders"), bidders},
            {QStringLiteral("summary"), signal.summary},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(signal.evidence)},
            {QStringLiteral("details"), signal.details}};
}

QJsonObject collusionReportJson(const CollusionInput& input,
                                const QList<CollusionSignal>& signalList)
{
    QJsonArray items;
    for (const CollusionSignal& signal : signalList)
        items.append(collusionSignalJson(signal));
    return {{QStringLiteral("tender"), input.tenderReference},
            {QStringLiteral("bidsOpened"), input.bids.size()},
            {QStringLiteral("sealedSubmissions"), input.sealedSubmissions},
            {QStringLiteral("signals"), items}};
}

} // namespace td
