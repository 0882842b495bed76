// The vendor's bid form on an imported tender: the live checks follow the fields, an edit
// undoes, scrolling the form leaves its figures alone, and the draft is kept and read back.
#include "bidding/biddraftrepository.h"
#include "bids/bidchecksview.h"
#include "bids/biddocumentsmodel.h"
#include "bids/bidform.h"
#include "bids/breakdownmodel.h"
#include "bids/hardwarelinesmodel.h"
#include "bids/vendordesk.h"
#include "bidsfixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace td;
using namespace td::ui;

class TestBidForm : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TwoDesks> m_desks;
    std::unique_ptr<VendorDesk> m_desk;

    VendorDesk* openDesk()
    {
        m_desk = std::make_unique<VendorDesk>(m_desks->vendor.open());
        QSignalSpy loaded(m_desk.get(), &VendorDesk::loaded);
        m_desk->setTender(m_desks->vendorTenderId);
        if (!loaded.wait(10000))
            return nullptr;
        return m_desk.get();
    }

    QStringList codes() const { return m_desk->checksView()->codes(); }

    QLineEdit* field(const char* name) const
    {
        return m_desk->form()->findChild<QLineEdit*>(QLatin1String(name));
    }

    // One notch of the mouse wheel, upwards, over the middle of `widget`.
    static void wheelUp(QWidget* widget)
    {
        const QPointF centre = QRectF(widget->rect()).center();
        QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_desks = std::make_unique<test::TwoDesks>();
        QVERIFY2(m_desks->vendor.isReady(), qPrintable(m_desks->vendor.error()));
    }

    void cleanup()
    {
        m_desk.reset();
        m_desks.reset();
    }

    void modelsPassTheTester()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        QAbstractItemModelTester breakdown(desk->form()->breakdownModel());
        QAbstractItemModelTester hardware(desk->form()->hardwareModel());
        QAbstractItemModelTester documents(desk->form()->documentsModel());
        desk->form()->hardwareModel()->addLine(QStringLiteral("Huawei Ascend 910B"));
        desk->form()->documentsModel()->addDocument();
        desk->form()->hardwareModel()->removeLine(0);
        QCOMPARE(desk->form()->breakdownModel()->rowCount(), 5);
    }

    void budgetCheckFollowsThePrice()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        type(field("totalPrice"), QStringLiteral("999999999"));
        QVERIFY2(codes().contains(QStringLiteral("aboveBudget")), qPrintable(codes().join(u',')));
        type(field("totalPrice"), QStringLiteral("100000"));
        QVERIFY(!codes().contains(QStringLiteral("aboveBudget")));
        QCOMPARE(desk->form()->content().totalPrice.minorUnits(), 10'000'000);
    }

    void hardwareChecksFollowTheLines()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        HardwareLinesModel* lines = desk->form()->hardwareModel();
        lines->addLine(QStringLiteral("NVIDIA H20"));
        QVERIFY2(codes().contains(QStringLiteral("excludedModel")), qPrintable(codes().join(u',')));
        QVERIFY(codes().contains(QStringLiteral("domesticShare")));

        // A domestic accelerator instead: both go.
        QVERIFY(lines->setData(lines->index(0, HardwareLinesModel::AcceleratorColumn),
                               QStringLiteral("Huawei Ascend 910B"), Qt::EditRole));
        QVERIFY(!codes().contains(QStringLiteral("excludedModel")));
        QVERIFY(!codes().contains(QStringLiteral("domesticShare")));

        // A count the model refuses changes nothing.
        QVERIFY(!lines->setData(lines->index(0, HardwareLinesModel::CountColumn), 0, Qt::EditRole));
        QCOMPARE(desk->form()->content().hardware.value(0).count, 1);
    }

    void missingDocumentCheckFollowsTheFiles()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        QVERIFY2(codes().contains(QStringLiteral("missingDocument")),
                 qPrintable(codes().join(u',')));
        BidDocumentsModel* documents = desk->form()->documentsModel();
        QVERIFY(documents->rowCount() > 0);
        QVERIFY(!documents->setData(documents->index(0, BidDocumentsModel::FileColumn),
                                    QStringLiteral("/tmp/plan.docx"), Qt::EditRole));
        for (int row = 0; row < documents->rowCount(); ++row)
            QVERIFY(documents->setData(documents->index(row, BidDocumentsModel::FileColumn),
                                       QStringLiteral("/tmp/doc-%1.pdf").arg(row), Qt::EditRole));
        QVERIFY(!codes().contains(QStringLiteral("missingDocument")));
    }

    void anEditUndoesAndRedoes()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        QTest::keyClicks(field("modelFamily"), QStringLiteral("Qwen"));
        QCOMPARE(desk->form()->content().model.family, QStringLiteral("Qwen"));
        // Typing one field is one step.
        QCOMPARE(desk->form()->undoStack()->count(), 1);
        desk->form()->undoStack()->undo();
        QCOMPARE(desk->form()->content().model.family, QString());
        QCOMPARE(field("modelFamily")->text(), QString());
        desk->form()->undoStack()->redo();
        QCOMPARE(field("modelFamily")->text(), QStringLiteral("Qwen"));
    }

    void scrollingOverAFigureLeavesItAlone()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        desk->show();
        QVERIFY(QTest::qWaitForWindowActive(desk));
        auto* accuracy =
            desk->form()->findChild<QDoubleSpinBox*>(QStringLiteral("declaredAccuracy"));
        QVERIFY(accuracy);
        accuracy->setValue(91.2);
        field("modelFamily")->setFocus();
        QVERIFY(!accuracy->hasFocus());

        // The form scrolls past it: neither the box nor the bid changes.
        wheelUp(accuracy);
        QCOMPARE(accuracy->value(), 91.2);
        QCOMPARE(desk->form()->content().declaredBenchmarks.accuracyPercent, 91.2);

        // Once the person is in the box, the wheel steps it as usual.
        accuracy->setFocus();
        QVERIFY(accuracy->hasFocus());
        wheelUp(accuracy);
        QCOMPARE(accuracy->value(), 92.2);
        QCOMPARE(desk->form()->content().declaredBenchmarks.accuracyPercent, 92.2);
    }

    void theDraftIsKeptAndReadBack()
    {
        VendorDesk* desk = openDesk();
        QVERIFY(desk);
        QTest::keyClicks(field("projectManager"), QStringLiteral("Li Na"));
        type(field("totalPrice"), QStringLiteral("1234.5"));
        QSignalSpy saved(desk, &VendorDesk::draftSaved);
        desk->saveAction()->trigger();
        QVERIFY2(saved.wait(10000),
                 qPrintable(desk->findChild<QLabel*>(QStringLiteral("vendorStatus"))->text()));

        const auto draft = BidDraftRepository(m_desks->vendor.open().connection())
                               .forTender(m_desks->vendorTenderId);
        QVERIFY(draft);
        QCOMPARE(draft->content.projectManager, QStringLiteral("Li Na"));

        VendorDesk* again = openDesk();
        QVERIFY(again);
        QCOMPARE(again->form()->content().projectManager, QStringLiteral("Li Na"));
        QCOMPARE(again->form()->content().totalPrice.minorUnits(), 123'450);
        QCOMPARE(field("totalPrice")->text(), QStringLiteral("1234.50"));
        QCOMPARE(again->form()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestBidForm)
#include "tst_bidform.moc"
