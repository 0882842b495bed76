#include "reportcsv.h"

#include "analytics/reportcells.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace td::analytics {
namespace {

QString quoted(const QString& field)
{
    // RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString& field : fields)
        quotedFields.append(quoted(field));
    return quotedFields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QList<const ReportTable*> tablesOf(const Report& report)
{
    QList<const ReportTable*> tables;
    for (const ReportSection& section : report.sections)
        for (const ReportTable& table : section.tables)
            tables.append(&table);
    return tables;
}

// A table id as a file name part: letters, digits, '-' and '_' kept, anything else '_'.
QString fileNamePart(const QString& id)
{
    QString part;
    for (const QChar c : id)
        part.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                        ? c
                        : QLatin1Char('_'));
    return part;
}

} // namespace

QByteArray tableCsv(const ReportTable& table)
{
    QString text;
    QStringList header;
    for (const ReportColumn& column : table.columns)
        header.append(column.key);
    text += csvLine(header);
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields.append(plainCell(row.value(i), table.columns.at(i).kind));
        text += csvLine(fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QStringList reportCsvPaths(const Report& report, const QString& path)
{
    const QList<const ReportTable*> tables = tablesOf(report);
    if (tables.size() == 1)
        return {path};
    const QFileInfo info(path);
    QString stem = info.fileName();
    if (stem.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    QStringList paths;
    for (const ReportTable* table : tables)
        paths.append(info.dir().filePath(stem + QLatin1Char('-') + fileNamePart(table->id) +
                                         QStringLiteral(".csv")));
    return paths;
}

QStringList writeReportCsv(const Report& report, const QString& path)
{
    const QList<const ReportTable*> tables = tablesOf(report);
    if (tables.isEmpty())
        throw Error(QCoreApplication::translate(
            "td::analytics", "The report has no table to write as CSV. Choose sections that "
                             "have tables, or another format."));
    const QStringList paths = reportCsvPaths(report, path);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QSaveFile file(paths.at(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(tableCsv(*tables.at(i))) < 0 ||
            !file.commit())
            throw Error(QCoreApplication::translate("td::analytics",
                                                    "Could not write %1: %2. Choose a folder "
                                                    "you can write to.")
                            .arg(QDir::toNativeSeparators(paths.at(i)), file.errorString()));
    }
    return paths;
}

} // namespace td::analytics
