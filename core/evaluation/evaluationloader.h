#pragma once

// Internal to the evaluation desk: reads everything about a tender's evaluation from the
// database and scores it. Read-only.
#include "evaluationdesk.h"

#include <QSqlDatabase>

namespace td {

// Throws td::Error when there is no such tender.
TenderEvaluation loadEvaluation(const QSqlDatabase& db, const QString& reference);

// The R058 market threshold as last stored by scoring the whole market (rescore), or worked out
// now from the stored awards when none is stored.
std::optional<double> storedMarketThreshold(const QSqlDatabase& db, double iqrFactor);

// The d of every awarded process (lot) of the market: (the lowest other valid bid − the winning
// bid) / the winning bid.
QList<double> marketDiscounts(const QSqlDatabase& db);

// The settings stored for the tender, the defaults when none are.
scoring::EvaluationSettings storedSettings(const QSqlDatabase& db, qint64 tenderId);

} // namespace td
