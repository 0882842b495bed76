#pragma once

#include "domain/accelerator.h"
#include "domain/bid.h"

#include <QList>
#include <QStringList>

namespace td {

// The declared models that export rules bar from China (H100, H800, H200, B200, A100,
// A800...): a provenance risk to flag, since the bidder could not have bought them lawfully
// for delivery in China. Each model once, in the order the bid declares them; models missing
// from the catalog are not judged here (the hardware check reports them).
QStringList provenanceRisks(const QList<HardwareLine>& hardware, const QList<Accelerator>& catalog);

} // namespace td
