#include "ServerStore.h"

#include "storage/SecureBuffer.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace quittance::server {

using domain::ErrorCode;
using storage::Statement;

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS api_keys (
    key_id        TEXT PRIMARY KEY NOT NULL,
    secret_sha256 BLOB NOT NULL,
    account       TEXT NOT NULL,
    created       TEXT NOT NULL,
    last_used     TEXT,
    revoked       TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS records (
    account    TEXT NOT NULL,
    collection TEXT NOT NULL CHECK (collection IN ('invoices', 'clients')),
    id         TEXT NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    body       BLOB NOT NULL,
    number     TEXT,
    type       TEXT,
    status     TEXT,
    ref        TEXT,
    seq        INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (account, collection, id)
) STRICT;
CREATE INDEX IF NOT EXISTS records_changes ON records (account, collection, seq);
CREATE UNIQUE INDEX IF NOT EXISTS records_number ON records (account, type, number)
    WHERE number IS NOT NULL AND deleted = 0;
CREATE INDEX IF NOT EXISTS records_ref ON records (account, ref) WHERE ref IS NOT NULL;
CREATE TABLE IF NOT EXISTS idempotency (
    account      TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash BLOB NOT NULL,
    status       INTEGER NOT NULL,
    body         BLOB NOT NULL,
    etag         BLOB,
    location     BLOB,
    created      TEXT NOT NULL,
    PRIMARY KEY (account, key)
) STRICT;
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created);
CREATE TABLE IF NOT EXISTS checkpoints (
    account    TEXT NOT NULL,
    vault_id   TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    head       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account, vault_id)
) STRICT;
PRAGMA user_version = 1;
)sql";

// Reads the 32-byte database key, creating it (0600, O_EXCL) on first start.
domain::Result<storage::SecureBuffer> loadKey(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return domain::fail(ErrorCode::Io,
                                QStringLiteral("Could not create the server key file."));
        storage::SecureBuffer key = storage::SecureBuffer::random(32);
        const bool ok = ::write(fd, key.data(), key.size()) == 32 && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok)
            return domain::fail(ErrorCode::Io,
                                QStringLiteral("Could not write the server key file."));
        return key;
    }
    if (fd < 0)
        return domain::fail(ErrorCode::Io, QStringLiteral("Could not read the server key file."));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (info.st_mode & 077) != 0) {
        ::close(fd);
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The server key file must have mode 0600."));
    }
    storage::SecureBuffer key(33);
    const ssize_t got = ::read(fd, key.data(), key.size());
    ::close(fd);
    if (got != 32)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("The server key file must hold exactly 32 bytes."));
    key.truncate(32);
    return key;
}

ServerStore::Record readRecord(const Statement& s) {
    ServerStore::Record r;
    r.id = s.text(0);
    r.version = s.int64(1);
    r.updatedAt = s.text(2);
    r.deleted = s.int64(3) != 0;
    r.body = s.blob(4);
    r.number = s.text(5);
    r.type = s.text(6);
    r.status = s.text(7);
    r.ref = s.text(8);
    r.seq = s.int64(9);
    return r;
}

constexpr const char* kRecordColumns =
    "id, version, updated_at, deleted, body, number, type, status, ref, seq";

} // namespace

domain::Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& dataDir,
                                                               bool durable) {
    if (!QDir().mkpath(dataDir))
        return domain::fail(ErrorCode::Io, QStringLiteral("Could not create the data directory."));
    ::chmod(QFile::encodeName(dataDir).constData(), 0700);
    auto key = loadKey(QDir(dataDir).filePath(QStringLiteral("server.key")));
    if (!key)
        return std::unexpected(key.error());
    auto db = storage::Database::open(QDir(dataDir).filePath(QStringLiteral("server.db")), *key,
                                      durable ? storage::Database::Synchronous::Full
                                              : storage::Database::Synchronous::Normal);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(*db)));
    if (auto migrated = store->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return store;
}

domain::Status ServerStore::migrate() {
    auto version = m_db.queryInt("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    if (*version > kSchemaVersion)
        return domain::fail(ErrorCode::Incompatible,
                            QStringLiteral("The server database is newer than this program."));
    if (*version == kSchemaVersion)
        return {};
    return m_db.exec(kSchema);
}

domain::Result<ApiKey::Generated> ServerStore::createKey(const QString& account,
                                                         const QString& now) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        ApiKey::Generated key = ApiKey::generate();
        auto stmt = m_db.prepare("INSERT OR IGNORE INTO api_keys (key_id, secret_sha256, account, "
                                 "created) VALUES (?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, QString::fromLatin1(key.keyId))
            .bindBlob(2, key.secretSha256)
            .bind(3, account)
            .bind(4, now);
        if (auto ran = stmt->run(); !ran)
            return std::unexpected(ran.error());
        if (m_db.changes() == 1) {
            m_keysVersion.reset();
            return key;
        }
    }
    return domain::fail(ErrorCode::Internal, QStringLiteral("Could not allocate a key id."));
}

domain::Status ServerStore::revokeKey(const QString& keyId, const QString& now) {
    auto stmt = m_db.prepare("UPDATE api_keys SET revoked = coalesce(revoked, ?) WHERE key_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, now).bind(2, keyId);
    if (auto ran = stmt->run(); !ran)
        return ran;
    m_keysVersion.reset();
    if (m_db.changes() == 0)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("There is no key with that id."),
                            QStringLiteral("id"));
    return {};
}

domain::Result<std::vector<ServerStore::KeyInfo>> ServerStore::listKeys() {
    auto stmt = m_db.prepare("SELECT key_id, account, created, coalesce(last_used, ''), "
                             "coalesce(revoked, '') FROM api_keys ORDER BY account, created");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<KeyInfo> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4)});
    }
    return out;
}

domain::Status ServerStore::beginGroup() {
    if (m_inGroup)
        return {};
    auto begun = m_db.exec("BEGIN IMMEDIATE");
    m_inGroup = begun.has_value();
    return begun;
}

domain::Status ServerStore::commitGroup() {
    if (!m_inGroup)
        return {};
    auto committed = m_db.exec("COMMIT");
    if (!committed)
        (void)m_db.exec("ROLLBACK");
    m_inGroup = false;
    return committed;
}

void ServerStore::rollbackGroup() {
    if (m_inGroup)
        (void)m_db.exec("ROLLBACK");
    m_inGroup = false;
}

domain::Result<storage::Statement*> ServerStore::prepared(const char* sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        it = m_statements.emplace(sql, std::move(*stmt)).first;
    }
    return &it->second;
}

domain::Status ServerStore::refreshKeys() {
    auto version = prepared("PRAGMA data_version");
    if (!version)
        return std::unexpected(version.error());
    auto row = (*version)->step();
    const qint64 current = row && *row ? (*version)->int64(0) : -1;
    (*version)->reset();
    if (!row)
        return std::unexpected(row.error());
    if (m_keysVersion && *m_keysVersion == current)
        return {};
    auto stmt =
        m_db.prepare("SELECT key_id, secret_sha256, account, revoked IS NOT NULL FROM api_keys");
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<QByteArray, KeyLookup> keys;
    while (true) {
        auto next = stmt->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        keys.insert(stmt->text(0).toLatin1(),
                    KeyLookup{true, stmt->int64(3) != 0, stmt->text(2), stmt->blob(1)});
    }
    m_keys = std::move(keys);
    m_keysVersion = current;
    return {};
}

domain::Result<ServerStore::KeyLookup> ServerStore::findKey(const QByteArray& keyId) {
    if (auto fresh = refreshKeys(); !fresh)
        return std::unexpected(fresh.error());
    return m_keys.value(keyId);
}

domain::Status ServerStore::touchKey(const QByteArray& keyId, const QString& now) {
    auto stmt = m_db.prepare("UPDATE api_keys SET last_used = ? WHERE key_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, now).bind(2, QString::fromLatin1(keyId));
    return stmt->run();
}

domain::Result<std::optional<ServerStore::Record>>
ServerStore::findRecord(const QString& account, const QString& collection, const QString& id) {
    auto stmt = m_db.prepare(std::string("SELECT ") + kRecordColumns +
                             " FROM records WHERE account = ? AND collection = ? AND id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, collection).bind(3, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Record>{};
    return std::optional<Record>(readRecord(*stmt));
}

domain::Status ServerStore::saveRecord(const QString& account, const QString& collection,
                                       Record& record, bool isNew) {
    auto seq = m_db.queryInt("SELECT coalesce(max(seq), 0) + 1 FROM records");
    if (!seq)
        return std::unexpected(seq.error());
    record.seq = *seq;
    auto stmt = m_db.prepare(
        isNew ? "INSERT INTO records (version, updated_at, deleted, body, number, type, status, "
                "ref, seq, account, collection, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              : "UPDATE records SET version = ?, updated_at = ?, deleted = ?, body = ?, "
                "number = ?, type = ?, status = ?, ref = ?, seq = ? "
                "WHERE account = ? AND collection = ? AND id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    const auto bindOptional = [&stmt](int index, const QString& value) {
        if (value.isEmpty())
            stmt->bindNull(index);
        else
            stmt->bind(index, value);
    };
    stmt->bind(1, record.version).bind(2, record.updatedAt).bind(3, record.deleted);
    stmt->bindBlob(4, record.body);
    bindOptional(5, record.number);
    bindOptional(6, record.type);
    bindOptional(7, record.status);
    bindOptional(8, record.ref);
    stmt->bind(9, record.seq).bind(10, account).bind(11, collection).bind(12, record.id);
    return stmt->run();
}

domain::Result<std::vector<ServerStore::Record>> ServerStore::changes(const QString& account,
                                                                      const QString& collection,
                                                                      qint64 afterSeq, int limit) {
    static const std::string sql = std::string("SELECT ") + kRecordColumns +
                                   " FROM records WHERE account = ? AND collection = ? AND "
                                   "seq > ? ORDER BY seq LIMIT ?";
    auto stmt = prepared(sql.c_str());
    if (!stmt)
        return std::unexpected(stmt.error());
    storage::Statement& query = **stmt;
    query.bind(1, account).bind(2, collection).bind(3, afterSeq).bind(4, limit);
    std::vector<Record> out;
    out.reserve(static_cast<std::size_t>(std::max(0, limit)));
    while (true) {
        auto row = query.step();
        if (!row) {
            query.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        out.push_back(readRecord(query));
    }
    query.reset();
    return out;
}

domain::Result<bool> ServerStore::numberTaken(const QString& account, const QString& type,
                                              const QString& number, const QString& exceptId) {
    auto stmt = m_db.prepare("SELECT 1 FROM records WHERE account = ? AND type = ? AND number = ? "
                             "AND deleted = 0 AND id <> ? LIMIT 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, type).bind(3, number).bind(4, exceptId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

domain::Result<bool> ServerStore::clientInUse(const QString& account, const QString& clientId) {
    auto stmt = m_db.prepare("SELECT 1 FROM records WHERE account = ? AND ref = ? AND deleted = 0 "
                             "AND collection = 'invoices' LIMIT 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, clientId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

domain::Result<std::optional<ServerStore::Idempotent>>
ServerStore::findIdempotent(const QString& account, const QString& key) {
    auto stmt = m_db.prepare("SELECT request_hash, status, body, etag, location FROM idempotency "
                             "WHERE account = ? AND key = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, key);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Idempotent>{};
    return std::optional<Idempotent>(Idempotent{stmt->blob(0), static_cast<int>(stmt->int64(1)),
                                                stmt->blob(2), stmt->blob(3), stmt->blob(4)});
}

domain::Status ServerStore::storeIdempotent(const QString& account, const QString& key,
                                            const Idempotent& result, const QString& now) {
    auto stmt = m_db.prepare("INSERT INTO idempotency (account, key, request_hash, status, body, "
                             "etag, location, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, key).bindBlob(3, result.requestHash).bind(4, result.status);
    stmt->bindBlob(5, result.body).bindBlob(6, result.etag).bindBlob(7, result.location);
    stmt->bind(8, now);
    return stmt->run();
}

domain::Status ServerStore::purgeIdempotency(const QString& olderThan) {
    auto stmt = m_db.prepare("DELETE FROM idempotency WHERE created < ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, olderThan);
    return stmt->run();
}

domain::Result<std::optional<ServerStore::Checkpoint>>
ServerStore::checkpoint(const QString& account, const QString& vaultId) {
    auto stmt = m_db.prepare("SELECT vault_id, seq, head, updated_at FROM checkpoints "
                             "WHERE account = ? AND vault_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, vaultId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Checkpoint>{};
    return std::optional<Checkpoint>(
        Checkpoint{stmt->text(0), stmt->int64(1), stmt->text(2), stmt->text(3)});
}

domain::Status ServerStore::putCheckpoint(const QString& account, const Checkpoint& checkpoint) {
    auto stmt = m_db.prepare(
        "INSERT INTO checkpoints (account, vault_id, seq, head, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (account, vault_id) DO UPDATE SET seq = excluded.seq, head = excluded.head, "
        "updated_at = excluded.updated_at");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, account).bind(2, checkpoint.vaultId).bind(3, checkpoint.seq);
    stmt->bind(4, checkpoint.head).bind(5, checkpoint.updatedAt);
    return stmt->run();
}

} // namespace quittance::server
