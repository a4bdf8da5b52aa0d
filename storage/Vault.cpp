#include "Vault.h"

#include "AtomicFile.h"
#include "Log.h"
#include "RecoveryKey.h"
#include "Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUuid>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <sys/stat.h>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "qaudit01";
constexpr quint64 kAuditKeyId = 1;
constexpr quint64 kHeaderKeyId = 2;
constexpr char kCheckConstant[] = "quittance-kcv-v1";

// Sets a flag for the lifetime of the scope (privileged statements).
class FlagScope {
public:
    explicit FlagScope(bool& flag)
        : m_flag(flag) {
        m_flag = true;
    }
    ~FlagScope() { m_flag = false; }
    FlagScope(const FlagScope&) = delete;
    FlagScope& operator=(const FlagScope&) = delete;

private:
    bool& m_flag;
};

QByteArray keyCheck(const SecureBuffer& kek) {
    QByteArray out(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 16,
                       reinterpret_cast<const unsigned char*>(kCheckConstant),
                       sizeof kCheckConstant - 1, kek.data(), kek.size());
    return out;
}

QByteArray randomBytes(qsizetype size) {
    QByteArray out(size, '\0');
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}

void wrapKey(KeySlot& slot, const SecureBuffer& dek, const SecureBuffer& kek,
             const QString& vaultId) {
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    slot.wrappedKey = QByteArray(
        static_cast<qsizetype>(dek.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    slot.check = keyCheck(kek);
    const QByteArray ad = slot.associatedData(vaultId);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrappedKey.data()), &written, dek.data(), dek.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data());
}

domain::Result<SecureBuffer> unwrapKey(const KeySlot& slot, const SecureBuffer& kek,
                                       const QString& vaultId) {
    const QByteArray check = keyCheck(kek);
    if (sodium_memcmp(check.constData(), slot.check.constData(), 16) != 0) {
        return domain::fail(ErrorCode::WrongSecret, slot.type == KeySlot::Type::Passphrase
                                                        ? QStringLiteral("Wrong passphrase.")
                                                        : QStringLiteral("Wrong recovery key."));
    }
    SecureBuffer dek(32);
    const QByteArray ad = slot.associatedData(vaultId);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dek.data(), &written, nullptr,
            reinterpret_cast<const unsigned char*>(slot.wrappedKey.constData()),
            static_cast<unsigned long long>(slot.wrappedKey.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek.data()) != 0 ||
        written != 32) {
        return domain::fail(ErrorCode::Tampered,
                            QStringLiteral("The vault header was tampered with: the %1 slot failed "
                                           "its authentication check.")
                                .arg(slot.typeName()));
    }
    return dek;
}

domain::Result<SecureBuffer> subkey(const SecureBuffer& dek, quint64 id) {
    SecureBuffer key(32);
    if (crypto_kdf_derive_from_key(key.data(), key.size(), id, kKdfContext, dek.data()) != 0)
        return domain::fail(ErrorCode::Internal, QStringLiteral("Could not derive a subkey."));
    return key;
}

QByteArray mac(const SecureBuffer& key, const QByteArray& data) {
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), key.data(), key.size());
    return out;
}

struct Migration {
    qint64 version;
    QString path;
};

std::vector<Migration> migrations() {
    std::vector<Migration> list;
    QDirIterator it(QStringLiteral(":/quittance/migrations"));
    while (it.hasNext()) {
        const QString path = it.next();
        const qint64 version = QFileInfo(path).fileName().left(4).toLongLong();
        if (version > 0)
            list.push_back({version, path});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

qint64 latestSchema() {
    const auto list = migrations();
    return list.empty() ? 0 : list.back().version;
}

void removeVaultFiles(const QString& dir) {
    for (const char* name :
         {"vault.db", "vault.db-wal", "vault.db-shm", "vault.json", "vault.json.tmp", "vault.lock"})
        QFile::remove(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

QString Vault::databasePath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("vault.db"));
}

QString Vault::headerPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("vault.json"));
}

bool Vault::exists(const QString& dir) {
    return QFileInfo::exists(headerPath(dir));
}

Vault::~Vault() {
    lock();
}

QDateTime Vault::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int Vault::authorize(void* self, int action, const char* a, const char* b, const char*,
                     const char*) {
    const auto* vault = static_cast<const Vault*>(self);
    if (vault->m_privileged)
        return SQLITE_OK;
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        if (a && (std::strcmp(a, "audit_log") == 0 || std::strncmp(a, "sqlite_", 7) == 0))
            return SQLITE_DENY;
        return SQLITE_OK;
    case SQLITE_PRAGMA:
        // FTS5 reads settings such as page_size and data_version through
        // PRAGMA; reading is harmless, setting (a value given) is not.
        return b == nullptr ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_ALTER_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_INDEX:
    case SQLITE_DROP_TEMP_TABLE:
    case SQLITE_DROP_TEMP_TRIGGER:
    case SQLITE_DROP_TEMP_VIEW:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_VTABLE:
        return SQLITE_DENY;
    default:
        return SQLITE_OK;
    }
}

domain::Status Vault::deriveSubkeys() {
    auto audit = subkey(m_dek, kAuditKeyId);
    auto header = subkey(m_dek, kHeaderKeyId);
    if (!audit || !header)
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("Could not derive the vault's subkeys."));
    m_auditKey = std::move(*audit);
    m_headerKey = std::move(*header);
    return {};
}

domain::Status Vault::storeHeader(bool keepBackup) {
    m_header.mac = mac(m_headerKey, m_header.macInput());
    return AtomicFile::write(headerPath(m_dir), m_header.serialize(), keepBackup);
}

domain::Result<AuditHead> Vault::appendPrivileged(const AuditEvent& event) {
    FlagScope privileged(m_privileged);
    return AuditLog::append(m_db, m_auditKey, event, now());
}

domain::Status Vault::migrate(const AuditEvent& event) {
    FlagScope privileged(m_privileged);
    auto current = m_db.queryInt("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    const qint64 latest = latestSchema();
    if (*current > latest)
        return domain::fail(ErrorCode::Incompatible,
                            QStringLiteral("This vault uses schema version %1, newer than this "
                                           "program understands (%2). Please upgrade Quittance.")
                                .arg(*current)
                                .arg(latest));
    m_schemaVersion = *current;
    if (*current == latest)
        return {};
    Transaction txn(m_db);
    if (!txn.isActive())
        return txn.beginStatus();
    for (const Migration& migration : migrations()) {
        if (migration.version <= *current)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("A schema migration is missing."));
        if (auto applied = m_db.exec(file.readAll().toStdString()); !applied)
            return applied;
    }
    if (auto set = m_db.exec("PRAGMA user_version = " + std::to_string(latest)); !set)
        return set;
    AuditEvent audited = event;
    audited.summary.insert(QStringLiteral("schema_from"), *current);
    audited.summary.insert(QStringLiteral("schema_to"), latest);
    auto head = AuditLog::append(m_db, m_auditKey, audited, now());
    if (!head)
        return std::unexpected(head.error());
    if (auto committed = txn.commit(); !committed)
        return committed;
    m_schemaVersion = latest;
    m_header.anchorSeq = head->seq;
    m_header.anchorHash = head->hash;
    return storeHeader(false);
}

domain::Result<Vault::Created>
Vault::create(const QString& dir, std::span<const unsigned char> passphrase, const KdfParams& kdf) {
    if (passphrase.size() < kMinPassphraseBytes || passphrase.size() > kMaxPassphraseBytes)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The passphrase must be between 1 and 1024 bytes."),
                            QStringLiteral("passphrase"));
    if (!Kdf::meetsFloor(kdf))
        return domain::fail(
            ErrorCode::BelowKdfFloor,
            QStringLiteral("Key derivation parameters are below the vault's floor."));
    QDir directory(dir);
    if (directory.exists() &&
        !directory.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return domain::fail(
            ErrorCode::Conflict,
            QStringLiteral("The folder is not empty; a vault is created only in a new "
                           "or empty folder."),
            QStringLiteral("vault"));
    if (!QDir().mkpath(dir))
        return domain::fail(ErrorCode::Io, QStringLiteral("Could not create the vault folder."));
    ::chmod(QFile::encodeName(dir).constData(), 0700);

    std::unique_ptr<Vault> vault(new Vault);
    vault->m_dir = QDir(dir).absolutePath();
    auto lock = VaultLock::acquire(vault->m_dir);
    if (!lock)
        return std::unexpected(lock.error());
    vault->m_lock = std::move(*lock);

    const auto cleanup = [&vault, dir](domain::Error error) {
        vault->lock();
        vault.reset();
        removeVaultFiles(dir);
        return std::unexpected(std::move(error));
    };

    vault->m_header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    vault->m_dek = SecureBuffer::random(32);
    SecureBuffer recovery = SecureBuffer::random(RecoveryKey::kKeyBytes);

    KeySlot passSlot;
    passSlot.type = KeySlot::Type::Passphrase;
    passSlot.kdf = kdf;
    passSlot.salt = randomBytes(Kdf::kSaltBytes);
    auto kek = Kdf::derive(
        passphrase,
        std::span<const unsigned char>(
            reinterpret_cast<const unsigned char*>(passSlot.salt.constData()), Kdf::kSaltBytes),
        kdf);
    if (!kek)
        return cleanup(kek.error());
    wrapKey(passSlot, vault->m_dek, *kek, vault->m_header.vaultId);

    KeySlot recSlot;
    recSlot.type = KeySlot::Type::Recovery;
    wrapKey(recSlot, vault->m_dek, recovery, vault->m_header.vaultId);
    vault->m_header.slots = {passSlot, recSlot};

    if (auto keys = vault->deriveSubkeys(); !keys)
        return cleanup(keys.error());
    if (auto stored = vault->storeHeader(false); !stored)
        return cleanup(stored.error());
    auto db = Database::open(databasePath(dir), vault->m_dek);
    if (!db)
        return cleanup(db.error());
    vault->m_db = std::move(*db);
    AuditEvent created{
        QStringLiteral("local"), QStringLiteral("vault.created"), QStringLiteral("vault"),
        vault->m_header.vaultId,
        QJsonObject{{QStringLiteral("opslimit"), static_cast<qint64>(kdf.opslimit)},
                    {QStringLiteral("memlimit"), static_cast<qint64>(kdf.memlimit)}}};
    if (auto migrated = vault->migrate(created); !migrated)
        return cleanup(migrated.error());
    sqlite3_set_authorizer(vault->m_db.handle(), &Vault::authorize, vault.get());
    Log::info(QStringLiteral("vault created"));
    return Created{std::move(vault), RecoveryKey::format(recovery.bytes())};
}

domain::Result<KeyHeader> Vault::readHeader(const QString& dir) {
    auto bytes = AtomicFile::read(headerPath(dir), KeyHeader::kMaxBytes);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return domain::fail(ErrorCode::NotFound,
                                QStringLiteral("There is no vault in that folder."),
                                QStringLiteral("vault"));
        return std::unexpected(bytes.error());
    }
    return KeyHeader::parse(*bytes);
}

domain::Result<SecureBuffer> Vault::unwrapDataKey(const KeyHeader& header, Secret kind,
                                                  std::span<const unsigned char> secret) {
    const auto slotType =
        kind == Secret::Passphrase ? KeySlot::Type::Passphrase : KeySlot::Type::Recovery;
    const KeySlot* slot = header.slot(slotType);
    if (!slot)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("The vault header has no %1 slot.")
                                .arg(kind == Secret::Passphrase ? QStringLiteral("passphrase")
                                                                : QStringLiteral("recovery")));
    domain::Result<SecureBuffer> kek = std::unexpected(domain::Error{});
    if (kind == Secret::Passphrase) {
        if (!Kdf::meetsFloor(slot->kdf))
            return domain::fail(
                ErrorCode::BelowKdfFloor,
                QStringLiteral("The vault header asks for weaker key derivation than "
                               "allowed (Argon2id with at least 3 passes and 64 MiB); "
                               "it was altered, and the vault is not opened."));
        if (secret.size() > kMaxPassphraseBytes)
            return domain::fail(ErrorCode::WrongSecret, QStringLiteral("Wrong passphrase."));
        kek = Kdf::derive(
            secret,
            std::span<const unsigned char>(
                reinterpret_cast<const unsigned char*>(slot->salt.constData()), Kdf::kSaltBytes),
            slot->kdf);
    } else {
        kek = RecoveryKey::parse(secret);
    }
    if (!kek)
        return std::unexpected(kek.error());
    auto dek = unwrapKey(*slot, *kek, header.vaultId);
    if (!dek)
        return dek;
    auto headerKey = subkey(*dek, kHeaderKeyId);
    if (!headerKey)
        return std::unexpected(headerKey.error());
    if (header.mac.size() != 32 || sodium_memcmp(mac(*headerKey, header.macInput()).constData(),
                                                 header.mac.constData(), 32) != 0)
        return domain::fail(
            ErrorCode::Tampered,
            QStringLiteral("The vault header was tampered with: its MAC does not "
                           "match (a slot, the vault id or the audit anchor changed)."));
    return dek;
}

domain::Result<std::unique_ptr<Vault>> Vault::unlock(const QString& dir, Secret kind,
                                                     std::span<const unsigned char> secret) {
    if (!exists(dir))
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("There is no vault in that folder."),
                            QStringLiteral("vault"));
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_dir = QDir(dir).absolutePath();
    auto lock = VaultLock::acquire(vault->m_dir);
    if (!lock)
        return std::unexpected(lock.error());
    vault->m_lock = std::move(*lock);
    auto header = readHeader(dir);
    if (!header)
        return std::unexpected(header.error());
    vault->m_header = std::move(*header);

    auto dek = unwrapDataKey(vault->m_header, kind, secret);
    if (!dek) {
        if (dek.error().code == ErrorCode::WrongSecret) {
            // Remember the failure; it is audited at the next successful unlock.
            const QString slotName = kind == Secret::Passphrase ? QStringLiteral("passphrase")
                                                                : QStringLiteral("recovery");
            vault->m_header.addPendingEvent({QStringLiteral("vault.unlock_failed"),
                                             AuditLog::timestamp(vault->now()), slotName});
            (void)AtomicFile::write(headerPath(dir), vault->m_header.serialize());
            Log::warn(QStringLiteral("unlock failed: wrong %1").arg(slotName));
        }
        return std::unexpected(dek.error());
    }
    vault->m_dek = std::move(*dek);
    if (auto keys = vault->deriveSubkeys(); !keys)
        return std::unexpected(keys.error());

    if (!QFileInfo::exists(databasePath(dir)))
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("The vault database (vault.db) is missing."));
    auto db = Database::open(databasePath(dir), vault->m_dek);
    if (!db)
        return std::unexpected(db.error());
    vault->m_db = std::move(*db);
    // Every page's HMAC is checked at unlock for vaults up to
    // kFullCheckBytes, so damage anywhere is found before any data is used.
    // Larger vaults (a full check costs seconds) rely on SQLCipher checking
    // each page as it is read, and on `vault check`.
    if (QFileInfo(databasePath(dir)).size() <= kFullCheckBytes)
        if (auto intact = vault->checkIntegrity(); !intact)
            return std::unexpected(intact.error());
    AuditEvent migrated{QStringLiteral("local"),
                        QStringLiteral("vault.schema_migrated"),
                        QStringLiteral("vault"),
                        vault->m_header.vaultId,
                        {}};
    if (auto ok = vault->migrate(migrated); !ok)
        return std::unexpected(ok.error());
    sqlite3_set_authorizer(vault->m_db.handle(), &Vault::authorize, vault.get());

    auto check = AuditLog::verifyHead(vault->m_db, vault->m_auditKey,
                                      {vault->m_header.anchorSeq, vault->m_header.anchorHash});
    if (!check)
        return std::unexpected(check.error());
    if (!check->ok) {
        // Open for reading and verification only: writing would move the
        // anchor and erase the evidence.
        vault->m_rolledBack = true;
        Log::warn(QStringLiteral("vault opened read-only: audit head check failed at seq %1")
                      .arg(check->firstBadSeq));
        return vault;
    }
    vault->m_openedWithRecovery = kind == Secret::RecoveryKey;
    AuditEvent unlocked{QStringLiteral("local"),
                        kind == Secret::RecoveryKey ? QStringLiteral("vault.recovery_key_used")
                                                    : QStringLiteral("vault.unlocked"),
                        QStringLiteral("vault"),
                        vault->m_header.vaultId,
                        {}};
    if (auto written = vault->write(unlocked, [](Writer&) { return domain::Status{}; }); !written)
        return std::unexpected(written.error());
    Log::info(QStringLiteral("vault unlocked"));
    return vault;
}

domain::Status Vault::changePassphrase(std::span<const unsigned char> newPassphrase,
                                       const KdfParams& kdf) {
    if (!isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    if (newPassphrase.size() < kMinPassphraseBytes || newPassphrase.size() > kMaxPassphraseBytes)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The passphrase must be between 1 and 1024 bytes."),
                            QStringLiteral("passphrase"));
    if (!Kdf::meetsFloor(kdf))
        return domain::fail(
            ErrorCode::BelowKdfFloor,
            QStringLiteral("Key derivation parameters are below the vault's floor."));
    KeySlot slot;
    slot.type = KeySlot::Type::Passphrase;
    slot.kdf = kdf;
    slot.salt = randomBytes(Kdf::kSaltBytes);
    auto kek = Kdf::derive(
        newPassphrase,
        std::span<const unsigned char>(
            reinterpret_cast<const unsigned char*>(slot.salt.constData()), Kdf::kSaltBytes),
        kdf);
    if (!kek)
        return std::unexpected(kek.error());
    wrapKey(slot, m_dek, *kek, m_header.vaultId);
    const KeyHeader previous = m_header;
    *m_header.slot(KeySlot::Type::Passphrase) = slot;
    m_header.addPendingEvent(
        {QStringLiteral("vault.passphrase_changed"), AuditLog::timestamp(now()),
         m_openedWithRecovery ? QStringLiteral("recovery") : QStringLiteral("passphrase")});
    if (auto stored = storeHeader(true); !stored) {
        m_header = previous;
        return stored;
    }
    Log::info(QStringLiteral("vault passphrase changed"));
    return {};
}

domain::Result<qint64> Vault::write(AuditEvent event,
                                    const std::function<domain::Status(Writer&)>& mutation) {
    if (!isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    if (m_rolledBack)
        return domain::fail(
            ErrorCode::RolledBack,
            QStringLiteral("The vault is open read-only because its audit log failed "
                           "verification; run `audit verify` for details."));
    std::optional<Transaction> txn;
    {
        FlagScope privileged(m_privileged);
        txn.emplace(m_db);
    }
    if (!txn->isActive())
        return std::unexpected(txn->beginStatus().error());
    // ROLLBACK is itself a transaction statement the authorizer refuses to
    // unprivileged code, so an abandoned transaction is ended privileged.
    const auto endTransaction = qScopeGuard([this, &txn] {
        FlagScope privileged(m_privileged);
        txn.reset();
    });
    for (const PendingEvent& pending : m_header.pendingEvents) {
        AuditEvent flushed{QStringLiteral("local"), pending.action, QStringLiteral("vault"),
                           m_header.vaultId,
                           QJsonObject{{QStringLiteral("at"), pending.timestamp},
                                       {QStringLiteral("slot"), pending.slot}}};
        if (auto head = appendPrivileged(flushed); !head)
            return std::unexpected(head.error());
    }
    if (m_header.droppedEvents > 0) {
        AuditEvent dropped{QStringLiteral("local"), QStringLiteral("vault.events_dropped"),
                           QStringLiteral("vault"), m_header.vaultId,
                           QJsonObject{{QStringLiteral("count"), m_header.droppedEvents}}};
        if (auto head = appendPrivileged(dropped); !head)
            return std::unexpected(head.error());
    }
    Writer writer(m_db, std::move(event));
    if (auto changed = mutation(writer); !changed)
        return std::unexpected(changed.error());
    auto head = appendPrivileged(writer.event());
    if (!head)
        return std::unexpected(head.error());
    {
        FlagScope privileged(m_privileged);
        if (auto committed = txn->commit(); !committed)
            return std::unexpected(committed.error());
    }
    m_header.pendingEvents.clear();
    m_header.droppedEvents = 0;
    m_header.anchorSeq = head->seq;
    m_header.anchorHash = head->hash;
    if (auto stored = storeHeader(false); !stored) {
        // The change is committed; the anchor only lags behind and is
        // rewritten with the next commit. A lagging anchor still bounds rollback.
        Log::warn(
            QStringLiteral("could not update the audit anchor: %1").arg(stored.error().message));
    }
    return head->seq;
}

domain::Result<AuditVerification> Vault::verifyAudit() {
    if (!isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    return AuditLog::verify(m_db, m_auditKey, {m_header.anchorSeq, m_header.anchorHash});
}

domain::Result<std::vector<AuditEntry>> Vault::auditEntries(qint64 afterSeq, int limit,
                                                            const QString& actionPrefix) {
    if (!isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    return AuditLog::list(m_db, afterSeq, limit, actionPrefix);
}

domain::Status Vault::checkIntegrity() {
    if (!isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    FlagScope privileged(m_privileged);
    auto stmt = m_db.prepare("PRAGMA cipher_integrity_check");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("The vault database is damaged: a page failed its "
                                           "integrity check."));
    return {};
}

domain::Status Vault::checkpoint() {
    FlagScope privileged(m_privileged);
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Vault::lock() {
    m_db.close();
    m_dek.clear();
    m_auditKey.clear();
    m_headerKey.clear();
}

} // namespace quittance::storage
