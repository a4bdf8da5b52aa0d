#pragma once

#include "Vault.h"
#include "domain/Error.h"

#include <QString>

#include <span>

namespace quittance::storage {

// One-file backups of a vault (docs/SECURITY.md, "Backups"): a consistent
// snapshot of vault.db taken with SQLite's online backup API while the vault
// stays open (never a copy of a live WAL database), together with its key
// header, authenticated with BLAKE2b keyed from the DEK (crypto_kdf
// "qaudit01", id 3). The database inside stays encrypted with the vault's
// DEK, so a backup is restorable anywhere with the passphrase or the
// recovery key, and useless without them.
class VaultBackup {
public:
    static constexpr qsizetype kMaxHeaderBytes = 128 * 1024;

    struct Info {
        QString vaultId;
        QString createdAt;
        qint64 anchorSeq = 0;
        qint64 databaseBytes = 0;
    };

    // Writes a backup of an unlocked vault to `path` (replaced atomically,
    // mode 0600). The backup's own creation is the last audit entry it holds.
    static domain::Result<Info> create(Vault& vault, const QString& path);
    // Reads the unauthenticated summary (for listings), checking structure only.
    static domain::Result<Info> inspect(const QString& path);
    // Checks structure and MAC, then restores into a scratch folder to check
    // the database's integrity and the whole audit chain; leaves nothing behind.
    static domain::Result<Info> verify(const QString& path, Vault::Secret kind,
                                       std::span<const unsigned char> secret);
    // Restores into `dir`, which must not hold anything yet; the restored
    // vault is opened and its audit chain verified before success is reported.
    static domain::Result<Info> restore(const QString& path, const QString& dir, Vault::Secret kind,
                                        std::span<const unsigned char> secret);
};

} // namespace quittance::storage
