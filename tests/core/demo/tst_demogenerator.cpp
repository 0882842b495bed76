#include "cost/bidcost.h"
#include "demo/demogenerator.h"
#include "demo/marketcatalog.h"
#include "demo/tenderfactory.h"
#include "domain/error.h"
#include "domain/hardwarerules.h"
#include "domain/uscc.h"
#include "evaluation/evaluationdesk.h"
#include "store/acceleratorrepository.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace td;

namespace {

// A digest of everything the generator decides (not the wall-clock bookkeeping columns).
QByteArray marketDigest(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList statements = {
        QStringLiteral("SELECT name, short_name, uscc, kind FROM organizations ORDER BY id"),
        QStringLiteral("SELECT reference, title, buyer_id, category, procurement_method, "
                       "description, budget_minor, published_at, bid_deadline, status, "
                       "min_domestic_share_percent, tokens_per_year, purchase_kind FROM tenders "
                       "ORDER BY id"),
        QStringLiteral("SELECT tender_id, number, budget_minor FROM lots ORDER BY id"),
        QStringLiteral("SELECT tender_id, code, weight FROM criteria ORDER BY id"),
        QStringLiteral("SELECT tender_id, lot_id, vendor_id, submitted_at, total_price_minor, "
                       "model_offered, status, disqualification, technical_points_hundredths, "
                       "evaluation_price_minor, score_hundredths, ranking, low_price_flags, "
                       "benchmark_run_id, cost_without_voucher_minor, cost_with_voucher_minor, "
                       "declared_benchmarks FROM bids ORDER BY id"),
        QStringLiteral("SELECT bid_id, accelerator_model, unit_count FROM bid_hardware_lines "
                       "ORDER BY bid_id, accelerator_model"),
        QStringLiteral("SELECT bid_id, label, amount_minor FROM bid_price_items ORDER BY bid_id, "
                       "position"),
        QStringLiteral("SELECT bid_id, hosting_id, voucher_city FROM bid_cost_assumptions ORDER "
                       "BY bid_id"),
        QStringLiteral("SELECT id, endpoint, model, suite, started_at, summary_json FROM "
                       "benchmark_runs ORDER BY id"),
        QStringLiteral("SELECT tender_id, compliance_confirmed_at, compliance_confirmed_by FROM "
                       "evaluations ORDER BY tender_id"),
        QStringLiteral("SELECT tender_id, name, role, submitted_at FROM evaluators ORDER BY id"),
        QStringLiteral("SELECT bid_id, evaluator_id, criterion_id, points_hundredths FROM scores "
                       "ORDER BY id"),
        QStringLiteral("SELECT bid_id, rules, explanation, decision, decided_at FROM "
                       "low_price_reviews ORDER BY bid_id"),
        QStringLiteral("SELECT name, value FROM market_figures ORDER BY name"),
        QStringLiteral("SELECT tender_id, bid_id, amount_minor, cost_verdict, "
                       "cost_without_voucher_minor, cost_with_voucher_minor, standstill_ends_at, "
                       "justification FROM awards ORDER BY id")};
    for (const QString& statement : statements) {
        QSqlQuery q = sql::run(db.connection(), statement);
        const int columns = q.record().count();
        // NULL apart from every value: the drivers read it back as different empty values.
        while (q.next())
            for (int i = 0; i < columns; ++i)
                hash.addData(q.value(i).isNull() ? QByteArray("\x1e")
                                                 : q.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

qint64 count(const Database& db, const QString& statement)
{
    return sql::scalar(db.connection(), statement).toLongLong();
}

double share(qint64 part, qint64 whole)
{
    return whole ? double(part) / double(whole) : 0.0;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    // The default market (931 tenders, seed 1), loaded once for the slots that read it.
    std::unique_ptr<test::TestDatabase> m_market;
    demo::DemoSummary m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        m_market = std::make_unique<test::TestDatabase>(Engine::Sqlite);
        m_summary = demo::DemoGenerator(m_market->open(), demo::DemoOptions{}).run();
    }
    void cleanupTestCase() { m_market.reset(); }

    void sameSeedSameMarket()
    {
        test::TestDatabase a(Engine::Sqlite), b(Engine::Sqlite), c(Engine::Sqlite);
        demo::DemoGenerator(a.open(), demo::DemoOptions{42, 120, 2024}).run();
        demo::DemoGenerator(b.open(), demo::DemoOptions{42, 120, 2024}).run();
        demo::DemoGenerator(c.open(), demo::DemoOptions{43, 120, 2024}).run();
        QCOMPARE(marketDigest(a.open()), marketDigest(b.open()));
        QVERIFY(marketDigest(a.open()) != marketDigest(c.open()));
    }

    void scalingKeepsTheFirstTenders()
    {
        // Tender i does not depend on how many come after it: a big market extends a small one.
        const demo::MarketCatalog catalog = demo::MarketCatalog::builtIn();
        demo::MarketIds ids;
        for (qsizetype i = 0; i < catalog.buyers.size(); ++i)
            ids.buyers.append(i + 1);
        for (qsizetype i = 0; i < catalog.vendors.size(); ++i)
            ids.vendors.append(100 + i);
        const demo::TenderFactory factory(catalog, ids, 9, 2024);
        QCOMPARE(factory.make(17).tender.title, factory.make(17).tender.title);
        QCOMPARE(factory.make(17).tender.bids.size(), factory.make(17).tender.bids.size());
        QVERIFY(factory.make(17).tender.reference != factory.make(18).tender.reference);
    }

    void defaultMarketFollowsTheDomainFigures()
    {
        Database& db = m_market->open();
        const demo::DemoSummary& summary = m_summary;
        QCOMPARE(summary.tenders, 931);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders")), 931);
        // Every tender was published in 2024 (China Standard Time) by a central SOE.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE published_at < "
                                          "'2023-12-31T16:00:00Z' OR published_at >= "
                                          "'2024-12-31T16:00:00Z'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t JOIN organizations o "
                                          "ON o.id = t.buyer_id WHERE o.kind <> 'centralSoe'")),
                 0);
        // Each tender names the accuracy suite of its category, so its bids can be benchmarked.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE benchmark_suite = "
                                          "CASE category WHEN 'knowledgeAssistant' THEN "
                                          "'knowledge-qa-v1' WHEN 'codeGeneration' THEN "
                                          "'code-generation-v1' WHEN 'dataAnalysis' THEN "
                                          "'data-analysis-v1' WHEN 'processAutomation' THEN "
                                          "'process-automation-v1' END")),
                 931);
        // About 72% knowledge assistants, then code generation, data analysis, automation.
        const double knowledge = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                          "category = 'knowledgeAssistant'")) /
                                 931.0;
        QVERIFY2(knowledge > 0.67 && knowledge < 0.77, qPrintable(QString::number(knowledge)));
        const qint64 code = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                     "category = 'codeGeneration'"));
        const qint64 automation = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                           "category = 'processAutomation'"));
        QVERIFY(code > automation && automation > 0);
        // What the tenders buy: mostly goods and services (every tender with a hardware lot),
        // then services, and a few appliances bought as goods.
        const qint64 both = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                     "purchase_kind = 'goodsAndServices'"));
        const qint64 services = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                         "purchase_kind = 'services'"));
        const qint64 goods = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                      "purchase_kind = 'goods'"));
        QCOMPARE(both + services + goods, 931);
        QVERIFY(both > services && services > goods && goods > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t WHERE purchase_kind <> "
                                          "'goodsAndServices' AND (SELECT count(*) FROM lots l "
                                          "WHERE l.tender_id = t.id) > 1")),
                 0);
        // 3 to 12 bids per tender, from 25 or more vendors.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT tender_id, count(*) AS n "
                                          "FROM bids GROUP BY tender_id) x WHERE n < 3 OR n > "
                                          "12")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT tender_id) FROM bids")), 931);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT vendor_id) FROM bids")) >= 25);
        const double bidsPerTender = double(summary.bids) / 931.0;
        QVERIFY2(bidsPerTender > 7.0 && bidsPerTender < 9.0,
                 qPrintable(QString::number(bidsPerTender)));
        // Criteria weights sum to 100 in every tender.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT tender_id, sum(weight) "
                                          "AS w FROM criteria GROUP BY tender_id) x WHERE w <> "
                                          "100")),
                 0);
        // Some bids far below the lot budget: the loss-making wins analysts look for.
        const qint64 belowHalf = count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN lots "
                                                          "l ON l.id = b.lot_id WHERE "
                                                          "b.total_price_minor * 2 < "
                                                          "l.budget_minor"));
        QVERIFY(belowHalf > 50 && belowHalf < summary.bids / 5);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN lots l ON l.id = "
                                         "a.lot_id WHERE a.amount_minor * 2 < l.budget_minor")) >
                0);
        // Hardware mixes: domestic and foreign accelerators, some excluded models declared.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h JOIN "
                                         "accelerators a ON a.model = h.accelerator_model WHERE "
                                         "a.domestic = 1")) > summary.bids / 2);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h JOIN "
                                         "accelerators a ON a.model = h.accelerator_model WHERE "
                                         "a.domestic = 0")) > 100);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines WHERE "
                                         "accelerator_model = 'NVIDIA H20'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h LEFT JOIN "
                                          "accelerators a ON a.model = h.accelerator_model "
                                          "WHERE a.model IS NULL")),
                 0);
        // Outcomes: mostly complete, some cancelled and unsuccessful; awards go to valid bids.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE status = "
                                         "'complete'")) > 600);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE status = "
                                         "'cancelled'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN bids b ON b.id = "
                                          "a.bid_id WHERE b.status <> 'valid' OR b.lot_id <> "
                                          "a.lot_id")),
                 0);
        // Organisations carry valid unified social credit codes.
        QSqlQuery codes =
            sql::run(db.connection(), QStringLiteral("SELECT uscc FROM organizations"));
        while (codes.next())
            QVERIFY2(uscc::isValid(codes.value(0).toString()),
                     qPrintable(codes.value(0).toString()));
        // The audit log records the load.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'demo.loaded'")),
                 1);
    }

    void buyersKeepToTheirModelFamilies()
    {
        Database& db = m_market->open();
        // DOMAIN.md: about 45% of SOEs had integrated a DeepSeek model by early 2025. Here: the
        // buyers with a DeepSeek model in an awarded bid of 2024, out of every buyer.
        const qint64 buyers = count(db, QStringLiteral("SELECT count(DISTINCT buyer_id) FROM "
                                                       "tenders"));
        const qint64 withDeepSeek = count(
            db, QStringLiteral("SELECT count(DISTINCT t.buyer_id) FROM awards a JOIN bids b ON "
                               "b.id = a.bid_id JOIN tenders t ON t.id = a.tender_id WHERE "
                               "b.model_family = 'DeepSeek'"));
        const double share = double(withDeepSeek) / double(buyers);
        QVERIFY2(share > 0.40 && share < 0.52,
                 qPrintable(QStringLiteral("%1 of %2").arg(withDeepSeek).arg(buyers)));
        // A buyer that has not adopted DeepSeek gets no DeepSeek bid at all: buyers with forty
        // bids and more would otherwise all have some, as seven vendors sell DeepSeek models.
        const qint64 withoutAnyDeepSeekBid = count(
            db, QStringLiteral("SELECT count(*) FROM (SELECT t.buyer_id FROM tenders t JOIN bids "
                               "b ON b.tender_id = t.id GROUP BY t.buyer_id HAVING "
                               "sum(CASE WHEN b.model_family = 'DeepSeek' THEN 1 ELSE 0 END) = "
                               "0 AND count(*) >= 40) AS x"));
        QVERIFY2(withoutAnyDeepSeekBid >= 5, qPrintable(QString::number(withoutAnyDeepSeekBid)));
        // Every bid names its model's family.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE model_family = ''")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE model_offered LIKE "
                                          "'DeepSeek%' AND model_family <> 'DeepSeek'")),
                 0);
    }

    void smallAndMediumEnterprises()
    {
        // The startups among the model vendors are SMEs; clouds and integrators are not.
        QHash<QString, bool> sme;
        for (const Organization& o : OrganizationRepository(m_market->open().connection()).all())
            sme.insert(o.nameEnglish, o.sme);
        for (const char* name : {"DeepSeek", "Moonshot AI", "Baichuan AI", "Zhipu AI", "MiniMax",
                                 "StepFun", "01.AI", "ModelBest"})
            QVERIFY2(sme.value(QLatin1String(name)), name);
        for (const char* name : {"Alibaba Cloud", "Huawei Cloud", "Inspur", "Sugon", "iFlytek",
                                 "State Grid Corporation of China"})
            QVERIFY2(sme.contains(QLatin1String(name)) && !sme.value(QLatin1String(name)), name);
    }

    void oneRunPerDeploymentSharedByItsBids()
    {
        Database& db = m_market->open();
        const qint64 runs = count(db, QStringLiteral("SELECT count(*) FROM benchmark_runs"));
        QCOMPARE(runs, m_summary.benchmarkRuns);
        // Runs of deployments: completed sweeps attached to no bid, each with its accuracy pass.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM benchmark_runs WHERE bid_id IS "
                                          "NULL AND status = 'completed' AND load_shape = "
                                          "'sweep'")),
                 runs);
        // About half the bids offer a benchmarked deployment (40-60%).
        const qint64 offering = count(
            db, QStringLiteral("SELECT count(*) FROM bids WHERE benchmark_run_id IS NOT NULL"));
        QVERIFY2(share(offering, m_summary.bids) >= 0.40 && share(offering, m_summary.bids) <= 0.60,
                 qPrintable(QString::number(share(offering, m_summary.bids))));
        // A run is shared: far fewer runs than bids that offer one, and most runs are offered
        // in more than one bid.
        const qint64 used = count(db, QStringLiteral("SELECT count(DISTINCT benchmark_run_id) "
                                                     "FROM bids"));
        QVERIFY(used <= runs && used * 10 < offering);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM (SELECT benchmark_run_id FROM "
                                         "bids WHERE benchmark_run_id IS NOT NULL GROUP BY "
                                         "benchmark_run_id HAVING count(*) > 1) x")) *
                    2 >
                used);
        // Every bid that offers a deployment declares the deployment's model and accelerators:
        // the model the run measured, and the same hardware lines as every other bid on it.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN benchmark_runs r ON "
                                          "r.id = b.benchmark_run_id WHERE b.model_offered <> "
                                          "r.model")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT b.benchmark_run_id, "
                                          "h.accelerator_model, h.unit_count FROM bids b JOIN "
                                          "bid_hardware_lines h ON h.bid_id = b.id WHERE "
                                          "b.benchmark_run_id IS NOT NULL GROUP BY "
                                          "b.benchmark_run_id, h.accelerator_model, "
                                          "h.unit_count) x")),
                 count(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT "
                                          "b.benchmark_run_id, h.accelerator_model FROM bids b "
                                          "JOIN bid_hardware_lines h ON h.bid_id = b.id WHERE "
                                          "b.benchmark_run_id IS NOT NULL) x")));
        // A deployment serves the suite it was benchmarked on.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN benchmark_runs r ON "
                                          "r.id = b.benchmark_run_id JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE r.suite <> t.benchmark_suite")),
                 0);
        // Costs exactly where there is a run.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE (benchmark_run_id IS "
                                          "NULL) <> (cost_without_voucher_minor IS NULL) OR "
                                          "(benchmark_run_id IS NULL) <> "
                                          "(cost_with_voucher_minor IS NULL)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE "
                                          "cost_with_voucher_minor > cost_without_voucher_minor")),
                 0);
    }

    // The stored cost-to-serve of a sample of bids is what costOfBid computes for them from the
    // database: the bids of SMEs with a compute voucher, of integrators that deliver their
    // hardware, and others.
    void costsAreWhatCostOfBidComputes()
    {
        Database& db = m_market->open();
        QSqlQuery q = sql::run(
            db.connection(),
            QStringLiteral("SELECT b.id, b.cost_without_voucher_minor, b.cost_with_voucher_minor "
                           "FROM bids b LEFT JOIN bid_cost_assumptions a ON a.bid_id = b.id "
                           "WHERE b.benchmark_run_id IS NOT NULL AND (a.voucher_city IS NOT NULL "
                           "OR b.delivers_hardware = 1 OR b.id % 97 = 0) ORDER BY b.id"));
        int checked = 0, withVoucher = 0, delivered = 0;
        while (q.next() && checked < 60) {
            const BidCost c = costOfBid(db.connection(), q.value(0).toLongLong());
            QVERIFY2(c.cost, qPrintable(c.problem));
            QCOMPARE(c.cost->costWithoutVoucher.minorUnits(), q.value(1).toLongLong());
            QCOMPARE(c.cost->costWithVoucher.minorUnits(), q.value(2).toLongLong());
            withVoucher += c.cost->voucherApplies && c.cost->voucherSubsidy.minorUnits() > 0;
            delivered += c.cost->binding == CostBound::Capacity &&
                         c.cost->figure(QStringLiteral("capacityCost"))
                             ->label.contains(QLatin1String("delivered"));
            ++checked;
        }
        QCOMPARE(checked, 60);
        QVERIFY(withVoucher > 0);
        QVERIFY(delivered > 0);
    }

    // A bid is disqualified exactly when it fails a compliance check, and its codes name the
    // checks it fails, as the facts stored with it show them.
    void disqualificationsAreWhatTheBidsFail()
    {
        Database& db = m_market->open();
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE (status = "
                                          "'disqualified') <> (disqualification <> '')")),
                 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE status = "
                                         "'disqualified'")) > m_summary.bids / 20);
        const QStringList codes = {QStringLiteral("late"),
                                   QStringLiteral("aboveBudget"),
                                   QStringLiteral("domesticShare"),
                                   QStringLiteral("excludedAccelerator"),
                                   QStringLiteral("missingDocument"),
                                   QStringLiteral("serviceLevels")};
        QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT disqualification FROM "
                                                               "bids WHERE disqualification <> "
                                                               "''"));
        QSet<QString> seen;
        while (q.next())
            for (const QString& code : q.value(0).toString().split(QLatin1Char(','))) {
                QVERIFY2(codes.contains(code), qPrintable(code));
                seen.insert(code);
            }
        QCOMPARE(seen.size(), codes.size());
        const auto has = [](const char* code) {
            return QStringLiteral("(',' || b.disqualification || ',' LIKE '%,%1,%')")
                .arg(QLatin1String(code));
        };
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE (b.submitted_at > t.bid_deadline) "
                                          "<> ") +
                               has("late")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN lots l ON l.id = "
                                          "b.lot_id WHERE (b.total_price_minor > l.budget_minor) "
                                          "<> ") +
                               has("aboveBudget")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id JOIN (SELECT h.bid_id, SUM(h.unit_count) "
                                          "AS total, SUM(CASE WHEN a.domestic = 1 THEN "
                                          "h.unit_count ELSE 0 END) AS domestic FROM "
                                          "bid_hardware_lines h JOIN accelerators a ON a.model = "
                                          "h.accelerator_model GROUP BY h.bid_id) x ON x.bid_id = "
                                          "b.id WHERE (x.domestic * 100 < "
                                          "t.min_domestic_share_percent * x.total) <> ") +
                               has("domesticShare")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b WHERE EXISTS (SELECT 1 "
                                          "FROM bid_hardware_lines h JOIN "
                                          "tender_excluded_accelerators x ON x.tender_id = "
                                          "b.tender_id AND x.accelerator_model = "
                                          "h.accelerator_model WHERE h.bid_id = b.id) <> ") +
                               has("excludedAccelerator")),
                 0);
        // A bid disqualified on its service levels declares a slower one than the tender asks.
        QSqlQuery slow = sql::run(db.connection(),
                                  QStringLiteral("SELECT b.declared_benchmarks, t.slo_tpot_ms FROM "
                                                 "bids b JOIN tenders t ON t.id = b.tender_id "
                                                 "WHERE b.disqualification LIKE "
                                                 "'%serviceLevels%'"));
        while (slow.next()) {
            const QJsonObject declared =
                QJsonDocument::fromJson(slow.value(0).toString().toUtf8()).object();
            QVERIFY(declared.value(QLatin1String("tpotP95Ms")).toInt() > slow.value(1).toInt());
        }
    }

    void panelsAndSheets()
    {
        Database& db = m_market->open();
        // Every tender that reached the evaluation has its panel of five or seven, one chair, every
        // sheet submitted, and its evaluation with the compliance review confirmed; a tender
        // cancelled before its opening has none.
        const QString evaluated = QStringLiteral("t.status IN ('complete', 'awarded', "
                                                 "'unsuccessful')");
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t WHERE ") + evaluated +
                               QStringLiteral(" AND (SELECT count(*) FROM evaluators v WHERE "
                                              "v.tender_id = t.id) NOT IN (5, 7)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t WHERE ") + evaluated +
                               QStringLiteral(" AND (SELECT count(*) FROM evaluators v WHERE "
                                              "v.tender_id = t.id AND v.role = 'chair') <> 1")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluators WHERE submitted_at IS "
                                          "NULL")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluations e JOIN tenders t ON "
                                          "t.id = e.tender_id WHERE ") +
                               evaluated +
                               QStringLiteral(" AND e.settings = '' AND "
                                              "e.compliance_confirmed_at IS NOT NULL")),
                 count(db, QStringLiteral("SELECT count(*) FROM tenders t WHERE ") + evaluated));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluators v JOIN tenders t ON "
                                          "t.id = v.tender_id WHERE t.status = 'cancelled'")),
                 0);
        // Names are Chinese: two or three characters.
        QSqlQuery names = sql::run(db.connection(), QStringLiteral("SELECT name FROM evaluators"));
        while (names.next()) {
            const QString name = names.value(0).toString();
            QVERIFY2(name.size() >= 2 && name.size() <= 3 && name.at(0).unicode() >= 0x4E00,
                     qPrintable(name));
        }
        // The whole default market keeps its sheets: every member scores every valid bid on
        // every criterion but price, within the criterion's weight; no bid carries recorded
        // technical points instead.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scores")),
                 count(db, QStringLiteral("SELECT SUM((SELECT count(*) FROM evaluators v WHERE "
                                          "v.tender_id = b.tender_id) * (SELECT count(*) FROM "
                                          "criteria c WHERE c.tender_id = b.tender_id AND c.code "
                                          "<> 'price')) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE b.status = 'valid' AND ") +
                               evaluated));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scores s JOIN criteria c ON c.id "
                                          "= s.criterion_id WHERE c.code = 'price' OR "
                                          "s.points_hundredths > c.weight * 100")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids WHERE "
                                          "technical_points_hundredths IS NOT NULL")),
                 0);
        // Members differ a little on the criteria they judge, not on what a run measured.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM (SELECT s.bid_id, s.criterion_id "
                                         "FROM scores s JOIN criteria c ON c.id = "
                                         "s.criterion_id WHERE c.code = 'technical' GROUP BY "
                                         "s.bid_id, s.criterion_id HAVING MIN(s.points_hundredths) "
                                         "< MAX(s.points_hundredths)) x")) > 1000);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT s.bid_id FROM scores s "
                                          "JOIN criteria c ON c.id = s.criterion_id JOIN bids b ON "
                                          "b.id = s.bid_id WHERE c.code = 'benchmarkAccuracy' AND "
                                          "b.benchmark_run_id IS NOT NULL GROUP BY s.bid_id "
                                          "HAVING MIN(s.points_hundredths) < "
                                          "MAX(s.points_hundredths)) x")),
                 0);
    }

    // Each award goes to its lot's rank-1 bid, with that bid's loss-making flag, and the
    // evaluation desk, loading a tender, scores it as it was stored: a final ranking, the same
    // ranks, flags and recommended winner.
    void awardsGoToTheRankOneBid()
    {
        Database& db = m_market->open();
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN bids b ON b.id = "
                                          "a.bid_id WHERE b.ranking IS NULL OR b.ranking <> 1")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN bids b ON b.id = "
                                          "a.bid_id WHERE a.cost_verdict <> CASE WHEN "
                                          "b.cost_without_voucher_minor IS NULL THEN "
                                          "'noBenchmark' WHEN b.total_price_minor >= "
                                          "b.cost_without_voucher_minor THEN 'profitable' WHEN "
                                          "b.total_price_minor >= b.cost_with_voucher_minor THEN "
                                          "'voucherOnly' ELSE 'belowCost' END OR "
                                          "a.cost_without_voucher_minor IS NOT "
                                          "b.cost_without_voucher_minor OR "
                                          "a.cost_with_voucher_minor IS NOT "
                                          "b.cost_with_voucher_minor OR a.standstill_ends_at IS "
                                          "NULL")),
                 0);
        // A rejected explanation leaves the bid out of the ranking; every valid bid of an
        // evaluated lot is ranked or rejected.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews WHERE decision = "
                                         "'rejected'")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews WHERE decision = "
                                         "'accepted'")) >
                3 * count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews WHERE "
                                             "decision = 'rejected'")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews r JOIN bids b "
                                          "ON b.id = r.bid_id WHERE r.decision = 'rejected' AND "
                                          "b.ranking IS NOT NULL")),
                 0);
        // Every review carries the vendor's explanation and the panel's opinion, in Chinese.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews WHERE "
                                          "explanation = '' OR explained_at IS NULL OR opinion = "
                                          "'' OR decided_at IS NULL OR decided_by = ''")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE t.status IN ('complete', "
                                          "'awarded') AND b.status = 'valid' AND b.low_price_flags "
                                          "<> '' AND NOT EXISTS (SELECT 1 FROM low_price_reviews r "
                                          "WHERE r.bid_id = b.id)")),
                 0);

        EvaluationDesk desk(db, QStringLiteral("test"));
        QSqlQuery tenders = sql::run(db.connection(),
                                     QStringLiteral("SELECT reference FROM tenders WHERE status IN "
                                                    "('complete', 'awarded') ORDER BY id LIMIT "
                                                    "60"));
        while (tenders.next()) {
            const TenderEvaluation e = desk.load(tenders.value(0).toString());
            QVERIFY2(e.result.final(), qPrintable(e.tender.reference));
            QHash<qint64, int> storedRank;
            QHash<qint64, QString> storedFlags;
            QSqlQuery bids = sql::run(db.connection(),
                                      QStringLiteral("SELECT id, ranking, low_price_flags FROM "
                                                     "bids WHERE tender_id = ?"),
                                      {e.tender.id});
            while (bids.next()) {
                storedRank.insert(bids.value(0).toLongLong(), bids.value(1).toInt());
                storedFlags.insert(bids.value(0).toLongLong(), bids.value(2).toString());
            }
            for (const scoring::BidResult& r : e.result.bids) {
                QCOMPARE(r.rank, storedRank.value(r.bidId));
                QCOMPARE(scoring::lowBidRuleCodes(r.flags), storedFlags.value(r.bidId));
            }
            for (const Award& a : e.tender.awards) {
                const scoring::LotResult* lot = e.result.lot(a.lotId);
                QVERIFY(lot);
                QVERIFY(lot->recommendedBidId == a.bidId || !a.justification.isEmpty());
            }
        }
    }

    // DOMAIN.md: most winners profitable, a visible minority below cost, some profitable only
    // with a compute voucher; and below-cost bids flagged by the below-cost rule.
    void lossMakingWinsInProportion()
    {
        Database& db = m_market->open();
        const qint64 costed = count(db, QStringLiteral("SELECT count(*) FROM awards WHERE "
                                                       "cost_verdict <> 'noBenchmark'"));
        const auto verdict = [&](const char* code) {
            return share(count(db, QStringLiteral("SELECT count(*) FROM awards WHERE "
                                                  "cost_verdict = '%1'")
                                       .arg(QLatin1String(code))),
                         costed);
        };
        const QString shares = QStringLiteral("%1 costed awards: profitable %2, below cost %3, "
                                              "voucher only %4")
                                   .arg(costed)
                                   .arg(verdict("profitable"))
                                   .arg(verdict("belowCost"))
                                   .arg(verdict("voucherOnly"));
        qInfo().noquote() << shares;
        QVERIFY2(costed > 200, qPrintable(shares));
        QVERIFY2(verdict("profitable") >= 0.65, qPrintable(shares));
        QVERIFY2(verdict("belowCost") >= 0.08 && verdict("belowCost") <= 0.22, qPrintable(shares));
        QVERIFY2(verdict("voucherOnly") >= 0.04 && verdict("voucherOnly") <= 0.16,
                 qPrintable(shares));
        // Every evaluated bid priced below its cost-to-serve is flagged by the below-cost rule.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE t.status <> 'cancelled' AND "
                                          "b.status = 'valid' AND b.total_price_minor < "
                                          "b.cost_without_voucher_minor AND b.low_price_flags NOT "
                                          "LIKE '%belowCost%'")),
                 0);
    }

    // Sheets are kept for the first tenders only; beyond them a bid carries the technical
    // points of a published result instead.
    void sheetsOnlyForTheFirstTenders()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        demo::DemoOptions options{5, 40, 2024};
        options.sheetTenders = 15;
        demo::DemoGenerator(db, options).run();
        const QString within = QStringLiteral("t.reference LIKE '%-GAI-00000__' AND "
                                              "CAST(substr(t.reference, -7) AS INTEGER) <= 15");
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM scores s JOIN bids b ON b.id = "
                                         "s.bid_id JOIN tenders t ON t.id = b.tender_id WHERE ") +
                              within) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scores s JOIN bids b ON b.id = "
                                          "s.bid_id JOIN tenders t ON t.id = b.tender_id WHERE "
                                          "NOT (") +
                               within + QLatin1Char(')')),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE b.technical_points_hundredths IS NOT "
                                          "NULL AND ") +
                               within),
                 0);
        // Beyond, a published result's review gives the panel's decision, not the explanation.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM low_price_reviews r JOIN bids b ON "
                                          "b.id = r.bid_id JOIN tenders t ON t.id = b.tender_id "
                                          "WHERE r.explanation <> '' AND NOT (") +
                               within + QLatin1Char(')')),
                 0);
        // Beyond, every ranked bid has its technical points, and panels are there all the same.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON t.id = "
                                          "b.tender_id WHERE b.ranking IS NOT NULL AND "
                                          "b.technical_points_hundredths IS NULL AND NOT (") +
                               within + QLatin1Char(')')),
                 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM evaluators v JOIN tenders t ON "
                                         "t.id = v.tender_id WHERE NOT (") +
                              within + QLatin1Char(')')) >= 5 * 20);
        // The evaluation desk reads the recorded points: a tender beyond is final as stored.
        EvaluationDesk desk(db, QStringLiteral("test"));
        QSqlQuery q = sql::run(db.connection(),
                               QStringLiteral("SELECT reference FROM tenders t WHERE status IN "
                                              "('complete', 'awarded') AND NOT (") +
                                   within + QLatin1Char(')'));
        int loaded = 0;
        while (q.next()) {
            const TenderEvaluation e = desk.load(q.value(0).toString());
            QVERIFY2(e.result.final(), qPrintable(e.tender.reference));
            for (const Award& a : e.tender.awards)
                QVERIFY(e.result.lot(a.lotId)->recommendedBidId == a.bidId ||
                        !a.justification.isEmpty());
            ++loaded;
        }
        QVERIFY(loaded > 10);
    }

    void refusesANonEmptyDatabase()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{1, 10, 2024}).run();
        QVERIFY_THROWS_EXCEPTION(Error, demo::DemoGenerator(db, demo::DemoOptions{}).run());
        QCOMPARE(TenderReader(db.connection()).count(), 10);
    }

    void cancelLeavesNothing_data() { test::addEngineRows(); }
    void cancelLeavesNothing()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, demo::DemoGenerator(db, demo::DemoOptions{1, 1200, 2024})
                                            .run([&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organizations")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM benchmark_runs")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM evaluators")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void writesToPostgresql()
    {
        test::TestDatabase testDb(Engine::Postgresql);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const demo::DemoSummary summary =
            demo::DemoGenerator(db, demo::DemoOptions{8, 60, 2024}).run();
        QCOMPARE(TenderReader(db.connection()).count(), 60);
        QCOMPARE(TenderReader(db.connection()).bidCount(), summary.bids);
        // The same seed gives the same market on both engines.
        test::TestDatabase sqlite(Engine::Sqlite);
        demo::DemoGenerator(sqlite.open(), demo::DemoOptions{8, 60, 2024}).run();
        QCOMPARE(marketDigest(db), marketDigest(sqlite.open()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
