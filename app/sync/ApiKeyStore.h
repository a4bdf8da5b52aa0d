#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace quittance::storage {
class Vault;
}

namespace quittance::sync {

// Where the sync API key is kept: the OS keychain through QtKeychain
// (Secret Service on Linux; QtKeychain's insecure plaintext fallback stays
// off), or, only when the user agrees because no keychain is available,
// inside the encrypted vault (sync_state, written through Vault::write).
// Never QSettings, never a plaintext file. The keychain entry is named after
// the vault id, so two vaults keep two keys.
class ApiKeyStore {
public:
    enum class Location { Keychain, Vault };

    static QString keychainService() { return QStringLiteral("Quittance sync"); }
    // The keychain entry (account) that holds this vault's key.
    static QString keychainEntry(const storage::Vault& vault);

    // Io with field "keychain" and a sentence that offers the vault when no
    // keychain answers.
    static domain::Status store(storage::Vault& vault, Location location, const QByteArray& key);
    // The key from wherever sync_state says it is; NotFound when none.
    static domain::Result<QByteArray> load(storage::Vault& vault);
    static domain::Status remove(storage::Vault& vault);
    static domain::Result<Location> location(storage::Vault& vault);

    // Plain keychain access (used by the above and by tests).
    static domain::Status writeKeychain(const QString& entry, const QByteArray& key);
    static domain::Result<QByteArray> readKeychain(const QString& entry);
    static domain::Status deleteKeychain(const QString& entry);

    // "qk_<12>_<43>" as the contract defines it.
    static bool looksLikeKey(const QByteArray& key);
};

} // namespace quittance::sync
