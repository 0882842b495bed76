#include "testenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace td::test {
namespace {

// Runs before every test's main(): no test may touch the user's real settings or data.
void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}
Q_CONSTRUCTOR_FUNCTION(enableTestMode)

} // namespace

QString postgresUrl(QString* why)
{
    const QString path = qEnvironmentVariable("TENDERDESK_TEST_PG_URL_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("No PostgreSQL test server: run the tests through ctest, whose "
                                  "postgres_start fixture starts one (missing %1).")
                       .arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString dataDir()
{
    return QStringLiteral(TENDERDESK_TEST_DATA_DIR);
}

} // namespace td::test
