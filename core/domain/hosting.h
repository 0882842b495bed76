#pragma once

#include "money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// Where a bid's deployment runs, for the cost model: a data-centre cluster of the national
// integrated computing network, or the buyer's own data centre
// (resources/catalogs/hosting.json). Rates are exact integers, never floats.
struct HostingOption
{
    static constexpr int electricityPriceDecimals = 4; // 0.35 CNY/kWh is stored as 3500
    static constexpr int pueDecimals = 3;              // PUE 1.25 is stored as 1250

    QString id;     // stable key, e.g. "zhongwei", "onPremises"
    QString name;   // Chinese name, e.g. 中卫数据中心集群
    QString nameEn; // English name
    QString hub;    // hub node of the national network, e.g. 宁夏枢纽; empty on premises
    qint64 electricityPricePerKwh = 0; // CNY per kWh, in units of 1/10000 CNY
    QString priceSource;               // where the electricity price and the PUE come from
    QDate priceDate;
    int pueThousandths = 1000; // power usage effectiveness: facility energy / IT energy
    QStringList voucherCities; // cities whose compute vouchers may be spent here

    bool acceptsVouchersOf(const QString& city) const { return voucherCities.contains(city); }
    bool operator==(const HostingOption& other) const = default;
};

// A city's (or province's) compute-voucher programme (算力券): it pays a share of the rental
// of AI compute, up to a cap per contract (resources/catalogs/vouchers.json).
struct ComputeVoucher
{
    QString city;           // stable key, e.g. "Shanghai"; hosting options name it in voucherCities
    QString name;           // Chinese name of the programme, e.g. 上海市算力券
    QString nameEn;         // English name
    int subsidyPercent = 0; // share of the rental paid by the programme, 0..100
    std::optional<Money> cap; // per contract; nullopt: no cap stated
    QString eligibility;      // who may use it
    QString source;           // where the figures come from, or that they are estimates
    QDate date;

    bool operator==(const ComputeVoucher& other) const = default;
};

} // namespace td
