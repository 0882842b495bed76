#include "vendorcommands.h"

#include "bidding/bidchecks.h"
#include "bidding/bidjson.h"
#include "bidding/bidpackagewriter.h"
#include "bidding/identityrepository.h"
#include "bidding/tenderpackageimport.h"
#include "cost/bidcost.h"
#include "domain/error.h"
#include "domain/uscc.h"
#include "lifecycle/tenderlifecycle.h"
#include "sealing/privatekey.h"
#include "store/acceleratorrepository.h"
#include "store/tenderreader.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace td::cli {
namespace {

const QString actor = QStringLiteral("cli");

StoredIdentity currentIdentity(const Database& db)
{
    std::optional<StoredIdentity> identity =
        IdentityRepository(db.connection(), db.dialect()).current();
    if (!identity)
        throw Error(tr("This desk has no signing identity yet. Make one first: tenderdesk-cli "
                       "vendor init --organization NAME --uscc CODE --passphrase-file FILE."));
    return *identity;
}

PrivateKey unlockIdentity(const Context& c, const StoredIdentity& identity, const QString& usage)
{
    QByteArray passphrase = readPassphrase(c, required(c, "passphrase-file", usage));
    try {
        PrivateKey key = PrivateKey::unlock(identity.identity.encryptedPrivateKeyPem, passphrase);
        passphrase.fill('\0');
        return key;
    } catch (const WrongPassphrase&) {
        passphrase.fill('\0');
        throw Error(tr("The passphrase does not open the signing key of %1; check the "
                       "passphrase file.")
                        .arg(identity.organization.name));
    }
}

// Imports (or updates) the tender of the package, saying so on stderr, and returns the tender
// as this desk now has it.
Tender importedTender(const Context& c, const Database& db, const QString& usage)
{
    const QString package = required(c, "tender-package", usage);
    const TenderPackageImport imported =
        importTenderPackage(db, package, actor, QDateTime::currentDateTimeUtc());
    switch (imported.outcome) {
    case TenderPackageImport::Outcome::Added:
        c.err << tr("Tender %1 imported (release %2).")
                     .arg(imported.reference)
                     .arg(imported.releaseNumber)
              << '\n';
        break;
    case TenderPackageImport::Outcome::Updated:
        c.err << tr("Tender %1 updated to release %2.")
                     .arg(imported.reference)
                     .arg(imported.releaseNumber)
              << '\n';
        break;
    case TenderPackageImport::Outcome::Unchanged:
        break;
    }
    return TenderReader(db.connection()).byReference(imported.reference).value();
}

PackageSigner signerOf(const StoredIdentity& identity, const PrivateKey& key)
{
    return {identity.organization.name, identity.organization.uscc,
            identity.identity.certificatePem, identity.identity.fingerprint, key};
}

int commandInit(Context& c)
{
    allowOnly(c, {QStringLiteral("organization"), QStringLiteral("uscc"), QStringLiteral("suite"),
                  QStringLiteral("passphrase-file"), QStringLiteral("force")});
    const QString usage = tr("vendor init --organization NAME --uscc CODE [--suite "
                             "international|national] --passphrase-file FILE [--force]");
    Organization organization;
    organization.name = required(c, "organization", usage).trimmed();
    organization.shortName = organization.name;
    organization.uscc = required(c, "uscc", usage).trimmed().toUpper();
    if (const QString problem = uscc::problem(organization.uscc); !problem.isEmpty())
        throw UsageError{problem};
    CipherSuite suite = CipherSuite::International;
    if (c.isSet("suite")) {
        const std::optional<CipherSuite> chosen = cipherSuiteFromCode(c.value("suite"));
        if (!chosen)
            throw UsageError{
                tr("--suite is international or national, not '%1'.").arg(c.value("suite"))};
        suite = *chosen;
    }
    QByteArray passphrase = readPassphrase(c, required(c, "passphrase-file", usage));
    const auto db = openDatabase(c);
    IdentityRepository identities(db->connection(), db->dialect());
    // Asked before the key is made, so a refusal is immediate; save() asks again under its lock.
    if (identities.current() && !c.isSet("force"))
        throw Error(tr("This desk has a signing identity already (tenderdesk-cli vendor show). "
                       "Bids it signed are traced to it: replace it only on purpose, with "
                       "--force."));
    const SigningIdentity identity =
        makeSigningIdentity(organization.name, organization.uscc, suite, passphrase);
    passphrase.fill('\0');
    const StoredIdentity stored = identities.save(organization, identity, c.isSet("force"),
                                                  QDateTime::currentDateTimeUtc(), actor);
    c.out << tr("Signing identity of %1 (%2) made: %3, certificate %4. Keep the passphrase: it "
                "signs your bids.")
                 .arg(stored.organization.name, stored.organization.uscc,
                      cipherSuiteName(identity.suite), identity.fingerprint)
          << '\n';
    return Ok;
}

int commandShow(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    const auto db = openDatabase(c);
    const StoredIdentity s = currentIdentity(*db);
    const CertificateInfo certificate = readCertificate(s.identity.certificatePem);
    if (c.isSet("json")) {
        const QJsonObject json{
            {QStringLiteral("organization"), s.organization.name},
            {QStringLiteral("uscc"), s.organization.uscc},
            {QStringLiteral("suite"), cipherSuiteCode(s.identity.suite)},
            {QStringLiteral("certificateFingerprint"), s.identity.fingerprint},
            {QStringLiteral("notBefore"), certificate.notBefore.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("notAfter"), certificate.notAfter.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("certificate"), QString::fromLatin1(s.identity.certificatePem)},
            {QStringLiteral("createdAt"), s.createdAt.toUTC().toString(Qt::ISODate)}};
        c.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QString date = QStringLiteral("yyyy-MM-dd");
    c.out << tr("Organisation: %1").arg(s.organization.name) << '\n'
          << tr("Unified social credit code: %1").arg(s.organization.uscc) << '\n'
          << tr("Cipher suite: %1").arg(cipherSuiteName(s.identity.suite)) << '\n'
          << tr("Certificate: %1, valid from %2 to %3")
                 .arg(s.identity.fingerprint, certificate.notBefore.toLocalTime().toString(date),
                      certificate.notAfter.toLocalTime().toString(date))
          << '\n'
          << s.identity.certificatePem;
    return Ok;
}

int commandTemplate(Context& c)
{
    allowOnly(c, {QStringLiteral("tender-package")});
    const QString usage = tr("bid template --tender-package FILE.zip");
    const auto db = openDatabase(c);
    const Tender tender = importedTender(c, *db, usage);
    c.out << QJsonDocument(bidjson::write(bidjson::bidTemplate(tender)))
                 .toJson(QJsonDocument::Indented);
    return Ok;
}

QString severityLabel(BidIssue::Severity severity)
{
    switch (severity) {
    case BidIssue::Severity::Error:
        return tr("error");
    case BidIssue::Severity::Warning:
        return tr("warning");
    case BidIssue::Severity::Note:
        return tr("note");
    }
    return {};
}

// The vendor's own cost to serve the bid, from the newest benchmark run of the tender's suite
// on this desk (or the run named); nothing, with a note, when it cannot be known.
std::optional<CostToServe> ownCost(const Context& c, const Database& db, const Tender& tender,
                                   const BidContent& bid)
{
    std::optional<qint64> run;
    if (c.isSet("benchmark-run"))
        run = positiveNumber(c, QStringLiteral("benchmark-run"), 0);
    const PricedOffer offer{QString(), bid.totalPrice, bid.breakdown, bid.hardware,
                            bid.deliversHardware};
    const BidCost cost = costOfOffer(db.connection(), tender, offer, CostAssumptions{}, run);
    if (!cost.cost && (run || cost.benchmarkRunId))
        c.err << tr("note: %1").arg(cost.problem) << '\n';
    return cost.cost;
}

int commandSeal(Context& c)
{
    allowOnly(c, {QStringLiteral("tender-package"), QStringLiteral("from"),
                  QStringLiteral("documents"), QStringLiteral("passphrase-file"),
                  QStringLiteral("out"), QStringLiteral("benchmark-run")});
    const QString usage = tr("bid seal --tender-package FILE.zip --from BID.json [--documents "
                             "FOLDER] --passphrase-file FILE --out BID.zip");
    const QString from = required(c, "from", usage);
    const QString out = required(c, "out", usage);
    required(c, "passphrase-file", usage);
    const auto db = openDatabase(c);
    const Tender tender = importedTender(c, *db, usage);
    const QList<Accelerator> catalog = AcceleratorRepository(db->connection()).all();
    const BidContent bid = bidjson::read(readFile(from), &catalog);
    if (bid.tenderReference != tender.reference)
        throw Error(tr("%1 is a bid for tender %2, but the tender package is of %3.")
                        .arg(from, bid.tenderReference, tender.reference));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (tender.bidDeadline.isValid() && now >= tender.bidDeadline)
        throw Error(tr("The bid deadline of tender %1 passed at %2; the buyer refuses bids "
                       "received after it.")
                        .arg(tender.reference, lifecycle::localTime(tender, tender.bidDeadline)));

    const QList<BidIssue> issues = checkBid(tender, bid, catalog, ownCost(c, *db, tender, bid));
    for (const BidIssue& issue : issues)
        c.err << tr("%1: %2: %3").arg(severityLabel(issue.severity), issue.field, issue.message)
              << '\n';
    if (hasErrors(issues))
        throw Error(
            tr("The bid was not sealed: fix the errors above in %1 and try again.").arg(from));

    const StoredIdentity identity = currentIdentity(*db);
    const PrivateKey key = unlockIdentity(c, identity, usage);
    const QString documents =
        c.isSet("documents") ? c.value("documents") : QFileInfo(from).absolutePath();
    const bool interactive = c.interactive;
    QTextStream& err = c.err;
    const WrittenPackage written =
        writeBidPackage(out, sealingTargetOf(*db, tender.reference), signerOf(identity, key), bid,
                        documents, [&](qint64 done, qint64 total) {
                            if (interactive) {
                                err << '\r' << tr("Sealing: %1%").arg(done * 100 / total);
                                err.flush();
                            }
                            return true;
                        });
    if (interactive)
        c.err << '\n';
    c.out << tr("Sealed bid for %1 written to %2 (%3 bytes).")
                 .arg(tender.reference, out)
                 .arg(written.bytes)
          << '\n'
          << tr("Package SHA-256: %1").arg(written.sha256) << '\n';
    return Ok;
}

int commandWithdraw(Context& c)
{
    allowOnly(c, {QStringLiteral("tender-package"), QStringLiteral("passphrase-file"),
                  QStringLiteral("out")});
    const QString usage =
        tr("bid withdraw --tender-package FILE.zip --passphrase-file FILE --out NOTICE.zip");
    const QString out = required(c, "out", usage);
    required(c, "passphrase-file", usage);
    const auto db = openDatabase(c);
    const Tender tender = importedTender(c, *db, usage);
    const StoredIdentity identity = currentIdentity(*db);
    const PrivateKey key = unlockIdentity(c, identity, usage);
    const WrittenPackage written = writeWithdrawalPackage(
        out, sealingTargetOf(*db, tender.reference), signerOf(identity, key));
    c.out << tr("Withdrawal of the bid of %1 for %2 written to %3; deliver it to the buyer "
                "before the bid deadline.")
                 .arg(identity.organization.name, tender.reference, out)
          << '\n'
          << tr("Package SHA-256: %1").arg(written.sha256) << '\n';
    return Ok;
}

} // namespace

int runVendorCommand(Context& c, const QString& sub)
{
    if (sub == QLatin1String("init"))
        return commandInit(c);
    if (sub == QLatin1String("show"))
        return commandShow(c);
    throw UsageError{tr("Unknown command 'vendor %1'.").arg(sub)};
}

bool isVendorBidCommand(const QString& sub)
{
    return sub == QLatin1String("template") || sub == QLatin1String("seal") ||
           sub == QLatin1String("withdraw");
}

int runVendorBidCommand(Context& c, const QString& sub)
{
    if (!c.words.isEmpty())
        throw UsageError{tr("'bid %1' takes no words besides its options.").arg(sub)};
    if (sub == QLatin1String("template"))
        return commandTemplate(c);
    if (sub == QLatin1String("seal"))
        return commandSeal(c);
    return commandWithdraw(c);
}

QList<QCommandLineOption> vendorOptions()
{
    return {
        {QStringLiteral("organization"), tr("Legal name of the organisation."),
         QStringLiteral("NAME")},
        {QStringLiteral("uscc"), tr("Unified social credit code."), QStringLiteral("CODE")},
        {QStringLiteral("force"), tr("Replace the desk's signing identity.")},
        {QStringLiteral("tender-package"), tr("Tender package from the buyer."),
         QStringLiteral("FILE.zip")},
        {QStringLiteral("documents"), tr("Folder of the bid's documents."),
         QStringLiteral("FOLDER")},
        {QStringLiteral("benchmark-run"), tr("Benchmark run the cost to serve comes from."),
         QStringLiteral("ID")},
    };
}

QString vendorUsage()
{
    return tr("  vendor init --organization NAME --uscc CODE [--suite international|national]\n"
              "              --passphrase-file FILE [--force]\n"
              "                               make the desk's signing identity: a key (under\n"
              "                               the passphrase) and a self-signed certificate\n"
              "  vendor show [--json]         the desk's signing identity\n"
              "  bid template --tender-package FILE.zip\n"
              "                               import the tender and print a BID.json to fill in\n"
              "  bid seal --tender-package FILE.zip --from BID.json [--documents FOLDER]\n"
              "           --passphrase-file FILE --out BID.zip [--benchmark-run ID]\n"
              "                               check the bid, seal it to the tender's key, sign\n"
              "                               it and write the bid package; prints its SHA-256\n"
              "  bid withdraw --tender-package FILE.zip --passphrase-file FILE --out FILE.zip\n"
              "                               a signed notice that withdraws your bid\n");
}

} // namespace td::cli
