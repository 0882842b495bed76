#include "clicontext.h"

#include "domain/error.h"
#include "lifecycle/lifecycleclock.h"
#include "store/acceleratorrepository.h"
#include "store/costcatalogrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace td::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("td::cli", text, disambiguation, n);
}

DatabaseLocation Context::location() const
{
    return DatabaseLocation::resolve(parser.value(QStringLiteral("database")));
}

QString Context::value(const char* option) const
{
    return parser.value(QString::fromLatin1(option));
}

bool Context::isSet(const char* option) const
{
    return parser.isSet(QString::fromLatin1(option));
}

qint64 positiveNumber(const Context& c, const QString& option, qint64 fallback)
{
    if (!c.parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = c.parser.value(option).toLongLong(&ok);
    if (!ok || value < 0)
        throw UsageError{
            tr("--%1 takes a whole number, not '%2'.").arg(option, c.parser.value(option))};
    return value;
}

void allowOnly(const Context& c, const QStringList& allowed)
{
    for (const QString& name : c.parser.optionNames()) {
        const QString longName =
            name.size() == 1 && name == QLatin1String("d") ? QStringLiteral("database") : name;
        if (longName != QLatin1String("database") && !allowed.contains(longName))
            throw UsageError{tr("This command does not take --%1.").arg(longName)};
    }
}

std::unique_ptr<Database> openDatabase(const Context& c)
{
    auto db = std::make_unique<Database>(c.location());
    advanceTendersByClock(*db, QDateTime::currentDateTimeUtc());
    // As the GUI does on opening: a database gains the catalog entries of a newer program.
    AcceleratorRepository::addBuiltInCatalog(db->connection());
    CostCatalogRepository::addBuiltInCatalog(db->connection());
    return db;
}

QString required(const Context& c, const char* option, const QString& usage)
{
    const QString value = c.value(option);
    if (value.isEmpty())
        throw UsageError{tr("--%1 is missing: %2").arg(QString::fromLatin1(option), usage)};
    return value;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

QByteArray readPassphrase(const Context& c, const QString& path)
{
    QByteArray passphrase = readFile(path);
    // One trailing newline is how editors and `echo` end the file, not part of the phrase.
    if (passphrase.endsWith('\n'))
        passphrase.chop(1);
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (path != QLatin1String("-") &&
        (QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)))
        c.err << tr("warning: %1 can be read by other users; keep the passphrase file private "
                    "(chmod 600).")
                     .arg(path)
              << '\n';
    return passphrase;
}

} // namespace td::cli
