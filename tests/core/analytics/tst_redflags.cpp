// cardinal-rs's red flags on constructed markets, on SQLite and PostgreSQL, each answer worked
// out by hand in the comments; cardinal's documented R025 example translated into tenders; the
// output in cardinal's JSON shape; the settings file.

#include "analytics/marketreport.h"
#include "analytics/redflags.h"
#include "domain/error.h"
#include "marketfixture.h"
#include "reportrows.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace td;
using namespace td::analytics;

namespace {

QString ocidOf(const char* reference)
{
    return QStringLiteral("ocds-tdesk1-") + QLatin1String(reference);
}

QString partyOf(int n)
{
    return QStringLiteral("CN-USCC-") + test::builderUscc(n);
}

// "R024 OCID ocds-tdesk1-T1 0.0556" for each flag.
QStringList linesOf(const RedFlagResult& result)
{
    QStringList lines;
    for (const RedFlag& f : result.flags)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(f.code, flagGroupKey(f.group), f.id)
                         .arg(f.value, 0, 'f', 4));
    return lines;
}

} // namespace

class TestRedFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The hand-counted market (marketfixture.h); organisations are numbered B1 1, B2 2, V1 3,
    // V2 4, V3 5 in their party ids.
    void handMarket_data() { test::addEngineRows(); }
    void handMarket()
    {
        QFETCH(Engine, engine);
        test::TestDatabase tdb(engine);
        if (!tdb.isReady())
            QFAIL(qPrintable(tdb.error()));
        Database& db = tdb.open();
        test::writeHandMarket(db);
        const RedFlagResult result = findRedFlags(db, RedFlagSettings{});
        const QString v1 = partyOf(3), v2 = partyOf(4), v3 = partyOf(5);
        QCOMPARE(linesOf(result),
                 QStringList({
                     // R003: T2 is open with 4 whole days from publication to deadline (< 15);
                     // T1 has 30, T4 27; T3 is invited and T5 single source: not open.
                     QStringLiteral("R003 OCID %1 1.0000").arg(ocidOf("T2")),
                     // R018: T2 (open) drew one tenderer; T3 (invited = selective) three.
                     QStringLiteral("R018 OCID %1 1.0000").arg(ocidOf("T2")),
                     // R024/R058: the differences are T1 (950,000 - 900,000) / 900,000 = 0.0556
                     // and T4 (760,000 - 700,000) / 700,000 = 0.0857 (T2 and T3 have no other
                     // valid bid). Type 8 quartiles of two values are the values themselves:
                     // Q1 0.0556, Q3 0.0857, fences 0.0103 and 0.1310: neither is flagged.
                     // R025: V1, V2 and V3 each had valid bids in 2 processes (T1+T4, T1+T2,
                     // T3+T4): nobody has more than the 75th percentile, 2.
                     // R028: V3 and V2 both bid 450,000 on T3.
                     QStringLiteral("R028 OCID %1 1.0000").arg(ocidOf("T3")),
                     QStringLiteral("R028 Tenderer %1 1.0000").arg(v2),
                     QStringLiteral("R028 Tenderer %1 1.0000").arg(v3),
                     // R030: V1's valid bid on T4 arrived a day after the deadline, and won.
                     QStringLiteral("R030 OCID %1 1.0000").arg(ocidOf("T4")),
                     // R035: on T3 only V3's bid is valid, V3 supplies the award, and V1 and V2
                     // were disqualified: 2 other tenderers.
                     QStringLiteral("R035 OCID %1 2.0000").arg(ocidOf("T3")),
                     // R036: T3's lowest bid (V1, 400,000) was disqualified.
                     QStringLiteral("R036 OCID %1 1.0000").arg(ocidOf("T3")),
                     // R038 buyers: B1 disqualified 1 of 4 bids (0.25), B2 2 of 5 (0.4): the
                     // fence 0.4 + 1.5 x 0.15 = 0.625 flags neither. Tenderers: V1, V2, V3
                     // each had 1 of 3 bids disqualified: Q1 = Q3 = 1/3, so the fence is 1/3
                     // and all three are at it (cardinal's ">=").
                     QStringLiteral("R038 Tenderer %1 0.3333").arg(v1),
                     QStringLiteral("R038 Tenderer %1 0.3333").arg(v2),
                     QStringLiteral("R038 Tenderer %1 0.3333").arg(v3),
                     // R048: V1 was awarded knowledge assistants only, V2 too, V3 code
                     // generation only: every variety is 1, the fence is 1, all are at it.
                     QStringLiteral("R048 Tenderer %1 1.0000").arg(v1),
                     QStringLiteral("R048 Tenderer %1 1.0000").arg(v2),
                     QStringLiteral("R048 Tenderer %1 1.0000").arg(v3),
                 }));
        const QJsonObject meta = redFlagsJson(result).value(u"Meta").toObject();
        QCOMPARE(meta.value(u"R024").toObject().value(u"q1").toDouble(), 0.0556);
        QCOMPARE(meta.value(u"R024").toObject().value(u"lower_fence").toDouble(), 0.0103);
        QCOMPARE(meta.value(u"R058").toObject().value(u"upper_fence").toDouble(), 0.131);
        QCOMPARE(meta.value(u"R038").toObject().value(u"buyer_upper_fence").toDouble(), 0.625);
    }

    // The settings move the fences: R024 at 0.06 flags T1 (0.0556), R058 at 0.08 flags T4
    // (0.0857), R038 at 0.3 flags B2 (0.4) but not B1 (0.25), R003 at 31 days flags T1 (30 whole
    // days) and T4 (27) as well as T2 (4), and R035 asking for 3 disqualified tenderers no longer
    // flags T3 (2).
    void settingsMoveTheFences_data() { test::addEngineRows(); }
    void settingsMoveTheFences()
    {
        QFETCH(Engine, engine);
        test::TestDatabase tdb(engine);
        if (!tdb.isReady())
            QFAIL(qPrintable(tdb.error()));
        Database& db = tdb.open();
        test::writeHandMarket(db);
        const RedFlagSettings settings = redFlagSettingsFromJson(
            R"({"R003": {"threshold": 31}, "R024": {"threshold": 0.06}, "R058": {"threshold": 0.08},
                "R035": {"threshold": 3}, "R038": {"threshold": 0.3, "minimum_submitted_bids": 4}})");
        QCOMPARE(linesOf(findRedFlags(db, settings)),
                 QStringList({
                     QStringLiteral("R003 OCID %1 1.0000").arg(ocidOf("T1")),
                     QStringLiteral("R003 OCID %1 1.0000").arg(ocidOf("T2")),
                     QStringLiteral("R003 OCID %1 1.0000").arg(ocidOf("T4")),
                     QStringLiteral("R024 OCID %1 0.0556").arg(ocidOf("T1")),
                     // Tenderers need 4 submitted bids now: each has 3.
                     QStringLiteral("R038 Buyer %1 0.4000").arg(partyOf(2)),
                     QStringLiteral("R058 OCID %1 0.0857").arg(ocidOf("T4")),
                 }));
    }

    // cardinal's docs/examples/R/025.jsonl: tenderer F has a valid bid in processes 0 to 7 and
    // wins only process 0; tenderers 1 to 7 each bid in one process and win it. Valid-bid counts
    // [8, 1, 1, 1, 1, 1, 1, 1]: the 75th percentile (type 8) is 1, and only F has more. Win
    // ratios [1/8, 1, 1, 1, 1, 1, 1, 1]: Q1 = Q3 = 1, the lower fence is 1, and F's 0.125 is
    // below it. Output: {"Tenderer": {"F": {"R025": 0.125}}}.
    void cardinalR025Example()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::MarketBuilder m(db);
        const qint64 buyer = m.organization(QStringLiteral("Buyer"), QStringLiteral("centralSoe"));
        const qint64 f = m.organization(QStringLiteral("F"), QStringLiteral("modelVendor"));
        for (int i = 0; i < 8; ++i) {
            const qint64 t =
                m.tender(QStringLiteral("P%1").arg(i), buyer, QStringLiteral("knowledgeAssistant"),
                         QStringLiteral("openTender"), 100, QStringLiteral("2024-01-01T00:00:00Z"),
                         QStringLiteral("2024-02-01T00:00:00Z"));
            const qint64 fBid = m.bid(t, f, 90, QStringLiteral("valid"));
            if (i == 0) {
                m.award(t, fBid, f, 90, QStringLiteral("active"),
                        QStringLiteral("2024-02-02T00:00:00Z"));
                continue;
            }
            const qint64 other = m.organization(QString::number(i), QStringLiteral("modelVendor"));
            const qint64 otherBid = m.bid(t, other, 90 + i, QStringLiteral("valid"));
            m.award(t, otherBid, other, 90 + i, QStringLiteral("active"),
                    QStringLiteral("2024-02-02T00:00:00Z"));
        }
        RedFlagSettings settings;
        settings.enabled = {QStringLiteral("R025")};
        const QJsonObject json = redFlagsJson(findRedFlags(db, settings), false);
        const QJsonObject f025{{QStringLiteral("R025"), 0.125}};
        QCOMPARE(json,
                 QJsonObject({{QStringLiteral("OCID"), QJsonObject()},
                              {QStringLiteral("Buyer"), QJsonObject()},
                              {QStringLiteral("ProcuringEntity"), QJsonObject()},
                              {QStringLiteral("Tenderer"), QJsonObject({{partyOf(2), f025}})}}));
    }

    // A pending award keeps a process out of R024, R025, R035 and R058 (cardinal waits for every
    // award to be final); R036 only needs an active one.
    void pendingAwardsWait()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::MarketBuilder m(db);
        const qint64 buyer = m.organization(QStringLiteral("Buyer"), QStringLiteral("centralSoe"));
        const qint64 a = m.organization(QStringLiteral("A"), QStringLiteral("modelVendor"));
        const qint64 b = m.organization(QStringLiteral("B"), QStringLiteral("modelVendor"));
        const qint64 t =
            m.tender(QStringLiteral("P"), buyer, QStringLiteral("knowledgeAssistant"),
                     QStringLiteral("openTender"), 100, QStringLiteral("2024-01-01T00:00:00Z"),
                     QStringLiteral("2024-02-01T00:00:00Z"));
        const qint64 aBid = m.bid(t, a, 50, QStringLiteral("valid"));
        m.bid(t, b, 40, QStringLiteral("disqualified"));
        m.award(t, aBid, a, 50, QStringLiteral("pending"), QStringLiteral("2024-02-02T00:00:00Z"));
        RedFlagSettings settings;
        settings.enabled = {QStringLiteral("R035"), QStringLiteral("R036"), QStringLiteral("R025")};
        QCOMPARE(linesOf(findRedFlags(db, settings)), QStringList());
        sql::run(db.connection(), QStringLiteral("UPDATE awards SET status = 'active'"));
        // Now: A's bid is the only valid one, A supplies the award and B was disqualified
        // (R035: 1); B's 40 was the lowest bid (R036). R025 has one process: A 1/1, B no valid
        // bid; the counts [1] put nobody above the 75th percentile.
        QCOMPARE(linesOf(findRedFlags(db, settings)),
                 QStringList({QStringLiteral("R035 OCID %1 1.0000").arg(ocidOf("P")),
                              QStringLiteral("R036 OCID %1 1.0000").arg(ocidOf("P"))}));
    }

    void redFlagsSection()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::writeHandMarket(db);
        const Report report =
            marketReport(db, {}, QStringLiteral("en"), {QStringLiteral("red_flags")});
        const ReportSection& section = report.sections.at(0);
        // One table per indicator that flagged something: R003 R018 R028 R030 R035 R036 R038
        // R048 (see handMarket).
        QStringList tables;
        for (const ReportTable& t : section.tables)
            tables.append(t.id);
        QCOMPARE(tables, test::lines({"red_flags_r003", "red_flags_r018", "red_flags_r028",
                                      "red_flags_r030", "red_flags_r035", "red_flags_r036",
                                      "red_flags_r038", "red_flags_r048"}));
        QCOMPARE(test::rowsOf(section.tables.at(4)),
                 QStringList({QStringLiteral("Process|%1|T3|2.0000").arg(ocidOf("T3"))}));
        // The chart's process counts drill into the processes flagged.
        QCOMPARE(
            references(drillDown(db, {}, QStringLiteral("red_flags"), QStringLiteral("code=R028"))),
            test::lines({"T3"}));
        QCOMPARE(
            references(drillDown(db, {}, QStringLiteral("red_flags"), QStringLiteral("code=R024"))),
            QStringList());
    }

    void settingsFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty object: nothing runs") << QByteArray("{}") << true;
        QTest::newRow("defaults of one") << QByteArray(R"({"R024": {}})") << true;
        QTest::newRow("currency") << QByteArray(R"({"currency": "USD"})") << true;
        QTest::newRow("not json") << QByteArray("[R024]\nthreshold = 1") << false;
        QTest::newRow("unknown indicator") << QByteArray(R"({"R099": {}})") << false;
        QTest::newRow("unknown setting") << QByteArray(R"({"R024": {"percentile": 5}})") << false;
        QTest::newRow("not configurable") << QByteArray(R"({"R036": {"threshold": 1}})") << false;
        QTest::newRow("text threshold") << QByteArray(R"({"R024": {"threshold": "x"}})") << false;
        QTest::newRow("fractional minimum")
            << QByteArray(R"({"R038": {"minimum_submitted_bids": 1.5}})") << false;
    }
    void settingsFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        if (valid) {
            const RedFlagSettings s = redFlagSettingsFromJson(json);
            QCOMPARE(s.enabled.size(), json.contains("R024") ? 1 : 0);
        } else {
            QVERIFY_THROWS_EXCEPTION(Error, redFlagSettingsFromJson(json));
        }
    }

private:
    static QStringList references(const QList<DrillTender>& tenders)
    {
        QStringList refs;
        for (const DrillTender& t : tenders)
            refs.append(t.reference);
        return refs;
    }
};

QTEST_GUILESS_MAIN(TestRedFlags)
#include "tst_redflags.moc"
