#include "SqlRecordTable.h"

namespace quittance::storage {

using domain::ErrorCode;

const char* SqlRecordTable::name() const {
    return m_table == Table::Clients ? "clients" : "products";
}

QString SqlRecordTable::noun() const {
    return m_table == Table::Clients ? QStringLiteral("client") : QStringLiteral("product");
}

domain::Status SqlRecordTable::insert(Writer& writer, const Row& row) const {
    auto stmt = writer.prepare(
        std::string("INSERT INTO ") + name() +
        " (id, name, archived, body, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, row.id)
        .bind(2, row.name)
        .bind(3, row.archived)
        .bind(4, QString::fromUtf8(row.body))
        .bind(5, row.updatedAt);
    auto done = stmt->run();
    if (!done && done.error().code == ErrorCode::Conflict)
        return domain::fail(ErrorCode::Conflict,
                            QStringLiteral("A %1 with id %2 already exists.").arg(noun(), row.id),
                            QStringLiteral("id"));
    return done;
}

domain::Status SqlRecordTable::update(Writer& writer, const Row& row) const {
    auto stmt = writer.prepare(std::string("UPDATE ") + name() +
                               " SET name = ?, archived = ?, body = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, row.name)
        .bind(2, row.archived)
        .bind(3, QString::fromUtf8(row.body))
        .bind(4, row.updatedAt)
        .bind(5, row.id);
    if (auto ok = stmt->run(); !ok)
        return ok;
    if (writer.changes() != 1)
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("No %1 with id %2.").arg(noun(), row.id),
                            QStringLiteral("id"));
    return {};
}

domain::Status SqlRecordTable::remove(Writer& writer, const QString& id) const {
    auto stmt = writer.prepare(std::string("DELETE FROM ") + name() + " WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    if (auto ok = stmt->run(); !ok)
        return ok;
    if (writer.changes() != 1)
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("No %1 with id %2.").arg(noun(), id),
                            QStringLiteral("id"));
    return {};
}

domain::Result<std::optional<SqlRecordTable::Row>> SqlRecordTable::find(const Reader& reader,
                                                                        const QString& id) const {
    auto stmt =
        reader.query(std::string("SELECT id, name, archived, body, version, updated_at FROM ") +
                     name() + " WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Row>();
    return std::optional<Row>(Row{stmt->text(0), stmt->text(1), stmt->int64(2) != 0,
                                  stmt->text(3).toUtf8(), stmt->int64(4), stmt->text(5)});
}

domain::Result<std::vector<SqlRecordTable::Row>> SqlRecordTable::list(const Reader& reader,
                                                                      bool includeArchived,
                                                                      const QString& prefix,
                                                                      int limit, int offset) const {
    // Prefix match without LIKE wildcards from user text: compare the
    // lower-cased name's first characters.
    auto stmt = reader.query(
        std::string("SELECT id, name, archived, body, version, updated_at FROM ") + name() +
        " WHERE (?1 OR archived = 0) AND (?2 = '' OR lower(substr(name, 1, length(?2))) = "
        "lower(?2))"
        " ORDER BY name COLLATE NOCASE, id LIMIT ?3 OFFSET ?4");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, includeArchived)
        .bind(2, prefix.left(200))
        .bind(3, std::clamp(limit, 1, 100000))
        .bind(4, std::max(offset, 0));
    std::vector<Row> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.push_back(Row{stmt->text(0), stmt->text(1), stmt->int64(2) != 0,
                           stmt->text(3).toUtf8(), stmt->int64(4), stmt->text(5)});
    }
    return rows;
}

} // namespace quittance::storage
