#include "importcommands.h"

#include "ocdsimport/ocdsimporter.h"

#include <QElapsedTimer>

namespace td::cli {

namespace {

const char* const formats = "release-package|record-package|release|record|jsonl|concatenated";

QString synopsis()
{
    return tr("import FILE... [--format %1]").arg(QLatin1String(formats));
}

void printSummary(Context& c, const ocds::ImportSummary& s)
{
    for (const ocds::ImportWarning& w : s.warnings)
        c.err << tr("warning: %1").arg(w.toString()) << '\n';
    if (!s.succeeded()) {
        c.err << s.error << '\n';
        return;
    }
    if (s.nothingToImport) {
        c.out << tr("%1: nothing to import (no release or record in it).").arg(s.file) << '\n';
        return;
    }
    c.out << tr("%1 (%2): %3 releases; tenders %4 created, %5 updated; bids %6 created, %7 "
                "updated; awards %8 created, %9 updated; organisations %10 created, %11 "
                "matched; %n warning(s).",
                nullptr, int(s.warnings.size()))
                 .arg(s.file, ocds::shapeCode(s.shape))
                 .arg(s.releases)
                 .arg(s.tendersCreated)
                 .arg(s.tendersUpdated)
                 .arg(s.bidsCreated)
                 .arg(s.bidsUpdated)
                 .arg(s.awardsCreated)
                 .arg(s.awardsUpdated)
                 .arg(s.organizationsCreated)
                 .arg(s.organizationsMatched)
          << '\n';
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {{QStringLiteral("format"), tr("Shape of the OCDS files to import."),
             QString::fromLatin1(formats)}};
}

QString importUsage()
{
    return tr("  import FILE... [--format release-package|record-package|release|record|\n"
              "                jsonl|concatenated]\n"
              "                               OCDS data from any publisher into the database\n"
              "                               for the market study, all or nothing per file\n");
}

int commandImport(Context& c)
{
    allowOnly(c, {QStringLiteral("format")});
    if (c.words.isEmpty())
        throw UsageError{tr("Name the files to import: %1").arg(synopsis())};
    ocds::ImportOptions options;
    options.actor = QStringLiteral("tenderdesk-cli");
    if (c.isSet("format") && !ocds::parseShapeCode(c.value("format"), options.shape))
        throw UsageError{tr("Unknown format '%1': %2").arg(c.value("format"), synopsis())};
    const auto db = openDatabase(c);
    ocds::OcdsImporter importer(*db);
    bool allImported = true;
    for (const QString& file : std::as_const(c.words)) {
        QElapsedTimer shown;
        shown.start();
        const bool interactive = c.interactive;
        QTextStream& err = c.err;
        const ocds::ImportSummary summary =
            importer.importFile(file, options, [&](qint64 done, qint64 total) {
                if (interactive && shown.elapsed() >= 200) {
                    shown.restart();
                    err << '\r'
                        << tr("Importing %1: %2 of %3 MB")
                               .arg(file)
                               .arg(double(done) / 1e6, 0, 'f', 1)
                               .arg(double(total) / 1e6, 0, 'f', 1);
                    err.flush();
                }
                return true;
            });
        if (interactive)
            c.err << '\r' << QString(60, QLatin1Char(' ')) << '\r';
        printSummary(c, summary);
        allImported = allImported && summary.succeeded();
    }
    return allImported ? Ok : Failed;
}

} // namespace td::cli
