#include "ocdsexport.h"

#include "domain/error.h"
#include "ocdsbids.h"
#include "ocdsexportpage.h"
#include "ocdsrelease.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

namespace td {
namespace {

class OcdsExport
{
    Q_DECLARE_TR_FUNCTIONS(td::OcdsExport)

public:
    OcdsExport(const QString& path, const OcdsExportOptions& options)
        : m_file(path)
        , m_options(options)
    {}

    OcdsExportSummary run(const Database& database, const OcdsExportProgress& progress);

private:
    void write(const QByteArray& bytes);
    QByteArray packageOpening() const;
    QJsonObject release(const Tender& t, const OcdsExportPage& page) const;

    QSaveFile m_file;
    const OcdsExportOptions& m_options;
    OcdsExportSummary m_summary;
};

void OcdsExport::write(const QByteArray& bytes)
{
    if (m_file.write(bytes) != bytes.size())
        throw Error(tr("%1 could not be written: %2. Choose another folder, or free some space.")
                        .arg(m_file.fileName(), m_file.errorString()));
    m_summary.bytes += bytes.size();
}

// The package's metadata, up to the opening bracket of its releases.
QByteArray OcdsExport::packageOpening() const
{
    const QString published = m_options.now.toUTC().toString(Qt::ISODate);
    const QJsonObject package{
        {QStringLiteral("uri"),
         QStringLiteral("tag:tenderdesk,%1:%2/export/%3")
             .arg(m_options.now.toUTC().date().toString(Qt::ISODate), ocds::ocidPrefix(),
                  m_options.now.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ")))},
        {QStringLiteral("version"), QStringLiteral("1.1")},
        {QStringLiteral("publishedDate"), published},
        {QStringLiteral("publisher"),
         QJsonObject{{QStringLiteral("name"), m_options.publisherName}}},
        {QStringLiteral("extensions"), QJsonArray{ocdsBidExtensionUrl()}}};
    QByteArray opening = QJsonDocument(package).toJson(QJsonDocument::Compact);
    opening.chop(1); // the closing brace: the releases follow
    return opening + ",\"releases\":[\n";
}

QJsonObject OcdsExport::release(const Tender& t, const OcdsExportPage& page) const
{
    ocds::ReleaseContext context;
    // The latest thing that happened to the process, as a compiled release is dated.
    QDateTime date = t.publishedAt;
    for (const Award& a : t.awards)
        if (a.decidedAt.isValid() && (!date.isValid() || a.decidedAt > date))
            date = a.decidedAt;
    context.date = date.isValid() ? date : m_options.now;
    context.buyer = page.organizations.value(t.buyerId);
    context.sealingKeyFingerprint = page.sealingKeyOfTender.value(t.id);
    QJsonObject release = ocds::tenderRelease(t, context);
    release.insert(QStringLiteral("id"), ocds::ocid(t.reference) + QStringLiteral("-compiled"));
    release.insert(QStringLiteral("tag"), QJsonArray{QStringLiteral("compiled")});

    QHash<qint64, int> lotNumbers;
    for (const Lot& lot : t.lots)
        lotNumbers.insert(lot.id, lot.number);
    QHash<qint64, QString> releasedIds;
    QList<ReleasedBid> bids;
    for (const Bid& b : t.bids) {
        const QString id = releasedBidId(b.id, page.submissionOfBid.value(b.id));
        releasedIds.insert(b.id, id);
        bids.append({id, page.organizations.value(b.vendorId), b.status, b.submittedAt,
                     b.totalPrice, lotNumbers.value(b.lotId)});
    }
    QList<AwardedSupplier> awards;
    for (const Award& a : t.awards)
        awards.append({a, page.organizations.value(a.vendorId), releasedIds.value(a.bidId)});
    addBidsAndAwards(release, t, bids, awards, context.language);
    return release;
}

OcdsExportSummary OcdsExport::run(const Database& database, const OcdsExportProgress& progress)
{
    QSqlDatabase db = database.connection();
    // One read transaction, where the engine gives it a snapshot (SQLite): the pages then show
    // the market as it was when the export began, while others go on writing.
    const bool snapshot = db.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            db.rollback();
    });
    OcdsExportPageReader reader(db, m_options.publishedFrom, m_options.publishedBefore,
                                m_options.pageSize);
    const qint64 total = reader.count();
    // A release package holds one release at least.
    if (total == 0)
        throw Error(m_options.publishedFrom.isValid() || m_options.publishedBefore.isValid()
                        ? tr("No tender was published in those dates: there is nothing to "
                             "export. Choose other dates.")
                        : tr("The database holds no tender: there is nothing to export."));
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(tr("%1 could not be written: %2. Choose another folder, or free some space.")
                        .arg(m_file.fileName(), m_file.errorString()));
    const bool package = m_options.format == OcdsExportFormat::ReleasePackage;
    if (package)
        write(packageOpening());
    for (OcdsExportPage page = reader.next(); !page.tenders.isEmpty(); page = reader.next()) {
        QByteArray chunk;
        for (const Tender& t : std::as_const(page.tenders)) {
            if (package && m_summary.tenders > 0)
                chunk += ",\n";
            chunk += QJsonDocument(release(t, page)).toJson(QJsonDocument::Compact);
            if (!package)
                chunk += '\n';
            ++m_summary.tenders;
            m_summary.bids += t.bids.size();
            m_summary.awards += t.awards.size();
        }
        write(chunk);
        if (progress && !progress(m_summary.tenders, total)) {
            m_file.cancelWriting();
            throw Error(tr("The OCDS export was cancelled; no file was written."));
        }
    }
    if (package)
        write(m_summary.tenders > 0 ? "\n]}\n" : "]}\n");
    if (!m_file.commit())
        throw Error(tr("%1 could not be written: %2. Choose another folder, or free some space.")
                        .arg(m_file.fileName(), m_file.errorString()));
    return m_summary;
}

} // namespace

QString ocdsBidExtensionUrl()
{
    return QStringLiteral("https://raw.githubusercontent.com/open-contracting-extensions/"
                          "ocds_bid_extension/v1.1.5/extension.json");
}

OcdsExportSummary exportOcds(const Database& database, const QString& path,
                             const OcdsExportOptions& options, const OcdsExportProgress& progress)
{
    return OcdsExport(path, options).run(database, progress);
}

} // namespace td
