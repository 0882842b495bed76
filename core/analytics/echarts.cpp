#include "echarts.h"

namespace td::analytics::echarts {

namespace {

QJsonObject titled(const QString& title)
{
    return {
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("text"), title},
                                              {QStringLiteral("left"), QStringLiteral("center")}}},
        {QStringLiteral("tooltip"),
         QJsonObject{{QStringLiteral("trigger"), QStringLiteral("item")}}}};
}

} // namespace

QJsonObject item(double value, const QString& drill)
{
    QJsonObject o{{QStringLiteral("value"), value}};
    if (!drill.isEmpty())
        o.insert(QStringLiteral("drill"), drill);
    return o;
}

QJsonObject namedItem(const QString& name, double value, const QString& drill)
{
    QJsonObject o = item(value, drill);
    o.insert(QStringLiteral("name"), name);
    return o;
}

QJsonObject categoryChart(const QString& title, const QStringList& xValues,
                          const QList<Series>& series, bool stacked, const QString& yName,
                          bool percentAxis)
{
    QJsonObject option = titled(title);
    QJsonArray legend;
    QJsonArray all;
    for (const Series& s : series) {
        legend.append(s.name);
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("type"), s.type},
                      {QStringLiteral("data"), s.data}};
        if (stacked)
            o.insert(QStringLiteral("stack"), QStringLiteral("total"));
        all.append(o);
    }
    option.insert(QStringLiteral("legend"),
                  QJsonObject{{QStringLiteral("data"), legend}, {QStringLiteral("bottom"), 0}});
    option.insert(QStringLiteral("xAxis"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("category")},
                              {QStringLiteral("data"), QJsonArray::fromStringList(xValues)}});
    QJsonObject yAxis{{QStringLiteral("type"), QStringLiteral("value")}};
    if (!yName.isEmpty())
        yAxis.insert(QStringLiteral("name"), yName);
    if (percentAxis) {
        yAxis.insert(QStringLiteral("min"), 0);
        yAxis.insert(QStringLiteral("max"), 1);
    }
    option.insert(QStringLiteral("yAxis"), yAxis);
    option.insert(QStringLiteral("series"), all);
    return option;
}

QJsonObject pieChart(const QString& title, const QJsonArray& items)
{
    QJsonObject option = titled(title);
    option.insert(QStringLiteral("series"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("pie")},
                                         {QStringLiteral("radius"), QStringLiteral("60%")},
                                         {QStringLiteral("data"), items}}});
    return option;
}

QJsonObject scatterChart(const QString& title, const QString& xName, const QString& yName,
                         const QJsonArray& points)
{
    QJsonObject option = titled(title);
    option.insert(QStringLiteral("xAxis"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                              {QStringLiteral("name"), xName}});
    option.insert(QStringLiteral("yAxis"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("value")},
                              {QStringLiteral("name"), yName}});
    option.insert(QStringLiteral("series"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("scatter")},
                                         {QStringLiteral("data"), points}}});
    return option;
}

} // namespace td::analytics::echarts
