#include "provenance.h"

#include <QSet>

namespace td {

QStringList provenanceRisks(const QList<HardwareLine>& hardware, const QList<Accelerator>& catalog)
{
    QSet<QString> controlled;
    for (const Accelerator& a : catalog)
        if (a.exportControlled)
            controlled.insert(a.model);
    QStringList out;
    for (const HardwareLine& line : hardware)
        if (line.count > 0 && controlled.contains(line.acceleratorModel) &&
            !out.contains(line.acceleratorModel))
            out.append(line.acceleratorModel);
    return out;
}

} // namespace td
