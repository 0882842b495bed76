#include "tenderlifecycle.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace td::lifecycle {
namespace {

// lupdate files the tr() calls of this namespace under "td::lifecycle".
QString tr(const char* text)
{
    return QCoreApplication::translate("td::lifecycle", text);
}

TransitionCheck allowed()
{
    return {true, {}};
}

TransitionCheck refused(const QString& reason)
{
    return {false, reason};
}

TransitionCheck checkPublication(const Tender& t, const LifecycleFacts& facts)
{
    const QList<ValidationIssue> issues = validateTender(t, facts.policy);
    for (const ValidationIssue& issue : issues)
        if (issue.isError())
            return refused(tr("The tender cannot be published yet: %1").arg(issue.message));
    if (t.bidDeadline.isValid() && facts.now.isValid() && t.bidDeadline <= facts.now)
        return refused(tr("The bid deadline (%1) has already passed; set a later one before "
                          "publishing.")
                           .arg(localTime(t, t.bidDeadline)));
    return allowed();
}

TransitionCheck checkUnsuccessful(const Tender& t, const LifecycleFacts& facts)
{
    if (facts.reason.trimmed().isEmpty())
        return refused(tr("Say why the tender is unsuccessful; the reason is published."));
    if (facts.validBids < 0)
        return refused(tr("Count the valid bids first: a tender is unsuccessful only with too "
                          "few of them."));
    const int needed = t.method == ProcurementMethod::OpenTender ? 3 : 1;
    if (facts.validBids >= needed)
        return refused(tr("The tender has %1 valid bids; it can be declared unsuccessful only "
                          "with fewer than %2.")
                           .arg(facts.validBids)
                           .arg(needed));
    return allowed();
}

} // namespace

QString localTime(const Tender& t, const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(t.timeZone.toUtf8()))
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QLatin1Char(' ') + t.timeZone;
}

QList<TenderStatus> successors(TenderStatus from)
{
    using S = TenderStatus;
    switch (from) {
    case S::Draft:
        return {S::Published};
    case S::Published:
        return {S::Tendering, S::BidDeadlinePassed, S::Cancelled};
    case S::Tendering:
        return {S::BidDeadlinePassed, S::Cancelled};
    case S::BidDeadlinePassed:
        return {S::Opened, S::Cancelled, S::Unsuccessful};
    case S::Opened:
        return {S::Evaluated, S::Cancelled, S::Unsuccessful};
    case S::Evaluated:
        return {S::Awarded, S::Cancelled, S::Unsuccessful};
    case S::Awarded:
        return {S::Complete};
    case S::Complete:
    case S::Cancelled:
    case S::Unsuccessful:
        break;
    }
    return {};
}

bool isFinal(TenderStatus status)
{
    return successors(status).isEmpty();
}

TransitionCheck check(const Tender& t, TenderStatus to, const LifecycleFacts& facts)
{
    if (isFinal(t.status))
        return refused(tr("The tender is %1: nothing follows that status.").arg(nameOf(t.status)));
    if (!successors(t.status).contains(to))
        return refused(tr("A tender cannot go from %1 to %2.").arg(nameOf(t.status), nameOf(to)));
    switch (to) {
    case TenderStatus::Published:
        return checkPublication(t, facts);
    case TenderStatus::Tendering:
        if (facts.now < t.publishedAt)
            return refused(
                tr("Tendering starts at publication, %1.").arg(localTime(t, t.publishedAt)));
        return allowed();
    case TenderStatus::BidDeadlinePassed:
        if (facts.now < t.bidDeadline)
            return refused(tr("The bid deadline is %1; bids are accepted until then.")
                               .arg(localTime(t, t.bidDeadline)));
        return allowed();
    case TenderStatus::Opened:
        if (facts.now < t.openingAt)
            return refused(tr("Bids are opened together at the opening time, %1.")
                               .arg(localTime(t, t.openingAt)));
        return allowed();
    case TenderStatus::Cancelled:
        if (facts.reason.trimmed().isEmpty())
            return refused(tr("Say why the tender is cancelled; the reason is published."));
        return allowed();
    case TenderStatus::Unsuccessful:
        return checkUnsuccessful(t, facts);
    case TenderStatus::Evaluated:
    case TenderStatus::Awarded:
    case TenderStatus::Complete:
    case TenderStatus::Draft:
        break;
    }
    return allowed();
}

std::optional<TenderStatus> timeDriven(const Tender& t, const QDateTime& now)
{
    TenderStatus status = t.status;
    if (status == TenderStatus::Published && t.publishedAt.isValid() && now >= t.publishedAt)
        status = TenderStatus::Tendering;
    if ((status == TenderStatus::Tendering || status == TenderStatus::Published) &&
        t.bidDeadline.isValid() && now >= t.bidDeadline)
        status = TenderStatus::BidDeadlinePassed;
    if (status == t.status)
        return std::nullopt;
    return status;
}

} // namespace td::lifecycle
