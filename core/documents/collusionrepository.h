#pragma once

#include "collusioninput.h"

#include <QSqlDatabase>

#include <optional>

namespace td {

// Reads what the collusion signals of the tender `reference` look at, from the rows the opening
// writes: its opened bids with their vendors, lots, prices, project managers, security accounts
// and the machine fingerprint of the package each came in; their documents' digests, text and
// metadata; the tender's own documents; and how many received bids are still sealed. nullopt
// when no tender has that reference. SQLite and PostgreSQL alike.
std::optional<CollusionInput> loadCollusionInput(const QSqlDatabase& db, const QString& reference);

} // namespace td
