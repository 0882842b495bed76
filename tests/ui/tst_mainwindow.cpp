// The main window offscreen, as a person uses it: first run on an empty database, the demo
// offer, browsing, searching, filtering, the detail pane, workspaces and the saved layout.
#include "common/demoloader.h"
#include "common/mainwindow.h"
#include "print/chinesefonts.h"
#include "store/tenderlistmodel.h"
#include "tenders/tenderdetailview.h"
#include "tenders/tenderfilterbar.h"
#include "tenders/tendersworkspace.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace td;

namespace {

// Answers the next modal message box with `button` once it appears.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

bool settled(TenderListModel* model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 30000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("TenderDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    // Each test starts as a first run: no remembered layout.
    void init() { QSettings().clear(); }

    void firstRunOffersTheDemoAndBrowsesIt()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        ui::MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ui::TendersWorkspace* tenders = window.tendersWorkspace();
        TenderListModel* model = tenders->model();

        // Five workspaces.
        QCOMPARE(window.workspaces()->count(), 5);
        QCOMPARE(window.workspaces()->widget(1)->objectName(), QStringLiteral("bidsWorkspace"));
        QCOMPARE(window.workspaces()->widget(2)->objectName(),
                 QStringLiteral("evaluationWorkspace"));
        QCOMPARE(window.workspaces()->widget(3)->objectName(),
                 QStringLiteral("benchmarksWorkspace"));
        QCOMPARE(window.workspaces()->widget(4)->objectName(), QStringLiteral("marketWorkspace"));

        // An empty database: the empty state, and the offer of the demo market.
        QString offer;
        answerNextMessageBox(QMessageBox::Yes, &offer);
        window.offerDemoIfEmpty();
        QVERIFY(settled(model));
        QVERIFY(QTest::qWaitFor([&] { return !offer.isEmpty(); }, 10000));
        QVERIFY(offer.contains(QLatin1String("931")));
        // Saying yes loads the 931-tender market behind a progress dialog.
        QVERIFY(QTest::qWaitFor([&] { return model->total() == 931; }, 60000));
        QVERIFY(!window.demoLoader()->isRunning());
        QVERIFY(settled(model));
        QCOMPARE(tenders->findChild<QStackedWidget*>()->currentWidget(), tenders->table());

        // Selecting a row shows its detail: criteria, hardware rules, timeline, bids.
        QTableView* table = tenders->table();
        QVERIFY(QTest::qWaitFor(
            [&] { return model->data(model->index(0, 0), TenderListModel::LoadedRole).toBool(); },
            10000));
        const QString reference = model->data(model->index(0, 0)).toString();
        table->selectRow(0);
        ui::TenderDetailView* detail = tenders->detailView();
        QVERIFY(QTest::qWaitFor([&] { return detail->toPlainText().contains(reference); }, 10000));
        for (const char* part : {"Evaluation criteria and weights", "Hardware rules",
                                 "Minimum domestic accelerator share", "Timeline", "Bids"})
            QVERIFY2(detail->toPlainText().contains(QLatin1String(part)), part);

        // Searching as a person types: Ctrl+F, then words (the window is active again once
        // the demo's dialogs have gone).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* search = tenders->filterBar()->searchField();
        QVERIFY(QTest::qWaitFor([&] { return search->hasFocus(); }, 5000));
        // Chinese arrives from the input method as a committed string.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("代码"));
        QApplication::sendEvent(search, &typed);
        QVERIFY(
            QTest::qWaitFor([&] { return model->filter().text == QStringLiteral("代码"); }, 5000));
        QVERIFY(settled(model));
        QVERIFY(model->total() > 0 && model->total() < 931);

        // A filter that matches nothing says so.
        search->setText(QStringLiteral("不存在的项目名称"));
        QVERIFY(QTest::qWaitFor([&] { return model->total() == 0 && !model->isLoading(); }, 10000));
        auto* stack = tenders->findChild<QStackedWidget*>();
        QVERIFY(stack->currentWidget() != table);
        bool saysNoMatch = false;
        for (QLabel* label : stack->currentWidget()->findChildren<QLabel*>())
            saysNoMatch |= label->text().contains(QLatin1String("No tender matches"));
        QVERIFY(saysNoMatch);

        // Filters by status narrow the list too.
        search->clear();
        auto* status = tenders->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model->filter().status == QStringLiteral("cancelled") && !model->isLoading();
            },
            10000));
        QVERIFY(model->total() > 0 && model->total() < 200);

        // Sorting by a header click.
        table->horizontalHeader()->setSortIndicator(int(TenderColumn::Budget), Qt::AscendingOrder);
        QCOMPARE(model->order().column, TenderColumn::Budget);

        // Workspaces by keyboard.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.workspaces()->currentIndex(), 3);

        // The layout is remembered.
        window.close();
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/workspace")).toInt(), 3);
    }

    void emptyDatabaseWithoutTheOffer()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        ui::MainWindow window(db);
        window.show();
        ui::TendersWorkspace* tenders = window.tendersWorkspace();
        QVERIFY(settled(tenders->model()));
        auto* stack = tenders->findChild<QStackedWidget*>();
        QVERIFY(stack->currentWidget() != tenders->table());
        auto* button = stack->currentWidget()->findChild<QPushButton*>();
        QVERIFY(button && button->isVisible());
        QVERIFY(tenders->detailView()->toPlainText().contains(QLatin1String("Select a tender")));
        // The status bar warns of a missing font for Chinese exactly when this computer has none.
        auto* fontWarning = window.findChild<QLabel*>(QStringLiteral("chineseFontWarning"));
        QCOMPARE(fontWarning != nullptr, !chineseFontWarning().isEmpty());
        if (fontWarning)
            QVERIFY(fontWarning->text().contains(QLatin1String("fonts-noto-cjk")));
        window.close();
    }

    void cancellingTheDemoLeavesTheDatabaseEmpty()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        ui::MainWindow window(db);
        window.show();
        QString failure;
        QObject::connect(window.demoLoader(), &ui::DemoLoader::failed,
                         [&](const QString& message) { failure = message; });
        answerNextMessageBox(QMessageBox::Ok);
        window.demoLoader()->start(demo::DemoOptions{1, 200'000, 2024});
        QProgressDialog* progress = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                progress = window.findChild<QProgressDialog*>();
                return progress && progress->value() > 0;
            },
            20000));
        // As a person does: the dialog's Cancel button.
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !window.demoLoader()->isRunning(); }, 60000));
        QVERIFY(failure.contains(QLatin1String("cancelled")));
        window.tendersWorkspace()->reload();
        QVERIFY(settled(window.tendersWorkspace()->model()));
        QCOMPARE(window.tendersWorkspace()->model()->total(), 0);
        window.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
