// The Evaluation workspace on a tender opened through the core's own workflow (published,
// bids sealed, received and opened): the picker and its empty state; each evaluator
// sees only their own sheet until every sheet is in, then everyone's; a submitted sheet is
// read-only; sheet edits undo and redo; an override needs a written justification (the dialog
// and the desk both refuse one without); a number of the ranking opens to its formula; the
// settings dialog says what is wrong before it accepts.
#include "dialoghandler.h"
#include "evaluation/compliancemodel.h"
#include "evaluation/compliancepage.h"
#include "evaluation/evaluabletendermodel.h"
#include "evaluation/evaluationdesk.h"
#include "evaluation/evaluationsession.h"
#include "evaluation/evaluationsettingsdialog.h"
#include "evaluation/evaluationworkspace.h"
#include "evaluation/explanationdialog.h"
#include "evaluation/overridedialog.h"
#include "evaluation/panelpage.h"
#include "evaluation/panelscoresmodel.h"
#include "evaluation/rankingmodel.h"
#include "evaluation/rankingpage.h"
#include "evaluation/sheetmodel.h"
#include "evaluationfixtures.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace td;
using namespace td::test;
using namespace td::ui;

namespace {

const QString officer = QStringLiteral("采购专员");
const QString chair = QStringLiteral("评委甲");
const QString member = QStringLiteral("评委乙");
// The evaluation's clock: an hour after the opening (a function: the opening is another file's
// static, not yet made while this file's are).
QDateTime evaluating()
{
    return openedAt().addSecs(3600);
}

// Each evaluator's points per scored criterion of the knowledge-assistant template (technical
// 30, accuracy 15, performance 10, security 10, service 5), the same for every bid; values no
// other number on screen takes, so that finding one means the sheet it came from is shown.
const QList<std::pair<QString, double>> chairPoints{{QStringLiteral("technical"), 27.37},
                                                    {QStringLiteral("benchmarkAccuracy"), 13.41},
                                                    {QStringLiteral("benchmarkPerformance"), 8.83},
                                                    {QStringLiteral("security"), 9.19},
                                                    {QStringLiteral("service"), 4.47}};
const QList<std::pair<QString, double>> memberPoints{{QStringLiteral("technical"), 21.73},
                                                     {QStringLiteral("benchmarkAccuracy"), 11.29},
                                                     {QStringLiteral("benchmarkPerformance"), 7.57},
                                                     {QStringLiteral("security"), 6.23},
                                                     {QStringLiteral("service"), 3.71}};

QString shown(double points)
{
    return QLocale().toString(points, 'f', 2);
}

QStringList shownAll(const QList<std::pair<QString, double>>& points)
{
    QStringList texts;
    for (const auto& [code, value] : points)
        texts.append(shown(value));
    return texts;
}

// Every text a model shows: cells (display and tooltip) and headers, through its tree.
void collect(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    for (int r = 0; r < model->rowCount(parent); ++r)
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            out << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            if (c == 0)
                collect(model, index, out);
        }
    for (int c = 0; c < model->columnCount(parent); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
}

// What the workspace shows anywhere: every model's texts and every label's.
QString everythingShown(const QWidget* workspace)
{
    QStringList texts;
    for (const QAbstractItemModel* model : workspace->findChildren<QAbstractItemModel*>())
        collect(model, {}, texts);
    for (const QLabel* label : workspace->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

QList<SheetScore> sheetOf(const QList<qint64>& bids,
                          const QList<std::pair<QString, double>>& points)
{
    QList<SheetScore> sheet;
    for (qint64 bid : bids)
        for (const auto& [code, value] : points)
            sheet.append({bid, code, value, QStringLiteral("评语")});
    return sheet;
}

} // namespace

class TestEvaluationWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    QString m_reference;
    QList<qint64> m_bids; // the valid bids, in the order of the evaluation

    // The template's tender with a bid of each price (yuan, lot 1) sealed, received and opened
    // (the evaluation tests' own fixture), and its compliance review confirmed, any failed
    // check overturned first, so that every bid goes on to scoring.
    void openTender(const QList<qint64>& prices)
    {
        m_db = std::make_unique<TestDatabase>(Engine::Sqlite);
        QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
        const Database& db = m_db->open();
        m_reference = openedTender(db, m_dir.path(), [&prices](const QString& reference) {
                          QList<BidContent> bids;
                          for (qint64 yuan : prices)
                              bids.append(evaluationBid(reference, yuan));
                          return bids;
                      }).reference;
        EvaluationDesk desk(db, officer);
        for (const BidCompliance& bid : desk.load(m_reference).compliance.bids)
            for (const ComplianceFinding& f : bid.findings)
                if (!f.passes())
                    desk.overrideCompliance(m_reference, bid.bidId, f.code, true,
                                            QStringLiteral("测试：人工核验通过"), evaluating());
        desk.confirmCompliance(m_reference, evaluating());
        m_bids.clear();
        for (const scoring::BidResult& b : desk.load(m_reference).result.bids)
            if (b.valid)
                m_bids.append(b.bidId);
        QCOMPARE(m_bids.size(), prices.size());
    }

    EvaluationDesk desk() { return EvaluationDesk(m_db->open(), officer); }

    // The workspace with the tender chosen and its evaluation loaded.
    std::unique_ptr<EvaluationWorkspace> workspace()
    {
        auto ws = std::make_unique<EvaluationWorkspace>(m_db->open());
        ws->session()->setClock([] { return evaluating(); });
        QSignalSpy loaded(ws->session(), &EvaluationSession::loaded);
        ws->selectTender(m_reference);
        if (!loaded.wait(20000))
            return nullptr;
        return ws;
    }

    // Shows `name`'s sheet in the panel page and waits until it is read.
    static bool showSheetOf(PanelPage* panel, const QString& name)
    {
        QSignalSpy read(panel, &PanelPage::sheetLoaded);
        panel->chooseViewer(name);
        return panel->viewer() == name && (read.count() > 0 || read.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setOrganizationName(QStringLiteral("TenderDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_evaluationworkspace"));
    }

    void init() { QSettings().clear(); }

    void pickerShowsOpenedTendersOrSaysWhy()
    {
        // No tender opened: the empty state says where evaluations come from.
        TestDatabase empty(Engine::Sqlite);
        QVERIFY2(empty.isReady(), qPrintable(empty.error()));
        {
            EvaluationWorkspace ws(empty.open());
            QSignalSpy listed(&ws, &EvaluationWorkspace::tendersLoaded);
            QVERIFY(listed.wait(10000));
            QCOMPARE(ws.stack()->currentWidget(), ws.emptyState());
            QVERIFY(ws.emptyState()->text().contains(QLatin1String("No tender has been opened")));
        }

        openTender({1'500'000, 1'520'000, 1'560'000});
        {
            EvaluationWorkspace ws(m_db->open());
            QAbstractItemModelTester tester(ws.tenderModel());
            QSignalSpy listed(&ws, &EvaluationWorkspace::tendersLoaded);
            QVERIFY(listed.wait(10000));
            QCOMPARE(ws.tenderModel()->rowCount(), 1);
            QVERIFY(ws.tenderModel()->index(0).data().toString().contains(m_reference));
            // A search that matches nothing says so.
            ws.searchField()->setText(QStringLiteral("no such tender"));
            QVERIFY(listed.wait(10000));
            QCOMPARE(ws.tenderModel()->rowCount(), 0);
            QVERIFY(ws.emptyState()->text().contains(QLatin1String("no such tender")));
            // Choosing the tender loads its evaluation, and it is remembered.
            ws.searchField()->setText(m_reference.right(6));
            QVERIFY(listed.wait(10000));
            QCOMPARE(ws.tenderModel()->rowCount(), 1);
            QSignalSpy loaded(ws.session(), &EvaluationSession::loaded);
            ws.tenderList()->setCurrentIndex(ws.tenderModel()->index(0));
            QVERIFY(loaded.wait(20000));
            QCOMPARE(ws.session()->reference(), m_reference);
        }
        // The next start shows the tender chosen last.
        EvaluationWorkspace again(m_db->open());
        QSignalSpy loaded(again.session(), &EvaluationSession::loaded);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(again.session()->reference(), m_reference);
    }

    void othersScoresStayHiddenUntilEverySheetIsIn()
    {
        openTender({1'500'000, 1'520'000, 1'560'000});
        desk().addEvaluator(m_reference, chair, QStringLiteral("chair"));
        desk().addEvaluator(m_reference, member, QStringLiteral("member"));
        desk().saveSheet(m_reference, chair, sheetOf(m_bids, chairPoints), true, evaluating());
        desk().saveSheet(m_reference, member, sheetOf(m_bids, memberPoints), false, evaluating());

        auto ws = workspace();
        QVERIFY(ws);
        PanelPage* panel = ws->panelPage();
        QAbstractItemModelTester sheetTester(panel->sheetModel());
        QAbstractItemModelTester rankingTester(ws->rankingPage()->model());

        // The chair submitted, the member not: the chair sees their own points, none of the
        // member's, and the count of sheets in.
        QVERIFY(showSheetOf(panel, chair));
        QString seen = everythingShown(ws.get());
        for (const QString& points : shownAll(chairPoints))
            QVERIFY2(seen.contains(points), qPrintable(points));
        for (const QString& points : shownAll(memberPoints) + QStringList{shown(50.53)})
            QVERIFY2(!seen.contains(points), qPrintable(points));
        QVERIFY(panel->panelState()->text().contains(QLatin1String("1 of 2 sheets submitted")));
        QVERIFY(panel->panelScoresView()->isHidden());
        QCOMPARE(panel->panelScores()->rowCount(), 0);

        // And the other way round: the member sees their draft, none of the chair's points
        // (63.27 is the sum of the chair's sheet: 27.37 + 13.41 + 8.83 + 9.19 + 4.47).
        QVERIFY(showSheetOf(panel, member));
        seen = everythingShown(ws.get());
        for (const QString& points : shownAll(memberPoints))
            QVERIFY2(seen.contains(points), qPrintable(points));
        for (const QString& points : shownAll(chairPoints) + QStringList{shown(63.27)})
            QVERIFY2(!seen.contains(points), qPrintable(points));

        // The member submits: now both see every sheet, side by side with the panel's score,
        // the mean of the two (technical: (27.37 + 21.73) / 2 = 24.55).
        QSignalSpy everyone(panel, &PanelPage::panelScoresLoaded);
        test::answerNextMessageBox(QMessageBox::Yes);
        panel->askAndSubmit();
        QVERIFY(everyone.wait(20000));
        QVERIFY(panel->panelScoresView()->isVisible() || !ws->isVisible());
        QVERIFY(!panel->panelScoresView()->isHidden());
        QCOMPARE(panel->panelScores()->rowCount(), int(m_bids.size() * chairPoints.size()));
        for (const QString& name : {chair, member}) {
            if (panel->viewer() != name) {
                everyone.clear();
                QVERIFY(showSheetOf(panel, name));
                QVERIFY(everyone.count() > 0 || everyone.wait(20000));
            }
            seen = everythingShown(ws.get());
            for (const QString& points : shownAll(chairPoints) + shownAll(memberPoints))
                QVERIFY2(seen.contains(points), qPrintable(points));
            QVERIFY2(seen.contains(shown(24.55)), qPrintable(seen));
        }
    }

    void aSubmittedSheetIsReadOnly()
    {
        openTender({1'500'000, 1'520'000});
        desk().addEvaluator(m_reference, chair, QStringLiteral("chair"));
        desk().addEvaluator(m_reference, member, QStringLiteral("member"));
        desk().saveSheet(m_reference, chair, sheetOf(m_bids, chairPoints), true, evaluating());

        auto ws = workspace();
        QVERIFY(ws);
        PanelPage* panel = ws->panelPage();
        QVERIFY(showSheetOf(panel, chair));
        SheetModel* sheet = panel->sheetModel();
        QCOMPARE(sheet->rowCount(), int(m_bids.size()));
        const QModelIndex cell = sheet->index(0, 0);
        QCOMPARE(cell.data().toString().left(5), shown(27.37));
        QVERIFY(!(sheet->flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!sheet->setData(cell, 1.0, Qt::EditRole));
        QVERIFY(!sheet->setData(cell, QStringLiteral("改"), SheetModel::CommentRole));
        QCOMPARE(panel->undoStack()->count(), 0);
        for (QAction* action : {panel->saveAction(), panel->submitAction(), panel->fillAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(panel->sheetState()->text().contains(QLatin1String("locked")));
        // No one is added to a panel once a sheet is in.
        QVERIFY(!panel->addEvaluatorAction()->isEnabled());

        // The member's draft stays editable, with undo and redo: a score out of the weight is
        // refused (technical is out of 30).
        QVERIFY(showSheetOf(panel, member));
        QVERIFY(sheet->flags(sheet->index(0, 0)) & Qt::ItemIsEditable);
        QVERIFY(!sheet->setData(sheet->index(0, 0), 30.5, Qt::EditRole));
        QVERIFY(sheet->setData(sheet->index(0, 0), 25.5, Qt::EditRole));
        QCOMPARE(sheet->index(0, 0).data(Qt::EditRole).toDouble(), 25.5);
        QVERIFY(panel->saveAction()->isEnabled());
        panel->undoStack()->undo();
        QVERIFY(!sheet->score(sheet->index(0, 0)));
        panel->undoStack()->redo();
        QCOMPARE(sheet->index(0, 0).data(Qt::EditRole).toDouble(), 25.5);

        // Saved as a draft, it reads back as saved.
        QSignalSpy loaded(ws->session(), &EvaluationSession::loaded);
        panel->saveDraft();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(panel->undoStack()->isClean());
        const QList<SheetScore> stored = desk().sheet(m_reference, member, member);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().points, 25.5);
    }

    void anOverrideNeedsAJustification()
    {
        openTender({1'500'000, 1'520'000});
        auto ws = workspace();
        QVERIFY(ws);
        CompliancePage* page = ws->compliancePage();
        QAbstractItemModelTester tester(page->model());
        const BidCompliance bid = ws->session()->evaluation().compliance.bids.first();
        const ComplianceFinding finding = bid.findings.first();

        // The dialog: no OK before a justification is written, spaces are not one.
        OverrideDialog dialog(bid.vendorName, finding);
        QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.justificationField()->setPlainText(QStringLiteral("   \n "));
        QVERIFY(!ok->isEnabled());
        dialog.justificationField()->setPlainText(QStringLiteral("现场核验了原件"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.justification(), QStringLiteral("现场核验了原件"));

        // Choosing a check and Override… opens it with OK disabled.
        page->table()->setCurrentIndex(page->model()->index(0, 1));
        QVERIFY(page->overrideAction()->isEnabled());
        bool okWasEnabled = true;
        test::handleNextDialog<OverrideDialog>([&](OverrideDialog* d) {
            okWasEnabled = d->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            d->reject();
        });
        page->chooseAndOverride();
        QVERIFY(!okWasEnabled);

        // The desk refuses one without a justification, and nothing is recorded.
        QSignalSpy failed(ws->session(), &EvaluationSession::failed);
        QString said;
        test::answerNextMessageBox(QMessageBox::Ok, &said);
        page->overrideCheck(bid.bidId, finding.code, !finding.passes(), QString());
        QVERIFY(failed.wait(10000));
        QVERIFY(!said.isEmpty());
        for (const BidCompliance& b : desk().load(m_reference).compliance.bids)
            if (b.bidId == bid.bidId)
                for (const ComplianceFinding& f : b.findings)
                    if (f.code == finding.code)
                        QCOMPARE(f.override.has_value(), finding.override.has_value());
    }

    void aNumberOpensToItsFormula()
    {
        openTender({1'500'000, 1'520'000, 1'560'000});
        auto ws = workspace();
        QVERIFY(ws);
        RankingPage* ranking = ws->rankingPage();
        RankingModel* model = ranking->model();
        QAbstractItemModelTester tester(model);

        // The second bid's price score: both prices get the 20% domestic deduction (Ascend
        // 910B), so the benchmark is 1,500,000 x 0.8 = 1,200,000 and the score
        // 1,200,000 / (1,520,000 x 0.8 = 1,216,000) x 30 = 29.6053, shown 29.61.
        const QModelIndex cell = model->indexOf(m_bids.at(1), model->priceScoreColumn());
        QVERIFY(cell.isValid());
        QCOMPARE(cell.data().toString(), shown(29.61));
        QCOMPARE(cell.data(RankingModel::ExplanationKeyRole).toString(),
                 QStringLiteral("priceScore"));
        QString formula;
        QString value;
        int inputs = 0;
        test::handleNextDialog<ExplanationDialog>([&](ExplanationDialog* d) {
            formula = d->findChild<QLabel*>(QStringLiteral("workingFormula"))->text();
            value = d->findChild<QLabel*>(QStringLiteral("workingValue"))->text();
            inputs = d->findChild<QTableWidget*>(QStringLiteral("workingInputs"))->rowCount();
            d->reject();
        });
        ranking->explainAt(cell);
        QVERIFY(!formula.isEmpty());
        const scoring::Working working = ranking->workingAt(cell);
        QCOMPARE(formula, working.formula);
        QVERIFY2(value.contains(QLatin1String("29.61")), qPrintable(value));
        QVERIFY(inputs >= 2); // at least the benchmark and the bid's evaluation price

        // The price score of the lowest bid is the whole weight: 30.00.
        QCOMPARE(model->indexOf(m_bids.at(0), model->priceScoreColumn()).data().toString(),
                 shown(30));
    }

    void layoutIsRemembered()
    {
        TestDatabase empty(Engine::Sqlite);
        QVERIFY2(empty.isReady(), qPrintable(empty.error()));
        QByteArray state;
        {
            EvaluationWorkspace ws(empty.open());
            ws.pages()->setCurrentIndex(3); // the ranking
            state = ws.saveState();
        }
        EvaluationWorkspace again(empty.open());
        again.restoreState(state);
        QCOMPARE(again.pages()->currentIndex(), 3);
        // A state from another version, or none, changes nothing.
        EvaluationWorkspace other(empty.open());
        other.restoreState(QByteArrayLiteral("not a state"));
        QCOMPARE(other.pages()->currentIndex(), 0);
    }

    void settingsSayWhatIsWrongBeforeOk()
    {
        scoring::EvaluationSettings settings;
        EvaluationSettingsDialog dialog(settings, true);
        QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem()->isHidden());
        // A buyer may raise the MOF ratios up to 65%, no further.
        dialog.mofAverageField()->setValue(70);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem()->text().isEmpty());
        dialog.mofAverageField()->setValue(60);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.settings().mof.averageRatio, 0.6);
        // Restore defaults gives the published defaults back.
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(scoring::toJson(dialog.settings()),
                 scoring::toJson(scoring::EvaluationSettings()));
    }
};

QTEST_MAIN(TestEvaluationWorkspace)
#include "tst_evaluationworkspace.moc"
