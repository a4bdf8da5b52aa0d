#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace quittance::domain {

// What a document is. Invoices and credit notes are EN 16931 documents (type
// codes 380 and 381) sharing the invoice status machine; quotes are offers
// with their own statuses and never carry tax law weight. Stored as the codes
// "invoice", "credit_note", "quote".
enum class DocumentType {
    Invoice,
    CreditNote,
    Quote,
};

QString documentTypeCode(DocumentType type);
Result<DocumentType> parseDocumentType(QStringView code, const QString& field = {});
// UNTDID 1001 code for BT-3 (380, 381), none for quotes.
std::optional<int> en16931TypeCode(DocumentType type);

} // namespace quittance::domain
