#pragma once

#include "domain/tender.h"

#include <QDate>

#include <optional>

namespace td {

// The default tender of each category (resources/templates/*.json): lots, criteria and weights,
// benchmark suite, service levels and hardware rules (50% domestic, no NVIDIA H20 or AMD
// Instinct MI308), with a timeline that meets the statutory bid period from `publication`
// (09:00 in the tender's time zone). Every field stays editable.
// `ceiling` replaces the template's budget ceiling, and the lots share it as they would have
// shared the default.
Tender tenderFromTemplate(TenderCategory category, const QDate& publication,
                          const std::optional<Money>& ceiling = std::nullopt);

} // namespace td
