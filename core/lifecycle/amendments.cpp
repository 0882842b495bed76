#include "amendments.h"

#include <QTimeZone>

namespace td::amendments {
namespace {

QString timeText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString moneyText(const Money& m)
{
    return m.toPlainString() + QLatin1Char(' ') + m.currency();
}

// Collects the differences of one tender pair, field by field.
class Differ
{
public:
    void text(const QString& field, const QString& before, const QString& after)
    {
        if (before != after)
            m_changes.append({field, before, after});
    }
    void number(const QString& field, qint64 before, qint64 after)
    {
        text(field, QString::number(before), QString::number(after));
    }
    void decimal(const QString& field, double before, double after)
    {
        text(field, QString::number(before), QString::number(after));
    }
    void time(const QString& field, const QDateTime& before, const QDateTime& after)
    {
        text(field, timeText(before), timeText(after));
    }
    void money(const QString& field, const Money& before, const Money& after)
    {
        text(field, moneyText(before), moneyText(after));
    }
    QList<FieldChange> take() { return std::move(m_changes); }

private:
    QList<FieldChange> m_changes;
};

void diffLots(Differ& d, const QList<Lot>& before, const QList<Lot>& after)
{
    const auto find = [](const QList<Lot>& lots, int number) -> const Lot* {
        for (const Lot& lot : lots)
            if (lot.number == number)
                return &lot;
        return nullptr;
    };
    for (const Lot& b : before) {
        const QString name = QStringLiteral("lots[%1]").arg(b.number);
        const Lot* a = find(after, b.number);
        if (!a) {
            d.text(name, b.title + QLatin1String(" / ") + moneyText(b.budget), QString());
            continue;
        }
        d.text(name + QLatin1String(".title"), b.title, a->title);
        d.money(name + QLatin1String(".budget"), b.budget, a->budget);
    }
    for (const Lot& a : after)
        if (!find(before, a.number))
            d.text(QStringLiteral("lots[%1]").arg(a.number), QString(),
                   a.title + QLatin1String(" / ") + moneyText(a.budget));
}

void diffCriteria(Differ& d, const QList<Criterion>& before, const QList<Criterion>& after)
{
    const auto find = [](const QList<Criterion>& list, const QString& code) -> const Criterion* {
        for (const Criterion& c : list)
            if (c.code == code)
                return &c;
        return nullptr;
    };
    for (const Criterion& b : before) {
        const QString name = QStringLiteral("criteria[%1]").arg(b.code);
        const Criterion* a = find(after, b.code);
        if (!a) {
            d.text(name, QStringLiteral("%1 %2%").arg(b.name).arg(b.weight), QString());
            continue;
        }
        d.text(name + QLatin1String(".name"), b.name, a->name);
        d.number(name + QLatin1String(".weight"), b.weight, a->weight);
    }
    for (const Criterion& a : after)
        if (!find(before, a.code))
            d.text(QStringLiteral("criteria[%1]").arg(a.code), QString(),
                   QStringLiteral("%1 %2%").arg(a.name).arg(a.weight));
}

// The required documents as one line each (kind, title, mandatory or not): a bidder reads
// what was asked before and what is asked now.
QString bidDocumentsText(const QList<BidDocumentRequirement>& documents)
{
    QStringList lines;
    for (const BidDocumentRequirement& d : documents)
        lines.append(
            QStringLiteral("%1 %2 (%3)")
                .arg(codeOf(d.kind), d.title,
                     d.mandatory ? QStringLiteral("mandatory") : QStringLiteral("optional"))
                .simplified());
    return lines.join(QStringLiteral("; "));
}

bool movesLater(const FieldChange& c)
{
    const QDateTime before = QDateTime::fromString(c.before, Qt::ISODate);
    const QDateTime after = QDateTime::fromString(c.after, Qt::ISODate);
    return before.isValid() && after.isValid() && after > before;
}

} // namespace

QList<FieldChange> changes(const Tender& b, const Tender& a)
{
    Differ d;
    d.text(QStringLiteral("reference"), b.reference, a.reference);
    d.number(QStringLiteral("buyer"), b.buyerId, a.buyerId);
    d.text(QStringLiteral("status"), codeOf(b.status), codeOf(a.status));
    d.text(QStringLiteral("title"), b.title, a.title);
    d.text(QStringLiteral("category"), codeOf(b.category), codeOf(a.category));
    d.text(QStringLiteral("purchaseKind"), codeOf(b.purchaseKind), codeOf(a.purchaseKind));
    d.text(QStringLiteral("procurementMethod"), codeOf(b.method), codeOf(a.method));
    d.text(QStringLiteral("description"), b.description, a.description);
    d.money(QStringLiteral("budgetCeiling"), b.budgetCeiling, a.budgetCeiling);
    d.text(QStringLiteral("timeZone"), b.timeZone, a.timeZone);
    d.time(QStringLiteral("publishedAt"), b.publishedAt, a.publishedAt);
    d.time(QStringLiteral("clarificationDeadline"), b.clarificationDeadline,
           a.clarificationDeadline);
    d.time(QStringLiteral("bidDeadline"), b.bidDeadline, a.bidDeadline);
    d.time(QStringLiteral("openingAt"), b.openingAt, a.openingAt);
    d.number(QStringLiteral("minimumDomesticSharePercent"),
             b.hardwareRules.minimumDomesticSharePercent,
             a.hardwareRules.minimumDomesticSharePercent);
    QStringList excludedBefore = b.hardwareRules.excludedModels;
    QStringList excludedAfter = a.hardwareRules.excludedModels;
    excludedBefore.sort();
    excludedAfter.sort();
    d.text(QStringLiteral("excludedModels"), excludedBefore.join(QStringLiteral(", ")),
           excludedAfter.join(QStringLiteral(", ")));
    d.number(QStringLiteral("contractedTokensPerYear"), b.workload.contractedTokensPerYear,
             a.workload.contractedTokensPerYear);
    d.number(QStringLiteral("concurrentUsers"), b.workload.concurrentUsers,
             a.workload.concurrentUsers);
    d.number(QStringLiteral("peakConcurrentRequests"), b.workload.peakConcurrentRequests,
             a.workload.peakConcurrentRequests);
    d.number(QStringLiteral("sloTimeToFirstTokenMs"), b.workload.sloTimeToFirstTokenMs,
             a.workload.sloTimeToFirstTokenMs);
    d.number(QStringLiteral("sloTimePerOutputTokenMs"), b.workload.sloTimePerOutputTokenMs,
             a.workload.sloTimePerOutputTokenMs);
    d.decimal(QStringLiteral("sloAvailabilityPercent"), b.workload.sloAvailabilityPercent,
              a.workload.sloAvailabilityPercent);
    d.text(QStringLiteral("benchmarkSuite"), b.benchmarkSuite, a.benchmarkSuite);
    diffLots(d, b.lots, a.lots);
    diffCriteria(d, b.criteria, a.criteria);
    d.text(QStringLiteral("bidDocuments"), bidDocumentsText(b.bidDocuments),
           bidDocumentsText(a.bidDocuments));
    return d.take();
}

bool isMaterial(const FieldChange& c)
{
    if (c.field == QLatin1String("title"))
        return false;
    if (c.field == QLatin1String("bidDeadline") || c.field == QLatin1String("openingAt") ||
        c.field == QLatin1String("clarificationDeadline"))
        return !movesLater(c);
    return true;
}

bool isMaterial(const QList<FieldChange>& changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const FieldChange& c) { return isMaterial(c); });
}

const FieldChange* forbiddenChange(const QList<FieldChange>& changes)
{
    for (const FieldChange& c : changes)
        if (c.field == QLatin1String("reference") || c.field == QLatin1String("buyer") ||
            c.field == QLatin1String("status") || c.field == QLatin1String("publishedAt"))
            return &c;
    return nullptr;
}

QList<FieldChange> extendDeadlines(Tender& t, const QDateTime& now)
{
    const QDateTime earliest = now.addDays(minimumDaysAfterMaterialChange);
    if (!t.bidDeadline.isValid() || t.bidDeadline >= earliest)
        return {};
    // Same local time of day as the buyer chose, on the first day that leaves enough time.
    const QTimeZone zone(t.timeZone.toUtf8());
    const QDateTime local = t.bidDeadline.toTimeZone(zone);
    QDateTime moved(earliest.toTimeZone(zone).date(), local.time(), zone);
    if (moved < earliest)
        moved = moved.addDays(1);
    moved = moved.toUTC();
    const qint64 openingGap = t.openingAt.isValid() ? t.bidDeadline.secsTo(t.openingAt) : 0;
    QList<FieldChange> made{
        {QStringLiteral("bidDeadline"), timeText(t.bidDeadline), timeText(moved)}};
    t.bidDeadline = moved;
    if (t.openingAt.isValid()) {
        const QDateTime opening = moved.addSecs(openingGap);
        made.append({QStringLiteral("openingAt"), timeText(t.openingAt), timeText(opening)});
        t.openingAt = opening;
    }
    return made;
}

} // namespace td::amendments
