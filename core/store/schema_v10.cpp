// Schema version 10: the evaluation. A tender carries its evaluation settings and the state of
// its review; the panel's compliance overrides, the vendors' explanations of abnormally low
// prices and the panel's decisions on them are kept with who decided and why; an evaluator's
// sheet is locked once submitted. A bid keeps what the last scoring made of it (so lists and the
// market read it without scoring again), the technical points a published result recorded for
// it when no sheet is on this desk, and the benchmark run of the deployment it offers (one run
// per deployment, shared by the bids that offer it) with the cost-to-serve worked out from it.
// An award keeps the loss-making verdict and the amounts it was decided on.
#include "migrations.h"

namespace td {

QStringList schemaV10(const Dialect&)
{
    return {
        QStringLiteral("CREATE TABLE evaluations ("
                       " tender_id BIGINT PRIMARY KEY REFERENCES tenders (id) ON DELETE CASCADE,"
                       // JSON of EvaluationSettings; '' for the defaults
                       " settings TEXT NOT NULL DEFAULT '',"
                       " compliance_confirmed_at TEXT,"
                       " compliance_confirmed_by TEXT NOT NULL DEFAULT '')"),

        // A panel's decision that overturns an automatic compliance check of one bid.
        QStringLiteral("CREATE TABLE compliance_overrides ("
                       " id ${ID},"
                       " bid_id BIGINT NOT NULL REFERENCES bids (id) ON DELETE CASCADE,"
                       " check_code TEXT NOT NULL,"
                       " passes INTEGER NOT NULL,"
                       " justification TEXT NOT NULL CHECK (length(justification) > 0),"
                       " decided_by TEXT NOT NULL,"
                       " decided_at TEXT NOT NULL,"
                       " UNIQUE (bid_id, check_code))"),

        // The explanation step of a bid flagged abnormally low: what the vendor said (its
        // attachments are documents of kind 'lowPriceExplanation' on the bid) and the panel's
        // decision: 'pending', 'accepted' (the price stands) or 'rejected' (the bid is invalid).
        QStringLiteral("CREATE TABLE low_price_reviews ("
                       " bid_id BIGINT PRIMARY KEY REFERENCES bids (id) ON DELETE CASCADE,"
                       " rules TEXT NOT NULL,"
                       " explanation TEXT NOT NULL DEFAULT '',"
                       " explained_at TEXT,"
                       " decision TEXT NOT NULL DEFAULT 'pending',"
                       " opinion TEXT NOT NULL DEFAULT '',"
                       " decided_by TEXT NOT NULL DEFAULT '',"
                       " decided_at TEXT)"),

        // Figures of the whole market that scoring one tender needs, kept by the last rescore
        // of every tender: "r058.q1", "r058.q3" (type 8 quartiles of d over every process).
        QStringLiteral("CREATE TABLE market_figures ("
                       " name TEXT PRIMARY KEY,"
                       " value DOUBLE PRECISION NOT NULL,"
                       " computed_at TEXT NOT NULL)"),

        QStringLiteral("ALTER TABLE evaluators ADD COLUMN submitted_at TEXT"),
        QStringLiteral("CREATE INDEX scores_evaluator ON scores (evaluator_id)"),

        QStringLiteral("ALTER TABLE organizations ADD COLUMN sme INTEGER NOT NULL DEFAULT 0"),

        QStringLiteral("ALTER TABLE bids ADD COLUMN disqualification TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN technical_points_hundredths INTEGER"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN evaluation_price_minor BIGINT"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN score_hundredths INTEGER"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN ranking INTEGER"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN low_price_flags TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN benchmark_run_id BIGINT REFERENCES "
                       "benchmark_runs (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN cost_without_voucher_minor BIGINT"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN cost_with_voucher_minor BIGINT"),

        // 'profitable', 'voucherOnly', 'belowCost' or 'noBenchmark'.
        QStringLiteral("ALTER TABLE awards ADD COLUMN cost_verdict TEXT NOT NULL DEFAULT "
                       "'noBenchmark'"),
        QStringLiteral("ALTER TABLE awards ADD COLUMN cost_without_voucher_minor BIGINT"),
        QStringLiteral("ALTER TABLE awards ADD COLUMN cost_with_voucher_minor BIGINT"),
        QStringLiteral("ALTER TABLE awards ADD COLUMN standstill_ends_at TEXT"),
        QStringLiteral("ALTER TABLE awards ADD COLUMN justification TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace td
