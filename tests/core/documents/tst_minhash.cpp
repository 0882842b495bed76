// Document similarity: the shingles of Latin and Chinese text, and MinHash estimates that track
// the true Jaccard similarity of documents built with a known shared part.
#include "documents/minhash.h"
#include "documents/textshingles.h"
#include "generatedtext.h"

#include <QSet>
#include <QTest>

using namespace td;

namespace {

QSet<std::uint64_t> shingleSet(const QString& text)
{
    const QList<std::uint64_t> shingles = textShingles(text);
    return QSet<std::uint64_t>(shingles.cbegin(), shingles.cend());
}

double exactJaccard(const QString& a, const QString& b)
{
    const QSet<std::uint64_t> x = shingleSet(a);
    const QSet<std::uint64_t> y = shingleSet(b);
    const qsizetype common = QSet<std::uint64_t>(x).intersect(y).size();
    return double(common) / double(x.size() + y.size() - common);
}

// Two documents of `total` units whose first `shared` units are the same text.
struct Pair
{
    QString a;
    QString b;
};

Pair pairWithSharedPart(bool chinese, int total, int shared, std::uint64_t seed)
{
    test::GeneratedText common(seed);
    test::GeneratedText ownA(seed + 1000);
    test::GeneratedText ownB(seed + 2000);
    auto make = [&](test::GeneratedText& g, int n) {
        return chinese ? g.chinese(n) : g.words(n);
    };
    const QString sharedText = make(common, shared);
    return Pair{sharedText + make(ownA, total - shared), sharedText + make(ownB, total - shared)};
}

} // namespace

class TestMinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shinglesIgnoreLayoutAndCase()
    {
        // The same words whatever the case, punctuation, spacing and line breaks.
        const QString a = QStringLiteral("The bidder shall deliver the model within thirty days.");
        const QString b = QStringLiteral("the BIDDER, shall\n deliver   the model -- within thirty "
                                         "days");
        QCOMPARE(textShingles(a), textShingles(b));
        QCOMPARE(textShingles(a).size(), 5); // nine words make five 5-word shingles
        QCOMPARE(textShingles(QStringLiteral("too few words here")).size(), 0);
    }

    void chineseIsReadByCharacters()
    {
        const QString text = QStringLiteral("投标人应当在三十日内交付模型。");
        const QList<TokenStream> streams = tokenize(text);
        QCOMPARE(streams.size(), 1);
        QCOMPARE(streams.constFirst().script, TokenScript::Cjk);
        QCOMPARE(streams.constFirst().tokens.size(), 14); // the full stop is not a token
        QCOMPARE(textShingles(text).size(), 10);
        // Punctuation and spaces between the characters change nothing.
        QCOMPARE(textShingles(QStringLiteral("投标人应当 在三十日内，交付模型")),
                 textShingles(text));
    }

    void mixedTextGivesBothStreams()
    {
        const QString text =
            QStringLiteral("部署 DeepSeek R1 on sixteen Ascend cards 于国产算力平台之上");
        const QList<TokenStream> streams = tokenize(text);
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams.at(0).script, TokenScript::Latin);
        QCOMPARE(streams.at(0).tokens.size(), 6);
        QCOMPARE(text.mid(streams.at(0).tokens.at(0).start,
                          streams.at(0).tokens.at(0).end - streams.at(0).tokens.at(0).start),
                 QStringLiteral("DeepSeek"));
        QCOMPARE(streams.at(1).script, TokenScript::Cjk);
        QCOMPARE(streams.at(1).tokens.size(), 11);
        // Word shingles and character shingles never collide.
        QCOMPARE(textShingles(text).size(), 2 + 7);
    }

    void estimateTracksKnownOverlap_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<int>("sharedPercent");
        for (bool chinese : {false, true}) {
            for (int percent : {0, 10, 30, 50, 70, 90, 100}) {
                const QByteArray name = (chinese ? QByteArray("chinese ") : QByteArray("latin ")) +
                                        QByteArray::number(percent) + '%';
                QTest::newRow(name.constData()) << chinese << percent;
            }
        }
    }

    void estimateTracksKnownOverlap()
    {
        QFETCH(bool, chinese);
        QFETCH(int, sharedPercent);
        const int total = 4000;
        const int shared = total * sharedPercent / 100;
        const Pair pair = pairWithSharedPart(chinese, total, shared, 7 + sharedPercent);

        // The shared part of s units out of n gives s - 4 common shingles out of 2(n - 4) - (s -
        // 4): the exact Jaccard similarity of the shingle sets is that, give or take a shingle.
        const double exact = exactJaccard(pair.a, pair.b);
        const double designed =
            shared < 5 ? 0.0 : double(shared - 4) / double(2 * (total - 4) - (shared - 4));
        QVERIFY2(qAbs(exact - designed) < 0.01,
                 qPrintable(QStringLiteral("exact %1, designed %2").arg(exact).arg(designed)));

        // 128 hash functions: a standard error under 0.045; allow three and a half of them.
        const double estimate =
            MinHashSignature::ofText(pair.a).similarity(MinHashSignature::ofText(pair.b));
        QVERIFY2(qAbs(estimate - exact) <= 0.16,
                 qPrintable(QStringLiteral("estimate %1, exact %2").arg(estimate).arg(exact)));
        if (sharedPercent == 100)
            QCOMPARE(estimate, 1.0);
    }

    void estimatesAreUnbiasedOverManyPairs()
    {
        // One pair may be off by chance; the mean error over many must be near zero, or the
        // hash functions are not independent enough.
        double sumError = 0;
        const int pairs = 40;
        for (int i = 0; i < pairs; ++i) {
            const Pair pair = pairWithSharedPart(i % 2 == 1, 1500, 900, 100 + i);
            sumError +=
                MinHashSignature::ofText(pair.a).similarity(MinHashSignature::ofText(pair.b)) -
                exactJaccard(pair.a, pair.b);
        }
        QVERIFY2(qAbs(sumError / pairs) < 0.02, qPrintable(QString::number(sumError / pairs)));
    }

    void unrelatedTextsAreFarApart()
    {
        test::GeneratedText one(1);
        test::GeneratedText two(2);
        QCOMPARE(MinHashSignature::ofText(one.words(3000))
                     .similarity(MinHashSignature::ofText(two.words(3000))),
                 0.0);
        QCOMPARE(MinHashSignature::ofText(one.chinese(3000))
                     .similarity(MinHashSignature::ofText(two.chinese(3000))),
                 0.0);
        // Real prose on different subjects shares a few stock phrases at most.
        const QString a = QStringLiteral(
            "The vendor proposes a private deployment of a seventy billion parameter model on "
            "sixteen domestic accelerators, with retrieval over the buyer's policy documents, "
            "single sign-on, audit logging of every prompt, and a service team on site in "
            "Beijing for the first year of operation.");
        const QString b = QStringLiteral(
            "Our offer covers a hosted code assistant for three thousand engineers, billed per "
            "million output tokens, with repository indexing, code review suggestions, and "
            "monthly usage reports sent to the information technology department.");
        QVERIFY(MinHashSignature::ofText(a).similarity(MinHashSignature::ofText(b)) < 0.1);
    }

    void signaturesAreDeterministic()
    {
        test::GeneratedText g(42);
        const QString text = g.words(500);
        QCOMPARE(MinHashSignature::ofText(text).values(), MinHashSignature::ofText(text).values());
        QVERIFY(MinHashSignature::ofText(QString()).isEmpty());
        QCOMPARE(MinHashSignature::ofText(QString()).similarity(MinHashSignature::ofText(text)),
                 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMinHash)
#include "tst_minhash.moc"
