#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// Where a document is in its life. Invoices and credit notes use Draft,
// Issued, Sent, PartiallyPaid, Paid and Voided; quotes use Draft, Sent,
// Accepted, Declined and Expired. Which statuses and moves are allowed for a
// type is decided by DocumentLifecycle. Stored as the snake_case codes below.
enum class DocumentStatus {
    Draft,
    Issued,
    Sent,
    PartiallyPaid,
    Paid,
    Voided,
    Accepted,
    Declined,
    Expired,
};

// "draft", "issued", "sent", "partially_paid", "paid", "voided", "accepted",
// "declined", "expired".
QString documentStatusCode(DocumentStatus status);
Result<DocumentStatus> parseDocumentStatus(QStringView code, const QString& field = {});

} // namespace quittance::domain
