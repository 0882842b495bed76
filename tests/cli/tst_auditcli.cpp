// `tenderdesk-cli audit verify` end to end: a log cut off after the last publishing step is
// reported, naming the first missing entry, and so is the head read off a printed document.
#include "clirunner.h"
#include "store/database.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Result = td::test::CliResult;

namespace {

QStringList linesOf(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Result run(const QStringList& arguments)
    {
        return cli(QStringList{QStringLiteral("-d"), m_db} + arguments);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void truncatedLogIsReported()
    {
        m_db = m_dir.filePath(QStringLiteral("audit.sqlite"));
        const QString tender = m_dir.filePath(QStringLiteral("tender.json"));
        QVERIFY(writeFile(tender, R"({"category": "knowledgeAssistant",
            "reference": "SGCC-AUDIT-0001", "title": "国家电网客服知识库大模型采购项目",
            "buyer": {"name": "国家电网有限公司", "shortName": "国家电网",
                      "uscc": "91110108551385082Q", "kind": "centralSoe", "city": "北京"}})"));
        const QString edit = m_dir.filePath(QStringLiteral("edit.json"));
        QVERIFY(writeFile(edit, R"({"title": "国家电网客服知识库大模型采购项目（更正）"})"));
        const QString secret = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(secret, "开标口令 correct horse\n"));
        const QString ref = QStringLiteral("SGCC-AUDIT-0001");
        Result r = run(
            {QStringLiteral("tender"), QStringLiteral("create"), QStringLiteral("--from"), tender});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("tender"), QStringLiteral("publish"), ref,
                 QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("tender"), QStringLiteral("amend"), ref, QStringLiteral("--from"),
                 edit, QStringLiteral("--reason"), QStringLiteral("更正标题")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Every anchor matches the log: 2 checked.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Every release has its audit entry: 2 checked.")),
                 qPrintable(r.out));

        // The amendment's release carries the head before its own entry.
        r = run(
            {QStringLiteral("tender"), QStringLiteral("releases"), ref, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject amendment =
            QJsonDocument::fromJson(r.out.toUtf8()).array().last().toObject();
        const QString releaseId = amendment.value(QLatin1String("id")).toString();
        QCOMPARE(releaseId, QStringLiteral("ocds-tdesk1-SGCC-AUDIT-0001-002"));
        const QJsonObject head = amendment.value(QLatin1String("tenderdesk"))
                                     .toObject()
                                     .value(QLatin1String("auditHead"))
                                     .toObject();
        const qint64 own = head.value(QLatin1String("seq")).toInteger() + 1;
        QVERIFY2(own >= 3, qPrintable(r.out)); // created, published, then the amendment
        QCOMPARE(head.value(QLatin1String("hash")).toString().size(), 64);

        // The head printed on the document's cover, as the auditor keeps it.
        r = run({QStringLiteral("tender"), QStringLiteral("document"), ref, QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("tender.pdf"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch printed =
            QRegularExpression(QStringLiteral("Audit head on its cover: (\\d+):([0-9a-f]{64})\\."))
                .match(r.out);
        QVERIFY2(printed.hasMatch(), qPrintable(r.out));
        const QString paper = printed.captured(1) + QLatin1Char(':') + printed.captured(2);
        QVERIFY(printed.captured(1).toLongLong() >= own);

        // Someone with the file cuts off the amendment's entry and whatever came after it.
        {
            Database db(DatabaseLocation::parse(m_db));
            test::dropChangeGuards(db, QStringLiteral("audit_log"));
            sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq >= ?"),
                     {own});
        }
        r = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        const QString truncated =
            QStringLiteral("Entry %1 is missing: the log was truncated after entry %2; ")
                .arg(own)
                .arg(own - 1);
        QStringList expected{
            truncated + QStringLiteral("the entry of release %1 comes right after entry %2, the "
                                       "newest entry when the release was published.")
                            .arg(releaseId)
                            .arg(own - 1),
            QStringLiteral("Release %1 has no audit entry: its entry %2 was cut off with the end "
                           "of the log.")
                .arg(releaseId)
                .arg(own),
            QStringLiteral("The audit log has been tampered with: 2 problems found.")};
        for (const QString& line : expected)
            QVERIFY2(linesOf(r.err).contains(line), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));

        // The head read off the paper names the same first missing entry.
        r = run(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), paper});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(truncated), qPrintable(r.err));
    }

    void badAnchorIsAUsageError()
    {
        m_db = m_dir.filePath(QStringLiteral("empty.sqlite"));
        Result r = run({QStringLiteral("audit"), QStringLiteral("verify"),
                        QStringLiteral("--anchor"), QStringLiteral("3:62901f1a")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("'3:62901f1a' is not an anchor of the audit log.")),
                 qPrintable(r.err));
        // An empty log, and an anchor of it: entry 0 with the genesis hash.
        r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                 QStringLiteral("0:") + QString(64, QLatin1Char('0'))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Every anchor matches the log: 1 checked.")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
