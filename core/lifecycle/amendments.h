#pragma once

#include "domain/tender.h"
#include "domain/tenderrelease.h"

#include <QDateTime>
#include <QList>

namespace td::amendments {

// At least this many days must remain between a material amendment and the bid deadline, so
// that every bidder can rework their bid (Government Procurement Law implementing regulations
// art. 31, Bidding Law art. 23: 15 days). A later deadline is moved, never an earlier one.
constexpr int minimumDaysAfterMaterialChange = 15;

// What changed from `before` to `after`, one entry per field in TenderDesk's JSON names
// ("title", "bidDeadline", "lots[2].budget", "criteria[price].weight", "excludedModels"...),
// with both values as text. Empty when nothing changed.
QList<FieldChange> changes(const Tender& before, const Tender& after);

// Whether a change affects how bids are prepared: anything but the title and deadlines that
// move later.
bool isMaterial(const FieldChange& change);
bool isMaterial(const QList<FieldChange>& changes);

// The fields an amendment may not change (the reference, the buyer, the status, the
// publication time): the first such change, or nullptr.
const FieldChange* forbiddenChange(const QList<FieldChange>& changes);

// Moves the bid deadline (and the opening with it, keeping their gap) to `now` plus the
// minimum days when it is nearer than that, at the same local time of day. Returns the
// changes made, empty when the deadline was far enough.
QList<FieldChange> extendDeadlines(Tender& tender, const QDateTime& now);

} // namespace td::amendments
