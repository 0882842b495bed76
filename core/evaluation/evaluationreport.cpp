#include "evaluationreport.h"

#include "domain/error.h"
#include "evaluationreportwriter.h"
#include "exchange/htmltemplate.h"
#include "scoring/evaluationsettings.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/organizationrepository.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace td {
namespace evaluationreport {

using namespace html;

Writer::Writer(const TenderEvaluation& evaluation, DocumentLanguage language,
               const EvaluationReportContext& context, const QTimeZone& zone)
    : e(evaluation)
    , c(context)
    , labels(language)
    , format(language, zone)
    , chinese(language == DocumentLanguage::Chinese)
    , currency(evaluation.names.currency.isEmpty() ? evaluation.tender.budgetCeiling.currency()
                                                   : evaluation.names.currency)
{
    if (currency.isEmpty())
        currency = QStringLiteral("CNY");
    for (qsizetype i = 0; i < e.input.bids.size(); ++i)
        bidIndex.insert(e.input.bids.at(i).id, i);
}

QHash<QString, QString> Writer::fragments() const
{
    return {
        {QStringLiteral("lang"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")},
        {QStringLiteral("documentName"),
         escaped(e.tender.reference + QLatin1Char(' ') + labels.text("evalTitle"))},
        {QStringLiteral("buyerName"), escaped(buyerName())},
        {QStringLiteral("title"), escaped(e.tender.title)},
        {QStringLiteral("facts"), facts()},
        {QStringLiteral("state"), state()},
        {QStringLiteral("lots"), lots()},
        {QStringLiteral("criteria"), criteria()},
        {QStringLiteral("settings"), settings()},
        {QStringLiteral("thresholds"), thresholds()},
        {QStringLiteral("panel"), panel()},
        {QStringLiteral("compliance"), compliance()},
        {QStringLiteral("complianceFindings"), complianceFindings()},
        {QStringLiteral("overrides"), overrides()},
        {QStringLiteral("scores"), scores()},
        {QStringLiteral("priceWorking"), priceWorking()},
        {QStringLiteral("flags"), flags()},
        {QStringLiteral("ranking"), ranking()},
        {QStringLiteral("award"), award()},
    };
}

// The cover's facts: what the report is about and when it was printed, with the audit log's
// head then, so that the paper anchors the log as the tender document does.
QString Writer::facts() const
{
    const auto fact = [](const QString& labelHtml, const QString& valueHtml) {
        return row(headerCell(labelHtml) + cell(valueHtml));
    };
    const Tender& t = e.tender;
    QString out = fact(text("reference"), escaped(t.reference));
    out += fact(text("buyer"), escaped(buyerName()));
    out += fact(text("method"), codeName("methods", codeOf(t.method)));
    out += fact(text("budgetCeiling"), orNotSet(escaped(format.money(t.budgetCeiling))));
    out += fact(text("opening"), orNotSet(escaped(when(t.openingAt))));
    out += fact(text("evalBidsReceived"),
                label("evalBidsCount",
                      QString::number(e.compliance.bids.isEmpty() ? e.input.bids.size()
                                                                  : e.compliance.bids.size())));
    if (c.printedAt.isValid())
        out += fact(text("evalPrintedAt"), escaped(when(c.printedAt)));
    if (c.auditHead.isValid()) {
        QStringList groups;
        for (qsizetype i = 0; i < c.auditHead.hash.size(); i += 4)
            groups.append(c.auditHead.hash.mid(i, 4));
        out +=
            fact(text("auditHead"),
                 QStringLiteral("#%1 <span class=\"audit-hash\">%2</span><br>"
                                "<span class=\"original\">%3</span>")
                     .arg(QString::number(c.auditHead.seq), escaped(groups.join(QLatin1Char(' '))),
                          label("auditHeadNote", QString::number(c.auditHead.seq))));
    }
    return out;
}

// Whether the ranking is final, in one sentence under the facts.
QString Writer::state() const
{
    if (e.result.final())
        return QStringLiteral("<p>%1</p>\n").arg(text("evalFinal"));
    return QStringLiteral("<p class=\"provisional\">%1</p>\n")
        .arg(label("evalProvisional", QString::number(e.result.pendingExplanations.size()),
                   QString::number(e.result.unscoredBids.size())));
}

QString Writer::lots() const
{
    const Tender& t = e.tender;
    if (t.lots.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(text("noLots"));
    QString body;
    for (const Lot& lot : t.lots)
        body += row(cell(QString::number(lot.number), "number") + cell(escaped(lot.title)) +
                    cell(escaped(format.money(lot.budget)), "number"));
    return table(row(headerCell(text("lot"), "number") + headerCell(text("lotTitle")) +
                     headerCell(text("lotBudget"), "number")),
                 body);
}

QString Writer::criteria() const
{
    QString body;
    int total = 0;
    for (const scoring::CriterionSpec& criterion : e.input.criteria) {
        total += criterion.weight;
        QString name = criterionName(criterion);
        // In English the buyer's own name, which is the one that binds, goes beside it.
        if (!chinese && !criterion.name.isEmpty() && escaped(criterion.name) != name)
            name += QStringLiteral(" <span class=\"original\">(%1)</span>")
                        .arg(escaped(criterion.name));
        body += row(cell(name) + cell(escaped(format.percent(criterion.weight)), "number"));
    }
    body += row(cell(text("total")) + cell(escaped(format.percent(total)), "number"), "total");
    return table(row(headerCell(text("criterion")) + headerCell(text("weight"), "number")), body,
                 "criteria");
}

QString Writer::settings() const
{
    const scoring::EvaluationSettings& s = e.settings;
    const auto setting = [](const QString& labelHtml, const QString& valueHtml) {
        return row(cell(labelHtml) + cell(valueHtml));
    };
    QStringList ties;
    for (qsizetype i = 0; i < s.tieBreaks.size(); ++i)
        ties.append(QStringLiteral("%1. %2").arg(
            QString::number(i + 1),
            codeName("evalTieBreakNames", scoring::tieBreakCode(s.tieBreaks.at(i)))));
    QString body;
    body +=
        setting(text("evalRankingMethod"), codeName("evalMethods", scoring::methodCode(s.method)));
    body += setting(text("evalDomesticDeduction"), percent(s.deductions.domesticPercent));
    body += setting(text("evalSmeDeduction"), percent(s.deductions.smePercent));
    body += setting(text("evalDomesticQualifying"),
                    label("minimumDomesticShareValue",
                          escaped(format.percent(s.domesticQualifyingSharePercent))));
    body +=
        setting(text("evalDropExtremes"), text(s.dropExtremes ? "evalDropExtremesYes" : "evalNo"));
    body += setting(text("evalTieBreaks"),
                    ties.isEmpty() ? text("none") : ties.join(QStringLiteral("<br>")));
    body += setting(text("evalExplanationTime"),
                    label("evalMinutes", QString::number(s.explanationMinutes)));
    body += setting(text("evalStandstill"), label("evalDays", QString::number(s.standstillDays)));
    return table(row(headerCell(text("evalSetting")) + headerCell(text("evalValue"))), body);
}

// Each rule of DOMAIN.md with the threshold this tender set for it.
QString Writer::thresholds() const
{
    using scoring::LowBidRule;
    const scoring::EvaluationSettings& s = e.settings;
    const auto rule = [this](LowBidRule r, const QString& thresholdHtml) {
        return row(cell(codeName("evalRules", scoring::lowBidRuleCode(r))) + cell(thresholdHtml));
    };
    const QString market = e.input.marketThreshold ? percent(*e.input.marketThreshold * 100)
                                                   : text("evalMarketTooSmall");
    QString body;
    body += rule(LowBidRule::MofAverage,
                 label("evalThresholdMofAverage", percent(s.mof.averageRatio * 100)));
    body += rule(LowBidRule::MofSecondLowest,
                 label("evalThresholdMofSecondLowest", percent(s.mof.secondLowestRatio * 100)));
    body += rule(LowBidRule::MofCeiling,
                 label("evalThresholdMofCeiling", percent(s.mof.ceilingRatio * 100)));
    body += rule(LowBidRule::ProzorroMean,
                 label("evalThresholdProzorroMean", percent(s.prozorro.belowMeanOfOthers * 100)));
    body += rule(LowBidRule::ProzorroNext,
                 label("evalThresholdProzorroNext", percent(s.prozorro.belowNext * 100)));
    body += rule(LowBidRule::ItalianThreshold,
                 label("evalThresholdItalian", QString::number(s.italianMinimumOffers)));
    body += rule(LowBidRule::MarketOutlier,
                 label("evalThresholdMarket", QString::number(s.r058IqrFactor), market));
    body += rule(LowBidRule::BelowCost, text("evalThresholdBelowCost"));
    return table(row(headerCell(text("evalRule")) + headerCell(text("evalThreshold"))), body);
}

QString Writer::panel() const
{
    QString out = QStringLiteral("<p>%1</p>\n").arg(text("evalPanelIntro"));
    if (e.panel.isEmpty())
        return out + QStringLiteral("<p>%1</p>\n").arg(text("evalNoPanel"));
    QString body;
    for (const Evaluator& member : e.panel)
        body += row(cell(escaped(member.name)) + cell(codeName("evalRoles", member.role)) +
                    cell(member.submittedAt ? escaped(when(*member.submittedAt))
                                            : text("evalNotSubmitted")));
    return out + table(row(headerCell(text("evalMember")) + headerCell(text("evalRole")) +
                           headerCell(text("evalSubmittedAt"))),
                       body);
}

QString Writer::chapter(const char* headingKey, const QString& introHtml,
                        const QStringList& blocks) const
{
    const QString lead = QStringLiteral("<h2>%1</h2>\n").arg(text(headingKey)) + introHtml;
    if (blocks.isEmpty())
        return keep(lead);
    QString out = keep(lead + blocks.constFirst());
    for (qsizetype i = 1; i < blocks.size(); ++i)
        out += keep(blocks.at(i));
    return out;
}

QString Writer::codeName(const char* group, const QString& code) const
{
    const QString name = labels.forCode(group, code);
    return escaped(name.isEmpty() ? code : name);
}

QString Writer::money(qint64 minor) const
{
    return escaped(Money(minor, currency).toDisplayString());
}

QString Writer::money(double minor) const
{
    return money(qint64(std::llround(minor)));
}

QString Writer::points(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("&mdash;");
    return QString::number(value, 'f', 2);
}

QString Writer::percent(double value) const
{
    return escaped(format.percent(value));
}

QString Writer::when(const QDateTime& time) const
{
    return format.dateTime(time);
}

QString Writer::orNotSet(const QString& html) const
{
    return html.isEmpty() ? text("notSet") : html;
}

QString Writer::buyerName() const
{
    if (!chinese && !c.buyer.nameEnglish.isEmpty())
        return c.buyer.nameEnglish;
    return c.buyer.name.isEmpty() ? e.tender.buyerName : c.buyer.name;
}

QString Writer::criterionName(const scoring::CriterionSpec& criterion) const
{
    const QString known = labels.forCode("criteria", criterion.code);
    if (chinese && !criterion.name.isEmpty())
        return escaped(criterion.name);
    return escaped(known.isEmpty() ? criterion.name : known);
}

QString Writer::vendor(qint64 bidId) const
{
    QString name = e.names.vendors.value(bidId);
    if (name.isEmpty())
        for (const Bid& bid : e.tender.bids)
            if (bid.id == bidId)
                name = bid.vendorName;
    return name.isEmpty() ? QStringLiteral("#%1").arg(bidId) : name;
}

QString Writer::lotHeading(qint64 lotId) const
{
    if (e.tender.lots.size() < 2)
        return {};
    for (const Lot& lot : e.tender.lots)
        if (lot.id == lotId)
            return QStringLiteral("<h3>%1</h3>\n")
                .arg(label("evalLotHeading", QString::number(lot.number), escaped(lot.title)));
    return {};
}

const scoring::BidInput* Writer::input(qint64 bidId) const
{
    const auto found = bidIndex.constFind(bidId);
    return found == bidIndex.cend() ? nullptr : &e.input.bids.at(found.value());
}

const BidCompliance* Writer::complianceOf(qint64 bidId) const
{
    for (const BidCompliance& bid : e.compliance.bids)
        if (bid.bidId == bidId)
            return &bid;
    return nullptr;
}

const LowPriceReview* Writer::reviewOf(qint64 bidId) const
{
    for (const LowPriceReview& review : e.reviews)
        if (review.bidId == bidId)
            return &review;
    return nullptr;
}

QList<qsizetype> Writer::bidsOfLot(qint64 lotId) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < e.result.bids.size(); ++i)
        if (e.result.bids.at(i).lotId == lotId)
            out.append(i);
    return out;
}

bool Writer::scoresWithheld() const
{
    return !e.panel.isEmpty() && !e.sheetsComplete();
}

bool Writer::rankKnown(const scoring::BidResult& bid) const
{
    const bool byScore = e.settings.method == scoring::RankingMethod::ComprehensiveScore;
    return bid.valid && bid.scored && !(byScore && scoresWithheld());
}

int Writer::priceWeight() const
{
    int weight = 0;
    for (const scoring::CriterionSpec& criterion : e.input.criteria)
        if (criterion.isPrice())
            weight += criterion.weight;
    return weight;
}

} // namespace evaluationreport

QString evaluationReportHtml(const TenderEvaluation& evaluation, DocumentLanguage language,
                             const EvaluationReportContext& context)
{
    const Tender& tender = evaluation.tender;
    const QTimeZone zone(tender.timeZone.toUtf8());
    if (!zone.isValid())
        throw Error(QCoreApplication::translate("td",
                                                "The time zone %1 of tender %2 is unknown, so "
                                                "its deadlines cannot be printed. Set a time "
                                                "zone such as Asia/Shanghai.")
                        .arg(tender.timeZone, tender.reference));
    QFile file(QStringLiteral(":/documents/evaluation.html"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td", "The text of printed documents is "
                                                      "incomplete in this build (%1 is missing). "
                                                      "Reinstall TenderDesk.")
                        .arg(file.fileName()));
    const evaluationreport::Writer writer(evaluation, language, context, zone);
    return fillHtmlTemplate(QString::fromUtf8(file.readAll()), writer.documentLabels(),
                            writer.fragments());
}

QString evaluationReportHtml(const Database& database, const QString& reference,
                             DocumentLanguage language)
{
    const TenderEvaluation evaluation =
        EvaluationDesk(database, QStringLiteral("report")).load(reference);
    EvaluationReportContext context;
    if (const std::optional<Organization> buyer =
            OrganizationRepository(database.connection()).byId(evaluation.tender.buyerId))
        context.buyer = *buyer;
    context.auditHead = AuditLog(database.connection(), database.dialect()).head();
    context.printedAt = QDateTime::currentDateTimeUtc();
    return evaluationReportHtml(evaluation, language, context);
}

QUrl evaluationReportBaseUrl()
{
    return QUrl(QStringLiteral("qrc:/documents/"));
}

} // namespace td
