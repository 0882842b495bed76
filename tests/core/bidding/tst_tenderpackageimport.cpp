// A vendor's desk imports a buyer's tender package: checked before anything is stored, stored
// whole (tender, buyer, public key without a private half), updated by a newer release only,
// and read-only there, on both engines.
#include "bidding/tenderpackageimport.h"
#include "biddingfixtures.h"
#include "store/sealingkeyrepository.h"
#include "store/tenderreader.h"

using namespace td;
using namespace td::test;

class TestTenderPackageImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importStoresTheTenderReadOnly_data() { addEngineRows(); }
    void importStoresTheTenderReadOnly()
    {
        QFETCH(Engine, engine);
        TestDatabase buyerDesk(engine);
        TestDatabase vendorDesk(engine);
        QVERIFY2(buyerDesk.isReady(), qPrintable(buyerDesk.error()));
        QVERIFY2(vendorDesk.isReady(), qPrintable(vendorDesk.error()));
        Database& buyerDb = buyerDesk.open();
        Database& vendorDb = vendorDesk.open();
        const Organization buyer = addBuyer(buyerDb);
        TenderWorkflow buyerWorkflow(buyerDb, QStringLiteral("采购专员"));
        const QString ref = publishedWith(buyerWorkflow, buyer.id, CipherSuite::National);
        const QString package = path("import.zip");
        writePackage(buyerDb, ref, package);

        const TenderPackageImport first =
            importTenderPackage(vendorDb, package, QStringLiteral("投标人"), duringTendering);
        QCOMPARE(first.outcome, TenderPackageImport::Outcome::Added);
        QCOMPARE(first.reference, ref);
        QCOMPARE(first.releaseNumber, 1);
        QCOMPARE(first.suite, CipherSuite::National);

        const Tender original = buyerWorkflow.record(ref).tender;
        const Tender imported = TenderReader(vendorDb.connection()).byReference(ref).value();
        QCOMPARE(imported.origin, TenderOrigin::Imported);
        QCOMPARE(imported.status, TenderStatus::Published);
        QCOMPARE(imported.title, original.title);
        QCOMPARE(imported.bidDeadline, original.bidDeadline);
        QCOMPARE(imported.lots.size(), original.lots.size());
        QCOMPARE(imported.lots.constFirst().budget, original.lots.constFirst().budget);
        QCOMPARE(imported.bidDocuments, original.bidDocuments);
        QVERIFY(!imported.bidDocuments.isEmpty());
        QCOMPARE(imported.hardwareRules.excludedModels, original.hardwareRules.excludedModels);
        QCOMPARE(imported.buyerName, buyer.name);
        QCOMPARE(count(vendorDb, QStringLiteral("SELECT count(*) FROM organizations WHERE uscc = "
                                                "'%1'")
                                     .arg(buyer.uscc)),
                 1);
        const StoredSealingKey key =
            SealingKeyRepository(vendorDb.connection()).forTender(imported.id).value();
        const StoredSealingKey buyerKey = buyerWorkflow.record(ref).sealingKey.value();
        QCOMPARE(key.fingerprint, buyerKey.fingerprint);
        QCOMPARE(key.publicKeyPem, buyerKey.publicKeyPem);
        QCOMPARE(key.algorithm, QStringLiteral("SM2"));
        QVERIFY(key.encryptedPrivateKeyPem.isEmpty());
        QCOMPARE(auditActions(vendorDb), QStringList{QStringLiteral("tender.imported")});
        // The vendor reads the tender document its buyer printed, from the package, in either
        // language; a tender of the desk's own has none stored.
        QCOMPARE(
            importedTenderDocument(vendorDb.connection(), imported.id, DocumentLanguage::Chinese),
            dummyPdfs().chinese);
        QCOMPARE(
            importedTenderDocument(vendorDb.connection(), imported.id, DocumentLanguage::English),
            dummyPdfs().english);
        QVERIFY(importedTenderDocument(buyerDb.connection(), original.id, DocumentLanguage::Chinese)
                    .isEmpty());

        // The same package again changes nothing.
        const TenderPackageImport again =
            importTenderPackage(vendorDb, package, QStringLiteral("投标人"), duringTendering);
        QCOMPARE(again.outcome, TenderPackageImport::Outcome::Unchanged);
        QCOMPARE(count(vendorDb, QStringLiteral("SELECT count(*) FROM tenders")), 1);
        QCOMPARE(auditActions(vendorDb).size(), 1);

        // Only its buyer changes it.
        TenderWorkflow vendorWorkflow(vendorDb, QStringLiteral("投标人"));
        const QList<std::pair<const char*, std::function<void()>>> steps = {
            {"amend",
             [&] {
                 Tender edited = imported;
                 edited.description += QStringLiteral("（改）");
                 vendorWorkflow.amend(ref, edited, QStringLiteral("原因"), duringTendering);
             }},
            {"answer",
             [&] {
                 vendorWorkflow.answer(ref, 1, QStringLiteral("答"), duringTendering);
             }},
            {"publish",
             [&] {
                 vendorWorkflow.publish(ref, passphrase, duringTendering);
             }},
            {"cancel",
             [&] {
                 vendorWorkflow.transition(ref, TenderStatus::Cancelled, QStringLiteral("原因"),
                                           duringTendering);
             }},
        };
        for (const auto& [name, step] : steps) {
            const QString refusal = messageOf(step);
            QVERIFY2(refusal.contains(QLatin1String("belongs to another buyer")),
                     qPrintable(QLatin1String(name) + QLatin1String(": ") + refusal));
        }
        QCOMPARE(TenderReader(vendorDb.connection()).byReference(ref)->description,
                 imported.description);
        QCOMPARE(auditActions(vendorDb).size(), 1);
    }

    void aNewerReleaseUpdatesAndAnOlderOneIsRefused_data() { addEngineRows(); }
    void aNewerReleaseUpdatesAndAnOlderOneIsRefused()
    {
        QFETCH(Engine, engine);
        TestDatabase buyerDesk(engine);
        TestDatabase vendorDesk(engine);
        QVERIFY2(buyerDesk.isReady(), qPrintable(buyerDesk.error()));
        QVERIFY2(vendorDesk.isReady(), qPrintable(vendorDesk.error()));
        Database& buyerDb = buyerDesk.open();
        Database& vendorDb = vendorDesk.open();
        TenderWorkflow workflow(buyerDb, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(buyerDb).id);
        const QString release1 = path("release1.zip");
        writePackage(buyerDb, ref, release1);
        importTenderPackage(vendorDb, release1, QStringLiteral("投标人"), duringTendering);

        Tender edited = workflow.record(ref).tender;
        edited.description += QStringLiteral("（含知识库迁移）");
        edited.bidDocuments.removeLast();
        workflow.amend(ref, edited, QStringLiteral("补充项目范围"), duringTendering);
        const QString release2 = path("release2.zip");
        writePackage(buyerDb, ref, release2);

        const TenderPackageImport updated =
            importTenderPackage(vendorDb, release2, QStringLiteral("投标人"), duringTendering);
        QCOMPARE(updated.outcome, TenderPackageImport::Outcome::Updated);
        QCOMPARE(updated.releaseNumber, 2);
        const Tender stored = TenderReader(vendorDb.connection()).byReference(ref).value();
        QCOMPARE(stored.description, edited.description);
        QCOMPARE(stored.bidDocuments, edited.bidDocuments);
        QCOMPARE(stored.origin, TenderOrigin::Imported);
        QCOMPARE(importedReleaseNumber(vendorDb, ref), 2);
        // The amendment's documents replace the first release's: one of each language.
        QCOMPARE(count(vendorDb, QStringLiteral("SELECT count(*) FROM documents WHERE "
                                                "tender_id = %1")
                                     .arg(stored.id)),
                 2);

        const QString refusal = messageOf([&] {
            importTenderPackage(vendorDb, release1, QStringLiteral("投标人"), duringTendering);
        });
        QVERIFY2(refusal.contains(QLatin1String("older release 1")), qPrintable(refusal));
        QCOMPARE(TenderReader(vendorDb.connection()).byReference(ref)->description,
                 edited.description);
        QCOMPARE(importedReleaseNumber(vendorDb, ref), 2);
    }

    void aChangedFileIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("tender details") << QStringLiteral("tender-details.json");
        QTest::newRow("OCDS release") << QStringLiteral("tender.json");
        QTest::newRow("sealing key") << QStringLiteral("sealing-key.pem");
        QTest::newRow("document") << QStringLiteral("tender-zh_CN.pdf");
    }
    void aChangedFileIsRefusedAndNothingStored()
    {
        QFETCH(QString, entry);
        TestDatabase buyerDesk(Engine::Sqlite);
        TestDatabase vendorDesk(Engine::Sqlite);
        Database& buyerDb = buyerDesk.open();
        Database& vendorDb = vendorDesk.open();
        TenderWorkflow workflow(buyerDb, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(buyerDb).id);
        QList<ArchiveEntry> entries = packageEntries(buyerDb, ref);
        bool changed = false;
        for (ArchiveEntry& e : entries)
            if (e.path == entry) {
                e.content.replace(e.content.size() / 2, 1, "#");
                changed = true;
            }
        QVERIFY(changed);
        const QString package = path("tampered.zip");
        writeZip(package, entries);

        const QString refusal = messageOf([&] {
            importTenderPackage(vendorDb, package, QStringLiteral("投标人"), duringTendering);
        });
        QVERIFY2(refusal.contains(entry) && refusal.contains(QLatin1String("SHA-256")),
                 qPrintable(refusal));
        for (const char* table : {"tenders", "organizations", "tender_sealing_keys", "audit_log"})
            QCOMPARE(count(vendorDb,
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     0);
    }

    void anUnlistedFileIsRefused()
    {
        TestDatabase buyerDesk(Engine::Sqlite);
        TestDatabase vendorDesk(Engine::Sqlite);
        Database& buyerDb = buyerDesk.open();
        Database& vendorDb = vendorDesk.open();
        TenderWorkflow workflow(buyerDb, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(buyerDb).id);
        QList<ArchiveEntry> entries = packageEntries(buyerDb, ref);
        entries.append({QStringLiteral("extra.exe"), QByteArrayLiteral("MZ")});
        const QString package = path("extra.zip");
        writeZip(package, entries);
        const QString refusal = messageOf([&] {
            importTenderPackage(vendorDb, package, QStringLiteral("投标人"), duringTendering);
        });
        QVERIFY2(refusal.contains(QLatin1String("extra.exe")), qPrintable(refusal));
        QCOMPARE(count(vendorDb, QStringLiteral("SELECT count(*) FROM tenders")), 0);
    }

    void theBuyersOwnTenderIsNotImportedOverItself()
    {
        TestDatabase buyerDesk(Engine::Sqlite);
        Database& buyerDb = buyerDesk.open();
        TenderWorkflow workflow(buyerDb, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(buyerDb).id);
        const QString package = path("own.zip");
        writePackage(buyerDb, ref, package);
        const QStringList before = auditActions(buyerDb);
        const QString refusal = messageOf([&] {
            importTenderPackage(buyerDb, package, QStringLiteral("采购专员"), duringTendering);
        });
        QVERIFY2(refusal.contains(QLatin1String("drafted on this desk")), qPrintable(refusal));
        QCOMPARE(workflow.record(ref).tender.origin, TenderOrigin::Own);
        QCOMPARE(auditActions(buyerDb), before);
    }
};

QTEST_GUILESS_MAIN(TestTenderPackageImport)
#include "tst_tenderpackageimport.moc"
