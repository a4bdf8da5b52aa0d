#include "ApiKey.h"

#include <sodium.h>

namespace quittance::server {

namespace {
constexpr char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";

bool isBase64Url(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}
} // namespace

std::optional<ApiKey::Parts> ApiKey::parse(QByteArrayView header) {
    if (header.size() != 3 + kKeyIdLength + 1 + kSecretLength || !header.startsWith("qk_") ||
        header[3 + kKeyIdLength] != '_')
        return std::nullopt;
    const QByteArrayView keyId = header.sliced(3, kKeyIdLength);
    for (const char c : keyId) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return std::nullopt;
    }
    const QByteArrayView secret = header.sliced(3 + kKeyIdLength + 1);
    for (const char c : secret) {
        if (!isBase64Url(c))
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        secret.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    return Parts{keyId.toByteArray(), decoded.decoded};
}

ApiKey::Generated ApiKey::generate() {
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    QByteArray keyId(kKeyIdLength, '\0');
    for (char& c : keyId)
        c = kAlnum[randombytes_uniform(sizeof kAlnum - 1)];
    QByteArray secret(32, '\0');
    randombytes_buf(secret.data(), 32);
    const QByteArray text =
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Generated out{keyId, "qk_" + keyId + '_' + text, sha256(secret)};
    sodium_memzero(secret.data(), 32);
    return out;
}

QByteArray ApiKey::sha256(QByteArrayView bytes) {
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()));
    return out;
}

bool ApiKey::digestsEqual(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace quittance::server
