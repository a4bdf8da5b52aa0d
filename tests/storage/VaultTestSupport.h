#pragma once

// Shared fixtures for storage tests: vaults at the KDF floor, and direct
// access to a vault's database the way an attacker holding the key (or a
// user following docs/SECURITY.md with libsodium alone) would get it.

#include "TestHelpers.h"
#include "storage/Database.h"
#include "storage/Kdf.h"
#include "storage/RecoveryKey.h"
#include "storage/SecureBuffer.h"
#include "storage/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <span>

namespace quittance::test {

inline std::span<const unsigned char> bytesOf(const char* text) {
    return {reinterpret_cast<const unsigned char*>(text), std::strlen(text)};
}

inline std::span<const unsigned char> bytesOf(const QByteArray& text) {
    return {reinterpret_cast<const unsigned char*>(text.constData()),
            static_cast<std::size_t>(text.size())};
}

inline QByteArray textOf(const storage::SecureBuffer& buffer) {
    return QByteArray(reinterpret_cast<const char*>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

inline QByteArray fileSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline void writeJson(const QString& path, const QJsonObject& object) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

// Unwraps the DEK from vault.json with the recovery key, using only the
// format documented in docs/SECURITY.md and libsodium.
inline storage::SecureBuffer dekFromRecoveryKey(const QString& dir,
                                                const QByteArray& recoveryText) {
    const QJsonObject header = readJson(storage::Vault::headerPath(dir));
    auto kek = storage::RecoveryKey::parse(bytesOf(recoveryText));
    if (!kek)
        return {};
    for (const QJsonValue& value : header.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = value.toObject();
        if (slot.value(QStringLiteral("type")).toString() != QStringLiteral("recovery"))
            continue;
        const QByteArray nonce =
            QByteArray::fromBase64(slot.value(QStringLiteral("nonce")).toString().toLatin1());
        const QByteArray wrapped =
            QByteArray::fromBase64(slot.value(QStringLiteral("wrapped_key")).toString().toLatin1());
        const QByteArray ad = "quittance-vault-v1|" +
                              header.value(QStringLiteral("vault_id")).toString().toLatin1() +
                              "|recovery|||";
        storage::SecureBuffer dek(32);
        unsigned long long length = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                dek.data(), &length, nullptr,
                reinterpret_cast<const unsigned char*>(wrapped.constData()),
                static_cast<unsigned long long>(wrapped.size()),
                reinterpret_cast<const unsigned char*>(ad.constData()),
                static_cast<unsigned long long>(ad.size()),
                reinterpret_cast<const unsigned char*>(nonce.constData()), kek->data()) != 0)
            return {};
        return dek;
    }
    return {};
}

struct TestVault {
    QString dir;
    QByteArray passphrase = "correct horse battery staple";
    QByteArray recoveryKey;
};

inline std::unique_ptr<storage::Vault> createVault(TestVault& tv) {
    auto created = storage::Vault::create(tv.dir, bytesOf(tv.passphrase), storage::Kdf::floor());
    if (!created)
        return nullptr;
    tv.recoveryKey = textOf(created->recoveryKey);
    return std::move(created->vault);
}

inline domain::Result<std::unique_ptr<storage::Vault>> unlockVault(const TestVault& tv) {
    return storage::Vault::unlock(tv.dir, storage::Vault::Secret::Passphrase,
                                  bytesOf(tv.passphrase));
}

inline domain::Result<qint64> putSetting(storage::Vault& vault, const QString& key,
                                         const QString& value) {
    return vault.write({QStringLiteral("test"),
                        QStringLiteral("setting.updated"),
                        QStringLiteral("setting"),
                        key,
                        {}},
                       [&](storage::Writer& writer) -> domain::Status {
                           auto stmt = writer.prepare(
                               "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
                           if (!stmt)
                               return std::unexpected(stmt.error());
                           stmt->bind(1, key).bind(2, value);
                           return stmt->run();
                       });
}

inline domain::Result<QString> getSetting(storage::Vault& vault, const QString& key) {
    return vault.read([&](storage::Reader& reader) -> domain::Result<QString> {
        auto stmt = reader.query("SELECT value FROM settings WHERE key = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, key);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        return *row ? stmt->text(0) : QString();
    });
}

} // namespace quittance::test
