#include "tendertemplates.h"

#include "domain/biddocuments.h"
#include "domain/error.h"
#include "tenderjsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace td {

Tender tenderFromTemplate(TenderCategory category, const QDate& publication,
                          const std::optional<Money>& ceiling)
{
    QFile file(QStringLiteral(":/templates/%1.json").arg(codeOf(category)));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td", "The template for %1 is missing from this "
                                                      "build. Reinstall TenderDesk.")
                        .arg(nameOf(category)));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Tender t;
    t.category = category;
    t.status = TenderStatus::Draft;
    t.bidDocuments = standardBidDocuments();
    // Lots are given as shares of the ceiling and periods in days: resolve both here, then
    // read the rest as an ordinary tender file.
    QJsonObject rest = json;
    rest.remove(QStringLiteral("lots"));
    t = json::readTender(rest, t);
    if (ceiling)
        t.budgetCeiling = *ceiling;
    const QJsonArray lots = json.value(QLatin1String("lots")).toArray();
    qint64 assigned = 0;
    for (qsizetype i = 0; i < lots.size(); ++i) {
        const QJsonObject lot = lots.at(i).toObject();
        const qint64 share = i + 1 == lots.size()
                                 ? t.budgetCeiling.minorUnits() - assigned
                                 : t.budgetCeiling.minorUnits() *
                                       lot.value(QLatin1String("sharePercent")).toInt() / 100;
        assigned += share;
        t.lots.append(Lot{0, int(i + 1), lot.value(QLatin1String("title")).toString(),
                          Money(share, t.budgetCeiling.currency())});
    }
    const QTimeZone zone(t.timeZone.toUtf8());
    t.publishedAt = QDateTime(publication, QTime(9, 0), zone).toUTC();
    const int bidDays = json.value(QLatin1String("bidPeriodDays")).toInt(20);
    const int clarificationDays = json.value(QLatin1String("clarificationPeriodDays")).toInt(10);
    t.clarificationDeadline =
        QDateTime(publication.addDays(clarificationDays), QTime(17, 0), zone).toUTC();
    t.bidDeadline = QDateTime(publication.addDays(bidDays), QTime(9, 30), zone).toUTC();
    t.openingAt = t.bidDeadline;
    return t;
}

} // namespace td
