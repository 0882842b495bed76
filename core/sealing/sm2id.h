#pragma once

#include <openssl/evp.h>

namespace td::sm2 {

// The default SM2 distinguishing ID of GB/T 35276 ("1234567812345678"), which Chinese tools
// assume when none is given. OpenSSL 3.0 does not: its `pkeyutl -rawin` uses an empty ID unless
// told `-pkeyopt distid:1234567812345678` (docs/sealing.md says so). Sets the ID on `context`
// for SM2 keys and does nothing for others; false when OpenSSL refuses it.
bool setDefaultId(EVP_PKEY_CTX* context);

// The digest an SM2 or P-256 key signs with: "SM3" or "SHA256".
const char* digestNameFor(const EVP_PKEY* key);

} // namespace td::sm2
