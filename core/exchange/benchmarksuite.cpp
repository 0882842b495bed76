#include "benchmarksuite.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace td {

namespace {

const QLatin1StringView suiteFolder(":/suites/");
const QLatin1StringView suiteExtension(".json");

} // namespace

QStringList benchmarkSuiteNames()
{
    // The folder is the list: a suite added to the resources needs no second registration.
    QStringList names;
    const QStringList files =
        QDir(suiteFolder)
            .entryList({QStringLiteral("*") + suiteExtension}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(file.chopped(suiteExtension.size()));
    return names;
}

QByteArray benchmarkSuiteJson(const QString& name)
{
    // Only a listed name reaches the file system: a tender file could carry "../templates/x".
    const QStringList known = benchmarkSuiteNames();
    QFile file(suiteFolder + name + suiteExtension);
    if (!known.contains(name) || !file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td",
                                                "There is no benchmark suite named \"%1\". Choose "
                                                "one of the suites built into TenderDesk: %2.")
                        .arg(name, known.join(QLatin1String(", "))));
    return file.readAll();
}

} // namespace td
