// The evaluation through the real tenderdesk-cli, on a tender whose three bids were sealed,
// received and opened for real: the panel, a refused override, the compliance confirmation,
// sheets from the template, scores hidden until every sheet is in, the ranking worked out by
// hand, the award with its loss-making flag, and rescore --all.
#include "clirunner.h"
#include "evaluationfixtures.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

CliResult run(const QString& database, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("-d"), database} + arguments);
}

// The template sheet of `evaluator` with the same points for every bid on each criterion.
QByteArray filledSheet(const QByteArray& templateJson, const QHash<QString, double>& points)
{
    QJsonObject sheet = QJsonDocument::fromJson(templateJson).object();
    QJsonArray scores = sheet.value(QStringLiteral("scores")).toArray();
    for (QJsonValueRef s : scores) {
        QJsonObject o = s.toObject();
        o.insert(QStringLiteral("points"),
                 points.value(o.value(QStringLiteral("criterion")).toString()));
        s = o;
    }
    sheet.insert(QStringLiteral("scores"), scores);
    return QJsonDocument(sheet).toJson();
}

QJsonObject bidIn(const QJsonObject& evaluation, qint64 bidId)
{
    for (const QJsonValue& b : evaluation.value(QStringLiteral("bids")).toArray())
        if (b.toObject().value(QStringLiteral("bid")).toInteger() == bidId)
            return b.toObject();
    return {};
}

} // namespace

class TestEvaluateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluatesScoresAndAwards()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const OpenedTender t = threeOpenedBids(testDb.open(), dir.path());
        testDb.close();
        const QString db = testDb.location().sqlitePath;
        const QString ref = t.reference;

        QCOMPARE(run(db, {QStringLiteral("panel"), ref, QStringLiteral("--add"),
                          QStringLiteral("张明"), QStringLiteral("--chair")})
                     .exitCode,
                 0);
        QCOMPARE(
            run(db, {QStringLiteral("panel"), ref, QStringLiteral("--add"), QStringLiteral("李华")})
                .exitCode,
            0);

        // An override without a written justification is refused.
        const CliResult refused =
            run(db, {QStringLiteral("compliance"), ref, QStringLiteral("--bid"),
                     QString::number(t.bidIds[0]), QStringLiteral("--check"),
                     QStringLiteral("aboveBudget"), QStringLiteral("--fail")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("justification")), qPrintable(refused.err));
        QCOMPARE(run(db, {QStringLiteral("compliance"), ref, QStringLiteral("--confirm")}).exitCode,
                 0);

        // Each evaluator fills the template: 张明 gives technical 20, accuracy 10, performance
        // 5, security 5, service 3 (43) to every bid; 李华 22, 11, 6, 6, 4 (49).
        const CliResult tmpl = run(db, {QStringLiteral("score"), ref, QStringLiteral("--evaluator"),
                                        QStringLiteral("张明"), QStringLiteral("--template")});
        QCOMPARE(tmpl.exitCode, 0);
        // Three valid bids x five scored criteria.
        QCOMPARE(QJsonDocument::fromJson(tmpl.out.toUtf8())
                     .object()
                     .value(QStringLiteral("scores"))
                     .toArray()
                     .size(),
                 15);
        const QString sheetA = dir.filePath(QStringLiteral("a.json"));
        const QString sheetB = dir.filePath(QStringLiteral("b.json"));
        writeFile(sheetA,
                  filledSheet(tmpl.out.toUtf8(), {{QStringLiteral("technical"), 20},
                                                  {QStringLiteral("benchmarkAccuracy"), 10},
                                                  {QStringLiteral("benchmarkPerformance"), 5},
                                                  {QStringLiteral("security"), 5},
                                                  {QStringLiteral("service"), 3}}));
        QByteArray b = filledSheet(tmpl.out.toUtf8(), {{QStringLiteral("technical"), 22},
                                                       {QStringLiteral("benchmarkAccuracy"), 11},
                                                       {QStringLiteral("benchmarkPerformance"), 6},
                                                       {QStringLiteral("security"), 6},
                                                       {QStringLiteral("service"), 4}});
        b.replace("\u5f20\u660e", "\u674e\u534e"); // the sheet names its evaluator: 李华
        writeFile(sheetB, b);
        QCOMPARE(run(db, {QStringLiteral("score"), ref, QStringLiteral("--evaluator"),
                          QStringLiteral("张明"), QStringLiteral("--from"), sheetA})
                     .exitCode,
                 0);

        // One sheet of two: the scores stay hidden, in the text and in the JSON.
        const CliResult half = run(db, {QStringLiteral("evaluate"), ref});
        QCOMPARE(half.exitCode, 0);
        QVERIFY2(half.out.contains(QStringLiteral("1 of 2 sheets submitted")),
                 qPrintable(half.out));
        QVERIFY(half.out.contains(QStringLiteral("hidden")));
        // His 10 points of accuracy and his 43 in all show nowhere (the price scores, 20.00,
        // 22.50 and 30.00, are computed, not scored, and show).
        QVERIFY(!half.out.contains(QStringLiteral("10.00")));
        QVERIFY(!half.out.contains(QStringLiteral("43.00")));
        QVERIFY(half.out.contains(QStringLiteral("22.50")));
        const QJsonObject hidden =
            QJsonDocument::fromJson(
                run(db, {QStringLiteral("evaluate"), ref, QStringLiteral("--json")}).out.toUtf8())
                .object();
        QCOMPARE(hidden.value(QStringLiteral("scoresVisible")).toBool(), false);
        QVERIFY(!bidIn(hidden, t.bidIds[0]).contains(QStringLiteral("criteria")));
        QVERIFY(!bidIn(hidden, t.bidIds[0]).contains(QStringLiteral("total")));
        // A submitted sheet is locked.
        const CliResult again =
            run(db, {QStringLiteral("score"), ref, QStringLiteral("--evaluator"),
                     QStringLiteral("张明"), QStringLiteral("--from"), sheetA});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("locked")));

        QCOMPARE(run(db, {QStringLiteral("score"), ref, QStringLiteral("--evaluator"),
                          QStringLiteral("李华"), QStringLiteral("--from"), sheetB})
                     .exitCode,
                 0);
        // Every bid declares 16 Ascend 910B: domestic, 20% off. Evaluation prices 1,440,000,
        // 1,280,000, 960,000 (the benchmark): price scores 20, 22.5, 30. Technical (43 + 49) / 2
        // = 46 for each. Totals 66, 68.5, 76: the 1,200,000 bid first.
        const QJsonObject full =
            QJsonDocument::fromJson(
                run(db, {QStringLiteral("evaluate"), ref, QStringLiteral("--json")}).out.toUtf8())
                .object();
        QCOMPARE(full.value(QStringLiteral("scoresVisible")).toBool(), true);
        QCOMPARE(bidIn(full, t.bidIds[0]).value(QStringLiteral("total")).toDouble(), 66.0);
        QCOMPARE(bidIn(full, t.bidIds[1]).value(QStringLiteral("total")).toDouble(), 68.5);
        QCOMPARE(bidIn(full, t.bidIds[2]).value(QStringLiteral("total")).toDouble(), 76.0);
        QCOMPARE(bidIn(full, t.bidIds[2]).value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(bidIn(full, t.bidIds[0])
                     .value(QStringLiteral("criteria"))
                     .toObject()
                     .value(QStringLiteral("technical"))
                     .toDouble(),
                 21.0);
        QVERIFY(full.value(QStringLiteral("awardBlockers")).toArray().isEmpty());

        // How a number was computed: the price score of the first bid.
        const CliResult why = run(db, {QStringLiteral("evaluate"), ref, QStringLiteral("--bid"),
                                       QString::number(t.bidIds[0])});
        QCOMPARE(why.exitCode, 0);
        QVERIFY2(why.out.contains(QStringLiteral("E_min")), qPrintable(why.out));

        const CliResult award = run(db, {QStringLiteral("award"), ref, QStringLiteral("--bid"),
                                         QString::number(t.bidIds[2])});
        QCOMPARE(award.exitCode, 0);
        QVERIFY2(award.out.contains(QStringLiteral("no benchmark yet")), qPrintable(award.out));

        const CliResult rescore = run(db, {QStringLiteral("rescore"), QStringLiteral("--all")});
        QCOMPARE(rescore.exitCode, 0);
        QVERIFY2(rescore.out.contains(QStringLiteral("Tenders rescored: 1 ")),
                 qPrintable(rescore.out));
        // Nothing had changed since the award's own scoring.
        QVERIFY(rescore.out.contains(QStringLiteral("Changed: 0 bids, 0 awards.")));
    }
};

QTEST_MAIN(TestEvaluateCli)
#include "tst_evaluatecli.moc"
