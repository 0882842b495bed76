// The market's own figures beside the published ones that seed it (DOMAIN.md), so an analyst
// sees how the database compares with what the press reported.

#include "marketsections.h"

#include <QSqlQuery>

namespace td::analytics {

namespace {

// The figures as reported; they seed the demo market (core/demo).
constexpr double publishedCentralSoeTenders2024 = 931;
constexpr double publishedKnowledgeAssistantShare = 72; // percent of the 2024 projects
constexpr double publishedSoeBuyersWithDeepSeek = 45;   // percent of SOEs, by early 2025
const char* deepSeekCutoff = "2025-04-01";              // "early 2025": the first quarter
const char* soeKinds = "('centralSoe', 'localSoe')";

double percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

} // namespace

ReportSection referenceFigures(const SectionContext& c)
{
    const SqlPart scope = tenderScope(c.filter);
    // Calls for tenders by centrally supervised SOEs published in 2024, and how many of them buy
    // knowledge assistants.
    QSqlQuery calls = c.run(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN t.category = 'knowledgeAssistant' THEN 1 "
                       "ELSE 0 END) FROM tenders t JOIN organizations bu ON bu.id = t.buyer_id "
                       "WHERE %1 AND bu.kind = 'centralSoe' AND t.published_at >= '2024-01-01' "
                       "AND t.published_at < '2025-01-01'")
            .arg(scope.sql),
        scope);
    calls.next();
    const qint64 calls2024 = calls.value(0).toLongLong();
    const qint64 assistants2024 = calls.value(1).toLongLong();

    // SOE buyers of the market by early 2025, and those of them with an active award to a bid
    // that offers a DeepSeek model, decided by then.
    QSqlQuery buyers = c.run(QStringLiteral("SELECT COUNT(DISTINCT t.buyer_id) FROM tenders t JOIN "
                                            "organizations bu ON bu.id = t.buyer_id WHERE %1 AND "
                                            "bu.kind IN %2 AND t.published_at < ?")
                                 .arg(scope.sql, QLatin1String(soeKinds)),
                             scope, {QString::fromLatin1(deepSeekCutoff)});
    buyers.next();
    const qint64 soeBuyers = buyers.value(0).toLongLong();
    QSqlQuery withDeepSeek = c.run(
        QStringLiteral("SELECT COUNT(DISTINCT t.buyer_id) FROM awards a JOIN tenders t ON t.id = "
                       "a.tender_id JOIN bids b ON b.id = a.bid_id JOIN organizations bu ON bu.id "
                       "= t.buyer_id WHERE %1 AND bu.kind IN %2 AND a.status = 'active' AND "
                       "%3 LIKE 'DeepSeek%' AND COALESCE(a.decided_at, t.published_at) < ?")
            .arg(scope.sql, QLatin1String(soeKinds), modelOfBid(QStringLiteral("b"))),
        scope, {QString::fromLatin1(deepSeekCutoff)});
    withDeepSeek.next();
    const qint64 deepSeekBuyers = withDeepSeek.value(0).toLongLong();

    ReportTable table{QStringLiteral("reference_figures"),
                      c.labels.text("referenceFigures"),
                      {column("figure", c.labels.text("figure"), ColumnKind::Text),
                       column("market", c.labels.text("marketValue"), ColumnKind::Decimal),
                       column("published", c.labels.text("publishedValue"), ColumnKind::Decimal),
                       column("unit", c.labels.text("unit"), ColumnKind::Text),
                       column("source", c.labels.text("source"), ColumnKind::Text)},
                      {}};
    const QString source = c.labels.text("referenceSource");
    table.rows.append({c.labels.text("refCalls2024"), double(calls2024),
                       publishedCentralSoeTenders2024, c.labels.text("unitTenders"), source});
    table.rows.append({c.labels.text("refKnowledgeShare"), percentOf(assistants2024, calls2024),
                       publishedKnowledgeAssistantShare, c.labels.text("unitPercent"), source});
    table.rows.append({c.labels.text("refDeepSeekBuyers"), percentOf(deepSeekBuyers, soeBuyers),
                       publishedSoeBuyersWithDeepSeek, c.labels.text("unitPercent"), source});
    return {QStringLiteral("reference_figures"),
            c.labels.text("referenceFigures"),
            c.labels.text("referenceFiguresText"),
            {table},
            {}};
}

} // namespace td::analytics
