// The passages two documents share, found whatever the layout, mapped back to each text's
// offsets, longest first; stock phrases shorter than the minimum are not evidence.
#include "documents/sharedpassages.h"
#include "generatedtext.h"

#include <QTest>

using namespace td;

class TestSharedPassages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passagesAtTheirOffsets_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("latin words") << false;
        QTest::newRow("chinese characters") << true;
    }

    void passagesAtTheirOffsets()
    {
        QFETCH(bool, chinese);
        test::GeneratedText g(11);
        auto make = [&](int n) {
            return chinese ? g.chinese(n) : g.words(n);
        };
        const QString longPassage = make(80);
        const QString shortPassage = make(30);
        const QString a = make(300) + longPassage + make(200) + shortPassage + make(100);
        const QString b = make(50) + shortPassage + make(400) + longPassage + make(60);

        const SharedPassages shared = findSharedPassages(a, b, 12, 5);
        QCOMPARE(shared.found, 2);
        QCOMPARE(shared.longest.size(), 2);
        const SharedPassage& first = shared.longest.at(0);
        QCOMPARE(first.script, chinese ? TokenScript::Cjk : TokenScript::Latin);
        // The passage found covers the inserted one (a neighbouring token may match by chance).
        QVERIFY(a.mid(first.startA, first.endA - first.startA).contains(longPassage.trimmed()) ||
                longPassage.contains(a.mid(first.startA, first.endA - first.startA)));
        QCOMPARE(a.mid(first.startA, first.endA - first.startA),
                 b.mid(first.startB, first.endB - first.startB));
        QVERIFY(first.tokens >= 75 && first.tokens <= 82);
        QVERIFY(shared.longest.at(1).tokens < first.tokens);
        QCOMPARE(shared.tokensInLongest, first.tokens + shared.longest.at(1).tokens);

        // A limit of one keeps the longest; a minimum above the short one drops it.
        QCOMPARE(findSharedPassages(a, b, 12, 1).longest.size(), 1);
        QCOMPARE(findSharedPassages(a, b, 40, 5).found, 1);
    }

    void layoutAndCaseDoNotMatter()
    {
        const QString a = QStringLiteral("Section 4. The supplier shall keep all prompts and "
                                         "answers inside the buyer's data centre at all times.");
        const QString b = QStringLiteral("the SUPPLIER shall keep\nall prompts, and answers inside "
                                         "the buyer's\tdata centre at all times");
        const SharedPassages shared = findSharedPassages(a, b, 12, 5);
        QCOMPARE(shared.longest.size(), 1);
        QCOMPARE(shared.longest.at(0).tokens, 17);
        QCOMPARE(a.mid(shared.longest.at(0).startA,
                       shared.longest.at(0).endA - shared.longest.at(0).startA),
                 QStringLiteral("The supplier shall keep all prompts and answers inside the "
                                "buyer's data centre at all times"));
    }

    void stockPhrasesAndUnrelatedTextsShareNothing()
    {
        test::GeneratedText one(1);
        test::GeneratedText two(2);
        QCOMPARE(findSharedPassages(one.words(2000), two.words(2000)).found, 0);
        QCOMPARE(findSharedPassages(one.chinese(2000), two.chinese(2000)).found, 0);
        // Eight words in common is below the twelve-word minimum.
        QCOMPARE(findSharedPassages(QStringLiteral("alpha beta gamma delta epsilon zeta eta theta"),
                                    QStringLiteral("alpha beta gamma delta epsilon zeta eta theta"))
                     .found,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedPassages)
#include "tst_sharedpassages.moc"
