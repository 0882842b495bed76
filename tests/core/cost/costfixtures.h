#pragma once

// The inputs the cost tests start from, each case worked out by hand in its comment.
#include "cost/costmodel.h"

#include <QMetaType>

#include <functional>
#include <optional>

namespace td::test {

// A change a data row makes to the inputs of its case.
using Change = std::function<void(CostInputs&)>;

// A catalog entry priced per hour (nullptr: no price) with a token purchase price of ¥5.00,
// its price source "source of MODEL" dated 2026-11-01.
Accelerator accelerator(const char* model, const char* price, int watts);

// "CITY compute vouchers": a subsidy of `percent`% of the rental, up to `cap`.
ComputeVoucher voucher(const char* city, int percent, std::optional<Money> cap);

// The base case, bound by volume: its accelerators are delivered on premises at a token ¥5.00
// each, one replica (peak 1, one concurrent request sustained, 99% availability), so that
//   K = 1 × 8 × ¥5.00 × min(1, 5) / 5 = ¥8.00, far below the volume cost R + P = ¥820.00
// and the rows below test the volume's arithmetic:
//   V = 36,000,000 tokens/year × 1 year; T = 1,000 tokens/s
//   H = 36,000,000 / (1,000 × 3600) = 10 h
//   8 × "Card A" at ¥10.00/h and 500 W: A = 10 × 8 = 80 accelerator-hours
//   R = 80 × ¥10.00 = ¥800.00
//   E = 80 × 500 / 1000 × PUE 1.25 = 50 kWh; P = 50 × ¥0.40 = ¥20.00
//   F = ¥1,000.00; C₀ = max(8, 800 + 20) + 1,000 = ¥1,820.00
//   c₀ = 182,000 fen × 1,000,000 / 36,000,000 = 5,055.56 fen -> ¥50.56 per million tokens
CostInputs base();

// The capacity cases: the base, hosted (rented), 20 concurrent requests at the peak, 16
// sustained by one replica (8 × Card A at ¥10.00/h), 99.5% availability:
//   r = max(⌈20 / 16⌉, 1) = 2; h = 8,760 h
//   K = 2 × 8 × ¥10.00 × 8,760 = ¥1,401,600.00 > R + P = ¥820.00: capacity binds
//   C₀ = 1,401,600.00 + 1,000.00 = ¥1,402,600.00
CostInputs capacityBase();

// The field of the amounts and flags on which `a` and `b` differ ("" when none): how the tests
// check that CostDetail::AmountsOnly leaves out the figures and nothing else.
QString differingAmount(const CostToServe& a, const CostToServe& b);

} // namespace td::test

Q_DECLARE_METATYPE(td::test::Change)
