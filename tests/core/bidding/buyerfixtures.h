#pragma once
// What the buyer-side tests (receipt, opening) share: a published tender of either suite on either
// engine, and bid packages for it, sealed for real (bid.json and a PDF inside) or opaque.
#include "../exchange/workflowfixtures.h"
#include "bidding/bidjson.h"
#include "bidding/bidreceipt.h"
#include "bidpackagebuilder.h"
#include "domain/bidcontent.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

namespace td::test {

// After the deadline of the template's timeline (bidDeadline, 2030-06-23 09:30 Shanghai).
inline const QDateTime afterDeadline = at("2030-06-23T09:31:00+08:00");

struct PublishedTender
{
    QString reference;
    PackageTarget target;
};

inline PublishedTender publishTender(const Database& db, CipherSuite suite)
{
    const Organization buyer = addBuyer(db);
    TenderWorkflow workflow(db, QStringLiteral("test"));
    const QString reference = draft(workflow, buyer.id);
    workflow.publish(reference, passphrase, beforePublication, suite);
    const TenderRecord record = workflow.record(reference);
    return {reference,
            {reference, record.sealingKey->fingerprint, record.sealingKey->publicKeyPem, suite}};
}

// A one-page PDF whose text carries `marker`, so that the opening's text extraction shows.
inline QByteArray pdfSaying(const QString& marker)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setCreator(QStringLiteral("TenderDesk tests"));
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), marker);
    }
    return bytes;
}

// A bid for the template's first lot, its breakdown adding up to `yuan`.
inline BidContent bidFor(const QString& reference, qint64 yuan)
{
    BidContent b;
    b.tenderReference = reference;
    b.lot = 1;
    b.totalPrice = Money::yuan(yuan * 100);
    b.breakdown = {{QStringLiteral("模型授权"), Money::yuan(yuan * 60), PriceItemKind::Licences},
                   {QStringLiteral("部署实施"), Money::yuan(yuan * 40), PriceItemKind::Deployment}};
    b.pricePerMillionTokens = Money::yuan(1200); // 12.00 CNY
    b.model = {QStringLiteral("DeepSeek-V3"), QStringLiteral("0324"), QStringLiteral("671B"),
               QStringLiteral("MIT"), QStringLiteral("INT8")};
    b.deliversHardware = true;
    b.hardware = {{QStringLiteral("Huawei Ascend 910B"), 16}};
    b.declaredBenchmarks.accuracyPercent = 81.5;
    b.projectManager = QStringLiteral("张伟");
    b.securityAccount = QStringLiteral("6222 0000 1111");
    return b;
}

// The inner zip of a sealed bid: bid.json and one technical PDF that says `marker`.
inline QByteArray sealedContent(BidContent bid, const QString& marker)
{
    const QByteArray pdf = pdfSaying(marker);
    BidDocumentRef ref;
    ref.kind = BidDocumentKind::Technical;
    ref.path = QStringLiteral("technical.pdf");
    ref.file = QStringLiteral("documents/01-technical.pdf");
    ref.bytes = pdf.size();
    ref.sha256 = sha256Hex(pdf);
    bid.documents = {ref};
    const QByteArray json = QJsonDocument(bidjson::write(bid)).toJson(QJsonDocument::Indented);
    return innerZip({{QStringLiteral("bid.json"), json}, {ref.file, pdf}});
}

inline qint64 rows(const Database& db, const char* table)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

inline QString statusOf(const Database& db, qint64 submissionId)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT status FROM bid_submissions WHERE id = ?"),
                       {submissionId})
        .toString();
}

// Rows for every engine with every cipher suite: a bid's path through receipt and opening
// is proven on each pair.
inline void addEngineAndSuiteRows()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<CipherSuite>("suite");
    for (const auto& [name, engine] :
         {std::pair{"sqlite", Engine::Sqlite}, std::pair{"postgresql", Engine::Postgresql}})
        for (const auto& [suiteName, suite] :
             {std::pair{"international", CipherSuite::International},
              std::pair{"national", CipherSuite::National}})
            QTest::addRow("%s/%s", name, suiteName) << engine << suite;
}

} // namespace td::test

Q_DECLARE_METATYPE(td::CipherSuite)
