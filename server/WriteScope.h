#pragma once

#include "domain/Error.h"

namespace quittance::server {

class ServerStore;

// One API request's writes, all or nothing, also inside a group commit
// (ServerStore::beginGroup()): outside a group it is its own BEGIN IMMEDIATE
// ... COMMIT; inside one it is a SAVEPOINT, so a refused request undoes only
// its own changes and the group's COMMIT makes the rest durable at once.
// Rolls back when destroyed without commit().
class WriteScope {
public:
    explicit WriteScope(ServerStore& store);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    bool isActive() const { return m_active; }
    const domain::Status& beginStatus() const { return m_begin; }
    domain::Status commit();
    void rollback();

private:
    ServerStore& m_store;
    bool m_ownsTransaction = false;
    domain::Status m_begin;
    bool m_active = false;
};

} // namespace quittance::server
