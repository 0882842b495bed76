#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace td {

// One file inside a package: a relative path with '/' separators, and its bytes.
struct ArchiveEntry
{
    QString path;
    QByteArray content;
};

// Writes `entries` as a .zip (libarchive) to `filePath`, all or nothing: the archive is written
// beside it and renamed into place only when complete, so a failure leaves no partial file and
// an existing file untouched. Throws td::Error naming the file and what failed, also for a path
// that readZip would refuse or that occurs twice. Entries are deflated, mode 0644, with UTF-8
// names and no modification time (the zip epoch, 1980-01-01 00:00, in every time zone), so the
// same entries give the same bytes anywhere.
void writeZip(const QString& filePath, const QList<ArchiveEntry>& entries);

// Writes a .zip entry by entry into a device the caller opened (a QSaveFile or a temporary
// file), so that entries far larger than memory pass through in 64 KiB chunks: addFile copies a
// file's bytes without ever holding them whole. Entries are stored or deflated as chosen, with
// the same names, mode and time as writeZip, and the same refusals of names readZip would
// refuse. The caller commits or discards the device: a writer destroyed before finish() leaves
// a truncated archive that the caller must not keep. Throws td::Error naming `displayName`.
class ZipWriter
{
public:
    enum class Compression
    {
        Deflate,
        Store, // for content that does not compress (ciphertext, PDF) or that is read back fast
    };
    // Called with the bytes of the current file copied so far; it may throw to stop the copy.
    using CopyProgress = std::function<void(qint64 bytesCopied)>;

    ZipWriter(QIODevice& device, const QString& displayName, Compression compression);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    void addBytes(const QString& path, const QByteArray& content);
    // The file's size is read first and is what the entry holds: a file that changes size while
    // it is copied is an error, not a silently different entry.
    void addFile(const QString& path, const QString& sourceFile, const CopyProgress& progress = {});
    // Writes the central directory. Nothing may be added after it.
    void finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Limits that keep a hostile archive from exhausting the machine.
struct ZipLimits
{
    int maximumEntries = 10000;
    qint64 maximumEntryBytes = 512LL * 1024 * 1024;
    qint64 maximumTotalBytes = 2LL * 1024 * 1024 * 1024;
    // Bytes unpacked so far may be at most this many times the size of the whole .zip file (its
    // compressed size); 0 for no such limit. A zip bomb is refused as soon as it crosses it,
    // long before the total limit.
    int maximumCompressionRatio = 0;
};

// What was wrong with an archive that readZip refused, for callers that record a reason code
// beside the sentence (bid receipts).
enum class ZipProblem
{
    Unreadable,     // the file could not be opened at all
    NotAZip,        // no zip: the first header is unreadable
    Damaged,        // a later header or an entry's data is damaged
    UnsafePath,     // absolute, "..", backslashes, drive letters, unreadable names
    NotAFile,       // a link or a device
    Duplicate,      // one path twice
    Encrypted,      // a zip password
    TooManyEntries, // beyond ZipLimits::maximumEntries
    TooLarge,       // beyond an entry's or the total limit of bytes unpacked
    TooCompressed,  // beyond ZipLimits::maximumCompressionRatio
};

// readZip's refusal: the sentence (what message() says) and what kind of problem it is.
class ZipError : public Error
{
public:
    ZipError(ZipProblem problem, const QString& message)
        : Error(message)
        , m_problem(problem)
    {}
    ZipProblem problem() const noexcept { return m_problem; }

private:
    ZipProblem m_problem;
};

// Reads every regular file of a .zip, in archive order; directory entries are skipped. Refuses,
// with a message that names the entry, what is not a plain relative path (absolute paths, "..",
// backslashes, drive letters), links, devices, zip-password entries, duplicate paths, and
// anything beyond `limits` (counted in bytes actually unpacked, not as the headers claim); a
// damaged archive or a file that is no zip is refused naming the damage. Throws td::ZipError.
QList<ArchiveEntry> readZip(const QString& filePath, const ZipLimits& limits = {});

} // namespace td
