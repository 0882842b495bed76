// The buyer's side end to end through tenderdesk-cli: three vendors seal bids for a published
// tender, the buyer receives them (receipts checked with the openssl command line), refuses a
// late one, opens them, lists them before and after, and prints the minutes, which pdftotext
// reads back with every bidder in them.
#include "clirunner.h"
#include "domain/uscc.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

CliResult run(const QString& database, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("-d"), database} + arguments);
}

QJsonObject money(const QString& amount)
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

bool writePdf(const QString& path, const QString& text)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 400), text);
    return painter.end();
}

// Moves the tender's times in the buyer's database, as the clock would: `publishedAgo` seconds
// ago published, the bid deadline and the opening `deadlineIn` seconds from now.
void moveTimes(const QString& database, const QString& reference, qint64 deadlineIn)
{
    Database db(DatabaseLocation::resolve(database));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sql::run(db.connection(),
             QStringLiteral("UPDATE tenders SET published_at = ?, clarification_deadline = ?, "
                            "bid_deadline = ?, opening_at = ? WHERE reference = ?"),
             {now.addDays(-20).toString(Qt::ISODate), now.addDays(-10).toString(Qt::ISODate),
              now.addSecs(deadlineIn).toString(Qt::ISODate),
              now.addSecs(deadlineIn).toString(Qt::ISODate), reference});
}

const char* const vendors[][2] = {{"杭州深度求索人工智能基础技术研究有限公司", "91330105MA2KXXXX0"},
                                  {"北京月之暗面科技有限公司", "91110108MA01KX8Y5"},
                                  {"上海稀宇科技有限公司", "91310104MA1FR2K07"}};

} // namespace

class TestBidCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Vendor `i` makes its identity and seals a bid of `price` yuan from the tender package.
    QString sealBid(int i, const QString& package, const QString& price)
    {
        const QString db = path(QStringLiteral("vendor%1.sqlite").arg(i));
        const QString secret = path(QStringLiteral("vendor%1-passphrase").arg(i));
        if (!writeFile(secret, "投标口令 correct horse\n"))
            return {};
        const QString first17 = QString::fromUtf8(vendors[i][1]);
        CliResult r = run(db, {QStringLiteral("vendor"), QStringLiteral("init"),
                               QStringLiteral("--organization"), QString::fromUtf8(vendors[i][0]),
                               QStringLiteral("--uscc"), first17 + uscc::checkCharacter(first17),
                               QStringLiteral("--passphrase-file"), secret});
        if (r.exitCode != 0)
            qWarning() << r.err;
        r = run(db, {QStringLiteral("bid"), QStringLiteral("template"),
                     QStringLiteral("--tender-package"), package});
        QJsonObject bid = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString docs = path(QStringLiteral("docs%1").arg(i));
        QDir().mkpath(docs);
        QJsonArray documents = bid.value(QLatin1String("documents")).toArray();
        for (qsizetype d = 0; d < documents.size(); ++d) {
            QJsonObject document = documents.at(d).toObject();
            const QString name = QStringLiteral("doc%1.pdf").arg(d);
            writePdf(docs + QLatin1Char('/') + name,
                     QStringLiteral("Vendor %1 document %2").arg(i).arg(d));
            document.insert(QStringLiteral("path"), name);
            documents[d] = document;
        }
        bid.insert(QStringLiteral("documents"), documents);
        bid.insert(QStringLiteral("totalPrice"), money(price));
        bid.insert(QStringLiteral("breakdown"),
                   QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("licences")},
                                          {QStringLiteral("label"), QStringLiteral("授权")},
                                          {QStringLiteral("amount"), money(price)}}});
        QJsonObject model = bid.value(QLatin1String("model")).toObject();
        model.insert(QStringLiteral("family"), QStringLiteral("DeepSeek-V3"));
        bid.insert(QStringLiteral("model"), model);
        bid.insert(QStringLiteral("hardware"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("accelerator"), QStringLiteral("Huawei Ascend 910B")},
                       {QStringLiteral("count"), 8}}});
        const QString bidFile = path(QStringLiteral("BID%1.json").arg(i));
        writeFile(bidFile, QJsonDocument(bid).toJson());
        const QString out = path(QStringLiteral("bid%1.zip").arg(i));
        r = run(db,
                {QStringLiteral("bid"), QStringLiteral("seal"), QStringLiteral("--tender-package"),
                 package, QStringLiteral("--from"), bidFile, QStringLiteral("--documents"), docs,
                 QStringLiteral("--passphrase-file"), secret, QStringLiteral("--out"), out});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void receiveOpenListAndMinutes()
    {
        const QString buyerDb = path(QStringLiteral("buyer.sqlite"));
        QVERIFY(writeFile(path(QStringLiteral("tender.json")), tenderFile("SGCC-BIDS-0001")));
        CliResult r = runTender(buyerDb, {QStringLiteral("create"), QStringLiteral("--from"),
                                          path(QStringLiteral("tender.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.out.trimmed();
        const QString secret = path(QStringLiteral("buyer-passphrase"));
        QVERIFY(writeFile(secret, "开标口令 correct horse\n"));
        r = runTender(
            buyerDb, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString package = path(QStringLiteral("tender-package.zip"));
        r = runTender(buyerDb, {QStringLiteral("package"), ref, QStringLiteral("--out"), package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Tendering since 20 days, the deadline in an hour.
        moveTimes(buyerDb, ref, 3600);

        const QStringList prices = {QStringLiteral("980000.00"), QStringLiteral("1010000.00"),
                                    QStringLiteral("1050000.00")};
        QStringList packages;
        for (int i = 0; i < 3; ++i) {
            packages.append(sealBid(i, package, prices.at(i)));
            QVERIFY2(QFile::exists(packages.last()), qPrintable(packages.last()));
            r = run(buyerDb, {QStringLiteral("bid"), QStringLiteral("receive"), packages.last()});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QString::fromUtf8(vendors[i][0])), qPrintable(r.out));
        }
        // The receipt checks with openssl alone, with the receipt key the JSON carries.
        const QString receipt = path(QStringLiteral("bid0.receipt.json"));
        QFile receiptFile(receipt);
        QVERIFY(receiptFile.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(receiptFile.readAll()).object();
        const QString keyPem = path(QStringLiteral("receipt-key.pem"));
        QVERIFY(writeFile(keyPem, json.value(QLatin1String("receiptKey"))
                                      .toObject()
                                      .value(QLatin1String("publicKeyPem"))
                                      .toString()
                                      .toUtf8()));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkeyutl"), QStringLiteral("-verify"),
                       QStringLiteral("-pubin"), QStringLiteral("-inkey"), keyPem,
                       QStringLiteral("-rawin"), QStringLiteral("-digest"),
                       QStringLiteral("sha256"), QStringLiteral("-in"), receipt,
                       QStringLiteral("-sigfile"), path(QStringLiteral("bid0.receipt.sig"))});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        // The same package twice: refused, exit 1.
        r = run(buyerDb, {QStringLiteral("bid"), QStringLiteral("receive"), packages.first()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("(duplicate)")), qPrintable(r.err));

        // Before the opening the list shows no prices.
        r = run(buyerDb, {QStringLiteral("bids"), QStringLiteral("list"), ref});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("sealed")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("980,000")) &&
                     !r.out.contains(QLatin1String("980000")),
                 qPrintable(r.out));

        // Nor can the documents be searched yet: they are still sealed.
        r = run(buyerDb,
                {QStringLiteral("bids"), QStringLiteral("search"), ref, QStringLiteral("Vendor")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("opened yet")), qPrintable(r.out));

        // The deadline passes: a fourth bid is late, and the bids open.
        const QString late = sealBid(0, package, QStringLiteral("970000.00"));
        moveTimes(buyerDb, ref, -60);
        r = run(buyerDb, {QStringLiteral("bid"), QStringLiteral("receive"), late});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("(late)")), qPrintable(r.err));
        const QString wrong = path(QStringLiteral("wrong-passphrase"));
        QVERIFY(writeFile(wrong, "not the passphrase\n"));
        r = runTender(buyerDb,
                      {QStringLiteral("open"), ref, QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(r.exitCode, 1);
        r = runTender(buyerDb,
                      {QStringLiteral("open"), ref, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 valid bid(s), 0 failed")), qPrintable(r.out));

        r = run(buyerDb,
                {QStringLiteral("bids"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 3);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject entry = listed.at(i).toObject();
            QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("opened"));
            const QJsonObject bid = entry.value(QLatin1String("bid")).toObject();
            QCOMPARE(bid.value(QLatin1String("totalPrice"))
                         .toObject()
                         .value(QLatin1String("amount"))
                         .toString(),
                     prices.at(i));
            QVERIFY(bid.value(QLatin1String("documents")).toInt() > 0);
            QCOMPARE(bid.value(QLatin1String("hardware")).toArray().size(), 1);
        }

        // The documents' text was extracted at the opening and is searchable: each of vendor 1's
        // documents says so on its first page, and nobody else's does.
        r = run(buyerDb, {QStringLiteral("bids"), QStringLiteral("search"), ref,
                          QStringLiteral("vendor 1 DOCUMENT"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), listed.at(1)
                                  .toObject()
                                  .value(QLatin1String("bid"))
                                  .toObject()
                                  .value(QLatin1String("documents"))
                                  .toInt());
        for (const QJsonValue& hit : hits) {
            QCOMPARE(hit.toObject().value(QLatin1String("vendor")).toString(),
                     QString::fromUtf8(vendors[1][0]));
            QCOMPARE(hit.toObject().value(QLatin1String("page")).toInt(), 1);
            QCOMPARE(hit.toObject().value(QLatin1String("field")).toString(),
                     QStringLiteral("text"));
            QVERIFY2(hit.toObject()
                         .value(QLatin1String("snippet"))
                         .toString()
                         .contains(QLatin1String("Vendor 1 document")),
                     qPrintable(r.out));
        }
        r = run(buyerDb, {QStringLiteral("bids"), QStringLiteral("search"), ref,
                          QStringLiteral("no such words")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("No document of the 3 opened bids mentions")),
                 qPrintable(r.out));

        const QString minutes = path(QStringLiteral("minutes.pdf"));
        r = runTender(buyerDb, {QStringLiteral("minutes"), ref, QStringLiteral("--out"), minutes,
                                QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {minutes, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .simplified()
                                 .remove(QLatin1Char(' '));
        QVERIFY2(text.contains(QLatin1String("Minutesofthebidopening")), qPrintable(text));
        for (const auto& v : vendors) {
            const QString first17 = QString::fromUtf8(v[1]);
            QVERIFY2(text.contains(first17 + uscc::checkCharacter(first17)), qPrintable(text));
        }
        QVERIFY2(text.contains(QLatin1String("late")), qPrintable(text));
    }
};

QTEST_MAIN(TestBidCli)
#include "tst_bidcli.moc"
