// Rescoring the whole market: the bulk path (settled tenders read in ordered passes) gives what
// the evaluation desk gives tender by tender, writes only what changed, and puts back a score
// that was changed behind its back.
#include "demo/demogenerator.h"
#include "domain/error.h"
#include "evaluation/evaluationdesk.h"
#include "evaluation/rescore.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

struct StoredBid
{
    QVariant evaluationPrice;
    QVariant ranking;
    QString flags;
};

QHash<qint64, StoredBid> storedBids(const Database& db, qint64 tenderId)
{
    QHash<qint64, StoredBid> bids;
    QSqlQuery q = sql::run(db.connection(),
                           QStringLiteral("SELECT id, evaluation_price_minor, ranking, "
                                          "low_price_flags FROM bids WHERE tender_id = ?"),
                           {tenderId});
    while (q.next())
        bids.insert(q.value(0).toLongLong(), {q.value(1), q.value(2), q.value(3).toString()});
    return bids;
}

} // namespace

class TestRescore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMarketIsRescoredAsTheDeskScoresEachTender_data() { addEngineRows(); }
    void theMarketIsRescoredAsTheDeskScoresEachTender()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        demo::DemoOptions options;
        options.tenders = 120;
        demo::DemoGenerator(db, options).run();

        qint64 calls = 0;
        const RescoreSummary first = rescoreAll(db, QStringLiteral("test"), now,
                                                [&](qint64, qint64) { return ++calls > 0; });
        QVERIFY(first.tenders > 50);
        QVERIFY(calls > 0);
        QVERIFY(first.marketProcesses >= 4);
        QVERIFY(first.marketThreshold.has_value());

        // Nothing changes the second time.
        const RescoreSummary second = rescoreAll(db, QStringLiteral("test"), now);
        QCOMPARE(second.changedBids, 0);
        QCOMPARE(second.changedAwards, 0);
        QCOMPARE(second.tenders, first.tenders);

        // The desk, tender by tender, finds what the bulk path stored.
        QSqlQuery q = sql::run(db.connection(),
                               QStringLiteral("SELECT id, reference FROM tenders WHERE status IN "
                                              "('awarded', 'complete') ORDER BY id LIMIT 40"));
        // Read whole first: PostgreSQL streams one query at a time per connection.
        QList<std::pair<qint64, QString>> tenders;
        while (q.next())
            tenders.append({q.value(0).toLongLong(), q.value(1).toString()});
        EvaluationDesk desk(db, QStringLiteral("test"));
        int compared = 0;
        for (const auto& [id, reference] : std::as_const(tenders)) {
            const TenderEvaluation e = desk.load(reference);
            const QHash<qint64, StoredBid> stored = storedBids(db, id);
            for (const scoring::BidResult& r : e.result.bids) {
                const StoredBid s = stored.value(r.bidId);
                QCOMPARE(s.ranking.isNull() ? 0 : s.ranking.toInt(), r.rank);
                if (r.valid)
                    QCOMPARE(s.evaluationPrice.toLongLong(), r.evaluationPriceMinor);
                QCOMPARE(s.flags, scoring::lowBidRuleCodes(r.flags));
                ++compared;
            }
        }
        QVERIFY2(compared > 100, qPrintable(QString::number(compared)));

        // A rank changed behind the program's back is put back, and only that.
        const qint64 bid = sql::scalar(db.connection(),
                                       QStringLiteral("SELECT MIN(id) FROM bids WHERE ranking = 1"))
                               .toLongLong();
        sql::run(db.connection(), QStringLiteral("UPDATE bids SET ranking = 7 WHERE id = ?"),
                 {bid});
        const RescoreSummary third = rescoreAll(db, QStringLiteral("test"), now);
        QCOMPARE(third.changedBids, 1);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT ranking FROM bids WHERE id = ?"), {bid})
                     .toInt(),
                 1);
        // Cancelling writes nothing.
        sql::run(db.connection(), QStringLiteral("UPDATE bids SET ranking = 7 WHERE id = ?"),
                 {bid});
        bool refused = false;
        try {
            rescoreAll(db, QStringLiteral("test"), now, [](qint64, qint64) { return false; });
        } catch (const Error&) {
            refused = true;
        }
        QVERIFY(refused);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT ranking FROM bids WHERE id = ?"), {bid})
                     .toInt(),
                 7);
    }
};

QTEST_MAIN(TestRescore)
#include "tst_rescore.moc"
