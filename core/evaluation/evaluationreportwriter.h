#pragma once

// The writer of the evaluation report, shared by its three source files: evaluationreport.cpp
// (the cover, the tender, the settings and the panel), evaluationreportreview.cpp (compliance,
// scores, the price score) and evaluationreportoutcome.cpp (flags, ranking, award). Not part of
// the library's interface.

#include "evaluationreport.h"
#include "exchange/documentformat.h"
#include "exchange/documentlabels.h"
#include "exchange/htmlparts.h"

#include <QHash>
#include <QString>
#include <QTimeZone>

namespace td::evaluationreport {

class Writer
{
public:
    Writer(const TenderEvaluation& evaluation, DocumentLanguage language,
           const EvaluationReportContext& context, const QTimeZone& zone);

    QHash<QString, QString> fragments() const;
    const DocumentLabels& documentLabels() const { return labels; }

private:
    // evaluationreport.cpp
    QString facts() const;
    QString state() const;
    QString lots() const;
    QString criteria() const;
    QString settings() const;
    QString thresholds() const;
    QString panel() const;

    // evaluationreportreview.cpp
    QString compliance() const;
    QString complianceFindings() const;
    QString overrides() const;
    QString scores() const;
    QString bidScores(qsizetype bidIndex) const;
    QString recordedScores() const;
    QString priceWorking() const;

    // evaluationreportoutcome.cpp
    QString flags() const;
    QString lotFlagWorking(const scoring::LotResult& lot) const;
    QString flagSentence(const scoring::LowBidFlag& flag) const;
    QString settlement(qint64 bidId) const;
    QString ranking() const;
    QString rankingNote(const scoring::BidResult& bid) const;
    QString award() const;
    QString verdict(const QString& code, qint64 priceMinor, std::optional<qint64> without,
                    std::optional<qint64> with) const;

    // Helpers, in evaluationreport.cpp.
    // The label `key`, escaped, with %1, %2 ... replaced by HTML in one pass.
    template <typename... Html> QString label(const char* key, const Html&... html) const
    {
        return html::escaped(labels.text(key)).arg(html...);
    }
    QString text(const char* key) const { return html::escaped(labels.text(key)); }
    // A chapter: its heading and introduction share a page with its first block; each block is
    // kept whole.
    QString chapter(const char* headingKey, const QString& introHtml,
                    const QStringList& blocks) const;
    // A code's name in the report's language, or the code itself for one the labels lack.
    QString codeName(const char* group, const QString& code) const;
    QString money(qint64 minor) const;
    QString money(double minor) const;
    QString points(double value) const; // to the hundredth, as scores are published
    QString percent(double value) const;
    QString when(const QDateTime& time) const; // "" for an invalid one
    QString orNotSet(const QString& html) const;
    QString buyerName() const;
    // In Chinese, the buyer's own name of a criterion; in English, the English name of its code.
    QString criterionName(const scoring::CriterionSpec& criterion) const;
    QString vendor(qint64 bidId) const;
    // "Lot 2: title" as an h3 when the tender has more than one lot; "" otherwise.
    QString lotHeading(qint64 lotId) const;
    const scoring::BidInput* input(qint64 bidId) const;
    const BidCompliance* complianceOf(qint64 bidId) const;
    const LowPriceReview* reviewOf(qint64 bidId) const;
    QList<qsizetype> bidsOfLot(qint64 lotId) const; // indexes into input.bids / result.bids
    int priceWeight() const;
    // Each evaluator's points are sealed until every sheet is in, and with them every figure
    // made of them (technical and total points, the rank), on paper as on screen.
    bool scoresWithheld() const;
    // Whether the bid's rank stands on every score it needs: the lowest evaluated price needs
    // none from the panel.
    bool rankKnown(const scoring::BidResult& bid) const;

    const TenderEvaluation& e;
    const EvaluationReportContext& c;
    DocumentLabels labels;
    DocumentFormat format;
    bool chinese;
    QString currency;
    QHash<qint64, qsizetype> bidIndex; // bid id -> index in input.bids and result.bids
};

} // namespace td::evaluationreport
