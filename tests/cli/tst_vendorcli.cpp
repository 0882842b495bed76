// The vendor's desk end to end through tenderdesk-cli: a signing identity, the BID.json template
// of a buyer's tender package, the checks that refuse to seal, a sealed bid package and a
// withdrawal.
#include "clirunner.h"
#include "domain/uscc.h"
#include "exchange/ziparchive.h"
#include "testpdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

CliResult vendor(const QString& database, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("-d"), database} + arguments);
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QJsonObject money(const char* amount)
{
    return {{QStringLiteral("amount"), QLatin1String(amount)},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

} // namespace

class TestVendorCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void initTemplateSealAndWithdraw()
    {
        // The buyer publishes its tender and exports the package.
        const QString buyerDb = path("buyer.sqlite");
        const QString tenderJson = path("tender.json");
        QVERIFY(writeFile(tenderJson, tenderFile("SGCC-VENDOR-0001")));
        CliResult r =
            runTender(buyerDb, {QStringLiteral("create"), QStringLiteral("--from"), tenderJson});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.out.trimmed();
        const QString buyerSecret = path("buyer-passphrase");
        QVERIFY(writeFile(buyerSecret, "开标口令 correct horse\n"));
        r = runTender(buyerDb, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"),
                                buyerSecret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString package = path("tender-package.zip");
        r = runTender(buyerDb, {QStringLiteral("package"), ref, QStringLiteral("--out"), package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The vendor's desk: an identity, once.
        const QString db = path("vendor.sqlite");
        const QString secret = path("vendor-passphrase");
        QVERIFY(writeFile(secret, "投标口令 correct horse\n"));
        const QStringList init = {QStringLiteral("vendor"),
                                  QStringLiteral("init"),
                                  QStringLiteral("--organization"),
                                  QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                                  QStringLiteral("--uscc"),
                                  QStringLiteral("91330105MA2KXXXX0"),
                                  QStringLiteral("--passphrase-file"),
                                  secret};
        r = vendor(db, init);
        QCOMPARE(r.exitCode, 2); // 17 characters: not a unified social credit code
        QStringList valid = init;
        const QString uscc = init.at(5) + uscc::checkCharacter(init.at(5));
        valid[5] = uscc;
        r = vendor(db, valid + QStringList{QStringLiteral("--suite"), QStringLiteral("national")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = vendor(db, valid);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
        r = vendor(db, valid + QStringList{QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = vendor(db,
                   {QStringLiteral("vendor"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QLatin1String("suite")).toString(), QStringLiteral("international"));
        QCOMPARE(shown.value(QLatin1String("uscc")).toString(), uscc);

        // The template imports the tender and lists its required documents.
        r = vendor(db, {QStringLiteral("bid"), QStringLiteral("template"),
                        QStringLiteral("--tender-package"), package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("imported")), qPrintable(r.err));
        QJsonObject bid = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(bid.value(QLatin1String("tender")).toString(), ref);
        QJsonArray documents = bid.value(QLatin1String("documents")).toArray();
        QVERIFY(!documents.isEmpty());
        const QString bidFile = path("BID.json");
        QVERIFY(writeFile(bidFile, QJsonDocument(bid).toJson()));

        // As printed, the template is refused: no price, model, hardware or documents.
        const QString out = path("bid-package.zip");
        const QStringList seal = {QStringLiteral("bid"),
                                  QStringLiteral("seal"),
                                  QStringLiteral("--tender-package"),
                                  package,
                                  QStringLiteral("--from"),
                                  bidFile,
                                  QStringLiteral("--passphrase-file"),
                                  secret,
                                  QStringLiteral("--out"),
                                  out};
        r = vendor(db, seal);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("error: documents: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("error: hardware: ")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        // Filled in, it is sealed.
        QVERIFY(QDir().mkpath(path("docs")));
        for (qsizetype i = 0; i < documents.size(); ++i) {
            QJsonObject d = documents.at(i).toObject();
            const QString name = QStringLiteral("文件%1.pdf").arg(i + 1);
            QVERIFY(writeFile(path("docs") + QLatin1Char('/') + name,
                              test::minimalPdf("bid document " + QByteArray::number(i))));
            d.insert(QStringLiteral("path"), name);
            documents[i] = d;
        }
        bid.insert(QStringLiteral("documents"), documents);
        bid.insert(QStringLiteral("totalPrice"), money("1000.00"));
        bid.insert(QStringLiteral("breakdown"),
                   QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("licences")},
                                          {QStringLiteral("label"), QStringLiteral("授权")},
                                          {QStringLiteral("amount"), money("1000.00")}}});
        QJsonObject model = bid.value(QLatin1String("model")).toObject();
        model.insert(QStringLiteral("family"), QStringLiteral("DeepSeek-V3"));
        bid.insert(QStringLiteral("model"), model);
        bid.insert(QStringLiteral("hardware"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("accelerator"), QStringLiteral("Huawei Ascend 910B")},
                       {QStringLiteral("count"), 8}}});
        QVERIFY(writeFile(bidFile, QJsonDocument(bid).toJson()));
        r = vendor(db, seal + QStringList{QStringLiteral("--documents"), path("docs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString digest = sha256Of(out);
        QVERIFY2(r.out.contains(QStringLiteral("Package SHA-256: ") + digest), qPrintable(r.out));
        QStringList names;
        for (const ArchiveEntry& e : readZip(out))
            names.append(e.path);
        QVERIFY2(names.contains(QStringLiteral("manifest.json")) &&
                     names.contains(QStringLiteral("signature.p7s")) &&
                     names.contains(QStringLiteral("payload.cms")) &&
                     names.contains(QStringLiteral("payload.bin")),
                 qPrintable(names.join(QLatin1Char(' '))));

        // A wrong passphrase seals nothing.
        const QString wrong = path("wrong-passphrase");
        QVERIFY(writeFile(wrong, "not the passphrase\n"));
        QStringList wrongSeal = seal;
        wrongSeal[7] = wrong;
        wrongSeal[9] = path("other.zip");
        r = vendor(db, wrongSeal + QStringList{QStringLiteral("--documents"), path("docs")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("passphrase")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("other.zip")));

        const QString notice = path("withdrawal.zip");
        r = vendor(db,
                   {QStringLiteral("bid"), QStringLiteral("withdraw"),
                    QStringLiteral("--tender-package"), package,
                    QStringLiteral("--passphrase-file"), secret, QStringLiteral("--out"), notice});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(sha256Of(notice)), qPrintable(r.out));
        QCOMPARE(readZip(notice).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVendorCli)
#include "tst_vendorcli.moc"
