#include "bench/accuracyscore.h"
#include "bench/suiteitems.h"
#include "domain/error.h"
#include "exchange/benchmarksuite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace td;
using namespace td::bench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(td::bench::ItemOutcome)

namespace {

// Outcomes written one letter each: c(orrect) w(rong) u(nanswered) n(ot scored) e(rror).
QList<ItemScore> scoresOf(const QString& outcomes, const QString& language)
{
    QList<ItemScore> scores;
    for (const QChar c : outcomes) {
        ItemScore s;
        s.itemId = language + QString::number(scores.size());
        s.language = language;
        switch (c.toLatin1()) {
        case 'c':
            s.outcome = ItemOutcome::Correct;
            break;
        case 'w':
            s.outcome = ItemOutcome::Wrong;
            break;
        case 'u':
            s.outcome = ItemOutcome::Unanswered;
            break;
        case 'n':
            s.outcome = ItemOutcome::NotScored;
            break;
        default:
            s.outcome = ItemOutcome::Error;
            break;
        }
        scores.append(s);
    }
    return scores;
}

// A valid multiple-choice suite of two items, as JSON to break in one place per test row.
QJsonObject validSuite()
{
    const QJsonObject choices{{u"A"_s, u"十日"_s}, {u"B"_s, u"二十日"_s}};
    return QJsonObject{
        {u"format"_s, u"tenderdesk-suite-1"_s},
        {u"name"_s, u"mini-v1"_s},
        {u"category"_s, u"knowledgeAssistant"_s},
        {u"scoring"_s, u"multipleChoice"_s},
        {u"prompt"_s,
         QJsonObject{{u"system"_s, QJsonObject{{u"zh_CN"_s, u"只回答字母。"_s},
                                               {u"en"_s, u"Answer with the letter only."_s}}}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"q-zh-1"_s},
                                            {u"language"_s, u"zh_CN"_s},
                                            {u"question"_s, u"投标期限最短多少日？"_s},
                                            {u"choices"_s, choices},
                                            {u"answer"_s, u"B"_s}},
                                QJsonObject{{u"id"_s, u"q-en-1"_s},
                                            {u"language"_s, u"en"_s},
                                            {u"question"_s, u"Shortest bid period?"_s},
                                            {u"choices"_s, QJsonObject{{u"A"_s, u"10 days"_s},
                                                                       {u"B"_s, u"20 days"_s}}},
                                            {u"answer"_s, u"B"_s}}}},
    };
}

QJsonObject withItemField(QJsonObject suite, int item, const QString& key, const QJsonValue& v)
{
    QJsonArray items = suite.value(u"items"_s).toArray();
    QJsonObject o = items.at(item).toObject();
    if (v.isUndefined())
        o.remove(key);
    else
        o.insert(key, v);
    items.replace(item, o);
    suite.insert(u"items"_s, items);
    return suite;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QJsonObject codeSuite()
{
    QJsonObject suite = validSuite();
    suite.insert(u"scoring"_s, u"codeTests"_s);
    suite.insert(u"items"_s, QJsonArray{QJsonObject{
                                 {u"id"_s, u"c-en-1"_s},
                                 {u"language"_s, u"en"_s},
                                 {u"prompt"_s, u"Write add(a, b)."_s},
                                 {u"entryPoint"_s, u"add"_s},
                                 {u"tests"_s, u"assert add(1, 2) == 3\n"_s},
                                 {u"referenceSolution"_s, u"def add(a, b):\n    return a + b\n"_s},
                                 {u"timeoutSeconds"_s, 3},
                                 {u"memoryMegabytes"_s, 128}}});
    return suite;
}

} // namespace

class TestAccuracyScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryArithmetic_data()
    {
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QList<int>>("counts"); // items correct wrong unanswered notScored errors
        QTest::addColumn<double>("accuracy");
        QTest::addColumn<double>("zhAccuracy");
        QTest::addColumn<double>("enAccuracy");
        const double nan = std::nan("");
        QTest::newRow("all correct")
            << u"cc"_s << u"cc"_s << QList<int>{4, 4, 0, 0, 0, 0} << 1.0 << 1.0 << 1.0;
        QTest::newRow("unanswered counts against")
            << u"cu"_s << u"cw"_s << QList<int>{4, 2, 1, 1, 0, 0} << 0.5 << 0.5 << 0.5;
        QTest::newRow("not scored and errors left out")
            << u"cwnn"_s << u"ce"_s << QList<int>{6, 2, 1, 0, 2, 1} << 2.0 / 3 << 0.5 << 1.0;
        QTest::newRow("one language not scored at all")
            << u"nnn"_s << u"cww"_s << QList<int>{6, 1, 2, 0, 3, 0} << 1.0 / 3 << nan << 1.0 / 3;
        QTest::newRow("only errors")
            << u"e"_s << u"ee"_s << QList<int>{3, 0, 0, 0, 0, 3} << nan << nan << nan;
        QTest::newRow("nothing") << QString() << QString() << QList<int>{0, 0, 0, 0, 0, 0} << nan
                                 << nan << nan;
        QTest::newRow("none correct")
            << u"ww"_s << u"u"_s << QList<int>{3, 0, 2, 1, 0, 0} << 0.0 << 0.0 << 0.0;
        QTest::newRow("thirds") << u"cwu"_s << QString() << QList<int>{3, 1, 1, 1, 0, 0} << 1.0 / 3
                                << 1.0 / 3 << nan;
    }
    void summaryArithmetic()
    {
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QFETCH(QList<int>, counts);
        QFETCH(double, accuracy);
        QFETCH(double, zhAccuracy);
        QFETCH(double, enAccuracy);

        const AccuracySummary s = summarize(scoresOf(zh, u"zh_CN"_s) + scoresOf(en, u"en"_s));
        QCOMPARE((QList<int>{s.items, s.correct, s.wrong, s.unanswered, s.notScored, s.errors}),
                 counts);
        auto sameAccuracy = [](double actual, double expected) {
            return std::isnan(expected) ? std::isnan(actual) : std::abs(actual - expected) < 1e-12;
        };
        QVERIFY2(sameAccuracy(s.accuracy, accuracy), qPrintable(QString::number(s.accuracy)));
        // A language without items has no entry; one with only unscored items has NaN.
        QCOMPARE(s.perLanguage.contains(u"zh_CN"_s), !zh.isEmpty());
        QCOMPARE(s.perLanguage.contains(u"en"_s), !en.isEmpty());
        const AccuracyCounts zhCounts = s.perLanguage.value(u"zh_CN"_s);
        const AccuracyCounts enCounts = s.perLanguage.value(u"en"_s);
        QVERIFY2(sameAccuracy(zhCounts.accuracy, zhAccuracy),
                 qPrintable(QString::number(zhCounts.accuracy)));
        QVERIFY2(sameAccuracy(enCounts.accuracy, enAccuracy),
                 qPrintable(QString::number(enCounts.accuracy)));
        QCOMPARE(zhCounts.items, zh.size());
        QCOMPARE(enCounts.items, en.size());
        QCOMPARE(zhCounts.correct + enCounts.correct, s.correct);
        QCOMPARE(zhCounts.notScored + enCounts.notScored, s.notScored);
    }

    void builtInSuitesParse_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : benchmarkSuiteNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void builtInSuitesParse()
    {
        QFETCH(QString, name);
        const Suite suite = parseSuite(benchmarkSuiteJson(name));
        QCOMPARE(suite.name, name);
        QVERIFY(!suite.category.isEmpty());
        QVERIFY(suite.items.size() >= 32);
        QVERIFY(!suite.systemPrompt(u"zh_CN"_s).isEmpty());
        QVERIFY(!suite.systemPrompt(u"en"_s).isEmpty());
        QVERIFY(!suite.title(u"en"_s).isEmpty());
        const bool code = name == QLatin1String("code-generation-v1");
        QCOMPARE(suite.scoring, code ? Scoring::CodeTests : Scoring::MultipleChoice);
        for (const SuiteItem& item : suite.items) {
            if (code) {
                QVERIFY(!item.entryPoint.isEmpty() && !item.tests.isEmpty());
                QVERIFY(!item.referenceSolution.isEmpty());
                QVERIFY(item.timeoutSeconds > 0 && item.memoryMegabytes > 0);
                QCOMPARE(userMessage(suite, item), item.prompt);
            } else {
                QCOMPARE(item.choices.keys(), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
                QVERIFY(item.choices.contains(item.answer));
            }
        }
    }

    void multipleChoiceMessage()
    {
        const Suite suite = parseSuite(bytes(validSuite()));
        QCOMPARE(suite.items.size(), 2);
        QCOMPARE(userMessage(suite, suite.items.at(0)),
                 u"投标期限最短多少日？\nA. 十日\nB. 二十日"_s);
        QCOMPARE(suite.systemPrompt(u"en"_s), u"Answer with the letter only."_s);
        QCOMPARE(suite.systemPrompt(u"fr"_s), QString());
    }

    void codeItemLimits()
    {
        const Suite suite = parseSuite(bytes(codeSuite()));
        const SuiteItem& item = suite.items.at(0);
        QCOMPARE(userMessage(suite, item), u"Write add(a, b)."_s);
        const SandboxLimits limits = limitsFor(item, SandboxLimits{});
        QCOMPARE(limits.timeoutMs, 3000);
        QCOMPARE(limits.memoryBytes, 128LL * 1024 * 1024);
        SuiteItem noLimits = item;
        noLimits.timeoutSeconds = 0;
        noLimits.memoryMegabytes = 0;
        const SandboxLimits defaults{2500, 64LL * 1024 * 1024};
        QCOMPARE(limitsFor(noLimits, defaults).timeoutMs, 2500);
        QCOMPARE(limitsFor(noLimits, defaults).memoryBytes, 64LL * 1024 * 1024);
    }

    void malformedSuite_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions"); // a part of the error sentence

        const QJsonObject ok = validSuite();
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::newRow("JSON array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QJsonObject other = ok;
        other.insert(u"format"_s, u"tenderdesk-suite-0"_s);
        QTest::newRow("other format") << bytes(other) << u"tenderdesk-suite-0"_s;
        QJsonObject noFormat = ok;
        noFormat.remove(u"format"_s);
        QTest::newRow("no format") << bytes(noFormat) << u"tenderdesk-suite-1"_s;
        QJsonObject noName = ok;
        noName.remove(u"name"_s);
        QTest::newRow("no name") << bytes(noName) << u"\"name\""_s;
        QJsonObject scoring = ok;
        scoring.insert(u"scoring"_s, u"exactMatch"_s);
        QTest::newRow("unknown scoring") << bytes(scoring) << u"exactMatch"_s;
        QJsonObject noItems = ok;
        noItems.insert(u"items"_s, QJsonArray());
        QTest::newRow("no items") << bytes(noItems) << u"has no items"_s;
        QTest::newRow("item without id")
            << bytes(withItemField(ok, 1, u"id"_s, QJsonValue::Undefined)) << u"Item 2"_s;
        QTest::newRow("item without question")
            << bytes(withItemField(ok, 0, u"question"_s, QJsonValue::Undefined))
            << u"\"question\""_s;
        QTest::newRow("item without choices")
            << bytes(withItemField(ok, 0, u"choices"_s, QJsonValue::Undefined)) << u"\"choices\""_s;
        QTest::newRow("item without answer")
            << bytes(withItemField(ok, 1, u"answer"_s, QJsonValue::Undefined)) << u"q-en-1"_s;
        QTest::newRow("answer not a choice")
            << bytes(withItemField(ok, 0, u"answer"_s, u"D"_s)) << u"\"D\""_s;
        QTest::newRow("choice key not a letter")
            << bytes(withItemField(ok, 0, u"choices"_s,
                                   QJsonObject{{u"A"_s, u"x"_s}, {u"BB"_s, u"y"_s}}))
            << u"\"BB\""_s;
        QTest::newRow("unknown language")
            << bytes(withItemField(ok, 0, u"language"_s, u"fr"_s)) << u"\"fr\""_s;
        QTest::newRow("duplicate id")
            << bytes(withItemField(ok, 1, u"id"_s, u"q-zh-1"_s)) << u"two items"_s;
        QJsonObject noPrompt = ok;
        noPrompt.insert(u"prompt"_s, QJsonObject{{u"system"_s, QJsonObject{{u"zh_CN"_s, u"x"_s}}}});
        QTest::newRow("no system prompt for English")
            << bytes(noPrompt) << u"no system prompt in en"_s;
        QTest::newRow("code item without tests")
            << bytes(withItemField(codeSuite(), 0, u"tests"_s, QJsonValue::Undefined))
            << u"\"tests\""_s;
        QTest::newRow("code item without entry point")
            << bytes(withItemField(codeSuite(), 0, u"entryPoint"_s, u""_s)) << u"\"entryPoint\""_s;
        QTest::newRow("negative time limit")
            << bytes(withItemField(codeSuite(), 0, u"timeoutSeconds"_s, -1))
            << u"\"timeoutSeconds\""_s;
    }
    void malformedSuite()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        try {
            parseSuite(json);
            QFAIL("a malformed suite was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(mentions), qPrintable(e.message()));
        }
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"none.json"_s);
        try {
            readSuiteFile(path);
            QFAIL("a missing file was read");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

    void suiteFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"mini.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(validSuite()));
        file.close();
        QCOMPARE(readSuiteFile(file.fileName()).items.at(1).id, u"q-en-1"_s);
    }

    void multipleChoiceScores_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<ItemOutcome>("outcome");
        QTest::addColumn<QString>("extracted");
        QTest::newRow("correct") << u"答案：B"_s << ItemOutcome::Correct << u"B"_s;
        QTest::newRow("wrong") << u"A"_s << ItemOutcome::Wrong << u"A"_s;
        QTest::newRow("letter outside the choices")
            << u"答案：C"_s << ItemOutcome::Unanswered << QString();
        QTest::newRow("ambiguous") << u"A or B"_s << ItemOutcome::Unanswered << QString();
        QTest::newRow("empty") << QString() << ItemOutcome::Unanswered << QString();
    }
    void multipleChoiceScores()
    {
        QFETCH(QString, output);
        QFETCH(ItemOutcome, outcome);
        QFETCH(QString, extracted);
        const Suite suite = parseSuite(bytes(validSuite()));
        const ItemScore score = scoreItem(suite, suite.items.at(0), output, nullptr, {});
        QCOMPARE(score.itemId, u"q-zh-1"_s);
        QCOMPARE(score.language, u"zh_CN"_s);
        QCOMPARE(score.outcome, outcome);
        QCOMPARE(score.extracted, extracted);
        QCOMPARE(score.detail.isEmpty(), outcome != ItemOutcome::Unanswered);
    }
};

QTEST_GUILESS_MAIN(TestAccuracyScore)
#include "tst_accuracyscore.moc"
