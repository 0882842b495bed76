#pragma once

#include "bench/benchmarkrunner.h"
#include "cost/costmodel.h"
#include "domain/costassumptions.h"
#include "domain/hosting.h"
#include "domain/tender.h"
#include "marketcatalog.h"

#include <QHash>
#include <QList>

namespace td::demo {

// A model deployment that a vendor of the demo market offers in its bids: one replica of one of
// its models on its accelerators (DeepSeek-V3 INT8 on 16 Ascend 910B), benchmarked once on the
// accuracy suite of the tenders it is offered to. Its one stored run is shared by every bid that
// offers it, as a desk keeps the run of a deployment it measured once.
struct Deployment
{
    int vendor = 0; // index into MarketCatalog::vendors
    QString model;
    QList<HardwareLine> hardware; // one replica
    bench::BenchmarkResult run;   // a completed sweep, as the benchmark stores it
    // What the cost model reads from the run, worked out once: what one replica sustains within
    // the SLOs (sustainedConcurrencyOf) and its measured accuracy (0..1).
    int sustainedConcurrency = 0;
    bool withinObjectives = false;
    double accuracy = 0;
};

// Every deployment of the market's vendors, made from the market's seed, and the cost-to-serve
// of a bid on one of them.
class MarketDeployments
{
public:
    // `accelerators`, `hosting` and `vouchers`: the catalogs as the database holds them, which
    // costOfBid reads.
    MarketDeployments(const MarketCatalog& catalog, const QList<Accelerator>& accelerators,
                      const QList<HostingOption>& hosting, const QList<ComputeVoucher>& vouchers,
                      quint64 seed, int year);

    const QList<Deployment>& all() const { return m_deployments; }
    // The deployments `vendor` offers on tenders benchmarked on `suite`, by index into all().
    QList<int> offered(int vendor, const QString& suite) const;

    // What the buyer assumes when costing a bid of `vendor`: a small or medium enterprise that
    // hosts its deployment rents it where its city's compute voucher is accepted, and uses the
    // voucher; every other bid keeps the defaults (the buyer's premises, no voucher, one year).
    CostAssumptions assumptionsFor(int vendor, bool deliversHardware) const;
    // Whether assumptionsFor(vendor, false) names a voucher.
    bool hasVoucher(int vendor) const { return m_voucherHosting.contains(vendor); }

    // The cost-to-serve of `bid` (its price, breakdown, hardware and delivery) on deployment
    // `deployment` for `tender`, under `assumptions`: what costOfBid computes once the bid is
    // stored with that deployment's run, without the figures (a market has millions of bids).
    // Throws td::Error as computeCostToServe does.
    CostToServe cost(int deployment, const Tender& tender, const Bid& bid,
                     const CostAssumptions& assumptions) const;

private:
    QList<Deployment> m_deployments;
    QHash<QPair<int, QString>, QList<int>> m_offered;
    QList<Accelerator> m_accelerators;
    QHash<QString, HostingOption> m_hosting;
    QHash<QString, ComputeVoucher> m_vouchers;
    QHash<int, QPair<QString, QString>> m_voucherHosting; // vendor -> (hosting id, voucher city)
};

} // namespace td::demo
