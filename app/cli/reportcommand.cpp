#include "reportcommand.h"

#include "analytics/marketreport.h"
#include "analytics/reportformat.h"
#include "clicontext.h"
#include "commands.h"
#include "domain/error.h"
#include "print/chinesefonts.h"
#include "print/reportfiles.h"

#include <QDir>
#include <QRegularExpression>

#include <cstring>

namespace td::cli {
namespace {

QString commandUsage()
{
    return tr("report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE --to DATE] "
              "[--lang zh_CN|en]");
}

QDate dateOption(const Context& c, const char* option)
{
    if (!c.isSet(option))
        return {};
    const QString text = c.value(option);
    // QDate's ISO parser takes any separator ("2026/01/01"); the report asks for the one form.
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date =
        isoDay.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw UsageError{tr("--%1 is a day written YYYY-MM-DD, not '%2'.")
                             .arg(QString::fromLatin1(option), text)};
    return date;
}

// --section may be repeated, or list several names separated by commas.
QStringList sectionsAsked(const Context& c)
{
    QStringList sections;
    for (const QString& value : c.parser.values(QStringLiteral("section")))
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            sections.append(name.trimmed());
    return sections;
}

} // namespace

bool printsMarketReport(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}

int commandReport(Context& c)
{
    allowOnly(c, {QStringLiteral("out"), QStringLiteral("section"), QStringLiteral("from"),
                  QStringLiteral("to"), QStringLiteral("lang")});
    if (!c.words.isEmpty())
        throw UsageError{tr("The report takes no words after it: %1").arg(commandUsage())};
    const QString out = required(c, "out", commandUsage());
    const std::optional<analytics::ReportFormat> format = analytics::reportFormatForPath(out);
    if (!format)
        throw UsageError{tr("The report is written as .pdf, .html, .xlsx or .csv; name the "
                            "--out file with one of these extensions, not '%1'.")
                             .arg(out)};
    const QString language = c.isSet("lang") ? c.value("lang") : QStringLiteral("zh_CN");
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        throw UsageError{tr("--lang is zh_CN or en, not '%1'.").arg(language)};

    analytics::MarketFilter filter;
    filter.from = dateOption(c, "from");
    filter.to = dateOption(c, "to");
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw UsageError{
            tr("--from %1 is after --to %2.")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))};

    const QStringList sections = sectionsAsked(c);
    const QStringList known = analytics::marketSectionIds();
    QStringList unknown;
    for (const QString& section : sections)
        if (!known.contains(section))
            unknown.append(section);
    if (!unknown.isEmpty())
        throw UsageError{
            tr("Unknown section(s): %1. The sections are: %2.")
                .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")))};

    const auto db = openDatabase(c);
    if (*format == analytics::ReportFormat::Pdf) {
        if (const QString warning = chineseFontWarning(); !warning.isEmpty())
            c.err << tr("warning: %1").arg(warning) << '\n';
    }
    const analytics::Report report = analytics::marketReport(*db, filter, language, sections);
    const QStringList written = saveReport(report, out, *format);
    for (const QString& path : written)
        c.out << tr("Market report written to %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return Ok;
}

QString reportUsage()
{
    return tr("  report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE]\n"
              "         [--to DATE] [--lang zh_CN|en]\n"
              "                               the market report (all sections, or those named)\n"
              "                               in the format of the file's extension; CSV writes\n"
              "                               FILE-TABLE.csv for each table when there are\n"
              "                               several; DATE is YYYY-MM-DD\n");
}

} // namespace td::cli
