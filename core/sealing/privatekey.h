#pragma once

#include "ciphersuite.h"
#include "domain/error.h"

#include <QByteArray>

#include <memory>

// OpenSSL's key type, declared here so that users of the handle need no OpenSSL headers.
struct evp_pkey_st;

namespace td {

// The passphrase does not open the key. A td::Error, so that callers that only show errors need
// nothing more; callers that ask again catch this one.
class WrongPassphrase : public Error
{
public:
    WrongPassphrase();
};

// An unlocked private key (P-256 or SM2), held inside OpenSSL, which cleanses it when the handle
// is destroyed. Movable, not copyable: one owner at a time.
class PrivateKey
{
public:
    // Decrypts an encrypted PKCS#8 PEM key. Throws WrongPassphrase for a wrong passphrase and
    // td::Error for a PEM that is not an encrypted key of either suite.
    static PrivateKey unlock(const QByteArray& encryptedPem, const QByteArray& passphrase);
    // Reads an unencrypted PKCS#8 PEM key (the tender's receipt keys). Throws td::Error.
    static PrivateKey fromPem(const QByteArray& plainPem);
    // A fresh key of the suite's algorithm.
    static PrivateKey generate(CipherSuite suite);

    PrivateKey(PrivateKey&&) noexcept;
    PrivateKey& operator=(PrivateKey&&) noexcept;
    ~PrivateKey();

    // Unencrypted PKCS#8 PEM (for keys kept in the database, such as receipt keys).
    QByteArray plainPem() const;
    // Encrypted PKCS#8 PEM under `passphrase` (scrypt, AES-256-CBC, like sealing keys).
    QByteArray encryptedPem(const QByteArray& passphrase) const;
    // SubjectPublicKeyInfo PEM.
    QByteArray publicKeyPem() const;
    CipherSuite suite() const;

    // For the sealing library's own OpenSSL calls; the handle keeps ownership.
    evp_pkey_st* handle() const noexcept { return m_key.get(); }

private:
    struct Free
    {
        void operator()(evp_pkey_st* key) const noexcept;
    };
    explicit PrivateKey(evp_pkey_st* key);
    std::unique_ptr<evp_pkey_st, Free> m_key;
};

} // namespace td
