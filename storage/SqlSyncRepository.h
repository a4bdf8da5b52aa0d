#pragma once

#include "Writer.h"
#include "domain/Error.h"

#include <QString>

#include <optional>
#include <vector>

namespace quittance::storage {

// The vault side of sync (migration 0003): the outbox the triggers fill, the
// server versions last seen, key-value sync state (cursors, server URL, last
// error), reported conflicts, and the flag that keeps the sync client's own
// applies of pulled changes out of the outbox. Writes happen inside
// Vault::write like every other change, so they are audited and atomic with
// the data they describe.
class SqlSyncRepository {
public:
    struct OutboxEntry {
        qint64 rowId = 0;
        QString collection; // "clients" or "invoices"
        QString recordId;
        bool isDelete = false;
        qint64 revision = 1;
        QString idempotencyKey;
        int attempts = 0;
        QString lastError;
    };
    struct Conflict {
        qint64 id = 0;
        QString collection;
        QString recordId;
        QString copyId;
        QString message;
        QString detectedAt;
    };

    // Marks the rest of the transaction as the sync client's own apply
    // (nothing is queued), or ends that.
    static domain::Status setApplying(Writer& writer, bool applying);

    // Entries queued after `afterRowId`, oldest first.
    static domain::Result<std::vector<OutboxEntry>> outbox(const Reader& reader, qint64 afterRowId,
                                                           int limit);
    static domain::Result<qint64> outboxSize(const Reader& reader);
    static domain::Result<std::optional<OutboxEntry>>
    outboxEntry(const Reader& reader, const QString& collection, const QString& recordId);
    // Removes the entry if its revision is still `revision` (nothing changed
    // since it was read); true when removed.
    static domain::Result<bool> acknowledge(Writer& writer, const QString& collection,
                                            const QString& recordId, qint64 revision);
    static domain::Status dropOutbox(Writer& writer, const QString& collection,
                                     const QString& recordId);
    static domain::Status noteFailure(Writer& writer, const QString& collection,
                                      const QString& recordId, const QString& message);
    static domain::Status rotateIdempotencyKey(Writer& writer, const QString& collection,
                                               const QString& recordId);

    static domain::Result<std::optional<qint64>>
    serverVersion(const Reader& reader, const QString& collection, const QString& recordId);
    static domain::Status setServerVersion(Writer& writer, const QString& collection,
                                           const QString& recordId, std::optional<qint64> version);

    static domain::Result<QString> state(const Reader& reader, const QString& key);
    static domain::Status setState(Writer& writer, const QString& key, const QString& value);

    static domain::Status addConflict(Writer& writer, const Conflict& conflict);
    static domain::Result<std::vector<Conflict>> conflicts(const Reader& reader, int limit);
};

} // namespace quittance::storage
