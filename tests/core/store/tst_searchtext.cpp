#include "store/searchtext.h"

#include <QTest>

using namespace td;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("chinese bigrams")
            << QStringLiteral("知识库")
            << QStringList{QStringLiteral("知识"), QStringLiteral("识库")};
        QTest::newRow("single character")
            << QStringLiteral("库") << QStringList{QStringLiteral("库")};
        QTest::newRow("latin lowercased")
            << QStringLiteral("DeepSeek-V3 API")
            << QStringList{QStringLiteral("deepseek"), QStringLiteral("v3"), QStringLiteral("api")};
        QTest::newRow("mixed runs")
            << QStringLiteral("国家电网AI助手")
            << QStringList{QStringLiteral("国家"), QStringLiteral("家电"), QStringLiteral("电网"),
                           QStringLiteral("ai"), QStringLiteral("助手")};
        QTest::newRow("punctuation splits")
            << QStringLiteral("问答，系统。")
            << QStringList{QStringLiteral("问答"), QStringLiteral("系统")};
        QTest::newRow("numbers") << QStringLiteral("2024年")
                                 << QStringList{QStringLiteral("2024"), QStringLiteral("年")};
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only symbols") << QStringLiteral("*\"'()&|!") << QStringList();
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(search::tokens(text), expected);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts5");
        QTest::addColumn<QString>("tsquery");
        QTest::newRow("phrase") << QStringLiteral("知识库") << QStringLiteral("\"知识 识库\"")
                                << QStringLiteral("('知识' <-> '识库')");
        QTest::newRow("two words")
            << QStringLiteral("知识 deep") << QStringLiteral("\"知识\" AND \"deep\"*")
            << QStringLiteral("('知识') & ('deep':*)");
        QTest::newRow("lone character is a prefix")
            << QStringLiteral("客") << QStringLiteral("\"客\"*") << QStringLiteral("('客':*)");
        // A quote inside a word only separates tokens: the word stays one phrase.
        QTest::newRow("quotes cannot escape")
            << QStringLiteral("a\"b") << QStringLiteral("\"a b\"*")
            << QStringLiteral("('a' <-> 'b':*)");
        QTest::newRow("nothing to search") << QStringLiteral("  ** ") << QString() << QString();
    }
    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts5);
        QFETCH(QString, tsquery);
        const auto terms = search::parseQuery(query);
        QCOMPARE(search::toFts5(terms), fts5);
        QCOMPARE(search::toTsQuery(terms), tsquery);
    }

    void tsvectorKeepsPositionsAndEscapes()
    {
        QCOMPARE(search::toTsVector({QStringLiteral("知识"), QStringLiteral("识库")}),
                 QStringLiteral("'知识':1 '识库':2"));
        QCOMPARE(search::toTsVector({QStringLiteral("o'neil")}), QStringLiteral("'o''neil':1"));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
