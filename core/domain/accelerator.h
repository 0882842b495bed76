#pragma once

#include "money.h"

#include <QDate>
#include <QString>

namespace td {

// One accelerator model of the catalog (resources/catalogs/accelerators.json), keyed by model.
struct Accelerator
{
    QString model; // "Huawei Ascend 910B"
    QString vendor;
    bool domestic = false;          // produced in China: counts towards the domestic share
    bool excludedByDefault = false; // H20, MI308: new tenders exclude it unless edited
    bool exportControlled = false;  // barred from export to China: a provenance risk
    int memoryGb = 0;
    double peakBf16Tflops = 0;
    double peakInt8Tops = 0;
    int powerWatts = 0;
};

} // namespace td
