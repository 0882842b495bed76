#include "documentformat.h"

namespace td {
namespace {

// `value` / `unit` with at most `decimals` decimals and no trailing zeros: 150000000 / 1e8 = 1.5.
QString scaled(qint64 value, qint64 unit, int decimals)
{
    QString text = QString::number(value / unit);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 fraction = (value % unit) / (unit / scale);
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return text;
}

} // namespace

DocumentFormat::DocumentFormat(DocumentLanguage language, const QTimeZone& zone)
    : m_language(language)
    , m_zone(zone)
    , m_locale(language == DocumentLanguage::Chinese
                   ? QLocale(QLocale::Chinese, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString DocumentFormat::dateTime(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    return m_locale.toString(time.toTimeZone(m_zone), m_language == DocumentLanguage::Chinese
                                                          ? QStringLiteral("yyyy年M月d日 HH:mm")
                                                          : QStringLiteral("d MMMM yyyy, HH:mm"));
}

QString DocumentFormat::date(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    return m_locale.toString(time.toTimeZone(m_zone).date(), m_language == DocumentLanguage::Chinese
                                                                 ? QStringLiteral("yyyy年M月d日")
                                                                 : QStringLiteral("d MMMM yyyy"));
}

QString DocumentFormat::money(const Money& amount) const
{
    const QString display = amount.toDisplayString();
    const qint64 minor = amount.minorUnits();
    // 10,000 yuan is 1,000,000 fen; exact to the hundred yuan means two decimals of 万.
    if (m_language != DocumentLanguage::Chinese || amount.currency() != QLatin1String("CNY") ||
        minor < 1'000'000 || minor % 10'000 != 0)
        return display;
    return display + QStringLiteral("（%1万元）").arg(scaled(minor, 1'000'000, 2));
}

QString DocumentFormat::count(qint64 value) const
{
    if (m_language == DocumentLanguage::Chinese) {
        if (value >= 100'000'000 && value % 10'000 == 0)
            return scaled(value, 100'000'000, 4) + QStringLiteral("亿");
        if (value >= 10'000 && value % 100 == 0)
            return scaled(value, 10'000, 2) + QStringLiteral("万");
    }
    return m_locale.toString(value);
}

QString DocumentFormat::percent(double value) const
{
    return QString::number(value, 'g', 6) + QLatin1Char('%');
}

QString DocumentFormat::zoneName(const QDateTime& at) const
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    const int offset = m_zone.offsetFromUtc(when);
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString name = m_zone.displayName(when, QTimeZone::LongName, m_locale);
    const QString id = QString::fromUtf8(m_zone.id());
    const bool named = !name.isEmpty() && name != id && !name.startsWith(QLatin1String("UTC"));
    if (m_language == DocumentLanguage::Chinese)
        return named ? QStringLiteral("%1（%2，%3）").arg(id, name, utc)
                     : QStringLiteral("%1（%2）").arg(id, utc);
    return named ? QStringLiteral("%1 (%2, %3)").arg(id, name, utc)
                 : QStringLiteral("%1 (%2)").arg(id, utc);
}

} // namespace td
