#include "reportxlsx.h"

#include "analytics/reportcells.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <xlsxwriter.h>

namespace td::analytics {
namespace {

constexpr int maxSheetName = 31;

QList<const ReportTable*> tablesOf(const Report& report)
{
    QList<const ReportTable*> tables;
    for (const ReportSection& section : report.sections)
        for (const ReportTable& table : section.tables)
            tables.append(&table);
    return tables;
}

Error writeError(const QString& path, const QString& reason)
{
    return Error(QCoreApplication::translate("td::analytics",
                                             "Could not write the workbook %1: %2. Choose a "
                                             "folder you can write to.")
                     .arg(QDir::toNativeSeparators(path), reason));
}

// Roughly how many character widths a text takes in Excel: Chinese characters take two.
int textWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* decimal = nullptr;
    lxw_format* money = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* date = nullptr;
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.integer = workbook_add_format(workbook);
    format_set_num_format(formats.integer, "#,##0");
    formats.decimal = workbook_add_format(workbook);
    format_set_num_format(formats.decimal, "#,##0.00");
    formats.money = workbook_add_format(workbook);
    format_set_num_format(formats.money, "#,##0.00");
    formats.percent = workbook_add_format(workbook);
    format_set_num_format(formats.percent, "0.0%");
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    return formats;
}

void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const QVariant& value,
               ColumnKind kind, const Formats& formats)
{
    if (value.isNull() || !value.isValid())
        return;
    switch (kind) {
    case ColumnKind::Text:
        worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), nullptr);
        return;
    case ColumnKind::Integer:
        worksheet_write_number(sheet, row, col, double(value.toLongLong()), formats.integer);
        return;
    case ColumnKind::Decimal:
        worksheet_write_number(sheet, row, col, value.toDouble(), formats.decimal);
        return;
    case ColumnKind::Money:
        worksheet_write_number(sheet, row, col, majorUnits(value), formats.money);
        return;
    case ColumnKind::Percent:
        worksheet_write_number(sheet, row, col, value.toDouble(), formats.percent);
        return;
    case ColumnKind::Date: {
        const QDate date = value.toDate();
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, row, col, &when, formats.date);
        return;
    }
    }
}

void writeSheet(lxw_worksheet* sheet, const ReportTable& table, const Formats& formats)
{
    QList<int> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const ReportColumn& column = table.columns.at(c);
        worksheet_write_string(sheet, 0, lxw_col_t(c), column.title.toUtf8().constData(),
                               formats.header);
        widths.append(textWidth(column.title));
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows.at(r);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ColumnKind kind = table.columns.at(c).kind;
            writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.value(c), kind, formats);
            widths[c] = std::max(widths.at(c), textWidth(displayCell(row.value(c), kind)));
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2, 8, 60),
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

QStringList xlsxSheetNames(const Report& report)
{
    static const QString refused = QStringLiteral("[]:*?/\\");
    QStringList names;
    QSet<QString> taken; // Excel compares sheet names without case
    for (const ReportTable* table : tablesOf(report)) {
        QString base;
        for (const QChar c : table->id)
            base.append(refused.contains(c) ? QLatin1Char('_') : c);
        if (base.isEmpty())
            base = QStringLiteral("Sheet");
        base.truncate(maxSheetName);
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n) {
            const QString suffix = QStringLiteral("~%1").arg(n);
            name = base.left(maxSheetName - suffix.size()) + suffix;
        }
        taken.insert(name.toLower());
        names.append(name);
    }
    return names;
}

void writeReportXlsx(const Report& report, const QString& path)
{
    const QList<const ReportTable*> tables = tablesOf(report);
    if (tables.isEmpty())
        throw Error(QCoreApplication::translate(
            "td::analytics", "The report has no table to write as a workbook. Choose sections "
                             "that have tables, or another format."));
    const QFileInfo target(path);
    // libxlsxwriter writes to a path of its own: a temporary file beside the target, renamed
    // over it once whole, so a failure never leaves half a workbook behind.
    QTemporaryFile part(target.absoluteDir().filePath(QStringLiteral(".xlsx-XXXXXX")));
    if (!part.open())
        throw writeError(path, part.errorString());
    part.close();
    const QByteArray partPath = QFile::encodeName(part.fileName());

    lxw_workbook* workbook = workbook_new(partPath.constData());
    if (!workbook)
        throw writeError(
            path, QCoreApplication::translate("td::analytics", "the file could not be created"));
    const Formats formats = addFormats(workbook);
    const QStringList names = xlsxSheetNames(report);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, names.at(i).toUtf8().constData());
        writeSheet(sheet, *tables.at(i), formats);
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        throw writeError(path, QString::fromUtf8(lxw_strerror(closed)));
    QFile::remove(path);
    if (!QFile::rename(part.fileName(), path))
        throw writeError(path, QCoreApplication::translate("td::analytics",
                                                           "the finished file could not be moved "
                                                           "into place"));
    part.setAutoRemove(false);
    // A temporary file is private to its owner; a report is as readable as any file saved.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
}

} // namespace td::analytics
