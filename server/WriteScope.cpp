#include "WriteScope.h"

#include "ServerStore.h"

namespace quittance::server {

WriteScope::WriteScope(ServerStore& store)
    : m_store(store) {
    storage::Database& db = store.database();
    m_ownsTransaction = !store.inGroup();
    if (m_ownsTransaction)
        m_begin = db.exec("BEGIN IMMEDIATE");
    if (m_begin)
        m_begin = db.exec("SAVEPOINT request");
    if (!m_begin && m_ownsTransaction)
        (void)db.exec("ROLLBACK");
    m_active = m_begin.has_value();
}

WriteScope::~WriteScope() {
    rollback();
}

domain::Status WriteScope::commit() {
    if (!m_active)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("No active transaction."));
    if (auto released = m_store.database().exec("RELEASE request"); !released)
        return released;
    m_active = false;
    if (m_ownsTransaction) {
        if (auto committed = m_store.database().exec("COMMIT"); !committed) {
            (void)m_store.database().exec("ROLLBACK");
            return committed;
        }
    }
    return {};
}

void WriteScope::rollback() {
    if (!m_active)
        return;
    (void)m_store.database().exec("ROLLBACK TO request");
    (void)m_store.database().exec("RELEASE request");
    if (m_ownsTransaction)
        (void)m_store.database().exec("ROLLBACK");
    m_active = false;
}

} // namespace quittance::server
