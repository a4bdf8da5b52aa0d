#pragma once

#include "Statement.h"
#include "domain/Error.h"

#include <QString>

#include <string_view>

struct sqlite3;

namespace quittance::storage {

class SecureBuffer;

// One SQLCipher 4 connection, opened with a raw 32-byte key (no SQLCipher
// PBKDF2) and the vault's connection settings: WAL, synchronous=FULL,
// foreign keys, secure_delete, in-memory temp store. Refuses a SQLCipher older
// than 4.6. Closed when destroyed. Only storage/ sees this type; everything
// above reaches the data through Vault's read and write paths.
class Database {
public:
    enum class Synchronous { Full, Normal };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // key: 32 raw bytes, or empty for an unencrypted database (benchmarks only).
    static domain::Result<Database> open(const QString& path, const SecureBuffer& key,
                                         Synchronous sync = Synchronous::Full);

    domain::Result<Statement> prepare(std::string_view sql);
    domain::Status exec(std::string_view sql);
    // The first column of the first row of a query, as an integer.
    domain::Result<qint64> queryInt(std::string_view sql);
    domain::Result<QString> queryText(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() { return m_db; }
    void close();
    // Makes the statement running on this connection (on another thread)
    // stop with SQLITE_INTERRUPT as soon as possible (sqlite3_interrupt, safe
    // from any thread while the connection is open). No effect when nothing
    // runs; later statements are not affected.
    void interrupt();

    // The SQLCipher library version, e.g. "4.6.1 community".
    static QString cipherVersion(sqlite3* db);

private:
    explicit Database(sqlite3* db)
        : m_db(db) {}
    sqlite3* m_db = nullptr;
};

// Maps a SQLite result code to an Error with a message that names the
// operation but never the SQL or the data.
domain::Error sqliteError(sqlite3* db, int rc, const QString& what);

} // namespace quittance::storage
