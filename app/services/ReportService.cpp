#include "ReportService.h"

#include "storage/SqlReportRepository.h"

namespace quittance::services {

namespace {
domain::Status checkRange(const domain::DateRange& range) {
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to)
        return domain::fail(
            domain::ErrorCode::InvalidInput,
            QStringLiteral("The period needs a start date on or before its end date."),
            QStringLiteral("from"));
    return {};
}
} // namespace

domain::Result<std::vector<domain::OutstandingRow>> ReportService::outstanding(const QDate& today) {
    return m_vault.read([&](storage::Reader& reader) {
        return storage::SqlReportRepository(reader).outstanding(today);
    });
}

domain::Result<std::vector<domain::AgingRow>> ReportService::aging(const QDate& today) {
    return m_vault.read(
        [&](storage::Reader& reader) { return storage::SqlReportRepository(reader).aging(today); });
}

domain::Result<std::vector<domain::RevenueRow>>
ReportService::revenue(const domain::DateRange& range, bool byMonth) {
    if (auto ok = checkRange(range); !ok)
        return std::unexpected(ok.error());
    return m_vault.read([&](storage::Reader& reader) {
        return storage::SqlReportRepository(reader).revenue(range, byMonth);
    });
}

domain::Result<std::vector<domain::TaxSummaryRow>>
ReportService::taxSummary(const domain::DateRange& range) {
    if (auto ok = checkRange(range); !ok)
        return std::unexpected(ok.error());
    return m_vault.read([&](storage::Reader& reader) {
        return storage::SqlReportRepository(reader).taxSummary(range);
    });
}

} // namespace quittance::services
