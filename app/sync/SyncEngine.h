#pragma once

#include "SyncOptions.h"
#include "SyncTransport.h"
#include "domain/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace quittance::storage {
class Vault;
class Writer;
} // namespace quittance::storage

namespace quittance::sync {

// What one sync run did, for the CLI, the status bar and tests.
struct SyncReport {
    int pushed = 0;         // local changes the server accepted
    int pulled = 0;         // server changes applied locally
    int deletedLocally = 0; // server deletions applied locally
    int conflicts = 0;      // resolved by keeping the server's version and a local copy
    int rejected = 0;       // local changes the server refused (e.g. duplicate number)
    int retries = 0;        // 429 waits and backoffs
    qint64 pending = 0;     // outbox entries left
    QStringList messages;   // one sentence per conflict or rejection
};

// One sync run against the server: push the outbox, pull each collection by
// cursor, then witness the audit chain head. Every local change it makes
// (acknowledgements, pulled records, conflict copies) goes through
// Vault::write, in one transaction per batch, so a run killed at any point
// loses nothing: an unacknowledged push is retried with the same
// Idempotency-Key, and a pull cursor moves only with the data it covers.
// Errors: WrongSecret for a 401 (sync stops; a new key is needed), Tampered
// for an untrusted certificate or pin mismatch, Io for network trouble that
// outlasted the retries, RolledBack when the server's witness is ahead of
// this vault (it was restored to an older state), InvalidInput for options.
class SyncEngine {
public:
    static constexpr int kPageSize = 500;
    static constexpr int kPushBatch = 200;

    SyncEngine(storage::Vault& vault, SyncOptions options, QByteArray apiKey);
    ~SyncEngine();

    domain::Result<SyncReport> run();
    domain::Result<SyncReport> push();
    domain::Result<SyncReport> pull();
    // GET /health and an authenticated request; explains what failed.
    domain::Status testConnection();
    // The audit witness: refuses (RolledBack) when the server saw a later head.
    domain::Status checkpoint();
    // The server's witness for this vault (GET /api/v1/audit/checkpoints/{vaultId});
    // nothing when the server holds none.
    struct Witness {
        qint64 seq = 0;
        QString head;
    };
    domain::Result<std::optional<Witness>> witness();
    // Whether `witness` lies on `vault`'s own audit chain: the vault holds an
    // entry at the witnessed sequence number with the witnessed hash. A vault
    // that is shorter, or that has another entry there (a restored older copy
    // that went on with other entries, such as its own unlocks), is not.
    static domain::Result<bool> onChain(storage::Vault& vault, const Witness& witness);

private:
    domain::Status pushInto(SyncReport& report);
    domain::Status pullInto(SyncReport& report);
    domain::Status pullCollection(const QString& collection, SyncReport& report);
    // A page of documents in the order it can be applied: credit notes last,
    // and before them any invoice a credit note corrects that is neither in
    // the page nor in the vault (fetched on its own: its last change can come
    // later in the server's order than the credit note).
    domain::Result<QJsonArray> invoicesFirst(const QJsonArray& items);
    domain::Error transportError(const SyncTransport::Response& response) const;

    storage::Vault& m_vault;
    SyncOptions m_options;
    std::unique_ptr<SyncTransport> m_transport;
    // Outbox rows refused during this run: not sent again until the next run.
    QSet<qint64> m_refused;
};

} // namespace quittance::sync
