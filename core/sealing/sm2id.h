#pragma once

#include <openssl/evp.h>

namespace td::sm2 {

// The default SM2 distinguishing ID of GB/T 32918 ("1234567812345678"), the one `openssl
// pkeyutl -rawin` and other tools assume when none is given. Sets it on `context` for SM2 keys
// and does nothing for others; false when OpenSSL refuses it.
bool setDefaultId(EVP_PKEY_CTX* context);

// The digest an SM2 or P-256 key signs with: "SM3" or "SHA256".
const char* digestNameFor(const EVP_PKEY* key);

} // namespace td::sm2
