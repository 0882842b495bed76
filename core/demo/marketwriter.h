#pragma once

#include "tenderfactory.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <map>

namespace td {
class TenderWriter;
}

namespace td::demo {

class MarketDeployments;

// Writes the demo market: the deployments' benchmark runs, then each tender, through
// TenderWriter for the tender itself (lots, criteria, clarifications, search text) and here for
// its bids and awards with the columns of the evaluation that TenderWriter does not know (why a
// bid was disqualified, the deployment's run and cost-to-serve, what the vendor declared, what
// the scoring made of it; the award's loss-making flag), the buyer's cost assumptions where they
// are not the defaults, and the evaluation with its panel, sheets and explanations of low
// prices. Rows are written whole, and rows of the same kind in one statement (prepared once per
// row count): updating or inserting a row at a time would cost more than everything else the
// evaluation adds to a million-tender market. The caller owns the transaction.
class MarketWriter
{
public:
    explicit MarketWriter(QSqlDatabase db);

    // Stores one run per deployment; returns their ids, in the deployments' order.
    QList<qint64> insertRuns(const MarketDeployments& deployments);
    // Sets the ids of the tender and of what it holds, as TenderWriter::insert does.
    void insert(TenderWriter& writer, MarketTender& market, const QList<qint64>& runIds);

private:
    QSqlQuery& batch(std::map<int, QSqlQuery>& prepared, int rows,
                     const std::function<QString(int rows)>& statement);
    void insertBids(MarketTender& market, const QList<qint64>& runIds);
    void insertEvaluation(const MarketTender& market);

    QSqlDatabase m_db;
    QSqlQuery m_run, m_bid, m_award, m_assumptions, m_evaluation, m_evaluator, m_score;
    std::map<int, QSqlQuery> m_priceItems, m_hardware, m_evaluators, m_reviews;
};

} // namespace td::demo
