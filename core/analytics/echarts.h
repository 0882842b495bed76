#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Apache ECharts option objects with their data inline. A data item that stands for tenders
// carries a "drill" string (ECharts keeps unknown keys of a data item and hands them to click
// handlers as params.data.drill): drillDown() turns it back into those tenders.
namespace td::analytics::echarts {

// {"value": value, "drill": drill} (no "drill" when empty).
QJsonObject item(double value, const QString& drill);
// {"name": name, "value": value, "drill": drill}.
QJsonObject namedItem(const QString& name, double value, const QString& drill);

struct Series
{
    QString name;
    QJsonArray data;
    QString type = QStringLiteral("bar");
};

// Bars (or lines) over categories on the x axis; stacked when asked.
QJsonObject categoryChart(const QString& title, const QStringList& xValues,
                          const QList<Series>& series, bool stacked, const QString& yName = {},
                          bool percentAxis = false);
// A pie of named items.
QJsonObject pieChart(const QString& title, const QJsonArray& items);
// Points {"name", "value": [x, y], "drill"} with named axes.
QJsonObject scatterChart(const QString& title, const QString& xName, const QString& yName,
                         const QJsonArray& points);

} // namespace td::analytics::echarts
