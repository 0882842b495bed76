#pragma once

#include "analytics/marketfilter.h"
#include "analytics/redflagsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace td {
class Database;
}

// The red flags of cardinal-rs (R003, R018, R024, R025, R028, R030, R035, R036, R038, R048,
// R058) over the market in the database, with cardinal's definitions and defaults
// (docs/market.md gives each). Aggregates are computed by the database; the indicators that need
// a contracting process's bids together read the processes one at a time, in one pass.
namespace td::analytics {

// What a flag is about, as cardinal groups its results.
enum class FlagGroup
{
    Ocid,
    Buyer,
    ProcuringEntity,
    Tenderer,
};

struct RedFlag
{
    QString code; // "R024"
    FlagGroup group = FlagGroup::Ocid;
    QString id;    // the ocid or the party id, as the OCDS export writes them
    QString label; // for people: the tender's reference, the organisation's short name
    double value = 0;
};

// The quartiles and fence an outlier indicator used (cardinal's "Meta").
struct FlagFence
{
    QString code;
    QString prefix; // of the Meta keys when an indicator has several sets: "buyer_", "tenderer_"
    std::optional<double> q1;
    std::optional<double> q3;
    QString fenceName; // "lower_fence" or "upper_fence"
    double fence = 0;
};

struct RedFlagResult
{
    QList<RedFlag> flags; // ordered by code, then group, then id
    QList<FlagFence> fences;
};

// The flags of the market under `filter` (a period or buyers narrow which processes are read).
// `cancelled` is polled every few thousand processes; a cancelled run throws td::Error.
RedFlagResult findRedFlags(const Database& database, const RedFlagSettings& settings,
                           const MarketFilter& filter = {},
                           const std::function<bool()>& cancelled = {});

// cardinal's output: {"OCID": {ocid: {"R024": 0.01}}, "Buyer": {...}, "ProcuringEntity": {...},
// "Tenderer": {...}}, with "Meta" ({"R024": {"q1": ..., "q3": ..., "lower_fence": ...}}, rounded
// to 4 decimals as cardinal does) when `withMeta`.
QJsonObject redFlagsJson(const RedFlagResult& result, bool withMeta = true);

// "OCID", "Buyer", "ProcuringEntity", "Tenderer".
QString flagGroupKey(FlagGroup group);

} // namespace td::analytics
