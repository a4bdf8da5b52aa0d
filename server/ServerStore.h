#pragma once

#include "ApiKey.h"
#include "domain/Error.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

#include <QHash>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace quittance::server {

// The server's own SQLCipher database (server.db in the data directory,
// keyed with the random 32-byte key in server.key, mode 0600, created on
// first start). Holds accounts, API keys (id and SHA-256 of the secret only),
// the records of both collections with a per-change sequence number that the
// pull cursor is built on, idempotency results and audit checkpoints. Every
// record query takes the account: there is no unscoped accessor.
class ServerStore {
public:
    static constexpr int kSchemaVersion = 1;

    struct KeyInfo {
        QString keyId;
        QString account;
        QString created;
        QString lastUsed;
        QString revoked;
    };
    struct KeyLookup {
        bool found = false;
        bool revoked = false;
        QString account;
        QByteArray secretSha256;
    };
    struct Record {
        QString id;
        qint64 version = 1;
        QString updatedAt;
        bool deleted = false;
        QByteArray body; // the canonical JSON without version/updatedAt
        QString number;
        QString type;
        QString status;
        QString ref; // documents: the client id
        qint64 seq = 0;
    };
    struct Idempotent {
        QByteArray requestHash;
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QByteArray location;
    };
    struct Checkpoint {
        QString vaultId;
        qint64 seq = 0;
        QString head;
        QString updatedAt;
    };

    // `durable`: synchronous=FULL (every commit survives power loss) or
    // NORMAL (WAL: survives a crash of the server, may lose the last commits
    // on power loss).
    static domain::Result<std::unique_ptr<ServerStore>> open(const QString& dataDir,
                                                             bool durable = true);

    storage::Database& database() { return m_db; }

    // Group commit: the requests handled between beginGroup() and
    // commitGroup() share one transaction, so one fsync makes all of them
    // durable (WriteScope nests each request in a savepoint). Their answers
    // must wait for commitGroup() (HttpFrontend holds them back).
    domain::Status beginGroup();
    domain::Status commitGroup();
    void rollbackGroup();
    bool inGroup() const { return m_inGroup; }

    domain::Result<ApiKey::Generated> createKey(const QString& account, const QString& now);
    domain::Status revokeKey(const QString& keyId, const QString& now);
    domain::Result<std::vector<KeyInfo>> listKeys();
    // Served from memory: all keys are loaded once and again whenever
    // another connection (e.g. `key create`/`key revoke` in another process)
    // has committed since (PRAGMA data_version), so a revocation takes effect
    // with the next request; a present and an absent key id cost the same.
    domain::Result<KeyLookup> findKey(const QByteArray& keyId);
    domain::Status touchKey(const QByteArray& keyId, const QString& now);

    domain::Result<std::optional<Record>> findRecord(const QString& account,
                                                     const QString& collection, const QString& id);
    // Inserts or replaces the row and gives it the next change sequence number.
    domain::Status saveRecord(const QString& account, const QString& collection, Record& record,
                              bool isNew);
    domain::Result<std::vector<Record>> changes(const QString& account, const QString& collection,
                                                qint64 afterSeq, int limit);
    domain::Result<bool> numberTaken(const QString& account, const QString& type,
                                     const QString& number, const QString& exceptId);
    domain::Result<bool> clientInUse(const QString& account, const QString& clientId);

    domain::Result<std::optional<Idempotent>> findIdempotent(const QString& account,
                                                             const QString& key);
    domain::Status storeIdempotent(const QString& account, const QString& key,
                                   const Idempotent& result, const QString& now);
    domain::Status purgeIdempotency(const QString& olderThan);

    domain::Result<std::optional<Checkpoint>> checkpoint(const QString& account,
                                                         const QString& vaultId);
    domain::Status putCheckpoint(const QString& account, const Checkpoint& checkpoint);

private:
    explicit ServerStore(storage::Database db)
        : m_db(std::move(db)) {}
    domain::Status migrate();
    domain::Status refreshKeys();
    // Hot statements are prepared once; each use binds, steps and resets
    // (a statement left unreset would hold its read transaction open).
    domain::Result<storage::Statement*> prepared(const char* sql);

    storage::Database m_db;
    std::unordered_map<std::string, storage::Statement> m_statements;
    QHash<QByteArray, KeyLookup> m_keys;
    std::optional<qint64> m_keysVersion; // data_version the cache was loaded at
    bool m_inGroup = false;
};

} // namespace quittance::server
