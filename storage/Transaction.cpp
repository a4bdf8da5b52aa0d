#include "Transaction.h"

#include "Database.h"

namespace quittance::storage {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_begin(db.exec("BEGIN IMMEDIATE"))
    , m_active(m_begin.has_value()) {}

Transaction::~Transaction() {
    rollback();
}

domain::Status Transaction::commit() {
    if (!m_active)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("No active transaction."));
    auto status = m_db.exec("COMMIT");
    if (status)
        m_active = false;
    return status;
}

void Transaction::rollback() {
    if (m_active) {
        (void)m_db.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace quittance::storage
