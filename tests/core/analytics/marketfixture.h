#pragma once

// What the analytics tests share: markets written row by row into an empty database, small
// enough to count by hand.
#include "store/database.h"

#include <QString>

namespace td::test {

// Writes organisations, tenders (one lot each), bids, awards, hardware lines and benchmark runs
// with plain SQL, so that a test states exactly the rows a figure is computed from.
class MarketBuilder
{
public:
    explicit MarketBuilder(const Database& db);

    qint64 organization(const QString& shortName, const QString& kind);
    // Publishes a tender at `published` (UTC, ISO 8601) with its bid deadline; returns its id.
    qint64 tender(const QString& reference, qint64 buyer, const QString& category,
                  const QString& method, qint64 budgetYuan, const QString& published,
                  const QString& deadline, qint64 tokensPerYear = 0);
    qint64 bid(qint64 tender, qint64 vendor, qint64 yuan, const QString& status,
               const QString& modelFamily = {}, const QString& submitted = {},
               qint64 benchmarkRun = 0, qint64 costWithoutVoucherYuan = -1);
    qint64 award(qint64 tender, qint64 bid, qint64 vendor, qint64 yuan, const QString& status,
                 const QString& decided, const QString& verdict = QStringLiteral("noBenchmark"),
                 qint64 costWithoutYuan = -1, qint64 costWithYuan = -1);
    void hardware(qint64 bid, const QString& accelerator, int units);
    void accelerator(const QString& model, bool domestic);
    // A completed run of `model` whose accuracy suite scored `correct` of `items`.
    qint64 benchmarkRun(const QString& model, const QString& endpoint, int correct, int items);

private:
    qint64 insert(const QString& statement, const QVariantList& values);

    const Database& m_db;
    int m_organizations = 0;
};

// The hand-counted market of tst_marketreport, tst_redflags and tst_marketcli (the tests say
// what each figure must be and why):
//   buyers B1 (central SOE), B2 (local SOE); vendors V1, V2, V3
//   T1 B1 knowledgeAssistant open 1,000,000 published 2024-01-10, deadline 2024-02-10
//      V1 900,000 valid DeepSeek-V3 (run R1, cost 1,000,000) won: belowCost (cost 1,000,000 /
//      950,000 with voucher), decided 2024-02-20; V2 950,000 valid Qwen2.5 (run R2, cost
//      800,000); V3 990,000 disqualified GLM-4
//   T2 B1 knowledgeAssistant open 2,000,000 published 2024-01-20, deadline 2024-01-25
//      V2 1,500,000 valid Qwen2.5 won: profitable, decided 2024-02-01
//   T3 B2 codeGeneration invited 500,000 published 2024-02-05, deadline 2024-03-05
//      V1 400,000 disqualified DeepSeek-R1; V3 450,000 valid GLM-4 won: voucherOnly, decided
//      2024-03-20; V2 450,000 disqualified Qwen2.5
//   T4 B2 knowledgeAssistant open 800,000 published 2025-02-01, deadline 2025-03-01 01:30
//      V1 700,000 valid DeepSeek-V3 received 2025-03-02, late (run R1, cost 600,000) won:
//      profitable, decided 2025-04-10; V3 760,000 valid GLM-4
//   T5 B1 dataAnalysis single source 300,000 published 2024-03-03: no bids
//   Hardware: T1/V1 8 Domestic-X; T1/V2 4 Foreign-Y; T2/V2 2 Domestic-X + 2 Foreign-Y;
//   T3/V3 2 Foreign-Y; T4/V1 4 Domestic-X. Tokens per year: T1 10^9, T4 5 x 10^8.
//   R1 "deepseek-v3-int8" accuracy 8/10; R2 "qwen2.5-72b" accuracy 7/10.
struct HandMarket
{
    qint64 b1 = 0, b2 = 0, v1 = 0, v2 = 0, v3 = 0;
    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
    qint64 r1 = 0, r2 = 0;
};
HandMarket writeHandMarket(const Database& db);

// The USCC the builder gives its n-th organisation (1-based): 18 characters.
QString builderUscc(int n);

} // namespace td::test
