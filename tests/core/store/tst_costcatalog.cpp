// The cost catalogs in the database, on SQLite and PostgreSQL: the built-in accelerators,
// hosting options and vouchers, edits that survive the next opening, all-or-nothing saving
// with its audit trail, a bid's cost assumptions, and the upgrade of a version 3 database.
#include "domain/error.h"
#include "store/acceleratorrepository.h"
#include "store/auditlog.h"
#include "store/catalogedits.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace td;

namespace {

const QString actor = QStringLiteral("buyer");

qint64 count(const QSqlDatabase& db, const QString& statement)
{
    return sql::scalar(db, statement).toLongLong();
}

// A buyer, a tender, a lot, a vendor and one bid in CNY, written as SQL so that it also works
// on a database still at version 3. Returns the bid's id.
qint64 insertBid(const QSqlDatabase& db)
{
    sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) VALUES "
                                "('国家电网有限公司', '国家电网', '91110108551385082Q', "
                                "'centralSoe')"));
    sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) VALUES "
                                "('某智能科技有限公司', '某智能', '91310000MA1FL4X13K', 'sme')"));
    sql::run(db, QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                                "procurement_method, budget_minor, status, tokens_per_year, "
                                "created_at, updated_at) VALUES ('COST-1', '成本测试', 1, "
                                "'knowledgeAssistant', 'openTender', 500000000, 'tendering', "
                                "5000000000, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    sql::run(db, QStringLiteral("INSERT INTO lots (tender_id, number, title, budget_minor, "
                                "currency) VALUES (1, 1, '第1包', 500000000, 'CNY')"));
    sql::run(db, QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, "
                                "total_price_minor, currency, status) VALUES (1, 1, 2, 400000000, "
                                "'CNY', 'valid')"));
    return sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM bids")).toLongLong();
}

void addBuiltIns(const QSqlDatabase& db)
{
    AcceleratorRepository::addBuiltInCatalog(db);
    CostCatalogRepository::addBuiltInCatalog(db);
}

template <typename T, typename Key> QList<T> sortedBy(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [key](const T& a, const T& b) { return a.*key < b.*key; });
    return list;
}

QStringList auditActions(const QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT action, entity_id FROM audit_log ORDER BY seq"));
    while (q.next())
        out.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    return out;
}

} // namespace

class TestCostCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogs()
    {
        // Every accelerator has a price with its source and date, or says why not.
        const QList<Accelerator> accelerators = AcceleratorRepository::builtInCatalog();
        QVERIFY(accelerators.size() >= 20);
        for (const Accelerator& a : accelerators) {
            QVERIFY2(!a.priceSource.isEmpty() && a.priceDate.isValid(), qPrintable(a.model));
            QVERIFY2(a.hourlyPrice && a.hourlyPrice->currency() == QLatin1String("CNY") &&
                         a.hourlyPrice->minorUnits() > 0,
                     qPrintable(a.model));
            if (a.model != QLatin1String("NVIDIA H800"))
                QVERIFY2(a.priceSource.startsWith(QLatin1String("TenderDesk estimate, not a "
                                                                "published price")),
                         qPrintable(a.model));
        }
        const auto h800 = std::find_if(accelerators.begin(), accelerators.end(), [](auto& a) {
            return a.model == QLatin1String("NVIDIA H800");
        });
        QVERIFY(h800 != accelerators.end());
        QCOMPARE(*h800->hourlyPrice, Money::yuan(1440)); // USD 2 at 7.2 CNY/USD
        QVERIFY(h800->priceSource.contains(QLatin1String("DeepSeek")));
        QVERIFY(h800->exportControlled);

        // Ten clusters of the eight hub nodes, then the buyer's own data centre.
        const QList<HostingOption> hosting = CostCatalogRepository::builtInHostingOptions();
        QStringList hubs;
        for (const HostingOption& h : hosting) {
            QVERIFY2(!h.name.isEmpty() && !h.nameEn.isEmpty() && !h.priceSource.isEmpty() &&
                         h.priceDate.isValid(),
                     qPrintable(h.id));
            QVERIFY2(h.electricityPricePerKwh > 0 && h.pueThousandths >= 1000, qPrintable(h.id));
            if (!h.hub.isEmpty() && !hubs.contains(h.hub))
                hubs.append(h.hub);
        }
        QCOMPARE(hosting.size(), 11);
        QCOMPARE(hubs.size(), 8);
        QCOMPARE(hosting.constLast().id, CostAssumptions::defaultHostingId());
        const auto zhongwei = std::find_if(hosting.begin(), hosting.end(), [](auto& h) {
            return h.id == QLatin1String("zhongwei");
        });
        QCOMPARE(zhongwei->hub, QStringLiteral("宁夏枢纽"));
        QCOMPARE(zhongwei->electricityPricePerKwh, 3200); // "0.32", exactly
        QCOMPARE(zhongwei->pueThousandths, 1200);         // "1.20"

        const QList<ComputeVoucher> vouchers = CostCatalogRepository::builtInVouchers();
        QStringList cities;
        for (const ComputeVoucher& v : vouchers) {
            cities.append(v.city);
            QVERIFY2(v.subsidyPercent > 0 && v.subsidyPercent <= 100, qPrintable(v.city));
            QVERIFY2(!v.source.isEmpty() && !v.eligibility.isEmpty() && v.date.isValid(),
                     qPrintable(v.city));
        }
        QCOMPARE(cities, (QStringList{QStringLiteral("Shanghai"), QStringLiteral("Chengdu"),
                                      QStringLiteral("Shandong"), QStringLiteral("Beijing"),
                                      QStringLiteral("Henan"), QStringLiteral("Shenzhen"),
                                      QStringLiteral("Ningbo")}));
        QCOMPARE(vouchers.constFirst().subsidyPercent, 80);
        // Every city a hosting option accepts has a voucher.
        for (const HostingOption& h : hosting)
            for (const QString& city : h.voucherCities)
                QVERIFY2(cities.contains(city), qPrintable(h.id + QLatin1Char(' ') + city));
    }

    void builtInsAreLoaded_data() { test::addEngineRows(); }
    void builtInsAreLoaded()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        addBuiltIns(db);
        // What is read back is what the files say, to the fen and to the ten-thousandth.
        QCOMPARE(AcceleratorRepository(db).all(),
                 sortedBy(AcceleratorRepository::builtInCatalog(), &Accelerator::model));
        CostCatalogRepository catalog(db);
        QCOMPARE(catalog.hostingOptions(), CostCatalogRepository::builtInHostingOptions());
        QCOMPARE(catalog.vouchers(), CostCatalogRepository::builtInVouchers());
        QCOMPARE(catalog.hostingOption(QStringLiteral("yangtzeDemoZone"))->voucherCities,
                 (QStringList{QStringLiteral("Ningbo"), QStringLiteral("Shanghai")}));
        QCOMPARE(catalog.voucher(QStringLiteral("Shanghai"))->cap, Money::yuan(2'000'000'00));
        QVERIFY(!catalog.hostingOption(QStringLiteral("atlantis")));
        QVERIFY(!catalog.voucher(QStringLiteral("Atlantis")));
        // Loading again adds nothing and logs nothing.
        addBuiltIns(db);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosting_options")), 11);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM compute_vouchers")), 7);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void userEditsAreKept_data() { test::addEngineRows(); }
    void userEditsAreKept()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& database = testDb.open();
        const QSqlDatabase db = database.connection();
        addBuiltIns(db);

        CatalogEdits edits;
        Accelerator ascend =
            *AcceleratorRepository(db).byModel(QStringLiteral("Huawei Ascend 910B"));
        ascend.hourlyPrice = Money::yuan(612);
        ascend.priceSource = QStringLiteral("Quote from our cloud provider");
        ascend.priceDate = QDate(2026, 11, 20);
        ascend.powerWatts = 310;
        ascend.purchasePrice = Money::yuan(11'800'000);
        ascend.purchasePriceSource = QStringLiteral("Integrator quote");
        ascend.purchasePriceDate = QDate(2026, 11, 25);
        ascend.serviceLifeYears = 4;
        edits.accelerators.append(ascend);
        // A purchase price cleared on purpose, with a source saying why, stays cleared.
        Accelerator h20 = *AcceleratorRepository(db).byModel(QStringLiteral("NVIDIA H20"));
        h20.purchasePrice.reset();
        h20.purchasePriceSource = QStringLiteral("Not for sale to us");
        edits.accelerators.append(h20);
        HostingOption zhongwei =
            *CostCatalogRepository(db).hostingOption(QStringLiteral("zhongwei"));
        zhongwei.electricityPricePerKwh = 2875; // ¥0.2875 per kWh
        zhongwei.pueThousandths = 1150;
        zhongwei.voucherCities = {QStringLiteral("Shanghai"), QStringLiteral("Beijing"),
                                  QStringLiteral("Shanghai")};
        edits.hostingOptions.append(zhongwei);
        ComputeVoucher chengdu = *CostCatalogRepository(db).voucher(QStringLiteral("Chengdu"));
        chengdu.subsidyPercent = 45;
        chengdu.cap.reset();
        edits.vouchers.append(chengdu);
        saveCatalogEdits(db, edits, actor);

        // Opening again (both programs add the built-ins) keeps every edit.
        addBuiltIns(db);
        QCOMPARE(*AcceleratorRepository(db).byModel(ascend.model), ascend);
        QCOMPARE(*AcceleratorRepository(db).byModel(h20.model), h20);
        const HostingOption storedZhongwei =
            *CostCatalogRepository(db).hostingOption(QStringLiteral("zhongwei"));
        QCOMPARE(storedZhongwei.electricityPricePerKwh, 2875);
        QCOMPARE(storedZhongwei.pueThousandths, 1150);
        QCOMPARE(storedZhongwei.voucherCities,
                 (QStringList{QStringLiteral("Beijing"), QStringLiteral("Shanghai")}));
        QCOMPARE(*CostCatalogRepository(db).voucher(QStringLiteral("Chengdu")), chengdu);

        // One audit entry per edited entry, before and after, on an intact chain.
        QCOMPARE(auditActions(db),
                 (QStringList{QStringLiteral("accelerator.updated Huawei Ascend 910B"),
                              QStringLiteral("accelerator.updated NVIDIA H20"),
                              QStringLiteral("computeVoucher.updated Chengdu"),
                              QStringLiteral("hostingOption.updated zhongwei")}));
        const QJsonObject payload =
            QJsonDocument::fromJson(
                sql::scalar(db, QStringLiteral("SELECT payload FROM audit_log WHERE seq = 1"))
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(payload.value(QLatin1String("before"))
                     .toObject()
                     .value(QLatin1String("hourlyPrice"))
                     .toObject()
                     .value(QLatin1String("amount"))
                     .toString(),
                 QStringLiteral("4.66"));
        QCOMPARE(payload.value(QLatin1String("after"))
                     .toObject()
                     .value(QLatin1String("hourlyPrice"))
                     .toObject()
                     .value(QLatin1String("amount"))
                     .toString(),
                 QStringLiteral("6.12"));
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT actor FROM audit_log WHERE seq = 1")).toString(),
            actor);
        QVERIFY(AuditLog(db, database.dialect()).verify().intact());

        // Saving what is already stored writes nothing.
        saveCatalogEdits(db, edits, actor);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 4);

        // A built-in entry that went missing comes back; the others stay as edited.
        sql::run(db, QStringLiteral("DELETE FROM hosting_options WHERE id = 'guian'"));
        addBuiltIns(db);
        QVERIFY(CostCatalogRepository(db).hostingOption(QStringLiteral("guian")));
        QCOMPARE(
            CostCatalogRepository(db).hostingOption(QStringLiteral("zhongwei"))->pueThousandths,
            1150);
    }

    void savingIsAllOrNothing_data() { test::addEngineRows(); }
    void savingIsAllOrNothing()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        addBuiltIns(db);
        const QList<Accelerator> acceleratorsBefore = AcceleratorRepository(db).all();
        const QList<HostingOption> hostingBefore = CostCatalogRepository(db).hostingOptions();

        CatalogEdits edits;
        Accelerator h20 = *AcceleratorRepository(db).byModel(QStringLiteral("NVIDIA H20"));
        h20.hourlyPrice = Money::yuan(999);
        edits.accelerators.append(h20);
        HostingOption guian = *CostCatalogRepository(db).hostingOption(QStringLiteral("guian"));
        guian.electricityPricePerKwh = 1000;
        edits.hostingOptions.append(guian);
        HostingOption broken = *CostCatalogRepository(db).hostingOption(QStringLiteral("qingyang"));
        broken.pueThousandths = 900; // below 1.00: refused
        edits.hostingOptions.append(broken);
        try {
            saveCatalogEdits(db, edits, actor);
            QFAIL("an impossible PUE was saved");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("PUE")), qPrintable(e.message()));
        }
        QCOMPARE(AcceleratorRepository(db).all(), acceleratorsBefore);
        QCOMPARE(CostCatalogRepository(db).hostingOptions(), hostingBefore);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void impossibleEditsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model")
            << QStringLiteral("unknown model") << QStringLiteral("has no model 'Mystery X1'");
        QTest::newRow("negative price")
            << QStringLiteral("negative price") << QStringLiteral("cannot be negative");
        QTest::newRow("negative watts") << QStringLiteral("negative watts")
                                        << QStringLiteral("power of NVIDIA L20 cannot be negative");
        QTest::newRow("unknown hosting")
            << QStringLiteral("unknown hosting") << QStringLiteral("has no option 'atlantis'");
        QTest::newRow("negative electricity")
            << QStringLiteral("negative electricity") << QStringLiteral("cannot be negative");
        QTest::newRow("unknown voucher city") << QStringLiteral("unknown voucher city")
                                              << QStringLiteral("No compute voucher is known for "
                                                                "Atlantis");
        QTest::newRow("unknown voucher")
            << QStringLiteral("unknown voucher") << QStringLiteral("has no city 'Atlantis'");
        QTest::newRow("subsidy above 100%")
            << QStringLiteral("subsidy above 100%") << QStringLiteral("between 0% and 100%");
        QTest::newRow("negative cap")
            << QStringLiteral("negative cap") << QStringLiteral("zero or more");
    }
    void impossibleEditsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TestDatabase testDb(Engine::Sqlite);
        const QSqlDatabase db = testDb.open().connection();
        addBuiltIns(db);
        CatalogEdits edits;
        Accelerator l20 = *AcceleratorRepository(db).byModel(QStringLiteral("NVIDIA L20"));
        HostingOption tianfu = *CostCatalogRepository(db).hostingOption(QStringLiteral("tianfu"));
        ComputeVoucher ningbo = *CostCatalogRepository(db).voucher(QStringLiteral("Ningbo"));
        if (what == QLatin1String("unknown model"))
            l20.model = QStringLiteral("Mystery X1");
        else if (what == QLatin1String("negative price"))
            l20.hourlyPrice = Money::yuan(-1);
        else if (what == QLatin1String("negative watts"))
            l20.powerWatts = -5;
        else if (what == QLatin1String("unknown hosting"))
            tianfu.id = QStringLiteral("atlantis");
        else if (what == QLatin1String("negative electricity"))
            tianfu.electricityPricePerKwh = -1;
        else if (what == QLatin1String("unknown voucher city"))
            tianfu.voucherCities.append(QStringLiteral("Atlantis"));
        else if (what == QLatin1String("unknown voucher"))
            ningbo.city = QStringLiteral("Atlantis");
        else if (what == QLatin1String("subsidy above 100%"))
            ningbo.subsidyPercent = 101;
        else if (what == QLatin1String("negative cap"))
            ningbo.cap = Money::yuan(-100);
        edits.accelerators = {l20};
        edits.hostingOptions = {tianfu};
        edits.vouchers = {ningbo};
        try {
            saveCatalogEdits(db, edits, actor);
            QFAIL("the edit was saved");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void assumptionsRoundTrip_data() { test::addEngineRows(); }
    void assumptionsRoundTrip()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        addBuiltIns(db);
        const qint64 bid = insertBid(db);
        CostAssumptionRepository repository(db);

        // Nothing saved yet: the defaults, fixed costs from the bid's price breakdown.
        CostAssumptions defaults;
        defaults.bidId = bid;
        QCOMPARE(repository.forBid(bid), defaults);
        QVERIFY(!repository.forBid(bid).fixedCosts.has_value());

        CostAssumptions a = defaults;
        a.hostingId = QStringLiteral("zhongwei");
        a.voucherCity = QStringLiteral("Shanghai");
        a.fixedCosts = Money::yuan(1'234'567);
        a.contractYears = 3;
        repository.save(a, actor);
        QCOMPARE(repository.forBid(bid), a);

        // Saving again replaces them; no voucher is stored as none.
        a.voucherCity.clear();
        a.contractYears = 2;
        repository.save(a, actor);
        QCOMPARE(repository.forBid(bid), a);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bid_cost_assumptions")), 1);

        // Stated fixed costs of zero stay stated; none stated goes back to the breakdown.
        a.fixedCosts = Money::yuan(0);
        repository.save(a, actor);
        QCOMPARE(repository.forBid(bid).fixedCosts, std::optional<Money>(Money::yuan(0)));
        a.fixedCosts.reset();
        repository.save(a, actor);
        QCOMPARE(repository.forBid(bid), a);
        QCOMPARE(auditActions(db),
                 QStringList(4, QStringLiteral("bid.costAssumptionsSaved %1").arg(bid)));

        // They go with the bid.
        sql::run(db, QStringLiteral("DELETE FROM bids WHERE id = ?"), {bid});
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bid_cost_assumptions")), 0);
        QVERIFY_THROWS_EXCEPTION(Error, repository.forBid(bid));
    }

    void impossibleAssumptionsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such bid") << QStringLiteral("bid") << QStringLiteral("No bid has");
        QTest::newRow("zero years")
            << QStringLiteral("years") << QStringLiteral("at least one year");
        QTest::newRow("negative fixed costs")
            << QStringLiteral("fixed") << QStringLiteral("zero or more");
        QTest::newRow("fixed costs in euros")
            << QStringLiteral("currency") << QStringLiteral("priced in CNY");
        QTest::newRow("unknown hosting")
            << QStringLiteral("hosting") << QStringLiteral("no option 'atlantis'");
        QTest::newRow("unknown voucher")
            << QStringLiteral("voucher") << QStringLiteral("no city 'Atlantis'");
    }
    void impossibleAssumptionsAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        test::TestDatabase testDb(Engine::Sqlite);
        const QSqlDatabase db = testDb.open().connection();
        addBuiltIns(db);
        const qint64 bid = insertBid(db);
        CostAssumptions a = CostAssumptionRepository(db).forBid(bid);
        if (what == QLatin1String("bid"))
            a.bidId = bid + 100;
        else if (what == QLatin1String("years"))
            a.contractYears = 0;
        else if (what == QLatin1String("fixed"))
            a.fixedCosts = Money::yuan(-1);
        else if (what == QLatin1String("currency"))
            a.fixedCosts = Money(100, QStringLiteral("EUR"));
        else if (what == QLatin1String("hosting"))
            a.hostingId = QStringLiteral("atlantis");
        else if (what == QLatin1String("voucher"))
            a.voucherCity = QStringLiteral("Atlantis");
        try {
            CostAssumptionRepository(db).save(a, actor);
            QFAIL("the assumptions were saved");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bid_cost_assumptions")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void upgradeFromVersion3_data() { test::addEngineRows(); }
    void upgradeFromVersion3()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        qint64 bid = 0;
        {
            Database v3(testDb.location(), Database::Migrate::No);
            migrate(v3.connection(), v3.dialect(), 3);
            const QSqlDatabase db = v3.connection();
            bid = insertBid(db);
            // The catalog as version 3 kept it: no prices; one model edited by its user.
            sql::run(db, QStringLiteral("INSERT INTO accelerators (model, vendor, domestic, "
                                        "memory_gb, peak_bf16_tflops, peak_int8_tops, "
                                        "power_watts) VALUES ('Huawei Ascend 910B', 'Huawei', 1, "
                                        "64, 320, 640, 400), ('NVIDIA H800', 'NVIDIA', 0, 80, "
                                        "989, 1979, 650)"));
            sql::run(db, QStringLiteral("INSERT INTO accelerators (model, vendor, domestic, "
                                        "power_watts, price_source) VALUES ('Our own card', "
                                        "'Us', 1, 100, 'No price: we own it')"));
        }
        Database& upgraded = testDb.open();
        QCOMPARE(upgraded.schemaVersion(), latestSchemaVersion());
        QVERIFY(upgraded.schemaVersion() >= 4);
        const QSqlDatabase db = upgraded.connection();
        for (const char* table : {"hosting_options", "compute_vouchers", "hosting_voucher_cities",
                                  "bid_cost_assumptions"})
            QVERIFY2(db.tables().contains(QLatin1String(table)), table);
        addBuiltIns(db);

        // Prices nobody set take the catalog's; what the user edited stays.
        AcceleratorRepository accelerators(db);
        const Accelerator ascend = *accelerators.byModel(QStringLiteral("Huawei Ascend 910B"));
        QCOMPARE(*ascend.hourlyPrice, Money::yuan(466));
        QVERIFY(ascend.priceSource.startsWith(QLatin1String("TenderDesk estimate")));
        QCOMPARE(ascend.priceDate, QDate(2026, 11, 1));
        const Accelerator h800 = *accelerators.byModel(QStringLiteral("NVIDIA H800"));
        QCOMPARE(*h800.hourlyPrice, Money::yuan(1440));
        QCOMPARE(h800.powerWatts, 650); // the user's figure, not the catalog's 700
        const Accelerator own = *accelerators.byModel(QStringLiteral("Our own card"));
        QVERIFY(!own.hourlyPrice);
        QCOMPARE(own.priceSource, QStringLiteral("No price: we own it"));
        QCOMPARE(accelerators.all().size(), AcceleratorRepository::builtInCatalog().size() + 1);
        // Purchase prices came with version 7: the catalog's fill them where nobody set one.
        QCOMPARE(*ascend.purchasePrice, Money::yuan(12'250'000)); // 4.66 × 8,760 × 3, to ¥100
        QCOMPARE(ascend.serviceLifeYears, 5);
        QVERIFY(!own.purchasePrice);
        QCOMPARE(own.serviceLifeYears, Accelerator::defaultServiceLifeYears);

        // The old bid gets default assumptions, then keeps what is saved.
        CostAssumptionRepository assumptions(db);
        CostAssumptions a = assumptions.forBid(bid);
        QCOMPARE(a.hostingId, CostAssumptions::defaultHostingId());
        QCOMPARE(a.fixedCosts, std::nullopt);
        a.hostingId = QStringLiteral("guian");
        assumptions.save(a, actor);
        QCOMPARE(assumptions.forBid(bid), a);
    }
};

QTEST_GUILESS_MAIN(TestCostCatalog)
#include "tst_costcatalog.moc"
