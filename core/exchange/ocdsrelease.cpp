#include "ocdsrelease.h"

#include "domain/error.h"
#include "ocdstext.h"
#include "tenderjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <charconv>
#include <stdexcept>
#include <string>

namespace td::ocds {
namespace {

// Up to 10^15 minor units, every amount has at most 15 significant digits, which a double holds
// and writes back exactly (Qt writes the shortest text that reads back as the same double).
constexpr qint64 exactMinorUnitsLimit = 1'000'000'000'000'000;

// OCDS omits what is unknown: no empty strings, no null times.
void putText(QJsonObject& o, const QString& key, const QString& text)
{
    if (!text.isEmpty())
        o.insert(key, text);
}

// An RFC 3339 UTC time ("2025-06-02T01:00:00Z"), or nothing when the time is not set or has a
// year that RFC 3339 cannot write.
void putTime(QJsonObject& o, const QString& key, const QDateTime& time)
{
    if (!time.isValid())
        return;
    const QDateTime utc = time.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return;
    o.insert(key, utc.toString(Qt::ISODate));
}

void putObject(QJsonObject& o, const QString& key, const QJsonObject& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putMoney(QJsonObject& o, const QString& key, const Money& amount)
{
    if (amount.isValid())
        o.insert(key, value(amount));
}

QJsonObject period(const QDateTime& start, const QDateTime& end)
{
    QJsonObject p;
    putTime(p, QStringLiteral("startDate"), start);
    putTime(p, QStringLiteral("endDate"), end);
    return p;
}

QJsonObject buyerParty(const Organization& o)
{
    QJsonObject party{{QStringLiteral("id"), partyId(o)},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("buyer")}}};
    putText(party, QStringLiteral("name"), o.name);
    putText(party, QStringLiteral("name_en"), o.nameEnglish);
    if (!o.uscc.isEmpty()) {
        QJsonObject identifier{{QStringLiteral("scheme"), QStringLiteral("CN-USCC")},
                               {QStringLiteral("id"), o.uscc}};
        putText(identifier, QStringLiteral("legalName"), o.name);
        putText(identifier, QStringLiteral("legalName_en"), o.nameEnglish);
        party.insert(QStringLiteral("identifier"), identifier);
    }
    QJsonObject address;
    putText(address, QStringLiteral("locality"), o.city);
    putObject(party, QStringLiteral("address"), address);
    return party;
}

QString milestoneStatus(TenderStatus status)
{
    switch (status) {
    case TenderStatus::Draft:
    case TenderStatus::Published:
    case TenderStatus::Tendering:
    case TenderStatus::BidDeadlinePassed:
        return QStringLiteral("scheduled");
    case TenderStatus::Opened:
    case TenderStatus::Evaluated:
    case TenderStatus::Awarded:
    case TenderStatus::Complete:
    case TenderStatus::Unsuccessful: // judged on the bids, so after they were opened
        return QStringLiteral("met");
    case TenderStatus::Cancelled: // before or after the opening: the tender does not say
        break;
    }
    return QString();
}

QJsonArray milestones(const Tender& t, text::Language language)
{
    if (!t.openingAt.isValid())
        return {};
    QJsonObject opening{{QStringLiteral("id"), QStringLiteral("bidOpening")},
                        {QStringLiteral("title"), text::bidOpeningTitle(language)},
                        {QStringLiteral("type"), QStringLiteral("engagement")},
                        {QStringLiteral("code"), QStringLiteral("bidOpening")}};
    putTime(opening, QStringLiteral("dueDate"), t.openingAt);
    putText(opening, QStringLiteral("status"), milestoneStatus(t.status));
    return {opening};
}

// Lots extension: a lot is known by its number within the tender, which stays the same from
// one release to the next.
QJsonArray lots(const Tender& t)
{
    QJsonArray out;
    for (const Lot& lot : t.lots) {
        QJsonObject o{{QStringLiteral("id"), QString::number(lot.number)}};
        putText(o, QStringLiteral("title"), lot.title);
        putMoney(o, QStringLiteral("value"), lot.budget);
        out.append(o);
    }
    return out;
}

// Enquiries extension: answered questions only, and never who asked (no `author`).
QJsonArray enquiries(const Tender& t)
{
    QJsonArray out;
    for (qsizetype i = 0; i < t.clarifications.size(); ++i) {
        const Clarification& c = t.clarifications.at(i);
        if (c.answer.trimmed().isEmpty())
            continue;
        // Questions are numbered in the order they were asked (the order the reader gives);
        // the buyer's list shows the same numbers, and later questions never renumber them.
        QJsonObject o{{QStringLiteral("id"), QString::number(i + 1)},
                      {QStringLiteral("answer"), c.answer}};
        putTime(o, QStringLiteral("date"), c.askedAt);
        const QString question = c.question.trimmed();
        const QString subject = question.section(QLatin1Char('\n'), 0, 0).trimmed();
        putText(o, QStringLiteral("title"),
                subject.size() > 80 ? subject.left(79) + QStringLiteral("…") : subject);
        putText(o, QStringLiteral("description"), question);
        putTime(o, QStringLiteral("dateAnswered"), c.answeredAt);
        out.append(o);
    }
    return out;
}

QJsonArray amendments(const QList<Amendment>& list, text::Language language)
{
    QJsonArray out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Amendment& a = list.at(i);
        QJsonObject o{{QStringLiteral("id"), QString::number(i + 1)}};
        putTime(o, QStringLiteral("date"), a.date);
        putText(o, QStringLiteral("rationale"), a.rationale);
        putText(o, QStringLiteral("description"), text::amendmentDescription(language, a.changes));
        putText(o, QStringLiteral("amendsReleaseID"), a.amendsReleaseId);
        putText(o, QStringLiteral("releaseID"), a.releaseId);
        out.append(o);
    }
    return out;
}

bool isPriceOnly(const QList<Criterion>& criteria)
{
    return criteria.size() == 1 && criteria.first().code == QLatin1String("price");
}

// What OCDS has no field for, in TenderDesk's own codes, for readers that know them.
QJsonObject tenderDeskExtension(const Tender& t)
{
    QJsonArray criteria;
    for (const Criterion& c : t.criteria) {
        QJsonObject o{{QStringLiteral("code"), c.code}, {QStringLiteral("weight"), c.weight}};
        putText(o, QStringLiteral("name"), c.name);
        criteria.append(o);
    }
    // The same shapes as TenderDesk's own JSON, so one reader understands both.
    QJsonObject out{{QStringLiteral("category"), codeOf(t.category)},
                    {QStringLiteral("purchaseKind"), codeOf(t.purchaseKind)},
                    {QStringLiteral("procurementMethod"), codeOf(t.method)},
                    {QStringLiteral("status"), codeOf(t.status)},
                    {QStringLiteral("criteria"), criteria},
                    {QStringLiteral("hardwareRules"), json::hardwareRules(t.hardwareRules)},
                    {QStringLiteral("workload"), json::workload(t.workload)}};
    putText(out, QStringLiteral("timeZone"), t.timeZone);
    putText(out, QStringLiteral("benchmarkSuite"), t.benchmarkSuite);
    return out;
}

QJsonObject tenderSection(const Tender& t, const ReleaseContext& context)
{
    const text::Language language = text::languageOf(context.language);
    QJsonObject o{
        {QStringLiteral("id"), t.reference},
        {QStringLiteral("status"), ocdsTenderStatus(t.status)},
        {QStringLiteral("procurementMethod"), ocdsProcurementMethod(t.method)},
        {QStringLiteral("procurementMethodDetails"),
         text::procurementMethodDetails(language, t.method)},
        {QStringLiteral("mainProcurementCategory"), ocdsMainProcurementCategory(t.purchaseKind)},
        {QStringLiteral("submissionMethod"), QJsonArray{QStringLiteral("electronicSubmission")}},
        {QStringLiteral("hasEnquiries"), !t.clarifications.isEmpty()},
        {QStringLiteral("tenderdesk"), tenderDeskExtension(t)}};
    const QStringList additional = ocdsAdditionalProcurementCategories(t.purchaseKind);
    if (!additional.isEmpty())
        o.insert(QStringLiteral("additionalProcurementCategories"),
                 QJsonArray::fromStringList(additional));
    putText(o, QStringLiteral("title"), t.title);
    putText(o, QStringLiteral("description"), t.description);
    putMoney(o, QStringLiteral("value"), t.budgetCeiling);
    putObject(o, QStringLiteral("tenderPeriod"), period(t.publishedAt, t.bidDeadline));
    putObject(o, QStringLiteral("enquiryPeriod"), period(t.publishedAt, t.clarificationDeadline));
    if (!t.criteria.isEmpty()) {
        const bool priceOnly = isPriceOnly(t.criteria);
        o.insert(QStringLiteral("awardCriteria"),
                 priceOnly ? QStringLiteral("priceOnly") : QStringLiteral("ratedCriteria"));
        o.insert(QStringLiteral("awardCriteriaDetails"),
                 text::awardCriteriaDetails(language, priceOnly, t.criteria));
    }
    putText(o, QStringLiteral("eligibilityCriteria"),
            text::eligibilityCriteria(language, t.hardwareRules, t.workload, t.benchmarkSuite));
    if (!context.sealingKeyFingerprint.isEmpty())
        o.insert(QStringLiteral("submissionMethodDetails"),
                 text::submissionMethodDetails(language, context.sealingKeyFingerprint));
    const QJsonArray opening = milestones(t, language);
    if (!opening.isEmpty())
        o.insert(QStringLiteral("milestones"), opening);
    if (!t.lots.isEmpty())
        o.insert(QStringLiteral("lots"), lots(t));
    const QJsonArray answered = enquiries(t);
    if (!answered.isEmpty())
        o.insert(QStringLiteral("enquiries"), answered);
    if (!context.amendments.isEmpty())
        o.insert(QStringLiteral("amendments"), amendments(context.amendments, language));
    return o;
}

} // namespace

QString partyId(const Organization& o)
{
    if (!o.uscc.isEmpty())
        return QStringLiteral("CN-USCC-") + o.uscc;
    return o.id > 0 ? QStringLiteral("TD-ORG-%1").arg(o.id) : QString();
}

QString ocidPrefix()
{
    return QStringLiteral("ocds-tdesk1");
}

QString ocid(const QString& reference)
{
    return ocidPrefix() + QLatin1Char('-') + reference;
}

QString releaseId(const QString& reference, int number)
{
    return ocid(reference) + QLatin1Char('-') +
           QString::number(number).rightJustified(3, QLatin1Char('0'));
}

QString releaseTag(ReleaseKind kind)
{
    switch (kind) {
    case ReleaseKind::Publication:
        break;
    case ReleaseKind::Amendment:
        return QStringLiteral("tenderAmendment");
    case ReleaseKind::Clarification:
    case ReleaseKind::Unsuccessful:
    case ReleaseKind::Opening:
        return QStringLiteral("tenderUpdate");
    case ReleaseKind::Cancellation:
        return QStringLiteral("tenderCancellation");
    case ReleaseKind::Award:
        return QStringLiteral("award");
    }
    return QStringLiteral("tender");
}

QJsonObject value(const Money& amount)
{
    if (amount.minorUnits() >= exactMinorUnitsLimit || amount.minorUnits() <= -exactMinorUnitsLimit)
        throw Error(QCoreApplication::translate(
                        "td::ocds", "%1 is too large to publish exactly in an OCDS release. Check "
                                    "the amount: OCDS amounts must stay below %2.")
                        .arg(amount.toDisplayString(),
                             Money(exactMinorUnitsLimit, amount.currency()).toDisplayString()));
    // The decimal text is the exact amount; from_chars gives the double nearest to it, in any
    // locale.
    const std::string text = amount.toPlainString().toStdString();
    double major = 0;
    std::from_chars(text.data(), text.data() + text.size(), major);
    return {{QStringLiteral("amount"), major}, {QStringLiteral("currency"), amount.currency()}};
}

QJsonObject tenderRelease(const Tender& tender, const ReleaseContext& context)
{
    if (tender.reference.isEmpty())
        throw std::invalid_argument("a tender release needs the tender's reference");
    QJsonObject release{{QStringLiteral("ocid"), ocid(tender.reference)},
                        {QStringLiteral("id"), releaseId(tender.reference, context.number)},
                        {QStringLiteral("tag"), QJsonArray{releaseTag(context.kind)}},
                        {QStringLiteral("initiationType"), QStringLiteral("tender")},
                        {QStringLiteral("tender"), tenderSection(tender, context)}};
    putTime(release, QStringLiteral("date"), context.date);
    if (!release.contains(QLatin1String("date")))
        throw std::invalid_argument("a tender release needs a valid date");
    putText(release, QStringLiteral("language"), context.language);

    Organization buyer = context.buyer;
    if (buyer.name.isEmpty())
        buyer.name = tender.buyerName;
    if (buyer.id == 0)
        buyer.id = tender.buyerId;
    const QString buyerId = partyId(buyer);
    if (!buyerId.isEmpty()) {
        release.insert(QStringLiteral("parties"), QJsonArray{buyerParty(buyer)});
        QJsonObject reference{{QStringLiteral("id"), buyerId}};
        putText(reference, QStringLiteral("name"), buyer.name);
        release.insert(QStringLiteral("buyer"), reference);
    }
    // Whoever holds the release file holds an anchor of the audit log.
    if (context.auditHead.isValid())
        release.insert(
            QStringLiteral("tenderdesk"),
            QJsonObject{{QStringLiteral("auditHead"),
                         QJsonObject{{QStringLiteral("seq"), context.auditHead.seq},
                                     {QStringLiteral("hash"), context.auditHead.hash}}}});
    return release;
}

} // namespace td::ocds
