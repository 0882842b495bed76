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

} // namespace td
