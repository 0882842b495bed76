#pragma once

#include "domain/tender.h"
#include "store/tenderquery.h"

#include <QJsonObject>

// TenderDesk's own JSON for tenders, as `tenderdesk-cli ... --json` writes it: stable keys in
// camelCase, codes from domain/codes.h, money as {"amount": "1234.56", "currency": "CNY"} (a
// string, so no reader turns fen into a floating-point number), times in ISO 8601 UTC.
namespace td::json {

QJsonObject money(const Money& amount);
QJsonObject tender(const Tender& tender);
QJsonObject hardwareRules(const HardwareRules& rules);
QJsonObject workload(const Workload& workload);
QJsonObject tenderRow(const TenderRow& row);

} // namespace td::json
