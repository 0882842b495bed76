#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>

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
    // Rental of one accelerator for one hour; nullopt while nobody knows it. The cost model
    // refuses to run on a declared model without one rather than guess.
    std::optional<Money> hourlyPrice;
    QString priceSource; // a sentence: where the price comes from, or that it is an estimate
    QDate priceDate;     // the date the price refers to
    // Buying one accelerator outright, for bids that deliver their hardware to the buyer's
    // premises; nullopt while nobody knows it. Amortised over the service life.
    std::optional<Money> purchasePrice;
    QString purchasePriceSource;
    QDate purchasePriceDate;
    int serviceLifeYears = defaultServiceLifeYears;

    // Servers are written off over five years in most depreciation schedules.
    static constexpr int defaultServiceLifeYears = 5;

    bool operator==(const Accelerator& other) const = default;
};

} // namespace td
