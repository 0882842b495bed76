#include "evaluationsettings.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace td::scoring {

namespace {

const char* const formatName = "tenderdesk-evaluation-settings-1";

QString tr(const char* text)
{
    return QCoreApplication::translate("td::scoring", text);
}

template <typename E> struct CodeTable
{
    E value;
    const char* code;
};

constexpr CodeTable<RankingMethod> methods[] = {
    {RankingMethod::ComprehensiveScore, "comprehensiveScore"},
    {RankingMethod::LowestEvaluatedPrice, "lowestEvaluatedPrice"},
};
constexpr CodeTable<TieBreak> tieBreaks[] = {
    {TieBreak::LowerEvaluationPrice, "lowerEvaluationPrice"},
    {TieBreak::HigherTechnicalScore, "higherTechnicalScore"},
    {TieBreak::EarlierReceipt, "earlierReceipt"},
};
constexpr CodeTable<LowBidRule> rules[] = {
    {LowBidRule::MofAverage, "mofAverage"},
    {LowBidRule::MofSecondLowest, "mofSecondLowest"},
    {LowBidRule::MofCeiling, "mofCeiling"},
    {LowBidRule::ProzorroMean, "prozorroMean"},
    {LowBidRule::ProzorroNext, "prozorroNext"},
    {LowBidRule::ItalianThreshold, "italianThreshold"},
    {LowBidRule::MarketOutlier, "marketOutlier"},
    {LowBidRule::BelowCost, "belowCost"},
};

template <typename E, std::size_t N> QString codeOf(const CodeTable<E> (&table)[N], E value)
{
    for (const CodeTable<E>& row : table)
        if (row.value == value)
            return QLatin1String(row.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E> (&table)[N], const QString& code)
{
    for (const CodeTable<E>& row : table)
        if (code == QLatin1String(row.code))
            return row.value;
    return std::nullopt;
}

[[noreturn]] void fieldError(const QString& field, const QString& why)
{
    throw Error(tr("Evaluation settings, field \"%1\": %2").arg(field, why));
}

double number(const QJsonObject& json, const QString& field, double fallback)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        fieldError(field, tr("a number was expected."));
    return v.toDouble();
}

int integer(const QJsonObject& json, const QString& field, int fallback)
{
    const double v = number(json, field, fallback);
    if (v != double(int(v)))
        fieldError(field, tr("a whole number was expected."));
    return int(v);
}

bool flag(const QJsonObject& json, const QString& field, bool fallback)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        fieldError(field, tr("true or false was expected."));
    return v.toBool();
}

QString ratioProblem(const char* name, double value, double lowest, double highest)
{
    if (value >= lowest && value <= highest)
        return {};
    return tr("%1 must be between %2 and %3; it is %4.")
        .arg(tr(name))
        .arg(lowest)
        .arg(highest)
        .arg(value);
}

} // namespace

QList<TieBreak> defaultTieBreaks()
{
    return {TieBreak::LowerEvaluationPrice, TieBreak::HigherTechnicalScore,
            TieBreak::EarlierReceipt};
}

QString settingsProblem(const EvaluationSettings& s)
{
    const QList<QString> problems = {
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The domestic-product deduction (percent)"),
                     s.deductions.domesticPercent, 0, 100),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The SME deduction (percent)"),
                     s.deductions.smePercent, 0, 100),
        ratioProblem(
            QT_TRANSLATE_NOOP("td::scoring", "The domestic share that qualifies (percent)"),
            s.domesticQualifyingSharePercent, 0, 100),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The MOF ratio to the average"),
                     s.mof.averageRatio, 0.5, mofHighestRatio),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The MOF ratio to the second-lowest bid"),
                     s.mof.secondLowestRatio, 0.5, mofHighestRatio),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The MOF ratio to the ceiling"),
                     s.mof.ceilingRatio, 0.45, mofHighestRatio),
        ratioProblem(
            QT_TRANSLATE_NOOP("td::scoring", "The ProZorro share below the mean of the others"),
            s.prozorro.belowMeanOfOthers, 0, 1),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The ProZorro share below the next bid"),
                     s.prozorro.belowNext, 0, 1),
        ratioProblem(
            QT_TRANSLATE_NOOP("td::scoring", "The fewest offers for the Italian threshold"),
            s.italianMinimumOffers, 2, 1000),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The R058 IQR factor"), s.r058IqrFactor, 0,
                     10),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The time to explain (minutes)"),
                     s.explanationMinutes, 30, 60 * 24 * 30),
        ratioProblem(QT_TRANSLATE_NOOP("td::scoring", "The standstill (days)"), s.standstillDays, 0,
                     90),
    };
    for (const QString& p : problems)
        if (!p.isEmpty())
            return p;
    if (s.tieBreaks.isEmpty())
        return tr("At least one tie rule is needed, or tied bids could not be told apart.");
    return {};
}

QJsonObject toJson(const EvaluationSettings& s)
{
    QJsonArray ties;
    for (TieBreak t : s.tieBreaks)
        ties.append(tieBreakCode(t));
    return {
        {QStringLiteral("format"), QLatin1String(formatName)},
        {QStringLiteral("method"), methodCode(s.method)},
        {QStringLiteral("domesticDeductionPercent"), s.deductions.domesticPercent},
        {QStringLiteral("smeDeductionPercent"), s.deductions.smePercent},
        {QStringLiteral("domesticQualifyingSharePercent"), s.domesticQualifyingSharePercent},
        {QStringLiteral("dropExtremes"), s.dropExtremes},
        {QStringLiteral("tieBreaks"), ties},
        {QStringLiteral("mofAverageRatio"), s.mof.averageRatio},
        {QStringLiteral("mofSecondLowestRatio"), s.mof.secondLowestRatio},
        {QStringLiteral("mofCeilingRatio"), s.mof.ceilingRatio},
        {QStringLiteral("prozorroBelowMeanOfOthers"), s.prozorro.belowMeanOfOthers},
        {QStringLiteral("prozorroBelowNext"), s.prozorro.belowNext},
        {QStringLiteral("italianMinimumOffers"), s.italianMinimumOffers},
        {QStringLiteral("r058IqrFactor"), s.r058IqrFactor},
        {QStringLiteral("explanationMinutes"), s.explanationMinutes},
        {QStringLiteral("standstillDays"), s.standstillDays},
    };
}

EvaluationSettings settingsFromJson(const QJsonObject& json)
{
    EvaluationSettings s;
    if (const QJsonValue f = json.value(QStringLiteral("format"));
        !f.isUndefined() && f.toString() != QLatin1String(formatName))
        fieldError(QStringLiteral("format"),
                   tr("\"%1\" was expected.").arg(QLatin1String(formatName)));
    if (const QJsonValue m = json.value(QStringLiteral("method")); !m.isUndefined()) {
        const auto method = valueOf(methods, m.toString());
        if (!method)
            fieldError(QStringLiteral("method"),
                       tr("comprehensiveScore or lowestEvaluatedPrice was expected."));
        s.method = *method;
    }
    s.deductions.domesticPercent =
        number(json, QStringLiteral("domesticDeductionPercent"), s.deductions.domesticPercent);
    s.deductions.smePercent =
        number(json, QStringLiteral("smeDeductionPercent"), s.deductions.smePercent);
    s.domesticQualifyingSharePercent = integer(
        json, QStringLiteral("domesticQualifyingSharePercent"), s.domesticQualifyingSharePercent);
    s.dropExtremes = flag(json, QStringLiteral("dropExtremes"), s.dropExtremes);
    if (const QJsonValue t = json.value(QStringLiteral("tieBreaks")); !t.isUndefined()) {
        if (!t.isArray())
            fieldError(QStringLiteral("tieBreaks"), tr("a list of tie rules was expected."));
        s.tieBreaks.clear();
        for (const QJsonValue& code : t.toArray()) {
            const auto rule = valueOf(tieBreaks, code.toString());
            if (!rule || s.tieBreaks.contains(*rule))
                fieldError(QStringLiteral("tieBreaks"),
                           tr("each of lowerEvaluationPrice, higherTechnicalScore and "
                              "earlierReceipt at most once was expected."));
            s.tieBreaks.append(*rule);
        }
    }
    s.mof.averageRatio = number(json, QStringLiteral("mofAverageRatio"), s.mof.averageRatio);
    s.mof.secondLowestRatio =
        number(json, QStringLiteral("mofSecondLowestRatio"), s.mof.secondLowestRatio);
    s.mof.ceilingRatio = number(json, QStringLiteral("mofCeilingRatio"), s.mof.ceilingRatio);
    s.prozorro.belowMeanOfOthers =
        number(json, QStringLiteral("prozorroBelowMeanOfOthers"), s.prozorro.belowMeanOfOthers);
    s.prozorro.belowNext = number(json, QStringLiteral("prozorroBelowNext"), s.prozorro.belowNext);
    s.italianMinimumOffers =
        integer(json, QStringLiteral("italianMinimumOffers"), s.italianMinimumOffers);
    s.r058IqrFactor = number(json, QStringLiteral("r058IqrFactor"), s.r058IqrFactor);
    s.explanationMinutes =
        integer(json, QStringLiteral("explanationMinutes"), s.explanationMinutes);
    s.standstillDays = integer(json, QStringLiteral("standstillDays"), s.standstillDays);
    if (const QString problem = settingsProblem(s); !problem.isEmpty())
        throw Error(problem);
    return s;
}

QString methodCode(RankingMethod method)
{
    return codeOf(methods, method);
}

QString tieBreakCode(TieBreak rule)
{
    return codeOf(tieBreaks, rule);
}

QString lowBidRuleCode(LowBidRule rule)
{
    return codeOf(rules, rule);
}

std::optional<LowBidRule> lowBidRuleFromCode(const QString& code)
{
    return valueOf(rules, code);
}

QString lowBidRuleCodes(const QList<LowBidFlag>& flags)
{
    QStringList codes;
    for (const CodeTable<LowBidRule>& row : rules)
        for (const LowBidFlag& f : flags)
            if (f.rule == row.value) {
                codes.append(QLatin1String(row.code));
                break;
            }
    return codes.join(QLatin1Char(','));
}

QString lowBidRuleName(LowBidRule rule)
{
    switch (rule) {
    case LowBidRule::MofAverage:
        return tr("MOF 2026: below a share of the average of the conforming bids");
    case LowBidRule::MofSecondLowest:
        return tr("MOF 2026: the lowest bid below a share of the second-lowest");
    case LowBidRule::MofCeiling:
        return tr("MOF 2026: below a share of the price ceiling");
    case LowBidRule::ProzorroMean:
        return tr("ProZorro: the winner far below the mean of the other bids");
    case LowBidRule::ProzorroNext:
        return tr("ProZorro: the winner far below the next bid");
    case LowBidRule::ItalianThreshold:
        return tr("Italian anomaly threshold: discount at or above the threshold");
    case LowBidRule::MarketOutlier:
        return tr("R058: heavily discounted winner across the market");
    case LowBidRule::BelowCost:
        return tr("Below cost: the price is below the cost-to-serve");
    }
    return {};
}

QString tieBreakName(TieBreak rule)
{
    switch (rule) {
    case TieBreak::LowerEvaluationPrice:
        return tr("the lower evaluation price");
    case TieBreak::HigherTechnicalScore:
        return tr("the higher technical score");
    case TieBreak::EarlierReceipt:
        return tr("the earlier receipt");
    }
    return {};
}

QString methodName(RankingMethod method)
{
    return method == RankingMethod::ComprehensiveScore ? tr("Comprehensive scoring (MOF Order 87)")
                                                       : tr("Lowest evaluated price");
}

} // namespace td::scoring
