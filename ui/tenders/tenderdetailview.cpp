#include "tenderdetailview.h"

#include "domain/biddocuments.h"
#include "domain/error.h"
#include "domain/hardwarerules.h"
#include "sealing/ciphersuite.h"

#include <QLocale>
#include <QTimeZone>

namespace td::ui {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString section(const QString& title)
{
    return QStringLiteral("<h3 style='margin-top:14px;margin-bottom:4px'>%1</h3>").arg(esc(title));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

// The suite of a stored key by name, or the stored algorithm text itself should it be one this
// version does not know.
QString suiteName(const QString& algorithm)
{
    try {
        return cipherSuiteName(suiteOfKeyAlgorithm(algorithm));
    } catch (const Error&) {
        return algorithm;
    }
}

QString tableHead(const QStringList& headers)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%' "
                                  "style='border-collapse:collapse'><tr style='background:#eee'>");
    for (const QString& h : headers)
        html += QStringLiteral("<th align='left'>%1</th>").arg(esc(h));
    return html + QStringLiteral("</tr>");
}

} // namespace

TenderDetailView::TenderDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("tenderDetail"));
    setOpenLinks(false);
    showNothingSelected();
}

void TenderDetailView::showMessage(const QString& text)
{
    setHtml(QStringLiteral("<p style='color:#777;margin:24px'>%1</p>").arg(esc(text)));
}

void TenderDetailView::showNothingSelected()
{
    showMessage(tr("Select a tender to see its lots, criteria and weights, hardware rules, "
                   "timeline and bids."));
}

void TenderDetailView::showLoading()
{
    showMessage(tr("Loading the tender…"));
}

void TenderDetailView::showError(const QString& message)
{
    setHtml(QStringLiteral("<p style='color:#b3261e;margin:24px'>%1</p>").arg(esc(message)));
}

void TenderDetailView::showTender(const Tender& tender, const QHash<QString, bool>& isDomestic,
                                  const QList<TenderRelease>& releases,
                                  const std::optional<StoredSealingKey>& sealingKey)
{
    setHtml(html(tender, isDomestic, releases, sealingKey));
}

QString TenderDetailView::html(const Tender& t, const QHash<QString, bool>& isDomestic,
                               const QList<TenderRelease>& releases,
                               const std::optional<StoredSealingKey>& sealingKey)
{
    const QTimeZone zone(t.timeZone.toUtf8());
    const auto when = [&](const QDateTime& time) {
        return time.isValid()
                   ? esc(time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   : esc(tr("not set"));
    };
    const QLocale locale;
    QString h;
    h += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(esc(t.title));
    h += QStringLiteral("<p style='color:#666;margin-top:0'>%1 · %2 · <b>%3</b></p>")
             .arg(esc(t.reference), esc(t.buyerName), esc(nameOf(t.status)));
    h += QStringLiteral("<table>");
    h += row(tr("Category"), esc(nameOf(t.category)));
    h += row(tr("Purchase kind"), esc(nameOf(t.purchaseKind)));
    h += row(tr("Procurement method"), esc(nameOf(t.method)));
    h += row(tr("Budget ceiling"), esc(t.budgetCeiling.toDisplayString()));
    h += QStringLiteral("</table><p>%1</p>").arg(esc(t.description));

    h += section(tr("Lots"));
    h += tableHead({tr("Lot"), tr("Title"), tr("Budget")});
    for (const Lot& lot : t.lots)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                 .arg(lot.number)
                 .arg(esc(lot.title), esc(lot.budget.toDisplayString()));
    h += QStringLiteral("</table>");

    h += section(tr("Evaluation criteria and weights"));
    h += tableHead({tr("Criterion"), tr("Weight")});
    int totalWeight = 0;
    for (const Criterion& c : t.criteria) {
        totalWeight += c.weight;
        h += QStringLiteral("<tr><td>%1</td><td>%2%</td></tr>").arg(esc(c.name)).arg(c.weight);
    }
    h += QStringLiteral("<tr><td><i>%1</i></td><td><i>%2%</i></td></tr></table>")
             .arg(esc(tr("Total")))
             .arg(totalWeight);

    h += section(tr("Documents each bid carries"));
    if (t.bidDocuments.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The tender lists no documents to attach.")));
    } else {
        h += tableHead({tr("Document"), tr("Kind"), tr("Requirement")});
        for (const BidDocumentRequirement& d : t.bidDocuments)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(bidDocumentTitle(d)), esc(nameOf(d.kind)),
                          esc(d.mandatory ? tr("Mandatory") : tr("Optional")));
        h += QStringLiteral("</table>");
    }

    h += section(tr("Hardware rules"));
    h += QStringLiteral("<table>");
    h += row(tr("Minimum domestic accelerator share"),
             QStringLiteral("%1%").arg(t.hardwareRules.minimumDomesticSharePercent));
    h += row(tr("Excluded accelerators"),
             esc(t.hardwareRules.excludedModels.isEmpty()
                     ? tr("none")
                     : t.hardwareRules.excludedModels.join(QStringLiteral(", "))));
    h += QStringLiteral("</table>");

    h += section(tr("Workload and service levels"));
    h += QStringLiteral("<table>");
    h += row(tr("Contracted output tokens per year"),
             esc(locale.toString(t.workload.contractedTokensPerYear)));
    h += row(tr("Concurrent users"), esc(locale.toString(t.workload.concurrentUsers)));
    h += row(tr("Peak concurrent requests"),
             t.workload.peakIsDerived()
                 ? tr("%1 (derived: one tenth of the concurrent users)")
                       .arg(locale.toString(t.workload.effectivePeakConcurrentRequests()))
                 : esc(locale.toString(t.workload.peakConcurrentRequests)));
    h += row(tr("Time to first token, p95"), tr("%1 ms").arg(t.workload.sloTimeToFirstTokenMs));
    h += row(tr("Time per output token, p95"), tr("%1 ms").arg(t.workload.sloTimePerOutputTokenMs));
    h += row(tr("Availability"), QStringLiteral("%1%").arg(t.workload.sloAvailabilityPercent));
    h += QStringLiteral("</table>");

    h += section(tr("Timeline (%1)").arg(t.timeZone));
    h += QStringLiteral("<table>");
    h += row(tr("Published"), when(t.publishedAt));
    h += row(tr("Clarification deadline"), when(t.clarificationDeadline));
    h += row(tr("Bid deadline"), when(t.bidDeadline));
    h += row(tr("Bid opening"), when(t.openingAt));
    h += QStringLiteral("</table>");

    if (sealingKey) {
        h += section(tr("Sealing"));
        h += QStringLiteral("<table>");
        h += row(tr("Cipher suite"), esc(suiteName(sealingKey->algorithm)));
        h += row(tr("Key fingerprint (SHA-256)"),
                 QStringLiteral("<tt>%1</tt>").arg(esc(sealingKey->fingerprint)));
        h += QStringLiteral("</table>");
    }

    if (!releases.isEmpty()) {
        h += section(tr("Releases"));
        h += tableHead({tr("No."), tr("Published"), tr("Kind"), tr("Why and what changed")});
        for (const TenderRelease& r : releases) {
            QString kind;
            switch (r.kind) {
            case ReleaseKind::Publication:
                kind = tr("publication");
                break;
            case ReleaseKind::Amendment:
                kind = r.material ? tr("amendment (material)") : tr("amendment");
                break;
            case ReleaseKind::Clarification:
                kind = tr("answer to a question");
                break;
            case ReleaseKind::Cancellation:
                kind = tr("cancellation");
                break;
            case ReleaseKind::Unsuccessful:
                kind = tr("unsuccessful");
                break;
            case ReleaseKind::Opening:
                kind = tr("bid opening");
                break;
            case ReleaseKind::Award:
                kind = tr("award");
                break;
            }
            QString what = esc(r.rationale);
            for (const FieldChange& c : r.changes)
                what += QStringLiteral("<br><span style='color:#666'>%1: %2 → %3</span>")
                            .arg(esc(c.field), esc(c.before), esc(c.after));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(r.number)
                     .arg(when(r.date), esc(kind), what);
        }
        h += QStringLiteral("</table>");
    }

    if (!t.clarifications.isEmpty()) {
        h += section(tr("Clarifications"));
        for (const Clarification& c : t.clarifications)
            h += QStringLiteral("<p><span style='color:#666'>%1</span><br><b>%2</b><br>%3</p>")
                     .arg(when(c.askedAt), esc(c.question),
                          esc(c.answer.isEmpty() ? tr("Not answered yet.") : c.answer));
    }

    h += section(tr("Bids (%1)").arg(t.bids.size()));
    if (t.bids.isEmpty()) {
        h += QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("No bids.")));
        return h;
    }
    QHash<qint64, const Lot*> lots;
    for (const Lot& lot : t.lots)
        lots.insert(lot.id, &lot);
    h += tableHead({tr("Vendor"), tr("Lot"), tr("Price"), tr("Of lot budget"), tr("Model"),
                    tr("Accelerators"), tr("Domestic share"), tr("Status"), tr("Award")});
    for (const Bid& b : t.bids) {
        const Lot* lot = lots.value(b.lotId);
        QStringList hardware;
        for (const HardwareLine& line : b.hardware)
            hardware.append(
                esc(QStringLiteral("%1 × %2").arg(line.acceleratorModel).arg(line.count)));
        if (!b.hardware.isEmpty())
            hardware.append(QStringLiteral("<i>%1</i>")
                                .arg(esc(b.deliversHardware ? tr("delivered on premises")
                                                            : tr("hosted by the vendor"))));
        const HardwareCheck check = checkHardware(b.hardware, t.hardwareRules, isDomestic);
        QString share = QStringLiteral("%1%").arg(qRound(check.domesticShare() * 100));
        QStringList problems;
        if (!check.meetsDomesticShare())
            problems.append(tr("below the minimum"));
        if (!check.excludedFound.isEmpty())
            problems.append(tr("excluded: %1").arg(check.excludedFound.join(QStringLiteral(", "))));
        if (!check.unknownModels.isEmpty())
            problems.append(
                tr("not in the catalog: %1").arg(check.unknownModels.join(QStringLiteral(", "))));
        if (!problems.isEmpty())
            share = QStringLiteral("<span style='color:#b3261e'>%1 (%2)</span>")
                        .arg(share, esc(problems.join(QStringLiteral("; "))));
        QString award;
        for (const Award& a : t.awards)
            if (a.bidId == b.id)
                award = QStringLiteral("<b>✔ %1</b>").arg(esc(nameOf(a.status)));
        const QString ratio =
            lot && lot->budget.minorUnits() > 0
                ? QStringLiteral("%1%").arg(b.totalPrice.ratioTo(lot->budget) * 100, 0, 'f', 1)
                : QString();
        // Amounts and shares never wrap: a price broken over two lines misreads.
        h +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right' style='white-space:nowrap'>"
                           "%3</td><td align='right'>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                           "<td style='white-space:nowrap'>%8</td>"
                           "<td style='white-space:nowrap'>%9</td></tr>")
                .arg(esc(b.vendorName), lot ? QString::number(lot->number) : QString(),
                     esc(b.totalPrice.toDisplayString()), ratio, esc(b.modelOffered),
                     hardware.join(QStringLiteral("<br>")), share, esc(nameOf(b.status)), award);
    }
    h += QStringLiteral("</table>");
    return h;
}

} // namespace td::ui
