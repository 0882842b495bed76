#pragma once

#include "accelerator.h"
#include "bid.h"
#include "tender.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace td {

// What the hardware rules of a tender say about the hardware a bid declares.
struct HardwareCheck
{
    int domesticCount = 0;
    int totalCount = 0;
    QStringList excludedFound; // declared models the tender excludes
    QStringList unknownModels; // not in the catalog: their origin cannot be judged
    int requiredSharePercent = 0;

    // Share of domestic accelerators by count, 0..1; 0 when nothing is declared.
    double domesticShare() const { return totalCount ? double(domesticCount) / totalCount : 0.0; }
    bool meetsDomesticShare() const
    {
        // Integer comparison: 50% of 10 cards is met by 5, without floating-point doubt.
        return totalCount > 0 && domesticCount * 100 >= requiredSharePercent * totalCount;
    }
    bool compliant() const
    {
        return meetsDomesticShare() && excludedFound.isEmpty() && unknownModels.isEmpty();
    }
};

// isDomestic maps a catalog model to whether it is produced in China.
HardwareCheck checkHardware(const QList<HardwareLine>& lines, const HardwareRules& rules,
                            const QHash<QString, bool>& isDomestic);

// Share of domestic accelerators by peak compute (count x the catalog's peak BF16 TFLOPS), 0..1:
// shown beside the share by count, which is what the rule counts, because ten small domestic
// cards and ten large foreign ones are half and half by count but not by what they compute.
// nullopt when nothing is declared, or a declared model is missing from the catalog or has no
// peak figure there.
std::optional<double> domesticComputeShare(const QList<HardwareLine>& lines,
                                           const QList<Accelerator>& catalog);

} // namespace td
