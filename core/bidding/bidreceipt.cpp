#include "bidreceipt.h"

#include "bidpackagereader.h"
#include "domain/uscc.h"
#include "lifecycle/tenderlifecycle.h"
#include "organizationbyuscc.h"
#include "receiptkeyrepository.h"
#include "refusalrepository.h"
#include "sealing/privatekey.h"
#include "sealing/signature.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sealingkeyrepository.h"
#include "store/tenderreader.h"
#include "store/transaction.h"
#include "submissionrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidReceipt", text);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

[[noreturn]] void refuse(RefusalReason reason, const QString& message)
{
    throw BidRefused(reason, message);
}

// The tender must be open for bids at `now`: published, tendering has begun, the deadline not
// yet reached. A tender past its deadline refuses the bid as late, whatever its status since.
void requireOpenForBids(const Tender& t, const QDateTime& now)
{
    const TenderStatus s = t.status;
    if (s == TenderStatus::Draft || s == TenderStatus::Cancelled || s == TenderStatus::Unsuccessful)
        refuse(RefusalReason::NotAccepting,
               tr("Tender %1 takes no bids: it is %2.").arg(t.reference, nameOf(s)));
    const bool open = s == TenderStatus::Published || s == TenderStatus::Tendering;
    if (!open || (t.bidDeadline.isValid() && now >= t.bidDeadline))
        refuse(RefusalReason::Late,
               tr("The bid deadline of tender %1 passed at %2; a late bid is refused and never "
                  "opened.")
                   .arg(t.reference, lifecycle::localTime(t, t.bidDeadline)));
    if (t.publishedAt.isValid() && now < t.publishedAt)
        refuse(RefusalReason::NotAccepting,
               tr("Tender %1 takes bids from its publication, %2.")
                   .arg(t.reference, lifecycle::localTime(t, t.publishedAt)));
}

void requireTheTenderKey(const BidPackage& p, const std::optional<StoredSealingKey>& key)
{
    if (!key || key->fingerprint != p.manifest.sealingKeyFingerprint ||
        suiteOfKeyAlgorithm(key->algorithm) != p.manifest.suite)
        refuse(RefusalReason::AnotherKey,
               tr("The bid is sealed to the key %1, which is not the key of tender %2: it could "
                  "never be opened. Ask the vendor to seal it again with this tender's package.")
                   .arg(p.manifest.sealingKeyFingerprint, p.manifest.tenderReference));
}

void requireValidCertificate(const BidPackage& p, const QDateTime& now)
{
    if (now < p.certificate.notBefore || now > p.certificate.notAfter)
        refuse(RefusalReason::BadSignature,
               tr("The vendor's certificate is valid from %1 to %2, not now: the signature does "
                  "not count. Ask the vendor to make a new signing identity.")
                   .arg(p.certificate.notBefore.toString(Qt::ISODate),
                        p.certificate.notAfter.toString(Qt::ISODate)));
    if (const QString problem = uscc::problem(p.manifest.uscc); !problem.isEmpty())
        refuse(RefusalReason::MalformedManifest,
               tr("The vendor's unified social credit code %1 is not valid: %2")
                   .arg(p.manifest.uscc, problem));
}

// The vendor by its USCC; added from its certificate when this desk does not know it yet.
qint64 vendorIdOf(const QSqlDatabase& db, const BidPackage& p)
{
    Organization o;
    o.name = p.certificate.organization;
    o.shortName = p.certificate.organization;
    o.uscc = p.certificate.uscc;
    o.kind = OrganizationKind::ModelVendor;
    return findOrAddOrganization(db, o).id;
}

QByteArray receiptJson(const BidReceipt& r, const BidPackage& p, const StoredReceiptKey& key)
{
    QJsonObject o{
        {QStringLiteral("format"), bidReceiptFormat()},
        {QStringLiteral("kind"), bidPackageKindCode(r.kind)},
        {QStringLiteral("tender"), r.tenderReference},
        {QStringLiteral("ocid"), p.manifest.ocid},
        {QStringLiteral("vendor"),
         QJsonObject{{QStringLiteral("organization"), r.vendor}, {QStringLiteral("uscc"), r.uscc}}},
        {QStringLiteral("packageSha256"), r.packageSha256},
        {QStringLiteral("receivedAt"), r.receivedAt.toString(Qt::ISODate)},
        {QStringLiteral("submission"), r.submissionId},
        {QStringLiteral("receiptKey"),
         QJsonObject{{QStringLiteral("algorithm"), key.algorithm},
                     {QStringLiteral("publicKeyPem"), QString::fromUtf8(key.publicKeyPem)}}}};
    if (r.kind == BidPackageManifest::Kind::Bid)
        o.insert(QStringLiteral("payloadSha256"), p.payloadSha256);
    if (r.replacedSubmissionId > 0)
        o.insert(QStringLiteral("replaces"), r.replacedSubmissionId);
    if (r.withdrawnSubmissionId > 0)
        o.insert(QStringLiteral("withdraws"), r.withdrawnSubmissionId);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

BidReceipt accept(const Database& database, const BidPackage& p, const QString& packageSha256,
                  const QDateTime& now, const QString& actor)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    const std::optional<Tender> tender = TenderReader(db).byReference(p.manifest.tenderReference);
    if (!tender)
        refuse(RefusalReason::AnotherTender,
               tr("No tender here has the reference %1: the bid is for another tender or "
                  "another buyer.")
                   .arg(p.manifest.tenderReference));
    requireOpenForBids(*tender, now);
    requireTheTenderKey(p, SealingKeyRepository(db).forTender(tender->id));
    requireValidCertificate(p, now);
    SubmissionRepository submissions(db);
    if (submissions.holdsPackage(tender->id, packageSha256))
        refuse(RefusalReason::Duplicate,
               tr("This very package (SHA-256 %1) was received before; it counts once.")
                   .arg(packageSha256));
    const qint64 vendorId = vendorIdOf(db, p);
    const std::optional<BidSubmission> earlier = submissions.current(tender->id, vendorId);
    const bool withdrawal = p.manifest.kind == BidPackageManifest::Kind::Withdrawal;
    if (withdrawal && !earlier)
        refuse(RefusalReason::NothingToWithdraw,
               tr("%1 has no bid for tender %2 to withdraw.")
                   .arg(p.manifest.organization, tender->reference));
    if (withdrawal && earlier->certificateFingerprint != p.manifest.certificateFingerprint)
        refuse(RefusalReason::BadSignature,
               tr("The withdrawal is signed with another certificate than the bid it would "
                  "withdraw; only the key that signed the bid can withdraw it."));

    BidSubmission s;
    s.tenderId = tender->id;
    s.vendorId = vendorId;
    s.receivedAt = now.toUTC();
    s.packageSha256 = packageSha256;
    s.manifest = p.manifestJson;
    s.signature = p.signature;
    s.envelope = p.envelope.bytes;
    s.payload = p.ciphertext;
    s.payloadMac = QString::fromLatin1(p.envelope.mac);
    s.certificateFingerprint = p.manifest.certificateFingerprint;
    s.machineFingerprint = p.manifest.machineFingerprint;
    s.status = withdrawal ? SubmissionStatus::Withdrawal : SubmissionStatus::Sealed;
    submissions.insert(s);
    if (earlier)
        submissions.setStatus(earlier->id, withdrawal ? SubmissionStatus::Withdrawn
                                                      : SubmissionStatus::Replaced);

    BidReceipt r;
    r.kind = p.manifest.kind;
    r.submissionId = s.id;
    r.tenderReference = tender->reference;
    r.vendor = p.certificate.organization;
    r.uscc = p.certificate.uscc;
    r.receivedAt = s.receivedAt;
    r.packageSha256 = packageSha256;
    (withdrawal ? r.withdrawnSubmissionId : r.replacedSubmissionId) = earlier ? earlier->id : 0;
    const StoredReceiptKey key = ReceiptKeyRepository(db).obtain(tender->id, p.manifest.suite, now);
    r.receiptKeyPem = key.publicKeyPem;
    r.json = receiptJson(r, p, key);
    r.signature = signBytes(r.json, PrivateKey::fromPem(key.privateKeyPem));
    submissions.setReceipt(s.id, r.json, r.signature);

    QJsonObject payload{{QStringLiteral("submission"), s.id},
                        {QStringLiteral("vendor"), r.uscc},
                        {QStringLiteral("packageSha256"), packageSha256}};
    if (earlier)
        payload.insert(withdrawal ? QStringLiteral("withdraws") : QStringLiteral("replaces"),
                       earlier->id);
    AuditLog(db, database.dialect())
        .append(actor,
                withdrawal ? QStringLiteral("bid.withdrawn") : QStringLiteral("bid.received"),
                QStringLiteral("tender"), tender->reference, compact(payload));
    transaction.commit();
    return r;
}

// Records the refusal (and only it) in its own transaction.
ReceiptOutcome recordRefusal(const Database& database, const BidRefused& refused,
                             const QString& packagePath, const QString& packageSha256,
                             const QDateTime& now, const QString& actor)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    BidRefusal row;
    if (!refused.tenderReference.isEmpty())
        if (const std::optional<Tender> t = TenderReader(db).byReference(refused.tenderReference))
            row.tenderId = t->id;
    row.refusedAt = now.toUTC();
    row.packageSha256 = packageSha256;
    row.fileName = QFileInfo(packagePath).fileName();
    row.vendor = refused.vendor;
    row.reasonCode = refused.code();
    row.reason = refused.message();
    RefusalRepository(db).insert(row);
    const QJsonObject payload{{QStringLiteral("refusal"), row.id},
                              {QStringLiteral("reason"), row.reasonCode},
                              {QStringLiteral("packageSha256"), packageSha256},
                              {QStringLiteral("file"), row.fileName},
                              {QStringLiteral("vendor"), row.vendor}};
    AuditLog(db, database.dialect())
        .append(actor, QStringLiteral("bid.refused"),
                row.tenderId > 0 ? QStringLiteral("tender") : QStringLiteral("bidPackage"),
                row.tenderId > 0 ? refused.tenderReference : packageSha256, compact(payload));
    transaction.commit();
    ReceiptOutcome outcome;
    outcome.reason = refused.reason();
    outcome.reasonCode = row.reasonCode;
    outcome.message = row.reason;
    outcome.refusalId = row.id;
    return outcome;
}

} // namespace

QString bidReceiptFormat()
{
    return QStringLiteral("tenderdesk-bid-receipt-1");
}

ReceiptOutcome receiveBidPackage(const Database& database, const QString& packagePath,
                                 const QDateTime& now, const QString& actor)
{
    const QString packageSha256 = fileSha256(packagePath);
    BidPackage package;
    try {
        package = readBidPackage(packagePath);
        ReceiptOutcome outcome;
        outcome.accepted = true;
        outcome.receipt = accept(database, package, packageSha256, now, actor);
        return outcome;
    } catch (BidRefused& refused) {
        if (refused.tenderReference.isEmpty()) {
            refused.tenderReference = package.manifest.tenderReference;
            refused.vendor = package.manifest.organization;
        }
        return recordRefusal(database, refused, packagePath, packageSha256, now, actor);
    }
}

} // namespace td
