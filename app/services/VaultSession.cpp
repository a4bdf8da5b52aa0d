#include "VaultSession.h"

#include "storage/Log.h"
#include "sync/ApiKeyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace quittance::services {

using domain::ErrorCode;

QString VaultSession::defaultVaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("quittance/vault"));
}

storage::KdfParams VaultSession::kdfParams(KdfChoice choice, const Progress& progress) {
    if (choice == KdfChoice::Calibrate)
        return storage::Kdf::calibrate(progress);
    if (progress)
        progress(100);
    return storage::Kdf::floor();
}

domain::Result<VaultInfo> VaultSession::info(const QString& dir) {
    auto header = storage::Vault::readHeader(dir);
    if (!header)
        return std::unexpected(header.error());
    VaultInfo info;
    info.directory = QDir(dir).absolutePath();
    info.vaultId = header->vaultId;
    info.formatVersion = storage::KeyHeader::kVersion;
    if (const auto* slot = header->slot(storage::KeySlot::Type::Passphrase))
        info.passphraseKdf = slot->kdf;
    info.anchorSeq = header->anchorSeq;
    info.pendingEvents = static_cast<qint64>(header->pendingEvents.size()) + header->droppedEvents;
    info.databaseBytes = QFileInfo(storage::Vault::databasePath(dir)).size();
    info.walBytes = QFileInfo(storage::Vault::databasePath(dir) + QStringLiteral("-wal")).size();
    return info;
}

domain::Status VaultSession::checkPassphrase(const QString& dir,
                                             std::span<const unsigned char> passphrase) {
    auto header = storage::Vault::readHeader(dir);
    if (!header)
        return std::unexpected(header.error());
    auto key =
        storage::Vault::unwrapDataKey(*header, storage::Vault::Secret::Passphrase, passphrase);
    if (!key)
        return std::unexpected(key.error());
    return {}; // the key is wiped as it goes out of scope
}

domain::Result<storage::SecureBuffer>
VaultSession::create(const QString& dir, std::span<const unsigned char> passphrase, KdfChoice kdf,
                     const Progress& progress) {
    m_vault.reset();
    auto created = storage::Vault::create(dir, passphrase, kdfParams(kdf, progress));
    if (!created)
        return std::unexpected(created.error());
    m_vault = std::move(created->vault);
    return std::move(created->recoveryKey);
}

domain::Status VaultSession::unlock(const QString& dir, std::span<const unsigned char> passphrase) {
    m_vault.reset();
    auto vault = storage::Vault::unlock(dir, storage::Vault::Secret::Passphrase, passphrase);
    if (!vault)
        return std::unexpected(vault.error());
    m_vault = std::move(*vault);
    return {};
}

domain::Status VaultSession::unlockWithRecoveryKey(const QString& dir,
                                                   std::span<const unsigned char> recoveryKey) {
    m_vault.reset();
    auto vault = storage::Vault::unlock(dir, storage::Vault::Secret::RecoveryKey, recoveryKey);
    if (!vault)
        return std::unexpected(vault.error());
    m_vault = std::move(*vault);
    return {};
}

domain::Status VaultSession::changePassphrase(std::span<const unsigned char> newPassphrase,
                                              KdfChoice kdf) {
    if (!isUnlocked())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    if (m_vault->isRolledBack())
        return domain::fail(ErrorCode::RolledBack,
                            QStringLiteral("The vault is open read-only because its audit log "
                                           "failed verification."));
    return m_vault->changePassphrase(newPassphrase, kdfParams(kdf));
}

domain::Result<storage::AuditVerification> VaultSession::verifyAudit() {
    if (!isUnlocked())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    return m_vault->verifyAudit();
}

domain::Result<std::vector<storage::AuditEntry>>
VaultSession::auditEntries(qint64 afterSeq, int limit, const QString& actionPrefix) {
    if (!isUnlocked())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    return m_vault->auditEntries(afterSeq, limit, actionPrefix);
}

domain::Status VaultSession::erase() {
    if (!isUnlocked())
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("Unlock the vault before erasing it."));
    const QString dir = m_vault->directory();
    // The sync API key goes with the vault: when it is in the OS keychain,
    // its entry is deleted first (a failure is reported after the files go).
    QString keychainFailure;
    if (auto where = sync::ApiKeyStore::location(*m_vault);
        where && *where == sync::ApiKeyStore::Location::Keychain) {
        const QString entry = sync::ApiKeyStore::keychainEntry(*m_vault);
        if (auto removed = sync::ApiKeyStore::deleteKeychain(entry); !removed)
            keychainFailure =
                QStringLiteral("The vault's files were deleted, but its sync API key could not be "
                               "removed from the keychain (service \"%1\", entry \"%2\"): %3 "
                               "Remove it with your keyring manager, and revoke the key on the "
                               "server.")
                    .arg(sync::ApiKeyStore::keychainService(), entry, removed.error().message);
    }
    m_vault.reset(); // closes the database and releases the lock
    QStringList failed;
    for (const char* name : {"vault.db", "vault.db-wal", "vault.db-shm", "vault.json",
                             "vault.json.bak", "vault.json.tmp", "vault.lock"}) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        if (QFileInfo::exists(path) && !QFile::remove(path))
            failed << QString::fromLatin1(name);
    }
    QDir().rmdir(dir); // only succeeds when nothing else is in it
    storage::Log::info(QStringLiteral("vault erased"));
    if (!failed.isEmpty())
        return domain::fail(
            ErrorCode::Io,
            QStringLiteral("Could not delete %1.").arg(failed.join(QStringLiteral(", "))));
    if (!keychainFailure.isEmpty())
        return domain::fail(ErrorCode::Io, keychainFailure, QStringLiteral("keychain"));
    return {};
}

} // namespace quittance::services
