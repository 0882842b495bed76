#include "redflags.h"

#include "redflagpass.h"
#include "scoring/quantiles.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace td::analytics {

namespace {

double rounded4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

int groupOrder(FlagGroup g)
{
    return int(g);
}

} // namespace

Quartiles quartilesOf(const QList<double>& values)
{
    return {scoring::quantileType8(values, 0.25), scoring::quantileType8(values, 0.75)};
}

QString flagGroupKey(FlagGroup group)
{
    switch (group) {
    case FlagGroup::Ocid:
        return QStringLiteral("OCID");
    case FlagGroup::Buyer:
        return QStringLiteral("Buyer");
    case FlagGroup::ProcuringEntity:
        return QStringLiteral("ProcuringEntity");
    case FlagGroup::Tenderer:
        break;
    }
    return QStringLiteral("Tenderer");
}

RedFlagResult findRedFlags(const Database& database, const RedFlagSettings& settings,
                           const MarketFilter& filter, const std::function<bool()>& cancelled)
{
    return findRedFlagsOn(database.connection(), settings, filter, cancelled);
}

RedFlagResult findRedFlagsOn(const QSqlDatabase& db, const RedFlagSettings& settings,
                             const MarketFilter& filter, const std::function<bool()>& cancelled)
{
    ProcessPass pass = readProcesses(db, settings, filter, cancelled);
    RedFlagResult result;
    result.flags = pass.flags;

    // R024 and R058: low and high outliers of the same differences.
    if (!pass.differences.isEmpty()) {
        QList<double> all;
        for (const auto& d : pass.differences)
            all.append(d.second);
        const Quartiles q = quartilesOf(all);
        const auto outliers = [&](const char* code, std::optional<double> threshold, bool low) {
            FlagFence fence{QString::fromLatin1(code),
                            {},
                            {},
                            {},
                            low ? QStringLiteral("lower_fence") : QStringLiteral("upper_fence"),
                            0};
            if (threshold) {
                fence.fence = *threshold;
            } else {
                fence.q1 = q.q1;
                fence.q3 = q.q3;
                fence.fence = low ? q.lowerFence() : q.upperFence();
            }
            result.fences.append(fence);
            for (const auto& [process, d] : pass.differences)
                if (low ? d <= fence.fence : d >= fence.fence)
                    result.flags.append(
                        {fence.code, FlagGroup::Ocid, process.id, process.label, d});
        };
        if (settings.runs("R024"))
            outliers("R024", settings.r024Threshold, true);
        if (settings.runs("R058"))
            outliers("R058", settings.r058Threshold, false);
    }

    // R025: top tenderers (more valid bids than the percentile) whose win ratio is a low outlier;
    // strictly beyond both fences, as cardinal compares them.
    if (settings.runs("R025") && !pass.winRatios.isEmpty()) {
        QList<double> counts;
        QList<double> ratios;
        for (const auto& r : std::as_const(pass.winRatios)) {
            counts.append(double(r.validProcesses));
            ratios.append(double(r.wins) / double(r.validProcesses));
        }
        const double upper = scoring::quantileType8(counts, settings.r025Percentile / 100.0);
        FlagFence fence{QStringLiteral("R025"), {}, {}, {}, QStringLiteral("lower_fence"), 0};
        if (settings.r025Threshold) {
            fence.fence = *settings.r025Threshold;
        } else {
            const Quartiles q = quartilesOf(ratios);
            fence.q1 = q.q1;
            fence.q3 = q.q3;
            fence.fence = q.lowerFence();
        }
        result.fences.append(fence);
        result.fences.append(
            {QStringLiteral("R025"), {}, {}, {}, QStringLiteral("upper_fence"), upper});
        for (auto it = pass.winRatios.cbegin(); it != pass.winRatios.cend(); ++it) {
            const double ratio = double(it->wins) / double(it->validProcesses);
            if (double(it->validProcesses) > upper && ratio < fence.fence)
                result.flags.append(
                    {QStringLiteral("R025"), FlagGroup::Tenderer, it.key(), it->label, ratio});
        }
    }

    result.flags += partyFlags(db, settings, filter, result.fences);

    // One flag per indicator and id (R028 flags a tenderer once however many processes).
    std::sort(result.flags.begin(), result.flags.end(), [](const RedFlag& a, const RedFlag& b) {
        if (a.code != b.code)
            return a.code < b.code;
        if (a.group != b.group)
            return groupOrder(a.group) < groupOrder(b.group);
        return a.id < b.id;
    });
    QList<RedFlag> unique;
    for (const RedFlag& f : std::as_const(result.flags))
        if (unique.isEmpty() || unique.constLast().code != f.code ||
            unique.constLast().group != f.group || unique.constLast().id != f.id)
            unique.append(f);
    result.flags = unique;
    return result;
}

QJsonObject redFlagsJson(const RedFlagResult& result, bool withMeta)
{
    QJsonObject groups[4];
    for (const RedFlag& f : result.flags) {
        QJsonObject& group = groups[int(f.group)];
        QJsonObject entry = group.value(f.id).toObject();
        entry.insert(f.code, f.value);
        group.insert(f.id, entry);
    }
    QJsonObject out;
    for (FlagGroup g :
         {FlagGroup::Ocid, FlagGroup::Buyer, FlagGroup::ProcuringEntity, FlagGroup::Tenderer})
        out.insert(flagGroupKey(g), groups[int(g)]);
    if (withMeta) {
        QJsonObject meta;
        for (const FlagFence& fence : result.fences) {
            QJsonObject m = meta.value(fence.code).toObject();
            if (fence.q1)
                m.insert(fence.prefix + QStringLiteral("q1"), rounded4(*fence.q1));
            if (fence.q3)
                m.insert(fence.prefix + QStringLiteral("q3"), rounded4(*fence.q3));
            m.insert(fence.prefix + fence.fenceName, rounded4(fence.fence));
            meta.insert(fence.code, m);
        }
        out.insert(QStringLiteral("Meta"), meta);
    }
    return out;
}

} // namespace td::analytics
