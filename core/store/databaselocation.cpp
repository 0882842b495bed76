#include "databaselocation.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace td {

DatabaseLocation DatabaseLocation::parse(const QString& spec)
{
    DatabaseLocation location;
    if (spec.startsWith(QLatin1String("postgresql://")) ||
        spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            throw Error(QCoreApplication::translate("Database",
                                                    "'%1' is not a PostgreSQL address. Write it as "
                                                    "postgresql://user@host:port/database.")
                            .arg(spec));
        location.engine = Engine::Postgresql;
        location.serverUrl = url;
        return location;
    }
    if (spec.trimmed().isEmpty())
        return embeddedDefault();
    location.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(spec));
    return location;
}

DatabaseLocation DatabaseLocation::resolve(const QString& commandLineSpec)
{
    if (!commandLineSpec.isEmpty())
        return parse(commandLineSpec);
    const QString fromEnvironment = qEnvironmentVariable("TENDERDESK_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return embeddedDefault();
}

DatabaseLocation DatabaseLocation::embeddedDefault()
{
    DatabaseLocation location;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    location.sqlitePath = QDir(folder).filePath(QStringLiteral("tenderdesk.sqlite"));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return serverUrl.toString(QUrl::RemovePassword);
}

} // namespace td
