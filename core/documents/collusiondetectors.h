#pragma once

// The detectors behind findCollusionSignals(), one per file, sharing these helpers. Internal to
// core/documents.

#include "collusioninput.h"
#include "collusionsignal.h"

#include <QMap>

#include <functional>

namespace td::collusion {

// lupdate files the tr() calls of the detectors under "td::collusion".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

SignalBidder bidderOf(const BidFacts& bid);
QList<SignalBidder> biddersOf(const QList<const BidFacts*>& bids);

// The bids grouped by a key (empty keys left out), keeping only the groups that span at least
// two vendors; in key order, so the signals come out the same every time.
QMap<QString, QList<const BidFacts*>>
groupsAcrossVendors(const QList<BidFacts>& bids,
                    const std::function<QString(const BidFacts&)>& keyOf);

int vendorCount(const QList<const BidFacts*>& bids);

QList<CollusionSignal> identitySignals(const CollusionInput& input); // identitysignals.cpp
QList<CollusionSignal> priceSignals(const CollusionInput& input, const CollusionOptions& options);
QList<CollusionSignal> fileSignals(const CollusionInput& input);     // filesignals.cpp
QList<CollusionSignal> metadataSignals(const CollusionInput& input); // metadatasignals.cpp
QList<CollusionSignal> similaritySignals(const CollusionInput& input,
                                         const CollusionOptions& options);

} // namespace td::collusion
