#include "tendertext.h"

#include "domain/hardwarerules.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td".
QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

} // namespace

QString tenderAsText(const Tender& t, const QHash<QString, bool>& isDomestic)
{
    const QTimeZone zone(t.timeZone.toUtf8());
    const auto when = [&](const QDateTime& time) {
        return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : tr("not set");
    };
    QString out;
    const auto field = [&](const QString& label, const QString& value) {
        out += label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    out += t.reference + QStringLiteral("  ") + t.title + QLatin1Char('\n');
    field(tr("Buyer"), t.buyerName);
    field(tr("Category"), nameOf(t.category));
    field(tr("Purchase kind"), nameOf(t.purchaseKind));
    field(tr("Method"), nameOf(t.method));
    field(tr("Status"), nameOf(t.status));
    field(tr("Budget ceiling"), t.budgetCeiling.toDisplayString());
    out += QLatin1Char('\n') + t.description + QStringLiteral("\n\n");

    out += tr("Timeline (%1)").arg(t.timeZone) + QLatin1Char('\n');
    field(tr("  Published"), when(t.publishedAt));
    field(tr("  Clarification deadline"), when(t.clarificationDeadline));
    field(tr("  Bid deadline"), when(t.bidDeadline));
    field(tr("  Opening"), when(t.openingAt));

    out += QLatin1Char('\n') + tr("Hardware rules") + QLatin1Char('\n');
    field(tr("  Minimum domestic accelerator share"),
          QStringLiteral("%1%").arg(t.hardwareRules.minimumDomesticSharePercent));
    field(tr("  Excluded accelerators"),
          t.hardwareRules.excludedModels.isEmpty()
              ? tr("none")
              : t.hardwareRules.excludedModels.join(QStringLiteral(", ")));
    out += QLatin1Char('\n') + tr("Workload and service levels") + QLatin1Char('\n');
    field(tr("  Contracted output tokens per year"),
          QLocale().toString(t.workload.contractedTokensPerYear));
    field(tr("  Concurrent users"), QString::number(t.workload.concurrentUsers));
    field(tr("  Peak concurrent requests"),
          t.workload.peakIsDerived() ? tr("%1 (derived: one tenth of the concurrent users)")
                                           .arg(t.workload.effectivePeakConcurrentRequests())
                                     : QString::number(t.workload.peakConcurrentRequests));
    field(tr("  Time to first token, p95"), tr("%1 ms").arg(t.workload.sloTimeToFirstTokenMs));
    field(tr("  Time per output token, p95"), tr("%1 ms").arg(t.workload.sloTimePerOutputTokenMs));
    field(tr("  Availability"), QStringLiteral("%1%").arg(t.workload.sloAvailabilityPercent));

    TextTable lots({tr("Lot"), tr("Title"), tr("Budget")});
    for (const Lot& lot : t.lots)
        lots.addRow({QString::number(lot.number), lot.title, lot.budget.toDisplayString()});
    out += QLatin1Char('\n') + lots.render();

    TextTable criteria({tr("Criterion"), tr("Weight")});
    for (const Criterion& c : t.criteria)
        criteria.addRow({c.name, QStringLiteral("%1%").arg(c.weight)});
    out += QLatin1Char('\n') + criteria.render();

    if (!t.clarifications.isEmpty()) {
        out += QLatin1Char('\n') + tr("Clarifications") + QLatin1Char('\n');
        for (const Clarification& c : t.clarifications)
            out += QStringLiteral("  %1  %2\n  -> %3\n")
                       .arg(when(c.askedAt), c.question,
                            c.answer.isEmpty() ? tr("(not answered yet)") : c.answer);
    }

    out += QLatin1Char('\n') +
           QCoreApplication::translate("td", "%n bid(s)", nullptr, int(t.bids.size())) +
           QLatin1Char('\n');
    if (t.bids.isEmpty())
        return out;
    TextTable bids({tr("Vendor"), tr("Lot"), tr("Price"), tr("Model"), tr("Accelerators"),
                    tr("Domestic"), tr("Status"), tr("Award")});
    bids.setMaxWidth(3, 32);
    bids.setMaxWidth(4, 44);
    QHash<qint64, int> lotNumbers;
    for (const Lot& lot : t.lots)
        lotNumbers.insert(lot.id, lot.number);
    for (const Bid& b : t.bids) {
        QStringList hardware;
        for (const HardwareLine& line : b.hardware)
            hardware.append(QStringLiteral("%1 x%2").arg(line.acceleratorModel).arg(line.count));
        const HardwareCheck check = checkHardware(b.hardware, t.hardwareRules, isDomestic);
        QString award;
        for (const Award& a : t.awards)
            if (a.bidId == b.id)
                award = nameOf(a.status);
        QString domestic = QStringLiteral("%1%").arg(qRound(check.domesticShare() * 100));
        if (!check.compliant())
            domestic += QStringLiteral(" !");
        bids.addRow({b.vendorName, QString::number(lotNumbers.value(b.lotId)),
                     b.totalPrice.toDisplayString(), b.modelOffered,
                     hardware.join(QStringLiteral(", ")), domestic, nameOf(b.status), award});
    }
    out += bids.render();
    return out;
}

} // namespace td
