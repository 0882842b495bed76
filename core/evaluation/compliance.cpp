#include "compliance.h"

#include "domain/hardwarerules.h"

#include <QCoreApplication>

namespace td {

bool BidCompliance::compliant() const
{
    for (const ComplianceFinding& f : findings)
        if (!f.passes())
            return false;
    return true;
}

QStringList BidCompliance::failedCodes() const
{
    QStringList codes;
    for (const ComplianceFinding& f : findings)
        if (!f.passes())
            codes.append(f.code);
    return codes;
}

QStringList complianceCheckCodes()
{
    return {QStringLiteral("late"),
            QStringLiteral("aboveBudget"),
            QStringLiteral("domesticShare"),
            QStringLiteral("excludedAccelerator"),
            QStringLiteral("missingDocument"),
            QStringLiteral("serviceLevels"),
            QStringLiteral("unsealing")};
}

QString complianceCheckName(const QString& code)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("late"), QT_TRANSLATE_NOOP("td::Compliance", "Received in time")},
        {QStringLiteral("aboveBudget"), QT_TRANSLATE_NOOP("td::Compliance", "Within the budget")},
        {QStringLiteral("domesticShare"),
         QT_TRANSLATE_NOOP("td::Compliance", "Domestic accelerator share")},
        {QStringLiteral("excludedAccelerator"),
         QT_TRANSLATE_NOOP("td::Compliance", "No excluded accelerator")},
        {QStringLiteral("missingDocument"),
         QT_TRANSLATE_NOOP("td::Compliance", "Mandatory documents")},
        {QStringLiteral("serviceLevels"),
         QT_TRANSLATE_NOOP("td::Compliance", "Declared service levels")},
        {QStringLiteral("unsealing"),
         QT_TRANSLATE_NOOP("td::Compliance", "Unsealed and signature verified")},
    };
    const char* name = names.value(code);
    return name ? QCoreApplication::translate("td::Compliance", name) : code;
}

} // namespace td

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

ComplianceFinding made(const QString& code, bool passes, const QString& detail)
{
    ComplianceFinding f;
    f.code = code;
    f.automaticPass = passes;
    f.detail = detail;
    return f;
}

ComplianceFinding lateCheck(const Tender& tender, const Bid& bid)
{
    if (!bid.submittedAt.isValid() || !tender.bidDeadline.isValid())
        return made(QStringLiteral("late"), true, tr("no receipt time on record"));
    if (bid.submittedAt > tender.bidDeadline)
        return made(QStringLiteral("late"), false,
                    tr("received %1, after the deadline %2")
                        .arg(bid.submittedAt.toString(Qt::ISODate),
                             tender.bidDeadline.toString(Qt::ISODate)));
    return made(QStringLiteral("late"), true,
                tr("received %1").arg(bid.submittedAt.toString(Qt::ISODate)));
}

ComplianceFinding budgetCheck(const Tender& tender, const Bid& bid)
{
    Money limit = tender.budgetCeiling;
    for (const Lot& lot : tender.lots)
        if (lot.id == bid.lotId && lot.budget.minorUnits() > 0)
            limit = lot.budget;
    if (limit.minorUnits() <= 0 || limit.currency() != bid.totalPrice.currency())
        return made(QStringLiteral("aboveBudget"), true, tr("no budget to compare with"));
    const bool within = bid.totalPrice.minorUnits() <= limit.minorUnits();
    return made(QStringLiteral("aboveBudget"), within,
                (within ? tr("%1 ≤ budget %2") : tr("%1 > budget %2"))
                    .arg(bid.totalPrice.toDisplayString(), limit.toDisplayString()));
}

QList<ComplianceFinding> hardwareChecks(const Tender& tender, const Bid& bid,
                                        const QHash<QString, bool>& isDomestic)
{
    const HardwareCheck h = checkHardware(bid.hardware, tender.hardwareRules, isDomestic);
    ComplianceFinding share =
        made(QStringLiteral("domesticShare"), h.meetsDomesticShare(),
             tr("%1 of %2 accelerators domestic (%3%); the tender requires %4%")
                 .arg(h.domesticCount)
                 .arg(h.totalCount)
                 .arg(qRound(h.domesticShare() * 100))
                 .arg(h.requiredSharePercent));
    if (h.totalCount == 0)
        share.detail = tr("no accelerator declared");
    ComplianceFinding excluded =
        made(QStringLiteral("excludedAccelerator"), h.excludedFound.isEmpty(),
             h.excludedFound.isEmpty() ? tr("none of the excluded models")
                                       : tr("declares %1, which the tender excludes")
                                             .arg(h.excludedFound.join(QStringLiteral(", "))));
    if (!h.unknownModels.isEmpty()) {
        excluded.automaticPass = false;
        excluded.detail = tr("declares %1, which the catalog does not know: its origin cannot "
                             "be judged")
                              .arg(h.unknownModels.join(QStringLiteral(", ")));
    }
    return {share, excluded};
}

ComplianceFinding documentCheck(const Tender& tender, const ComplianceFacts& facts)
{
    if (!facts.documents)
        return made(QStringLiteral("missingDocument"), true,
                    tr("not checked: the bid did not come through this desk's opening"));
    QStringList missing;
    for (const BidDocumentRequirement& r : tender.bidDocuments)
        if (r.mandatory && !facts.documents->contains(r.kind))
            missing.append(r.title.isEmpty() ? Codes<BidDocumentKind>::displayName(r.kind)
                                             : r.title);
    return made(QStringLiteral("missingDocument"), missing.isEmpty(),
                missing.isEmpty() ? tr("every mandatory document is in the bid")
                                  : tr("missing: %1").arg(missing.join(QStringLiteral(", "))));
}

ComplianceFinding serviceLevelCheck(const Tender& tender, const ComplianceFacts& facts)
{
    const Workload& w = tender.workload;
    const DeclaredBenchmarks& d = facts.declared;
    QStringList slower;
    if (w.sloTimeToFirstTokenMs > 0 && d.ttftP95Ms > w.sloTimeToFirstTokenMs)
        slower.append(tr("time to first token p95 %1 ms > %2 ms")
                          .arg(d.ttftP95Ms)
                          .arg(w.sloTimeToFirstTokenMs));
    if (w.sloTimePerOutputTokenMs > 0 && d.tpotP95Ms > w.sloTimePerOutputTokenMs)
        slower.append(tr("time per output token p95 %1 ms > %2 ms")
                          .arg(d.tpotP95Ms)
                          .arg(w.sloTimePerOutputTokenMs));
    if (!slower.isEmpty())
        return made(QStringLiteral("serviceLevels"), false, slower.join(QStringLiteral("; ")));
    if (d.ttftP95Ms == 0 && d.tpotP95Ms == 0)
        return made(QStringLiteral("serviceLevels"), true, tr("no service levels declared"));
    return made(QStringLiteral("serviceLevels"), true,
                tr("declares %1 ms to first token and %2 ms per output token (p95)")
                    .arg(d.ttftP95Ms)
                    .arg(d.tpotP95Ms));
}

} // namespace

BidCompliance checkCompliance(const Tender& tender, const Bid& bid, const ComplianceFacts& facts,
                              const QHash<QString, bool>& isDomestic)
{
    BidCompliance c;
    c.bidId = bid.id;
    c.vendorName = bid.vendorName;
    c.findings.append(lateCheck(tender, bid));
    c.findings.append(budgetCheck(tender, bid));
    c.findings.append(hardwareChecks(tender, bid, isDomestic));
    c.findings.append(documentCheck(tender, facts));
    c.findings.append(serviceLevelCheck(tender, facts));
    c.findings.append(made(QStringLiteral("unsealing"), true, tr("opened and verified")));
    return c;
}

BidCompliance failedSubmission(qint64 submissionId, const QString& vendorName,
                               const QString& failure)
{
    BidCompliance c;
    c.submissionId = submissionId;
    c.vendorName = vendorName;
    c.findings.append(made(QStringLiteral("unsealing"), false, failure));
    return c;
}

} // namespace td
