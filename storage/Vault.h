#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "Kdf.h"
#include "KeyHeader.h"
#include "Reader.h"
#include "SecureBuffer.h"
#include "VaultLock.h"
#include "Writer.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <span>

namespace quittance::storage {

// An unlocked vault: a directory holding vault.db (SQLCipher 4, keyed with a
// random 32-byte DEK) and vault.json (the key header that wraps the DEK for
// the passphrase and the recovery key). Owns the process-exclusive lock, the
// DEK and the keys derived from it, all in locked memory and wiped by lock()
// or destruction. Every change goes through write(), which commits the change
// and its audit entry in one transaction and then anchors the chain head in
// vault.json. See docs/SECURITY.md for the exact format.
class Vault {
public:
    enum class Secret { Passphrase, RecoveryKey };

    struct Created {
        std::unique_ptr<Vault> vault;
        SecureBuffer recoveryKey; // the text form, to be shown once
    };

    static constexpr std::size_t kMinPassphraseBytes = 1;
    static constexpr std::size_t kMaxPassphraseBytes = 1024;

    static QString databasePath(const QString& dir);
    static QString headerPath(const QString& dir);
    static bool exists(const QString& dir);

    // Creates a new vault in `dir` (which must be empty or absent).
    static domain::Result<Created>
    create(const QString& dir, std::span<const unsigned char> passphrase, const KdfParams& kdf);
    static domain::Result<std::unique_ptr<Vault>> unlock(const QString& dir, Secret kind,
                                                         std::span<const unsigned char> secret);
    // Unwraps the DEK from a header with a passphrase or recovery key and
    // checks the header MAC; used by unlock() and by backups.
    static domain::Result<SecureBuffer> unwrapDataKey(const KeyHeader& header, Secret kind,
                                                      std::span<const unsigned char> secret);
    // The header as stored, without unlocking (for `vault info`).
    static domain::Result<KeyHeader> readHeader(const QString& dir);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Re-wraps the DEK under a new passphrase; vault.db is not touched. The
    // event is audited with the next write (see PendingEvent).
    domain::Status changePassphrase(std::span<const unsigned char> newPassphrase,
                                    const KdfParams& kdf);

    // Runs `mutation` and appends its audit entry (plus any the mutation
    // recorded) in one IMMEDIATE transaction. Returns the new chain head seq.
    domain::Result<qint64> write(AuditEvent event,
                                 const std::function<domain::Status(Writer&)>& mutation);

    template <typename F>
    auto read(F&& function) {
        Reader reader(m_db);
        return function(reader);
    }

    domain::Result<AuditVerification> verifyAudit();
    domain::Result<std::vector<AuditEntry>> auditEntries(qint64 afterSeq, int limit,
                                                         const QString& actionPrefix = {});
    // Verifies the HMAC of every page of vault.db (PRAGMA
    // cipher_integrity_check): Damaged when any fails. Run at unlock for
    // vaults up to kFullCheckBytes; `vault check` runs it on any size.
    domain::Status checkIntegrity();
    static constexpr qint64 kFullCheckBytes = 64ll * 1024 * 1024;
    // Folds the WAL into vault.db (for backups, benchmarks and tests).
    domain::Status checkpoint();

    // Stops the query a read() is running on another thread (it fails with an
    // error); for cancelling long reports. The caller keeps the vault open
    // until that thread is done, as with any use of the connection.
    void interrupt() { m_db.interrupt(); }

    // Wipes every key and closes the database; the object is then unusable.
    void lock();

    bool isOpen() const { return m_db.isOpen(); }
    bool isRolledBack() const { return m_rolledBack; }
    bool openedWithRecoveryKey() const { return m_openedWithRecovery; }
    const QString& directory() const { return m_dir; }
    const QString& id() const { return m_header.vaultId; }
    const KeyHeader& header() const { return m_header; }
    qint64 schemaVersion() const { return m_schemaVersion; }

    // Test seam: the clock used for audit timestamps.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

private:
    friend class VaultBackup;
    Vault() = default;
    domain::Status deriveSubkeys();
    domain::Status storeHeader(bool keepBackup);
    domain::Status migrate(const AuditEvent& event);
    domain::Result<AuditHead> appendPrivileged(const AuditEvent& event);
    static int authorize(void* self, int action, const char* a, const char* b, const char* db,
                         const char* trigger);

    QString m_dir;
    VaultLock m_lock;
    KeyHeader m_header;
    Database m_db;
    SecureBuffer m_dek;
    SecureBuffer m_auditKey;
    SecureBuffer m_headerKey;
    bool m_rolledBack = false;
    bool m_openedWithRecovery = false;
    bool m_privileged = false;
    qint64 m_schemaVersion = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace quittance::storage
