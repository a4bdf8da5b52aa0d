#pragma once

#include "Writer.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace quittance::storage {

// The shared shape of the clients and products tables: a UUID, a name for
// sorting and completion, an archived flag, the JSON body, a version that
// counts changes, and the time of the last change.
class SqlRecordTable {
public:
    enum class Table { Clients, Products };

    struct Row {
        QString id;
        QString name;
        bool archived = false;
        QByteArray body;
        qint64 version = 1;
        QString updatedAt;
    };

    explicit SqlRecordTable(Table table)
        : m_table(table) {}

    domain::Status insert(Writer& writer, const Row& row) const;
    // Replaces body, name and archived flag; NotFound when there is no such row.
    domain::Status update(Writer& writer, const Row& row) const;
    domain::Status remove(Writer& writer, const QString& id) const;
    domain::Result<std::optional<Row>> find(const Reader& reader, const QString& id) const;
    // Sorted by name; `prefix` matches the start of the name, case-insensitively.
    domain::Result<std::vector<Row>> list(const Reader& reader, bool includeArchived,
                                          const QString& prefix, int limit, int offset) const;

private:
    const char* name() const;
    QString noun() const;
    Table m_table;
};

} // namespace quittance::storage
