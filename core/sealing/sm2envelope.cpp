#include "sm2envelope.h"

#include "opensslsupport.h"
#include "privatekey.h"
#include "streamchunks.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace td::sm2envelope {
namespace {

constexpr int sm4KeyBytes = 16;
constexpr int sm4BlockBytes = 16;
constexpr int hmacKeyBytes = 32;
constexpr int macBytes = 32; // SM3

// Key material that is wiped when it goes out of scope.
struct Secret
{
    QByteArray bytes;
    explicit Secret(QByteArray b)
        : bytes(std::move(b))
    {}
    Secret(Secret&& other) noexcept
        : bytes(std::move(other.bytes))
    {}
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret() { OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size())); }
    const unsigned char* data() const
    {
        return reinterpret_cast<const unsigned char*>(bytes.constData());
    }
};

struct Keys
{
    Secret sm4Key;
    Secret sm4Iv;
    Secret hmacKey;
};

Error envelopeFailure()
{
    return openssl::failure("td::Envelope",
                            QT_TRANSLATE_NOOP("td::Envelope",
                                              "Could not seal or unseal with SM2, SM4 and SM3 "
                                              "(%1). Check that OpenSSL 3 is installed "
                                              "completely, then try again."));
}

void require(bool ok)
{
    if (!ok)
        throw envelopeFailure();
}

// "sm4-key=<32 hex>\nsm4-iv=<32 hex>\nhmac-sm3-key=<64 hex>\n", the text payload.key.sm2 holds.
Secret keyText(const Keys& keys)
{
    return Secret("sm4-key=" + keys.sm4Key.bytes.toHex() + "\nsm4-iv=" + keys.sm4Iv.bytes.toHex() +
                  "\nhmac-sm3-key=" + keys.hmacKey.bytes.toHex() + '\n');
}

// The value of `name` on `line`, `bytes` long once decoded from lower-case hex, or empty.
QByteArray hexField(const QByteArray& line, const QByteArray& name, int bytes)
{
    const QByteArray prefix = name + '=';
    if (!line.startsWith(prefix) || line.size() != prefix.size() + 2 * bytes)
        return {};
    const QByteArray hex = line.mid(prefix.size());
    for (const char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return {};
    return QByteArray::fromHex(hex);
}

Keys parseKeyText(const Secret& text)
{
    const QList<QByteArray> lines = text.bytes.split('\n');
    Keys keys{
        Secret(lines.size() == 4 ? hexField(lines[0], "sm4-key", sm4KeyBytes) : QByteArray()),
        Secret(lines.size() == 4 ? hexField(lines[1], "sm4-iv", sm4BlockBytes) : QByteArray()),
        Secret(lines.size() == 4 ? hexField(lines[2], "hmac-sm3-key", hmacKeyBytes)
                                 : QByteArray())};
    if (keys.sm4Key.bytes.isEmpty() || keys.sm4Iv.bytes.isEmpty() || keys.hmacKey.bytes.isEmpty() ||
        !lines[3].isEmpty())
        throw Error(QCoreApplication::translate(
            "td::Envelope", "The sealed key text (payload.key.sm2) is not in the documented "
                            "form. The bid package is damaged; ask the vendor to send it again."));
    return keys;
}

QByteArray sm2Transform(EVP_PKEY* key, const QByteArray& input, bool encrypt)
{
    const openssl::KeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    const size_t inLength = static_cast<size_t>(input.size());
    size_t length = 0;
    const auto run = [&](unsigned char* out) {
        return encrypt ? EVP_PKEY_encrypt(context.get(), out, &length, in, inLength)
                       : EVP_PKEY_decrypt(context.get(), out, &length, in, inLength);
    };
    const int started = !context  ? 0
                        : encrypt ? EVP_PKEY_encrypt_init(context.get())
                                  : EVP_PKEY_decrypt_init(context.get());
    if (started != 1 || run(nullptr) != 1)
        return {};
    QByteArray output(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (run(reinterpret_cast<unsigned char*>(output.data())) != 1) {
        OPENSSL_cleanse(output.data(), static_cast<size_t>(output.size()));
        return {};
    }
    output.truncate(static_cast<qsizetype>(length));
    return output;
}

openssl::CipherContext sm4Context(const Keys& keys, bool encrypt)
{
    const openssl::Cipher cipher(EVP_CIPHER_fetch(nullptr, "SM4-CBC", nullptr));
    openssl::CipherContext context(EVP_CIPHER_CTX_new());
    require(cipher && context &&
            EVP_CipherInit_ex2(context.get(), cipher.get(), keys.sm4Key.data(), keys.sm4Iv.data(),
                               encrypt ? 1 : 0, nullptr) == 1);
    return context;
}

openssl::MacContext hmacSm3(const Keys& keys)
{
    const openssl::Mac mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    openssl::MacContext context(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    char digest[] = "SM3";
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
    require(context &&
            EVP_MAC_init(context.get(), keys.hmacKey.data(),
                         static_cast<size_t>(keys.hmacKey.bytes.size()), parameters) == 1);
    return context;
}

void macUpdate(EVP_MAC_CTX* mac, const unsigned char* data, int length)
{
    require(EVP_MAC_update(mac, data, static_cast<size_t>(length)) == 1);
}

QByteArray macFinal(EVP_MAC_CTX* mac)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    require(EVP_MAC_final(mac, out, &length, sizeof out) == 1 && length == macBytes);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

} // namespace

Sealed seal(QIODevice& plaintext, QIODevice& ciphertextOut, EVP_PKEY* tenderKey,
            const StreamProgress& progress)
{
    ERR_clear_error();
    const Keys keys{Secret(openssl::randomBytes(sm4KeyBytes)),
                    Secret(openssl::randomBytes(sm4BlockBytes)),
                    Secret(openssl::randomBytes(hmacKeyBytes))};
    Sealed sealed;
    sealed.encryptedKeys = sm2Transform(tenderKey, keyText(keys).bytes, true);
    require(!sealed.encryptedKeys.isEmpty());

    const openssl::CipherContext cipher = sm4Context(keys, true);
    const openssl::MacContext mac = hmacSm3(keys);
    QByteArray out(streaming::chunkSize + sm4BlockBytes, Qt::Uninitialized);
    auto* outData = reinterpret_cast<unsigned char*>(out.data());
    // Encrypt then MAC: the MAC covers exactly the bytes written to payload.bin.
    const auto output = [&](int length) {
        macUpdate(mac.get(), outData, length);
        streaming::writeAll(ciphertextOut, out.constData(), length);
    };
    streaming::forEachChunk(
        plaintext,
        [&](const char* data, int length) {
            int written = 0;
            require(EVP_EncryptUpdate(cipher.get(), outData, &written,
                                      reinterpret_cast<const unsigned char*>(data), length) == 1);
            output(written);
        },
        progress);
    int written = 0;
    require(EVP_EncryptFinal_ex(cipher.get(), outData, &written) == 1);
    output(written);
    sealed.macHex = macFinal(mac.get()).toHex();
    return sealed;
}

void unseal(const QByteArray& encryptedKeys, const QByteArray& macHex, QIODevice& ciphertext,
            QIODevice& plaintextOut, const PrivateKey& tenderKey, const StreamProgress& progress)
{
    ERR_clear_error();
    const Secret text(sm2Transform(tenderKey.handle(), encryptedKeys, false));
    if (text.bytes.isEmpty())
        throw openssl::failure(
            "td::Envelope",
            QT_TRANSLATE_NOOP("td::Envelope",
                              "The bid was not sealed to this tender's key (%1). Check that "
                              "the bid belongs to this tender."));
    const Keys keys = parseKeyText(text);
    const QByteArray expectedMac = hexField("mac=" + macHex, "mac", macBytes);

    const openssl::CipherContext cipher = sm4Context(keys, false);
    const openssl::MacContext mac = hmacSm3(keys);
    QByteArray out(streaming::chunkSize + sm4BlockBytes, Qt::Uninitialized);
    auto* outData = reinterpret_cast<unsigned char*>(out.data());
    streaming::forEachChunk(
        ciphertext,
        [&](const char* data, int length) {
            const auto* in = reinterpret_cast<const unsigned char*>(data);
            macUpdate(mac.get(), in, length);
            int written = 0;
            require(EVP_DecryptUpdate(cipher.get(), outData, &written, in, length) == 1);
            streaming::writeAll(plaintextOut, out.constData(), written);
        },
        progress);
    const QByteArray actualMac = macFinal(mac.get());
    if (expectedMac.size() != macBytes ||
        CRYPTO_memcmp(actualMac.constData(), expectedMac.constData(), macBytes) != 0)
        throw Error(QCoreApplication::translate(
            "td::Envelope", "The sealed bid fails its integrity check (the HMAC-SM3 in "
                            "payload.mac does not match): it was altered or damaged after "
                            "sealing and cannot be opened."));
    int written = 0;
    if (EVP_DecryptFinal_ex(cipher.get(), outData, &written) != 1)
        throw openssl::failure(
            "td::Envelope",
            QT_TRANSLATE_NOOP("td::Envelope",
                              "The sealed bid fails its integrity check (%1): it was "
                              "altered or damaged after sealing and cannot be opened."));
    streaming::writeAll(plaintextOut, out.constData(), written);
}

} // namespace td::sm2envelope
