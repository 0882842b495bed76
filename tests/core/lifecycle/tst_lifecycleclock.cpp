#include "lifecycle/lifecycleclock.h"
#include "store/auditlog.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"
#include "validtender.h"

#include <QTest>

using namespace td;

class TestLifecycleClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlinesMoveTendersOnce_data() { test::addEngineRows(); }
    void deadlinesMoveTendersOnce()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        {
            Transaction transaction(db.connection());
            sql::run(db.connection(), QStringLiteral("INSERT INTO organizations (name, short_name, "
                                                     "uscc, kind) VALUES ('国家电网有限公司', "
                                                     "'国家电网', '91110108551385082Q', "
                                                     "'centralSoe')"));
            TenderWriter writer(db.connection(), db.dialect());
            // Published on 2025-03-03 01:00 UTC, bid deadline 21 days later.
            const QList<TenderStatus> statuses = {TenderStatus::Published, TenderStatus::Tendering,
                                                  TenderStatus::Draft, TenderStatus::Published};
            for (int i = 0; i < statuses.size(); ++i) {
                Tender t = test::validTender();
                t.buyerId = 1;
                t.reference = QStringLiteral("CLOCK-%1").arg(i);
                t.status = statuses.at(i);
                if (i == 3) // published, with publication still ahead
                    t.publishedAt = t.publishedAt.addDays(100),
                    t.bidDeadline = t.publishedAt.addDays(30);
                writer.insert(t);
            }
            transaction.commit();
        }
        const auto statusOf = [&](const char* reference) {
            return TenderReader(db.connection()).byReference(QLatin1String(reference))->status;
        };
        const QDateTime published = test::validTender().publishedAt;

        // During the bid period: the published tender starts tendering.
        QCOMPARE(advanceTendersByClock(db, published.addDays(5)), 1);
        QCOMPARE(statusOf("CLOCK-0"), TenderStatus::Tendering);
        QCOMPARE(statusOf("CLOCK-1"), TenderStatus::Tendering);
        QCOMPARE(statusOf("CLOCK-3"), TenderStatus::Published);
        // Past the bid deadline: both close; drafts wait for people.
        QCOMPARE(advanceTendersByClock(db, published.addDays(22)), 2);
        QCOMPARE(statusOf("CLOCK-0"), TenderStatus::BidDeadlinePassed);
        QCOMPARE(statusOf("CLOCK-1"), TenderStatus::BidDeadlinePassed);
        QCOMPARE(statusOf("CLOCK-2"), TenderStatus::Draft);
        // Nothing moves twice, and every move is in the intact audit log.
        QCOMPARE(advanceTendersByClock(db, published.addDays(22)), 0);
        const AuditReport report = AuditLog(db.connection(), db.dialect()).verify();
        QVERIFY(report.intact());
        QCOMPARE(report.entriesChecked, 3);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = "
                                            "'CLOCK-0' AND action = 'tender.status'"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleClock)
#include "tst_lifecycleclock.moc"
