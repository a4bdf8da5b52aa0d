#pragma once

#include "domain/DocumentSummary.h"
#include "services/DocumentService.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <vector>

namespace quittance::cli {

// The human-readable forms of documents for the terminal: one document with
// its lines, totals, VAT breakdown and payments, and document lists as
// aligned tables. Also the JSON form of a list row (DocumentSummary), whose
// amounts are strings with the currency's decimals like everywhere else.
// Presentation only: every figure comes from the service's totals.
class DocumentPrinter {
public:
    // `clientName` for documents without a buyer snapshot (drafts).
    static void print(QTextStream& out, const services::DocumentService::Entry& entry,
                      const QString& clientName);
    static void printList(QTextStream& out, const std::vector<domain::DocumentSummary>& rows);
    static QJsonObject summaryJson(const domain::DocumentSummary& row);
    static QString typeName(domain::DocumentType type);
    // What is still open: amount due less payments and credit notes.
    static domain::Money openAmount(const services::DocumentService::Entry& entry);
};

} // namespace quittance::cli
