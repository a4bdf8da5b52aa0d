#pragma once

#include "Statement.h"
#include "domain/Error.h"

#include <string_view>

namespace quittance::storage {

class Database;

// Read access to an unlocked vault. query() refuses any statement that could
// write, so a repository handed a Reader cannot change the vault.
class Reader {
public:
    explicit Reader(Database& db)
        : m_db(db) {}
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    domain::Result<Statement> query(std::string_view sql) const;
    domain::Result<qint64> queryInt(std::string_view sql) const;

protected:
    Database& m_db;
};

} // namespace quittance::storage
