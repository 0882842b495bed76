#include "bidchecks.h"

#include "cost/provenance.h"
#include "domain/biddocuments.h"
#include "domain/hardwarerules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td::BidChecks".
QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidChecks", text);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QLatin1Char('%');
}

class Checker
{
public:
    Checker(const Tender& tender, const BidContent& bid, const QList<Accelerator>& catalog)
        : m_tender(tender)
        , m_bid(bid)
        , m_catalog(catalog)
    {}

    QList<BidIssue> run(const std::optional<CostToServe>& cost)
    {
        const Lot* lot = lotOfBid();
        if (lot && currencies(*lot)) {
            budget(*lot);
            breakdown();
        }
        model();
        hardware();
        documents();
        if (cost)
            margin(*cost);
        return m_issues;
    }

private:
    void add(BidIssue::Severity severity, const char* code, const QString& field,
             const QString& message)
    {
        m_issues.append({severity, QString::fromLatin1(code), field, message});
    }

    const Lot* lotOfBid()
    {
        for (const Lot& lot : m_tender.lots)
            if (lot.number == m_bid.lot)
                return &lot;
        add(BidIssue::Severity::Error, "lot", QStringLiteral("lot"),
            tr("Tender %1 has no lot %2; choose one of its lots.")
                .arg(m_tender.reference)
                .arg(m_bid.lot));
        return nullptr;
    }

    // The lot's currency is the bid's: amounts in another cannot be compared or added.
    bool currencies(const Lot& lot)
    {
        const QString currency =
            lot.budget.isValid() ? lot.budget.currency() : m_tender.budgetCeiling.currency();
        bool same = true;
        const auto check = [&](const Money& amount, const QString& field) {
            if (amount.isValid() && !currency.isEmpty() && amount.currency() != currency) {
                add(BidIssue::Severity::Error, "currency", field,
                    tr("The amount is in %1, but lot %2 is priced in %3; give every amount in %3.")
                        .arg(amount.currency())
                        .arg(lot.number)
                        .arg(currency));
                same = false;
            }
        };
        check(m_bid.totalPrice, QStringLiteral("totalPrice"));
        for (qsizetype i = 0; i < m_bid.breakdown.size(); ++i)
            check(m_bid.breakdown.at(i).amount, QStringLiteral("breakdown[%1].amount").arg(i));
        if (m_bid.pricePerMillionTokens)
            check(*m_bid.pricePerMillionTokens, QStringLiteral("pricePerMillionTokens"));
        return same;
    }

    void budget(const Lot& lot)
    {
        if (m_bid.totalPrice.minorUnits() <= 0) {
            add(BidIssue::Severity::Error, "noPrice", QStringLiteral("totalPrice"),
                tr("The bid has no total price; give the price of the whole contract."));
            return;
        }
        const Money limit = lot.budget.minorUnits() > 0 ? lot.budget : m_tender.budgetCeiling;
        if (limit.minorUnits() > 0 && limit.currency() == m_bid.totalPrice.currency() &&
            m_bid.totalPrice > limit)
            add(BidIssue::Severity::Error, "aboveBudget", QStringLiteral("totalPrice"),
                tr("The total price %1 is above the budget of lot %2 (%3); a bid above the "
                   "budget is invalid.")
                    .arg(m_bid.totalPrice.toDisplayString())
                    .arg(lot.number)
                    .arg(limit.toDisplayString()));
    }

    void breakdown()
    {
        if (m_bid.breakdown.isEmpty() || !m_bid.totalPrice.isValid())
            return;
        Money sum(0, m_bid.totalPrice.currency());
        for (const PriceItem& item : m_bid.breakdown)
            if (item.amount.currency() == sum.currency()) // an unset amount adds nothing
                sum = sum + item.amount;
        if (sum != m_bid.totalPrice)
            add(BidIssue::Severity::Error, "breakdownTotal", QStringLiteral("breakdown"),
                tr("The breakdown adds up to %1, not to the total price %2; correct a line or "
                   "the total.")
                    .arg(sum.toDisplayString(), m_bid.totalPrice.toDisplayString()));
    }

    void model()
    {
        if (m_bid.model.family.isEmpty())
            add(BidIssue::Severity::Error, "noModel", QStringLiteral("model.family"),
                tr("Name the model the bid offers (its family, such as DeepSeek-V3 or Qwen2.5)."));
    }

    QString lineField(const QString& model) const
    {
        for (qsizetype i = 0; i < m_bid.hardware.size(); ++i)
            if (m_bid.hardware.at(i).acceleratorModel.compare(model, Qt::CaseInsensitive) == 0)
                return QStringLiteral("hardware[%1].accelerator").arg(i);
        return QStringLiteral("hardware");
    }

    void hardware()
    {
        QHash<QString, bool> domestic;
        for (const Accelerator& a : m_catalog)
            domestic.insert(a.model, a.domestic);
        const HardwareCheck check = checkHardware(m_bid.hardware, m_tender.hardwareRules, domestic);
        for (const QString& model : check.unknownModels)
            add(BidIssue::Severity::Error, "unknownAccelerator", lineField(model),
                tr("%1 is not in the accelerator catalog, so its origin cannot be judged; choose "
                   "a model of the catalog.")
                    .arg(model));
        for (const QString& model : check.excludedFound)
            add(BidIssue::Severity::Error, "excludedModel", lineField(model),
                tr("Tender %1 excludes %2; a bid that declares it is not compliant.")
                    .arg(m_tender.reference, model));
        for (const QString& model : provenanceRisks(m_bid.hardware, m_catalog))
            add(BidIssue::Severity::Warning, "exportControlled", lineField(model),
                tr("%1 is under US export controls for China: the buyer may ask how it was "
                   "obtained lawfully, and may not accept it.")
                    .arg(model));
        if (check.totalCount == 0) {
            add(BidIssue::Severity::Error, "noHardware", QStringLiteral("hardware"),
                tr("Declare the accelerators the model will be served on (model and count): the "
                   "tender's hardware rules are checked on them."));
            return;
        }
        if (!check.meetsDomesticShare()) {
            const std::optional<double> byCompute = domesticComputeShare(m_bid.hardware, m_catalog);
            const QString share =
                tr("The domestic share is %1 by accelerator count (%2 of %3), below the "
                   "minimum of %4% that tender %5 sets.")
                    .arg(percent(check.domesticShare()))
                    .arg(check.domesticCount)
                    .arg(check.totalCount)
                    .arg(check.requiredSharePercent)
                    .arg(m_tender.reference);
            add(BidIssue::Severity::Error, "domesticShare", QStringLiteral("hardware"),
                byCompute ? share + QLatin1Char(' ') +
                                tr("By peak compute it is %1.").arg(percent(*byCompute))
                          : share);
        }
    }

    void documents()
    {
        for (const BidDocumentRequirement& required : m_tender.bidDocuments) {
            if (!required.mandatory)
                continue;
            const bool attached = std::any_of(
                m_bid.documents.cbegin(), m_bid.documents.cend(), [&](const BidDocumentRef& d) {
                    return d.kind == required.kind && !d.path.trimmed().isEmpty();
                });
            if (!attached)
                add(BidIssue::Severity::Error, "missingDocument", QStringLiteral("documents"),
                    tr("Tender %1 requires the document \"%2\"; attach it as a PDF.")
                        .arg(m_tender.reference, bidDocumentTitle(required)));
        }
    }

    void margin(const CostToServe& cost)
    {
        const Money& price = m_bid.totalPrice;
        const Money& toServe = cost.costWithoutVoucher;
        if (price.minorUnits() <= 0 || toServe.minorUnits() <= 0 ||
            toServe.currency() != price.currency())
            return;
        const double below = 1.0 - price.ratioTo(toServe);
        if (price < toServe) {
            QString message = tr("This price is %1 below your cost to serve (%2): the buyer "
                                 "may ask you to prove it is not below cost.")
                                  .arg(percent(below), toServe.toDisplayString());
            if (cost.voucherApplies && !cost.lossMakingWithVoucher)
                message += QLatin1Char(' ') + tr("With the compute voucher it covers its cost "
                                                 "(%1).")
                                                  .arg(cost.costWithVoucher.toDisplayString());
            add(BidIssue::Severity::Warning, "belowCost", QStringLiteral("totalPrice"), message);
        } else {
            add(BidIssue::Severity::Note, "margin", QStringLiteral("totalPrice"),
                tr("This price is %1 above your cost to serve (%2).")
                    .arg(percent(-below), toServe.toDisplayString()));
        }
    }

    const Tender& m_tender;
    const BidContent& m_bid;
    const QList<Accelerator>& m_catalog;
    QList<BidIssue> m_issues;
};

} // namespace

QList<BidIssue> checkBid(const Tender& tender, const BidContent& bid,
                         const QList<Accelerator>& catalog, const std::optional<CostToServe>& cost)
{
    return Checker(tender, bid, catalog).run(cost);
}

bool hasErrors(const QList<BidIssue>& issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const BidIssue& i) { return i.severity == BidIssue::Severity::Error; });
}

} // namespace td
