#pragma once

#include "Reader.h"
#include "domain/Error.h"
#include "domain/Reports.h"

#include <vector>

namespace quittance::storage {

// The accounting reports, each one SQL aggregate over the documents and
// document_tax tables (nothing loads every document). Open amounts of an
// invoice are amount due - paid - credited; credit notes count negatively in
// revenue and tax.
class SqlReportRepository {
public:
    explicit SqlReportRepository(const Reader& reader)
        : m_reader(reader) {}

    domain::Result<std::vector<domain::OutstandingRow>> outstanding(const QDate& today) const;
    domain::Result<std::vector<domain::AgingRow>> aging(const QDate& today) const;
    // byMonth: "YYYY-MM" periods, else "YYYY".
    domain::Result<std::vector<domain::RevenueRow>> revenue(const domain::DateRange& range,
                                                            bool byMonth) const;
    domain::Result<std::vector<domain::TaxSummaryRow>>
    taxSummary(const domain::DateRange& range) const;

private:
    const Reader& m_reader;
};

} // namespace quittance::storage
