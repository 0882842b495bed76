#include "evaluatecommands.h"

#include "domain/error.h"
#include "evaluation/evaluationdesk.h"
#include "evaluation/rescore.h"
#include "exchange/texttable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace td::cli {

namespace {

const QString actor = QStringLiteral("cli");

QString points(double p)
{
    return std::isnan(p) ? QStringLiteral("–") : QString::number(p, 'f', 2);
}

QString reference(const Context& c, const QString& usage)
{
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: %1").arg(usage)};
    return c.words.constFirst();
}

qint64 bidOption(const Context& c, const QString& usage)
{
    bool ok = false;
    const qint64 id = required(c, "bid", usage).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{tr("--bid takes a bid's number: %1").arg(usage)};
    return id;
}

QJsonObject readJsonObject(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(tr("%1 is not a JSON object (%2 at offset %3).")
                        .arg(path, error.errorString())
                        .arg(error.offset));
    return doc.object();
}

QString decisionText(scoring::LowPriceDecision d)
{
    switch (d) {
    case scoring::LowPriceDecision::None:
    case scoring::LowPriceDecision::Pending:
        return tr("waiting for the panel's decision");
    case scoring::LowPriceDecision::Accepted:
        return tr("explanation accepted: the price stands");
    case scoring::LowPriceDecision::Rejected:
        return tr("explanation rejected: the bid is invalid");
    }
    return {};
}

QString costText(scoring::CostVerdict v)
{
    switch (v) {
    case scoring::CostVerdict::NoBenchmark:
        return tr("no benchmark yet");
    case scoring::CostVerdict::Profitable:
        return tr("profitable");
    case scoring::CostVerdict::ProfitableOnlyWithVoucher:
        return tr("below cost without the voucher");
    case scoring::CostVerdict::BelowCost:
        return tr("below cost even with the voucher");
    }
    return {};
}

QString costCode(scoring::CostVerdict v)
{
    switch (v) {
    case scoring::CostVerdict::Profitable:
        return QStringLiteral("profitable");
    case scoring::CostVerdict::ProfitableOnlyWithVoucher:
        return QStringLiteral("voucherOnly");
    case scoring::CostVerdict::BelowCost:
        return QStringLiteral("belowCost");
    case scoring::CostVerdict::NoBenchmark:
        break;
    }
    return QStringLiteral("noBenchmark");
}

int submitted(const TenderEvaluation& e)
{
    int n = 0;
    for (const Evaluator& v : e.panel)
        n += v.submittedAt ? 1 : 0;
    return n;
}

QString money(const TenderEvaluation& e, qint64 minor)
{
    return Money(minor, e.names.currency).toDisplayString();
}

QJsonObject workingJson(const scoring::Working& w)
{
    QJsonArray inputs;
    for (const scoring::Working::Input& i : w.inputs)
        inputs.append(QJsonObject{{QStringLiteral("label"), i.label},
                                  {QStringLiteral("value"), i.value},
                                  {QStringLiteral("source"), i.source}});
    return {{QStringLiteral("key"), w.key},
            {QStringLiteral("label"), w.label},
            {QStringLiteral("formula"), w.formula},
            {QStringLiteral("value"), w.value},
            {QStringLiteral("inputs"), inputs}};
}

QJsonObject evaluationJson(const TenderEvaluation& e)
{
    QJsonArray compliance;
    for (const BidCompliance& b : e.compliance.bids) {
        QJsonArray findings;
        for (const ComplianceFinding& f : b.findings) {
            QJsonObject o{{QStringLiteral("check"), f.code},
                          {QStringLiteral("passes"), f.passes()},
                          {QStringLiteral("automatic"), f.automaticPass},
                          {QStringLiteral("detail"), f.detail}};
            if (f.override)
                o.insert(QStringLiteral("override"),
                         QJsonObject{
                             {QStringLiteral("passes"), f.override->passes},
                             {QStringLiteral("justification"), f.override->justification},
                             {QStringLiteral("by"), f.override->decidedBy},
                             {QStringLiteral("at"), f.override->decidedAt.toString(Qt::ISODate)}});
            findings.append(o);
        }
        compliance.append(QJsonObject{{QStringLiteral("bid"), b.bidId},
                                      {QStringLiteral("submission"), b.submissionId},
                                      {QStringLiteral("vendor"), b.vendorName},
                                      {QStringLiteral("compliant"), b.compliant()},
                                      {QStringLiteral("checks"), findings}});
    }
    const bool visible = e.sheetsComplete();
    QJsonArray panel;
    for (const Evaluator& v : e.panel)
        panel.append(QJsonObject{{QStringLiteral("name"), v.name},
                                 {QStringLiteral("role"), v.role},
                                 {QStringLiteral("submitted"), bool(v.submittedAt)}});
    QJsonArray bids;
    for (qsizetype i = 0; i < e.result.bids.size(); ++i) {
        const scoring::BidResult& r = e.result.bids.at(i);
        QJsonObject o{{QStringLiteral("bid"), r.bidId},
                      {QStringLiteral("lot"), r.lotId},
                      {QStringLiteral("vendor"), e.names.vendors.value(r.bidId)},
                      {QStringLiteral("price"),
                       Money(e.input.bids.at(i).priceMinor, e.names.currency).toPlainString()},
                      {QStringLiteral("valid"), r.valid},
                      {QStringLiteral("costVerdict"), costCode(r.costVerdict)}};
        if (r.valid) {
            o.insert(QStringLiteral("evaluationPrice"),
                     Money(r.evaluationPriceMinor, e.names.currency).toPlainString());
            o.insert(QStringLiteral("priceScore"), std::round(r.priceScore * 100) / 100);
            o.insert(QStringLiteral("rank"), r.rank);
            if (r.scored && visible) {
                QJsonObject criteria;
                for (qsizetype c = 0; c < e.input.criteria.size(); ++c)
                    if (!std::isnan(r.criterionPoints.value(c)))
                        criteria.insert(e.input.criteria.at(c).code,
                                        std::round(r.criterionPoints.at(c) * 100) / 100);
                o.insert(QStringLiteral("criteria"), criteria);
            }
            if (r.scored && (visible || e.input.bids.at(i).recordedTechnicalPoints)) {
                o.insert(QStringLiteral("technical"), std::round(r.technicalPoints * 100) / 100);
                o.insert(QStringLiteral("total"), std::round(r.totalPoints * 100) / 100);
            }
        }
        QJsonArray flags;
        for (const scoring::LowBidFlag& f : r.flags)
            flags.append(
                QJsonObject{{QStringLiteral("rule"), scoring::lowBidRuleCode(f.rule)},
                            {QStringLiteral("value"), f.value},
                            {QStringLiteral("threshold"), f.threshold},
                            {QStringLiteral("text"), scoring::flagSentence(f, e.names.currency)}});
        o.insert(QStringLiteral("flags"), flags);
        bids.append(o);
    }
    QJsonArray reviews;
    for (const LowPriceReview& r : e.reviews)
        reviews.append(
            QJsonObject{{QStringLiteral("bid"), r.bidId},
                        {QStringLiteral("rules"), QJsonArray::fromStringList(r.rules)},
                        {QStringLiteral("explanation"), r.explanation},
                        {QStringLiteral("attachments"), QJsonArray::fromStringList(r.attachments)},
                        {QStringLiteral("decision"), decisionText(r.decision)},
                        {QStringLiteral("opinion"), r.opinion}});
    QJsonArray lots;
    for (const scoring::LotResult& l : e.result.lots)
        lots.append(QJsonObject{{QStringLiteral("lot"), l.lotId},
                                {QStringLiteral("benchmarkPrice"),
                                 Money(l.benchmarkMinor, e.names.currency).toPlainString()},
                                {QStringLiteral("recommendedBid"), l.recommendedBidId}});
    QJsonArray awards;
    for (const Award& a : e.tender.awards) {
        QJsonObject o{
            {QStringLiteral("bid"), a.bidId},
            {QStringLiteral("amount"), a.amount.toPlainString()},
            {QStringLiteral("decidedAt"), a.decidedAt.toString(Qt::ISODate)},
            {QStringLiteral("standstillEndsAt"), a.standstillEndsAt.toString(Qt::ISODate)},
            {QStringLiteral("costVerdict"), a.costVerdict}};
        if (a.costWithoutVoucher)
            o.insert(QStringLiteral("costToServe"), a.costWithoutVoucher->toPlainString());
        if (a.costWithVoucher)
            o.insert(QStringLiteral("costToServeWithVoucher"), a.costWithVoucher->toPlainString());
        awards.append(o);
    }
    return {{QStringLiteral("tender"), e.tender.reference},
            {QStringLiteral("status"), codeOf(e.tender.status)},
            {QStringLiteral("settings"), scoring::toJson(e.settings)},
            {QStringLiteral("complianceConfirmed"), bool(e.compliance.confirmedAt)},
            {QStringLiteral("compliance"), compliance},
            {QStringLiteral("panel"), panel},
            {QStringLiteral("scoresVisible"), visible},
            {QStringLiteral("bids"), bids},
            {QStringLiteral("lowPriceReviews"), reviews},
            {QStringLiteral("lots"), lots},
            {QStringLiteral("final"), e.result.final()},
            {QStringLiteral("awardBlockers"), QJsonArray::fromStringList(e.awardBlockers())},
            {QStringLiteral("awards"), awards}};
}

void writeCompliance(Context& c, const TenderEvaluation& e)
{
    c.out << (e.compliance.confirmedAt
                  ? tr("Compliance review, confirmed %1 by %2:")
                        .arg(e.compliance.confirmedAt->toString(Qt::ISODate),
                             e.compliance.confirmedBy)
                  : tr("Compliance review, automatic (the panel has not confirmed it: `compliance "
                       "%1 --confirm`):")
                        .arg(e.tender.reference))
          << '\n';
    TextTable table({tr("Bid"), tr("Vendor"), tr("Result"), tr("What failed")});
    table.setMaxWidth(3, 60);
    for (const BidCompliance& b : e.compliance.bids) {
        QStringList failed;
        for (const ComplianceFinding& f : b.findings) {
            if (!f.passes())
                failed.append(complianceCheckName(f.code) + QStringLiteral(": ") + f.detail);
            if (f.override)
                failed.append(tr("overridden by %1 (%2): %3")
                                  .arg(f.override->decidedBy,
                                       f.override->passes ? tr("passes") : tr("fails"),
                                       f.override->justification));
        }
        table.addRow({b.bidId ? QString::number(b.bidId) : tr("sub. %1").arg(b.submissionId),
                      b.vendorName, b.compliant() ? tr("compliant") : tr("disqualified"),
                      failed.join(QStringLiteral("; "))});
    }
    c.out << table.render() << '\n';
}

void writeScores(Context& c, const TenderEvaluation& e)
{
    const bool visible = e.sheetsComplete();
    if (e.panel.isEmpty())
        c.out << tr("Panel: none yet (`panel %1 --add NAME`).").arg(e.tender.reference) << '\n';
    else {
        QStringList members;
        for (const Evaluator& v : e.panel)
            members.append(v.name +
                           (v.role == QLatin1String("chair") ? tr(" (chair)") : QString()) +
                           (v.submittedAt ? tr(" ✓") : tr(" …")));
        c.out << tr("Panel: %1; %2 of %3 sheets submitted.")
                     .arg(members.join(QStringLiteral(", ")))
                     .arg(submitted(e))
                     .arg(e.panel.size())
              << '\n';
        if (!visible)
            c.out << tr("The evaluators' scores stay hidden until every sheet is in.") << '\n';
    }
    c.out << '\n';
    for (const scoring::LotResult& lot : e.result.lots) {
        QStringList header{tr("Rank"),  tr("Bid"),         tr("Vendor"),
                           tr("Price"), tr("Eval. price"), tr("Price score")};
        for (const scoring::CriterionSpec& crit : e.input.criteria)
            if (!crit.isPrice())
                header.append(crit.name.isEmpty() ? crit.code : crit.name);
        header << tr("Technical") << tr("Total") << tr("Flags") << tr("Cost");
        TextTable table(header);
        QList<qsizetype> order;
        for (qsizetype i = 0; i < e.result.bids.size(); ++i)
            if (e.result.bids.at(i).lotId == lot.lotId)
                order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const int ra = e.result.bids.at(a).rank, rb = e.result.bids.at(b).rank;
            return (ra == 0 ? INT_MAX : ra) < (rb == 0 ? INT_MAX : rb);
        });
        for (qsizetype i : order) {
            const scoring::BidResult& r = e.result.bids.at(i);
            const bool shown =
                r.valid && r.scored && (visible || e.input.bids.at(i).recordedTechnicalPoints);
            QStringList row{r.rank ? QString::number(r.rank) : tr("–"),
                            QString::number(r.bidId),
                            e.names.vendors.value(r.bidId),
                            money(e, e.input.bids.at(i).priceMinor),
                            r.valid ? money(e, r.evaluationPriceMinor) : tr("invalid"),
                            r.valid ? points(r.priceScore) : QString()};
            for (qsizetype k = 0; k < e.input.criteria.size(); ++k)
                if (!e.input.criteria.at(k).isPrice())
                    row.append(shown && visible ? points(r.criterionPoints.value(k))
                                                : tr("hidden"));
            row << (shown ? points(r.technicalPoints) : QString())
                << (shown ? points(r.totalPoints) : QString());
            QStringList flags;
            for (const scoring::LowBidFlag& f : r.flags)
                flags.append(scoring::lowBidRuleCode(f.rule));
            row << flags.join(QLatin1Char(',')) << costText(r.costVerdict);
            table.addRow(row);
        }
        c.out << tr("Lot %1: benchmark (lowest valid evaluation price) %2")
                     .arg(lot.lotId)
                     .arg(lot.benchmarkMinor ? money(e, lot.benchmarkMinor) : tr("none"))
              << '\n'
              << table.render() << '\n';
        if (lot.recommendedBidId)
            c.out << tr("Recommended winner: bid %1 (%2).")
                         .arg(lot.recommendedBidId)
                         .arg(e.names.vendors.value(lot.recommendedBidId))
                  << "\n\n";
    }
}

void writeFlags(Context& c, const TenderEvaluation& e)
{
    bool any = false;
    for (const scoring::BidResult& r : e.result.bids)
        for (const scoring::LowBidFlag& f : r.flags) {
            if (!any)
                c.out << tr("Abnormally low and below-cost flags:") << '\n';
            any = true;
            c.out << tr("  bid %1 (%2): %3 — %4")
                         .arg(r.bidId)
                         .arg(e.names.vendors.value(r.bidId), scoring::lowBidRuleName(f.rule),
                              scoring::flagSentence(f, e.names.currency))
                  << '\n';
        }
    for (const LowPriceReview& r : e.reviews) {
        c.out << tr("  explanation step of bid %1: %2").arg(r.bidId).arg(decisionText(r.decision));
        if (!r.explanation.isEmpty())
            c.out << tr("; the vendor: \"%1\"").arg(r.explanation);
        if (!r.opinion.isEmpty())
            c.out << tr("; the panel: \"%1\"").arg(r.opinion);
        c.out << '\n';
    }
    if (any)
        c.out << '\n';
}

void writeEvaluation(Context& c, const TenderEvaluation& e)
{
    c.out << tr("Evaluation of %1 (%2), %3.")
                 .arg(e.tender.reference, e.tender.title,
                      Codes<TenderStatus>::displayName(e.tender.status))
          << '\n'
          << tr("Method: %1.").arg(scoring::methodName(e.settings.method)) << "\n\n";
    writeCompliance(c, e);
    writeScores(c, e);
    writeFlags(c, e);
    for (const Award& a : e.tender.awards)
        c.out << tr("Awarded to bid %1 for %2 on %3; standstill until %4; loss-making flag: %5.")
                     .arg(a.bidId)
                     .arg(a.amount.toDisplayString(), a.decidedAt.toString(Qt::ISODate),
                          a.standstillEndsAt.toString(Qt::ISODate), a.costVerdict)
              << '\n';
    const QStringList blockers = e.awardBlockers();
    if (e.tender.awards.isEmpty()) {
        if (blockers.isEmpty())
            c.out << tr("The ranking is final: record the award with `award %1 --bid ID`.")
                         .arg(e.tender.reference)
                  << '\n';
        else
            c.out << tr("Before the award:") << "\n  - " << blockers.join(QStringLiteral("\n  - "))
                  << '\n';
    }
}

void writeWorkings(Context& c, const TenderEvaluation& e, qint64 bidId, bool json)
{
    if (!e.result.bid(bidId))
        throw Error(
            tr("Tender %1 has no bid %2 in its evaluation.").arg(e.tender.reference).arg(bidId));
    QJsonArray all;
    for (const QString& key : scoring::explanationKeys(e.input, e.result, bidId)) {
        const scoring::Working w = scoring::explain(e.input, e.result, bidId, key, e.names);
        if (json) {
            all.append(workingJson(w));
            continue;
        }
        c.out << w.label << " = " << w.value << '\n' << "  " << w.formula << '\n';
        for (const scoring::Working::Input& i : w.inputs)
            c.out << "    " << i.label << ": " << i.value << "  (" << i.source << ")\n";
        c.out << '\n';
    }
    if (json)
        c.out << QJsonDocument(
                     QJsonObject{{QStringLiteral("bid"), bidId}, {QStringLiteral("workings"), all}})
                     .toJson();
}

int commandEvaluate(Context& c)
{
    allowOnly(c, {QStringLiteral("json"), QStringLiteral("bid"), QStringLiteral("settings")});
    const QString usage = tr("evaluate REFERENCE [--json] [--bid ID] [--settings FILE.json]");
    const QString ref = reference(c, usage);
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    if (c.isSet("settings"))
        desk.setSettings(ref, scoring::settingsFromJson(readJsonObject(c.value("settings"))));
    // Scoring stores the results and opens the explanation step of a newly flagged bid; an
    // awarded tender's evaluation is closed and only shown.
    TenderEvaluation e = desk.load(ref);
    if (e.tender.status != TenderStatus::Awarded && e.tender.status != TenderStatus::Complete)
        e = desk.score(ref, QDateTime::currentDateTimeUtc());
    if (c.isSet("bid")) {
        writeWorkings(c, e, bidOption(c, usage), c.isSet("json"));
        return 0;
    }
    if (c.isSet("json"))
        c.out << QJsonDocument(evaluationJson(e)).toJson();
    else
        writeEvaluation(c, e);
    return 0;
}

int commandCompliance(Context& c)
{
    allowOnly(c, {QStringLiteral("confirm"), QStringLiteral("bid"), QStringLiteral("check"),
                  QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("justification")});
    const QString usage = tr("compliance REFERENCE [--confirm | --bid ID --check CODE "
                             "(--pass|--fail) --justification TEXT]");
    const QString ref = reference(c, usage);
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.isSet("bid")) {
        if (c.isSet("pass") == c.isSet("fail"))
            throw UsageError{tr("Say whether the check passes or fails: --pass or --fail.")};
        desk.overrideCompliance(ref, bidOption(c, usage), required(c, "check", usage),
                                c.isSet("pass"), c.value("justification"), now);
        c.out << tr("The panel's override is recorded and audited.") << '\n';
    }
    if (c.isSet("confirm")) {
        desk.confirmCompliance(ref, now);
        c.out << tr("The compliance review of %1 is confirmed.").arg(ref) << '\n';
    }
    writeCompliance(c, desk.load(ref));
    return 0;
}

int commandPanel(Context& c)
{
    allowOnly(c, {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("chair")});
    const QString ref = reference(c, tr("panel REFERENCE [--add NAME [--chair] | --remove NAME]"));
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    if (c.isSet("add"))
        desk.addEvaluator(ref, c.value("add"),
                          c.isSet("chair") ? QStringLiteral("chair") : QStringLiteral("member"));
    if (c.isSet("remove"))
        desk.removeEvaluator(ref, c.value("remove"));
    const TenderEvaluation e = desk.load(ref);
    for (const Evaluator& v : e.panel)
        c.out << v.name << '\t' << v.role << '\t'
              << (v.submittedAt ? tr("submitted %1").arg(v.submittedAt->toString(Qt::ISODate))
                                : tr("not submitted"))
              << '\n';
    if (e.panel.isEmpty())
        c.out << tr("The panel of %1 is empty: add members with --add NAME.").arg(ref) << '\n';
    return 0;
}

QList<SheetScore> readSheetFile(const QString& path, const QString& ref, const QString& evaluator)
{
    const QJsonObject o = readJsonObject(path);
    if (o.value(QLatin1String("format")).toString() != QLatin1String("tenderdesk-sheet-1"))
        throw Error(tr("%1 is not a score sheet (\"format\": \"tenderdesk-sheet-1\"); print one "
                       "with `score %2 --evaluator NAME --template`.")
                        .arg(path, ref));
    if (o.value(QLatin1String("tender")).toString() != ref)
        throw Error(tr("%1 is a sheet of tender %2, not %3.")
                        .arg(path, o.value(QLatin1String("tender")).toString(), ref));
    if (o.value(QLatin1String("evaluator")).toString() != evaluator)
        throw Error(tr("%1 is the sheet of %2, not of %3.")
                        .arg(path, o.value(QLatin1String("evaluator")).toString(), evaluator));
    QList<SheetScore> scores;
    const QJsonArray rows = o.value(QLatin1String("scores")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject s = rows.at(i).toObject();
        if (!s.value(QLatin1String("bid")).isDouble() ||
            !s.value(QLatin1String("points")).isDouble() ||
            !s.value(QLatin1String("criterion")).isString())
            throw Error(tr("%1, scores[%2]: a score has a \"bid\" number, a \"criterion\" code "
                           "and \"points\".")
                            .arg(path)
                            .arg(i));
        scores.append({qint64(s.value(QLatin1String("bid")).toDouble()),
                       s.value(QLatin1String("criterion")).toString(),
                       s.value(QLatin1String("points")).toDouble(),
                       s.value(QLatin1String("comment")).toString()});
    }
    return scores;
}

int commandScore(Context& c)
{
    allowOnly(c, {QStringLiteral("evaluator"), QStringLiteral("from"), QStringLiteral("draft"),
                  QStringLiteral("template")});
    const QString usage =
        tr("score REFERENCE --evaluator NAME (--from SHEET.json [--draft] | --template)");
    const QString ref = reference(c, usage);
    const QString evaluator = required(c, "evaluator", usage);
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    if (c.isSet("template")) {
        QJsonArray scores;
        for (const SheetScore& s : desk.sheetTemplate(ref, evaluator))
            scores.append(QJsonObject{{QStringLiteral("bid"), s.bidId},
                                      {QStringLiteral("criterion"), s.criterion},
                                      {QStringLiteral("points"), s.points},
                                      {QStringLiteral("comment"), s.comment}});
        c.out << QJsonDocument(
                     QJsonObject{{QStringLiteral("format"), QStringLiteral("tenderdesk-sheet-1")},
                                 {QStringLiteral("tender"), ref},
                                 {QStringLiteral("evaluator"), evaluator},
                                 {QStringLiteral("scores"), scores}})
                     .toJson();
        return 0;
    }
    const QList<SheetScore> scores = readSheetFile(required(c, "from", usage), ref, evaluator);
    const bool submit = !c.isSet("draft");
    desk.saveSheet(ref, evaluator, scores, submit, QDateTime::currentDateTimeUtc());
    const TenderEvaluation e = desk.load(ref);
    c.out << (submit ? tr("The sheet of %1 is submitted and locked (%2 scores).")
                     : tr("The draft sheet of %1 is saved (%2 scores); submit it without --draft."))
                 .arg(evaluator)
                 .arg(scores.size())
          << '\n'
          << tr("%1 of %2 sheets submitted.").arg(submitted(e)).arg(e.panel.size()) << '\n';
    return 0;
}

int commandExplain(Context& c)
{
    allowOnly(c, {QStringLiteral("bid"), QStringLiteral("from")});
    const QString usage = tr("explain REFERENCE --bid ID --from EXPLANATION.json");
    const QString ref = reference(c, usage);
    const qint64 bidId = bidOption(c, usage);
    const QString path = required(c, "from", usage);
    const QJsonObject o = readJsonObject(path);
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString explanation = o.value(QLatin1String("explanation")).toString();
    if (!explanation.isEmpty() || o.contains(QLatin1String("attachments"))) {
        QStringList attachments;
        const QDir base = QFileInfo(path).absoluteDir();
        for (const QJsonValue& a : o.value(QLatin1String("attachments")).toArray())
            attachments.append(base.absoluteFilePath(a.toString()));
        desk.recordExplanation(ref, bidId, explanation, attachments, now);
        c.out << tr("The explanation of bid %1 is recorded with %n attachment(s).", nullptr,
                    int(attachments.size()))
                     .arg(bidId)
              << '\n';
    }
    if (const QString decision = o.value(QLatin1String("decision")).toString();
        !decision.isEmpty()) {
        if (decision != QLatin1String("accepted") && decision != QLatin1String("rejected"))
            throw Error(tr("%1: \"decision\" is \"accepted\" or \"rejected\".").arg(path));
        desk.decideLowPrice(ref, bidId, decision == QLatin1String("accepted"),
                            o.value(QLatin1String("opinion")).toString(), now);
        c.out << tr("The panel's decision on bid %1 is recorded: %2.").arg(bidId).arg(decision)
              << '\n';
    }
    return 0;
}

int commandAward(Context& c)
{
    allowOnly(c, {QStringLiteral("bid"), QStringLiteral("justification")});
    const QString usage = tr("award REFERENCE --bid ID [--justification TEXT]");
    const QString ref = reference(c, usage);
    const auto db = openDatabase(c);
    EvaluationDesk desk(*db, actor);
    const Award a = desk.award(ref, bidOption(c, usage), c.value("justification"),
                               QDateTime::currentDateTimeUtc());
    QString verdict;
    if (a.costVerdict == QLatin1String("profitable"))
        verdict = tr("profitable: the price covers the cost-to-serve of %1")
                      .arg(a.costWithoutVoucher->toDisplayString());
    else if (a.costVerdict == QLatin1String("voucherOnly"))
        verdict =
            tr("loss-making without the compute voucher (cost-to-serve %1), profitable with "
               "it (%2)")
                .arg(a.costWithoutVoucher->toDisplayString(), a.costWithVoucher->toDisplayString());
    else if (a.costVerdict == QLatin1String("belowCost"))
        verdict = tr("loss-making even with the compute voucher (cost-to-serve %1, with the "
                     "voucher %2)")
                      .arg(a.costWithoutVoucher->toDisplayString(),
                           a.costWithVoucher ? a.costWithVoucher->toDisplayString() : tr("none"));
    else
        verdict = tr("no benchmark yet: the cost-to-serve is unknown");
    c.out << tr("Tender %1: bid %2 is awarded %3. Standstill until %4.")
                 .arg(ref)
                 .arg(a.bidId)
                 .arg(a.amount.toDisplayString(), a.standstillEndsAt.toString(Qt::ISODate))
          << '\n'
          << tr("Loss-making flag: %1.").arg(verdict) << '\n';
    return 0;
}

int commandRescore(Context& c)
{
    allowOnly(c, {QStringLiteral("all")});
    if (!c.isSet("all") || !c.words.isEmpty())
        throw UsageError{tr("Rescore the whole market: rescore --all.")};
    const auto db = openDatabase(c);
    const RescoreSummary s =
        rescoreAll(*db, actor, QDateTime::currentDateTimeUtc(), [&](qint64 done, qint64 total) {
            if (c.interactive)
                c.err << '\r' << tr("Rescoring: %1 of %2 tenders").arg(done).arg(total)
                      << Qt::flush;
            return true;
        });
    if (c.interactive)
        c.err << '\n';
    c.out << tr("Tenders rescored: %1 (bids: %2; still under evaluation: %3). Changed: %4 bids, "
                "%5 awards.")
                 .arg(s.tenders)
                 .arg(s.bids)
                 .arg(s.inProgress)
                 .arg(s.changedBids)
                 .arg(s.changedAwards)
          << '\n';
    if (s.marketThreshold)
        c.out << tr("R058 market threshold over %1 awarded processes: d ≥ %2.")
                     .arg(s.marketProcesses)
                     .arg(*s.marketThreshold, 0, 'f', 4)
              << '\n';
    else
        c.out << tr("Too few awarded processes (%1) for the R058 market threshold.")
                     .arg(s.marketProcesses)
              << '\n';
    return 0;
}

} // namespace

bool isEvaluationCommand(const QString& command)
{
    static const QStringList commands = {QStringLiteral("evaluate"), QStringLiteral("compliance"),
                                         QStringLiteral("panel"),    QStringLiteral("score"),
                                         QStringLiteral("explain"),  QStringLiteral("award"),
                                         QStringLiteral("rescore")};
    return commands.contains(command);
}

int runEvaluationCommand(Context& c, const QString& command)
{
    if (command == QLatin1String("evaluate"))
        return commandEvaluate(c);
    if (command == QLatin1String("compliance"))
        return commandCompliance(c);
    if (command == QLatin1String("panel"))
        return commandPanel(c);
    if (command == QLatin1String("score"))
        return commandScore(c);
    if (command == QLatin1String("explain"))
        return commandExplain(c);
    if (command == QLatin1String("award"))
        return commandAward(c);
    return commandRescore(c);
}

QList<QCommandLineOption> evaluationOptions()
{
    return {
        {QStringLiteral("evaluator"), tr("A member of the evaluation panel."),
         QStringLiteral("NAME")},
        {QStringLiteral("template"), tr("Print a score sheet to fill in.")},
        {QStringLiteral("draft"), tr("Save the sheet without submitting it.")},
        {QStringLiteral("justification"), tr("Why, in writing; audited."), QStringLiteral("TEXT")},
        {QStringLiteral("all"), tr("Every tender.")},
        {QStringLiteral("add"), tr("Add this member to the panel."), QStringLiteral("NAME")},
        {QStringLiteral("remove"), tr("Remove this member from the panel."),
         QStringLiteral("NAME")},
        {QStringLiteral("chair"), tr("The member added chairs the panel.")},
        {QStringLiteral("confirm"), tr("Confirm the compliance review.")},
        {QStringLiteral("check"), tr("A compliance check's code."), QStringLiteral("CODE")},
        {QStringLiteral("pass"), tr("The check passes.")},
        {QStringLiteral("fail"), tr("The check fails.")},
        {QStringLiteral("settings"), tr("Evaluation settings to apply."),
         QStringLiteral("FILE.json")},
    };
}

QString evaluationUsage()
{
    return tr("  evaluate REF [--json] [--bid ID] [--settings FILE.json]\n"
              "                               score the tender and show its compliance, scores,\n"
              "                               flags (the rule and the values that fired) and\n"
              "                               ranking; --bid shows how each number of one bid\n"
              "                               was computed\n"
              "  compliance REF [--confirm | --bid ID --check CODE (--pass|--fail)\n"
              "             --justification TEXT]\n"
              "                               the compliance review; the panel overrides a check\n"
              "                               (with a written justification) and confirms it\n"
              "  panel REF [--add NAME [--chair] | --remove NAME]\n"
              "                               the evaluation panel\n"
              "  score REF --evaluator NAME (--from SHEET.json [--draft] | --template)\n"
              "                               submit (and lock) an evaluator's score sheet; the\n"
              "                               template fills the benchmark criteria from the runs\n"
              "  explain REF --bid ID --from EXPLANATION.json\n"
              "                               record a flagged vendor's explanation (with PDF\n"
              "                               attachments) and the panel's decision\n"
              "  award REF --bid ID [--justification TEXT]\n"
              "                               record and publish the award, with its loss-making\n"
              "                               flag\n"
              "  rescore --all                score every tender again, with progress\n");
}

} // namespace td::cli
