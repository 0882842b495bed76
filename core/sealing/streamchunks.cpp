#include "streamchunks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace td::streaming {

void forEachChunk(QIODevice& in, const std::function<void(const char* data, int length)>& consume,
                  const StreamProgress& progress)
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 read = in.read(buffer.data(), chunkSize);
        if (read < 0)
            throw Error(QCoreApplication::translate("td::Envelope",
                                                    "Could not read the data to seal or unseal "
                                                    "(%1). Check the file and try again.")
                            .arg(in.errorString()));
        if (read == 0 && (in.atEnd() || !in.waitForReadyRead(-1)))
            return;
        if (read == 0)
            continue;
        consume(buffer.constData(), static_cast<int>(read));
        done += read;
        if (progress && !progress(done))
            throw SealingCancelled();
    }
}

void writeAll(QIODevice& out, const char* data, qsizetype length)
{
    if (length > 0 && out.write(data, length) != length)
        throw Error(QCoreApplication::translate("td::Envelope",
                                                "Could not write the sealed or unsealed data "
                                                "(%1). Check that the disk has room, then try "
                                                "again.")
                        .arg(out.errorString()));
}

} // namespace td::streaming
