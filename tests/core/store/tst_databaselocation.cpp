#include "domain/error.h"
#include "store/databaselocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace td;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresUrls()
    {
        const DatabaseLocation l = DatabaseLocation::parse(
            QStringLiteral("postgresql://clerk:secret@db.local:6543/tenders"));
        QCOMPARE(l.engine, Engine::Postgresql);
        QCOMPARE(l.serverUrl.host(), QStringLiteral("db.local"));
        QCOMPARE(l.serverUrl.port(), 6543);
        QCOMPARE(l.serverUrl.path(), QStringLiteral("/tenders"));
        QVERIFY2(!l.displayName().contains(QLatin1String("secret")), "the password is never shown");
        QCOMPARE(DatabaseLocation::parse(QStringLiteral("postgres://a@h/db")).engine,
                 Engine::Postgresql);
    }

    void badUrlsSayHowToWriteThem()
    {
        for (const char* bad : {"postgresql://", "postgresql://host-only", "postgresql://u@h/"}) {
            try {
                DatabaseLocation::parse(QString::fromLatin1(bad));
                QFAIL(bad);
            } catch (const Error& e) {
                QVERIFY(
                    e.message().contains(QLatin1String("postgresql://user@host:port/database")));
            }
        }
    }

    void pathsAndDefaults()
    {
        const DatabaseLocation file = DatabaseLocation::parse(QStringLiteral("market.sqlite"));
        QCOMPARE(file.engine, Engine::Sqlite);
        QCOMPARE(file.sqlitePath,
                 QDir::current().absoluteFilePath(QStringLiteral("market.sqlite")));
        const DatabaseLocation fallback = DatabaseLocation::embeddedDefault();
        QVERIFY(fallback.sqlitePath.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(fallback.sqlitePath.endsWith(QLatin1String("tenderdesk.sqlite")));
    }

    void environmentIsUsedWhenNoOptionIsGiven()
    {
        qputenv("TENDERDESK_DATABASE", "/tmp/from-environment.sqlite");
        QCOMPARE(DatabaseLocation::resolve(QString()).sqlitePath,
                 QStringLiteral("/tmp/from-environment.sqlite"));
        QCOMPARE(DatabaseLocation::resolve(QStringLiteral("/tmp/option.sqlite")).sqlitePath,
                 QStringLiteral("/tmp/option.sqlite"));
        qunsetenv("TENDERDESK_DATABASE");
        QCOMPARE(DatabaseLocation::resolve(QString()).sqlitePath,
                 DatabaseLocation::embeddedDefault().sqlitePath);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
