#pragma once

#include "domain/tender.h"

#include <QJsonObject>

namespace td::json {

// Reads a tender in TenderDesk's JSON (what `tenders show --json` writes) over `base`: every
// key present replaces base's value, absent keys keep it, so a file may give only what differs
// from a template. Throws td::Error naming the first wrong field and what it should hold.
// The buyer is not read here: callers resolve "buyer" or "buyerUscc" against the database.
Tender readTender(const QJsonObject& json, Tender base);

// "1234.56" (or a whole number) in the given currency; throws td::Error naming `field`.
Money readMoney(const QJsonValue& value, const QString& field);

} // namespace td::json
