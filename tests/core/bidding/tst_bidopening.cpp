// The opening on SQLite and PostgreSQL, with bids sealed for real in both suites: sealed,
// received, opened and landed in the tables; refused before the deadline; a wrong passphrase
// changes nothing; a corrupted payload fails with why; the release validates against OCDS.
#include "bidding/bidopening.h"
#include "buyerfixtures.h"
#include "ocdsvalidation.h"
#include "sealing/privatekey.h"
#include "store/auditverifier.h"

using namespace td;
using namespace td::test;

namespace {

struct Sent
{
    QString marker;
    qint64 yuan;
    qint64 submissionId;
};

} // namespace

class TestBidOpening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Seals and sends one bid per vendor (0, 1, 2 ...): each with its price and a PDF marker.
    QList<Sent> sendBids(const Database& db, const PublishedTender& tender, int count)
    {
        QList<Sent> sent;
        for (int i = 0; i < count; ++i) {
            const QString marker = QStringLiteral("MARKER-%1-%2").arg(tender.reference).arg(i);
            const qint64 yuan = 900000 + 10000 * i;
            const QString file =
                BidPackageBuilder(tender.target, vendor(tender.target.suite, i))
                    .withSealedPayload(sealedContent(bidFor(tender.reference, yuan), marker))
                    .write(m_dir.filePath(QStringLiteral("bid%1.zip").arg(i)));
            const ReceiptOutcome r =
                receiveBidPackage(db, file, duringTendering, QStringLiteral("test"));
            if (!r.accepted)
                qWarning() << r.message;
            sent.append({marker, yuan, r.receipt.submissionId});
        }
        return sent;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sealedBidsOpenAndLand_data() { addEngineAndSuiteRows(); }
    void sealedBidsOpenAndLand()
    {
        QFETCH(Engine, engine);
        QFETCH(CipherSuite, suite);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, suite);
        const QList<Sent> sent = sendBids(db, tender, 3);

        QList<OpeningProgress> steps;
        const OpeningResult result =
            openBids(db, tender.reference, passphrase, afterDeadline, QStringLiteral("test"),
                     [&](const OpeningProgress& p) {
                         steps.append(p);
                         return true;
                     });
        QCOMPARE(result.validBids, 3);
        QCOMPARE(result.failedBids, 0);
        QVERIFY(!result.mayFail);
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.constLast().done, 3);
        QCOMPARE(steps.constLast().total, 3);

        for (const Sent& s : sent) {
            QCOMPARE(statusOf(db, s.submissionId), QStringLiteral("opened"));
            QSqlQuery bid = sql::run(
                db.connection(),
                QStringLiteral("SELECT id, total_price_minor, currency, status, model_family, "
                               "model_quantisation, price_per_million_tokens_minor, "
                               "project_manager, delivers_hardware, declared_benchmarks FROM bids "
                               "WHERE submission_id = ?"),
                {s.submissionId});
            QVERIFY(bid.next());
            const qint64 bidId = bid.value(0).toLongLong();
            QCOMPARE(bid.value(1).toLongLong(), s.yuan * 100);
            QCOMPARE(bid.value(2).toString(), QStringLiteral("CNY"));
            QCOMPARE(bid.value(3).toString(), QStringLiteral("valid"));
            QCOMPARE(bid.value(4).toString(), QStringLiteral("DeepSeek-V3"));
            QCOMPARE(bid.value(5).toString(), QStringLiteral("INT8"));
            QCOMPARE(bid.value(6).toLongLong(), 1200); // 12.00 CNY per million tokens
            QCOMPARE(bid.value(7).toString(), QStringLiteral("张伟"));
            QCOMPARE(bid.value(8).toInt(), 1);
            QVERIFY(bid.value(9).toString().contains(QLatin1String("81.5")));
            QCOMPARE(sql::scalar(db.connection(),
                                 QStringLiteral("SELECT count(*) FROM bid_price_items WHERE "
                                                "bid_id = ? AND kind IN ('licences', "
                                                "'deployment')"),
                                 {bidId})
                         .toInt(),
                     2);
            QCOMPARE(sql::scalar(db.connection(),
                                 QStringLiteral("SELECT unit_count FROM bid_hardware_lines WHERE "
                                                "bid_id = ?"),
                                 {bidId})
                         .toInt(),
                     16);
            QSqlQuery doc = sql::run(db.connection(),
                                     QStringLiteral("SELECT kind, page_count, text_content, "
                                                    "metadata, size_bytes FROM documents WHERE "
                                                    "bid_id = ?"),
                                     {bidId});
            QVERIFY(doc.next());
            QCOMPARE(doc.value(0).toString(), QStringLiteral("technical"));
            QCOMPARE(doc.value(1).toInt(), 1);
            QVERIFY2(doc.value(2).toString().contains(s.marker),
                     qPrintable(doc.value(2).toString()));
            QVERIFY(doc.value(3).toString().contains(QLatin1String("TenderDesk tests")));
        }
        QCOMPARE(TenderWorkflow(db, QStringLiteral("test")).record(tender.reference).tender.status,
                 TenderStatus::Opened);
        QCOMPARE(result.release.kind, ReleaseKind::Opening);
        QCOMPARE(auditActions(db).constLast(), QStringLiteral("tender.opened"));
        QVERIFY(AuditVerifier(db.connection(), db.dialect()).verify().intact());

        const QJsonObject release = jsonOf(result.release);
        const QJsonObject bids = release.value(u"bids").toObject();
        QCOMPARE(bids.value(u"details").toArray().size(), 3);
        const OcdsValidation valid = validateReleases({release}, {bidExtensionDir()});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));

        // Once only.
        QVERIFY(messageOf([&] {
                    openBids(db, tender.reference, passphrase, afterDeadline,
                             QStringLiteral("test"));
                }).contains(QLatin1String("opened already")));
    }

    void openingBeforeTheDeadlineIsRefused_data() { addEngineRows(); }
    void openingBeforeTheDeadlineIsRefused()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::International);
        const QList<Sent> sent = sendBids(db, tender, 1);
        const QString message = messageOf([&] {
            openBids(db, tender.reference, passphrase, tenDaysBeforeDeadline,
                     QStringLiteral("test"));
        });
        QVERIFY2(message.contains(QLatin1String("after its bid deadline")), qPrintable(message));
        QCOMPARE(statusOf(db, sent.first().submissionId), QStringLiteral("sealed"));
        QCOMPARE(rows(db, "bids"), 0);
    }

    void aWrongPassphraseChangesNothing_data() { addEngineRows(); }
    void aWrongPassphraseChangesNothing()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::National);
        const QList<Sent> sent = sendBids(db, tender, 1);
        const qint64 audit = rows(db, "audit_log");
        bool wrong = false;
        try {
            openBids(db, tender.reference, "not the passphrase", afterDeadline,
                     QStringLiteral("test"));
        } catch (const WrongPassphrase&) {
            wrong = true;
        }
        QVERIFY(wrong);
        QCOMPARE(statusOf(db, sent.first().submissionId), QStringLiteral("sealed"));
        QCOMPARE(rows(db, "bids"), 0);
        QCOMPARE(rows(db, "audit_log"), audit);
        QVERIFY(TenderWorkflow(db, QStringLiteral("test")).record(tender.reference).tender.status !=
                TenderStatus::Opened);
    }

    // A stored payload damaged after receipt fails the authentication (GCM tag, HMAC-SM3): the
    // bid is recorded failed with why, the others open, and two valid bids may fail the tender.
    void aCorruptedPayloadFailsWithWhy_data() { addEngineAndSuiteRows(); }
    void aCorruptedPayloadFailsWithWhy()
    {
        QFETCH(Engine, engine);
        QFETCH(CipherSuite, suite);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, suite);
        const QList<Sent> sent = sendBids(db, tender, 3);
        const qint64 damaged = sent.at(1).submissionId;
        QByteArray payload = sql::scalar(db.connection(),
                                         QStringLiteral("SELECT payload FROM bid_submissions "
                                                        "WHERE id = ?"),
                                         {damaged})
                                 .toByteArray();
        payload[payload.size() / 2] = char(payload.at(payload.size() / 2) ^ 0x01);
        sql::run(db.connection(),
                 QStringLiteral("UPDATE bid_submissions SET payload = ? WHERE id = ?"),
                 {payload, damaged});

        const OpeningResult result =
            openBids(db, tender.reference, passphrase, afterDeadline, QStringLiteral("test"));
        QCOMPARE(result.validBids, 2);
        QCOMPARE(result.failedBids, 1);
        QVERIFY(result.mayFail);
        QVERIFY2(result.warning.contains(QLatin1String("may fail")), qPrintable(result.warning));
        QCOMPARE(statusOf(db, damaged), QStringLiteral("failed"));
        const QString reason = sql::scalar(db.connection(),
                                           QStringLiteral("SELECT failure_reason FROM "
                                                          "bid_submissions WHERE id = ?"),
                                           {damaged})
                                   .toString();
        QVERIFY2(reason.contains(QLatin1String("could not be unsealed")), qPrintable(reason));
        QVERIFY(auditActions(db).contains(QStringLiteral("bid.openingFailed")));
        QCOMPARE(rows(db, "bids"), 2);
        const OcdsValidation valid =
            validateReleases({jsonOf(result.release)}, {bidExtensionDir()});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));
    }

    // Cancelled through the progress callback, the opening changes nothing.
    void aCancelledOpeningChangesNothing()
    {
        TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::International);
        const QList<Sent> sent = sendBids(db, tender, 2);
        int calls = 0;
        QVERIFY(!messageOf([&] {
                     openBids(db, tender.reference, passphrase, afterDeadline,
                              QStringLiteral("test"), [&](const OpeningProgress& p) {
                                  ++calls;
                                  return p.done < 1;
                              });
                 }).isEmpty());
        QVERIFY(calls > 1);
        QCOMPARE(rows(db, "bids"), 0);
        QCOMPARE(rows(db, "documents"), 0);
        QCOMPARE(statusOf(db, sent.first().submissionId), QStringLiteral("sealed"));
    }
};

QTEST_MAIN(TestBidOpening)
#include "tst_bidopening.moc"
