#pragma once

// Tables of a report as lines of text, so that a test compares a whole table at once and a
// failure shows every value: "2024-01|Knowledge assistant|2|300000000". Integers and money as
// whole numbers (money in minor units), decimals and percentages to four places, null as "-".
#include "analytics/reporttable.h"

#include <QStringList>

#include <initializer_list>

namespace td::test {

// Expected lines written as UTF-8 literals.
inline QStringList lines(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* text : texts)
        out.append(QString::fromUtf8(text));
    return out;
}

inline QStringList rowsOf(const analytics::ReportTable& table)
{
    QStringList lines;
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QVariant v = row.value(i);
            if (v.isNull()) {
                cells.append(QStringLiteral("-"));
                continue;
            }
            switch (table.columns.at(i).kind) {
            case analytics::ColumnKind::Integer:
            case analytics::ColumnKind::Money:
                cells.append(QString::number(v.toLongLong()));
                break;
            case analytics::ColumnKind::Decimal:
            case analytics::ColumnKind::Percent:
                cells.append(QString::number(v.toDouble(), 'f', 4));
                break;
            default:
                cells.append(v.toString());
            }
        }
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

} // namespace td::test
