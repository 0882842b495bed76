#include "tenderrelease.h"

#include <QJsonObject>

namespace td {

QJsonArray toJson(const QList<FieldChange>& changes)
{
    QJsonArray array;
    for (const FieldChange& c : changes)
        array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("before"), c.before},
                                 {QStringLiteral("after"), c.after}});
    return array;
}

QList<FieldChange> fieldChangesFrom(const QJsonArray& array)
{
    QList<FieldChange> changes;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        changes.append({o.value(QLatin1String("field")).toString(),
                        o.value(QLatin1String("before")).toString(),
                        o.value(QLatin1String("after")).toString()});
    }
    return changes;
}

} // namespace td
