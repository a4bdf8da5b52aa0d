#pragma once

#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/Product.h"
#include "storage/Vault.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace quittance::services {

// Clients and products: create, edit, archive, delete, look up and list,
// each change audited. Entity is domain::Client or domain::Product; the
// two share one table shape (storage::SqlRecordTable).
template <typename Entity>
class CatalogService {
public:
    struct Entry {
        Entity entity;
        qint64 version = 1;
        QString updatedAt;
    };

    explicit CatalogService(storage::Vault& vault)
        : m_vault(vault) {}

    // Assigns a new id when the entity has none. Returns the stored entity.
    domain::Result<Entity> add(Entity entity);
    // Replaces an existing record (same id).
    domain::Result<Entity> update(Entity entity);
    domain::Status setArchived(const QString& id, bool archived);
    // Clients used on any document cannot be deleted (archive them instead).
    domain::Status remove(const QString& id);
    domain::Result<Entry> get(const QString& id);
    domain::Result<std::vector<Entry>> list(bool includeArchived = false,
                                            const QString& prefix = {}, int limit = 1000,
                                            int offset = 0);

private:
    domain::Result<Entity> store(Entity entity, bool isNew);
    storage::Vault& m_vault;
};

using ClientService = CatalogService<domain::Client>;
using ProductService = CatalogService<domain::Product>;

extern template class CatalogService<domain::Client>;
extern template class CatalogService<domain::Product>;

} // namespace quittance::services
