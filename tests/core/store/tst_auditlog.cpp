// The hash chain of the audit log: what the chain alone catches (every column of every entry),
// what only an anchor kept outside the log catches (the newest entries cut off or rewritten),
// and the exact hash of a known entry, worked out by hand.
#include "domain/error.h"
#include "store/auditlog.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

const QString published = QStringLiteral("tender.published");

// "Entry 3 (tender.published) was changed after it was written.", as verify() says it.
QString changed(int seq, const QString& action = published)
{
    return QStringLiteral("Entry %1 (%2) was changed after it was written.").arg(seq).arg(action);
}

QString unlinked(int seq)
{
    return QStringLiteral("Entry %1 does not link to the entry before it: an entry was inserted, "
                          "deleted or changed there.")
        .arg(seq);
}

QString joined(const AuditReport& report)
{
    return report.problems.join(QLatin1Char('\n'));
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    // Entries 1 to 5, each the publication of tender N.
    void appendFive(Database& db)
    {
        AuditLog log(db.connection(), db.dialect());
        for (int i = 1; i <= 5; ++i)
            log.append(QStringLiteral("clerk"), published, QStringLiteral("tender"),
                       QString::number(i), QStringLiteral("{\"release\":%1}").arg(i));
    }

    // An anchor with the hash of entry `seq` as it is now.
    static AuditAnchor anchorAt(Database& db, qint64 seq)
    {
        const QString hash =
            sql::scalar(db.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"),
                        {seq})
                .toString();
        return {{seq, hash}, QStringLiteral("the test kept entry %1").arg(seq)};
    }

private Q_SLOTS:
    void intactChainVerifies_data() { test::addEngineRows(); }
    void intactChainVerifies()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        AuditLog log(db.connection(), db.dialect());
        QVERIFY(log.verify().intact());
        QCOMPARE(log.head(), (AuditHead{0, AuditLog::genesisHash()}));
        // The empty log's head anchors too: "entry 0" has the genesis hash.
        QVERIFY(log.verify({{{0, AuditLog::genesisHash()}, QStringLiteral("empty")}}).intact());
        appendFive(db);
        const AuditReport report = log.verify({anchorAt(db, 2), anchorAt(db, 5)});
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.entriesChecked, 5);
        QCOMPARE(report.lastSeq, 5);
        QCOMPARE(report.anchorsChecked, 2);
        QCOMPARE(log.head(), anchorAt(db, 5).head);
    }

    // The database itself refuses to change or delete an entry; only someone who drops its
    // triggers can, and the tests below do just that.
    void theLogIsAppendOnly_data() { test::addEngineRows(); }
    void theLogIsAppendOnly()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        appendFive(db);
        QVERIFY_THROWS_EXCEPTION(
            Error, sql::run(db.connection(), QStringLiteral("UPDATE audit_log SET actor = "
                                                            "'mallory' WHERE seq = 3")));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'clerk'"))
                     .toInt(),
                 5);
    }

    // Each column of entry 3 changed alone, as someone who bypassed the triggers would: the
    // chain names what broke, exactly.
    void everyColumnIsCovered_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("problems");
        for (Engine engine : {Engine::Sqlite, Engine::Postgresql}) {
            const char* name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
            // Renumbered to a free number: it now sorts last, after entry 5.
            QTest::addRow("%s: seq", name)
                << engine << "seq" << QVariant(6)
                << QStringList{QStringLiteral("Entry 4 follows entry 2: entries were deleted or "
                                              "inserted."),
                               unlinked(4), unlinked(6), changed(6)};
            QTest::addRow("%s: at", name)
                << engine << "at" << QVariant(QStringLiteral("2001-02-03T04:05:06.007Z"))
                << QStringList{changed(3)};
            QTest::addRow("%s: actor", name)
                << engine << "actor" << QVariant(QStringLiteral("mallory"))
                << QStringList{changed(3)};
            QTest::addRow("%s: action", name)
                << engine << "action" << QVariant(QStringLiteral("tender.draftSaved"))
                << QStringList{changed(3, QStringLiteral("tender.draftSaved"))};
            QTest::addRow("%s: entity", name)
                << engine << "entity" << QVariant(QStringLiteral("bid")) << QStringList{changed(3)};
            QTest::addRow("%s: entity_id", name)
                << engine << "entity_id" << QVariant(QStringLiteral("4"))
                << QStringList{changed(3)};
            QTest::addRow("%s: payload", name)
                << engine << "payload" << QVariant(QStringLiteral("{\"release\":33}"))
                << QStringList{changed(3)};
            // The genesis hash: as if entry 3 were the first.
            QTest::addRow("%s: prev_hash", name)
                << engine << "prev_hash" << QVariant(AuditLog::genesisHash())
                << QStringList{unlinked(3), changed(3)};
            QTest::addRow("%s: hash", name)
                << engine << "hash" << QVariant(QString(64, QLatin1Char('f')))
                << QStringList{changed(3), unlinked(4)};
        }
    }
    void everyColumnIsCovered()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QStringList, problems);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        appendFive(db);
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        const QSqlQuery update = sql::run(
            db.connection(),
            QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = 3").arg(column), {value});
        QCOMPARE(update.numRowsAffected(), 1);
        const AuditReport report = AuditLog(db.connection(), db.dialect()).verify();
        QCOMPARE(report.problems, problems);
        QCOMPARE(report.entriesChecked, 5);
    }

    void insertedOrDeletedEntriesBreakTheChain_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QStringList>("problems");
        for (Engine engine : {Engine::Sqlite, Engine::Postgresql}) {
            const char* name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
            QTest::addRow("%s: deleted entry", name)
                << engine << QStringLiteral("DELETE FROM audit_log WHERE seq = 2")
                << QStringList{QStringLiteral("Entry 3 follows entry 1: entries were deleted or "
                                              "inserted."),
                               unlinked(3)};
            // A copy of entry 5 appended as entry 6: its own hash no longer fits its number.
            QTest::addRow("%s: inserted entry", name)
                << engine
                << QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, "
                                  "entity_id, payload, prev_hash, hash) SELECT 6, at, actor, "
                                  "action, entity, entity_id, payload, hash, hash FROM audit_log "
                                  "WHERE seq = 5")
                << QStringList{changed(6)};
        }
    }
    void insertedOrDeletedEntriesBreakTheChain()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, tampering);
        QFETCH(QStringList, problems);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        appendFive(db);
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        sql::run(db.connection(), tampering);
        QCOMPARE(AuditLog(db.connection(), db.dialect()).verify().problems, problems);
    }

    // Cutting off the newest entries leaves a shorter chain that is whole: the chain alone
    // cannot tell. An anchor kept from before can, and names the first missing entry.
    void truncationNamesTheFirstMissingEntry_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<int>("keep"); // entries left
        QTest::addColumn<QString>("problem");
        for (Engine engine : {Engine::Sqlite, Engine::Postgresql}) {
            const char* name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
            QTest::addRow("%s: last two cut off", name)
                << engine << 3
                << QStringLiteral("Entry 4 is missing: the log was truncated after entry 3; the "
                                  "test kept entry 5.");
            QTest::addRow("%s: last one cut off", name)
                << engine << 4
                << QStringLiteral("Entry 5 is missing: the log was truncated after entry 4; the "
                                  "test kept entry 5.");
            QTest::addRow("%s: all cut off", name)
                << engine << 0
                << QStringLiteral("Entry 1 is missing: every entry of the log was deleted; the "
                                  "test kept entry 5.");
        }
    }
    void truncationNamesTheFirstMissingEntry()
    {
        QFETCH(Engine, engine);
        QFETCH(int, keep);
        QFETCH(QString, problem);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        appendFive(db);
        const AuditAnchor kept = anchorAt(db, 5);
        const AuditAnchor early = anchorAt(db, 1);
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {keep});
        AuditLog log(db.connection(), db.dialect());

        const AuditReport alone = log.verify();
        QVERIFY2(alone.intact(), qPrintable(joined(alone)));
        QCOMPARE(alone.lastSeq, keep);

        const AuditReport anchored = log.verify({kept});
        QCOMPARE(anchored.problems, QStringList{problem});
        // Whatever the order the anchors come in, the truncation is reported once.
        const AuditReport twice = log.verify({kept, early, kept});
        QCOMPARE(twice.problems.count(problem), 1);
    }

    // Entries rewritten from some point on with fresh hashes, through the log's own code: the
    // chain is whole again, and only the anchor's hash shows the rewrite.
    void rewrittenTailIsCaughtByAnAnchor_data() { test::addEngineRows(); }
    void rewrittenTailIsCaughtByAnAnchor()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        appendFive(db);
        const AuditAnchor kept = anchorAt(db, 5);
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 4"));
        AuditLog log(db.connection(), db.dialect());
        log.append(QStringLiteral("mallory"), published, QStringLiteral("tender"),
                   QStringLiteral("4"), QStringLiteral("{}"));
        log.append(QStringLiteral("mallory"), published, QStringLiteral("tender"),
                   QStringLiteral("5"), QStringLiteral("{}"));
        QVERIFY(log.verify().intact());
        const QString now = log.head().hash;
        QCOMPARE(log.verify({kept}).problems,
                 QStringList{QStringLiteral("Entry 5 does not match its anchor: the test kept "
                                            "entry 5, with the hash %1, but the entry has the "
                                            "hash %2. The log was rewritten at or before entry 5.")
                                 .arg(kept.head.hash, now)});
    }

    // A deleted entry that an anchor names is named as missing, besides the broken link.
    void anchoredEntryDeletedInTheMiddle()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        appendFive(db);
        const AuditAnchor kept = anchorAt(db, 3);
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        QCOMPARE(AuditLog(db.connection(), db.dialect()).verify({kept}).problems,
                 (QStringList{QStringLiteral("Entry 4 follows entry 2: entries were deleted or "
                                             "inserted."),
                              unlinked(4),
                              QStringLiteral("Entry 3 is missing: the test kept entry 3.")}));
    }

    // The hash of one entry, worked out outside the program from the definition: each field
    // as its UTF-8 byte count, a colon and its bytes, in the order seq, at (UTC, milliseconds),
    // actor, action, entity, entity id, payload, previous hash:
    //   f='1:724:2026-03-05T08:00:00.000Z12:采购专员16:tender.published6:tender'
    //   f="$f"'20:SGCC-2026-GAI-00004250:{"release":"ocds-tdesk1-SGCC-2026-GAI-000042-001"}'
    //   f="$f"'64:3f9a1c0e5b7d24681357acef02468ace13579bdf0246813579bdf02468ace135'
    //   printf '%s' "$f" | sha256sum
    // 采购专员 is four characters and twelve bytes: the count is of bytes.
    void knownEntryHasItsWorkedOutHash()
    {
        AuditEntry e;
        e.seq = 7;
        e.at = QDateTime(QDate(2026, 3, 5), QTime(16, 0), QTimeZone(8 * 3600)); // 08:00 UTC
        e.actor = QStringLiteral("采购专员");
        e.action = published;
        e.entity = QStringLiteral("tender");
        e.entityId = QStringLiteral("SGCC-2026-GAI-000042");
        e.payload = QStringLiteral("{\"release\":\"ocds-tdesk1-SGCC-2026-GAI-000042-001\"}");
        e.prevHash =
            QStringLiteral("3f9a1c0e5b7d24681357acef02468ace13579bdf0246813579bdf02468ace135");
        QCOMPARE(
            AuditLog::hashOf(e),
            QStringLiteral("e6007351427a13ab2b132c48f5b625ebf8bd29657b57b43ab4d676550dea5ef9"));
    }

    void hashCoversEveryField()
    {
        AuditEntry e;
        e.seq = 1;
        e.at = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        e.actor = QStringLiteral("a");
        e.action = QStringLiteral("b");
        e.entity = QStringLiteral("c");
        e.entityId = QStringLiteral("d");
        e.payload = QStringLiteral("e");
        e.prevHash = AuditLog::genesisHash();
        const QString base = AuditLog::hashOf(e);
        QCOMPARE(base.size(), 64);
        AuditEntry shifted = e;
        shifted.actor = QStringLiteral("ab"); // moving a character between fields changes it
        shifted.action = QString();
        QVERIFY(AuditLog::hashOf(shifted) != base);
        AuditEntry later = e;
        later.at = e.at.addMSecs(1);
        QVERIFY(AuditLog::hashOf(later) != base);
    }

    // An anchor as an auditor types it off the cover of a printed document.
    void anchorsAreReadAsPrinted_data()
    {
        const QString hash =
            QStringLiteral("3f9a1c0e5b7d24681357acef02468ace13579bdf0246813579bdf02468ace135");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("plain") << QStringLiteral("12:") + hash << true << qint64(12);
        QTest::newRow("as printed, in groups")
            << QStringLiteral("#12 : 3f9a 1c0e 5b7d 2468 1357 acef 0246 8ace 1357 9bdf 0246 8135 "
                              "79bd f024 68ac e135")
            << true << qint64(12);
        QTest::newRow("upper case") << QStringLiteral("0:") + hash.toUpper() << true << qint64(0);
        QTest::newRow("no colon") << QStringLiteral("12 ") + hash << false << qint64(0);
        QTest::newRow("short hash") << QStringLiteral("12:") + hash.left(63) << false << qint64(0);
        QTest::newRow("not hex") << QStringLiteral("12:") + hash.left(63) + QLatin1Char('g')
                                 << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-1:") + hash << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
    }
    void anchorsAreReadAsPrinted()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seq);
        const std::optional<AuditHead> head = AuditHead::parse(text);
        QCOMPARE(head.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(head->seq, seq);
        QCOMPARE(
            head->hash,
            QStringLiteral("3f9a1c0e5b7d24681357acef02468ace13579bdf0246813579bdf02468ace135"));
        QCOMPARE(AuditHead::parse(head->toText()), head);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
