#include "bidunsealing.h"

#include "bidjson.h"
#include "exchange/ziparchive.h"
#include "sealing/privatekey.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QTemporaryFile>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidUnsealing", text);
}

const QString bidJsonName = QStringLiteral("bid.json");

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Envelope envelopeOf(const BidSubmission& s, CipherSuite suite)
{
    Envelope e;
    e.suite = suite;
    e.fileName = suite == CipherSuite::International ? QStringLiteral("payload.cms")
                                                     : QStringLiteral("payload.key.sm2");
    e.bytes = s.envelope;
    e.mac = s.payloadMac.toLatin1();
    return e;
}

// The sealed content as a zip: unsealed into a temporary file first, read back with the same
// limits as a package, and only then trusted (unseal throws before when it does not
// authenticate, and the file is discarded with it).
QHash<QString, QByteArray> unsealedFiles(const BidSubmission& s, const PrivateKey& key,
                                         const StreamProgress& progress)
{
    QTemporaryFile plain;
    if (!plain.open())
        throw Error(tr("Could not create a temporary file to unseal the bid into (%1). Check "
                       "that the temporary folder has free space.")
                        .arg(plain.errorString()));
    QByteArray payload = s.payload;
    QBuffer ciphertext(&payload);
    ciphertext.open(QIODevice::ReadOnly);
    try {
        unseal(envelopeOf(s, key.suite()), ciphertext, plain, key, progress);
    } catch (const SealingCancelled&) {
        throw;
    } catch (const Error& e) {
        throw Error(tr("The bid could not be unsealed: %1").arg(e.message()));
    }
    if (!plain.flush())
        throw Error(tr("Could not write the unsealed bid to a temporary file (%1).")
                        .arg(plain.errorString()));
    QHash<QString, QByteArray> files;
    try {
        ZipLimits limits;
        limits.maximumEntries = 1000;
        limits.maximumEntryBytes = limits.maximumTotalBytes;
        for (ArchiveEntry& entry : readZip(plain.fileName(), limits))
            files.insert(entry.path, std::move(entry.content));
    } catch (const Error& e) {
        throw Error(tr("The unsealed bid is not a safe zip of bid.json and its documents: %1")
                        .arg(e.message()));
    }
    return files;
}

qint64 lotIdOf(const Tender& t, int number)
{
    for (const Lot& lot : t.lots)
        if (lot.number == number)
            return lot.id;
    throw Error(
        tr("The bid is for lot %1, which tender %2 does not have.").arg(number).arg(t.reference));
}

// What the tables refuse is refused here first, so that landing a verified bid cannot fail
// half-way: one currency, positive hardware counts (one line per accelerator model).
void checkStorable(BidContent& b)
{
    const QString currency = b.totalPrice.currency();
    for (const PriceItem& item : b.breakdown)
        if (item.amount.currency() != currency)
            throw Error(tr("The breakdown line \"%1\" is in %2, the total in %3: a bid is in one "
                           "currency.")
                            .arg(item.label, item.amount.currency(), currency));
    if (b.pricePerMillionTokens && b.pricePerMillionTokens->currency() != currency)
        throw Error(tr("The price per million tokens is in %1, the total in %2: a bid is in one "
                       "currency.")
                        .arg(b.pricePerMillionTokens->currency(), currency));
    if (b.totalPrice.minorUnits() < 0)
        throw Error(tr("The total price of the bid is negative."));
    QList<HardwareLine> merged;
    for (const HardwareLine& line : b.hardware) {
        if (line.count <= 0)
            throw Error(tr("The bid declares %1 units of %2; a hardware line needs at least one.")
                            .arg(line.count)
                            .arg(line.acceleratorModel));
        auto same = std::find_if(merged.begin(), merged.end(), [&](const HardwareLine& m) {
            return m.acceleratorModel == line.acceleratorModel;
        });
        if (same == merged.end())
            merged.append(line);
        else
            same->count += line.count;
    }
    b.hardware = merged;
}

QList<UnsealedDocument> documentsOf(const BidContent& b, QHash<QString, QByteArray>& files)
{
    QList<UnsealedDocument> documents;
    for (const BidDocumentRef& ref : b.documents) {
        const auto found = files.find(ref.file);
        if (ref.file.isEmpty() || found == files.end())
            throw Error(tr("bid.json lists the document \"%1\", which the sealed bid does not "
                           "hold.")
                            .arg(ref.file.isEmpty() ? ref.path : ref.file));
        if (found->size() != ref.bytes || sha256(*found) != ref.sha256)
            throw Error(tr("The document \"%1\" is not the one bid.json vouches for: its size or "
                           "SHA-256 differs.")
                            .arg(ref.file));
        UnsealedDocument d{ref, std::move(*found), {}};
        files.erase(found);
        try {
            d.facts = readPdfFacts(d.content);
        } catch (const Error& e) {
            throw Error(
                tr("The document \"%1\" cannot be read as a PDF: %2").arg(ref.file, e.message()));
        }
        documents.append(std::move(d));
    }
    if (!files.isEmpty())
        throw Error(tr("The sealed bid holds \"%1\", which bid.json does not list: nothing "
                       "vouches for it.")
                        .arg(files.cbegin().key()));
    return documents;
}

} // namespace

UnsealedBid unsealSubmission(const BidSubmission& submission, const PrivateKey& tenderKey,
                             const Tender& tender, const StreamProgress& progress)
{
    QHash<QString, QByteArray> files = unsealedFiles(submission, tenderKey, progress);
    const QByteArray json = files.take(bidJsonName);
    if (json.isNull())
        throw Error(tr("The unsealed bid has no bid.json: nothing says what is offered."));
    UnsealedBid bid;
    try {
        bid.content = bidjson::read(json);
    } catch (const Error& e) {
        throw Error(tr("bid.json is not a valid bid: %1").arg(e.message()));
    }
    if (bid.content.tenderReference != tender.reference)
        throw Error(tr("The sealed bid is for tender %1, not %2, although its package named %2.")
                        .arg(bid.content.tenderReference, tender.reference));
    bid.lotId = lotIdOf(tender, bid.content.lot);
    checkStorable(bid.content);
    bid.documents = documentsOf(bid.content, files);
    return bid;
}

} // namespace td
