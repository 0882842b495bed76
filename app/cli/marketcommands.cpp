#include "marketcommands.h"

#include "analytics/marketjson.h"
#include "analytics/marketreport.h"
#include "analytics/redflags.h"
#include "domain/error.h"
#include "domain/money.h"
#include "exchange/texttable.h"
#include "store/sql.h"

#include <QJsonDocument>

namespace td::cli {

namespace {

QDate dateOption(const Context& c, const char* option)
{
    if (!c.isSet(option))
        return {};
    const QDate date = QDate::fromString(c.value(option), Qt::ISODate);
    if (!date.isValid())
        throw UsageError{tr("--%1 takes a date as YYYY-MM-DD, not '%2'.")
                             .arg(QLatin1String(option), c.value(option))};
    return date;
}

// An organisation named by its id, USCC, short name or legal name.
qint64 organizationId(const Database& db, const QString& name, const char* option)
{
    const QVariant id = sql::scalar(
        db.connection(),
        QStringLiteral("SELECT MIN(id) FROM organizations WHERE uscc = ? OR short_name = ? OR "
                       "name = ? OR name_en = ? OR CAST(id AS TEXT) = ?"),
        {name, name, name, name, name});
    if (!id.isValid() || id.isNull())
        throw Error(tr("No organisation is called '%1' (--%2): name it by its short name, legal "
                       "name, USCC or id.")
                        .arg(name, QLatin1String(option)));
    return id.toLongLong();
}

analytics::MarketFilter filterOf(const Context& c, const Database& db)
{
    analytics::MarketFilter f;
    f.from = dateOption(c, "from");
    f.to = dateOption(c, "to");
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        throw UsageError{tr("--to %1 is before --from %2.")
                             .arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate))};
    const auto values = [&c](const char* option) {
        return c.parser.values(QString::fromLatin1(option));
    };
    for (const QString& buyer : values("buyer"))
        f.buyers.append(organizationId(db, buyer, "buyer"));
    for (const QString& vendor : values("vendor"))
        f.vendors.append(organizationId(db, vendor, "vendor"));
    f.categories = values("category");
    f.modelFamilies = values("model");
    f.accelerators = values("accelerator");
    return f;
}

QString cellText(const QVariant& value, analytics::ColumnKind kind, const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("–");
    switch (kind) {
    case analytics::ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case analytics::ColumnKind::Decimal:
        return QString::number(value.toDouble(), 'f', 2);
    case analytics::ColumnKind::Money:
        return Money(value.toLongLong(), currency).toDisplayString();
    case analytics::ColumnKind::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case analytics::ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case analytics::ColumnKind::Text:
        break;
    }
    return value.toString();
}

void writeReport(Context& c, const analytics::Report& report)
{
    c.out << report.title << '\n' << report.subtitle << "\n";
    for (const analytics::ReportSection& section : report.sections) {
        c.out << "\n== " << section.title << " ==\n" << section.text << '\n';
        for (const analytics::ReportTable& table : section.tables) {
            QStringList header;
            for (const analytics::ReportColumn& column : table.columns)
                header.append(column.title);
            TextTable text(header);
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                text.setMaxWidth(int(i), 48);
            for (const QVariantList& row : table.rows) {
                QStringList cells;
                for (qsizetype i = 0; i < table.columns.size(); ++i)
                    cells.append(cellText(row.value(i), table.columns.at(i).kind, table.currency));
                text.addRow(cells);
            }
            c.out << '\n' << table.title << '\n';
            if (table.rows.isEmpty())
                c.out << tr("(none)") << '\n';
            else
                c.out << text.render();
        }
    }
}

} // namespace

int commandMarket(Context& c)
{
    allowOnly(c, {QStringLiteral("json"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("buyer"), QStringLiteral("category"), QStringLiteral("vendor"),
                  QStringLiteral("model"), QStringLiteral("accelerator"), QStringLiteral("lang"),
                  QStringLiteral("section")});
    if (!c.words.isEmpty())
        throw UsageError{tr("market takes options only, not '%1'.").arg(c.words.join(u' '))};
    const QString language = c.isSet("lang") ? c.value("lang") : QStringLiteral("zh_CN");
    const auto opened = openDatabase(c);
    const analytics::MarketFilter filter = filterOf(c, *opened);
    const analytics::Report report = analytics::marketReport(
        *opened, filter, language, c.parser.values(QStringLiteral("section")));
    if (c.isSet("json"))
        c.out << QJsonDocument(analytics::reportJson(report)).toJson(QJsonDocument::Indented);
    else
        writeReport(c, report);
    return Ok;
}

int commandRedFlags(Context& c)
{
    allowOnly(c, {QStringLiteral("json"), QStringLiteral("settings"), QStringLiteral("from"),
                  QStringLiteral("to"), QStringLiteral("buyer"), QStringLiteral("category")});
    if (!c.words.isEmpty())
        throw UsageError{tr("redflags takes options only, not '%1'.").arg(c.words.join(u' '))};
    const analytics::RedFlagSettings settings =
        c.isSet("settings") ? analytics::redFlagSettingsFromJson(readFile(c.value("settings")))
                            : analytics::RedFlagSettings{};
    const auto opened = openDatabase(c);
    const analytics::MarketFilter filter = filterOf(c, *opened);
    const analytics::RedFlagResult result = analytics::findRedFlags(*opened, settings, filter);
    if (c.isSet("json")) {
        c.out << QJsonDocument(analytics::redFlagsJson(result)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (result.flags.isEmpty()) {
        c.out << tr("No red flags.") << '\n';
        return Ok;
    }
    TextTable table({tr("Indicator"), tr("About"), tr("Identifier"), tr("Name"), tr("Value")});
    for (const analytics::RedFlag& f : result.flags)
        table.addRow({f.code, analytics::flagGroupKey(f.group), f.id, f.label,
                      QString::number(f.value, 'g', 6)});
    c.out << tr("%n red flag(s).", nullptr, int(result.flags.size())) << "\n\n" << table.render();
    return Ok;
}

QList<QCommandLineOption> marketOptions()
{
    // --from, --to and --section are the common options of commands.cpp: `report` and
    // `export ocds` take them too.
    return {
        {QStringLiteral("buyer"), tr("A buyer (short name, name, USCC or id)."),
         QStringLiteral("ORG")},
        {QStringLiteral("vendor"), tr("A bidder (short name, name, USCC or id)."),
         QStringLiteral("ORG")},
        {QStringLiteral("accelerator"), tr("An accelerator model offered."),
         QStringLiteral("MODEL")},
    };
}

QString marketUsage()
{
    return tr("  market [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--buyer ORG]...\n"
              "         [--category CODE]... [--vendor ORG]... [--model FAMILY]...\n"
              "         [--accelerator MODEL]... [--section ID]... [--lang zh_CN|en]\n"
              "                               the market's figures, computed by the database:\n"
              "                               tenders and budgets by month, bids per tender,\n"
              "                               price against budget, vendor shares, models and\n"
              "                               accelerators, the benchmark leaderboard, loss-\n"
              "                               making wins, reference figures and red flags\n"
              "  redflags [--json] [--settings FILE.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "           [--buyer ORG]... [--category CODE]...\n"
              "                               cardinal-rs's red flags (R003 ... R058) with the\n"
              "                               flagged processes and parties; --json prints\n"
              "                               cardinal's own output\n");
}

} // namespace td::cli
