#include "collusionscenario.h"

#include "generatedtext.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace td::test {

namespace {

const QString timestamp = QStringLiteral("2026-03-20T02:00:00Z");

QString digestOf(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 lastId(const QSqlDatabase& db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
}

qint64 lotId(const QSqlDatabase& db, qint64 tenderId, int number)
{
    const QVariant id =
        sql::scalar(db, QStringLiteral("SELECT id FROM lots WHERE tender_id = ? AND number = ?"),
                    {tenderId, number});
    if (id.isValid())
        return id.toLongLong();
    sql::run(db,
             QStringLiteral("INSERT INTO lots (tender_id, number, title, budget_minor, currency) "
                            "VALUES (?, ?, ?, 900000000, 'CNY')"),
             {tenderId, number, QStringLiteral("第%1包").arg(number)});
    return lastId(db, QStringLiteral("lots"));
}

qint64 vendorId(const QSqlDatabase& db, const BidFacts& bid)
{
    const QString uscc =
        QStringLiteral("91310000MA1FL%1").arg(bid.vendorId, 5, 10, QLatin1Char('0'));
    const QVariant id =
        sql::scalar(db, QStringLiteral("SELECT id FROM organizations WHERE uscc = ?"), {uscc});
    if (id.isValid())
        return id.toLongLong();
    sql::run(db,
             QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) "
                            "VALUES (?, ?, ?, 'sme')"),
             {bid.vendorName, bid.vendorName, uscc});
    return lastId(db, QStringLiteral("organizations"));
}

qint64 submissionId(const QSqlDatabase& db, qint64 tenderId, qint64 vendor, const BidFacts& bid)
{
    sql::run(db,
             QStringLiteral("INSERT INTO bid_submissions (tender_id, vendor_id, received_at, "
                            "package_sha256, manifest, signature, envelope, payload, "
                            "certificate_fingerprint, machine_fingerprint, status) "
                            "VALUES (?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, 'opened')"),
             {tenderId, vendor, timestamp, digestOf(QStringLiteral("package %1").arg(bid.bidId)),
              QByteArray("sig"), QByteArray("env"), QByteArray("payload"), digestOf(bid.vendorName),
              bid.machineFingerprint});
    return lastId(db, QStringLiteral("bid_submissions"));
}

void insertDocument(const QSqlDatabase& db, qint64 bidId, BidDocumentFacts& document)
{
    sql::run(db,
             QStringLiteral("INSERT INTO documents (bid_id, kind, file_name, media_type, sha256, "
                            "size_bytes, content, created_at, page_count, text_content, metadata) "
                            "VALUES (?, 'technical', ?, 'application/pdf', ?, ?, ?, ?, 1, ?, ?)"),
             {bidId, document.fileName, document.sha256, qint64(document.text.size()),
              document.text.toUtf8(), timestamp, document.text,
              QString::fromUtf8(QJsonDocument(document.metadata).toJson(QJsonDocument::Compact))});
    document.id = lastId(db, QStringLiteral("documents"));
}

} // namespace

CollusionInput innocentBidders()
{
    const QStringList names = {QStringLiteral("华智科技有限公司"), QStringLiteral("Blue Harbor AI"),
                               QStringLiteral("云岭数据有限公司")};
    const qint64 prices[] = {412345600, 398000000, 455550000};
    CollusionInput input;
    input.tenderReference = QStringLiteral("COLLUDE-1");
    for (int i = 0; i < 3; ++i) {
        BidFacts bid;
        bid.bidId = i + 1;
        bid.vendorId = i + 1;
        bid.vendorName = names.at(i);
        bid.totalPriceMinor = prices[i];
        bid.projectManager =
            QStringList{QStringLiteral("王芳"), QStringLiteral("Li Ming"), QStringLiteral("陈强")}
                .at(i);
        bid.securityAccount = QStringLiteral("6222 0210 0000 %1").arg(1111 * (i + 1));
        bid.machineFingerprint = digestOf(QStringLiteral("machine %1").arg(i));
        GeneratedText generator(900 + i);
        BidDocumentFacts document;
        document.fileName = QStringLiteral("技术方案-%1.pdf").arg(i + 1);
        document.text = generator.words(1500) + generator.chinese(1500);
        document.sha256 = digestOf(document.text);
        document.metadata = {
            {QStringLiteral("author"), QStringLiteral("author %1").arg(i)},
            {QStringLiteral("creator"), QStringLiteral("WPS Office")},
            {QStringLiteral("creationDate"), QStringLiteral("2026-03-1%1T0%1:00:00Z").arg(i + 1)}};
        bid.documents.append(document);
        input.bids.append(bid);
    }
    return input;
}

void insertScenario(const QSqlDatabase& db, CollusionInput& input)
{
    sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) VALUES "
                                "('国家电网有限公司', '国家电网', '91110108551385082Q', "
                                "'centralSoe')"));
    const qint64 buyerId = lastId(db, QStringLiteral("organizations"));
    sql::run(db,
             QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                            "procurement_method, budget_minor, status, created_at, updated_at) "
                            "VALUES (?, '串标测试', ?, 'knowledgeAssistant', 'openTender', "
                            "900000000, 'evaluation', ?, ?)"),
             {input.tenderReference, buyerId, timestamp, timestamp});
    const qint64 tenderId = lastId(db, QStringLiteral("tenders"));
    for (BidFacts& bid : input.bids) {
        const qint64 vendor = vendorId(db, bid);
        const qint64 submission = submissionId(db, tenderId, vendor, bid);
        sql::run(db,
                 QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, submitted_at, "
                                "total_price_minor, currency, status, submission_id, "
                                "project_manager, security_account) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'valid', ?, ?, ?)"),
                 {tenderId, lotId(db, tenderId, bid.lot), vendor, timestamp, bid.totalPriceMinor,
                  bid.currency, submission, bid.projectManager, bid.securityAccount});
        bid.bidId = lastId(db, QStringLiteral("bids"));
        bid.vendorId = vendor;
        sql::run(db, QStringLiteral("UPDATE bid_submissions SET bid_id = ? WHERE id = ?"),
                 {bid.bidId, submission});
        for (BidDocumentFacts& document : bid.documents)
            insertDocument(db, bid.bidId, document);
    }
}

} // namespace td::test
