#pragma once

#include "store/database.h"

#include <QDateTime>

namespace td {

// Moves every tender whose time has come: published tenders start tendering at their
// publication time and close at their bid deadline (lifecycle::timeDriven). Each move is
// written with its audit entry, all in one transaction. Returns how many tenders moved.
// Both programs run it when they open a database, and the GUI every minute after that.
int advanceTendersByClock(const Database& database, const QDateTime& nowUtc);

} // namespace td
