#include "tenderjsonreader.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <limits>

namespace td::json {
namespace {

// lupdate files the tr() calls of this namespace under "td::json".
QString tr(const char* text)
{
    return QCoreApplication::translate("td::json", text);
}

// A JSON number as a double (NaN when the value is not a number).
double numberIn(const QJsonValue& v)
{
    return v.isDouble() ? v.toVariant().toReal() : std::numeric_limits<double>::quiet_NaN();
}

[[noreturn]] void wrong(const QString& field, const QString& expected)
{
    throw Error(tr("In the tender file, '%1' must be %2.").arg(field, expected));
}

QString text(const QJsonObject& o, const char* key, const QString& field, const QString& fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        wrong(field, tr("text"));
    return v.toString();
}

qint64 integer(const QJsonObject& o, const char* key, const QString& field, qint64 fallback,
               qint64 minimum, qint64 maximum)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const double d = numberIn(v);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(minimum) || d > double(maximum))
        wrong(field, tr("a whole number from %1 to %2").arg(minimum).arg(maximum));
    return qint64(d);
}

QDateTime time(const QJsonObject& o, const char* key, const QDateTime& fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !t.isValid() || t.timeSpec() == Qt::LocalTime)
        wrong(QString::fromLatin1(key),
              tr("a date and time with its offset, such as 2025-03-03T09:00:00+08:00"));
    return t.toUTC();
}

template <typename E> E code(const QJsonObject& o, const char* key, E fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (const auto parsed = parseCode<E>(v.toString()))
        return *parsed;
    QStringList codes;
    for (E e : Codes<E>::all())
        codes.append(codeOf(e));
    wrong(QString::fromLatin1(key), tr("one of %1").arg(codes.join(QStringLiteral(", "))));
}

QList<Lot> lots(const QJsonValue& value, const QString& currency)
{
    if (!value.isArray())
        wrong(QStringLiteral("lots"), tr("a list of lots"));
    QList<Lot> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("lots[%1]").arg(i);
        if (!array.at(i).isObject())
            wrong(field, tr("an object with a title and a budget"));
        const QJsonObject o = array.at(i).toObject();
        Lot lot;
        lot.number = int(integer(o, "number", field + QStringLiteral(".number"), i + 1, 1, 999));
        lot.title = text(o, "title", field + QStringLiteral(".title"), QString());
        lot.budget =
            o.contains(QLatin1String("budget"))
                ? readMoney(o.value(QLatin1String("budget")), field + QStringLiteral(".budget"))
                : Money(0, currency);
        out.append(lot);
    }
    return out;
}

QList<BidDocumentRequirement> bidDocuments(const QJsonValue& value)
{
    if (!value.isArray())
        wrong(QStringLiteral("bidDocuments"), tr("a list of required documents"));
    QList<BidDocumentRequirement> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("bidDocuments[%1]").arg(i);
        if (!array.at(i).isObject())
            wrong(field, tr("an object such as {\"kind\": \"technical\", \"mandatory\": true}"));
        const QJsonObject o = array.at(i).toObject();
        BidDocumentRequirement d;
        const std::optional<BidDocumentKind> kind =
            parseCode<BidDocumentKind>(o.value(QLatin1String("kind")).toString());
        if (!kind) {
            QStringList codes;
            for (BidDocumentKind k : Codes<BidDocumentKind>::all())
                codes.append(codeOf(k));
            wrong(field + QStringLiteral(".kind"),
                  tr("one of %1").arg(codes.join(QStringLiteral(", "))));
        }
        d.kind = *kind;
        d.title = text(o, "title", field + QStringLiteral(".title"), QString());
        const QJsonValue mandatory = o.value(QLatin1String("mandatory"));
        if (!mandatory.isUndefined() && !mandatory.isBool())
            wrong(field + QStringLiteral(".mandatory"), tr("true or false"));
        d.mandatory = mandatory.toBool(true);
        out.append(d);
    }
    return out;
}

// A criterion without a name keeps the name that `base` gives its code (a file that only
// changes weights keeps the template's names), else takes its code.
QList<Criterion> criteria(const QJsonValue& value, const QList<Criterion>& base)
{
    if (!value.isArray())
        wrong(QStringLiteral("criteria"), tr("a list of criteria"));
    QList<Criterion> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("criteria[%1]").arg(i);
        const QJsonObject o = array.at(i).toObject();
        Criterion c;
        c.code = text(o, "code", field + QStringLiteral(".code"), QString());
        QString knownName = c.code;
        for (const Criterion& b : base)
            if (b.code == c.code)
                knownName = b.name;
        c.name = text(o, "name", field + QStringLiteral(".name"), knownName);
        c.weight = int(integer(o, "weight", field + QStringLiteral(".weight"), -1, 0, 100));
        if (c.code.isEmpty() || c.weight < 0)
            wrong(field, tr("an object with a code and a weight from 0 to 100"));
        out.append(c);
    }
    return out;
}

} // namespace

Money readMoney(const QJsonValue& value, const QString& field)
{
    const QJsonObject o = value.toObject();
    const QString currency = o.value(QLatin1String("currency")).toString(QStringLiteral("CNY"));
    const QJsonValue amount = o.value(QLatin1String("amount"));
    // Amounts are strings so that no reader turns them into floating point; whole numbers
    // written as JSON numbers are accepted too.
    const QString digits = amount.isDouble() && numberIn(amount) == double(qint64(numberIn(amount)))
                               ? QString::number(qint64(numberIn(amount)))
                               : amount.toString();
    const std::optional<Money> money = Money::parse(digits, currency);
    if (!value.isObject() || currency.size() != 3 || !money)
        wrong(field, tr("an amount such as {\"amount\": \"1200000.00\", \"currency\": \"CNY\"}"));
    return *money;
}

Tender readTender(const QJsonObject& o, Tender t)
{
    t.reference = text(o, "reference", QStringLiteral("reference"), t.reference);
    t.title = text(o, "title", QStringLiteral("title"), t.title);
    t.description = text(o, "description", QStringLiteral("description"), t.description);
    t.category = code<TenderCategory>(o, "category", t.category);
    t.purchaseKind = code<PurchaseKind>(o, "purchaseKind", t.purchaseKind);
    t.method = code<ProcurementMethod>(o, "procurementMethod", t.method);
    t.timeZone = text(o, "timeZone", QStringLiteral("timeZone"), t.timeZone);
    if (!QTimeZone(t.timeZone.toUtf8()).isValid())
        wrong(QStringLiteral("timeZone"), tr("an IANA time zone such as Asia/Shanghai"));
    if (o.contains(QLatin1String("budgetCeiling")))
        t.budgetCeiling =
            readMoney(o.value(QLatin1String("budgetCeiling")), QStringLiteral("budgetCeiling"));
    t.publishedAt = time(o, "publishedAt", t.publishedAt);
    t.clarificationDeadline = time(o, "clarificationDeadline", t.clarificationDeadline);
    t.bidDeadline = time(o, "bidDeadline", t.bidDeadline);
    t.openingAt = time(o, "openingAt", t.openingAt);
    t.benchmarkSuite =
        text(o, "benchmarkSuite", QStringLiteral("benchmarkSuite"), t.benchmarkSuite);
    if (o.contains(QLatin1String("hardwareRules"))) {
        const QJsonObject rules = o.value(QLatin1String("hardwareRules")).toObject();
        t.hardwareRules.minimumDomesticSharePercent =
            int(integer(rules, "minimumDomesticSharePercent",
                        QStringLiteral("hardwareRules.minimumDomesticSharePercent"),
                        t.hardwareRules.minimumDomesticSharePercent, 0, 100));
        if (rules.contains(QLatin1String("excludedModels"))) {
            t.hardwareRules.excludedModels.clear();
            for (const QJsonValue& model : rules.value(QLatin1String("excludedModels")).toArray())
                t.hardwareRules.excludedModels.append(model.toString());
        }
    }
    if (o.contains(QLatin1String("workload"))) {
        const QJsonObject w = o.value(QLatin1String("workload")).toObject();
        Workload& to = t.workload;
        to.contractedTokensPerYear = integer(
            w, "contractedTokensPerYear", QStringLiteral("workload.contractedTokensPerYear"),
            to.contractedTokensPerYear, 0, std::numeric_limits<qint64>::max() / 2);
        to.concurrentUsers =
            int(integer(w, "concurrentUsers", QStringLiteral("workload.concurrentUsers"),
                        to.concurrentUsers, 0, 10'000'000));
        to.peakConcurrentRequests = int(integer(w, "peakConcurrentRequests",
                                                QStringLiteral("workload.peakConcurrentRequests"),
                                                to.peakConcurrentRequests, 0, 10'000'000));
        to.sloTimeToFirstTokenMs = int(integer(w, "sloTimeToFirstTokenMs",
                                               QStringLiteral("workload.sloTimeToFirstTokenMs"),
                                               to.sloTimeToFirstTokenMs, 0, 600'000));
        to.sloTimePerOutputTokenMs = int(integer(w, "sloTimePerOutputTokenMs",
                                                 QStringLiteral("workload.sloTimePerOutputTokenMs"),
                                                 to.sloTimePerOutputTokenMs, 0, 60'000));
        const QJsonValue availability = w.value(QLatin1String("sloAvailabilityPercent"));
        if (!availability.isUndefined()) {
            if (!availability.isDouble() || numberIn(availability) <= 0 ||
                numberIn(availability) > 100)
                wrong(QStringLiteral("workload.sloAvailabilityPercent"), tr("a percentage"));
            to.sloAvailabilityPercent = numberIn(availability);
        }
    }
    if (o.contains(QLatin1String("lots")))
        t.lots = lots(o.value(QLatin1String("lots")), t.budgetCeiling.currency());
    if (o.contains(QLatin1String("criteria")))
        t.criteria = criteria(o.value(QLatin1String("criteria")), t.criteria);
    if (o.contains(QLatin1String("bidDocuments")))
        t.bidDocuments = bidDocuments(o.value(QLatin1String("bidDocuments")));
    return t;
}

} // namespace td::json
