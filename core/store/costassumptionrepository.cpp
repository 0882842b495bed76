#include "costassumptionrepository.h"

#include "auditlog.h"
#include "dialect.h"
#include "domain/error.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

CostAssumptionRepository::CostAssumptionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

CostAssumptions CostAssumptionRepository::forBid(qint64 bidId) const
{
    const QVariant currency =
        sql::scalar(m_db, QStringLiteral("SELECT currency FROM bids WHERE id = ?"), {bidId});
    if (!currency.isValid())
        throw Error(
            QCoreApplication::translate("CostAssumptions", "No bid has the number %1.").arg(bidId));
    CostAssumptions a;
    a.bidId = bidId;
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT hosting_id, voucher_city, fixed_costs_minor, currency, "
                                "contract_years, fixed_costs_stated FROM bid_cost_assumptions "
                                "WHERE bid_id = ?"),
                 {bidId});
    if (q.next()) {
        a.hostingId = q.value(0).toString();
        a.voucherCity = q.value(1).isNull() ? QString() : q.value(1).toString();
        if (q.value(5).toInt() != 0)
            a.fixedCosts = Money(q.value(2).toLongLong(), q.value(3).toString());
        a.contractYears = q.value(4).toInt();
    }
    return a;
}

void CostAssumptionRepository::save(const CostAssumptions& a, const QString& actor)
{
    if (a.contractYears < 1)
        throw Error(QCoreApplication::translate("CostAssumptions",
                                                "A contract lasts at least one year; set the "
                                                "number of years to 1 or more."));
    if (a.fixedCosts && (!a.fixedCosts->isValid() || a.fixedCosts->minorUnits() < 0))
        throw Error(QCoreApplication::translate("CostAssumptions",
                                                "Fixed costs are an amount of zero or more, in "
                                                "the bid's currency."));
    const QVariant currency =
        sql::scalar(m_db, QStringLiteral("SELECT currency FROM bids WHERE id = ?"), {a.bidId});
    if (!currency.isValid())
        throw Error(QCoreApplication::translate("CostAssumptions", "No bid has the number %1.")
                        .arg(a.bidId));
    if (a.fixedCosts && currency.toString() != a.fixedCosts->currency())
        throw Error(QCoreApplication::translate("CostAssumptions",
                                                "The bid is priced in %1: give its fixed costs "
                                                "in %1 too.")
                        .arg(currency.toString()));
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM hosting_options WHERE id = ?"),
                     {a.hostingId})
             .isValid())
        throw Error(QCoreApplication::translate("CostAssumptions",
                                                "The hosting catalog has no option '%1': choose "
                                                "one it lists.")
                        .arg(a.hostingId));
    if (!a.voucherCity.isEmpty() &&
        !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM compute_vouchers WHERE city = ?"),
                     {a.voucherCity})
             .isValid())
        throw Error(QCoreApplication::translate("CostAssumptions",
                                                "The voucher catalog has no city '%1': choose "
                                                "one it lists, or no voucher.")
                        .arg(a.voucherCity));
    // ON CONFLICT ... DO UPDATE: an upsert that SQLite (3.24+) and PostgreSQL both accept.
    sql::run(m_db,
             QStringLiteral("INSERT INTO bid_cost_assumptions (bid_id, hosting_id, voucher_city, "
                            "fixed_costs_minor, currency, contract_years, fixed_costs_stated) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bid_id) DO UPDATE SET "
                            "hosting_id = excluded.hosting_id, voucher_city = "
                            "excluded.voucher_city, fixed_costs_minor = "
                            "excluded.fixed_costs_minor, currency = excluded.currency, "
                            "contract_years = excluded.contract_years, fixed_costs_stated = "
                            "excluded.fixed_costs_stated"),
             {a.bidId, a.hostingId,
              a.voucherCity.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(a.voucherCity),
              a.fixedCosts ? a.fixedCosts->minorUnits() : 0, currency.toString(), a.contractYears,
              a.fixedCosts ? 1 : 0});
    // No stated fixed costs are written as null: the bid's breakdown stands for them.
    const QJsonObject payload{
        {QStringLiteral("hostingId"), a.hostingId},
        {QStringLiteral("voucherCity"), a.voucherCity},
        {QStringLiteral("fixedCosts"),
         a.fixedCosts ? QJsonValue(a.fixedCosts->toPlainString()) : QJsonValue()},
        {QStringLiteral("currency"), currency.toString()},
        {QStringLiteral("contractYears"), a.contractYears}};
    const Dialect dialect = Dialect::of(m_db);
    AuditLog(m_db, dialect)
        .append(actor, QStringLiteral("bid.costAssumptionsSaved"), QStringLiteral("bid"),
                QString::number(a.bidId),
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

} // namespace td
