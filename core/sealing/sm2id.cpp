#include "sm2id.h"

namespace td::sm2 {

namespace {
constexpr char defaultId[] = "1234567812345678";
}

bool setDefaultId(EVP_PKEY_CTX* context)
{
    if (!EVP_PKEY_is_a(EVP_PKEY_CTX_get0_pkey(context), "SM2"))
        return true;
    return EVP_PKEY_CTX_set1_id(context, defaultId, sizeof defaultId - 1) == 1;
}

const char* digestNameFor(const EVP_PKEY* key)
{
    return EVP_PKEY_is_a(key, "SM2") ? "SM3" : "SHA256";
}

} // namespace td::sm2
