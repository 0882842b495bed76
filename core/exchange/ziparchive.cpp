#include "ziparchive.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <memory>

namespace td {
namespace {

template <auto release> struct Release
{
    template <typename T> void operator()(T* p) const noexcept { release(p); }
};

using Archive = std::unique_ptr<archive, Release<archive_write_free>>;
using ReadArchive = std::unique_ptr<archive, Release<archive_read_free>>;
using Entry = std::unique_ptr<archive_entry, Release<archive_entry_free>>;

// libarchive converts names through the C library's locale, and a program started under
// LANG=C has an ASCII one in which a Chinese name cannot be converted at all. For the life of one
// archive this thread uses a UTF-8 character type instead; uselocale() changes nothing for other
// threads, and the other categories stay as they were. Where C.UTF-8 is missing, nothing changes.
class Utf8CharacterType
{
public:
    Utf8CharacterType()
    {
        locale_t base = duplocale(LC_GLOBAL_LOCALE);
        if (!base)
            return;
        m_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", base);
        if (!m_locale) {
            freelocale(base);
            return;
        }
        m_previous = uselocale(m_locale);
    }
    ~Utf8CharacterType()
    {
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }
    Utf8CharacterType(const Utf8CharacterType&) = delete;
    Utf8CharacterType& operator=(const Utf8CharacterType&) = delete;

private:
    locale_t m_locale = nullptr;
    locale_t m_previous = nullptr;
};

// Names are checked the same way on the way out and on the way in, so TenderDesk never writes a
// package that it would refuse to read. A plain relative path has non-empty components, none of
// them "." or "..", and no character that some system reads as a separator, a drive or a
// stream (backslash, colon) or that cannot be shown (control characters).
bool isPlainRelativePath(const QString& path)
{
    if (path.isEmpty() || path.size() > 1024)
        return false;
    for (const QChar c : path) {
        if (c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    for (const QStringView part : QStringView(path).split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

QString shown(const QString& filePath)
{
    return QDir::toNativeSeparators(filePath);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

// Messages take names from the archive, which may hold '%': every message fills all of its
// markers (%1, %2) in one multi-argument arg() call, so a name is never scanned for more of them.
QString libarchiveReason(archive* a)
{
    const char* reason = archive_error_string(a);
    return reason ? QString::fromLocal8Bit(reason)
                  : QCoreApplication::translate("td::ZipArchive", "libarchive gave no reason");
}

// libarchive's client writer: every block goes straight into the device (a QSaveFile or a
// temporary file).
la_ssize_t writeBlock(archive* a, void* client, const void* buffer, size_t length)
{
    auto* file = static_cast<QIODevice*>(client);
    const qint64 written = file->write(static_cast<const char*>(buffer), qint64(length));
    if (written != qint64(length)) {
        archive_set_error(a, EIO, "%s", file->errorString().toLocal8Bit().constData());
        return -1;
    }
    return la_ssize_t(written);
}

Error writeFailure(const QString& filePath, archive* a)
{
    return Error(QCoreApplication::translate("td::ZipArchive",
                                             "Could not write the package %1 (%2). Check that "
                                             "the disk has free space, then try again.")
                     .arg(shown(filePath), libarchiveReason(a)));
}

void writeHeader(archive* zip, const QString& filePath, const QString& path, qint64 size)
{
    const Entry header(archive_entry_new());
    if (!header)
        throw std::bad_alloc();
    archive_entry_set_pathname_utf8(header.get(), path.toUtf8().constData());
    archive_entry_set_filetype(header.get(), AE_IFREG);
    archive_entry_set_perm(header.get(), 0644);
    archive_entry_set_size(header.get(), size);
    // No modification time on purpose: libarchive then writes the zip epoch (1980-01-01 00:00)
    // in the DOS fields and no Unix time, the same in every time zone, so the same entries give
    // the same bytes on every machine and a package's digest can be recomputed.
    if (archive_write_header(zip, header.get()) != ARCHIVE_OK)
        throw writeFailure(filePath, zip);
}

void writeData(archive* zip, const QString& filePath, const char* data, qint64 length)
{
    while (length > 0) {
        const la_ssize_t written = archive_write_data(zip, data, size_t(length));
        if (written <= 0)
            throw writeFailure(filePath, zip);
        data += written;
        length -= written;
    }
}

Error entryRefused(const char* sentence, const QString& filePath, const QString& entry)
{
    return Error(
        QCoreApplication::translate("td::ZipArchive", sentence).arg(entry, shown(filePath)));
}

ZipError entryRefused(ZipProblem problem, const char* sentence, const QString& filePath,
                      const QString& entry)
{
    return ZipError(problem, entryRefused(sentence, filePath, entry).message());
}

// A header that cannot be read: the first one means the file is no zip at all.
ZipError damagedAfter(const QString& filePath, const QString& previous, archive* a)
{
    if (previous.isEmpty())
        return ZipError(ZipProblem::NotAZip,
                        QCoreApplication::translate("td::ZipArchive",
                                                    "%1 is not a readable .zip package (%2). Check "
                                                    "that you chose the right file, or ask the "
                                                    "sender for a new copy.")
                            .arg(shown(filePath), libarchiveReason(a)));
    return ZipError(ZipProblem::Damaged,
                    QCoreApplication::translate("td::ZipArchive",
                                                "The package %1 is damaged after the entry \"%2\" "
                                                "(%3). Ask the sender for a new copy.")
                        .arg(shown(filePath), previous, libarchiveReason(a)));
}

ZipError damagedEntry(const QString& filePath, const QString& entry, archive* a)
{
    return ZipError(ZipProblem::Damaged,
                    QCoreApplication::translate("td::ZipArchive",
                                                "The entry \"%1\" in the package %2 is damaged "
                                                "(%3). Ask the sender for a new copy.")
                        .arg(entry, shown(filePath), libarchiveReason(a)));
}

} // namespace

struct ZipWriter::State
{
    QIODevice& device;
    QString displayName;
    // Declared before the archive, so that the archive is freed (and flushed) while names are
    // still converted as UTF-8.
    Utf8CharacterType utf8;
    Archive zip;
    QSet<QString> written;
    bool finished = false;

    State(QIODevice& d, const QString& name)
        : device(d)
        , displayName(name)
        , zip(archive_write_new())
    {}

    void checkName(const QString& path)
    {
        if (finished)
            throw std::logic_error("ZipWriter: an entry added after finish()");
        if (!isPlainRelativePath(path))
            throw entryRefused(QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "Could not write the package %2: the file name "
                                                 "\"%1\" must be a relative path with '/' between "
                                                 "folders and without \"..\", backslashes or "
                                                 "colons. Rename the file and try again."),
                               displayName, path);
        if (written.contains(path))
            throw entryRefused(QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "Could not write the package %2: the file name "
                                                 "\"%1\" occurs twice. Rename one of the files "
                                                 "and try again."),
                               displayName, path);
        written.insert(path);
    }
};

ZipWriter::ZipWriter(QIODevice& device, const QString& displayName, Compression compression)
    : m_state(std::make_unique<State>(device, displayName))
{
    archive* zip = m_state->zip.get();
    if (!zip)
        throw std::bad_alloc();
    // The compression is a setting of the zip format, so the format comes first. Names are
    // always stored as UTF-8 with the zip UTF-8 flag, whatever the locale.
    if (archive_write_set_format_zip(zip) != ARCHIVE_OK ||
        (compression == Compression::Deflate
             ? archive_write_zip_set_compression_deflate(zip)
             : archive_write_zip_set_compression_store(zip)) != ARCHIVE_OK ||
        archive_write_set_options(zip, "zip:hdrcharset=UTF-8") != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(zip, 1) != ARCHIVE_OK ||
        archive_write_open(zip, &device, nullptr, writeBlock, nullptr) != ARCHIVE_OK)
        throw writeFailure(displayName, zip);
}

ZipWriter::~ZipWriter() = default;

void ZipWriter::addBytes(const QString& path, const QByteArray& content)
{
    m_state->checkName(path);
    archive* zip = m_state->zip.get();
    writeHeader(zip, m_state->displayName, path, content.size());
    writeData(zip, m_state->displayName, content.constData(), content.size());
}

void ZipWriter::addFile(const QString& path, const QString& sourceFile,
                        const CopyProgress& progress)
{
    m_state->checkName(path);
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td::ZipArchive",
                                                "Could not read %1 for the package %2 (%3). "
                                                "Check that the file exists and that you may "
                                                "read it.")
                        .arg(shown(sourceFile), shown(m_state->displayName), source.errorString()));
    const qint64 size = source.size();
    archive* zip = m_state->zip.get();
    writeHeader(zip, m_state->displayName, path, size);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 copied = 0;
    while (copied < size) {
        const qint64 n = source.read(buffer.data(), qMin<qint64>(buffer.size(), size - copied));
        if (n <= 0)
            throw Error(
                QCoreApplication::translate("td::ZipArchive",
                                            "Could not read %1 to the end for the "
                                            "package %2 (%3); was it changed or moved "
                                            "meanwhile? Try again.")
                    .arg(shown(sourceFile), shown(m_state->displayName), source.errorString()));
        writeData(zip, m_state->displayName, buffer.constData(), n);
        copied += n;
        if (progress)
            progress(copied);
    }
}

void ZipWriter::finish()
{
    if (m_state->finished)
        return;
    m_state->finished = true;
    if (archive_write_close(m_state->zip.get()) != ARCHIVE_OK)
        throw writeFailure(m_state->displayName, m_state->zip.get());
}

void writeZip(const QString& filePath, const QList<ArchiveEntry>& entries)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("td::ZipArchive",
                                                "Could not create the package %1 (%2). Check "
                                                "that the folder exists and that you may write "
                                                "to it.")
                        .arg(shown(filePath), file.errorString()));
    {
        // Inside the file's lifetime: freeing an unfinished archive still flushes through
        // writeBlock into the file, which must then exist. An exception from here on leaves
        // the QSaveFile uncommitted, which removes its temporary file and keeps any old file.
        ZipWriter zip(file, filePath, ZipWriter::Compression::Deflate);
        for (const ArchiveEntry& entry : entries)
            zip.addBytes(entry.path, entry.content);
        zip.finish();
    }
    if (!file.commit())
        throw Error(QCoreApplication::translate("td::ZipArchive",
                                                "Could not save the package %1 (%2). Check that "
                                                "the disk has free space and that you may write "
                                                "to the folder.")
                        .arg(shown(filePath), file.errorString()));
}

QList<ArchiveEntry> readZip(const QString& filePath, const ZipLimits& limits)
{
    const Utf8CharacterType utf8;
    const ReadArchive zip(archive_read_new());
    if (!zip)
        throw std::bad_alloc();
    // Zip only, and no compression filters: a package is never wrapped in gzip or the like.
    archive_read_support_format_zip(zip.get());
    // libarchive recognises the format while opening, so a file that is no zip fails here.
    if (archive_read_open_filename(zip.get(), QFile::encodeName(filePath).constData(), 64 * 1024) !=
        ARCHIVE_OK) {
        const QFileInfo info(filePath);
        if (info.isFile() && info.isReadable())
            throw damagedAfter(filePath, QString(), zip.get());
        throw ZipError(ZipProblem::Unreadable,
                       QCoreApplication::translate("td::ZipArchive",
                                                   "Could not open the package %1 (%2). Check that "
                                                   "the file exists and that you may read it.")
                           .arg(shown(filePath), libarchiveReason(zip.get())));
    }

    // The whole file is the compressed size that the bytes unpacked are measured against.
    const qint64 fileSize = QFileInfo(filePath).size();
    const qint64 ratioLimit = limits.maximumCompressionRatio > 0
                                  ? qMax<qint64>(fileSize, 1) * limits.maximumCompressionRatio
                                  : 0;
    QList<ArchiveEntry> entries;
    QSet<QString> seen;
    QString previous;
    int count = 0;
    qint64 total = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        archive_entry* header = nullptr;
        const int status = archive_read_next_header(zip.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        // ARCHIVE_WARN only says that a name could not be converted; a name that has no UTF-8
        // form is refused below.
        if (status < ARCHIVE_WARN)
            throw damagedAfter(filePath, previous, zip.get());
        if (++count > limits.maximumEntries)
            throw ZipError(ZipProblem::TooManyEntries,
                           QCoreApplication::translate("td::ZipArchive",
                                                       "The package %1 holds more than %n files, "
                                                       "more than a package may hold. Ask "
                                                       "the sender to split it.",
                                                       nullptr, limits.maximumEntries)
                               .arg(shown(filePath)));
        const char* utf8Name = archive_entry_pathname_utf8(header);
        if (!utf8Name)
            throw ZipError(ZipProblem::UnsafePath,
                           QCoreApplication::translate("td::ZipArchive",
                                                       "The package %1 has a file name that cannot "
                                                       "be read after \"%2\". Ask the sender to "
                                                       "make the package again with UTF-8 names.")
                               .arg(shown(filePath), previous));
        const QString path = QString::fromUtf8(utf8Name);
        previous = path;
        const auto type = archive_entry_filetype(header);
        // Folders are implied by the paths of their files; an empty one carries nothing.
        if (type == AE_IFDIR && !archive_entry_hardlink(header))
            continue;
        if (type != AE_IFREG || archive_entry_hardlink(header) || archive_entry_symlink(header))
            throw entryRefused(ZipProblem::NotAFile,
                               QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "The entry \"%1\" in the package %2 is a link "
                                                 "or a device, not an ordinary file. Packages "
                                                 "may hold only files; ask the sender for a new "
                                                 "package."),
                               filePath, path);
        if (!isPlainRelativePath(path))
            throw entryRefused(ZipProblem::UnsafePath,
                               QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "The entry \"%1\" in the package %2 is not a "
                                                 "plain relative path: it is absolute, climbs "
                                                 "out with \"..\", or uses backslashes or drive "
                                                 "letters. Ask the sender for a new package."),
                               filePath, path);
        if (seen.contains(path))
            throw entryRefused(ZipProblem::Duplicate,
                               QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "The entry \"%1\" occurs twice in the package "
                                                 "%2, so it is unclear which one counts. Ask the "
                                                 "sender for a new package."),
                               filePath, path);
        seen.insert(path);
        if (archive_entry_is_encrypted(header))
            throw entryRefused(ZipProblem::Encrypted,
                               QT_TRANSLATE_NOOP("td::ZipArchive",
                                                 "The entry \"%1\" in the package %2 is "
                                                 "encrypted with a zip password. Ask the sender "
                                                 "for a package without a zip password."),
                               filePath, path);
        // The sizes in the headers are the sender's claim; only the bytes that come out of
        // the decompressor count, so a zip bomb stops at the limit.
        QByteArray content;
        // A stored entry of a large package (a sealed bid's payload) would otherwise grow by
        // doubling, holding up to twice its size at once. The claimed size is reserved, but
        // never more than the package file itself holds: a lying header costs nothing.
        if (archive_entry_size_is_set(header))
            content.reserve(
                std::min({qint64(archive_entry_size(header)), fileSize, limits.maximumEntryBytes}));
        for (;;) {
            const la_ssize_t n = archive_read_data(zip.get(), buffer.data(), size_t(buffer.size()));
            if (n == 0)
                break;
            // Negative includes ARCHIVE_WARN, which is how libarchive reports a bad CRC.
            if (n < 0)
                throw damagedEntry(filePath, path, zip.get());
            if (content.size() + n > limits.maximumEntryBytes)
                throw ZipError(
                    ZipProblem::TooLarge,
                    QCoreApplication::translate("td::ZipArchive",
                                                "The entry \"%1\" in the package %2 is "
                                                "larger than %3 MB when unpacked. Ask "
                                                "the sender to split it.")
                        .arg(path, shown(filePath), megabytes(limits.maximumEntryBytes)));
            if (total + n > limits.maximumTotalBytes)
                throw ZipError(
                    ZipProblem::TooLarge,
                    QCoreApplication::translate("td::ZipArchive",
                                                "The package %1 is larger than %2 MB "
                                                "when unpacked (it stopped at \"%3\"). "
                                                "Ask the sender to split it.")
                        .arg(shown(filePath), megabytes(limits.maximumTotalBytes), path));
            if (ratioLimit > 0 && total + n > ratioLimit)
                throw ZipError(ZipProblem::TooCompressed,
                               QCoreApplication::translate("td::ZipArchive",
                                                           "The package %1 unpacks to more than "
                                                           "%2 times its own size (it stopped at "
                                                           "\"%3\"): it is built to exhaust the "
                                                           "disk or memory, not to carry files. "
                                                           "Ask the sender for a new package.")
                                   .arg(shown(filePath),
                                        QString::number(limits.maximumCompressionRatio), path));
            content.append(buffer.constData(), n);
            total += n;
        }
        entries.append(ArchiveEntry{path, content});
    }
    return entries;
}

} // namespace td
