// Receipt of bid packages on SQLite and PostgreSQL: a bid is stored sealed with a receipt the
// vendor can check; every refusal stores nothing but its bid_refusals row and audit entry; a
// later bid replaces the vendor's earlier one and a withdrawal withdraws it.
#include "buyerfixtures.h"
#include "sealing/signature.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace td;
using namespace td::test;

namespace {

// What a refusal may leave behind: nothing but its own row and audit entry.
struct Footprint
{
    qint64 submissions, organizations, receiptKeys, refusals, audit;
    static Footprint of(const Database& db)
    {
        return {rows(db, "bid_submissions"), rows(db, "organizations"),
                rows(db, "tender_receipt_keys"), rows(db, "bid_refusals"), rows(db, "audit_log")};
    }
};

} // namespace

class TestBidReceipt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString opaqueBid(const PackageTarget& target, const char* name, int vendorIndex = 0,
                      char fill = 'c')
    {
        return BidPackageBuilder(target, vendor(target.suite, vendorIndex))
            .withOpaquePayload(QByteArray(8192, fill))
            .write(path(QLatin1String(name)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aBidIsStoredSealedWithASignedReceipt_data() { addEngineAndSuiteRows(); }
    void aBidIsStoredSealedWithASignedReceipt()
    {
        QFETCH(Engine, engine);
        QFETCH(CipherSuite, suite);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, suite);
        const QString file = opaqueBid(tender.target, "bid.zip");

        const ReceiptOutcome outcome =
            receiveBidPackage(db, file, duringTendering, QStringLiteral("test"));
        QVERIFY2(outcome.accepted, qPrintable(outcome.message));
        const BidReceipt& r = outcome.receipt;
        QCOMPARE(statusOf(db, r.submissionId), QStringLiteral("sealed"));
        QCOMPARE(r.packageSha256, sha256Hex([&] {
                     QFile f(file);
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }()));
        // The vendor was not known here: it is added from its certificate.
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT name FROM organizations WHERE uscc = ?"),
                             {vendor(suite).uscc})
                     .toString(),
                 vendor(suite).organization);
        // The receipt says what was received, and the receipt key's public half checks it.
        const QJsonObject json = QJsonDocument::fromJson(r.json).object();
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("tenderdesk-bid-receipt-1"));
        QCOMPARE(json.value(u"tender").toString(), tender.reference);
        QCOMPARE(json.value(u"vendor").toObject().value(u"uscc").toString(), vendor(suite).uscc);
        QCOMPARE(json.value(u"packageSha256").toString(), r.packageSha256);
        QCOMPARE(json.value(u"payloadSha256").toString(), sha256Hex(QByteArray(8192, 'c')));
        QCOMPARE(json.value(u"receivedAt").toString(), QStringLiteral("2030-06-05T02:00:00Z"));
        QCOMPARE(json.value(u"submission").toInteger(), r.submissionId);
        QCOMPARE(json.value(u"receiptKey").toObject().value(u"publicKeyPem").toString().toUtf8(),
                 r.receiptKeyPem);
        QVERIFY(verifyBytes(r.json, r.signature, r.receiptKeyPem));
        QVERIFY(!verifyBytes(r.json + ' ', r.signature, r.receiptKeyPem));
        // The vendor checks it with the openssl command line alone, as the README says.
        const QString folder = m_dir.filePath(QStringLiteral("receipt-") +
                                              QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const auto save = [&](const char* name, const QByteArray& bytes) {
            QFile out(folder + QLatin1Char('/') + QLatin1String(name));
            return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
        };
        QVERIFY(save("receipt.json", r.json) && save("receipt.sig", r.signature) &&
                save("receipt-key.pem", r.receiptKeyPem));
        QStringList verify{QStringLiteral("pkeyutl"),
                           QStringLiteral("-verify"),
                           QStringLiteral("-pubin"),
                           QStringLiteral("-inkey"),
                           QStringLiteral("receipt-key.pem"),
                           QStringLiteral("-rawin"),
                           QStringLiteral("-in"),
                           QStringLiteral("receipt.json"),
                           QStringLiteral("-sigfile"),
                           QStringLiteral("receipt.sig"),
                           QStringLiteral("-digest")};
        verify += suite == CipherSuite::National
                      ? QStringList{QStringLiteral("sm3"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("distid:1234567812345678")}
                      : QStringList{QStringLiteral("sha256")};
        QProcess openssl;
        openssl.setWorkingDirectory(folder);
        openssl.start(QStringLiteral("openssl"), verify);
        QVERIFY2(openssl.waitForFinished(60000), "openssl is missing or hangs");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QCOMPARE(rows(db, "tender_receipt_keys"), 1);
        QCOMPARE(auditActions(db).constLast(), QStringLiteral("bid.received"));
        // Stored: the receipt with the submission, the payload still sealed.
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT receipt FROM bid_submissions WHERE id = ?"),
                             {r.submissionId})
                     .toString()
                     .toUtf8(),
                 r.json);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT payload FROM bid_submissions WHERE id = ?"),
                             {r.submissionId})
                     .toByteArray(),
                 QByteArray(8192, 'c'));
    }

    void refusalsStoreNothingButTheirReason_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("code");
        for (const auto& [name, engine] :
             {std::pair{"sqlite", Engine::Sqlite}, std::pair{"postgresql", Engine::Postgresql}})
            for (const char* refusal :
                 {"late", "bad-signature", "digest-mismatch", "another-tender", "another-key",
                  "duplicate", "unsafe-archive"})
                QTest::addRow("%s/%s", name, refusal)
                    << engine << QString::fromLatin1(refusal) << QString::fromLatin1(refusal);
    }
    void refusalsStoreNothingButTheirReason()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, refusal);
        QFETCH(QString, code);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::International);
        PackageTarget target = tender.target;
        QDateTime now = duringTendering;
        QString file = path(QStringLiteral("refused.zip"));
        QList<ArchiveEntry> entries =
            BidPackageBuilder(target, vendor(target.suite)).withOpaquePayload("cipher").entries();
        if (refusal == QLatin1String("late")) {
            now = afterDeadline;
        } else if (refusal == QLatin1String("bad-signature")) {
            entries[0].content.replace("\"createdAt\": \"2030", "\"createdAt\": \"2029");
        } else if (refusal == QLatin1String("digest-mismatch")) {
            entries[2].content = "cipheR";
        } else if (refusal == QLatin1String("another-tender")) {
            target.reference = QStringLiteral("OTHER-2030-000009");
            entries = BidPackageBuilder(target, vendor(target.suite))
                          .withOpaquePayload("cipher")
                          .entries();
        } else if (refusal == QLatin1String("another-key")) {
            target.sealingKeyFingerprint = sha256Hex("another key");
            entries = BidPackageBuilder(target, vendor(target.suite))
                          .withOpaquePayload("cipher")
                          .entries();
        } else if (refusal == QLatin1String("unsafe-archive")) {
            entries.append({QStringLiteral("documents/bomb.pdf"), QByteArray(20 << 20, '\0')});
        }
        writeZip(file, entries);
        if (refusal == QLatin1String("duplicate")) {
            const ReceiptOutcome first = receiveBidPackage(db, file, now, QStringLiteral("test"));
            QVERIFY2(first.accepted, qPrintable(first.message));
        }
        const Footprint before = Footprint::of(db);

        const ReceiptOutcome outcome = receiveBidPackage(db, file, now, QStringLiteral("test"));
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.reasonCode, code);
        QVERIFY(!outcome.message.isEmpty());
        const Footprint after = Footprint::of(db);
        QCOMPARE(after.submissions, before.submissions);
        QCOMPARE(after.organizations, before.organizations);
        QCOMPARE(after.receiptKeys, before.receiptKeys);
        QCOMPARE(after.refusals, before.refusals + 1);
        QCOMPARE(after.audit, before.audit + 1);
        QCOMPARE(auditActions(db).constLast(), QStringLiteral("bid.refused"));
        QCOMPARE(lastAuditPayload(db).value(u"reason").toString(), code);
        QSqlQuery row = sql::run(db.connection(),
                                 QStringLiteral("SELECT reason_code, reason, file_name, "
                                                "tender_id FROM bid_refusals ORDER BY id DESC"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), code);
        QCOMPARE(row.value(1).toString(), outcome.message);
        QCOMPARE(row.value(2).toString(), QStringLiteral("refused.zip"));
        // Refusals for this tender are recorded with it (for its minutes); a package for no
        // tender here has none, nor has an archive refused before its manifest was read.
        QCOMPARE(row.isNull(3), refusal == QLatin1String("another-tender") ||
                                    refusal == QLatin1String("unsafe-archive"));
    }

    void aLaterBidReplacesAndAWithdrawalWithdraws_data() { addEngineRows(); }
    void aLaterBidReplacesAndAWithdrawalWithdraws()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::National);
        const QString first = opaqueBid(tender.target, "first.zip", 0, 'a');
        const QString other = opaqueBid(tender.target, "other.zip", 1, 'b');
        const QString second = opaqueBid(tender.target, "second.zip", 0, 'c');
        const ReceiptOutcome a =
            receiveBidPackage(db, first, duringTendering, QStringLiteral("test"));
        const ReceiptOutcome b =
            receiveBidPackage(db, other, duringTendering, QStringLiteral("test"));
        const ReceiptOutcome c =
            receiveBidPackage(db, second, tenDaysBeforeDeadline, QStringLiteral("test"));
        QVERIFY(a.accepted && b.accepted && c.accepted);
        QCOMPARE(statusOf(db, a.receipt.submissionId), QStringLiteral("replaced"));
        QCOMPARE(statusOf(db, b.receipt.submissionId), QStringLiteral("sealed"));
        QCOMPARE(statusOf(db, c.receipt.submissionId), QStringLiteral("sealed"));
        QCOMPARE(c.receipt.replacedSubmissionId, a.receipt.submissionId);
        QCOMPARE(QJsonDocument::fromJson(c.receipt.json).object().value(u"replaces").toInteger(),
                 a.receipt.submissionId);

        const QString withdrawal = BidPackageBuilder(tender.target, vendor(CipherSuite::National))
                                       .asWithdrawal()
                                       .write(path(QStringLiteral("withdrawal.zip")));
        const ReceiptOutcome w =
            receiveBidPackage(db, withdrawal, tenDaysBeforeDeadline, QStringLiteral("test"));
        QVERIFY2(w.accepted, qPrintable(w.message));
        QCOMPARE(w.receipt.kind, BidPackageManifest::Kind::Withdrawal);
        QCOMPARE(w.receipt.withdrawnSubmissionId, c.receipt.submissionId);
        QCOMPARE(statusOf(db, c.receipt.submissionId), QStringLiteral("withdrawn"));
        QCOMPARE(statusOf(db, w.receipt.submissionId), QStringLiteral("withdrawal"));
        QCOMPARE(statusOf(db, b.receipt.submissionId), QStringLiteral("sealed"));
        QCOMPARE(auditActions(db).constLast(), QStringLiteral("bid.withdrawn"));
        QVERIFY(verifyBytes(w.receipt.json, w.receipt.signature, w.receipt.receiptKeyPem));

        // Nothing is left to withdraw: a second notice is refused (signed anew, so its bytes
        // differ and it is no duplicate: ECDSA and SM2 signatures are randomised).
        const QString again = BidPackageBuilder(tender.target, vendor(CipherSuite::National))
                                  .asWithdrawal()
                                  .write(path(QStringLiteral("again.zip")));
        const ReceiptOutcome refused =
            receiveBidPackage(db, again, tenDaysBeforeDeadline, QStringLiteral("test"));
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.reasonCode, QStringLiteral("nothing-to-withdraw"));
    }
};

QTEST_MAIN(TestBidReceipt)
#include "tst_bidreceipt.moc"
