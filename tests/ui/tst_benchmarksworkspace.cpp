// The Benchmarks workspace offscreen, as a buyer uses it: the empty state, a run against the
// scripted OpenAI-compatible server watched live and stored, cancelling a long run, an endpoint
// that does not answer, the cost of a bid with its formulas and assumptions, and a run that is
// still going when the window closes.
#include "bench/benchmarkrunrepository.h"
#include "benchmarks/acceleratorcatalogdialog.h"
#include "benchmarks/benchmarkform.h"
#include "benchmarks/benchmarkjob.h"
#include "benchmarks/benchmarkrunlistmodel.h"
#include "benchmarks/benchmarksworkspace.h"
#include "benchmarks/costassumptionsdialog.h"
#include "benchmarks/costfiguredialog.h"
#include "benchmarks/costpanel.h"
#include "benchmarks/liverunview.h"
#include "benchmarks/runsummaryview.h"
#include "benchmarks/timeserieschart.h"
#include "common/mainwindow.h"
#include "demo/demogenerator.h"
#include "dialoghandler.h"
#include "fakeopenaiprocess.h"
#include "store/acceleratorrepository.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace td;

using test::handleNextDialog;

namespace {

const QString apiKey = QStringLiteral("sk-tenderdesk-test-7f3a");

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QAction* action(ui::BenchmarksWorkspace* workspace, const char* name)
{
    for (QAction* a : workspace->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    qFatal("no action %s", name);
}

struct Load
{
    int concurrency = 2;
    int requests = 10;
    int warmup = 0;
};

// Fills the form as a person does: URL, key, model, no suite, a concurrency load.
void fillForm(ui::BenchmarksWorkspace* workspace, const QString& baseUrl, const QString& model,
              const Load& load)
{
    ui::BenchmarkForm* form = workspace->form();
    auto* url = child<QLineEdit>(form, "baseUrlEdit");
    url->setText(baseUrl);
    Q_EMIT url->editingFinished();
    child<QLineEdit>(form, "apiKeyEdit")->setText(apiKey);
    child<QComboBox>(form, "modelCombo")->setEditText(model);
    auto* suite = child<QComboBox>(form, "suiteCombo");
    suite->setCurrentIndex(suite->findData(QString()));
    auto* shape = child<QComboBox>(form, "shapeCombo");
    shape->setCurrentIndex(shape->findData(int(bench::LoadShape::Concurrency)));
    child<QSpinBox>(form, "concurrencySpin")->setValue(load.concurrency);
    child<QSpinBox>(form, "requestsSpin")->setValue(load.requests);
    child<QSpinBox>(form, "warmupSpin")->setValue(load.warmup);
    child<QSpinBox>(form, "maxTokensSpin")->setValue(2000);
}

QString scripted(int ttft, int itl, int tokens)
{
    return QStringLiteral("scripted?ttft=%1&itl=%2&tokens=%3").arg(ttft).arg(itl).arg(tokens);
}

// A port where nothing listens: taken from the system, then given back.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool showsWindow(QWidget* widget)
{
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

} // namespace

class TestBenchmarksWorkspace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<test::FakeOpenAiProcess> m_server;

    Database& emptyDatabase()
    {
        m_testDb = std::make_unique<test::TestDatabase>(Engine::Sqlite);
        Database& db = m_testDb->open();
        AcceleratorRepository::addBuiltInCatalog(db.connection());
        CostCatalogRepository::addBuiltInCatalog(db.connection());
        return db;
    }

    Database& marketDatabase()
    {
        Database& db = emptyDatabase();
        demo::DemoOptions options;
        options.tenders = 3;
        demo::DemoGenerator(db, options).run();
        // A market whose bids nobody benchmarked yet: without the demo's deployment runs.
        sql::run(db.connection(), QStringLiteral("DELETE FROM benchmark_runs"));
        return db;
    }

    QString serverUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->port());
    }

    // Waits until the workspace has stored a run and listed it, and returns it.
    static bench::BenchmarkResult storedRun(ui::BenchmarksWorkspace* workspace, Database& db,
                                            int expectedRuns)
    {
        bench::BenchmarkResult none;
        if (!QTest::qWaitFor([&] { return workspace->runModel()->rowCount() == expectedRuns; },
                             60000))
            return none;
        const qint64 id = workspace->runModel()->runs().constFirst().id;
        return bench::BenchmarkRunRepository(db.connection()).load(id).value_or(none);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("TenderDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_benchmarksworkspace"));
        QStandardPaths::setTestModeEnabled(true);
        m_server =
            std::make_unique<test::FakeOpenAiProcess>(QStringLiteral(TENDERDESK_FAKE_OPENAI));
        QString error;
        // The suite lets the "oracle" model answer its questions.
        const QString suite =
            QStringLiteral(TENDERDESK_SOURCE_DIR "/resources/suites/knowledge-qa-v1.json");
        QVERIFY2(
            m_server->start({QStringLiteral("--api-key"), apiKey, QStringLiteral("--suite"), suite},
                            &error),
            qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(), 0); }

    void init() { QSettings().clear(); }

    void opensOnAnEmptyDatabaseWithItsEmptyState()
    {
        Database& db = emptyDatabase();
        ui::MainWindow window(db);
        QVERIFY(showsWindow(&window));
        ui::BenchmarksWorkspace* workspace = window.benchmarksWorkspace();
        QVERIFY(workspace);
        QCOMPARE(window.workspaces()->indexOf(workspace), 3);
        window.workspaces()->setCurrentWidget(workspace);
        QAbstractItemModelTester tester(workspace->runModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(workspace->emptyLabel()->isVisible(), 10000);
        QCOMPARE(workspace->emptyLabel()->text(),
                 QStringLiteral("No benchmark runs yet. Fill in the endpoint and press Run "
                                "(Ctrl+R)."));
        QCOMPARE(workspace->runModel()->rowCount(), 0);

        // Nothing to run yet: Run is off and the form says why.
        QVERIFY(!action(workspace, "runBenchmarkAction")->isEnabled());
        auto* problem = child<QLabel>(workspace->form(), "formProblem");
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QCOMPARE(problem->text(), workspace->form()->problem());
        // An endpoint and a model make it runnable, as they are typed.
        fillForm(workspace, serverUrl(), scripted(0, 0, 1), {});
        QVERIFY(workspace->form()->problem().isEmpty());
        QVERIFY(!problem->isVisible());
        QVERIFY(action(workspace, "runBenchmarkAction")->isEnabled());
        child<QComboBox>(workspace->form(), "modelCombo")->setEditText(QString());
        QVERIFY(!action(workspace, "runBenchmarkAction")->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("model")));

        // The catalogs the cost is computed from open from here.
        bool catalogShown = false;
        handleNextDialog<ui::AcceleratorCatalogDialog>([&](ui::AcceleratorCatalogDialog* dialog) {
            catalogShown = true;
            dialog->reject(); // nothing edited: closes without asking
        });
        action(workspace, "acceleratorCatalogAction")->trigger();
        QVERIFY(catalogShown);
    }

    void aRunIsWatchedLiveStoredAndListed()
    {
        Database& db = emptyDatabase();
        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        QAbstractItemModelTester tester(workspace.runModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.emptyLabel()->isVisible(), 10000);
        fillForm(&workspace, serverUrl(), QString(), {4, 20, 2});

        // The server's models, fetched off the GUI thread, with the key the server asks for.
        auto* models = child<QComboBox>(workspace.form(), "modelCombo");
        child<QPushButton>(workspace.form(), "fetchModelsButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(models->findText(QStringLiteral("scripted")) >= 0, 30000);
        models->setEditText(scripted(20, 5, 8));

        // Asked to remember the key: in the system keychain, or for this session only when
        // there is none (as on a build machine); never in a settings file.
        child<QCheckBox>(workspace.form(), "rememberKeyCheck")->setChecked(true);

        // Ctrl+R runs it.
        auto* url = child<QLineEdit>(workspace.form(), "baseUrlEdit");
        url->setFocus();
        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        QTest::keyClick(url, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(workspace.isRunning() || stored.count() == 1);
        const bench::BenchmarkResult run = storedRun(&workspace, db, 1);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(run.status, bench::RunStatus::Completed);
        QCOMPARE(run.samples.size(), 22); // warm-up included
        QCOMPARE(run.load.requests, 20);
        QCOMPARE(run.load.failed, 0);
        QCOMPARE(run.load.outputTokens, 20 * 8);
        QCOMPARE(run.config.endpoint.model, scripted(20, 5, 8));
        QVERIFY(!workspace.isRunning());

        // Listed, selected, and summarised: eight output tokens per request.
        QCOMPARE(workspace.runModel()->runs().constFirst().id, stored.at(0).at(0).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.shownRun() && workspace.shownRun()->id == run.id, 10000);
        const QString summary = workspace.summaryView()->toPlainText();
        QVERIFY2(summary.contains(QLatin1String("160 (8.0 per request)")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("TTFT (ms)")));
        QVERIFY(summary.contains(QLatin1String("completed")));
        QCOMPARE(workspace.runTable()->selectionModel()->currentIndex().row(), 0);

        // The live view saw every request, in batches, and drew them.
        ui::LiveRunView* live = workspace.liveView();
        QCOMPARE(live->finishedRequests(), 22);
        QCOMPARE(live->latencyChart()->points(0).size(), 22); // TTFT of each request
        QVERIFY(!live->throughputChart()->points(0).isEmpty());
        QVERIFY(!live->errorList()->isVisible());

        // The key went to the server but never into a settings file.
        auto* keyStatus = child<QLabel>(workspace.form(), "endpointStatus");
        QTRY_VERIFY_WITH_TIMEOUT(
            keyStatus->text().contains(QLatin1String("stored in the system keychain")) ||
                keyStatus->text().contains(QLatin1String("kept for this session only")),
            30000);
        qInfo("%s", qPrintable(keyStatus->text()));
        workspace.saveState();
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("benchmarks/form/model")).toString(),
                 scripted(20, 5, 8));
        for (const QString& name :
             {settings.fileName(),
              QSettings(QCoreApplication::applicationName() + QStringLiteral(" endpoint API keys"))
                  .fileName()}) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(apiKey.toUtf8()), qPrintable(name));
        }

        // The form comes back as it was left, without the key.
        ui::BenchmarksWorkspace again(db);
        QCOMPARE(child<QLineEdit>(again.form(), "baseUrlEdit")->text(), serverUrl());
        QCOMPARE(child<QSpinBox>(again.form(), "requestsSpin")->value(), 20);
        QTRY_COMPARE_WITH_TIMEOUT(again.runModel()->rowCount(), 1, 10000);

        // A stored run, selected in a new session, is drawn again from its samples.
        again.runTable()->setCurrentIndex(again.runTable()->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(again.shownRun() && again.shownRun()->id == run.id, 10000);
        QCOMPARE(again.liveView()->latencyChart()->points(0).size(), 22);
        QVERIFY(!again.liveView()->throughputChart()->points(0).isEmpty());
    }

    // Hundreds of requests a second reach the GUI thread as a few batches, not a signal each.
    void finishedRequestsReachTheViewInBatches()
    {
        Database& db = emptyDatabase();
        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        fillForm(&workspace, serverUrl(), scripted(0, 0, 1), {64, 2000, 0});
        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        action(&workspace, "runBenchmarkAction")->trigger();
        auto* job = workspace.findChild<ui::BenchmarkJob*>();
        QVERIFY(job);
        QSignalSpy updates(job, &ui::BenchmarkJob::updated);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        QCOMPARE(workspace.liveView()->finishedRequests(), 2000);
        QVERIFY2(updates.count() >= 1 && updates.count() < 2000 / 4,
                 qPrintable(QString::number(updates.count())));
    }

    void cancelEndsALongRunAsCancelled()
    {
        Database& db = emptyDatabase();
        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        // A thousand tokens 50 ms apart: each request would take 50 seconds.
        fillForm(&workspace, serverUrl(), scripted(0, 50, 1000), {2, 4, 0});
        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        action(&workspace, "runBenchmarkAction")->trigger();
        QVERIFY(workspace.isRunning());
        QVERIFY(action(&workspace, "cancelBenchmarkAction")->isEnabled());
        QVERIFY(!action(&workspace, "runBenchmarkAction")->isEnabled());
        QTest::qWait(300);
        QVERIFY(workspace.isRunning());

        // Esc cancels, wherever the focus is in the workspace.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 30000);
        const bench::BenchmarkResult run = storedRun(&workspace, db, 1);
        QCOMPARE(run.status, bench::RunStatus::Cancelled);
        QVERIFY(!workspace.isRunning());
        QVERIFY(action(&workspace, "runBenchmarkAction")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.shownRun() && workspace.shownRun()->id == run.id, 10000);
        QVERIFY(workspace.summaryView()->toPlainText().contains(QLatin1String("cancelled")));
    }

    void anUnreachableEndpointEndsWithItsErrors()
    {
        Database& db = emptyDatabase();
        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        fillForm(&workspace, QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()),
                 scripted(0, 0, 4), {2, 6, 0});
        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        action(&workspace, "runBenchmarkAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        const bench::BenchmarkResult run = storedRun(&workspace, db, 1);
        QCOMPARE(run.load.requests, 6);
        QCOMPARE(run.load.failed, 6);
        QCOMPARE(run.load.errorRate, 1.0);
        QVERIFY(!run.load.errors.isEmpty());

        // Shown live and in the summary, with how many requests each error hit.
        QTreeWidget* errors = workspace.liveView()->errorList();
        QVERIFY(errors->isVisible());
        QVERIFY(errors->topLevelItemCount() >= 1);
        int counted = 0;
        for (int i = 0; i < errors->topLevelItemCount(); ++i)
            counted += errors->topLevelItem(i)->text(1).toInt();
        QCOMPARE(counted, 6);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.shownRun() && workspace.shownRun()->id == run.id, 10000);
        const QString summary = workspace.summaryView()->toPlainText();
        QVERIFY(summary.contains(run.load.errors.firstKey()));
        QVERIFY(summary.contains(QLatin1String("100.0%")));
    }

    void aSuitesAccuracyIsShownOverallAndPerLanguage()
    {
        Database& db = emptyDatabase();
        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        fillForm(&workspace, serverUrl(), QStringLiteral("oracle"), {4, 8, 0});
        auto* suite = child<QComboBox>(workspace.form(), "suiteCombo");
        suite->setCurrentIndex(suite->findData(QStringLiteral("knowledge-qa-v1")));
        QVERIFY(suite->currentIndex() > 0);
        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        action(&workspace, "runBenchmarkAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        const bench::BenchmarkResult run = storedRun(&workspace, db, 1);
        QVERIFY(run.accuracy);
        QCOMPARE(run.accuracy->correct, run.accuracy->items);
        const QModelIndex accuracy = workspace.runModel()->index(0, int(ui::RunColumn::Accuracy));
        QCOMPARE(accuracy.data().toString(), QStringLiteral("100.0%"));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.shownRun() && workspace.shownRun()->id == run.id, 10000);
        const QString summary = workspace.summaryView()->toPlainText();
        QVERIFY2(summary.contains(QLatin1String("Accuracy")), qPrintable(summary));
        QVERIFY(
            summary.contains(QStringLiteral("100.0% (%1 of %1 correct").arg(run.accuracy->items)));
        QVERIFY(!run.accuracy->perLanguage.isEmpty());
        for (auto it = run.accuracy->perLanguage.cbegin(); it != run.accuracy->perLanguage.cend();
             ++it)
            QVERIFY(summary.contains(it.key() == QLatin1String("zh_CN")
                                         ? QLatin1String("Chinese")
                                         : QLatin1String("English")));
    }

    void aBidsRunShowsItsCostWithFormulasAndAssumptions()
    {
        Database& db = marketDatabase();
        std::optional<Tender> tender;
        const TenderReader reader(db.connection());
        for (qint64 id = 1; id <= 3 && !tender; ++id) {
            std::optional<Tender> t = reader.byId(id);
            if (t && !t->bids.isEmpty())
                tender = t;
        }
        QVERIFY(tender);
        const Bid& bid = tender->bids.constFirst();

        ui::BenchmarksWorkspace workspace(db);
        QVERIFY(showsWindow(&workspace));
        fillForm(&workspace, serverUrl(), scripted(5, 2, 8), {4, 20, 0});
        // Picking the bid takes the tender's objectives.
        workspace.form()->showTender(tender->reference, bid.id);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.form()->bidId(), std::optional<qint64>(bid.id), 10000);
        QCOMPARE(child<QSpinBox>(workspace.form(), "sloTtftSpin")->value(),
                 tender->workload.sloTimeToFirstTokenMs);
        QCOMPARE(child<QSpinBox>(workspace.form(), "sloTpotSpin")->value(),
                 tender->workload.sloTimePerOutputTokenMs);
        auto* suite = child<QComboBox>(workspace.form(), "suiteCombo");
        suite->setCurrentIndex(suite->findData(QString())); // speed only: no accuracy pass
        // No run selected: the cost panel is the picked bid's, which has no throughput yet.
        ui::CostPanel* panel = workspace.costPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->shown() && panel->shown()->bidId == bid.id, 30000);
        QVERIFY(!panel->shown()->cost);
        QCOMPARE(child<QLabel>(panel, "costMessage")->text(), panel->shown()->problem);
        QVERIFY(!panel->figureList()->isVisible());

        QSignalSpy stored(&workspace, &ui::BenchmarksWorkspace::runStored);
        action(&workspace, "runBenchmarkAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 60000);
        const bench::BenchmarkResult run = storedRun(&workspace, db, 1);
        QCOMPARE(run.config.bidId, std::optional<qint64>(bid.id));
        QCOMPARE(run.status, bench::RunStatus::Completed);

        // The cost of the bid beside the run, each figure opening to its formula and inputs.
        QTRY_VERIFY_WITH_TIMEOUT(panel->shown() && panel->shown()->benchmarkRunId == run.id, 30000);
        const BidCost cost = *panel->shown(); // a copy: the panel computes again below
        QCOMPARE(cost.bidId, bid.id);
        QVERIFY2(cost.cost.has_value(), qPrintable(cost.problem));
        QCOMPARE(cost.benchmarkRunId, std::optional<qint64>(run.id));
        QTreeWidget* figures = panel->figureList();
        QCOMPARE(figures->topLevelItemCount(), int(cost.cost->figures().size()));
        QVERIFY(child<QLabel>(panel, "costBanner")->isVisible());
        const QString banner = child<QLabel>(panel, "costBanner")->text();
        const bool unproven =
            cost.cost->capacityIsLowerBound && cost.cost->binding == CostBound::Capacity;
        QVERIFY(banner.startsWith(cost.cost->lossMaking || cost.cost->lossMakingWithVoucher
                                      ? QLatin1String("Loss-making")
                                  : cost.cost->subsidyDependent ? QLatin1String("Subsidy-dependent")
                                  : unproven                    ? QLatin1String("Unproven")
                                                                : QLatin1String("Profitable")));

        const CostFigure& first = cost.cost->figures().constFirst();
        int inputRows = -1;
        QString formula;
        handleNextDialog<ui::CostFigureDialog>([&](ui::CostFigureDialog* dialog) {
            inputRows = child<QTableWidget>(dialog, "figureInputs")->rowCount();
            formula = child<QLabel>(dialog, "figureFormula")->text();
            dialog->reject();
        });
        figures->setFocus();
        figures->setCurrentItem(figures->topLevelItem(0));
        QTest::keyClick(figures, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(inputRows >= 0, 10000);
        QCOMPARE(inputRows, int(first.inputs.size()));
        QCOMPARE(formula, first.formula);

        // Two contract years instead of one: saved with the bid, and the cost follows.
        const int years = cost.assumptions.contractYears;
        handleNextDialog<ui::CostAssumptionsDialog>([&](ui::CostAssumptionsDialog* dialog) {
            child<QSpinBox>(dialog, "contractYearsSpin")->setValue(years + 1);
            dialog->accept();
        });
        child<QPushButton>(panel, "assumptionsButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->shown() && panel->shown()->assumptions.contractYears == years + 1, 30000);
        QCOMPARE(CostAssumptionRepository(db.connection()).forBid(bid.id).contractYears, years + 1);
        QCOMPARE(panel->shown()->cost->contractedTokens,
                 cost.cost->contractedTokens / years * (years + 1));
    }

    void closingTheWindowCancelsARunAndStoresIt()
    {
        Database& db = emptyDatabase();
        {
            ui::MainWindow window(db);
            QVERIFY(showsWindow(&window));
            ui::BenchmarksWorkspace* workspace = window.benchmarksWorkspace();
            window.workspaces()->setCurrentWidget(workspace);
            fillForm(workspace, serverUrl(), scripted(0, 50, 1000), {2, 4, 0});
            action(workspace, "runBenchmarkAction")->trigger();
            QVERIFY(workspace->isRunning());
            QTest::qWait(200);
            window.close();
            QVERIFY(!workspace->isRunning());
        }
        const QList<bench::BenchmarkRunHeader> runs =
            bench::BenchmarkRunRepository(db.connection()).list();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().status, bench::RunStatus::Cancelled);
    }
};

QTEST_MAIN(TestBenchmarksWorkspace)
#include "tst_benchmarksworkspace.moc"
