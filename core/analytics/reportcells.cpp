#include "reportcells.h"

#include <QDate>
#include <QLocale>

namespace td::analytics {
namespace {

// Grouping with commas and a dot for decimals reads the same in Chinese and in English
// (zh_CN groups by thousands too), so one C-like locale with grouping serves both languages.
QLocale groupingLocale()
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString minorToMajorText(qint64 minor, bool grouped)
{
    // Exact: the integer part and the cents are taken apart as integers, never through a double.
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 major = magnitude / 100;
    const quint64 cents = magnitude % 100;
    const QString whole = grouped ? groupingLocale().toString(major) : QString::number(major);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), whole)
        .arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

double majorUnits(const QVariant& minor)
{
    return double(minor.toLongLong()) / 100.0;
}

bool isFigure(ColumnKind kind)
{
    return kind != ColumnKind::Text && kind != ColumnKind::Date;
}

QString displayCell(const QVariant& value, ColumnKind kind)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return groupingLocale().toString(value.toLongLong());
    case ColumnKind::Decimal:
        return groupingLocale().toString(value.toDouble(), 'f', 2);
    case ColumnKind::Money:
        return minorToMajorText(value.toLongLong(), true);
    case ColumnKind::Percent:
        return groupingLocale().toString(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString plainCell(const QVariant& value, ColumnKind kind)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ColumnKind::Decimal:
        return QString::number(value.toDouble(), 'f', 2);
    case ColumnKind::Money:
        return minorToMajorText(value.toLongLong(), false);
    case ColumnKind::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 2) + QLatin1Char('%');
    case ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

} // namespace td::analytics
