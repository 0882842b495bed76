#pragma once

#include "abnormallylow.h"
#include "pricescore.h"
#include "ranking.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace td::scoring {

// The lower evaluation price, then the higher technical score, then the earlier receipt.
QList<TieBreak> defaultTieBreaks();

// How a tender is evaluated: every rule and threshold is a setting of the tender, with the
// published default (DOMAIN.md, "Scoring policies" and "Rules for spotting abnormally low
// bids"), because rules differ by regime and change over time.
struct EvaluationSettings
{
    RankingMethod method = RankingMethod::ComprehensiveScore;
    // Applied to the evaluation price only. The domestic deduction is 20% (State Council, from
    // 2026-01-01) and the tender decides whether it applies; no SME deduction unless it says.
    PriceDeductions deductions{20.0, 0.0};
    // A bid's accelerators qualify as domestic products when at least this share of them (by
    // count) is domestically made.
    int domesticQualifyingSharePercent = 100;
    // The panel's score of a criterion without the highest and lowest evaluator (5 or more).
    bool dropExtremes = false;
    // Applied in this order to bids that tie on the method's figure.
    QList<TieBreak> tieBreaks = defaultTieBreaks();

    MofSettings mof;
    ProzorroSettings prozorro;
    int italianMinimumOffers = 5;
    // cardinal-rs R058: flagged at d >= Q3 + iqrFactor x IQR over the market.
    double r058IqrFactor = 1.5;

    // The time a flagged bidder gets to explain its price, and the standstill between the award
    // decision and the contract (Bidding Law implementing regulations art. 54: the candidates
    // are published for at least 3 days).
    int explanationMinutes = 30;
    int standstillDays = 3;

    bool operator==(const EvaluationSettings&) const = default;
};

// The highest ratio a buyer may set for the MOF triggers (the 2026 notice: up to 65%).
constexpr double mofHighestRatio = 0.65;

// "" when `settings` are usable, else a sentence naming the setting that is wrong and its range.
QString settingsProblem(const EvaluationSettings& settings);

// JSON ("tenderdesk-evaluation-settings-1"): every field by name; a missing field keeps its
// default, so an empty object gives the defaults.
QJsonObject toJson(const EvaluationSettings& settings);
// Throws td::Error naming the field that is wrong (unknown method or tie rule, a value out of
// range, per settingsProblem).
EvaluationSettings settingsFromJson(const QJsonObject& json);

QString methodCode(RankingMethod method);
QString tieBreakCode(TieBreak rule);
QString lowBidRuleCode(LowBidRule rule);
std::optional<LowBidRule> lowBidRuleFromCode(const QString& code);
// The codes of the rules that fired, each once, in the order of LowBidRule, comma-separated:
// how a bid's flags are stored.
QString lowBidRuleCodes(const QList<LowBidFlag>& flags);
// The translated name of a rule ("MOF 2026: below 50% of the average"), for people.
QString lowBidRuleName(LowBidRule rule);
QString tieBreakName(TieBreak rule);
QString methodName(RankingMethod method);

} // namespace td::scoring
