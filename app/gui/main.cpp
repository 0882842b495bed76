#include "common/mainwindow.h"
#include "domain/error.h"
#include "print/pdfprinting.h"
#include "store/acceleratorrepository.h"
#include "store/costcatalogrepository.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    td::preparePdfPrinting(); // before the application object: WebEngine's requirements
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tenderdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenderDesk"));
    QApplication::setOrganizationName(QStringLiteral("TenderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TENDERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cn.tenderdesk.TenderDesk"));
    td::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Tenders, bids and market analysis for generative AI."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("d"), QStringLiteral("database")},
                      QApplication::translate("main", "Database file or postgresql:// URL."),
                      QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("no-demo-offer"),
                      QApplication::translate("main", "Do not offer the demo market on an "
                                                      "empty database.")});
    parser.process(app);

    try {
        const td::Database database(
            td::DatabaseLocation::resolve(parser.value(QStringLiteral("database"))));
        td::AcceleratorRepository::addBuiltInCatalog(database.connection());
        td::CostCatalogRepository::addBuiltInCatalog(database.connection());
        td::ui::MainWindow window(database);
        if (!parser.isSet(QStringLiteral("no-demo-offer")))
            window.offerDemoIfEmpty();
        window.show();
        return QApplication::exec();
    } catch (const td::Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "TenderDesk"), e.message());
        return 1;
    }
}
