#pragma once

#include "documentlanguage.h"
#include "domain/money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace td {

// Numbers, amounts and times as a printed document writes them in its language, whatever the
// language of the user interface: 2026年3月1日 09:00 and 20亿 in Chinese, 1 March 2026, 09:00 and
// 2,000,000,000 in English. Times are shown in the tender's own time zone.
class DocumentFormat
{
public:
    DocumentFormat(DocumentLanguage language, const QTimeZone& zone);

    // An empty string for an invalid time.
    QString dateTime(const QDateTime& time) const;
    QString date(const QDateTime& time) const;
    // td::Money's display form; Chinese adds the amount in 万元 when it is a whole number of them
    // to the hundred yuan, as Chinese tender documents write budgets.
    QString money(const Money& amount) const;
    // Chinese writes large counts in 亿 and 万 when they are exact at two or four decimals.
    QString count(qint64 value) const;
    QString percent(double value) const;
    // "Asia/Shanghai (China Standard Time, UTC+08:00)" at `at`.
    QString zoneName(const QDateTime& at) const;

private:
    DocumentLanguage m_language;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace td
