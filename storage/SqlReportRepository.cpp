#include "SqlReportRepository.h"

namespace quittance::storage {

namespace {

// Open invoices: issued, sent or partially paid (paid and voided ones have
// nothing open; drafts and quotes are not receivables).
constexpr const char* kOpen = "type = 'invoice' AND status IN ('issued', 'sent', 'partially_paid')";

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

} // namespace

domain::Result<std::vector<domain::OutstandingRow>>
SqlReportRepository::outstanding(const QDate& today) const {
    auto stmt = m_reader.query(
        std::string(
            "SELECT ifnull(client_id, ''), client_name, currency,"
            " sum(due_minor - paid_minor - credited_minor),"
            " sum(CASE WHEN due_date < ?1 THEN due_minor - paid_minor - credited_minor ELSE 0 END),"
            " count(*)"
            " FROM documents WHERE ") +
        kOpen + " GROUP BY client_id, currency ORDER BY 4 DESC, client_name");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, isoDate(today));
    std::vector<domain::OutstandingRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->int64(3), stmt->int64(4),
                        stmt->int64(5)});
    }
    return rows;
}

domain::Result<std::vector<domain::AgingRow>> SqlReportRepository::aging(const QDate& today) const {
    // Days overdue = today - due date; a missing due date counts as not due.
    auto stmt = m_reader.query(
        std::string(
            "WITH open AS (SELECT currency, due_minor - paid_minor - credited_minor AS amount,"
            " CAST(julianday(?1) - julianday(ifnull(due_date, ?1)) AS INTEGER) AS days"
            " FROM documents WHERE ") +
        kOpen +
        ")"
        " SELECT currency,"
        " sum(CASE WHEN days <= 0 THEN amount ELSE 0 END),"
        " sum(CASE WHEN days BETWEEN 1 AND 30 THEN amount ELSE 0 END),"
        " sum(CASE WHEN days BETWEEN 31 AND 60 THEN amount ELSE 0 END),"
        " sum(CASE WHEN days BETWEEN 61 AND 90 THEN amount ELSE 0 END),"
        " sum(CASE WHEN days > 90 THEN amount ELSE 0 END)"
        " FROM open GROUP BY currency ORDER BY currency");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, isoDate(today));
    std::vector<domain::AgingRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.push_back({stmt->text(0), stmt->int64(1), stmt->int64(2), stmt->int64(3),
                        stmt->int64(4), stmt->int64(5)});
    }
    return rows;
}

domain::Result<std::vector<domain::RevenueRow>>
SqlReportRepository::revenue(const domain::DateRange& range, bool byMonth) const {
    auto stmt =
        m_reader.query("SELECT substr(issue_date, 1, ?3) AS period, currency,"
                       " sum(CASE type WHEN 'credit_note' THEN -net_minor ELSE net_minor END),"
                       " sum(CASE type WHEN 'credit_note' THEN -tax_minor ELSE tax_minor END),"
                       " sum(CASE type WHEN 'credit_note' THEN -gross_minor ELSE gross_minor END),"
                       " count(*)"
                       " FROM documents"
                       " WHERE type IN ('invoice', 'credit_note') AND status <> 'draft'"
                       " AND issue_date BETWEEN ?1 AND ?2"
                       " GROUP BY period, currency ORDER BY period, currency");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, isoDate(range.from)).bind(2, isoDate(range.to)).bind(3, byMonth ? 7 : 4);
    std::vector<domain::RevenueRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.push_back({stmt->text(0), stmt->text(1), stmt->int64(2), stmt->int64(3),
                        stmt->int64(4), stmt->int64(5)});
    }
    return rows;
}

domain::Result<std::vector<domain::TaxSummaryRow>>
SqlReportRepository::taxSummary(const domain::DateRange& range) const {
    auto stmt = m_reader.query(
        "SELECT d.currency, t.category, t.rate_scaled,"
        " sum(CASE d.type WHEN 'credit_note' THEN -t.taxable_minor ELSE t.taxable_minor END),"
        " sum(CASE d.type WHEN 'credit_note' THEN -t.tax_minor ELSE t.tax_minor END)"
        " FROM document_tax t JOIN documents d ON d.id = t.document_id"
        " WHERE d.type IN ('invoice', 'credit_note') AND d.status <> 'draft'"
        " AND d.issue_date BETWEEN ?1 AND ?2"
        " GROUP BY d.currency, t.category, t.rate_scaled"
        " ORDER BY d.currency, t.category, t.rate_scaled DESC");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, isoDate(range.from)).bind(2, isoDate(range.to));
    std::vector<domain::TaxSummaryRow> rows;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto category = domain::parseTaxCategory(stmt->text(1));
        if (!category)
            return domain::fail(domain::ErrorCode::Damaged,
                                QStringLiteral("A stored tax category is invalid."));
        rows.push_back({stmt->text(0), *category, domain::Decimal::fromScaled(stmt->int64(2)),
                        stmt->int64(3), stmt->int64(4)});
    }
    return rows;
}

} // namespace quittance::storage
