#include "commands.h"

#include "benchcommands.h"
#include "bidcommands.h"
#include "clicontext.h"
#include "collusioncommands.h"
#include "demo/demogenerator.h"
#include "domain/error.h"
#include "evaluatecommands.h"
#include "evaluationreportcommand.h"
#include "exchange/tenderimport.h"
#include "exchange/tenderjson.h"
#include "exchange/tendertext.h"
#include "exchange/texttable.h"
#include "exportcommands.h"
#include "importcommands.h"
#include "lifecycle/lifecycleclock.h"
#include "marketcommands.h"
#include "reportcommand.h"
#include "store/acceleratorrepository.h"
#include "store/auditverifier.h"
#include "store/costcatalogrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/tenderquery.h"
#include "store/tenderreader.h"
#include "tendercommands.h"
#include "vendorcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace td::cli {
namespace {

int commandVersion(Context& c)
{
    allowOnly(c, {});
    c.out << "tenderdesk-cli " << TENDERDESK_VERSION << " (schema " << latestSchemaVersion()
          << ", Qt " << qVersion() << ")\n";
    return Ok;
}

int commandInit(Context& c)
{
    allowOnly(c, {});
    // Opening migrates the database and adds the built-in catalogs.
    const auto opened = openDatabase(c);
    const Database& db = *opened;
    c.out << tr("Database ready: %1 (schema version %2).")
                 .arg(db.location().displayName())
                 .arg(db.schemaVersion())
          << '\n';
    return Ok;
}

int commandDemo(Context& c)
{
    allowOnly(c, {QStringLiteral("seed"), QStringLiteral("tenders")});
    demo::DemoOptions options;
    options.seed = quint64(positiveNumber(c, QStringLiteral("seed"), 1));
    options.tenders = positiveNumber(c, QStringLiteral("tenders"), 931);
    Database db(c.location());
    // The catalogs the cost model reads, so that a demo market can be costed at once.
    CostCatalogRepository::addBuiltInCatalog(db.connection());
    QElapsedTimer timer;
    timer.start();
    const bool interactive = c.interactive;
    QTextStream& err = c.err;
    const demo::DemoSummary summary =
        demo::DemoGenerator(db, options).run([&](qint64 done, qint64 total) {
            if (interactive) {
                err << '\r' << tr("Writing the demo market: %1 of %2 tenders").arg(done).arg(total);
                err.flush();
            }
            return true;
        });
    if (interactive)
        c.err << '\n';
    c.out << tr("Demo market written to %1: %2 tenders, %3 bids, %4 awards, %5 organisations "
                "(seed %6, %7 s).")
                 .arg(db.location().displayName())
                 .arg(summary.tenders)
                 .arg(summary.bids)
                 .arg(summary.awards)
                 .arg(summary.organizations)
                 .arg(options.seed)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return Ok;
}

TenderFilter filterFrom(const Context& c)
{
    TenderFilter filter;
    filter.text = c.parser.value(QStringLiteral("search"));
    if (c.parser.isSet(QStringLiteral("status"))) {
        filter.status = c.parser.value(QStringLiteral("status"));
        if (!parseCode<TenderStatus>(filter.status)) {
            QStringList codes;
            for (TenderStatus s : Codes<TenderStatus>::all())
                codes.append(codeOf(s));
            throw UsageError{tr("Unknown status '%1'; use one of: %2.")
                                 .arg(filter.status, codes.join(QStringLiteral(", ")))};
        }
    }
    if (c.parser.isSet(QStringLiteral("category"))) {
        filter.category = c.parser.value(QStringLiteral("category"));
        if (!parseCode<TenderCategory>(filter.category)) {
            QStringList codes;
            for (TenderCategory s : Codes<TenderCategory>::all())
                codes.append(codeOf(s));
            throw UsageError{tr("Unknown category '%1'; use one of: %2.")
                                 .arg(filter.category, codes.join(QStringLiteral(", ")))};
        }
    }
    filter.year = int(positiveNumber(c, QStringLiteral("year"), 0));
    return filter;
}

int commandTendersList(Context& c)
{
    allowOnly(c, {QStringLiteral("json"), QStringLiteral("search"), QStringLiteral("status"),
                  QStringLiteral("category"), QStringLiteral("year"), QStringLiteral("limit")});
    const bool asJson = c.parser.isSet(QStringLiteral("json"));
    const qint64 limit = positiveNumber(c, QStringLiteral("limit"), 0);
    const auto opened = openDatabase(c);
    const Database& db = *opened;
    const TenderQuery query(db.dialect(), filterFrom(c),
                            TenderOrder{TenderColumn::Reference, Qt::AscendingOrder});
    // Page by keyset so that a million tenders stream out in constant memory.
    constexpr int pageSize = 2000;
    std::optional<KeysetAnchor> after;
    qint64 written = 0;
    TextTable table({tr("Reference"), tr("Status"), tr("Category"), tr("Buyer"),
                     tr("Budget ceiling"), tr("Published"), tr("Title")});
    // Fixed widths: the rows go out a page at a time and must line up across pages.
    const int widths[] = {24, 12, 20, 14, 16, 10};
    for (int column = 0; column < 6; ++column)
        table.setFixedWidth(column, widths[column]);
    if (asJson)
        c.out << "[";
    else
        c.out << table.renderHeader();
    for (;;) {
        const QList<TenderRow> rows = query.page(db.connection(), after, 0, pageSize);
        for (const TenderRow& r : rows) {
            if (limit > 0 && written >= limit)
                break;
            if (asJson) {
                c.out << (written ? ",\n " : "\n ")
                      << QJsonDocument(json::tenderRow(r)).toJson(QJsonDocument::Compact);
            } else {
                table.addRow({r.reference, nameOf(r.status), nameOf(r.category), r.buyerName,
                              r.budget.toDisplayString(),
                              r.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                              r.title});
            }
            ++written;
        }
        if (!asJson) {
            c.out << table.renderRows();
            table.clearRows();
        }
        if (rows.size() < pageSize || (limit > 0 && written >= limit))
            break;
        after = KeysetAnchor{rows.constLast().sortKey, rows.constLast().id};
    }
    if (asJson)
        c.out << (written ? "\n]\n" : "]\n");
    else
        c.out << tr("%n tender(s)", nullptr, int(written)) << '\n';
    return Ok;
}

int commandTendersShow(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: tenders show REFERENCE.")};
    const auto opened = openDatabase(c);
    const Database& db = *opened;
    TenderReader reader(db.connection());
    const std::optional<Tender> tender = reader.byReference(c.words.constFirst());
    if (!tender) {
        c.err << tr("No tender has the reference '%1'. `tenderdesk-cli tenders list` shows "
                    "them all.")
                     .arg(c.words.constFirst())
              << '\n';
        return Failed;
    }
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(json::tender(*tender)).toJson(QJsonDocument::Indented);
    else
        c.out << tenderAsText(*tender, AcceleratorRepository(db.connection()).domesticByModel());
    return Ok;
}

// Anchors read off printed documents or kept elsewhere: `--anchor SEQ:HASH`, repeatable.
QList<AuditHead> givenAnchors(const Context& c)
{
    QList<AuditHead> anchors;
    for (const QString& text : c.parser.values(QStringLiteral("anchor"))) {
        const std::optional<AuditHead> head = AuditHead::parse(text);
        if (!head)
            throw UsageError{tr("'%1' is not an anchor of the audit log. Write it as SEQ:HASH: "
                                "the entry's number, a colon and its 64 hexadecimal digits, as "
                                "the cover of a printed tender document shows them.")
                                 .arg(text)};
        anchors.append(*head);
    }
    return anchors;
}

int commandAuditVerify(Context& c)
{
    allowOnly(c, {QStringLiteral("anchor")});
    const QList<AuditHead> anchors = givenAnchors(c);
    // Not openDatabase(): checking the log must not add entries to it.
    Database db(c.location());
    const AuditReport report = AuditVerifier(db.connection(), db.dialect()).verify(anchors);
    if (report.intact()) {
        c.out << tr("Audit log intact: %n entries checked.", nullptr, int(report.entriesChecked))
              << '\n'
              << tr("Every anchor matches the log: %n checked.", nullptr,
                    int(report.anchorsChecked))
              << '\n'
              << tr("Every release has its audit entry: %n checked.", nullptr,
                    int(report.releasesChecked))
              << '\n';
        return Ok;
    }
    for (const QString& problem : report.problems)
        c.err << problem << '\n';
    c.err << tr("The audit log has been tampered with: %n problem(s) found.", nullptr,
                int(report.problems.size()))
          << '\n';
    return Failed;
}

QString usage()
{
    return tr("Usage: tenderdesk-cli [--database PATH|URL] COMMAND\n"
              "\n"
              "Commands:\n"
              "  init                         create or upgrade the database\n"
              "  demo [--seed N] [--tenders N]\n"
              "                               fill an empty database with a demo market\n"
              "  tenders list [--json] [--search TEXT] [--status CODE] [--category CODE]\n"
              "               [--year YYYY] [--limit N]\n"
              "                               list tenders by reference\n"
              "  tenders show REFERENCE [--json]\n"
              "                               one tender with its lots, criteria and bids\n") +
           tenderUsage() + collusionUsage() + evaluationUsage() + evaluationReportUsage() +
           reportUsage() + benchUsage() + vendorUsage() + buyerUsage() + exportUsage() +
           marketUsage() + importUsage() +
           tr("  audit verify [--anchor SEQ:HASH]...\n"
              "                               check the audit log's hash chain, the audit head\n"
              "                               that each release carries, each release's own\n"
              "                               entry, and the anchors given (from printed\n"
              "                               documents)\n"
              "  version                      print the version\n"
              "\n"
              "The database is an SQLite file (default: the application data folder) or a\n"
              "PostgreSQL server: --database postgresql://user@host:port/database.\n"
              "TENDERDESK_DATABASE sets it for every command.\n");
}

int dispatch(Context& c, const QStringList& positional)
{
    const QString command = positional.value(0);
    const QString sub = positional.value(1);
    if (command == QLatin1String("version"))
        return commandVersion(c);
    if (command == QLatin1String("init"))
        return commandInit(c);
    if (command == QLatin1String("demo"))
        return commandDemo(c);
    if (command == QLatin1String("tenders") && sub == QLatin1String("list"))
        return commandTendersList(c);
    if (command == QLatin1String("tenders") && sub == QLatin1String("show"))
        return commandTendersShow(c);
    if (isBuyerCommand(command, sub))
        return runBuyerCommand(c, command, sub);
    if (command == QLatin1String("tender"))
        return runTenderCommand(c, sub);
    if (command == QLatin1String("collusion"))
        return commandCollusion(c);
    if (command == QLatin1String("market"))
        return commandMarket(c);
    if (command == QLatin1String("redflags"))
        return commandRedFlags(c);
    if (isEvaluationReportCommand(command, sub))
        return commandEvaluationReport(c);
    if (command == QLatin1String("report"))
        return commandReport(c);
    if (isEvaluationCommand(command))
        return runEvaluationCommand(c, command);
    if (command == QLatin1String("bench"))
        return commandBench(c);
    if (command == QLatin1String("cost"))
        return commandCost(c);
    if (command == QLatin1String("vendor"))
        return runVendorCommand(c, sub);
    if (command == QLatin1String("bid") && isVendorBidCommand(sub))
        return runVendorBidCommand(c, sub);
    if (command == QLatin1String("audit") && sub == QLatin1String("verify"))
        return commandAuditVerify(c);
    if (isExportCommand(command))
        return runExportCommand(c, sub);
    if (command == QLatin1String("import"))
        return commandImport(c);
    throw UsageError{command.isEmpty()
                         ? tr("Name a command.")
                         : tr("Unknown command '%1'.").arg(positional.join(QLatin1Char(' ')))};
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool interactive)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {{QStringLiteral("d"), QStringLiteral("database")},
         tr("Database file or URL."),
         QStringLiteral("PATH|URL")},
        {QStringLiteral("json"), tr("Write JSON.")},
        {QStringLiteral("seed"), tr("Seed of the demo market."), QStringLiteral("N")},
        {QStringLiteral("tenders"), tr("Number of demo tenders."), QStringLiteral("N")},
        {QStringLiteral("search"), tr("Full-text search words."), QStringLiteral("TEXT")},
        {QStringLiteral("status"), tr("Tender status code."), QStringLiteral("CODE")},
        {QStringLiteral("category"), tr("Tender category code."), QStringLiteral("CODE")},
        {QStringLiteral("year"), tr("Year of publication."), QStringLiteral("YYYY")},
        {QStringLiteral("limit"), tr("At most this many rows."), QStringLiteral("N")},
        {QStringLiteral("from"),
         tr("Tender file to read; the first day of publication exported or reported."),
         QStringLiteral("FILE.json|YYYY-MM-DD")},
        {QStringLiteral("to"), tr("The last day of publication exported or reported."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("section"), tr("A section of the market report."), QStringLiteral("NAME")},
        {QStringLiteral("passphrase-file"), tr("File holding the passphrase of the sealing key."),
         QStringLiteral("FILE")},
        {QStringLiteral("reason"), tr("Why, as it is published."), QStringLiteral("TEXT")},
        {QStringLiteral("asker"), tr("Organisation that asks."), QStringLiteral("NAME")},
        {QStringLiteral("question"), tr("Text of the question."), QStringLiteral("TEXT")},
        {QStringLiteral("answer"), tr("Text of the answer."), QStringLiteral("TEXT")},
        {QStringLiteral("out"), tr("File to write."), QStringLiteral("FILE")},
        {QStringLiteral("lang"), tr("Language of the document."), QStringLiteral("zh_CN|en")},
        {QStringLiteral("anchor"), tr("An entry of the audit log and its hash, as printed."),
         QStringLiteral("SEQ:HASH")},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")},
    });
    parser.addOptions(benchOptions());
    parser.addOptions(vendorOptions());
    parser.addOptions(buyerOptions());
    parser.addOptions(evaluationOptions());
    parser.addOptions(exportOptions());
    parser.addOptions(marketOptions());
    parser.addOptions(importOptions());
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usage();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    // "tenders list", "tender create", "audit verify": the words after them are arguments.
    static const QStringList twoWordCommands = {
        QStringLiteral("tenders"),    QStringLiteral("tender"), QStringLiteral("audit"),
        QStringLiteral("vendor"),     QStringLiteral("bids"),   QStringLiteral("bid"),
        QStringLiteral("evaluation"), QStringLiteral("export")};
    const int commandWords = twoWordCommands.contains(positional.value(0)) ? 2 : 1;
    Context context{parser, positional.mid(commandWords), out, err, interactive};
    try {
        return dispatch(context, positional);
    } catch (const UsageError& e) {
        err << e.message << "\n\n" << usage();
        return Usage;
    } catch (const Error& e) {
        err << tr("tenderdesk-cli: %1").arg(e.message()) << '\n';
        return Failed;
    }
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err, isatty(fileno(stderr)) != 0);
}

} // namespace td::cli
