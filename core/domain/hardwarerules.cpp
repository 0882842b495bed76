#include "hardwarerules.h"

namespace td {

HardwareCheck checkHardware(const QList<HardwareLine>& lines, const HardwareRules& rules,
                            const QHash<QString, bool>& isDomestic)
{
    HardwareCheck check;
    check.requiredSharePercent = rules.minimumDomesticSharePercent;
    for (const HardwareLine& line : lines) {
        if (line.count <= 0)
            continue;
        check.totalCount += line.count;
        const auto found = isDomestic.constFind(line.acceleratorModel);
        if (found == isDomestic.cend()) {
            if (!check.unknownModels.contains(line.acceleratorModel))
                check.unknownModels.append(line.acceleratorModel);
        } else if (found.value()) {
            check.domesticCount += line.count;
        }
        for (const QString& excluded : rules.excludedModels)
            if (excluded.compare(line.acceleratorModel, Qt::CaseInsensitive) == 0 &&
                !check.excludedFound.contains(line.acceleratorModel))
                check.excludedFound.append(line.acceleratorModel);
    }
    return check;
}

std::optional<double> domesticComputeShare(const QList<HardwareLine>& lines,
                                           const QList<Accelerator>& catalog)
{
    double domestic = 0;
    double total = 0;
    for (const HardwareLine& line : lines) {
        if (line.count <= 0)
            continue;
        const auto found =
            std::find_if(catalog.cbegin(), catalog.cend(),
                         [&](const Accelerator& a) { return a.model == line.acceleratorModel; });
        if (found == catalog.cend() || found->peakBf16Tflops <= 0)
            return std::nullopt;
        const double compute = line.count * found->peakBf16Tflops;
        total += compute;
        if (found->domestic)
            domestic += compute;
    }
    if (total <= 0)
        return std::nullopt;
    return domestic / total;
}

} // namespace td
