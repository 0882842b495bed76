// `tenderdesk-cli evaluation report` on a tender evaluated for real through the evaluation desk:
// three bids sealed, received and opened (evaluationfixtures), one disqualified by the panel's
// override, one flagged abnormally low and accepted after its explanation, two evaluators'
// sheets, the award. The PDF in each language is read back with pdfinfo, pdffonts and pdftotext.
//
// The figures, by hand. Bids: 深度求索 1,800,000, 月之暗面 1,600,000, 稀宇 1,200,000 yuan, each on
// 16 Ascend 910B (domestic: 20% off the evaluation price). The panel fails 深度求索 on its budget
// (an override, with its justification). MOF 2026 with the ceiling ratio raised to 60%: 60% of
// lot 1's budget 2,100,000.00 is 1,260,000.00, and 稀宇's 1,200,000.00 is below it; the average
// (1.6 + 1.2) / 2 x 50% = 700,000 and half the second-lowest, 800,000, fire on nothing. The
// panel accepts 稀宇's explanation.
// Evaluation prices: 月之暗面 1,280,000.00; 稀宇 960,000.00, the benchmark. Price scores:
// 960/1280 x 30 = 22.50 and 30.00.
// Sheets (technical, accuracy, performance, security, service):
//   张明: 月之暗面 25.5, 12, 8, 8, 4 (57.5); 稀宇 20, 10, 6, 7, 3 (46)
//   李华: 月之暗面 22,   12, 8, 8, 4 (54);   稀宇 24, 10, 6, 7, 3 (50)
// Technical criterion: 月之暗面 (25.5 + 22) / 2 = 23.75. Technical points: 月之暗面 55.75,
// 稀宇 48.00. Totals: 月之暗面 22.50 + 55.75 = 78.25, 稀宇 30.00 + 48.00 = 78.00: 月之暗面 wins,
// and with no benchmark run behind its bid the loss-making flag says so.
#include "clirunner.h"
#include "evaluation/evaluationdesk.h"
#include "evaluationfixtures.h"
#include "testdatabase.h"
#include "testpdf.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QString overrideJustification = QStringLiteral("报价含可选运维服务，超出预算。");
const QString explanation =
    QStringLiteral("我方采用自有国产算力集群，硬件已摊销，报价可覆盖成本。");
const QString opinion = QStringLiteral("成本说明与采购合同相符，接受其报价。");

QList<SheetScore> scoresFor(qint64 bid, double technical, double accuracy, double performance,
                            double security, double service)
{
    return {{bid, QStringLiteral("technical"), technical, {}},
            {bid, QStringLiteral("benchmarkAccuracy"), accuracy, {}},
            {bid, QStringLiteral("benchmarkPerformance"), performance, {}},
            {bid, QStringLiteral("security"), security, {}},
            {bid, QStringLiteral("service"), service, {}}};
}

CliResult run(const QString& database, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("-d"), database} + arguments);
}

QString tool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace

class TestEvaluationReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDatabase m_db{Engine::Sqlite};
    QString m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.isReady(), qPrintable(m_db.error()));
        const Database& db = m_db.open();
        const OpenedTender t = threeOpenedBids(db, m_dir.path());
        m_reference = t.reference;
        const QString& ref = t.reference;
        const QDateTime later = openedAt().addSecs(3600);
        EvaluationDesk desk(db, QStringLiteral("采购专员"));
        scoring::EvaluationSettings settings;
        settings.mof.ceilingRatio = 0.60;
        desk.setSettings(ref, settings);
        desk.addEvaluator(ref, QStringLiteral("张明"), QStringLiteral("chair"));
        desk.addEvaluator(ref, QStringLiteral("李华"), QStringLiteral("member"));
        desk.overrideCompliance(ref, t.bidIds[0], QStringLiteral("aboveBudget"), false,
                                overrideJustification, later);
        desk.confirmCompliance(ref, later);
        desk.saveSheet(ref, QStringLiteral("张明"),
                       scoresFor(t.bidIds[1], 25.5, 12, 8, 8, 4) +
                           scoresFor(t.bidIds[2], 20, 10, 6, 7, 3),
                       true, later);
        desk.saveSheet(ref, QStringLiteral("李华"),
                       scoresFor(t.bidIds[1], 22, 12, 8, 8, 4) +
                           scoresFor(t.bidIds[2], 24, 10, 6, 7, 3),
                       true, later.addSecs(60));
        TenderEvaluation e = desk.score(ref, later.addSecs(120));
        QCOMPARE(e.result.pendingExplanations, QList<qint64>{t.bidIds[2]});
        const QString evidence = m_dir.filePath(QStringLiteral("成本说明.pdf"));
        QVERIFY(writeFile(evidence, minimalPdf("cost statement")));
        desk.recordExplanation(ref, t.bidIds[2], explanation, {evidence}, later.addSecs(180));
        desk.decideLowPrice(ref, t.bidIds[2], true, opinion, later.addSecs(240));
        e = desk.score(ref, later.addSecs(300));
        QCOMPARE(e.result.bid(t.bidIds[1])->rank, 1);
        QCOMPARE(e.result.bid(t.bidIds[1])->totalPoints, 78.25);
        QCOMPARE(e.result.bid(t.bidIds[2])->totalPoints, 78.0);
        desk.award(ref, t.bidIds[1], {}, later.addSecs(360));
        m_db.close();
    }

    void printsTheReport_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        const QStringList both{QStringLiteral("张明"),
                               QStringLiteral("李华"),
                               QStringLiteral("25.50"), // 张明's technical points for 月之暗面
                               QStringLiteral("23.75"),
                               QStringLiteral("78.25"),
                               QStringLiteral("78.00"),
                               QStringLiteral("¥960,000.00"),
                               overrideJustification,
                               explanation,
                               opinion,
                               QStringLiteral("成本说明.pdf")};
        QTest::newRow("zh_CN")
            << QStringLiteral("zh_CN")
            << both + QStringList{QStringLiteral("评标报告"),
                                  QStringLiteral("评标委员会主任"),
                                  QStringLiteral("符合性审查未通过：超出预算"),
                                  QStringLiteral("财政部2026：低于最高限价一定比例"),
                                  QStringLiteral("报价 ¥1,200,000.00 低于限值 ¥1,260,000.00"
                                                 "（最高限价的 60%）。"),
                                  QStringLiteral("接受：报价合理，投标有效"),
                                  QStringLiteral("中标人北京月之暗面科技有限公司"),
                                  QStringLiteral("无基准测试：该投标的部署没有基准测试记录，"
                                                 "无法计算服务成本。")};
        QTest::newRow("en")
            << QStringLiteral("en")
            << both +
                   QStringList{QStringLiteral("Evaluation report"),
                               QStringLiteral("Chair"),
                               QStringLiteral("Failed compliance: Above budget"),
                               QStringLiteral("MOF 2026: below a share of the price ceiling"),
                               QStringLiteral("The price ¥1,200,000.00 is below ¥1,260,000.00 "
                                              "(60% of the price ceiling)."),
                               QStringLiteral("Accepted: the price is explained, the bid stands"),
                               QStringLiteral("Winner 北京月之暗面科技有限公司"),
                               QStringLiteral("No benchmark: the bid's deployment has no "
                                              "benchmark run, so its cost-to-serve is unknown.")};
    }
    void printsTheReport()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        const CliResult r =
            run(m_db.location().sqlitePath,
                {QStringLiteral("evaluation"), QStringLiteral("report"), m_reference,
                 QStringLiteral("--out"), pdf, QStringLiteral("--lang"), lang});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Evaluation report of %1 written").arg(m_reference)),
                 qPrintable(r.out));

        if (const QString dir = qEnvironmentVariable("TENDERDESK_TEST_OUTPUT_DIR");
            !dir.isEmpty()) {
            QDir().mkpath(dir);
            QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("evaluation-cli-%1.pdf").arg(lang)));
        }
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QLatin1String("Pages:")), qPrintable(info));
        // Every font embedded: pdffonts' "emb" column, after its two header lines.
        const QStringList fonts =
            tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString& line : fonts.mid(2)) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type [encoding] emb sub uni object ID: emb is the fifth from the end.
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                     qPrintable(line));
        }

        // Tables read column by column in the plain text and row by row in the layout text:
        // a needle may be in either.
        const QString text =
            squeezed(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})) +
            QLatin1Char('|') +
            squeezed(tool(QStringLiteral("pdftotext"),
                          {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        for (const QString& needle : expected)
            QVERIFY2(text.contains(squeezed(needle)),
                     qPrintable(needle + QStringLiteral(" not in: ") + text.left(4000)));
    }

    void refusesBadCommandLines()
    {
        const QString db = m_db.location().sqlitePath;
        const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
        CliResult r =
            run(db, {QStringLiteral("evaluation"), QStringLiteral("report"), m_reference});
        QCOMPARE(r.exitCode, 2); // no --out
        r = run(db, {QStringLiteral("evaluation"), QStringLiteral("report"), m_reference,
                     QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--lang is zh_CN or en")), qPrintable(r.err));
        r = run(db, {QStringLiteral("evaluation"), QStringLiteral("report"),
                     QStringLiteral("NO-SUCH-TENDER"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestEvaluationReportCli)
#include "tst_evaluationreportcli.moc"
