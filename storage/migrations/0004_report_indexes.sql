-- Covering indexes for the receivables and period reports, so that aging,
-- outstanding, revenue and tax read small index pages instead of every
-- document row (each row carries its JSON body). Measured in
-- docs/PERFORMANCE.md. (0003 is the sync outbox.)
CREATE INDEX documents_open ON documents (type, status, due_date, client_id, currency,
    due_minor, paid_minor, credited_minor, client_name, issue_date, number, id, gross_minor)
    WHERE type = 'invoice' AND status IN ('issued', 'sent', 'partially_paid');

CREATE INDEX documents_period ON documents (type, issue_date, status, currency,
    net_minor, tax_minor, gross_minor, id);
