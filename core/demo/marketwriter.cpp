#include "marketwriter.h"

#include "bench/benchmarkresultjson.h"
#include "deployments.h"
#include "domain/error.h"
#include "domain/modelfamily.h"
#include "store/sql.h"
#include "store/tenderwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace td::demo {
namespace {

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalInteger(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : nullInteger();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// As the opening writes what a bid declares (bids.declared_benchmarks).
QString declaredJson(const DeclaredBenchmarks& b)
{
    return compact({{QStringLiteral("accuracyPercent"), b.accuracyPercent},
                    {QStringLiteral("outputTokensPerSecond"), b.outputTokensPerSecond},
                    {QStringLiteral("ttftP95Ms"), b.ttftP95Ms},
                    {QStringLiteral("tpotP95Ms"), b.tpotP95Ms}});
}

bool isDefault(const CostAssumptions& a)
{
    const CostAssumptions defaults;
    return a.hostingId == defaults.hostingId && a.voucherCity == defaults.voucherCity &&
           a.fixedCosts == defaults.fixedCosts && a.contractYears == defaults.contractYears;
}

// "(?, ?, ?), (?, ?, ?)": `rows` rows of `columns` placeholders.
QString placeholders(int rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all.append(row);
    return all.join(QStringLiteral(", "));
}

qint64 returnedId(QSqlQuery& query)
{
    sql::exec(query);
    if (!query.next())
        throw Error(QCoreApplication::translate("Store", "The database did not return the id of "
                                                         "a new row."));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace

MarketWriter::MarketWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_run(sql::prepare(m_db, QStringLiteral("INSERT INTO benchmark_runs (bid_id, endpoint, "
                                              "model, suite, load_shape, started_at, "
                                              "finished_at, status, summary_json) VALUES (NULL, "
                                              "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_bid(sql::prepare(
          m_db, QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, submitted_at, "
                               "total_price_minor, currency, model_offered, model_family, "
                               "status, delivers_hardware, disqualification, "
                               "technical_points_hundredths, evaluation_price_minor, "
                               "score_hundredths, ranking, low_price_flags, benchmark_run_id, "
                               "cost_without_voucher_minor, cost_with_voucher_minor, "
                               "declared_benchmarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_award(sql::prepare(
          m_db, QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, vendor_id, "
                               "amount_minor, currency, status, decided_at, cost_verdict, "
                               "cost_without_voucher_minor, cost_with_voucher_minor, "
                               "standstill_ends_at, justification) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_assumptions(sql::prepare(
          m_db, QStringLiteral("INSERT INTO bid_cost_assumptions (bid_id, hosting_id, "
                               "voucher_city, fixed_costs_minor, currency, contract_years, "
                               "fixed_costs_stated) VALUES (?, ?, ?, 0, ?, ?, 0)")))
    , m_evaluation(sql::prepare(m_db, QStringLiteral("INSERT INTO evaluations (tender_id, "
                                                     "settings, compliance_confirmed_at, "
                                                     "compliance_confirmed_by) VALUES (?, '', ?, "
                                                     "?)")))
    , m_evaluator(sql::prepare(m_db, QStringLiteral("INSERT INTO evaluators (tender_id, name, "
                                                    "role, submitted_at) VALUES (?, ?, ?, ?) "
                                                    "RETURNING id")))
    , m_score(sql::prepare(m_db, QStringLiteral("INSERT INTO scores (bid_id, evaluator_id, "
                                                "criterion_id, points_hundredths) VALUES (?, ?, "
                                                "?, ?)")))
{}

QSqlQuery& MarketWriter::batch(std::map<int, QSqlQuery>& prepared, int rows,
                               const std::function<QString(int rows)>& statement)
{
    auto it = prepared.find(rows);
    if (it == prepared.end())
        it = prepared.emplace(rows, sql::prepare(m_db, statement(rows))).first;
    return it->second;
}

QList<qint64> MarketWriter::insertRuns(const MarketDeployments& deployments)
{
    QList<qint64> ids;
    for (const Deployment& d : deployments.all()) {
        const bench::BenchmarkResult& r = d.run;
        sql::bind(m_run, {r.config.endpoint.baseUrl, r.config.endpoint.model, r.config.suite,
                          bench::loadShapeCode(r.config.shape), sql::fromDateTime(r.startedAt),
                          sql::fromDateTime(r.finishedAt), bench::runStatusCode(r.status),
                          compact(bench::toJson(r, false))});
        ids.append(returnedId(m_run));
    }
    return ids;
}

void MarketWriter::insert(TenderWriter& writer, MarketTender& market, const QList<qint64>& runIds)
{
    // TenderWriter writes the tender; its bids and awards are written here, whole.
    Tender& t = market.tender;
    QList<Bid> bids = std::exchange(t.bids, {});
    QList<Award> awards = std::exchange(t.awards, {});
    writer.insert(t);
    t.bids = std::move(bids);
    t.awards = std::move(awards);
    insertBids(market, runIds);
    insertEvaluation(market);
}

void MarketWriter::insertBids(MarketTender& market, const QList<qint64>& runIds)
{
    Tender& t = market.tender;
    const MarketEvaluation& e = market.evaluation;
    QVariantList items, hardware;
    int itemRows = 0, hardwareRows = 0;
    for (qsizetype i = 0; i < t.bids.size(); ++i) {
        Bid& bid = t.bids[i];
        const MarketBid& extra = market.bids.at(i);
        const MarketBidResult result = i < e.bids.size() ? e.bids.at(i) : MarketBidResult();
        bid.tenderId = t.id;
        bid.lotId = t.lots.at(-bid.lotId - 1).id;
        sql::bind(m_bid,
                  {bid.tenderId,
                   bid.lotId,
                   bid.vendorId,
                   sql::fromDateTime(bid.submittedAt),
                   bid.totalPrice.minorUnits(),
                   bid.totalPrice.currency(),
                   bid.modelOffered,
                   modelFamily(bid.modelOffered),
                   codeOf(bid.status),
                   int(bid.deliversHardware),
                   extra.disqualification.join(QLatin1Char(',')),
                   optionalInteger(result.technicalPointsHundredths),
                   optionalInteger(result.evaluationPriceMinor),
                   optionalInteger(result.scoreHundredths),
                   result.ranking ? QVariant(*result.ranking) : nullInteger(),
                   result.lowPriceFlags,
                   extra.deployment >= 0 ? QVariant(runIds.at(extra.deployment)) : nullInteger(),
                   optionalInteger(extra.costWithoutVoucherMinor),
                   optionalInteger(extra.costWithVoucherMinor),
                   extra.declared ? declaredJson(*extra.declared) : QStringLiteral("{}")});
        bid.id = returnedId(m_bid);
        for (qsizetype k = 0; k < bid.breakdown.size(); ++k) {
            const PriceItem& item = bid.breakdown.at(k);
            items << bid.id << int(k + 1) << item.label << item.amount.minorUnits()
                  << codeOf(item.kind);
            ++itemRows;
        }
        for (const HardwareLine& line : std::as_const(bid.hardware)) {
            hardware << bid.id << line.acceleratorModel << line.count;
            ++hardwareRows;
        }
        // The buyer's assumptions, where they are not the defaults.
        if (!isDefault(extra.assumptions)) {
            const CostAssumptions& a = extra.assumptions;
            sql::bind(m_assumptions,
                      {bid.id, a.hostingId,
                       a.voucherCity.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(a.voucherCity),
                       bid.totalPrice.currency(), a.contractYears});
            sql::exec(m_assumptions);
        }
    }
    if (itemRows > 0) {
        QSqlQuery& insert = batch(m_priceItems, itemRows, [](int rows) {
            return QStringLiteral("INSERT INTO bid_price_items (bid_id, position, label, "
                                  "amount_minor, kind) VALUES ") +
                   placeholders(rows, 5);
        });
        sql::bind(insert, items);
        sql::exec(insert);
    }
    if (hardwareRows > 0) {
        QSqlQuery& insert = batch(m_hardware, hardwareRows, [](int rows) {
            return QStringLiteral("INSERT INTO bid_hardware_lines (bid_id, accelerator_model, "
                                  "unit_count) VALUES ") +
                   placeholders(rows, 3);
        });
        sql::bind(insert, hardware);
        sql::exec(insert);
    }
    for (Award& a : t.awards) {
        a.tenderId = t.id;
        a.lotId = t.lots.at(-a.lotId - 1).id;
        a.bidId = t.bids.at(-a.bidId - 1).id;
        sql::bind(
            m_award,
            {a.tenderId, a.lotId, a.bidId, a.vendorId, a.amount.minorUnits(), a.amount.currency(),
             codeOf(a.status), sql::fromDateTime(a.decidedAt), a.costVerdict,
             a.costWithoutVoucher ? QVariant(a.costWithoutVoucher->minorUnits()) : nullInteger(),
             a.costWithVoucher ? QVariant(a.costWithVoucher->minorUnits()) : nullInteger(),
             sql::fromDateTime(a.standstillEndsAt), a.justification});
        a.id = returnedId(m_award);
    }
}

void MarketWriter::insertEvaluation(const MarketTender& market)
{
    const Tender& t = market.tender;
    const MarketEvaluation& e = market.evaluation;
    if (!e.evaluated)
        return;
    sql::bind(m_evaluation, {t.id, sql::fromDateTime(e.complianceConfirmedAt),
                             e.panel.isEmpty() ? QString() : e.panel.constFirst().name});
    sql::exec(m_evaluation);
    if (e.scores.isEmpty()) {
        QVariantList values;
        for (const PanelMember& member : e.panel)
            values << t.id << member.name << member.role << sql::fromDateTime(member.submittedAt);
        QSqlQuery& insert = batch(m_evaluators, int(e.panel.size()), [](int rows) {
            return QStringLiteral("INSERT INTO evaluators (tender_id, name, role, submitted_at) "
                                  "VALUES ") +
                   placeholders(rows, 4);
        });
        sql::bind(insert, values);
        sql::exec(insert);
    } else {
        // The sheets name their members: one row at a time, for its id.
        QList<qint64> evaluatorIds;
        for (const PanelMember& member : e.panel) {
            sql::bind(m_evaluator,
                      {t.id, member.name, member.role, sql::fromDateTime(member.submittedAt)});
            evaluatorIds.append(returnedId(m_evaluator));
        }
        for (const MarketScore& score : e.scores) {
            sql::bind(m_score, {t.bids.at(score.bid).id, evaluatorIds.at(score.evaluator),
                                t.criteria.at(score.criterion).id, score.pointsHundredths});
            sql::exec(m_score);
        }
    }
    if (!e.reviews.isEmpty()) {
        QVariantList values;
        for (const MarketReview& r : e.reviews)
            values << t.bids.at(r.bid).id << r.rules << r.explanation
                   << sql::fromDateTime(r.explainedAt)
                   << (r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"))
                   << r.opinion << r.decidedBy << sql::fromDateTime(r.decidedAt);
        QSqlQuery& insert = batch(m_reviews, int(e.reviews.size()), [](int rows) {
            return QStringLiteral("INSERT INTO low_price_reviews (bid_id, rules, explanation, "
                                  "explained_at, decision, opinion, decided_by, decided_at) "
                                  "VALUES ") +
                   placeholders(rows, 8);
        });
        sql::bind(insert, values);
        sql::exec(insert);
    }
}

} // namespace td::demo
