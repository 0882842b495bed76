#include "samplereport.h"

#include <QDate>
#include <QJsonArray>

namespace td::test {

using namespace analytics;

namespace {

bool chinese(const QString& language)
{
    return language.startsWith(QStringLiteral("zh"));
}

} // namespace

QString sampleAxisName(const QString& language)
{
    return chinese(language) ? QStringLiteral("发布月份轴") : QStringLiteral("AxisOfMonths");
}

namespace {

ReportSection monthsSection(const QString& language)
{
    const bool zh = chinese(language);
    ReportSection section;
    section.id = QStringLiteral("tenders_by_month");
    section.title = zh ? QStringLiteral("按月招标数量") : QStringLiteral("Tenders by month");
    section.text = zh ? QStringLiteral("每月发布的招标项目数与预算合计。")
                      : QStringLiteral("Tenders published each month, and their budgets.");
    ReportTable table;
    table.id = QStringLiteral("tenders_by_month");
    table.title = section.title;
    table.columns = {
        {QStringLiteral("month"), zh ? QStringLiteral("月份") : QStringLiteral("Month"),
         ColumnKind::Text},
        {QStringLiteral("tenders"), zh ? QStringLiteral("项目数") : QStringLiteral("Tenders"),
         ColumnKind::Integer},
        {QStringLiteral("budget"), zh ? QStringLiteral("预算") : QStringLiteral("Budget"),
         ColumnKind::Money},
    };
    QJsonArray categories;
    QJsonArray data;
    for (int i = 0; i < 3; ++i) {
        const QString month = QString::fromLatin1(sampleMonths[i]);
        table.rows.append({month, qint64(sampleCounts[i]), qint64(123456789) * (i + 1)});
        categories.append(month);
        data.append(QJsonObject{{QStringLiteral("value"), sampleCounts[i]},
                                {QStringLiteral("drill"), month}});
    }
    section.tables = {table};
    section.chart = QJsonObject{
        {QStringLiteral("xAxis"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("category")},
                     {QStringLiteral("name"), sampleAxisName(language)},
                     {QStringLiteral("nameLocation"), QStringLiteral("middle")},
                     {QStringLiteral("nameGap"), 28},
                     {QStringLiteral("data"), categories}}},
        {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}}},
        {QStringLiteral("series"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("bar")},
                                {QStringLiteral("name"), table.columns.at(1).title},
                                {QStringLiteral("data"), data}}}},
    };
    return section;
}

ReportSection vendorsSection(const QString& language)
{
    const bool zh = chinese(language);
    ReportSection section;
    section.id = QStringLiteral("vendors");
    section.title = zh ? QStringLiteral("供应商") : QStringLiteral("Vendors");
    section.text = zh ? QStringLiteral("各供应商的投标与中标。")
                      : QStringLiteral("Each vendor's bids and wins.");
    ReportTable vendors;
    vendors.id = QStringLiteral("vendor_wins");
    vendors.title = section.title;
    vendors.columns = {
        {QStringLiteral("vendor"), zh ? QStringLiteral("供应商") : QStringLiteral("Vendor"),
         ColumnKind::Text},
        {QStringLiteral("bids"), zh ? QStringLiteral("投标数") : QStringLiteral("Bids"),
         ColumnKind::Integer},
        {QStringLiteral("avg_score"), zh ? QStringLiteral("平均得分") : QStringLiteral("Score"),
         ColumnKind::Decimal},
        {QStringLiteral("won_value"), zh ? QStringLiteral("中标金额") : QStringLiteral("Won"),
         ColumnKind::Money},
        {QStringLiteral("win_rate"), zh ? QStringLiteral("中标率") : QStringLiteral("Win rate"),
         ColumnKind::Percent},
        {QStringLiteral("last_win"), zh ? QStringLiteral("最近中标") : QStringLiteral("Last win"),
         ColumnKind::Date},
    };
    vendors.rows = {
        {QStringLiteral("华为技术有限公司"), qint64(12), 87.456, qint64(987654321), 0.25,
         QDate(2026, 3, 14)},
        {QStringLiteral("Acme, \"Cloud\"\nLtd"), qint64(1234), 70.0, qint64(5), 0.125,
         QDate(2025, 12, 31)},
        {QStringLiteral("浪潮"), qint64(0), QVariant(), qint64(0), 0.0, QVariant()},
    };
    ReportTable longId;
    longId.id = QStringLiteral("vendors_by_accelerator_and_model_family_long");
    longId.title = zh ? QStringLiteral("加速卡") : QStringLiteral("Accelerators");
    longId.columns = {{QStringLiteral("accelerator"), longId.title, ColumnKind::Text},
                      {QStringLiteral("units"),
                       zh ? QStringLiteral("卡数") : QStringLiteral("Units"), ColumnKind::Integer}};
    longId.rows = {{QStringLiteral("Ascend 910B"), qint64(2048)}};
    section.tables = {vendors, longId};
    return section;
}

} // namespace

Report sampleReport(const QString& language)
{
    Report report;
    report.language = language;
    report.title = chinese(language) ? QStringLiteral("生成式人工智能采购市场报告")
                                     : QStringLiteral("Generative AI procurement market");
    report.subtitle = chinese(language) ? QStringLiteral("2026-01-01 至 2026-03-31")
                                        : QStringLiteral("2026-01-01 to 2026-03-31");
    report.sections = {monthsSection(language), vendorsSection(language)};
    return report;
}

} // namespace td::test
