#pragma once

#include "domain/tender.h"
#include "tendervalidation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace td {

// What the lifecycle needs to know beyond the tender itself.
struct LifecycleFacts
{
    QDateTime now;      // UTC
    int validBids = -1; // bids that passed conformity review; -1 while unknown
    QString reason;     // why a tender is cancelled or declared unsuccessful
    PriceWeightPolicy policy;
};

// The answer to "may the tender move to this status now?", with the reason when it may not.
struct TransitionCheck
{
    bool allowed = false;
    QString reason; // empty when allowed
};

// The tender lifecycle: draft -> published -> tendering -> bid deadline passed -> opened ->
// evaluated -> awarded -> complete, with cancelled and unsuccessful as the other ends.
// Complete, cancelled and unsuccessful are final.
namespace lifecycle {

// The statuses a tender in `from` can move to by someone's decision or by the clock.
QList<TenderStatus> successors(TenderStatus from);
bool isFinal(TenderStatus status);

// A time as messages show it: local to the tender's time zone, with the zone's name.
QString localTime(const Tender& tender, const QDateTime& utc);

// Whether `tender` may move to `to` now: publication needs a publishable tender, the bid
// deadline and the opening wait for their times, cancelling needs a reason, "unsuccessful"
// needs too few valid bids (fewer than 3 in an open tender, none otherwise).
TransitionCheck check(const Tender& tender, TenderStatus to, const LifecycleFacts& facts);

// Where the clock alone takes the tender by `now`: a published tender is tendering once its
// publication time has come, and past its bid deadline once that has passed. nullopt when the
// clock changes nothing. Applied while the app runs and when it opens.
std::optional<TenderStatus> timeDriven(const Tender& tender, const QDateTime& now);

} // namespace lifecycle
} // namespace td
