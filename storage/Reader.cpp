#include "Reader.h"

#include "Database.h"
#include "Writer.h"

namespace quittance::storage {

domain::Result<Statement> Reader::query(std::string_view sql) const {
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt;
    if (!stmt->isReadOnly())
        return domain::fail(domain::ErrorCode::Internal,
                            QStringLiteral("A read-only query was asked to write."));
    return stmt;
}

domain::Result<qint64> Reader::queryInt(std::string_view sql) const {
    auto stmt = query(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

domain::Result<Statement> Writer::prepare(std::string_view sql) {
    return m_db.prepare(sql);
}

domain::Status Writer::exec(std::string_view sql) {
    return m_db.exec(sql);
}

qint64 Writer::lastInsertRowId() const {
    return m_db.lastInsertRowId();
}

int Writer::changes() const {
    return m_db.changes();
}

} // namespace quittance::storage
