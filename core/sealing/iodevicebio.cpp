#include "iodevicebio.h"

#include <QIODevice>

namespace td::openssl {
namespace {

QIODevice* deviceOf(BIO* bio)
{
    return static_cast<QIODevice*>(BIO_get_data(bio));
}

int deviceWrite(BIO* bio, const char* data, int length)
{
    BIO_clear_retry_flags(bio);
    const qint64 written = deviceOf(bio)->write(data, length);
    return written == length ? length : -1;
}

int deviceRead(BIO* bio, char* data, int length)
{
    BIO_clear_retry_flags(bio);
    const qint64 read = deviceOf(bio)->read(data, length);
    return read < 0 ? -1 : static_cast<int>(read);
}

long deviceControl(BIO* bio, int command, long, void*)
{
    switch (command) {
    case BIO_CTRL_FLUSH:
        return 1;
    case BIO_CTRL_EOF:
        return deviceOf(bio)->atEnd() ? 1 : 0;
    default:
        return 0;
    }
}

int deviceCreate(BIO* bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

// One method table for the whole program; BIO_meth_new is safe to call once from a static's
// initialiser (C++ makes that thread-safe).
const BIO_METHOD* deviceMethod()
{
    static BIO_METHOD* const method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "QIODevice");
        if (!m || BIO_meth_set_write(m, deviceWrite) != 1 ||
            BIO_meth_set_read(m, deviceRead) != 1 || BIO_meth_set_ctrl(m, deviceControl) != 1 ||
            BIO_meth_set_create(m, deviceCreate) != 1)
            throw std::bad_alloc();
        return m;
    }();
    return method;
}

} // namespace

Bio ioDeviceBio(QIODevice& device)
{
    Bio bio(BIO_new(deviceMethod()));
    if (!bio)
        throw std::bad_alloc();
    BIO_set_data(bio.get(), &device);
    return bio;
}

void freeChainUpTo(BIO* chain, BIO* until)
{
    while (chain && chain != until) {
        BIO* next = BIO_pop(chain);
        BIO_free(chain);
        chain = next;
    }
}

} // namespace td::openssl
