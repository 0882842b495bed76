#include "commands.h"
#include "evaluationreportcommand.h"
#include "print/pdfprinting.h"
#include "reportcommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Printing the tender document (tender document, tender package), the minutes of an opening
// (tender minutes), the evaluation report (evaluation report) or the market report (report)
// needs Qt WebEngine, which needs a QGuiApplication. Other commands stay a plain
// QCoreApplication: no platform plugin, no display, faster start.
bool printsDocuments(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "tender") == 0 &&
            (std::strcmp(argv[i + 1], "document") == 0 ||
             std::strcmp(argv[i + 1], "package") == 0 || std::strcmp(argv[i + 1], "minutes") == 0))
            return true;
    for (int i = 1; i + 1 < argc; ++i)
        if (td::cli::printsEvaluationReport(argv[i], argv[i + 1]))
            return true;
    return td::cli::printsMarketReport(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (printsDocuments(argc, argv)) {
        // A command-line tool opens no window: render offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        td::preparePdfPrinting();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tenderdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TenderDesk"));
    td::installTranslations(*app);
    return td::cli::run(QCoreApplication::arguments());
}
