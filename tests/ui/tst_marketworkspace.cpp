// The Market workspace offscreen, on figures from a report built by hand (the market's SQL is
// tested with the core): the dashboards drawn by ECharts in WebEngine, a click on a bar that
// lists its tenders beside them and opens one, the filters that rebuild the figures and are
// remembered, the empty state, and the export of the report in each format.
#include "analytics/reportformat.h"
#include "domain/error.h"
#include "market/drilltendersmodel.h"
#include "market/marketfilterbar.h"
#include "market/marketworkspace.h"
#include "market/reportexportdialog.h"
#include "market/reportview.h"
#include "print/pdfprinting.h"
#include "samplereport.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebEnginePage>

#include <memory>

using namespace td;

namespace {

// What the fake market was asked, read on the GUI thread after the worker wrote it.
struct Calls
{
    QMutex mutex;
    QList<analytics::MarketFilter> reports;
    QStringList languages;
    QList<QStringList> sections;
    QStringList drills; // "section/key"
};

analytics::MarketFilterChoices sampleChoices(qint64 tenders)
{
    analytics::MarketFilterChoices choices;
    choices.tenderCount = tenders;
    if (tenders == 0)
        return choices;
    choices.firstPublished = QDate(2026, 1, 5);
    choices.lastPublished = QDate(2026, 3, 28);
    choices.buyers = {{11, QStringLiteral("国家电网")}, {12, QStringLiteral("中国石化")}};
    choices.categories = {QStringLiteral("knowledgeAssistant"), QStringLiteral("codeGeneration")};
    choices.vendors = {{21, QStringLiteral("华为")}};
    choices.modelFamilies = {QStringLiteral("DeepSeek-V3"), QStringLiteral("Qwen3")};
    choices.accelerators = {QStringLiteral("Ascend 910B")};
    return choices;
}

ui::MarketSource fakeSource(const std::shared_ptr<Calls>& calls, qint64 tenders)
{
    ui::MarketSource source;
    source.sectionIds = [] {
        return QStringList{QStringLiteral("tenders_by_month"), QStringLiteral("vendors")};
    };
    source.choices = [tenders](const Database&) {
        return sampleChoices(tenders);
    };
    source.report = [calls](const Database&, const analytics::MarketFilter& filter,
                            const QString& language, const QStringList& sections,
                            const std::function<bool()>& cancelled) {
        {
            QMutexLocker lock(&calls->mutex);
            calls->reports.append(filter);
            calls->languages.append(language);
            calls->sections.append(sections);
        }
        analytics::Report report = test::sampleReport(language);
        if (!sections.isEmpty())
            report.sections.removeIf(
                [&](const analytics::ReportSection& s) { return !sections.contains(s.id); });
        for (qsizetype i = 0; i < report.sections.size(); ++i)
            if (cancelled)
                cancelled();
        return report;
    };
    source.drillDown = [calls](const Database&, const analytics::MarketFilter&,
                               const QString& section, const QString& key) {
        {
            QMutexLocker lock(&calls->mutex);
            calls->drills.append(section + QLatin1Char('/') + key);
        }
        QList<analytics::DrillTender> found;
        for (int i = 0; i < 3; ++i) {
            analytics::DrillTender t;
            t.id = 100 + i;
            t.reference = QStringLiteral("SGCC-%1-%2").arg(key).arg(i);
            t.title = QStringLiteral("知识库问答 %1").arg(i);
            t.buyer = QStringLiteral("国家电网");
            t.budgetMinor = 123456789;
            t.currency = QStringLiteral("CNY");
            t.published = QDate(2026, 2, 10 + i);
            found.append(t);
        }
        return found;
    };
    return source;
}

QVariant runScript(QWebEnginePage* page, const QString& script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant& value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return result;
}

// Presses and releases the pointer on the middle of bar `index` of the first chart, through
// the page's own DOM events: ECharts finds the bar under the pointer and reports the click.
QString clickBar(QWebEnginePage* page, int index)
{
    return runScript(page, QStringLiteral(R"(
(function () {
  var c = window.tenderdeskCharts[0].chart;
  var top = c.convertToPixel({ seriesIndex: 0 }, [%1, 1]);
  var base = c.convertToPixel({ seriesIndex: 0 }, [%1, 0]);
  var dom = c.getDom();
  var box = dom.getBoundingClientRect();
  var x = box.left + top[0], y = box.top + (top[1] + base[1]) / 2;
  var target = document.elementFromPoint(x, y) || dom;
  var init = { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window,
               button: 0, buttons: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  ['pointermove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'].forEach(
    function (type) {
      var Event = type.indexOf('pointer') === 0 ? PointerEvent : MouseEvent;
      target.dispatchEvent(new Event(type, init));
    });
  return target.tagName + ' ' + Math.round(x) + ',' + Math.round(y);
})()
)")
                               .arg(index))
        .toString();
}

} // namespace

class TestMarketWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void showsTheDashboardsAndDrillsIntoABar()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        ui::MarketWorkspace workspace(db, fakeSource(calls, 13));
        QSignalSpy shown(&workspace, &ui::MarketWorkspace::dashboardShown);
        workspace.resize(1300, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(shown.count() == 1 || shown.wait(60000));
        QCOMPARE(workspace.pages()->currentIndex(), 0);
        QVERIFY(workspace.dashboard()->isReady());
        QVERIFY(!workspace.isBusy());
        QCOMPARE(workspace.report().sections.size(), 2);
        QCOMPARE(calls->reports.size(), 1);
        QVERIFY(calls->reports.at(0).isEmpty());
        QCOMPARE(calls->languages.at(0), QStringLiteral("en"));

        // The filter bar offers what the database holds.
        ui::MarketFilterBar* bar = workspace.filterBar();
        QCOMPARE(bar->buyerCombo()->count(), 3); // All, and the two buyers
        QCOMPARE(bar->buyerCombo()->itemText(1), QStringLiteral("国家电网"));
        QCOMPARE(bar->categoryCombo()->itemText(1), QStringLiteral("Knowledge assistant"));
        QCOMPARE(bar->acceleratorCombo()->itemText(1), QStringLiteral("Ascend 910B"));

        // The page shows both sections, with a chart drawn as SVG.
        QWebEnginePage* page = workspace.dashboard()->page();
        QCOMPARE(
            runScript(page, QStringLiteral("document.querySelectorAll('section').length")).toInt(),
            2);
        QVERIFY(runScript(page, QStringLiteral("document.querySelectorAll('#chart-0 svg "
                                               "path').length"))
                    .toInt() > 3);

        // A click on February's bar lists its tenders beside the charts.
        QAbstractItemModelTester tester(workspace.drillModel());
        QSignalSpy drilled(&workspace, &ui::MarketWorkspace::drillShown);
        const QString clicked = clickBar(page, 1);
        // The page's messages may be handled while the script still runs: count, not wait.
        QVERIFY2(QTest::qWaitFor([&] { return drilled.count() == 1; }, 20000), qPrintable(clicked));
        QCOMPARE(calls->drills, QStringList{QStringLiteral("tenders_by_month/2026-02")});
        QCOMPARE(workspace.drillModel()->rowCount(), 3);
        QCOMPARE(workspace.drillModel()->index(0, ui::DrillTendersModel::Reference).data(),
                 QVariant(QStringLiteral("SGCC-2026-02-0")));
        QCOMPARE(workspace.drillModel()->index(0, ui::DrillTendersModel::Budget).data(),
                 QVariant(QStringLiteral("1,234,567.89 CNY")));

        // Double-clicking one asks for it to be opened.
        QSignalSpy open(&workspace, &ui::MarketWorkspace::openTenderRequested);
        QTableView* table = workspace.drillTable();
        QVERIFY(table->isVisible());
        QVERIFY(table->viewport()->width() > 100);
        const QPoint cell = table->visualRect(workspace.drillModel()->index(1, 0)).center();
        // As a person double-clicks: a click, then the second press (see tst_bidsworkspace).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), 101);
    }

    void filtersRebuildTheFiguresAndAreRemembered()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        {
            ui::MarketWorkspace workspace(db, fakeSource(calls, 13));
            QSignalSpy shown(&workspace, &ui::MarketWorkspace::dashboardShown);
            workspace.show();
            QVERIFY(shown.wait(60000));
            ui::MarketFilterBar* bar = workspace.filterBar();
            bar->buyerCombo()->setCurrentIndex(2);
            bar->periodCheck()->setChecked(true);
            bar->fromEdit()->setDate(QDate(2026, 2, 1));
            bar->toEdit()->setDate(QDate(2026, 2, 28));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    QMutexLocker lock(&calls->mutex);
                    return calls->reports.size() >= 2 &&
                           calls->reports.constLast().from == QDate(2026, 2, 1) &&
                           calls->reports.constLast().to == QDate(2026, 2, 28);
                },
                20000));
            QCOMPARE(calls->reports.constLast().buyers, QList<qint64>{12});
            QVERIFY(QTest::qWaitFor([&] { return !workspace.isBusy(); }, 30000));
        }
        // A new session starts from the same filters.
        calls->reports.clear();
        ui::MarketWorkspace again(db, fakeSource(calls, 13));
        QSignalSpy shown(&again, &ui::MarketWorkspace::dashboardShown);
        QVERIFY(shown.wait(60000));
        QCOMPARE(again.filterBar()->buyerCombo()->currentText(), QStringLiteral("中国石化"));
        const analytics::MarketFilter filter = again.filterBar()->filter();
        QCOMPARE(filter.buyers, QList<qint64>{12});
        QCOMPARE(filter.from, QDate(2026, 2, 1));
        QCOMPARE(filter.to, QDate(2026, 2, 28));
        // And the figures shown are those of the restored filters.
        QVERIFY(QTest::qWaitFor([&] { return !again.isBusy(); }, 30000));
        QMutexLocker lock(&calls->mutex);
        QCOMPARE(calls->reports.constLast().buyers, QList<qint64>{12});
        QCOMPARE(calls->reports.constLast().from, QDate(2026, 2, 1));
    }

    void anEmptyDatabaseSaysSo()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        ui::MarketWorkspace workspace(db, fakeSource(calls, 0));
        QSignalSpy shown(&workspace, &ui::MarketWorkspace::dashboardShown);
        QSignalSpy demo(&workspace, &ui::MarketWorkspace::loadDemoRequested);
        QVERIFY(shown.wait(30000));
        QCOMPARE(workspace.pages()->currentIndex(), 1);
        QVERIFY(calls->reports.isEmpty());
        QPushButton* load = workspace.pages()->currentWidget()->findChild<QPushButton*>();
        QVERIFY(load);
        load->click();
        QCOMPARE(demo.count(), 1);
    }

    void aFailingReportIsShownAsASentence()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        ui::MarketSource source = fakeSource(calls, 13);
        source.report = [](const Database&, const analytics::MarketFilter&, const QString&,
                           const QStringList&, const std::function<bool()>&) -> analytics::Report {
            throw Error(QStringLiteral("The market figures could not be read."));
        };
        ui::MarketWorkspace workspace(db, source);
        QSignalSpy shown(&workspace, &ui::MarketWorkspace::dashboardShown);
        QVERIFY(shown.wait(30000));
        QCOMPARE(workspace.pages()->currentIndex(), 2);
        QCOMPARE(workspace.messageLabel()->text(),
                 QStringLiteral("The market figures could not be read."));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("written");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("xlsx") << int(analytics::ReportFormat::Xlsx) << QStringLiteral("market.xlsx")
                              << QStringList{QStringLiteral("market.xlsx")} << QByteArray("PK");
        QTest::newRow("csv")
            << int(analytics::ReportFormat::Csv) << QStringLiteral("market.csv")
            << QStringList{QStringLiteral("market-vendor_wins.csv"),
                           QStringLiteral(
                               "market-vendors_by_accelerator_and_model_family_long.csv")}
            << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("html") << int(analytics::ReportFormat::Html) << QStringLiteral("market.html")
                              << QStringList{QStringLiteral("market.html")}
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << int(analytics::ReportFormat::Pdf) << QStringLiteral("market.pdf")
                             << QStringList{QStringLiteral("market.pdf")} << QByteArray("%PDF-");
    }

    void exportsEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        QFETCH(QStringList, written);
        QFETCH(QByteArray, start);
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        QTemporaryDir dir;
        ui::ReportExportDialog dialog(
            db, fakeSource(calls, 13), analytics::MarketFilter{},
            {{QStringLiteral("tenders_by_month"), QStringLiteral("Tenders by month")},
             {QStringLiteral("vendors"), QStringLiteral("Vendors")}},
            QStringLiteral("en"));
        dialog.show();
        // Only the vendors, in Chinese.
        dialog.sectionList()->item(0)->setCheckState(Qt::Unchecked);
        dialog.languageCombo()->setCurrentIndex(
            dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(format));
        dialog.fileEdit()->setText(dir.filePath(file));

        // The preview shows the report as it will be written.
        QSignalSpy previewed(&dialog, &ui::ReportExportDialog::previewShown);
        dialog.previewButton()->click();
        QVERIFY(previewed.wait(60000));
        QCOMPARE(runScript(dialog.preview()->page(), QStringLiteral("document.title")).toString(),
                 QStringLiteral("生成式人工智能采购市场报告"));

        QSignalSpy saved(&dialog, &ui::ReportExportDialog::saved);
        QSignalSpy failed(&dialog, &ui::ReportExportDialog::failed);
        dialog.saveButton()->click();
        QVERIFY(dialog.progress());
        QVERIFY2(saved.wait(60000),
                 qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));
        QStringList expected;
        for (const QString& name : std::as_const(written))
            expected.append(dir.filePath(name));
        QCOMPARE(dialog.written(), expected);
        for (const QString& path : std::as_const(expected)) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::ReadOnly));
            QVERIFY(out.readAll().startsWith(start));
        }
        QCOMPARE(calls->sections.constLast(), QStringList{QStringLiteral("vendors")});
        QCOMPARE(calls->languages.constLast(), QStringLiteral("zh_CN"));
        QVERIFY(!dialog.progress());
    }

    void cancellingAnExportWritesNothing()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const Database& db = testDb.open();
        auto calls = std::make_shared<Calls>();
        ui::MarketSource source = fakeSource(calls, 13);
        // A report that takes its time, section by section, and stops when cancelled.
        source.report = [](const Database&, const analytics::MarketFilter&, const QString& language,
                           const QStringList&, const std::function<bool()>& cancelled) {
            for (int i = 0; i < 200; ++i) {
                if (cancelled && cancelled())
                    throw Error(QStringLiteral("cancelled"));
                QThread::msleep(20);
            }
            return test::sampleReport(language);
        };
        QTemporaryDir dir;
        ui::ReportExportDialog dialog(db, source, analytics::MarketFilter{}, {},
                                      QStringLiteral("en"));
        dialog.formatCombo()->setCurrentIndex(
            dialog.formatCombo()->findData(int(analytics::ReportFormat::Xlsx)));
        dialog.fileEdit()->setText(dir.filePath(QStringLiteral("market.xlsx")));
        QCOMPARE(dialog.sectionList()->count(), 2); // from the source's section ids
        dialog.show();
        QSignalSpy saved(&dialog, &ui::ReportExportDialog::saved);
        dialog.saveButton()->click();
        QVERIFY(dialog.progress());
        QTest::qWait(100);
        auto* cancelButton = dialog.progress()->findChild<QPushButton*>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(!dialog.progress());
        QTest::qWait(500);
        QCOMPARE(saved.count(), 0);
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());
    }
};

int main(int argc, char** argv)
{
    preparePdfPrinting();
    QApplication app(argc, argv);
    TestMarketWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_marketworkspace.moc"
