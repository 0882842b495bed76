#include "commands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenderdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TenderDesk"));
    td::installTranslations(app);
    return td::cli::run(QCoreApplication::arguments());
}
