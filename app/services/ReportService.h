#pragma once

#include "domain/Error.h"
#include "domain/Reports.h"
#include "storage/Vault.h"

#include <vector>

namespace quittance::services {

// Receivables and tax reports, per currency, computed with SQL aggregates.
class ReportService {
public:
    explicit ReportService(storage::Vault& vault)
        : m_vault(vault) {}

    domain::Result<std::vector<domain::OutstandingRow>> outstanding(const QDate& today);
    domain::Result<std::vector<domain::AgingRow>> aging(const QDate& today);
    domain::Result<std::vector<domain::RevenueRow>> revenue(const domain::DateRange& range,
                                                            bool byMonth);
    domain::Result<std::vector<domain::TaxSummaryRow>> taxSummary(const domain::DateRange& range);

    // Called from another thread while one of the reports runs: makes its
    // query stop early with an error (the vault itself is unaffected).
    void interrupt() { m_vault.interrupt(); }

private:
    storage::Vault& m_vault;
};

} // namespace quittance::services
