#pragma once

// A BIO over a QIODevice, so that OpenSSL's streaming CMS reads and writes the caller's files
// directly, a chunk at a time, instead of whole files in memory.

#include "opensslsupport.h"

class QIODevice;

namespace td::openssl {

// A source/sink BIO reading from and writing to `device`, which must outlive it. A failed device
// read or write shows as a BIO error, so OpenSSL stops the stream.
Bio ioDeviceBio(QIODevice& device);

// Frees the BIOs that CMS_dataInit pushed in front of `until`, keeping `until` (the caller's).
void freeChainUpTo(BIO* chain, BIO* until);

} // namespace td::openssl
