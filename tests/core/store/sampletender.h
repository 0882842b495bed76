#pragma once

#include "domain/tender.h"
#include "store/database.h"

namespace td::test {

struct SampleMarket
{
    qint64 buyerId = 0;
    qint64 otherBuyerId = 0;
    qint64 vendorA = 0;
    qint64 vendorB = 0;
    qint64 vendorC = 0;
};

// Writes two buyers and three vendors with valid unified social credit codes.
SampleMarket writeSampleOrganizations(const Database& db);

// A complete tender: two lots, six criteria, hardware rules, a clarification, three bids with
// hardware and price breakdown, and an award. `n` varies the reference, title and dates.
Tender sampleTender(const SampleMarket& market, int n);

} // namespace td::test
