#pragma once

#include "domain/accelerator.h"
#include "domain/hosting.h"

#include <QJsonArray>
#include <QJsonObject>

// Catalog entries as JSON: the form of the built-in catalogs (resources/catalogs/*.json) and of
// the audit entries that record an edit. Money is {"amount": "14.40", "currency": "CNY"} or
// null, rates are exact decimal strings ("0.35"), dates "YYYY-MM-DD".
namespace td::catalogjson {

// Each throws td::Error naming the entry when a figure cannot be read exactly.
Accelerator accelerator(const QJsonObject& o);
HostingOption hostingOption(const QJsonObject& o);
ComputeVoucher voucher(const QJsonObject& o);

QJsonObject toJson(const Accelerator& a);
QJsonObject toJson(const HostingOption& h);
QJsonObject toJson(const ComputeVoucher& v);

// The array under `key` of an embedded catalog file, e.g. (":/catalogs/hosting.json",
// "hostingOptions"); throws td::Error when the build lacks it.
QJsonArray builtIn(const QString& resource, const QString& key);

} // namespace td::catalogjson
