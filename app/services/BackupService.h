#pragma once

#include "domain/Error.h"
#include "services/SyncService.h"
#include "storage/Vault.h"
#include "storage/VaultBackup.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <span>

namespace quittance::services {

// Backups of the open vault (storage::VaultBackup) and the automatic
// backup policy: on lock or exit, at most once a day, into a chosen folder,
// keeping the newest `keep` files. The policy's settings and the result of
// the last automatic run live in the vault ("backup.*" settings), so the GUI
// can show them.
class BackupService {
public:
    struct AutoSettings {
        QString folder; // empty: automatic backups are off
        int keep = 14;
    };
    struct LastRun {
        QString at;    // ISO 8601 UTC, empty if never
        QString file;  // file name written, empty on failure
        QString error; // message of the last failure, empty on success
    };

    explicit BackupService(storage::Vault& vault)
        : m_vault(vault) {}

    domain::Result<storage::VaultBackup::Info> create(const QString& path);
    static domain::Result<storage::VaultBackup::Info>
    verify(const QString& path, storage::Vault::Secret kind, std::span<const unsigned char> secret);
    static domain::Result<storage::VaultBackup::Info>
    restore(const QString& path, const QString& dir, storage::Vault::Secret kind,
            std::span<const unsigned char> secret);
    // restore(), then the restored vault is opened and checked against the
    // sync server's audit checkpoint (when sync was set up for it): a backup
    // older than what the server witnessed is a rollback, reported in
    // `rollback` (the restore itself stands).
    struct Restored {
        storage::VaultBackup::Info info;
        SyncService::RollbackCheck rollback;
    };
    static domain::Result<Restored> restoreAndCheck(const QString& path, const QString& dir,
                                                    storage::Vault::Secret kind,
                                                    std::span<const unsigned char> secret);

    domain::Result<AutoSettings> autoSettings();
    domain::Status setAutoSettings(const AutoSettings& settings);
    domain::Result<LastRun> lastRun();
    // Runs the automatic backup if it is configured and none succeeded in the
    // last 24 hours (or `force`). Returns the path written, or nothing when
    // it was not due. Failures are recorded for lastRun() and returned.
    domain::Result<std::optional<QString>> runAutomatic(const QDateTime& nowUtc,
                                                        bool force = false);

    static QString fileNameFor(const QString& vaultId, const QDateTime& nowUtc);

private:
    domain::Status recordRun(const LastRun& run);
    storage::Vault& m_vault;
};

} // namespace quittance::services
