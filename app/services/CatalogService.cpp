#include "CatalogService.h"

#include "storage/AuditLog.h"
#include "storage/EntityCodec.h"
#include "storage/SqlRecordTable.h"

#include <QUuid>

namespace quittance::services {

using domain::ErrorCode;
using storage::SqlRecordTable;

namespace {

template <typename Entity>
struct Traits;

template <>
struct Traits<domain::Client> {
    static constexpr SqlRecordTable::Table kTable = SqlRecordTable::Table::Clients;
    static QString noun() { return QStringLiteral("client"); }
    static domain::Client prepare(const domain::Client& c) { return c.normalized(); }
    static QByteArray encode(const domain::Client& c) {
        return storage::EntityCodec::encodeClient(c);
    }
    static domain::Result<domain::Client> decode(const QByteArray& b) {
        return storage::EntityCodec::decodeClient(b);
    }
};

template <>
struct Traits<domain::Product> {
    static constexpr SqlRecordTable::Table kTable = SqlRecordTable::Table::Products;
    static QString noun() { return QStringLiteral("product"); }
    static domain::Product prepare(const domain::Product& p) { return p; }
    static QByteArray encode(const domain::Product& p) {
        return storage::EntityCodec::encodeProduct(p);
    }
    static domain::Result<domain::Product> decode(const QByteArray& b) {
        return storage::EntityCodec::decodeProduct(b);
    }
};

QString idOf(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

template <typename Entity>
domain::Result<typename CatalogService<Entity>::Entry> toEntry(const SqlRecordTable::Row& row) {
    auto entity = Traits<Entity>::decode(row.body);
    if (!entity)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("A stored %1 could not be read: %2")
                                .arg(Traits<Entity>::noun(), entity.error().message));
    entity->archived = row.archived;
    return typename CatalogService<Entity>::Entry{std::move(*entity), row.version, row.updatedAt};
}

} // namespace

template <typename Entity>
domain::Result<Entity> CatalogService<Entity>::store(Entity entity, bool isNew) {
    if (isNew && entity.uuid.isNull())
        entity.uuid = QUuid::createUuid();
    if (entity.uuid.isNull())
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The %1 has no id.").arg(Traits<Entity>::noun()),
                            QStringLiteral("id"));
    entity = Traits<Entity>::prepare(entity);
    if (auto valid = entity.validate(); !valid)
        return std::unexpected(valid.error());
    const QString id = idOf(entity.uuid);
    const QString action =
        Traits<Entity>::noun() + (isNew ? QStringLiteral(".created") : QStringLiteral(".updated"));
    auto written =
        m_vault.write({QStringLiteral("local"), action, Traits<Entity>::noun(), id, {}},
                      [&](storage::Writer& writer) -> domain::Status {
                          const SqlRecordTable table(Traits<Entity>::kTable);
                          const SqlRecordTable::Row row{
                              id,
                              entity.name,
                              entity.archived,
                              Traits<Entity>::encode(entity),
                              1,
                              storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc())};
                          return isNew ? table.insert(writer, row) : table.update(writer, row);
                      });
    if (!written)
        return std::unexpected(written.error());
    return entity;
}

template <typename Entity>
domain::Result<Entity> CatalogService<Entity>::add(Entity entity) {
    return store(std::move(entity), true);
}

template <typename Entity>
domain::Result<Entity> CatalogService<Entity>::update(Entity entity) {
    return store(std::move(entity), false);
}

template <typename Entity>
domain::Status CatalogService<Entity>::setArchived(const QString& id, bool archived) {
    auto entry = get(id);
    if (!entry)
        return std::unexpected(entry.error());
    entry->entity.archived = archived;
    const QString action = Traits<Entity>::noun() +
                           (archived ? QStringLiteral(".archived") : QStringLiteral(".unarchived"));
    auto written = m_vault.write(
        {QStringLiteral("local"), action, Traits<Entity>::noun(), id, {}},
        [&](storage::Writer& writer) -> domain::Status {
            const SqlRecordTable table(Traits<Entity>::kTable);
            return table.update(
                writer, {id, entry->entity.name, archived, Traits<Entity>::encode(entry->entity), 1,
                         storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc())});
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

template <typename Entity>
domain::Status CatalogService<Entity>::remove(const QString& id) {
    auto written =
        m_vault.write({QStringLiteral("local"),
                       Traits<Entity>::noun() + QStringLiteral(".deleted"),
                       Traits<Entity>::noun(),
                       id,
                       {}},
                      [&](storage::Writer& writer) {
                          return SqlRecordTable(Traits<Entity>::kTable).remove(writer, id);
                      });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

template <typename Entity>
domain::Result<typename CatalogService<Entity>::Entry>
CatalogService<Entity>::get(const QString& id) {
    auto row = m_vault.read([&](storage::Reader& reader) {
        return SqlRecordTable(Traits<Entity>::kTable).find(reader, id);
    });
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return domain::fail(
            ErrorCode::NotFound,
            QStringLiteral("No %1 with id %2.").arg(Traits<Entity>::noun(), id.left(64)),
            QStringLiteral("id"));
    return toEntry<Entity>(**row);
}

template <typename Entity>
domain::Result<std::vector<typename CatalogService<Entity>::Entry>>
CatalogService<Entity>::list(bool includeArchived, const QString& prefix, int limit, int offset) {
    auto rows = m_vault.read([&](storage::Reader& reader) {
        return SqlRecordTable(Traits<Entity>::kTable)
            .list(reader, includeArchived, prefix, limit, offset);
    });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Entry> entries;
    entries.reserve(rows->size());
    for (const auto& row : *rows) {
        auto entry = toEntry<Entity>(row);
        if (!entry)
            return std::unexpected(entry.error());
        entries.push_back(std::move(*entry));
    }
    return entries;
}

template class CatalogService<domain::Client>;
template class CatalogService<domain::Product>;

} // namespace quittance::services
