#include "SqlSyncRepository.h"

namespace quittance::storage {

namespace {

SqlSyncRepository::OutboxEntry readEntry(const Statement& s) {
    return {s.int64(0),
            s.text(1),
            s.text(2),
            s.text(3) == QLatin1String("delete"),
            s.int64(4),
            s.text(5),
            static_cast<int>(s.int64(6)),
            s.text(7)};
}

constexpr const char* kEntryColumns =
    "rowid, collection, record_id, op, revision, idempotency_key, attempts, last_error";

} // namespace

domain::Status SqlSyncRepository::setApplying(Writer& writer, bool applying) {
    auto stmt = writer.prepare("UPDATE sync_apply SET active = ? WHERE id = 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, applying);
    return stmt->run();
}

domain::Result<std::vector<SqlSyncRepository::OutboxEntry>>
SqlSyncRepository::outbox(const Reader& reader, qint64 afterRowId, int limit) {
    auto stmt = reader.query(std::string("SELECT ") + kEntryColumns +
                             " FROM sync_outbox WHERE rowid > ? ORDER BY rowid LIMIT ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, afterRowId).bind(2, limit);
    std::vector<OutboxEntry> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readEntry(*stmt));
    }
    return out;
}

domain::Result<qint64> SqlSyncRepository::outboxSize(const Reader& reader) {
    return reader.queryInt("SELECT count(*) FROM sync_outbox");
}

domain::Result<std::optional<SqlSyncRepository::OutboxEntry>>
SqlSyncRepository::outboxEntry(const Reader& reader, const QString& collection,
                               const QString& recordId) {
    auto stmt = reader.query(std::string("SELECT ") + kEntryColumns +
                             " FROM sync_outbox WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(readEntry(*stmt));
}

domain::Result<bool> SqlSyncRepository::acknowledge(Writer& writer, const QString& collection,
                                                    const QString& recordId, qint64 revision) {
    auto stmt = writer.prepare(
        "DELETE FROM sync_outbox WHERE collection = ? AND record_id = ? AND revision = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId).bind(3, revision);
    if (auto ran = stmt->run(); !ran)
        return std::unexpected(ran.error());
    return writer.changes() == 1;
}

domain::Status SqlSyncRepository::dropOutbox(Writer& writer, const QString& collection,
                                             const QString& recordId) {
    auto stmt = writer.prepare("DELETE FROM sync_outbox WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId);
    return stmt->run();
}

domain::Status SqlSyncRepository::noteFailure(Writer& writer, const QString& collection,
                                              const QString& recordId, const QString& message) {
    auto stmt = writer.prepare("UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? "
                               "WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, message.left(500)).bind(2, collection).bind(3, recordId);
    return stmt->run();
}

domain::Status SqlSyncRepository::rotateIdempotencyKey(Writer& writer, const QString& collection,
                                                       const QString& recordId) {
    auto stmt =
        writer.prepare("UPDATE sync_outbox SET idempotency_key = lower(hex(randomblob(16))) "
                       "WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId);
    return stmt->run();
}

domain::Result<std::optional<qint64>> SqlSyncRepository::serverVersion(const Reader& reader,
                                                                       const QString& collection,
                                                                       const QString& recordId) {
    auto stmt = reader.query(
        "SELECT server_version FROM sync_records WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->int64(0));
}

domain::Status SqlSyncRepository::setServerVersion(Writer& writer, const QString& collection,
                                                   const QString& recordId,
                                                   std::optional<qint64> version) {
    auto stmt = writer.prepare(
        version
            ? "INSERT INTO sync_records (collection, record_id, server_version) VALUES (?, ?, ?) "
              "ON CONFLICT (collection, record_id) DO UPDATE SET server_version = "
              "excluded.server_version"
            : "DELETE FROM sync_records WHERE collection = ? AND record_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, collection).bind(2, recordId);
    if (version)
        stmt->bind(3, *version);
    return stmt->run();
}

domain::Result<QString> SqlSyncRepository::state(const Reader& reader, const QString& key) {
    auto stmt = reader.query("SELECT value FROM sync_state WHERE key = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->text(0) : QString();
}

domain::Status SqlSyncRepository::setState(Writer& writer, const QString& key,
                                           const QString& value) {
    auto stmt =
        writer.prepare(value.isNull() ? "DELETE FROM sync_state WHERE key = ?"
                                      : "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key);
    if (!value.isNull())
        stmt->bind(2, value);
    return stmt->run();
}

domain::Status SqlSyncRepository::addConflict(Writer& writer, const Conflict& conflict) {
    auto stmt = writer.prepare("INSERT INTO sync_conflicts (collection, record_id, copy_id, "
                               "message, detected_at) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, conflict.collection)
        .bind(2, conflict.recordId)
        .bind(3, conflict.copyId)
        .bind(4, conflict.message)
        .bind(5, conflict.detectedAt);
    return stmt->run();
}

domain::Result<std::vector<SqlSyncRepository::Conflict>>
SqlSyncRepository::conflicts(const Reader& reader, int limit) {
    auto stmt = reader.query("SELECT id, collection, record_id, copy_id, message, detected_at "
                             "FROM sync_conflicts ORDER BY id DESC LIMIT ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, limit);
    std::vector<Conflict> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4),
                       stmt->text(5)});
    }
    return out;
}

} // namespace quittance::storage
