#include "tendervalidation.h"

#include <QCoreApplication>
#include <QSet>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td".
QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

class Findings
{
public:
    void error(const QString& field, const QString& message)
    {
        m_issues.append({ValidationIssue::Severity::Error, field, message});
    }
    void warning(const QString& field, const QString& message)
    {
        m_issues.append({ValidationIssue::Severity::Warning, field, message});
    }
    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

void checkBasics(const Tender& t, Findings& f)
{
    if (t.title.trimmed().isEmpty())
        f.error(QStringLiteral("title"), tr("Give the tender a title."));
    if (t.buyerId <= 0)
        f.error(QStringLiteral("buyer"), tr("Choose the buyer that publishes the tender."));
    if (t.budgetCeiling.minorUnits() <= 0)
        f.error(QStringLiteral("budgetCeiling"),
                tr("The budget ceiling must be a positive amount."));
    if (t.budgetCeiling.currency().size() != 3)
        f.error(QStringLiteral("budgetCeiling"),
                tr("The budget ceiling needs an ISO 4217 currency code such as CNY."));
}

void checkLots(const Tender& t, Findings& f)
{
    if (t.lots.isEmpty()) {
        f.error(QStringLiteral("lots"), tr("Add at least one lot: bids are made per lot."));
        return;
    }
    qint64 sum = 0;
    QSet<int> numbers;
    for (qsizetype i = 0; i < t.lots.size(); ++i) {
        const Lot& lot = t.lots.at(i);
        const QString field = QStringLiteral("lots[%1]").arg(i);
        if (lot.title.trimmed().isEmpty())
            f.error(field + QStringLiteral(".title"), tr("Lot %1 needs a title.").arg(lot.number));
        if (numbers.contains(lot.number))
            f.error(field + QStringLiteral(".number"),
                    tr("Two lots have the number %1; number them 1, 2, 3...").arg(lot.number));
        numbers.insert(lot.number);
        if (lot.budget.minorUnits() <= 0)
            f.error(field + QStringLiteral(".budget"),
                    tr("Lot %1 needs a positive budget.").arg(lot.number));
        else if (lot.budget.currency() != t.budgetCeiling.currency())
            f.error(field + QStringLiteral(".budget"),
                    tr("Lot %1 is budgeted in %2 but the tender in %3; use one currency.")
                        .arg(lot.number)
                        .arg(lot.budget.currency(), t.budgetCeiling.currency()));
        else
            sum += lot.budget.minorUnits();
    }
    if (t.budgetCeiling.minorUnits() > 0 && sum > t.budgetCeiling.minorUnits())
        f.error(QStringLiteral("lots"),
                tr("The lots' budgets add up to %1, more than the ceiling of %2. Lower a lot's "
                   "budget or raise the ceiling.")
                    .arg(Money(sum, t.budgetCeiling.currency()).toDisplayString(),
                         t.budgetCeiling.toDisplayString()));
}

// Names the kind, the minimum and Order 87, and how to settle it.
QString priceWeightWarning(PurchaseKind kind, int weight, int minimum)
{
    switch (kind) {
    case PurchaseKind::Goods:
        return tr("The price weight is %1%; MOF Order 87 expects at least %2% for goods (this "
                  "tender buys goods). Raise the price weight, or keep on file why Order 87 does "
                  "not bind this tender.")
            .arg(weight)
            .arg(minimum);
    case PurchaseKind::Services:
        return tr("The price weight is %1%; MOF Order 87 expects at least %2% for services (this "
                  "tender buys services). Raise the price weight, or keep on file why Order 87 "
                  "does not bind this tender.")
            .arg(weight)
            .arg(minimum);
    case PurchaseKind::GoodsAndServices:
        break;
    }
    return tr("The price weight is %1%; MOF Order 87 expects at least %2% for goods (this tender "
              "buys goods and services, and its goods part is bound by the goods minimum). Raise "
              "the price weight, or keep on file why Order 87 does not bind this tender.")
        .arg(weight)
        .arg(minimum);
}

void checkCriteria(const Tender& t, const PriceWeightPolicy& policy, Findings& f)
{
    if (t.criteria.isEmpty()) {
        f.error(QStringLiteral("criteria"), tr("Add the evaluation criteria and their weights."));
        return;
    }
    int total = 0;
    QSet<QString> codes;
    const Criterion* price = nullptr;
    for (const Criterion& c : t.criteria) {
        total += c.weight;
        if (c.weight < 0 || c.weight > 100)
            f.error(QStringLiteral("criteria"),
                    tr("The weight of '%1' must be between 0 and 100.").arg(c.name));
        if (codes.contains(c.code))
            f.error(QStringLiteral("criteria"),
                    tr("The criterion '%1' appears twice; keep one.").arg(c.name));
        codes.insert(c.code);
        if (c.code == QLatin1String("price"))
            price = &c;
    }
    if (total != 100)
        f.error(QStringLiteral("criteria"),
                tr("The weights add up to %1; they must add up to 100.").arg(total));
    if (!price)
        f.error(QStringLiteral("criteria"),
                tr("The criteria need a price criterion: the comprehensive scoring method "
                   "scores every bid's price."));
    else if (const int minimum = policy.minimumFor(t.purchaseKind); price->weight < minimum)
        f.warning(QStringLiteral("criteria"),
                  priceWeightWarning(t.purchaseKind, price->weight, minimum));
}

void checkTimeline(const Tender& t, Findings& f)
{
    if (!t.publishedAt.isValid())
        f.error(QStringLiteral("publishedAt"), tr("Set the publication date."));
    if (!t.clarificationDeadline.isValid())
        f.error(QStringLiteral("clarificationDeadline"), tr("Set the clarification deadline."));
    if (!t.bidDeadline.isValid())
        f.error(QStringLiteral("bidDeadline"), tr("Set the bid deadline."));
    if (!t.openingAt.isValid())
        f.error(QStringLiteral("openingAt"), tr("Set the bid opening time."));
    if (t.publishedAt.isValid() && t.clarificationDeadline.isValid() &&
        t.clarificationDeadline <= t.publishedAt)
        f.error(QStringLiteral("clarificationDeadline"),
                tr("The clarification deadline must come after publication."));
    if (t.clarificationDeadline.isValid() && t.bidDeadline.isValid() &&
        t.clarificationDeadline >= t.bidDeadline)
        f.error(QStringLiteral("clarificationDeadline"),
                tr("The clarification deadline must come before the bid deadline, so that "
                   "answers reach bidders in time."));
    if (t.publishedAt.isValid() && t.bidDeadline.isValid() && t.bidDeadline <= t.publishedAt)
        f.error(QStringLiteral("bidDeadline"), tr("The bid deadline must come after publication."));
    if (t.bidDeadline.isValid() && t.openingAt.isValid() && t.openingAt < t.bidDeadline)
        f.error(QStringLiteral("openingAt"),
                tr("Bids cannot be opened before the bid deadline; set the opening at or after "
                   "it."));
    if (t.publishedAt.isValid() && t.bidDeadline.isValid() && t.bidDeadline > t.publishedAt) {
        const qint64 seconds = t.publishedAt.secsTo(t.bidDeadline);
        const int minimum = minimumBidPeriodDays(t.method);
        if (seconds < qint64(minimum) * 86400)
            f.warning(QStringLiteral("bidDeadline"),
                      tr("The bid period is %1 days; the law expects at least %2 days for %3. "
                         "Move the bid deadline later unless an exception applies.")
                          .arg(seconds / 86400)
                          .arg(minimum)
                          .arg(nameOf(t.method)));
    }
}

void checkHardwareAndWorkload(const Tender& t, Findings& f)
{
    const int share = t.hardwareRules.minimumDomesticSharePercent;
    if (share < 0 || share > 100)
        f.error(QStringLiteral("hardwareRules"),
                tr("The minimum domestic accelerator share must be between 0% and 100%."));
    else if (share < 50)
        f.warning(QStringLiteral("hardwareRules"),
                  tr("The minimum domestic accelerator share is %1%; public data centres must "
                     "use more than 50% domestic chips.")
                      .arg(share));
    if (t.workload.contractedTokensPerYear <= 0)
        f.warning(QStringLiteral("workload"),
                  tr("Set the contracted tokens per year: without it no bid's cost-to-serve can "
                     "be estimated."));
}

} // namespace

QList<ValidationIssue> validateTender(const Tender& tender, const PriceWeightPolicy& policy)
{
    Findings findings;
    checkBasics(tender, findings);
    checkLots(tender, findings);
    checkCriteria(tender, policy, findings);
    checkTimeline(tender, findings);
    checkHardwareAndWorkload(tender, findings);
    return findings.take();
}

bool isPublishable(const QList<ValidationIssue>& issues)
{
    return std::none_of(issues.cbegin(), issues.cend(),
                        [](const ValidationIssue& i) { return i.isError(); });
}

} // namespace td
