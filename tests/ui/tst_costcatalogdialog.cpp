// Benchmarks > Accelerator catalog, offscreen: the three table models under
// QAbstractItemModelTester, edits checked as they are typed, undo and redo across the tabs,
// Save that writes every edit or none, and Cancel that asks when edits are unsaved.
#include "benchmarks/acceleratorcatalogdialog.h"
#include "benchmarks/acceleratorcatalogmodel.h"
#include "benchmarks/hostingcatalogmodel.h"
#include "benchmarks/vouchercatalogmodel.h"
#include "dialoghandler.h"
#include "store/acceleratorrepository.h"
#include "store/auditlog.h"
#include "store/costcatalogrepository.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace td;

namespace td {
// How QCOMPARE shows an amount that differs.
char* toString(const Money& m)
{
    return QTest::toString(m.toPlainString() + QLatin1Char(' ') + m.currency());
}
} // namespace td
using ui::AcceleratorCatalogModel;
using ui::HostingCatalogModel;
using ui::VoucherCatalogModel;

using test::answerNextMessageBox;
using test::handleNextDialog;

namespace {

template <typename Model, typename Entry, typename Key>
int rowOf(const Model& model, Key Entry::*key, const QString& value)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.entry(row).*key == value)
            return row;
    return -1;
}

QStringList cities()
{
    QStringList out;
    for (const ComputeVoucher& v : CostCatalogRepository::builtInVouchers())
        out.append(v.city);
    return out;
}

qint64 auditEntries(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

} // namespace

class TestCostCatalogDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelsPassTheModelTester()
    {
        QUndoStack undo;
        AcceleratorCatalogModel accelerators(AcceleratorRepository::builtInCatalog(), &undo);
        HostingCatalogModel hosting(CostCatalogRepository::builtInHostingOptions(), cities(),
                                    &undo);
        VoucherCatalogModel vouchers(CostCatalogRepository::builtInVouchers(), &undo);
        QAbstractItemModelTester t1(&accelerators,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&hosting,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&vouchers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(accelerators.columnCount(), int(AcceleratorCatalogModel::ColumnCount));
        QCOMPARE(hosting.rowCount(), 11);
        QCOMPARE(vouchers.rowCount(), 7);
        // Edits, undo and redo signal what changed, and the testers check every signal.
        QVERIFY(accelerators.setData(accelerators.index(0, AcceleratorCatalogModel::HourlyPrice),
                                     QStringLiteral("3.00")));
        QVERIFY(hosting.setData(hosting.index(0, HostingCatalogModel::Pue), QStringLiteral("1.3")));
        QVERIFY(vouchers.setData(vouchers.index(0, VoucherCatalogModel::SubsidyPercent), 70));
        QCOMPARE(undo.count(), 3);
        undo.undo();
        undo.undo();
        undo.undo();
        undo.redo();
        QVERIFY(accelerators.isModified());
        QVERIFY(!hosting.isModified());
        QVERIFY(!vouchers.isModified());
        QCOMPARE(accelerators.rowCount(accelerators.index(0, 0)), 0);
        QCOMPARE(accelerators.columnCount(accelerators.index(0, 0)), 0);
    }

    void acceleratorEditsUndoAndShowWhatChanged()
    {
        QUndoStack undo;
        AcceleratorCatalogModel model(AcceleratorRepository::builtInCatalog(), &undo);
        const int row = rowOf(model, &Accelerator::model, QStringLiteral("Huawei Ascend 910B"));
        QVERIFY(row >= 0);
        const QModelIndex price = model.index(row, AcceleratorCatalogModel::HourlyPrice);
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("4.66"));
        QVERIFY(!price.data(Qt::FontRole).isValid());

        QVERIFY(model.setData(price, QStringLiteral(" 6.1 ")));
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("6.10"));
        QCOMPARE(*model.entry(row).hourlyPrice, Money::yuan(610));
        QVERIFY(price.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(QLatin1String("Was: 4.66")));
        QCOMPARE(model.modifiedEntries().size(), 1);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(),
                 QStringLiteral("change Hourly price (CNY) of Huawei Ascend 910B"));

        // Typing what is already there is no edit.
        QVERIFY(model.setData(price, QStringLiteral("6.10")));
        QCOMPARE(undo.count(), 1);

        undo.undo();
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("4.66"));
        QVERIFY(!model.isModified());
        undo.redo();
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("6.10"));

        // No price: the cell says so, in the colour of a problem.
        QVERIFY(model.setData(price, QString()));
        QVERIFY(!model.entry(row).hourlyPrice);
        QCOMPARE(price.data(Qt::DisplayRole).toString(), QStringLiteral("(not set)"));

        // Flags: a check box for the flags, read-only model names.
        const QModelIndex domestic = model.index(row, AcceleratorCatalogModel::Domestic);
        QVERIFY(model.flags(domestic) & Qt::ItemIsUserCheckable);
        QCOMPARE(domestic.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(domestic, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.entry(row).domestic);
        const QModelIndex name = model.index(row, AcceleratorCatalogModel::Model);
        QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(name, QStringLiteral("Renamed")));
        QCOMPARE(model.entry(row).model, QStringLiteral("Huawei Ascend 910B"));

        // Other figures: watts, throughput, source and date.
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PowerWatts), 310));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PeakBf16), 300.5));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PriceSource),
                              QStringLiteral("Our cloud quote")));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PriceDate),
                              QStringLiteral("2026-11-20")));
        const Accelerator& edited = model.entry(row);
        QCOMPARE(edited.powerWatts, 310);
        QCOMPARE(edited.peakBf16Tflops, 300.5);
        QCOMPARE(edited.priceSource, QStringLiteral("Our cloud quote"));
        QCOMPARE(edited.priceDate, QDate(2026, 11, 20));

        // What buying one costs, for bids that deliver their hardware: price, source, date and
        // service life, each an undoable edit.
        const QModelIndex purchase = model.index(row, AcceleratorCatalogModel::PurchasePrice);
        QCOMPARE(purchase.data(Qt::EditRole).toString(), QStringLiteral("122500.00"));
        QVERIFY(model.setData(purchase, QStringLiteral("118000")));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PurchasePriceSource),
                              QStringLiteral("Integrator quote")));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::PurchasePriceDate),
                              QStringLiteral("2026-11-25")));
        QVERIFY(model.setData(model.index(row, AcceleratorCatalogModel::ServiceLifeYears), 4));
        QCOMPARE(*model.entry(row).purchasePrice, Money::yuan(11'800'000));
        QCOMPARE(model.entry(row).purchasePriceSource, QStringLiteral("Integrator quote"));
        QCOMPARE(model.entry(row).purchasePriceDate, QDate(2026, 11, 25));
        QCOMPARE(model.entry(row).serviceLifeYears, 4);
        QCOMPARE(undo.undoText(),
                 QStringLiteral("change Service life (years) of Huawei Ascend 910B"));
        undo.undo();
        QCOMPARE(model.entry(row).serviceLifeYears, 5);
        QVERIFY(model.setData(purchase, QString()));
        QCOMPARE(purchase.data(Qt::DisplayRole).toString(), QStringLiteral("(not set)"));
    }

    void exportControlledModelsAreMarked()
    {
        QUndoStack undo;
        AcceleratorCatalogModel model(AcceleratorRepository::builtInCatalog(), &undo);
        const int h800 = rowOf(model, &Accelerator::model, QStringLiteral("NVIDIA H800"));
        const int ascend = rowOf(model, &Accelerator::model, QStringLiteral("Huawei Ascend 910C"));
        const QModelIndex risky = model.index(h800, AcceleratorCatalogModel::Model);
        QVERIFY(!risky.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(risky.data(Qt::ForegroundRole).isValid());
        QVERIFY(risky.data(Qt::ToolTipRole).toString().contains(QLatin1String("provenance")));
        const QModelIndex safe = model.index(ascend, AcceleratorCatalogModel::Model);
        QVERIFY(safe.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!safe.data(Qt::ForegroundRole).isValid());
        // Unticking the flag removes the mark.
        QVERIFY(model.setData(model.index(h800, AcceleratorCatalogModel::ExportControlled),
                              Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(risky.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void refusedEdits_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative price")
            << int(AcceleratorCatalogModel::HourlyPrice) << QVariant(QStringLiteral("-1.00"))
            << QStringLiteral("cannot be negative");
        QTest::newRow("three decimals")
            << int(AcceleratorCatalogModel::HourlyPrice) << QVariant(QStringLiteral("1.234"))
            << QStringLiteral("at most two decimals");
        QTest::newRow("words for a price")
            << int(AcceleratorCatalogModel::HourlyPrice) << QVariant(QStringLiteral("cheap"))
            << QStringLiteral("at most two decimals");
        QTest::newRow("negative watts") << int(AcceleratorCatalogModel::PowerWatts) << QVariant(-5)
                                        << QStringLiteral("whole number from 0");
        QTest::newRow("fractional watts")
            << int(AcceleratorCatalogModel::PowerWatts) << QVariant(QStringLiteral("3.5"))
            << QStringLiteral("whole number");
        QTest::newRow("negative memory") << int(AcceleratorCatalogModel::MemoryGb) << QVariant(-1)
                                         << QStringLiteral("whole number");
        QTest::newRow("negative throughput") << int(AcceleratorCatalogModel::PeakInt8)
                                             << QVariant(-2.5) << QStringLiteral("zero or more");
        QTest::newRow("impossible date")
            << int(AcceleratorCatalogModel::PriceDate) << QVariant(QStringLiteral("2026-13-01"))
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("negative purchase price")
            << int(AcceleratorCatalogModel::PurchasePrice) << QVariant(QStringLiteral("-1"))
            << QStringLiteral("cannot be negative");
        QTest::newRow("no service life") << int(AcceleratorCatalogModel::ServiceLifeYears)
                                         << QVariant(0) << QStringLiteral("whole number from 1");
        QTest::newRow("no vendor")
            << int(AcceleratorCatalogModel::Vendor) << QVariant(QStringLiteral("  "))
            << QStringLiteral("cannot be empty");
    }
    void refusedEdits()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        QUndoStack undo;
        AcceleratorCatalogModel model(AcceleratorRepository::builtInCatalog(), &undo);
        QSignalSpy refused(&model, &ui::CatalogTableModel::editRefused);
        const QModelIndex cell = model.index(0, column);
        const QVariant before = cell.data(Qt::EditRole);
        QVERIFY(!model.setData(cell, value));
        QCOMPARE(refused.size(), 1);
        const QString said = refused.at(0).at(0).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QVERIFY2(said.contains(model.entry(0).model), qPrintable(said)); // names the cell
        QCOMPARE(cell.data(Qt::EditRole), before);
        QCOMPARE(undo.count(), 0);
        QVERIFY(!model.isModified());
    }

    void hostingAndVoucherEdits()
    {
        QUndoStack undo;
        HostingCatalogModel hosting(CostCatalogRepository::builtInHostingOptions(), cities(),
                                    &undo);
        VoucherCatalogModel vouchers(CostCatalogRepository::builtInVouchers(), &undo);
        QSignalSpy hostingRefused(&hosting, &ui::CatalogTableModel::editRefused);
        QSignalSpy voucherRefused(&vouchers, &ui::CatalogTableModel::editRefused);
        const int zhongwei = rowOf(hosting, &HostingOption::id, QStringLiteral("zhongwei"));

        const QModelIndex cities = hosting.index(zhongwei, HostingCatalogModel::VoucherCities);
        QVERIFY(hosting.setData(cities, QStringLiteral("Shanghai, Beijing ,Shanghai")));
        QCOMPARE(cities.data().toString(), QStringLiteral("Beijing, Shanghai"));
        QCOMPARE(hosting.entry(zhongwei).voucherCities,
                 (QStringList{QStringLiteral("Beijing"), QStringLiteral("Shanghai")}));
        QVERIFY(!hosting.setData(cities, QStringLiteral("Beijing, Atlantis")));
        QVERIFY(hostingRefused.constLast().at(0).toString().contains(QLatin1String("Atlantis")));

        const QModelIndex pue = hosting.index(zhongwei, HostingCatalogModel::Pue);
        QVERIFY(!hosting.setData(pue, QStringLiteral("0.95")));
        QVERIFY(hostingRefused.constLast().at(0).toString().contains(QLatin1String("1.00")));
        QVERIFY(hosting.setData(pue, QStringLiteral("1.1")));
        QCOMPARE(pue.data().toString(), QStringLiteral("1.10"));
        QCOMPARE(hosting.entry(zhongwei).pueThousandths, 1100);

        const QModelIndex price = hosting.index(zhongwei, HostingCatalogModel::ElectricityPrice);
        QVERIFY(!hosting.setData(price, QStringLiteral("0.28755")));
        QVERIFY(!hosting.setData(price, QStringLiteral("-0.3")));
        QVERIFY(hosting.setData(price, QStringLiteral("0.2875")));
        QCOMPARE(hosting.entry(zhongwei).electricityPricePerKwh, 2875);
        QVERIFY(!(hosting.flags(hosting.index(zhongwei, HostingCatalogModel::Id)) &
                  Qt::ItemIsEditable));
        QCOMPARE(hosting.modifiedEntries().size(), 1);

        const QModelIndex percent = vouchers.index(0, VoucherCatalogModel::SubsidyPercent);
        QVERIFY(!vouchers.setData(percent, 101));
        QVERIFY(voucherRefused.constLast().at(0).toString().contains(QLatin1String("0 to 100")));
        QVERIFY(vouchers.setData(percent, QStringLiteral("75")));
        QCOMPARE(vouchers.entry(0).subsidyPercent, 75);
        const QModelIndex cap = vouchers.index(0, VoucherCatalogModel::Cap);
        QVERIFY(!vouchers.setData(cap, QStringLiteral("-10")));
        QVERIFY(vouchers.setData(cap, QString()));
        QVERIFY(!vouchers.entry(0).cap);
        QCOMPARE(cap.data().toString(), QStringLiteral("(none stated)"));
        QVERIFY(!vouchers.setData(vouchers.index(0, VoucherCatalogModel::Name), QString()));

        // One undo history for both tables, newest first.
        QCOMPARE(undo.count(), 5);
        undo.undo(); // the cap
        QCOMPARE(*vouchers.entry(0).cap, Money::yuan(2'000'000'00));
        undo.undo(); // the rate
        undo.undo(); // the electricity price
        QCOMPARE(hosting.entry(zhongwei).electricityPricePerKwh, 3200);
    }

    void savesEveryEditInOneGo()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& database = testDb.open();
        const QSqlDatabase db = database.connection();
        AcceleratorRepository::addBuiltInCatalog(db);
        CostCatalogRepository::addBuiltInCatalog(db);

        ui::AcceleratorCatalogDialog dialog(db);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save && !save->isEnabled());

        // Type a price into the table as a person does.
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("acceleratorTable"));
        auto* model = qobject_cast<AcceleratorCatalogModel*>(table->model());
        const int row = rowOf(*model, &Accelerator::model, QStringLiteral("NVIDIA H20"));
        const QModelIndex price = model->index(row, AcceleratorCatalogModel::HourlyPrice);
        table->setCurrentIndex(price);
        table->edit(price);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("3.85"));
        QCOMPARE(editor->text(), QStringLiteral("3.85"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits in a queued call
        QTRY_COMPARE(*model->entry(row).hourlyPrice, Money::yuan(385));
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.isWindowModified());

        // A refused edit says why, under the table.
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("editProblem"));
        QVERIFY(!model->setData(model->index(row, AcceleratorCatalogModel::PowerWatts), -1));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("whole number")));

        // Ctrl+Z and Ctrl+Shift+Z.
        table->setFocus();
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(*model->entry(row).hourlyPrice, Money::yuan(215));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(*model->entry(row).hourlyPrice, Money::yuan(385));
        QVERIFY(!problem->isVisible());

        // An edit on another tab joins the same save.
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        auto* hostingTable = dialog.findChild<QTableView*>(QStringLiteral("hostingTable"));
        auto* hosting = qobject_cast<HostingCatalogModel*>(hostingTable->model());
        const int guian = rowOf(*hosting, &HostingOption::id, QStringLiteral("guian"));
        QVERIFY(hosting->setData(hosting->index(guian, HostingCatalogModel::ElectricityPrice),
                                 QStringLiteral("0.36")));

        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(*AcceleratorRepository(db).byModel(QStringLiteral("NVIDIA H20"))->hourlyPrice,
                 Money::yuan(385));
        QCOMPARE(CostCatalogRepository(db)
                     .hostingOption(QStringLiteral("guian"))
                     ->electricityPricePerKwh,
                 3600);
        QCOMPARE(auditEntries(db), 2);
        QVERIFY(AuditLog(db, database.dialect()).verify().intact());
        QVERIFY(!dialog.hasUnsavedEdits());
    }

    void cancelAsksAboutUnsavedEdits()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const QSqlDatabase db = testDb.open().connection();
        AcceleratorRepository::addBuiltInCatalog(db);
        CostCatalogRepository::addBuiltInCatalog(db);

        // Nothing edited: closes at once.
        {
            ui::AcceleratorCatalogDialog dialog(db);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.reject();
            QVERIFY(!dialog.isVisible());
        }

        ui::AcceleratorCatalogDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* vouchers = qobject_cast<VoucherCatalogModel*>(
            dialog.findChild<QTableView*>(QStringLiteral("voucherTable"))->model());
        QVERIFY(vouchers->setData(vouchers->index(1, VoucherCatalogModel::SubsidyPercent), 55));
        QVERIFY(dialog.hasUnsavedEdits());

        // Cancel in the question: the dialog stays, edits and all.
        QString asked;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        dialog.reject();
        QVERIFY(asked.contains(QLatin1String("Save your edits")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(vouchers->entry(1).subsidyPercent, 55);

        // The window's close button asks the same.
        answerNextMessageBox(QMessageBox::Cancel);
        dialog.close();
        QVERIFY(dialog.isVisible());

        // Discard: closes and writes nothing.
        answerNextMessageBox(QMessageBox::Discard);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(CostCatalogRepository(db).voucher(QStringLiteral("Chengdu"))->subsidyPercent, 30);
        QCOMPARE(auditEntries(db), 0);
    }

    void aRefusedSaveWritesNothing()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const QSqlDatabase db = testDb.open().connection();
        AcceleratorRepository::addBuiltInCatalog(db);
        CostCatalogRepository::addBuiltInCatalog(db);

        ui::AcceleratorCatalogDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* accelerators = qobject_cast<AcceleratorCatalogModel*>(
            dialog.findChild<QTableView*>(QStringLiteral("acceleratorTable"))->model());
        auto* hosting = qobject_cast<HostingCatalogModel*>(
            dialog.findChild<QTableView*>(QStringLiteral("hostingTable"))->model());
        QVERIFY(accelerators->setData(accelerators->index(0, AcceleratorCatalogModel::PowerWatts),
                                      123));
        const int qingyang = rowOf(*hosting, &HostingOption::id, QStringLiteral("qingyang"));
        QVERIFY(hosting->setData(hosting->index(qingyang, HostingCatalogModel::Hub),
                                 QStringLiteral("甘肃")));
        // Another desk removes the option meanwhile: its edit cannot be written, so neither is
        // the accelerator's.
        sql::run(db, QStringLiteral("DELETE FROM hosting_options WHERE id = 'qingyang'"));
        QString warning;
        answerNextMessageBox(QMessageBox::Ok, &warning);
        QVERIFY(!dialog.save());
        QVERIFY2(warning.contains(QLatin1String("Nothing was saved")) &&
                     warning.contains(QLatin1String("qingyang")),
                 qPrintable(warning));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.hasUnsavedEdits());
        const QString model = accelerators->entry(0).model;
        QVERIFY(AcceleratorRepository(db).byModel(model)->powerWatts != 123);
        QCOMPARE(auditEntries(db), 0);
        answerNextMessageBox(QMessageBox::Discard);
        dialog.reject();
    }
};

QTEST_MAIN(TestCostCatalogDialog)
#include "tst_costcatalogdialog.moc"
