#include "marketjson.h"

#include <QDate>
#include <QJsonArray>

namespace td::analytics {

QString columnKindCode(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
        return QStringLiteral("text");
    case ColumnKind::Integer:
        return QStringLiteral("integer");
    case ColumnKind::Decimal:
        return QStringLiteral("decimal");
    case ColumnKind::Money:
        return QStringLiteral("money");
    case ColumnKind::Percent:
        return QStringLiteral("percent");
    case ColumnKind::Date:
        break;
    }
    return QStringLiteral("date");
}

namespace {

QJsonValue cell(const QVariant& value, ColumnKind kind)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case ColumnKind::Integer:
    case ColumnKind::Money:
        return value.toLongLong();
    case ColumnKind::Decimal:
    case ColumnKind::Percent:
        return value.toDouble();
    case ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

QJsonObject tableJson(const ReportTable& table)
{
    QJsonArray columns;
    for (const ReportColumn& c : table.columns)
        columns.append(QJsonObject{{QStringLiteral("key"), c.key},
                                   {QStringLiteral("title"), c.title},
                                   {QStringLiteral("kind"), columnKindCode(c.kind)}});
    QJsonArray rows;
    for (const QVariantList& row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i)
            o.insert(table.columns.at(i).key, cell(row.at(i), table.columns.at(i).kind));
        rows.append(o);
    }
    return {{QStringLiteral("id"), table.id},
            {QStringLiteral("title"), table.title},
            {QStringLiteral("currency"), table.currency},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QJsonObject reportJson(const Report& report)
{
    QJsonArray sections;
    for (const ReportSection& s : report.sections) {
        QJsonArray tables;
        for (const ReportTable& t : s.tables)
            tables.append(tableJson(t));
        sections.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("text"), s.text},
                                    {QStringLiteral("tables"), tables},
                                    {QStringLiteral("chart"), s.chart}});
    }
    return {{QStringLiteral("title"), report.title},
            {QStringLiteral("language"), report.language},
            {QStringLiteral("subtitle"), report.subtitle},
            {QStringLiteral("sections"), sections}};
}

} // namespace td::analytics
