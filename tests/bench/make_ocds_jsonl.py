#!/usr/bin/env python3
"""Writes N OCDS releases as JSON Lines for the import benchmark: each a process with a buyer,
a tender value, two lots, three bids (bids extension) and an award, about 2 KB a line; buyers
and bidders are drawn from small pools, as in a real market.
Usage: make_ocds_jsonl.py N FILE"""
import json
import random
import sys

n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(1)
with open(path, "w") as out:
    for i in range(n):
        buyer = rng.randrange(500)
        bidders = rng.sample(range(5000), 3)
        prices = [rng.randrange(10_000, 1_000_000) for _ in bidders]
        parties = [{"id": "B%d" % buyer, "name": "Buyer %d" % buyer,
                    "identifier": {"scheme": "XI-BENCH", "id": "B%d" % buyer}, "roles": ["buyer"]}]
        parties += [{"id": "T%d" % b, "name": "Bidder %d" % b,
                     "identifier": {"scheme": "XI-BENCH", "id": "T%d" % b}, "roles": ["tenderer"]}
                    for b in bidders]
        best = min(range(3), key=lambda k: prices[k])
        release = {
            "ocid": "ocds-bench-%d" % i, "id": "1", "date": "2025-03-01T00:00:00Z",
            "tag": ["award"], "parties": parties,
            "buyer": {"id": "B%d" % buyer, "name": "Buyer %d" % buyer},
            "tender": {"id": str(i), "title": "Process %d: supplies and services" % i,
                       "description": "Benchmark process number %d" % i, "status": "complete",
                       "procurementMethod": "open", "mainProcurementCategory": "goods",
                       "value": {"amount": 1_000_000, "currency": "EUR"},
                       "tenderPeriod": {"startDate": "2025-01-01T00:00:00Z",
                                        "endDate": "2025-02-01T00:00:00Z"},
                       "lots": [{"id": "L1", "title": "Lot 1", "value": {"amount": 600_000, "currency": "EUR"}},
                                {"id": "L2", "title": "Lot 2", "value": {"amount": 400_000, "currency": "EUR"}}]},
            "bids": {"details": [{"id": "b%d" % k, "status": "valid", "date": "2025-01-20T00:00:00Z",
                                  "tenderers": [{"id": "T%d" % b, "name": "Bidder %d" % b}],
                                  "value": {"amount": prices[k], "currency": "EUR"},
                                  "relatedLots": ["L1"]} for k, b in enumerate(bidders)]},
            "awards": [{"id": "a1", "status": "active", "date": "2025-02-15T00:00:00Z",
                        "relatedBid": "b%d" % best,
                        "suppliers": [{"id": "T%d" % bidders[best], "name": "Bidder %d" % bidders[best]}],
                        "value": {"amount": prices[best], "currency": "EUR"}}],
        }
        out.write(json.dumps(release) + "\n")
