#include "exportcommands.h"

#include "commands.h"
#include "exchange/ocdsexport.h"

#include <QDate>
#include <QLocale>

namespace td::cli {
namespace {

QString ocdsUsage()
{
    return tr("export ocds --out FILE [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
}

// A day given on the command line, in the desk's local time as the GUI shows dates.
QDate dayOption(const Context& c, const char* option)
{
    const QString text = c.value(option);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        throw UsageError{tr("--%1 takes a day written YYYY-MM-DD, not '%2': %3")
                             .arg(QLatin1String(option), text, ocdsUsage())};
    return day;
}

int commandExportOcds(Context& c)
{
    allowOnly(c, {QStringLiteral("out"), QStringLiteral("jsonl"), QStringLiteral("from"),
                  QStringLiteral("to")});
    if (!c.words.isEmpty())
        throw UsageError{tr("export ocds takes no other words: %1").arg(ocdsUsage())};
    OcdsExportOptions options;
    const QString out = required(c, "out", ocdsUsage());
    if (c.isSet("jsonl"))
        options.format = OcdsExportFormat::JsonLines;
    // From the first moment of --from to the last of --to, both days included.
    QDate from;
    QDate to;
    if (c.isSet("from")) {
        from = dayOption(c, "from");
        options.publishedFrom = from.startOfDay().toUTC();
    }
    if (c.isSet("to")) {
        to = dayOption(c, "to");
        options.publishedBefore = to.addDays(1).startOfDay().toUTC();
    }
    if (from.isValid() && to.isValid() && to < from)
        throw UsageError{
            tr("--to (%1) is before --from (%2): %3")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate), ocdsUsage())};
    const auto db = openDatabase(c);
    const bool interactive = c.interactive;
    QTextStream& err = c.err;
    const OcdsExportSummary s = exportOcds(*db, out, options, [&](qint64 done, qint64 total) {
        if (interactive)
            err << '\r' << tr("Exporting OCDS: %1 of %2 tenders").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (interactive)
        c.err << '\n';
    c.out << (options.format == OcdsExportFormat::JsonLines
                  ? tr("OCDS releases written to %1 as JSON Lines: %2 tenders, %3 bids, %4 "
                       "awards, %5 bytes.")
                  : tr("OCDS release package written to %1: %2 tenders, %3 bids, %4 awards, %5 "
                       "bytes."))
                 .arg(out)
                 .arg(s.tenders)
                 .arg(s.bids)
                 .arg(s.awards)
                 .arg(s.bytes)
          << '\n';
    return Ok;
}

} // namespace

bool isExportCommand(const QString& command)
{
    return command == QLatin1String("export");
}

int runExportCommand(Context& c, const QString& sub)
{
    if (sub == QLatin1String("ocds"))
        return commandExportOcds(c);
    throw UsageError{sub.isEmpty() ? tr("Name what to export: %1").arg(ocdsUsage())
                                   : tr("Unknown export '%1': %2").arg(sub, ocdsUsage())};
}

QList<QCommandLineOption> exportOptions()
{
    // --from and --to are the common options of commands.cpp: `report` takes them too.
    return {{QStringLiteral("jsonl"), tr("Write JSON Lines, one release per line.")}};
}

QString exportUsage()
{
    return tr("  export ocds --out FILE [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "                               every tender with its bids and awards as OCDS 1.1\n"
              "                               releases (bids extension): a release package, or\n"
              "                               JSON Lines; only tenders published from --from to\n"
              "                               --to (days included) when given\n");
}

} // namespace td::cli
