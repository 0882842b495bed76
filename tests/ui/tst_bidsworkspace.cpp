// The Bids workspace on the buyer's desk: bid packages sealed by the vendor's writer are
// received, listed without prices, refused to a wrong passphrase, opened with the right one,
// and compared for collusion signals; their documents searched and opened at the page found;
// and the workspace's picker and empty state.
#include "bidding/bidjson.h"
#include "bidding/bidpackagewriter.h"
#include "bids/biddabletendermodel.h"
#include "bids/bidsworkspace.h"
#include "bids/buyerdesk.h"
#include "bids/collusionsignalsmodel.h"
#include "bids/collusionview.h"
#include "bids/documenthitsmodel.h"
#include "bids/documentsearchview.h"
#include "bids/openedbidsmodel.h"
#include "bids/submissionsmodel.h"
#include "bids/vendordesk.h"
#include "bidsfixtures.h"
#include "dialoghandler.h"
#include "documents/pdfviewer.h"
#include "documents/pdfviewerwindow.h"
#include "documents/searchbar.h"
#include "documents/textsearch.h"
#include "domain/uscc.h"
#include "sealing/privatekey.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace td;
using namespace td::ui;

namespace {

// A PDF whose first page says `text`, and whose second page, when given, says `secondPage`.
QByteArray pdfSaying(const QString& text, const QString& secondPage = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), text);
        if (!secondPage.isEmpty()) {
            writer.newPage();
            painter.drawText(QPointF(200, 400), secondPage);
        }
    }
    return bytes;
}

QString usccFor(int n)
{
    const QString first17 = QStringLiteral("9133010%1").arg(n, 10, 10, QLatin1Char('0'));
    return first17 + uscc::checkCharacter(first17);
}

} // namespace

class TestBidsWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TwoDesks> m_desks;

    // Seals a bid of vendor `n` with the vendor's own package writer, as its desk would; each
    // of its documents has a second page saying `secondPage` when that is given.
    QString sealedBid(int n, const QString& manager, qint64 yuan, const QString& secondPage = {})
    {
        const QString name = QStringLiteral("投标人%1有限公司").arg(n);
        const SigningIdentity identity = makeSigningIdentity(
            name, usccFor(n), CipherSuite::International, test::vendorPassphrase);
        const PrivateKey key =
            PrivateKey::unlock(identity.encryptedPrivateKeyPem, test::vendorPassphrase);
        const QString folder = m_desks->folder.filePath(QStringLiteral("vendor%1").arg(n));
        QDir().mkpath(folder);
        BidContent bid = bidjson::bidTemplate(
            *TenderReader(m_desks->vendor.open().connection()).byId(m_desks->vendorTenderId));
        bid.totalPrice = Money::yuan(yuan * 100);
        bid.breakdown = {{QStringLiteral("模型授权"), bid.totalPrice, PriceItemKind::Licences}};
        bid.model.family = QStringLiteral("DeepSeek-V3");
        bid.hardware = {{QStringLiteral("Huawei Ascend 910B"), 16}};
        bid.projectManager = manager;
        for (int i = 0; i < bid.documents.size(); ++i) {
            const QString file = QStringLiteral("doc%1.pdf").arg(i);
            QFile out(folder + u'/' + file);
            if (!out.open(QIODevice::WriteOnly))
                return {};
            out.write(pdfSaying(QStringLiteral("%1 document %2").arg(name).arg(i), secondPage));
            bid.documents[i].path = file;
        }
        const QString path = m_desks->folder.filePath(QStringLiteral("bid%1.zip").arg(n));
        const PackageSigner signer{name, usccFor(n), identity.certificatePem, identity.fingerprint,
                                   key};
        writeBidPackage(path, sealingTargetOf(m_desks->vendor.open(), m_desks->reference), signer,
                        bid, folder);
        return path;
    }

    // The buyer's desk on its tender, its clock at `now`.
    std::unique_ptr<BuyerDesk> buyerDesk(const QDateTime& now)
    {
        auto desk = std::make_unique<BuyerDesk>(m_desks->buyer.open());
        desk->setClock([now] { return now; });
        QSignalSpy loaded(desk.get(), &BuyerDesk::loaded);
        desk->setTender(m_desks->buyerTenderId);
        if (!loaded.wait(10000))
            return nullptr;
        return desk;
    }

    // Receives three bids (two naming the same project manager) during tendering; the third
    // bidder's documents have a second page saying `thirdSecondPage` when that is given.
    bool receiveThree(const QString& thirdSecondPage = {})
    {
        const QStringList paths{sealedBid(1, QStringLiteral("王芳"), 900'000),
                                sealedBid(2, QStringLiteral("王芳"), 950'000),
                                sealedBid(3, QStringLiteral("陈杰"), 990'000, thirdSecondPage)};
        auto desk = buyerDesk(test::duringTendering);
        if (!desk)
            return false;
        QSignalSpy received(desk.get(), &BuyerDesk::received);
        test::answerNextMessageBox(QMessageBox::Ok);
        desk->receive(paths);
        return received.wait(30000) &&
               std::ranges::all_of(received.at(0).at(0).value<QList<ReceivedPackage>>(),
                                   [](const ReceivedPackage& r) { return r.outcome.accepted; });
    }

private Q_SLOTS:
    void init()
    {
        m_desks = std::make_unique<test::TwoDesks>();
        QVERIFY2(m_desks->buyer.isReady(), qPrintable(m_desks->buyer.error()));
    }

    void cleanup() { m_desks.reset(); }

    void pickerMarksImportedTenders()
    {
        BidsWorkspace workspace(m_desks->vendor.open());
        QAbstractItemModelTester tester(workspace.tenderModel());
        QSignalSpy loaded(&workspace, &BidsWorkspace::tendersLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(workspace.pages()->currentWidget(), workspace.emptyState());
        QCOMPARE(workspace.tenderModel()->rowCount(), 1);
        const QModelIndex row = workspace.tenderModel()->index(0);
        QVERIFY(row.data(BiddableTenderModel::ImportedRole).toBool());
        QVERIFY(row.data().toString().contains(QStringLiteral("read-only")));

        QSignalSpy vendorLoaded(workspace.vendorDesk(), &VendorDesk::loaded);
        workspace.tenderList()->setCurrentIndex(row);
        QVERIFY(vendorLoaded.wait(10000));
        QCOMPARE(workspace.vendorDesk()->tenderId(), m_desks->vendorTenderId);
    }

    void receivedPackagesAreListedWithoutPrices()
    {
        QVERIFY(receiveThree());
        auto desk = buyerDesk(test::duringTendering);
        QVERIFY(desk);
        QAbstractItemModelTester tester(desk->submissionsModel());
        QCOMPARE(desk->submissionsModel()->rowCount(), 3);
        QVERIFY(!desk->openAction()->isEnabled()); // before the deadline
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(desk->submissionsModel()
                         ->index(row, SubmissionsModel::StatusColumn)
                         .data()
                         .toString(),
                     SubmissionsModel::statusText(SubmissionStatus::Sealed));
            for (int column = 0; column < SubmissionsModel::ColumnCount; ++column)
                QVERIFY(!desk->submissionsModel()
                             ->index(row, column)
                             .data()
                             .toString()
                             .contains(QStringLiteral("900")));
        }
        QCOMPARE(desk->bidsModel()->bidCount(), 0);
    }

    void aWrongPassphraseChangesNothing()
    {
        QVERIFY(receiveThree());
        auto desk = buyerDesk(test::afterDeadline);
        QVERIFY(desk);
        QVERIFY(desk->openAction()->isEnabled());
        QSignalSpy failed(desk.get(), &BuyerDesk::failed);
        QString shown;
        test::answerNextMessageBox(QMessageBox::Ok, &shown);
        desk->openWith(QByteArrayLiteral("not the passphrase"));
        QVERIFY(failed.wait(30000));
        QVERIFY2(shown.contains(QStringLiteral("Nothing was changed")), qPrintable(shown));

        QSignalSpy loaded(desk.get(), &BuyerDesk::loaded);
        desk->reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(desk->bidsModel()->bidCount(), 0);
        QCOMPARE(desk->submissionsModel()->index(0, SubmissionsModel::StatusColumn).data(),
                 QVariant(SubmissionsModel::statusText(SubmissionStatus::Sealed)));
    }

    void theRightPassphraseOpensAndCompares()
    {
        QVERIFY(receiveThree());
        auto desk = buyerDesk(test::afterDeadline);
        QVERIFY(desk);
        QAbstractItemModelTester bidsTester(desk->bidsModel());
        QAbstractItemModelTester signalsTester(desk->collusionView()->model());
        QSignalSpy opened(desk.get(), &BuyerDesk::opened);
        QSignalSpy loaded(desk.get(), &BuyerDesk::loaded);
        test::answerNextMessageBox(QMessageBox::Ok);
        desk->openWith(test::passphrase);
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.at(0).at(0).value<OpeningResult>().validBids, 3);
        QTRY_COMPARE_WITH_TIMEOUT(desk->bidsModel()->bidCount(), 3, 10000);

        const QModelIndex first = desk->bidsModel()->index(0, OpenedBidsModel::PriceColumn);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(desk->bidsModel()->rowCount(desk->bidsModel()->index(0, 0)) > 0);
        QVERIFY(!desk->openAction()->isEnabled());
        QVERIFY(desk->minutesAction()->isEnabled());

        // Two bidders naming the same project manager: Article 40 (3).
        CollusionSignalsModel* signalModel = desk->collusionView()->model();
        QStringList kinds;
        for (int row = 0; row < signalModel->rowCount(); ++row)
            kinds.append(signalModel->index(row).data(Qt::UserRole).toString());
        QVERIFY2(kinds.contains(CollusionText::kindCode(CollusionKind::SameProjectManager)),
                 qPrintable(kinds.join(u',')));
    }

    void documentSearchFindsThePageAndOpensTheViewerThere()
    {
        const QString phrase = QStringLiteral("双活机房切换演练");
        QVERIFY(receiveThree(QStringLiteral("附录：投标人3有限公司%1，每季度一次").arg(phrase)));
        auto desk = buyerDesk(test::afterDeadline);
        QVERIFY(desk);
        DocumentSearchView* search = desk->documentSearch();
        QAbstractItemModelTester tester(search->model());
        QVERIFY(!search->showsHits());
        QVERIFY2(search->stateText().startsWith(QStringLiteral("No bid opened yet")),
                 qPrintable(search->stateText()));
        QVERIFY(!search->queryField()->isEnabled());

        QSignalSpy opened(desk.get(), &BuyerDesk::opened);
        test::answerNextMessageBox(QMessageBox::Ok);
        desk->openWith(test::passphrase);
        QVERIFY(opened.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(search->queryField()->isEnabled(), 10000);

        // Only the third bidder's documents say it, each on its second page.
        QSignalSpy searched(search, &DocumentSearchView::searched);
        search->search(phrase);
        QVERIFY(searched.wait(10000));
        QVERIFY2(search->showsHits(), qPrintable(search->stateText()));
        DocumentHitsModel* hits = search->model();
        QVERIFY(hits->rowCount() > 0);
        for (const DocumentHit& hit : hits->hits()) {
            QCOMPARE(hit.vendor, QStringLiteral("投标人3有限公司"));
            QCOMPARE(hit.field, QStringLiteral("text"));
            QCOMPARE(hit.page, 2);
            QCOMPARE(hit.snippet.mid(hit.matchStart, hit.matchLength), phrase);
        }
        const QModelIndex place = hits->index(0, DocumentHitsModel::PlaceColumn);
        QCOMPARE(place.data().toString(), QStringLiteral("Page 2"));
        const QModelIndex passage = hits->index(0, DocumentHitsModel::PassageColumn);
        QCOMPARE(
            passage.data().toString().mid(passage.data(DocumentHitsModel::MatchStartRole).toInt(),
                                          passage.data(DocumentHitsModel::MatchLengthRole).toInt()),
            phrase);

        // The bidder's name is on both pages: its hit on the second page is the one opened.
        const QString name = QStringLiteral("投标人3有限公司");
        search->search(name);
        QVERIFY(searched.wait(10000));
        QList<int> pages;
        for (const DocumentHit& hit : hits->hits())
            pages.append(hit.page);
        QVERIFY2(pages.contains(1) && pages.contains(2), qPrintable(search->stateText()));
        const QModelIndex onSecondPage =
            hits->index(int(pages.indexOf(2)), DocumentHitsModel::PassageColumn);

        // A double click opens the document in the viewer, at the hit on its second page.
        desk->tabs()->setCurrentWidget(search);
        desk->resize(900, 600);
        desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(desk.get()));
        QSignalSpy shown(desk.get(), &BuyerDesk::documentShown);
        QTableView* view = search->hitsView();
        const QPoint cell = view->visualRect(onSecondPage).center();
        // As a person double-clicks: a click, then the second press (Qt Test's double click
        // alone does not press first, and an item view activates only the index pressed).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell);
        QVERIFY(shown.wait(10000));
        QPointer<PdfViewerWindow> window = shown.at(0).at(0).value<PdfViewerWindow*>();
        QVERIFY(window);
        PdfViewer* viewer = window->viewer();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->textSearch() && viewer->textSearch()->current() >= 0,
                                 20000);
        const TextSearch* found = viewer->textSearch();
        QCOMPARE(found->hits().at(found->current()).page, 1); // 0-based: the second page
        QCOMPARE(viewer->searchBar()->text(), name);
        window->close();

        // A query nothing mentions says so instead of an empty table.
        search->search(QStringLiteral("量子退火"));
        QVERIFY(searched.wait(10000));
        QCOMPARE(hits->rowCount(), 0);
        QVERIFY(!search->showsHits());
        QVERIFY2(search->stateText().startsWith(QStringLiteral("No document mentions “量子退火”")),
                 qPrintable(search->stateText()));
    }
};

QTEST_MAIN(TestBidsWorkspace)
#include "tst_bidsworkspace.moc"
