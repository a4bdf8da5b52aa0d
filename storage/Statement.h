#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace quittance::storage {

// A prepared SQLCipher statement, finalized when destroyed. Parameters are
// 1-based as in SQLite; text is bound and read as UTF-8.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) = delete;
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<qint64>& value);

    // Steps once: true when a row is available, false when done.
    domain::Result<bool> step();
    // Steps to completion, for statements that return no rows.
    domain::Status run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

    bool isReadOnly() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace quittance::storage
