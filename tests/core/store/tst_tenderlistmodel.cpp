#include "demo/demogenerator.h"
#include "store/sql.h"
#include "store/tenderlistmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace td;

class TestTenderListModel : public QObject
{
    Q_OBJECT

    // Waits until the model has settled: no count and no page in flight.
    static bool settle(TenderListModel& model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

    // Asks for every cell of a row and waits for its page.
    static bool load(TenderListModel& model, int row)
    {
        model.data(model.index(row, 0));
        return QTest::qWaitFor(
            [&] { return model.data(model.index(row, 0), TenderListModel::LoadedRole).toBool(); },
            20000);
    }

private Q_SLOTS:
    void browsesADemoMarket_data() { test::addEngineRows(); }
    void browsesADemoMarket()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const qint64 tenders = engine == Engine::Sqlite ? 1500 : 400;
        demo::DemoGenerator(db, demo::DemoOptions{3, tenders, 2024}).run();

        TenderListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), tenders);
        QCOMPARE(model.columnCount(), tenderColumnCount);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Reference"));

        // A row far down loads on demand and shows a placeholder until then.
        const int far = int(tenders) - 3;
        QCOMPARE(model.data(model.index(far, int(TenderColumn::Title))).toString(),
                 QStringLiteral("Loading…"));
        QVERIFY(load(model, far));
        QVERIFY(!model.data(model.index(far, int(TenderColumn::Reference))).toString().isEmpty());
        QVERIFY(model.tenderId(far) > 0);

        // Sorted by publication, newest first (the default).
        QVERIFY(load(model, 0) && load(model, 1));
        QVERIFY(model.data(model.index(0, int(TenderColumn::Published))).toString() >=
                model.data(model.index(1, int(TenderColumn::Published))).toString());

        // Sorting by budget ascending: the first page holds the cheapest tenders, in the order
        // worked out here from the stored budgets (ties by id).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(int(TenderColumn::Budget), Qt::AscendingOrder);
        QVERIFY(reset.wait(20000));
        QVERIFY(settle(model));
        QList<std::pair<qint64, qint64>> budgets; // (budget in fen, id)
        QSqlQuery stored =
            sql::run(db.connection(), QStringLiteral("SELECT budget_minor, id FROM tenders"));
        while (stored.next())
            budgets.append({stored.value(0).toLongLong(), stored.value(1).toLongLong()});
        std::sort(budgets.begin(), budgets.end());
        QCOMPARE(budgets.size(), tenders);
        QVERIFY(load(model, 0));
        QList<qint64> shown;
        QList<qint64> expected;
        for (int row = 0; row < TenderListModel::pageSize; ++row) {
            shown.append(model.tenderId(row));
            expected.append(budgets.at(row).second);
        }
        QCOMPARE(shown, expected);

        // Filtering narrows the count; a filter that matches nothing empties the list.
        TenderFilter filter;
        filter.category = QStringLiteral("codeGeneration");
        model.setFilter(filter);
        QVERIFY(reset.wait(20000));
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0 && model.rowCount() < tenders / 3);
        QVERIFY(load(model, 0));
        QCOMPARE(model.data(model.index(0, int(TenderColumn::Category))).toString(),
                 QStringLiteral("Code generation"));
        filter.text = QStringLiteral("没有这样的词语");
        model.setFilter(filter);
        QVERIFY(reset.wait(20000));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
    }

    void pagesScrolledPastAreSkipped()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{6, 6000, 2024}).run();
        TenderListModel model(db);
        QVERIFY(settle(model));
        QSignalSpy loaded(&model, &TenderListModel::pageLoaded);
        // A drag of the scroll bar from top to bottom asks for every page on the way in one go;
        // only the pages near where it stopped are read.
        for (int row = 0; row < model.rowCount(); row += TenderListModel::pageSize)
            model.data(model.index(row, 0));
        QVERIFY(settle(model));
        const int pages =
            (model.rowCount() + TenderListModel::pageSize - 1) / TenderListModel::pageSize;
        QVERIFY2(loaded.count() < pages, qPrintable(QString::number(loaded.count())));
        const int last = model.rowCount() - 1;
        QVERIFY(model.data(model.index(last, 0), TenderListModel::LoadedRole).toBool());
        // Coming back to the top loads it again.
        QVERIFY(load(model, 0));
    }

    void staleResultsAreDropped()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{5, 300, 2024}).run();
        TenderListModel model(db);
        QVERIFY(settle(model));
        // Typing fast: only the last filter's result may reach the view.
        QSignalSpy totals(&model, &TenderListModel::totalChanged);
        for (const char* text : {"知", "知识", "知识库", "代码"}) {
            TenderFilter filter;
            filter.text = QString::fromUtf8(text);
            model.setFilter(filter);
        }
        QVERIFY(settle(model));
        QCOMPARE(totals.count(), 1);
        QCOMPARE(model.filter().text, QStringLiteral("代码"));
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTenderListModel)
#include "tst_tenderlistmodel.moc"
