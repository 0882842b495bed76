#include "lifecycle/tenderlifecycle.h"
#include "validtender.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::TenderStatus)
Q_DECLARE_METATYPE(td::ProcurementMethod)

namespace {

const QDateTime published = QDateTime(QDate(2025, 3, 3), QTime(1, 0), Qt::UTC);
const QDateTime beforePublication = published.addDays(-1);
const QDateTime duringTendering = published.addDays(5);
const QDateTime afterDeadline = published.addDays(22);

} // namespace

class TestTenderLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<TenderStatus>("from");
        QTest::addColumn<TenderStatus>("to");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("validBids");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<ProcurementMethod>("method");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        using S = TenderStatus;
        const auto open = ProcurementMethod::OpenTender;
        QTest::newRow("publish a valid draft")
            << S::Draft << S::Published << beforePublication << -1 << "" << open << "";
        QTest::newRow("publish after the bid deadline")
            << S::Draft << S::Published << afterDeadline << -1 << "" << open << "already passed";
        QTest::newRow("tendering before publication")
            << S::Published << S::Tendering << beforePublication << -1 << "" << open
            << "starts at publication";
        QTest::newRow("tendering after publication")
            << S::Published << S::Tendering << duringTendering << -1 << "" << open << "";
        QTest::newRow("close bids early") << S::Tendering << S::BidDeadlinePassed << duringTendering
                                          << -1 << "" << open << "bids are accepted until then";
        QTest::newRow("close bids at the deadline")
            << S::Tendering << S::BidDeadlinePassed << afterDeadline << -1 << "" << open << "";
        QTest::newRow("open bids")
            << S::BidDeadlinePassed << S::Opened << afterDeadline << -1 << "" << open << "";
        QTest::newRow("skip the opening") << S::BidDeadlinePassed << S::Evaluated << afterDeadline
                                          << -1 << "" << open << "cannot go from";
        QTest::newRow("award before evaluation")
            << S::Opened << S::Awarded << afterDeadline << -1 << "" << open << "cannot go from";
        QTest::newRow("evaluate") << S::Opened << S::Evaluated << afterDeadline << -1 << "" << open
                                  << "";
        QTest::newRow("award") << S::Evaluated << S::Awarded << afterDeadline << -1 << "" << open
                               << "";
        QTest::newRow("complete") << S::Awarded << S::Complete << afterDeadline << -1 << "" << open
                                  << "";
        QTest::newRow("cancel with a reason")
            << S::Tendering << S::Cancelled << duringTendering << -1 << "预算调整" << open << "";
        QTest::newRow("cancel without a reason")
            << S::Tendering << S::Cancelled << duringTendering << -1 << " " << open << "Say why";
        QTest::newRow("cancel an awarded tender")
            << S::Awarded << S::Cancelled << afterDeadline << -1 << "x" << open << "cannot go from";
        QTest::newRow("two valid bids in an open tender")
            << S::Opened << S::Unsuccessful << afterDeadline << 2 << "不足三家" << open << "";
        QTest::newRow("three valid bids in an open tender")
            << S::Opened << S::Unsuccessful << afterDeadline << 3 << "x" << open << "fewer than 3";
        QTest::newRow("two valid bids in a negotiation")
            << S::Evaluated << S::Unsuccessful << afterDeadline << 2 << "x"
            << ProcurementMethod::CompetitiveNegotiation << "fewer than 1";
        QTest::newRow("no valid bid in a negotiation")
            << S::Evaluated << S::Unsuccessful << afterDeadline << 0 << "无有效投标"
            << ProcurementMethod::CompetitiveNegotiation << "";
        QTest::newRow("unknown bid count") << S::Opened << S::Unsuccessful << afterDeadline << -1
                                           << "x" << open << "Count the valid bids";
        QTest::newRow("anything after complete") << S::Complete << S::Cancelled << afterDeadline
                                                 << -1 << "x" << open << "nothing follows";
        QTest::newRow("back to draft")
            << S::Published << S::Draft << duringTendering << -1 << "" << open << "cannot go from";
    }
    void transitions()
    {
        QFETCH(TenderStatus, from);
        QFETCH(TenderStatus, to);
        QFETCH(QDateTime, now);
        QFETCH(int, validBids);
        QFETCH(QString, reason);
        QFETCH(ProcurementMethod, method);
        QFETCH(QString, refusal);
        Tender t = test::validTender();
        t.status = from;
        t.method = method;
        const TransitionCheck c =
            lifecycle::check(t, to, LifecycleFacts{now, validBids, reason, {}});
        QCOMPARE(c.allowed, refusal.isEmpty());
        if (!refusal.isEmpty())
            QVERIFY2(c.reason.contains(refusal), qPrintable(c.reason));
        else
            QVERIFY(c.reason.isEmpty());
    }

    void publicationNeedsAPublishableTender()
    {
        Tender t = test::validTender();
        t.criteria[5].weight = 0; // weights sum to 95
        const TransitionCheck c = lifecycle::check(t, TenderStatus::Published,
                                                   LifecycleFacts{beforePublication, -1, {}, {}});
        QVERIFY(!c.allowed);
        QVERIFY2(c.reason.contains(QLatin1String("add up to 95")), qPrintable(c.reason));
    }

    void refusalsGiveTimesInTheTendersZone()
    {
        Tender t = test::validTender();
        t.status = TenderStatus::Tendering;
        const TransitionCheck c = lifecycle::check(t, TenderStatus::BidDeadlinePassed,
                                                   LifecycleFacts{duringTendering, -1, {}, {}});
        // 2025-03-24 01:00 UTC is 09:00 in Shanghai.
        QVERIFY2(c.reason.contains(QLatin1String("2025-03-24 09:00 Asia/Shanghai")),
                 qPrintable(c.reason));
    }

    void clock_data()
    {
        QTest::addColumn<TenderStatus>("from");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("expected"); // -1: no change
        using S = TenderStatus;
        QTest::newRow("published, not yet") << S::Published << beforePublication << -1;
        QTest::newRow("published, now tendering")
            << S::Published << duringTendering << int(S::Tendering);
        QTest::newRow("published, app closed past the deadline")
            << S::Published << afterDeadline << int(S::BidDeadlinePassed);
        QTest::newRow("tendering at the deadline")
            << S::Tendering << published.addDays(21) << int(S::BidDeadlinePassed);
        QTest::newRow("tendering a second before")
            << S::Tendering << published.addDays(21).addSecs(-1) << -1;
        QTest::newRow("drafts wait for people") << S::Draft << afterDeadline << -1;
        QTest::newRow("opening waits for people") << S::BidDeadlinePassed << afterDeadline << -1;
        QTest::newRow("cancelled stays") << S::Cancelled << afterDeadline << -1;
    }
    void clock()
    {
        QFETCH(TenderStatus, from);
        QFETCH(QDateTime, now);
        QFETCH(int, expected);
        Tender t = test::validTender();
        t.status = from;
        const std::optional<TenderStatus> next = lifecycle::timeDriven(t, now);
        QCOMPARE(next.has_value(), expected >= 0);
        if (next)
            QCOMPARE(int(*next), expected);
    }

    void everyStatusIsReachableAndFinalsAreFinal()
    {
        QSet<TenderStatus> reached{TenderStatus::Draft};
        QList<TenderStatus> queue{TenderStatus::Draft};
        while (!queue.isEmpty())
            for (TenderStatus next : lifecycle::successors(queue.takeFirst()))
                if (!reached.contains(next)) {
                    reached.insert(next);
                    queue.append(next);
                }
        QCOMPARE(reached.size(), Codes<TenderStatus>::all().size());
        for (TenderStatus s :
             {TenderStatus::Complete, TenderStatus::Cancelled, TenderStatus::Unsuccessful})
            QVERIFY(lifecycle::isFinal(s));
    }
};

QTEST_GUILESS_MAIN(TestTenderLifecycle)
#include "tst_tenderlifecycle.moc"
