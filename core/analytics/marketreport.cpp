#include "marketreport.h"

#include "domain/error.h"
#include "marketsections.h"
#include "redflagpass.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace td::analytics {

QSqlQuery SectionContext::run(const QString& statement, const SqlPart& scope,
                              const QVariantList& more) const
{
    QSqlQuery q = sql::prepare(db, statement);
    q.setForwardOnly(true);
    sql::bind(q, scope.values + more);
    sql::exec(q);
    return q;
}

QString SectionContext::organizationName(const QString& shortName, const QString& englishName) const
{
    if (!labels.isChinese() && !englishName.isEmpty())
        return englishName;
    return shortName;
}

ReportColumn column(const char* key, const QString& title, ColumnKind kind)
{
    return {QString::fromLatin1(key), title, kind};
}

namespace {

using Builder = ReportSection (*)(const SectionContext&);

struct SectionEntry
{
    const char* id;
    Builder build;
};

const SectionEntry sections[] = {
    {"tenders_by_month", tendersByMonth},
    {"bids_per_tender", bidsPerTender},
    {"price_against_budget", priceAgainstBudget},
    {"vendor_share", vendorShare},
    {"models_accelerators", modelsAndAccelerators},
    {"benchmark_leaderboard", benchmarkLeaderboard},
    {"loss_making_wins", lossMakingWins},
    {"reference_figures", referenceFigures},
    {"red_flags", redFlagsSection},
};

QString tr(const char* text)
{
    return QCoreApplication::translate("td::analytics", text);
}

QString filterText(const MarketFilter& filter, const MarketLabels& labels)
{
    QStringList parts;
    if (filter.from.isValid() || filter.to.isValid())
        parts.append(
            labels.text("filterPeriod")
                .arg(filter.from.isValid() ? filter.from.toString(Qt::ISODate)
                                           : QStringLiteral("…"),
                     filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("…")));
    QStringList categories;
    for (const QString& code : filter.categories)
        categories.append(labels.forCode("categories", code));
    if (!categories.isEmpty())
        parts.append(labels.text("filterCategories").arg(categories.join(QStringLiteral(", "))));
    if (!filter.buyers.isEmpty())
        parts.append(labels.text("filterBuyers").arg(filter.buyers.size()));
    if (!filter.vendors.isEmpty())
        parts.append(labels.text("filterVendors").arg(filter.vendors.size()));
    if (!filter.modelFamilies.isEmpty())
        parts.append(
            labels.text("filterModels").arg(filter.modelFamilies.join(QStringLiteral(", "))));
    if (!filter.accelerators.isEmpty())
        parts.append(
            labels.text("filterAccelerators").arg(filter.accelerators.join(QStringLiteral(", "))));
    return parts.isEmpty() ? labels.text("wholeMarket") : parts.join(QStringLiteral("; "));
}

// The conditions on tenders `t` that a drill string of a section stands for. The expressions
// are those the section grouped by (marketscope.h), with the same bid filters.
SqlPart drillCondition(const QSqlDatabase& db, const MarketFilter& filter, const QString& sectionId,
                       const QString& drillKey)
{
    const QUrlQuery key(drillKey);
    const auto has = [&key](const char* name) {
        return key.hasQueryItem(QLatin1String(name));
    };
    const auto value = [&key](const char* name) {
        return key.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto bad = [&] {
        return Error(tr("'%1' is not a point of the section %2: pick a point of its chart.")
                         .arg(drillKey, sectionId));
    };
    const SqlPart bids = bidScope(filter, QStringLiteral("b"));
    SqlPart part;
    // An active award of the tender, to a bid the filter keeps, with `conditions`.
    const auto awardWhere = [&](const QString& conditions, const QVariantList& values) {
        SqlPart p{QStringLiteral(" AND EXISTS (SELECT 1 FROM awards a JOIN bids b ON b.id = "
                                 "a.bid_id JOIN lots l ON l.id = a.lot_id WHERE a.tender_id = "
                                 "t.id AND a.status = 'active'"),
                  {}};
        p += bids;
        p += SqlPart{conditions + QStringLiteral(")"), values};
        return p;
    };
    if (sectionId == QLatin1String("tenders_by_month")) {
        if (!has("month") || !has("category"))
            throw bad();
        part = SqlPart{
            QStringLiteral(" AND %1 = ? AND t.category = ?").arg(QLatin1String(monthOfTender)),
            {value("month"), value("category")}};
    } else if (sectionId == QLatin1String("bids_per_tender")) {
        bool ok = false;
        const qint64 n = value("bids").toLongLong(&ok);
        if (!ok)
            throw bad();
        part = SqlPart{QStringLiteral(" AND (SELECT COUNT(*) FROM bids b WHERE b.tender_id = t.id "
                                      "AND b.status IN %1) = ?")
                           .arg(QLatin1String(submittedStatuses)),
                       {n}};
    } else if (sectionId == QLatin1String("price_against_budget")) {
        bool ok = false;
        const int bucket = value("bucket").toInt(&ok);
        if (!ok)
            throw bad();
        part = awardWhere(QStringLiteral(" AND l.budget_minor > 0 AND a.currency = l.currency AND "
                                         "%1 = ?")
                              .arg(QLatin1String(priceBucketOfAward)),
                          {bucket});
    } else if (sectionId == QLatin1String("vendor_share")) {
        bool ok = false;
        const qint64 vendor = value("vendor").toLongLong(&ok);
        if (!ok)
            throw bad();
        part = awardWhere(QStringLiteral(" AND +a.vendor_id = ?"), {vendor}); // via awards_tender
    } else if (sectionId == QLatin1String("models_accelerators")) {
        if (!has("month"))
            throw bad();
        part = SqlPart{QStringLiteral(" AND %1 = ?").arg(QLatin1String(monthOfTender)),
                       {value("month")}};
        part += awardWhere(QStringLiteral(" AND EXISTS (SELECT 1 FROM bid_hardware_lines h WHERE "
                                          "h.bid_id = b.id)"),
                           {});
    } else if (sectionId == QLatin1String("benchmark_leaderboard")) {
        bool runOk = false;
        bool vendorOk = false;
        const qint64 run = value("run").toLongLong(&runOk);
        const qint64 vendor = value("vendor").toLongLong(&vendorOk);
        if (!runOk || !vendorOk)
            throw bad();
        part = SqlPart{QStringLiteral(" AND EXISTS (SELECT 1 FROM bids b WHERE b.tender_id = t.id "
                                      "AND b.status IN %1 AND b.benchmark_run_id = ? AND "
                                      "b.vendor_id = ?")
                           .arg(QLatin1String(submittedStatuses)),
                       {run, vendor}};
        part += bids;
        part += QStringLiteral(")");
    } else if (sectionId == QLatin1String("loss_making_wins")) {
        if (!has("quarter") || !has("verdict"))
            throw bad();
        part =
            awardWhere(QStringLiteral(" AND %1 = ? AND a.cost_verdict = ?").arg(quarterOfAward()),
                       {value("quarter"), value("verdict")});
    } else if (sectionId == QLatin1String("red_flags")) {
        if (!has("code"))
            throw bad();
        // The processes the indicator flags under the same filter, with cardinal's defaults.
        RedFlagSettings settings;
        settings.enabled = {value("code")};
        QStringList references;
        for (const RedFlag& f : findRedFlagsOn(db, settings, filter, {}).flags)
            // Within what one statement may bind on either engine.
            if (f.code == value("code") && f.group == FlagGroup::Ocid && references.size() < 30000)
                references.append(f.label);
        part = SqlPart{QStringLiteral(" AND t.reference IN (%1)")
                           .arg(references.isEmpty() ? QStringLiteral("NULL")
                                                     : placeholders(references.size())),
                       {}};
        for (const QString& r : references)
            part.values.append(r);
    } else {
        throw Error(tr("The section %1 has no points that stand for tenders.").arg(sectionId));
    }
    return part;
}

} // namespace

QStringList marketSectionIds()
{
    QStringList ids;
    for (const SectionEntry& s : sections)
        ids.append(QString::fromLatin1(s.id));
    return ids;
}

Report marketReport(const Database& database, const MarketFilter& filter, const QString& language,
                    const QStringList& sectionIds, const std::function<bool()>& cancelled)
{
    const QStringList known = marketSectionIds();
    QStringList unknown;
    for (const QString& id : sectionIds)
        if (!known.contains(id))
            unknown.append(id);
    if (!unknown.isEmpty())
        throw Error(tr("The market report has no section %1; its sections are %2.")
                        .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
    const MarketLabels labels(language);
    const SectionContext context{database.connection(), filter, labels, cancelled};
    Report report{labels.text("reportTitle"), labels.language(), filterText(filter, labels), {}};
    for (const SectionEntry& s : sections) {
        const QString id = QString::fromLatin1(s.id);
        if (!sectionIds.isEmpty() && !sectionIds.contains(id))
            continue;
        if (cancelled && cancelled())
            throw Error(tr("The market report was cancelled."));
        report.sections.append(s.build(context));
    }
    return report;
}

QList<DrillTender> drillDown(const Database& database, const MarketFilter& filter,
                             const QString& sectionId, const QString& drillKey, int limit)
{
    SqlPart where = tenderScope(filter);
    where += drillCondition(database.connection(), filter, sectionId, drillKey);
    QSqlQuery q = sql::prepare(
        database.connection(),
        QStringLiteral("SELECT t.id, t.reference, t.title, bu.short_name, t.budget_minor, "
                       "t.currency, t.published_at FROM tenders t JOIN organizations bu ON bu.id "
                       "= t.buyer_id WHERE %1 ORDER BY t.published_at DESC, t.id DESC LIMIT ?")
            .arg(where.sql));
    sql::bind(q, where.values + QVariantList{qMax(0, limit)});
    sql::exec(q);
    QList<DrillTender> tenders;
    while (q.next())
        tenders.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                        sql::toDateTime(q.value(6)).date()});
    return tenders;
}

} // namespace td::analytics
