#pragma once

#include "AuditLog.h"
#include "Reader.h"

namespace quittance::storage {

// Write access, handed out only by Vault::write() inside the transaction that
// also appends the audit entry. There is no other way to write to a vault:
// the constructor is private to Vault, and the connection's authorizer
// refuses writes to the audit log and schema changes from here.
class Writer : public Reader {
public:
    domain::Result<Statement> prepare(std::string_view sql);
    domain::Status exec(std::string_view sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // The event the transaction will be audited as; a mutation may refine
    // it (for example add the totals it computed to the summary).
    AuditEvent& event() { return m_event; }

private:
    friend class Vault;
    Writer(Database& db, AuditEvent event)
        : Reader(db)
        , m_event(std::move(event)) {}
    AuditEvent m_event;
};

} // namespace quittance::storage
