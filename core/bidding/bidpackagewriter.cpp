#include "bidpackagewriter.h"

#include "bidjson.h"
#include "documents/pdffacts.h"
#include "domain/error.h"
#include "exchange/ocdsrelease.h"
#include "exchange/ziparchive.h"
#include "sealing/envelope.h"
#include "sealing/machinefingerprint.h"
#include "sealing/privatekey.h"
#include "sealing/signature.h"
#include "store/database.h"
#include "store/sealingkeyrepository.h"
#include "store/tenderreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

namespace td {
namespace {

// The translation context of this file's messages, as lupdate files them.
class WriterText
{
    Q_DECLARE_TR_FUNCTIONS(td::BidPackageWriter)
};

constexpr qint64 chunk = 64 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// SHA-256 of a device read from its start to its end, a chunk at a time.
QString streamedSha256(QIODevice& device, const QString& name)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!device.seek(0))
        throw Error(
            WriterText::tr("Could not read %1 again (%2).").arg(shown(name), device.errorString()));
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            throw Error(
                WriterText::tr("Could not read %1 (%2).").arg(shown(name), device.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The progress of the whole package over its stages: putting the documents into the inner zip,
// sealing it, copying the ciphertext into the package. Each stage takes about the documents'
// size, so the total is known before the first byte.
class Progress
{
public:
    Progress(const PackageProgress& callback, qint64 total)
        : m_callback(callback)
        , m_total(qMax<qint64>(total, 1))
    {}

    // Marks `done` bytes of the current stage; false when the caller cancels.
    bool at(qint64 doneInStage)
    {
        const qint64 done = qMin(m_base + doneInStage, m_total);
        return !m_callback || m_callback(done, m_total);
    }
    void require(qint64 doneInStage)
    {
        if (!at(doneInStage))
            throw SealingCancelled();
    }
    void nextStage(qint64 stageBytes) { m_base += stageBytes; }

private:
    const PackageProgress& m_callback;
    qint64 m_total;
    qint64 m_base = 0;
};

// A temporary file beside the package, so that gigabytes of documents go to the disk the
// vendor chose rather than to a /tmp that may live in memory. Removed when it goes out of scope.
std::unique_ptr<QTemporaryFile> temporaryBeside(const QString& outPath)
{
    auto file = std::make_unique<QTemporaryFile>(QFileInfo(outPath).absolutePath() +
                                                 QStringLiteral("/.tenderdesk-sealing-XXXXXX"));
    if (!file->open())
        throw Error(WriterText::tr(
                        "Could not create a temporary file beside %1 (%2). Check that the folder "
                        "exists, that you may write to it and that the disk has free space.")
                        .arg(shown(outPath), file->errorString()));
    return file;
}

// The file name of a document inside the package: its number and its own name, with what a
// zip name may not hold replaced, so that the buyer sees which file it was.
QString packagedName(int number, const BidDocumentRef& document)
{
    QString name = QFileInfo(document.path).completeBaseName();
    for (QChar& c : name)
        if (c == u'\\' || c == u':' || c == u'/' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'_';
    name = name.left(80).trimmed();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = codeOf(document.kind);
    return QStringLiteral("documents/%1-%2.pdf").arg(number, 2, 10, QLatin1Char('0')).arg(name);
}

struct Attachment
{
    QString source;   // the file on the vendor's disk
    qint64 index = 0; // in BidContent::documents
};

// Finds every document with a path, checks that it is a PDF, and records its package name,
// size and SHA-256 in `bid`; documents without a path are dropped.
QList<Attachment> attachDocuments(BidContent& bid, const QString& documentsDir)
{
    QList<BidDocumentRef> kept;
    QList<Attachment> attachments;
    const QDir folder(documentsDir.isEmpty() ? QDir::currentPath() : documentsDir);
    for (BidDocumentRef document : std::as_const(bid.documents)) {
        if (document.path.trimmed().isEmpty())
            continue;
        const QString source = folder.absoluteFilePath(document.path);
        QFile file(source);
        if (!QFileInfo(source).isFile() || !file.open(QIODevice::ReadOnly))
            throw Error(
                WriterText::tr("The document %1 (%2) cannot be read: %3. Check its path in the bid "
                               "file and the documents folder.")
                    .arg(shown(source), nameOf(document.kind),
                         file.errorString().isEmpty() ? WriterText::tr("no such file")
                                                      : file.errorString()));
        // PDF readers accept the header anywhere in the first kilobyte.
        if (!file.peek(1024).contains("%PDF-"))
            throw Error(
                WriterText::tr("The document %1 (%2) is not a PDF. Bid documents are sealed as PDF "
                               "files: export it as PDF and attach that.")
                    .arg(shown(source), nameOf(document.kind)));
        // What the buyer's desk could not read at the opening would fail the whole bid there;
        // the vendor hears of it now, while it can still be fixed.
        try {
            checkPdfFile(source);
        } catch (const Error& e) {
            throw Error(WriterText::tr("The document %1 (%2) would not open at the bid opening: "
                                       "%3.")
                            .arg(shown(source), nameOf(document.kind), e.message()));
        }
        document.file = packagedName(int(kept.size()) + 1, document);
        document.bytes = file.size();
        document.sha256 = streamedSha256(file, source);
        // The vendor's own folders stay on the vendor's desk.
        document.path = QFileInfo(document.path).fileName();
        attachments.append({source, kept.size()});
        kept.append(document);
    }
    bid.documents = kept;
    return attachments;
}

BidPackageManifest manifestFor(BidPackageManifest::Kind kind, const SealingTarget& tender,
                               const PackageSigner& signer)
{
    BidPackageManifest m;
    m.kind = kind;
    m.tenderReference = tender.reference;
    m.ocid = tender.ocid;
    m.sealingKeyFingerprint = tender.sealingKeyFingerprint;
    m.suite = tender.suite;
    m.organization = signer.organization;
    m.uscc = signer.uscc;
    m.certificatePem = signer.certificatePem;
    m.certificateFingerprint = signer.certificateFingerprint;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.machineFingerprint = machineFingerprint(tender.reference);
    return m;
}

// Signs the manifest and writes the package: the manifest, its signature, then the small
// entries and the ciphertext streamed from its temporary file. Returns its size and SHA-256.
WrittenPackage writePackage(const QString& outPath, const BidPackageManifest& manifest,
                            const PackageSigner& signer, const QList<ArchiveEntry>& smallEntries,
                            QTemporaryFile* ciphertext, Progress* progress)
{
    const QByteArray manifestBytes = bidPackageManifestJson(manifest);
    const QByteArray signature = signManifest(manifestBytes, signer.key, signer.certificatePem);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(
            WriterText::tr("Could not create the bid package %1 (%2). Check that the folder exists "
                           "and that you may write to it.")
                .arg(shown(outPath), out.errorString()));
    {
        ZipWriter zip(out, outPath, ZipWriter::Compression::Store);
        zip.addBytes(QStringLiteral("manifest.json"), manifestBytes);
        zip.addBytes(signatureFileName(manifest.suite), signature);
        for (const ArchiveEntry& e : smallEntries)
            zip.addBytes(e.path, e.content);
        if (ciphertext) {
            ciphertext->flush();
            zip.addFile(ciphertextFileName(), ciphertext->fileName(),
                        [&](qint64 copied) { progress->require(copied); });
        }
        zip.finish();
    }
    if (!out.commit())
        throw Error(
            WriterText::tr("Could not save the bid package %1 (%2). Check that the disk has free "
                           "space and that you may write to the folder.")
                .arg(shown(outPath), out.errorString()));
    WrittenPackage written;
    written.manifest = manifest;
    QFile done(outPath);
    if (!done.open(QIODevice::ReadOnly))
        throw Error(WriterText::tr("Could not read the bid package %1 back (%2).")
                        .arg(shown(outPath), done.errorString()));
    written.bytes = done.size();
    written.sha256 = streamedSha256(done, outPath);
    return written;
}

} // namespace

SealingTarget sealingTargetOf(const Database& database, const QString& reference)
{
    const QSqlDatabase db = database.connection();
    const std::optional<Tender> tender = TenderReader(db).byReference(reference);
    if (!tender)
        throw Error(WriterText::tr("This desk has no tender %1; import its tender package first.")
                        .arg(reference));
    const std::optional<StoredSealingKey> key = SealingKeyRepository(db).forTender(tender->id);
    if (!key)
        throw Error(
            WriterText::tr("Tender %1 has no key to seal bids to; import its tender package again.")
                .arg(reference));
    return {reference, ocds::ocid(reference), key->fingerprint, suiteOfKeyAlgorithm(key->algorithm),
            key->publicKeyPem};
}

WrittenPackage writeBidPackage(const QString& outPath, const SealingTarget& tender,
                               const PackageSigner& signer, BidContent bid,
                               const QString& documentsDir, const PackageProgress& callback)
{
    if (bid.tenderReference != tender.reference)
        throw Error(
            WriterText::tr("The bid is for tender %1, not for %2; check the bid file's \"tender\".")
                .arg(bid.tenderReference, tender.reference));
    const QList<Attachment> attachments = attachDocuments(bid, documentsDir);
    qint64 documentBytes = 0;
    for (const BidDocumentRef& d : std::as_const(bid.documents))
        documentBytes += d.bytes;
    const QByteArray bidJson = QJsonDocument(bidjson::write(bid)).toJson(QJsonDocument::Indented);
    const qint64 plainBytes = documentBytes + bidJson.size();
    Progress progress(callback, 3 * plainBytes);

    // 1. The plaintext: a stored zip of bid.json and the documents.
    const auto plaintext = temporaryBeside(outPath);
    {
        ZipWriter inner(*plaintext, plaintext->fileName(), ZipWriter::Compression::Store);
        inner.addBytes(QStringLiteral("bid.json"), bidJson);
        qint64 before = bidJson.size();
        for (const Attachment& a : attachments) {
            const BidDocumentRef& d = bid.documents.at(a.index);
            inner.addFile(d.file, a.source,
                          [&](qint64 copied) { progress.require(before + copied); });
            before += d.bytes;
        }
        inner.finish();
    }
    progress.nextStage(plainBytes);

    // 2. Sealed to the tender's key.
    const auto ciphertext = temporaryBeside(outPath);
    if (!plaintext->seek(0))
        throw Error(WriterText::tr("Could not read the sealed bid's temporary file again (%1).")
                        .arg(plaintext->errorString()));
    const Envelope envelope =
        seal(*plaintext, *ciphertext, tender.publicKeyPem, tender.suite, signer.key,
             signer.certificatePem, [&](qint64 done) { return progress.at(done); });
    progress.nextStage(plainBytes);
    plaintext->close(); // removed with the object; nothing unsealed outlives the call

    // 3. The manifest over the payload's entries, and the package.
    BidPackageManifest manifest = manifestFor(BidPackageManifest::Kind::Bid, tender, signer);
    QList<ArchiveEntry> small{{envelope.fileName, envelope.bytes}};
    if (!envelope.mac.isEmpty())
        small.append({macFileName(), envelope.mac});
    for (const ArchiveEntry& e : std::as_const(small))
        manifest.files.append({e.path, e.content.size(), hex(e.content)});
    ciphertext->flush();
    manifest.files.append({ciphertextFileName(), ciphertext->size(),
                           streamedSha256(*ciphertext, ciphertextFileName())});
    WrittenPackage written =
        writePackage(outPath, manifest, signer, small, ciphertext.get(), &progress);
    written.sealed = bid;
    return written;
}

WrittenPackage writeWithdrawalPackage(const QString& outPath, const SealingTarget& tender,
                                      const PackageSigner& signer)
{
    const BidPackageManifest manifest =
        manifestFor(BidPackageManifest::Kind::Withdrawal, tender, signer);
    return writePackage(outPath, manifest, signer, {}, nullptr, nullptr);
}

} // namespace td
