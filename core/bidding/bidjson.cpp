#include "bidjson.h"

#include "exchange/tenderjson.h"
#include "exchange/tenderjsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace td::bidjson {
namespace {

// lupdate files the tr() calls of this namespace under "td::bidjson".
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("td::bidjson", text, disambiguation, n);
}

QString child(const QString& parent, const char* key)
{
    const QString k = QString::fromLatin1(key);
    return parent.isEmpty() ? k : parent + QLatin1Char('.') + k;
}

QString item(const QString& parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

template <typename E> QString codesOf()
{
    QStringList codes;
    for (E e : Codes<E>::all())
        codes.append(codeOf(e));
    return codes.join(QStringLiteral(", "));
}

// Reads field by field and notes every problem instead of stopping at the first, so that the
// vendor sees them all; read() throws them together at the end.
class Reader
{
public:
    explicit Reader(const QList<Accelerator>* catalog)
        : m_catalog(catalog)
    {}

    BidContent bid(const QJsonObject& o)
    {
        unknownKeys(o, QString(),
                    {"format", "tender", "lot", "totalPrice", "breakdown", "pricePerMillionTokens",
                     "model", "deliversHardware", "hardware", "declaredBenchmarks",
                     "projectManager", "securityAccount", "documents"});
        BidContent b;
        const QJsonValue format = o.value(QLatin1String("format"));
        if (format.toString() != QLatin1String(BidContent::format))
            wrong(QStringLiteral("format"),
                  tr("must be \"%1\"").arg(QLatin1String(BidContent::format)));
        b.tenderReference = text(o, "tender", QString(), true);
        b.lot = int(integer(o, "lot", QString(), 1, 1, 999));
        b.totalPrice = money(o, "totalPrice", QString(), true).value_or(Money());
        b.breakdown = breakdown(o.value(QLatin1String("breakdown")));
        b.pricePerMillionTokens = money(o, "pricePerMillionTokens", QString(), false);
        b.model = model(o.value(QLatin1String("model")));
        const QJsonValue delivers = o.value(QLatin1String("deliversHardware"));
        if (!delivers.isUndefined() && !delivers.isBool())
            wrong(QStringLiteral("deliversHardware"), tr("must be true or false"));
        b.deliversHardware = delivers.toBool(true);
        b.hardware = hardware(o.value(QLatin1String("hardware")));
        b.declaredBenchmarks = benchmarks(o.value(QLatin1String("declaredBenchmarks")));
        b.projectManager = text(o, "projectManager", QString(), false);
        b.securityAccount = text(o, "securityAccount", QString(), false);
        b.documents = documents(o.value(QLatin1String("documents")));
        return b;
    }

    const QList<FieldProblem>& problems() const { return m_problems; }

private:
    void wrong(const QString& field, const QString& message)
    {
        m_problems.append({field, message});
    }

    void unknownKeys(const QJsonObject& o, const QString& parent,
                     std::initializer_list<const char*> known)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            bool isKnown = false;
            for (const char* k : known)
                isKnown = isKnown || it.key() == QLatin1String(k);
            if (!isKnown)
                wrong(parent.isEmpty() ? it.key() : parent + QLatin1Char('.') + it.key(),
                      tr("is not a field of a bid; check its spelling"));
        }
    }

    QJsonObject object(const QJsonValue& v, const QString& field)
    {
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            wrong(field, tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonValue& v, const QString& field)
    {
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrong(field, tr("must be a list"));
        return v.toArray();
    }

    QString text(const QJsonObject& o, const char* key, const QString& parent, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = child(parent, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                wrong(field, tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            wrong(field, tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            wrong(field, tr("must not be empty"));
        return v.toString().trimmed();
    }

    double number(const QJsonObject& o, const char* key, const QString& parent, double maximum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > maximum) {
            wrong(child(parent, key), tr("must be a number from 0 to %1").arg(maximum));
            return 0;
        }
        return d;
    }

    qint64 integer(const QJsonObject& o, const char* key, const QString& parent, qint64 fallback,
                   qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < double(minimum) || d > double(maximum)) {
            wrong(child(parent, key),
                  tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return qint64(d);
    }

    std::optional<Money> money(const QJsonObject& o, const char* key, const QString& parent,
                               bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString field = child(parent, key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                wrong(field, tr("is missing"));
            return std::nullopt;
        }
        try {
            const Money m = json::readMoney(v, field);
            if (m.minorUnits() < 0) {
                wrong(field, tr("must not be negative"));
                return std::nullopt;
            }
            return m;
        } catch (const Error&) {
            // The reader's own sentence speaks of a tender file; a bid says it its own way.
            wrong(field, tr("must be an amount such as {\"amount\": \"1200000.00\", "
                            "\"currency\": \"CNY\"}"));
            return std::nullopt;
        }
    }

    template <typename E> E code(const QJsonObject& o, const char* key, const QString& parent)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (const std::optional<E> parsed = parseCode<E>(v.toString()); parsed && v.isString())
            return *parsed;
        wrong(child(parent, key), tr("must be one of %1").arg(codesOf<E>()));
        return Codes<E>::all().constLast();
    }

    QList<PriceItem> breakdown(const QJsonValue& value)
    {
        const QString field = QStringLiteral("breakdown");
        QList<PriceItem> out;
        const QJsonArray lines = array(value, field);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString at = item(field, i);
            const QJsonObject o = object(lines.at(i), at);
            unknownKeys(o, at, {"kind", "label", "amount"});
            PriceItem p;
            p.kind = code<PriceItemKind>(o, "kind", at);
            p.label = text(o, "label", at, false);
            p.amount = money(o, "amount", at, true).value_or(Money());
            out.append(p);
        }
        return out;
    }

    ModelOffer model(const QJsonValue& value)
    {
        const QString field = QStringLiteral("model");
        const QJsonObject o = object(value, field);
        unknownKeys(o, field, {"family", "version", "parameters", "licence", "quantisation"});
        ModelOffer m;
        m.family = text(o, "family", field, false);
        m.version = text(o, "version", field, false);
        m.parameters = text(o, "parameters", field, false);
        m.licence = text(o, "licence", field, false);
        m.quantisation = text(o, "quantisation", field, false);
        return m;
    }

    // The catalog's spelling of `name`, or empty when the catalog has no such model.
    QString catalogModel(const QString& name) const
    {
        for (const Accelerator& a : *m_catalog)
            if (a.model.compare(name, Qt::CaseInsensitive) == 0)
                return a.model;
        return {};
    }

    QList<HardwareLine> hardware(const QJsonValue& value)
    {
        const QString field = QStringLiteral("hardware");
        QList<HardwareLine> out;
        const QJsonArray lines = array(value, field);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString at = item(field, i);
            const QJsonObject o = object(lines.at(i), at);
            unknownKeys(o, at, {"accelerator", "count"});
            HardwareLine line;
            line.acceleratorModel = text(o, "accelerator", at, true);
            line.count = int(integer(o, "count", at, 0, 1, 1'000'000));
            if (!o.contains(QLatin1String("count")))
                wrong(child(at, "count"), tr("is missing"));
            if (m_catalog && !line.acceleratorModel.isEmpty()) {
                const QString known = catalogModel(line.acceleratorModel);
                if (known.isEmpty())
                    wrong(child(at, "accelerator"),
                          tr("\"%1\" is not in the accelerator catalog; choose one of its "
                             "models or add it to the catalog first")
                              .arg(line.acceleratorModel));
                else
                    line.acceleratorModel = known;
            }
            out.append(line);
        }
        return out;
    }

    DeclaredBenchmarks benchmarks(const QJsonValue& value)
    {
        const QString field = QStringLiteral("declaredBenchmarks");
        const QJsonObject o = object(value, field);
        unknownKeys(o, field,
                    {"accuracyPercent", "outputTokensPerSecond", "ttftP95Ms", "tpotP95Ms"});
        DeclaredBenchmarks d;
        d.accuracyPercent = number(o, "accuracyPercent", field, 100);
        d.outputTokensPerSecond = number(o, "outputTokensPerSecond", field, 1e12);
        d.ttftP95Ms = int(integer(o, "ttftP95Ms", field, 0, 0, 600'000));
        d.tpotP95Ms = int(integer(o, "tpotP95Ms", field, 0, 0, 60'000));
        return d;
    }

    QList<BidDocumentRef> documents(const QJsonValue& value)
    {
        const QString field = QStringLiteral("documents");
        QList<BidDocumentRef> out;
        const QJsonArray list = array(value, field);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = item(field, i);
            const QJsonObject o = object(list.at(i), at);
            unknownKeys(o, at, {"kind", "path", "file", "bytes", "sha256"});
            BidDocumentRef d;
            d.kind = code<BidDocumentKind>(o, "kind", at);
            d.path = text(o, "path", at, false);
            d.file = text(o, "file", at, false);
            d.bytes = integer(o, "bytes", at, 0, 0, qint64(1) << 50);
            d.sha256 = text(o, "sha256", at, false);
            if (!d.sha256.isEmpty() &&
                (d.sha256.size() != 64 ||
                 QByteArray::fromHex(d.sha256.toLatin1()).toHex() != d.sha256.toLatin1()))
                wrong(child(at, "sha256"), tr("must be 64 lower-case hexadecimal digits"));
            out.append(d);
        }
        return out;
    }

    const QList<Accelerator>* m_catalog;
    QList<FieldProblem> m_problems;
};

QString listed(const QList<FieldProblem>& problems)
{
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines.append(
            tr("'%1' %2").arg(p.field.isEmpty() ? QStringLiteral("BID.json") : p.field, p.message));
    return tr("The bid file has %n problem(s); fix them and try again: %1", nullptr,
              int(problems.size()))
        .arg(lines.join(QStringLiteral("; ")));
}

} // namespace

BidJsonError::BidJsonError(QList<FieldProblem> problems)
    : Error(listed(problems))
    , m_problems(std::move(problems))
{}

BidContent read(const QJsonObject& json, const QList<Accelerator>* catalog)
{
    Reader reader(catalog);
    BidContent bid = reader.bid(json);
    if (!reader.problems().isEmpty())
        throw BidJsonError(reader.problems());
    return bid;
}

BidContent read(const QByteArray& text, const QList<Accelerator>* catalog)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw BidJsonError(
            {{QString(), tr("is not a JSON object (%1 at byte %2)")
                             .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                          : tr("not an object"))
                             .arg(error.offset)}});
    return read(document.object(), catalog);
}

QJsonObject write(const BidContent& b)
{
    QJsonArray breakdown;
    for (const PriceItem& p : b.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("kind"), codeOf(p.kind)},
                                     {QStringLiteral("label"), p.label},
                                     {QStringLiteral("amount"), json::money(p.amount)}});
    QJsonArray hardware;
    for (const HardwareLine& h : b.hardware)
        hardware.append(QJsonObject{{QStringLiteral("accelerator"), h.acceleratorModel},
                                    {QStringLiteral("count"), h.count}});
    QJsonArray documents;
    for (const BidDocumentRef& d : b.documents) {
        QJsonObject o{{QStringLiteral("kind"), codeOf(d.kind)}, {QStringLiteral("path"), d.path}};
        if (!d.file.isEmpty()) {
            o.insert(QStringLiteral("file"), d.file);
            o.insert(QStringLiteral("bytes"), d.bytes);
            o.insert(QStringLiteral("sha256"), d.sha256);
        }
        documents.append(o);
    }
    const DeclaredBenchmarks& d = b.declaredBenchmarks;
    return {
        {QStringLiteral("format"), QLatin1String(BidContent::format)},
        {QStringLiteral("tender"), b.tenderReference},
        {QStringLiteral("lot"), b.lot},
        {QStringLiteral("totalPrice"), json::money(b.totalPrice)},
        {QStringLiteral("breakdown"), breakdown},
        {QStringLiteral("pricePerMillionTokens"),
         b.pricePerMillionTokens ? QJsonValue(json::money(*b.pricePerMillionTokens))
                                 : QJsonValue()},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("family"), b.model.family},
                     {QStringLiteral("version"), b.model.version},
                     {QStringLiteral("parameters"), b.model.parameters},
                     {QStringLiteral("licence"), b.model.licence},
                     {QStringLiteral("quantisation"), b.model.quantisation}}},
        {QStringLiteral("deliversHardware"), b.deliversHardware},
        {QStringLiteral("hardware"), hardware},
        {QStringLiteral("declaredBenchmarks"),
         QJsonObject{{QStringLiteral("accuracyPercent"), d.accuracyPercent},
                     {QStringLiteral("outputTokensPerSecond"), d.outputTokensPerSecond},
                     {QStringLiteral("ttftP95Ms"), d.ttftP95Ms},
                     {QStringLiteral("tpotP95Ms"), d.tpotP95Ms}}},
        {QStringLiteral("projectManager"), b.projectManager},
        {QStringLiteral("securityAccount"), b.securityAccount},
        {QStringLiteral("documents"), documents},
    };
}

BidContent bidTemplate(const Tender& tender, int lotNumber)
{
    BidContent b;
    b.tenderReference = tender.reference;
    const Lot* lot = nullptr;
    for (const Lot& l : tender.lots)
        if (!lot || l.number == lotNumber)
            lot = &l;
    b.lot = lot ? lot->number : 1;
    const QString currency = lot && lot->budget.isValid()
                                 ? lot->budget.currency()
                                 : (tender.budgetCeiling.isValid() ? tender.budgetCeiling.currency()
                                                                   : QStringLiteral("CNY"));
    b.totalPrice = Money(0, currency);
    for (PriceItemKind kind : {PriceItemKind::Licences, PriceItemKind::Hardware,
                               PriceItemKind::Deployment, PriceItemKind::AnnualService})
        b.breakdown.append(PriceItem{nameOf(kind), Money(0, currency), kind});
    b.pricePerMillionTokens = Money(0, currency);
    b.deliversHardware = true;
    for (const BidDocumentRequirement& r : tender.bidDocuments)
        b.documents.append(BidDocumentRef{r.kind, QString(), QString(), 0, QString()});
    return b;
}

} // namespace td::bidjson
