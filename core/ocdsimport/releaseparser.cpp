#include "releaseparser.h"

#include "amount.h"

#include <QHash>

#include <algorithm>
#include <simdjson.h>
#include <utility>

namespace td::ocds {

namespace od = simdjson::ondemand;

namespace {

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Lines of positions in a piece, counted forward from the last one asked for.
class LineCounter
{
public:
    LineCounter(const QByteArray& text, qint64 firstLine)
        : m_begin(text.constData())
        , m_end(text.constData() + text.size())
        , m_firstLine(firstLine)
        , m_last(m_begin)
        , m_lastLine(firstLine)
    {}

    qint64 at(const char* p)
    {
        if (p < m_begin || p > m_end)
            return m_lastLine;
        if (p < m_last) {
            m_last = m_begin;
            m_lastLine = m_firstLine;
        }
        m_lastLine += std::count(m_last, p, '\n');
        m_last = p;
        return m_lastLine;
    }

private:
    const char* m_begin;
    const char* m_end;
    qint64 m_firstLine;
    const char* m_last;
    qint64 m_lastLine;
};

} // namespace

struct ReleaseParser::Private
{
    QString file;
    Warnings* warnings; // where warnings go: the file's, or held back (a record's releases)
    od::parser parser;
    od::document document;
    std::unique_ptr<LineCounter> lines;
    QString publisher;
    QString lastPublisher;
    bool warnedVersion10 = false; // once per top-level value

    Private(QString f, Warnings& w)
        : file(std::move(f))
        , warnings(&w)
    {}

    qint64 lineHere()
    {
        const auto location = document.current_location();
        if (location.error() != simdjson::SUCCESS)
            return lines->at(nullptr);
        return lines->at(location.value_unsafe());
    }

    qint64 lineOf(od::value& v)
    {
        const auto location = v.current_location();
        if (location.error() != simdjson::SUCCESS)
            return lineHere();
        return lines->at(location.value_unsafe());
    }

    void warn(qint64 line, const QString& field, const char* code, const QString& message)
    {
        warnings->append(ImportWarning{file, line, field, QString::fromLatin1(code), message});
    }

    // Text of a string, or of a number as written (ids are numbers in some publishers' data).
    QString text(od::value v)
    {
        switch (v.type()) {
        case od::json_type::string:
            return toQString(v.get_string());
        case od::json_type::number: {
            std::string_view token = v.raw_json_token();
            while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
                token.remove_suffix(1);
            return toQString(token);
        }
        default:
            return {};
        }
    }

    QDateTime date(od::value v, const QString& field)
    {
        const qint64 line = lineOf(v);
        const QString s = text(v);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            const QDate day = QDate::fromString(s.left(10), Qt::ISODate);
            if (day.isValid())
                t = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        if (!t.isValid()) {
            warn(line, field, "badDate",
                 ReleaseParser::tr("'%1' is not a date; it is left out.").arg(s));
            return {};
        }
        return t.toUTC();
    }

    // A Value object {amount, currency}.
    std::optional<Money> money(od::value v, const QString& field)
    {
        if (v.type() != od::json_type::object)
            return std::nullopt;
        const qint64 line = lineOf(v);
        QByteArray amount;
        bool amountIsString = false;
        bool amountGiven = false;
        QString currency;
        qint64 currencyLine = line;
        for (auto f : v.get_object()) {
            const std::string_view key = f.unescaped_key();
            od::value value = f.value();
            if (key == "amount") {
                const od::json_type type = value.type();
                if (type == od::json_type::number) {
                    amount = text(value).toLatin1();
                    amountGiven = true;
                } else if (type == od::json_type::string) {
                    const std::string_view raw = value.get_string();
                    amount = QByteArray(raw.data(), qsizetype(raw.size()));
                    amountIsString = true;
                    amountGiven = true;
                }
            } else if (key == "currency") {
                currencyLine = lineOf(value);
                currency = text(value);
            }
        }
        const QString amountField = field + QStringLiteral("/amount");
        if (!amountGiven)
            return std::nullopt;
        if (amountIsString && amount.trimmed().isEmpty()) {
            warn(line, amountField, "emptyAmount",
                 ReleaseParser::tr("The amount is an empty string; the value is left out."));
            return std::nullopt;
        }
        if (amountIsString)
            warn(line, amountField, "stringAmount",
                 ReleaseParser::tr("The amount is a string (\"%1\"), read as a number.")
                     .arg(QString::fromUtf8(amount)));
        const QString currencyField = field + QStringLiteral("/currency");
        if (currency.isEmpty()) {
            warn(currencyLine, currencyField, "noCurrency",
                 ReleaseParser::tr("The amount has no currency; it is kept as XXX (no currency)."));
            currency = QStringLiteral("XXX");
        } else if (currency != currency.toUpper()) {
            warn(currencyLine, currencyField, "currencyCase",
                 ReleaseParser::tr("The currency code '%1' is not in capitals; read as %2.")
                     .arg(currency, currency.toUpper()));
            currency = currency.toUpper();
        }
        if (currency.size() != 3 || !std::all_of(currency.cbegin(), currency.cend(), [](QChar c) {
                return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
            })) {
            warn(currencyLine, currencyField, "badCurrency",
                 ReleaseParser::tr("'%1' is not an ISO 4217 currency code; it is kept as XXX (no "
                                   "currency).")
                     .arg(currency));
            currency = QStringLiteral("XXX");
        }
        const std::optional<qint64> minor = minorUnitsOf(amount, Money::minorDigits(currency));
        if (!minor) {
            warn(line, amountField, "badAmount",
                 ReleaseParser::tr("'%1' is not an amount; the value is left out.")
                     .arg(QString::fromUtf8(amount)));
            return std::nullopt;
        }
        if (*minor < 0) {
            warn(line, amountField, "negativeAmount",
                 ReleaseParser::tr("The amount %1 is negative; the value is left out.")
                     .arg(QString::fromUtf8(amount)));
            return std::nullopt;
        }
        return Money(*minor, currency);
    }

    PublishedOrganization organization(od::value v)
    {
        PublishedOrganization o;
        o.line = lineOf(v);
        if (v.type() != od::json_type::object)
            return o;
        for (auto f : v.get_object()) {
            const std::string_view key = f.unescaped_key();
            od::value value = f.value();
            if (key == "id")
                o.partyId = text(value);
            else if (key == "name")
                o.name = text(value).trimmed();
            else if (key == "identifier" && value.type() == od::json_type::object)
                for (auto g : value.get_object()) {
                    const std::string_view k = g.unescaped_key();
                    if (k == "scheme")
                        o.scheme = text(g.value()).trimmed();
                    else if (k == "id")
                        o.identifier = text(g.value()).trimmed();
                }
        }
        return o;
    }

    QList<PublishedOrganization> organizations(od::value v)
    {
        QList<PublishedOrganization> out;
        if (v.type() != od::json_type::array)
            return out;
        for (auto element : v.get_array())
            out.append(organization(element.value()));
        return out;
    }

    QString firstText(od::value v)
    {
        QString first;
        if (v.type() != od::json_type::array)
            return text(v);
        for (auto element : v.get_array()) {
            const QString t = text(element.value());
            if (first.isEmpty())
                first = t;
        }
        return first;
    }

    struct Parsed
    {
        PublishedRelease release;
        QHash<QString, PublishedOrganization> parties;
        bool hasParties = false;
        bool namesOrganizationsInline = false; // buyer or procuringEntity without parties
    };

    void tender(od::value v, Parsed& p)
    {
        PublishedRelease& r = p.release;
        if (v.type() != od::json_type::object)
            return;
        r.hasTender = true;
        for (auto f : v.get_object()) {
            const std::string_view key = f.unescaped_key();
            od::value value = f.value();
            if (key == "title")
                r.title = text(value);
            else if (key == "description")
                r.description = text(value);
            else if (key == "status")
                r.status = text(value);
            else if (key == "procurementMethod")
                r.procurementMethod = text(value);
            else if (key == "mainProcurementCategory")
                r.mainCategory = text(value);
            else if (key == "value")
                r.value = money(value, QStringLiteral("tender/value"));
            else if (key == "procuringEntity") {
                p.namesOrganizationsInline = true;
                if (!r.buyer)
                    r.buyer = organization(value);
            } else if (key == "tenderPeriod" && value.type() == od::json_type::object) {
                for (auto g : value.get_object()) {
                    const std::string_view k = g.unescaped_key();
                    if (k == "startDate")
                        r.tenderStart =
                            date(g.value(), QStringLiteral("tender/tenderPeriod/startDate"));
                    else if (k == "endDate")
                        r.tenderEnd =
                            date(g.value(), QStringLiteral("tender/tenderPeriod/endDate"));
                }
            } else if (key == "lots" && value.type() == od::json_type::array) {
                for (auto element : value.get_array()) {
                    od::value lot = element.value();
                    if (lot.type() != od::json_type::object)
                        continue;
                    PublishedLot l;
                    for (auto g : lot.get_object()) {
                        const std::string_view k = g.unescaped_key();
                        if (k == "id")
                            l.id = text(g.value());
                        else if (k == "title")
                            l.title = text(g.value());
                        else if (k == "value")
                            l.value = money(g.value(), QStringLiteral("tender/lots/value"));
                    }
                    r.lots.append(l);
                }
            } else if (key == "tenderdesk" && value.type() == od::json_type::object) {
                for (auto g : value.get_object())
                    if (g.unescaped_key().value() == "category")
                        r.tenderDeskCategory = text(g.value());
            }
        }
    }

    void bids(od::value v, PublishedRelease& r)
    {
        if (v.type() != od::json_type::object)
            return;
        r.hasBids = true;
        for (auto f : v.get_object()) {
            if (f.unescaped_key().value() != "details")
                continue;
            od::value details = f.value();
            if (details.type() != od::json_type::array)
                continue;
            for (auto element : details.get_array()) {
                od::value bid = element.value();
                if (bid.type() != od::json_type::object)
                    continue;
                PublishedBid b;
                b.line = lineOf(bid);
                for (auto g : bid.get_object()) {
                    const std::string_view k = g.unescaped_key();
                    od::value value = g.value();
                    if (k == "id")
                        b.id = text(value);
                    else if (k == "status")
                        b.status = text(value);
                    else if (k == "date")
                        b.date = date(value, QStringLiteral("bids/details/date"));
                    else if (k == "value")
                        b.value = money(value, QStringLiteral("bids/details/value"));
                    else if (k == "tenderers")
                        b.tenderers = organizations(value);
                    else if (k == "relatedLots")
                        b.relatedLot = firstText(value);
                }
                r.bids.append(b);
            }
        }
    }

    void awards(od::value v, PublishedRelease& r)
    {
        if (v.type() != od::json_type::array)
            return;
        for (auto element : v.get_array()) {
            od::value award = element.value();
            if (award.type() != od::json_type::object)
                continue;
            PublishedAward a;
            a.line = lineOf(award);
            for (auto g : award.get_object()) {
                const std::string_view k = g.unescaped_key();
                od::value value = g.value();
                if (k == "id")
                    a.id = text(value);
                else if (k == "status")
                    a.status = text(value);
                else if (k == "date")
                    a.date = date(value, QStringLiteral("awards/date"));
                else if (k == "value")
                    a.value = money(value, QStringLiteral("awards/value"));
                else if (k == "suppliers")
                    a.suppliers = organizations(value);
                else if (k == "relatedBid" || (k == "relatedBids" && a.relatedBid.isEmpty()))
                    a.relatedBid = firstText(value);
                else if (k == "relatedLots")
                    a.relatedLot = firstText(value);
            }
            r.awards.append(a);
        }
    }

    // Fills an organisation reference from the release's parties, or says it has no id.
    void resolve(PublishedOrganization& o, const Parsed& p, const QString& field)
    {
        if (!o.partyId.isEmpty()) {
            const auto party = p.parties.constFind(o.partyId);
            if (party != p.parties.cend()) {
                if (o.name.isEmpty())
                    o.name = party->name;
                if (!o.hasIdentifier()) {
                    o.scheme = party->scheme;
                    o.identifier = party->identifier;
                }
            }
            return;
        }
        // OCDS 1.0 named organisations inline, without ids: that is said once, as 1.0 data.
        if (p.hasParties && !o.hasIdentifier())
            warn(o.line, field, "noOrganizationId",
                 ReleaseParser::tr("The organisation '%1' has no id; it is identified by its name.")
                     .arg(o.name));
    }

    // One release object; false when it is not a release (no ocid).
    bool release(od::value v, qint64 line, Parsed& p)
    {
        if (v.type() != od::json_type::object)
            return false;
        PublishedRelease& r = p.release;
        r.file = file;
        r.line = line;
        r.publisher = publisher;
        bool hasOcid = false;
        for (auto f : v.get_object()) {
            const std::string_view key = f.unescaped_key();
            od::value value = f.value();
            if (key == "ocid") {
                r.ocid = text(value);
                hasOcid = true;
            } else if (key == "id") {
                r.id = text(value);
            } else if (key == "date") {
                r.date = date(value, QStringLiteral("date"));
            } else if (key == "buyer") {
                p.namesOrganizationsInline = true;
                r.buyer = organization(value); // the buyer wins over the procuring entity
            } else if (key == "parties" && value.type() == od::json_type::array) {
                p.hasParties = true;
                for (const PublishedOrganization& o : organizations(value))
                    if (!o.partyId.isEmpty())
                        p.parties.insert(o.partyId, o);
            } else if (key == "tender") {
                std::optional<PublishedOrganization> buyer = r.buyer;
                tender(value, p);
                if (buyer)
                    r.buyer = buyer;
            } else if (key == "bids") {
                bids(value, r);
            } else if (key == "awards") {
                awards(value, r);
            }
        }
        if (!hasOcid)
            return false;
        if (r.buyer)
            resolve(*r.buyer, p, QStringLiteral("buyer"));
        for (PublishedBid& b : r.bids)
            for (PublishedOrganization& o : b.tenderers)
                resolve(o, p, QStringLiteral("bids/details/tenderers"));
        for (PublishedAward& a : r.awards)
            for (PublishedOrganization& o : a.suppliers)
                resolve(o, p, QStringLiteral("awards/suppliers"));
        if (!p.hasParties && p.namesOrganizationsInline)
            warnVersion10(line);
        return true;
    }

    void warnVersion10(qint64 line)
    {
        if (warnedVersion10)
            return;
        warnedVersion10 = true;
        warn(line, QString(), "ocds10",
             ReleaseParser::tr(
                 "OCDS 1.0 data: read as 1.1 (organisations named where they are used, "
                 "without parties)."));
    }

    void emitRelease(od::value v, qint64 line, const ReleaseSink& sink)
    {
        Parsed p;
        if (!release(v, line, p))
            throw JsonSyntaxError{line,
                                  ReleaseParser::tr("This release has no ocid: it is not an OCDS "
                                                    "release.")};
        sink(p.release);
    }

    // A record: its compiledRelease, or its releases merged oldest first.
    void record(od::value v, qint64 line, const ReleaseSink& sink)
    {
        if (v.type() != od::json_type::object)
            throw JsonSyntaxError{line, ReleaseParser::tr("A record must be a JSON object.")};
        std::optional<Parsed> compiled;
        QList<Parsed> embedded;
        Warnings heldBack;
        bool heldBackVersion10 = false;
        qint64 linkedReleases = 0;
        for (auto f : v.get_object()) {
            const std::string_view key = f.unescaped_key();
            od::value value = f.value();
            if (key == "publisher" && publisher.isEmpty())
                publisher = publisherName(value);
            else if (key == "compiledRelease") {
                compiled.emplace();
                if (!release(value, lineOf(value), *compiled))
                    throw JsonSyntaxError{line,
                                          ReleaseParser::tr("The record's compiledRelease has no "
                                                            "ocid.")};
            } else if (key == "releases" && value.type() == od::json_type::array) {
                // Read in case there is no compiledRelease; what they say is held back until
                // that is known.
                Warnings* fileWarnings = std::exchange(warnings, &heldBack);
                const bool warned = warnedVersion10;
                for (auto element : value.get_array()) {
                    od::value r = element.value();
                    Parsed p;
                    if (release(r, lineOf(r), p))
                        embedded.append(std::move(p));
                    else
                        ++linkedReleases;
                }
                warnings = fileWarnings;
                heldBackVersion10 = warnedVersion10 && !warned;
                warnedVersion10 = warned;
            }
        }
        if (compiled) {
            sink(compiled->release);
            return;
        }
        *warnings += heldBack;
        warnedVersion10 = warnedVersion10 || heldBackVersion10;
        if (embedded.isEmpty())
            throw JsonSyntaxError{
                line,
                linkedReleases > 0
                    ? ReleaseParser::tr("The record has no compiledRelease and its releases are "
                                        "links to other files: import those files instead.")
                    : ReleaseParser::tr("The record has neither a compiledRelease nor releases.")};
        std::stable_sort(embedded.begin(), embedded.end(), [](const Parsed& a, const Parsed& b) {
            return a.release.date < b.release.date;
        });
        warn(line, QStringLiteral("compiledRelease"), "mergedRecord",
             ReleaseParser::tr(
                 "The record has no compiledRelease: its %n release(s) are merged field "
                 "by field, newest last.",
                 nullptr, int(embedded.size())));
        for (Parsed& p : embedded)
            sink(p.release);
    }

    QString publisherName(od::value v)
    {
        if (v.type() != od::json_type::object)
            return text(v);
        QString name;
        for (auto f : v.get_object())
            if (f.unescaped_key().value() == "name")
                name = text(f.value());
        return name;
    }
};

ReleaseParser::ReleaseParser(QString file, Warnings& warnings)
    : d(std::make_unique<Private>(std::move(file), warnings))
{}

ReleaseParser::~ReleaseParser() = default;

QString ReleaseParser::lastPublisher() const
{
    return d->lastPublisher;
}

namespace {

struct RootKeys
{
    bool releases = false, records = false, ocid = false, compiled = false, versioned = false;
    bool version = false;
    QString versionText;
};

} // namespace

FileShape ReleaseParser::parse(JsonPiece& piece, FileShape forced, const ReleaseSink& sink)
{
    piece.text.reserve(piece.text.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    d->lines = std::make_unique<LineCounter>(piece.text, piece.line);
    // What a package says holds for its items; the next top-level value starts afresh.
    struct EndOfValue
    {
        Private& d;
        bool ends;
        ~EndOfValue()
        {
            if (!ends)
                return;
            d.lastPublisher = d.publisher;
            d.publisher.clear();
            d.warnedVersion10 = false;
        }
    } endOfValue{*d, piece.kind != JsonPiece::Kind::PackageItem};
    try {
        d->document = d->parser.iterate(simdjson::padded_string_view(
            piece.text.constData(), size_t(piece.text.size()), size_t(piece.text.capacity())));
        if (piece.kind == JsonPiece::Kind::PackageItem) {
            od::value item = d->document.get_value();
            if (piece.arrayKey == QLatin1String("records"))
                d->record(item, piece.line, sink);
            else
                d->emitRelease(item, piece.line, sink);
            return piece.arrayKey == QLatin1String("records") ? FileShape::RecordPackage
                                                              : FileShape::ReleasePackage;
        }
        if (d->document.type() != od::json_type::object)
            throw JsonSyntaxError{piece.line, tr("This JSON value is not an object: it is not "
                                                 "OCDS data.")};
        // First the keys, to know the shape whatever their order; then the content.
        RootKeys keys;
        for (auto f : d->document.get_object()) {
            const std::string_view key = f.unescaped_key();
            keys.releases |= key == "releases";
            keys.records |= key == "records";
            keys.ocid |= key == "ocid";
            keys.compiled |= key == "compiledRelease";
            keys.versioned |= key == "versionedRelease";
            if (key == "version") {
                keys.version = true;
                keys.versionText = d->text(f.value());
            } else if (key == "publisher") {
                d->publisher = d->publisherName(f.value());
            }
        }
        d->document.rewind();
        FileShape shape = FileShape::Release;
        if (keys.compiled || keys.versioned || (keys.ocid && keys.releases))
            shape = FileShape::Record;
        else if (keys.records)
            shape = FileShape::RecordPackage;
        else if (keys.releases)
            shape = FileShape::ReleasePackage;
        else if (!keys.ocid)
            throw JsonSyntaxError{piece.line,
                                  tr("This JSON object is not OCDS: it has no \"releases\", "
                                     "\"records\" or \"ocid\".")};
        const bool forcedShape = forced == FileShape::ReleasePackage ||
                                 forced == FileShape::RecordPackage ||
                                 forced == FileShape::Release || forced == FileShape::Record;
        if (forcedShape && forced != shape)
            throw JsonSyntaxError{piece.line, tr("This is a %1, not a %2 as --format says.")
                                                  .arg(shapeCode(shape), shapeCode(forced))};
        const bool package =
            shape == FileShape::ReleasePackage || shape == FileShape::RecordPackage;
        if (package && (!keys.version || keys.versionText.startsWith(QLatin1String("1.0"))))
            d->warnVersion10(piece.line);
        if (piece.kind == JsonPiece::Kind::Envelope)
            return shape; // its releases or records came before it, one by one
        od::value root = d->document.get_value();
        if (shape == FileShape::Release) {
            d->emitRelease(root, piece.line, sink);
        } else if (shape == FileShape::Record) {
            d->record(root, piece.line, sink);
        } else if (piece.kind == JsonPiece::Kind::Value) {
            const char* arrayKey = shape == FileShape::RecordPackage ? "records" : "releases";
            for (auto f : root.get_object()) {
                if (f.unescaped_key().value() != arrayKey)
                    continue;
                od::value array = f.value();
                if (array.type() != od::json_type::array)
                    throw JsonSyntaxError{
                        d->lineOf(array),
                        tr("\"%1\" must be an array.").arg(QLatin1String(arrayKey))};
                for (auto element : array.get_array()) {
                    od::value item = element.value();
                    const qint64 line = d->lineOf(item);
                    if (shape == FileShape::RecordPackage)
                        d->record(item, line, sink);
                    else
                        d->emitRelease(item, line, sink);
                }
            }
        }
        return shape;
    } catch (const simdjson::simdjson_error& e) {
        throw JsonSyntaxError{
            d->lineHere(), tr("The JSON is not valid here (%1).").arg(QString::fromUtf8(e.what()))};
    }
}

} // namespace td::ocds
