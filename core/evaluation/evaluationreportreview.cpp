// The evaluation report's review of the bids: compliance, the panel's scores and the working of
// the price score.
#include "evaluationreportwriter.h"
#include "scoring/panelscore.h"
#include "scoring/pricescore.h"

#include <algorithm>
#include <cmath>

namespace td::evaluationreport {

using namespace html;

namespace {

// The finding of `code` among a bid's, or none.
const ComplianceFinding* findingOf(const BidCompliance& bid, const QString& code)
{
    for (const ComplianceFinding& finding : bid.findings)
        if (finding.code == code)
            return &finding;
    return nullptr;
}

} // namespace

// Every bid by every check: pass or fail, an asterisk where the panel overturned the automatic
// result (the overrides table below says why).
QString Writer::compliance() const
{
    const QStringList codes = complianceCheckCodes();
    QString header = headerCell(text("evalBidder"), "name");
    for (const QString& code : codes)
        header += headerCell(codeName("evalChecks", code), "mark");
    header += headerCell(text("evalCompliant"), "mark");
    QString body;
    for (const BidCompliance& bid : e.compliance.bids) {
        QString cells = cell(
            escaped(bid.vendorName.isEmpty() && bid.bidId ? vendor(bid.bidId) : bid.vendorName));
        for (const QString& code : codes) {
            const ComplianceFinding* finding = findingOf(bid, code);
            if (!finding) {
                cells += cell(QStringLiteral("&mdash;"), "mark");
                continue;
            }
            const QString mark = finding->override ? QStringLiteral("*") : QString();
            cells += finding->passes() ? cell(text("evalPass") + mark, "mark")
                                       : cell(QStringLiteral("<span class=\"fail\">%1</span>%2")
                                                  .arg(text("evalFail"), mark),
                                              "mark");
        }
        cells +=
            bid.compliant()
                ? cell(text("evalValid"), "mark")
                : cell(QStringLiteral("<span class=\"fail\">%1</span>").arg(text("evalInvalid")),
                       "mark");
        body += row(cells);
    }
    QString out = table(row(header), body, "matrix");
    const ComplianceReview& review = e.compliance;
    out += QStringLiteral("<p>%1</p>\n")
               .arg(review.confirmedAt
                        ? label("evalComplianceConfirmed", escaped(when(*review.confirmedAt)),
                                escaped(review.confirmedBy))
                        : text("evalComplianceNotConfirmed"));
    return out;
}

// What each failed check found, with its values, so that a reader sees why without the desk.
QString Writer::complianceFindings() const
{
    QString body;
    for (const BidCompliance& bid : e.compliance.bids)
        for (const ComplianceFinding& finding : bid.findings)
            if (!finding.automaticPass || (finding.override && !finding.override->passes))
                body +=
                    row(cell(escaped(bid.vendorName)) + cell(codeName("evalChecks", finding.code)) +
                        cell(finding.detail.isEmpty() ? QStringLiteral("&mdash;")
                                                      : escaped(finding.detail)));
    const QString heading = QStringLiteral("<h3>%1</h3>\n").arg(text("evalFindings"));
    if (body.isEmpty())
        return keep(heading + QStringLiteral("<p>%1</p>\n").arg(text("evalNoFindings")));
    return keep(heading + table(row(headerCell(text("evalBidder")) + headerCell(text("evalCheck")) +
                                    headerCell(text("evalFinding"))),
                                body));
}

QString Writer::overrides() const
{
    QString body;
    for (const BidCompliance& bid : e.compliance.bids)
        for (const ComplianceFinding& finding : bid.findings) {
            if (!finding.override)
                continue;
            const ComplianceOverride& o = *finding.override;
            body += row(
                cell(escaped(bid.vendorName) + QStringLiteral("<br>") +
                     codeName("evalChecks", finding.code)) +
                cell(QStringLiteral("%1 &rarr; %2")
                         .arg(text(finding.automaticPass ? "evalPass" : "evalFail"),
                              text(o.passes ? "evalPass" : "evalFail")),
                     "mark") +
                cell(paragraphs(o.justification)) +
                cell(escaped(o.decidedBy) + QStringLiteral("<br>") + escaped(when(o.decidedAt))));
        }
    if (body.isEmpty())
        return {};
    return keep(
        QStringLiteral("<h3>%1</h3>\n").arg(text("evalOverrides")) +
        table(row(headerCell(text("evalCheck"), "name") +
                  headerCell(text("evalPanelDecision"), "mark") +
                  headerCell(text("evalJustification")) + headerCell(text("evalOverrideDecided"))),
              body, "overrides"));
}

// everyone but its evaluator, and a printed report must not open it.
QString Writer::scores() const
{
    QString intro = QStringLiteral("<p>%1</p>\n").arg(text("evalScoresIntro"));
    const auto paragraph = [](const QString& html, const char* cssClass = nullptr) {
        return cssClass
                   ? QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1String(cssClass), html)
                   : QStringLiteral("<p>%1</p>\n").arg(html);
    };
    if (e.panel.isEmpty())
        return chapter("evalSectionScores", intro + paragraph(text("evalNoPanel")),
                       {recordedScores()});
    if (!e.sheetsComplete()) {
        const auto submitted =
            std::count_if(e.panel.cbegin(), e.panel.cend(),
                          [](const Evaluator& m) { return bool(m.submittedAt); });
        return chapter("evalSectionScores",
                       intro + paragraph(label("evalScoresHidden", QString::number(submitted),
                                               QString::number(e.panel.size())),
                                         "provisional"),
                       {});
    }
    const bool dropping = e.settings.dropExtremes &&
                          e.names.evaluators.size() >= scoring::minimumEvaluatorsToDropExtremes;
    if (dropping)
        intro += paragraph(text("evalScoresDropped"));
    QStringList tables;
    for (qsizetype i = 0; i < e.result.bids.size(); ++i)
        if (e.result.bids.at(i).valid)
            tables.append(bidScores(i));
    if (tables.isEmpty())
        return chapter("evalSectionScores", intro + paragraph(text("evalNoScores")), {});
    if (dropping)
        tables.last() += paragraph(text("evalDroppedNote"), "note");
    return chapter("evalSectionScores", intro, tables);
}

// One valid bid: a row per criterion with each evaluator's points and the panel's score, the
// price row, the technical and total points.
QString Writer::bidScores(qsizetype index) const
{
    const scoring::BidInput& in = e.input.bids.at(index);
    const scoring::BidResult& result = e.result.bids.at(index);
    const QStringList& evaluators = e.names.evaluators;
    const bool dropping =
        e.settings.dropExtremes && evaluators.size() >= scoring::minimumEvaluatorsToDropExtremes;

    QString header = headerCell(text("criterion")) + headerCell(text("evalWeight"), "number");
    for (const QString& name : evaluators)
        header += headerCell(escaped(name), "number");
    header += headerCell(text("evalPanelScore"), "number");

    QString body;
    for (qsizetype ci = 0; ci < e.input.criteria.size(); ++ci) {
        const scoring::CriterionSpec& criterion = e.input.criteria.at(ci);
        QString cells =
            cell(criterionName(criterion)) + cell(QString::number(criterion.weight), "number");
        const double panelPoints =
            ci < result.criterionPoints.size() ? result.criterionPoints.at(ci) : std::nan("");
        if (criterion.isPrice()) {
            cells += QStringLiteral("<td colspan=\"%1\" class=\"note\">%2</td>")
                         .arg(QString::number(evaluators.size()), text("evalPriceComputed"));
            body += row(cells + cell(points(result.priceScore), "number"));
            continue;
        }
        const QList<double> given =
            ci < in.sheetPoints.size() ? in.sheetPoints.at(ci) : QList<double>();
        // panelScore() leaves out one lowest and one highest; which of equal scores is marked
        // makes no difference to the mean.
        qsizetype low = -1;
        qsizetype high = -1;
        if (dropping && given.size() >= scoring::minimumEvaluatorsToDropExtremes) {
            low = std::min_element(given.cbegin(), given.cend()) - given.cbegin();
            high = given.size() - 1 -
                   (std::max_element(given.crbegin(), given.crend()) - given.crbegin());
        }
        for (qsizetype k = 0; k < evaluators.size(); ++k) {
            if (k >= given.size())
                cells += cell(QStringLiteral("&mdash;"), "number");
            else if (k == low || k == high)
                cells += QStringLiteral("<td class=\"number dropped\"><s>%1</s>*</td>")
                             .arg(points(given.at(k)));
            else
                cells += cell(points(given.at(k)), "number");
        }
        body += row(cells + cell(points(panelPoints), "number"));
    }
    const QString span =
        QStringLiteral("<td colspan=\"%1\">%2</td>").arg(QString::number(evaluators.size() + 2));
    body += row(span.arg(text("evalTechnical")) + cell(points(result.technicalPoints), "number"),
                "total");
    body += row(span.arg(text("evalTotal")) + cell(points(result.totalPoints), "number"), "total");
    return QStringLiteral("<h3>%1</h3>\n").arg(escaped(vendor(in.id))) +
           table(row(header), body, "matrix");
}

// A published result's technical points, for bids scored elsewhere.
QString Writer::recordedScores() const
{
    QString body;
    for (const scoring::BidInput& in : e.input.bids)
        if (in.recordedTechnicalPoints)
            body += row(cell(escaped(vendor(in.id))) +
                        cell(points(*in.recordedTechnicalPoints), "number"));
    if (body.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>\n").arg(text("evalRecordedScores")) +
           table(row(headerCell(text("evalBidder")) + headerCell(text("evalTechnical"), "number")),
                 body);
}

// Per lot: the benchmark, then each valid bid's evaluation price (the deductions it qualified
// for) and its price score, with the numbers of the formula.
QString Writer::priceWorking() const
{
    const scoring::PriceDeductions& deductions = e.settings.deductions;
    const bool byScore = e.settings.method == scoring::RankingMethod::ComprehensiveScore;
    const int weight = priceWeight();
    QStringList blocks;
    for (const scoring::LotResult& lot : e.result.lots) {
        QString block = lotHeading(lot.lotId);
        if (lot.benchmarkMinor <= 0) {
            blocks.append(block + QStringLiteral("<p>%1</p>\n").arg(text("evalNoBenchmark")));
            continue;
        }
        QString benchmarkVendor;
        for (qsizetype i : bidsOfLot(lot.lotId)) {
            const scoring::BidResult& r = e.result.bids.at(i);
            if (r.valid && r.evaluationPriceMinor == lot.benchmarkMinor) {
                benchmarkVendor = vendor(r.bidId);
                break;
            }
        }
        block +=
            QStringLiteral("<p>%1</p>\n")
                .arg(label("evalBenchmark", money(lot.benchmarkMinor), escaped(benchmarkVendor)));
        QString body;
        for (qsizetype i : bidsOfLot(lot.lotId)) {
            const scoring::BidResult& r = e.result.bids.at(i);
            const scoring::BidInput& in = e.input.bids.at(i);
            if (!r.valid)
                continue;
            QString cells =
                cell(escaped(vendor(r.bidId))) + cell(money(in.priceMinor), "number") +
                cell(in.domestic ? percent(deductions.domesticPercent) : QStringLiteral("&mdash;"),
                     "number") +
                cell(in.sme ? percent(deductions.smePercent) : QStringLiteral("&mdash;"),
                     "number") +
                cell(money(r.evaluationPriceMinor), "number");
            if (byScore)
                cells += cell(QStringLiteral("%1 &divide; %2 &times; %3")
                                  .arg(money(lot.benchmarkMinor), money(r.evaluationPriceMinor),
                                       QString::number(weight))) +
                         cell(points(r.priceScore), "number");
            body += row(cells);
        }
        QString header =
            headerCell(text("evalBidder"), "name") + headerCell(text("evalBidPrice"), "number") +
            headerCell(text("evalDomestic"), "number") + headerCell(text("evalSme"), "number") +
            headerCell(text("evalEvaluationPrice"), "number");
        if (byScore)
            header +=
                headerCell(text("evalWorking")) + headerCell(text("evalPriceScore"), "number");
        blocks.append(block + table(row(header), body, "matrix"));
    }
    return chapter("evalSectionPrice",
                   QStringLiteral("<p>%1</p>\n<p class=\"formula\">%2</p>\n")
                       .arg(text("evalPriceIntro"), text("evalPriceFormula")),
                   blocks);
}

} // namespace td::evaluationreport
