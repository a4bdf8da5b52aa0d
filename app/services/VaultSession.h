#pragma once

#include "domain/Error.h"
#include "storage/Kdf.h"
#include "storage/SecureBuffer.h"
#include "storage/Vault.h"

#include <QString>

#include <functional>
#include <memory>
#include <span>

namespace quittance::services {

// Summary of a vault that can be read without unlocking it.
struct VaultInfo {
    QString directory;
    QString vaultId;
    int formatVersion = 0;
    storage::KdfParams passphraseKdf;
    qint64 anchorSeq = 0;
    qint64 pendingEvents = 0;
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
};

// The use cases around one vault: create, unlock, change passphrase, recover,
// verify and read the audit log. Both front ends (CLI and GUI) go through
// this type; it owns the unlocked storage::Vault while the session lasts.
class VaultSession {
public:
    enum class KdfChoice { Calibrate, Floor };

    static QString defaultVaultDirectory();
    static domain::Result<VaultInfo> info(const QString& dir);
    // Whether `passphrase` opens the vault in `dir`: unwraps its data key
    // from the header (the full KDF) without opening the database, so it may
    // run on a worker thread while the vault is open. WrongSecret when not.
    static domain::Status checkPassphrase(const QString& dir,
                                          std::span<const unsigned char> passphrase);

    // Percent done (0-100) of the KDF calibration, called on the thread that
    // runs it; KdfChoice::Floor reports only 100.
    using Progress = std::function<void(int)>;

    // Returns the recovery key text (shown once) and leaves the session unlocked.
    domain::Result<storage::SecureBuffer> create(const QString& dir,
                                                 std::span<const unsigned char> passphrase,
                                                 KdfChoice kdf, const Progress& progress = {});
    domain::Status unlock(const QString& dir, std::span<const unsigned char> passphrase);
    domain::Status unlockWithRecoveryKey(const QString& dir,
                                         std::span<const unsigned char> recoveryKey);
    domain::Status changePassphrase(std::span<const unsigned char> newPassphrase, KdfChoice kdf);

    domain::Result<storage::AuditVerification> verifyAudit();
    domain::Result<std::vector<storage::AuditEntry>> auditEntries(qint64 afterSeq, int limit,
                                                                  const QString& actionPrefix);

    void lock() { m_vault.reset(); }
    // Permanently deletes the unlocked vault's files (database, WAL, header
    // and its backup, lock file) and the folder if it is then empty, and the
    // vault's sync API key entry in the OS keychain when the key is kept there.
    // Io with field "keychain" when the files went but the keychain refused.
    domain::Status erase();
    bool isUnlocked() const { return m_vault && m_vault->isOpen(); }
    storage::Vault* vault() { return m_vault.get(); }

    static storage::KdfParams kdfParams(KdfChoice choice, const Progress& progress = {});

private:
    std::unique_ptr<storage::Vault> m_vault;
};

} // namespace quittance::services
