#include "Database.h"

#include "SecureBuffer.h"

#include <QFile>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <utility>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

constexpr int kMinCipherMajor = 4;
constexpr int kMinCipherMinor = 6;

bool cipherVersionAcceptable(const QString& version) {
    // "4.6.1 community" -> major 4, minor 6
    const QStringList parts = version.section(QLatin1Char(' '), 0, 0).split(QLatin1Char('.'));
    if (parts.size() < 2)
        return false;
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor)
        return false;
    return major > kMinCipherMajor || (major == kMinCipherMajor && minor >= kMinCipherMinor);
}

} // namespace

void Database::interrupt() {
    if (m_db)
        sqlite3_interrupt(m_db);
}

domain::Error sqliteError(sqlite3* db, int rc, const QString& what) {
    const int primary = rc & 0xff;
    switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::Damaged,
                QStringLiteral("The vault database is damaged (could not %1).").arg(what),
                {}};
    case SQLITE_CONSTRAINT: {
        // Triggers raise "immutable: <sentence>" or "conflict: <sentence>";
        // built-in constraints name only the constraint kind.
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        if (message.startsWith(QStringLiteral("immutable: ")))
            return {ErrorCode::Immutable, message.mid(11) + QLatin1Char('.'), {}};
        if (message.startsWith(QStringLiteral("conflict: ")))
            return {ErrorCode::Conflict, message.mid(10) + QLatin1Char('.'), {}};
        if (message.startsWith(
                QStringLiteral("UNIQUE constraint failed: documents.type, documents.number")))
            return {ErrorCode::Conflict, QStringLiteral("That document number is already used."),
                    QStringLiteral("number")};
        return {ErrorCode::Conflict,
                QStringLiteral("The change conflicts with existing data (%1).")
                    .arg(message.isEmpty() ? what : message.section(QLatin1Char(':'), 0, 0)),
                {}};
    }
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::VaultInUse,
                QStringLiteral("The vault database is busy (could not %1).").arg(what),
                {}};
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {
            ErrorCode::Io,
            QStringLiteral("The vault database could not be written or read (could not %1: %2).")
                .arg(what, QString::fromUtf8(sqlite3_errstr(rc))),
            {}};
    default:
        return {ErrorCode::Internal,
                QStringLiteral("Database error (could not %1: %2).")
                    .arg(what, QString::fromUtf8(sqlite3_errstr(rc))),
                {}};
    }
}

Database::~Database() {
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close() {
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString Database::cipherVersion(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        version = QString::fromUtf8(text ? text : "");
    }
    sqlite3_finalize(stmt);
    return version;
}

domain::Result<Database> Database::open(const QString& path, const SecureBuffer& key,
                                        Synchronous sync) {
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                       SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_PRIVATECACHE,
                                   nullptr);
    Database db(raw); // closes on every early return
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, rc, QStringLiteral("open the database file")));
    sqlite3_extended_result_codes(raw, 1);

    const QString version = cipherVersion(raw);
    if (!cipherVersionAcceptable(version))
        return domain::fail(ErrorCode::Incompatible,
                            QStringLiteral("SQLCipher 4.6 or later is required; this program is "
                                           "linked against %1.")
                                .arg(version.isEmpty() ? QStringLiteral("a library without "
                                                                        "encryption")
                                                       : version));

    if (!key.isEmpty()) {
        if (key.size() != 32)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Database key has wrong size."));
        // The raw-key form x'<64 hex>' skips SQLCipher's own PBKDF2. It is
        // built in locked memory and handed to sqlite3_key, never into SQL text.
        SecureBuffer literal(3 + 64 + 1);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char*>(literal.data() + 2), 65, key.data(), key.size());
        literal.data()[66] = '\'';
        literal.truncate(67);
        if (sqlite3_key(raw, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Could not set the database key."));
    }

    // Reading the schema is the first access that decrypts a page: a damaged
    // or foreign file fails here.
    if (auto check = db.queryInt("SELECT count(*) FROM sqlite_schema"); !check)
        return std::unexpected(check.error());

    const char* settings = sync == Synchronous::Full ? "PRAGMA journal_mode=WAL;"
                                                       "PRAGMA synchronous=FULL;"
                                                       "PRAGMA foreign_keys=ON;"
                                                       "PRAGMA secure_delete=ON;"
                                                       "PRAGMA temp_store=MEMORY;"
                                                       "PRAGMA busy_timeout=5000;"
                                                       "PRAGMA cache_size=-16384;"
                                                     : "PRAGMA journal_mode=WAL;"
                                                       "PRAGMA synchronous=NORMAL;"
                                                       "PRAGMA foreign_keys=ON;"
                                                       "PRAGMA secure_delete=ON;"
                                                       "PRAGMA temp_store=MEMORY;"
                                                       "PRAGMA busy_timeout=5000;"
                                                       "PRAGMA cache_size=-16384;";
    if (auto applied = db.exec(settings); !applied)
        return std::unexpected(applied.error());
    return db;
}

domain::Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc, QStringLiteral("prepare a statement")));
    return Statement(m_db, stmt);
}

domain::Status Database::exec(std::string_view sql) {
    const std::string copy(sql);
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, rc, QStringLiteral("run a statement")));
    return {};
}

domain::Result<qint64> Database::queryInt(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

domain::Result<QString> Database::queryText(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->text(0) : QString();
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

} // namespace quittance::storage
