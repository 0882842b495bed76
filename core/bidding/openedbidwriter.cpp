#include "openedbidwriter.h"

#include "store/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject benchmarks(const DeclaredBenchmarks& b)
{
    return {{QStringLiteral("accuracyPercent"), b.accuracyPercent},
            {QStringLiteral("outputTokensPerSecond"), b.outputTokensPerSecond},
            {QStringLiteral("ttftP95Ms"), b.ttftP95Ms},
            {QStringLiteral("tpotP95Ms"), b.tpotP95Ms}};
}

// PostgreSQL's text holds no NUL character, which a PDF's text layer may carry.
QString storableText(QString text)
{
    return text.remove(QChar(0));
}

qint64 insertBid(const QSqlDatabase& db, const BidSubmission& s, const UnsealedBid& bid)
{
    const BidContent& b = bid.content;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, submitted_at, "
                       "total_price_minor, currency, model_offered, status, delivers_hardware, "
                       "submission_id, model_family, model_version, model_parameters, "
                       "model_licence, model_quantisation, price_per_million_tokens_minor, "
                       "declared_benchmarks, project_manager, security_account) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.tenderId, bid.lotId, s.vendorId, sql::fromDateTime(s.receivedAt),
         b.totalPrice.minorUnits(), b.totalPrice.currency(), modelOfferText(b.model),
         codeOf(BidStatus::Valid), int(b.deliversHardware), s.id, b.model.family, b.model.version,
         b.model.parameters, b.model.licence, b.model.quantisation,
         b.pricePerMillionTokens ? QVariant(b.pricePerMillionTokens->minorUnits())
                                 : QVariant(QMetaType::fromType<qint64>()),
         json(benchmarks(b.declaredBenchmarks)), b.projectManager, b.securityAccount});
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

QString modelOfferText(const ModelOffer& m)
{
    QStringList parts;
    for (const QString& part : {m.family, m.version, m.parameters})
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    QString text = parts.join(QLatin1Char(' '));
    if (!m.quantisation.trimmed().isEmpty())
        text += QStringLiteral(" (%1)").arg(m.quantisation.trimmed());
    return text;
}

qint64 landOpenedBid(const QSqlDatabase& db, const BidSubmission& s, const UnsealedBid& bid,
                     const QDateTime& now)
{
    const qint64 bidId = insertBid(db, s, bid);
    const BidContent& b = bid.content;
    for (qsizetype i = 0; i < b.breakdown.size(); ++i) {
        const PriceItem& item = b.breakdown.at(i);
        sql::run(db,
                 QStringLiteral("INSERT INTO bid_price_items (bid_id, position, label, "
                                "amount_minor, kind) VALUES (?, ?, ?, ?, ?)"),
                 {bidId, int(i + 1), item.label, item.amount.minorUnits(), codeOf(item.kind)});
    }
    for (const HardwareLine& line : b.hardware)
        sql::run(db,
                 QStringLiteral("INSERT INTO bid_hardware_lines (bid_id, accelerator_model, "
                                "unit_count) VALUES (?, ?, ?)"),
                 {bidId, line.acceleratorModel, line.count});
    for (const UnsealedDocument& d : bid.documents)
        sql::run(db,
                 QStringLiteral("INSERT INTO documents (bid_id, kind, file_name, media_type, "
                                "sha256, size_bytes, content, created_at, page_count, "
                                "text_content, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                "?)"),
                 {bidId, codeOf(d.ref.kind), d.ref.file.section(QLatin1Char('/'), -1),
                  QStringLiteral("application/pdf"), d.ref.sha256, qint64(d.content.size()),
                  d.content, sql::fromDateTime(now), d.facts.pageCount, storableText(d.facts.text),
                  json(d.facts.metadata)});
    return bidId;
}

} // namespace td
