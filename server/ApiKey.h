#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace quittance::server {

// The API key format of the contract: "qk_<keyid>_<secret>", keyid 12
// lowercase alphanumerics, secret 43 base64url characters (32 random bytes).
// Only the key id and SHA-256 of the secret's 32 bytes are ever stored.
class ApiKey {
public:
    static constexpr int kKeyIdLength = 12;
    static constexpr int kSecretLength = 43;

    struct Parts {
        QByteArray keyId;
        QByteArray secret; // the 32 decoded bytes
    };
    struct Generated {
        QByteArray keyId;
        QByteArray plaintext; // the whole key, shown once
        QByteArray secretSha256;
    };

    // nullopt for anything that is not exactly the format above.
    static std::optional<Parts> parse(QByteArrayView header);
    static Generated generate();
    static QByteArray sha256(QByteArrayView bytes);
    // Constant-time equality of two equally long digests.
    static bool digestsEqual(const QByteArray& a, const QByteArray& b);
};

} // namespace quittance::server
