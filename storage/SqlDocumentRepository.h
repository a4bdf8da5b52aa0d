#pragma once

#include "Writer.h"
#include "domain/Document.h"
#include "domain/DocumentSummary.h"
#include "domain/DocumentTotals.h"
#include "domain/Error.h"

#include <optional>
#include <vector>

namespace quittance::storage {

// Documents (invoices, credit notes, quotes) with their derived columns,
// tax breakdown rows, payments and full-text index. The schema's triggers
// make an issued document immutable whatever the caller; this class adds the
// clear errors. Lists and search read indexed columns only.
class SqlDocumentRepository {
public:
    struct Stored {
        domain::Document document;
        qint64 version = 1;
        QString updatedAt;
        qint64 paidMinor = 0;
        qint64 creditedMinor = 0;
    };

    static domain::Status insert(Writer& writer, const domain::Document& document,
                                 const domain::DocumentTotals& totals, const QString& clientName,
                                 const QString& now);
    // Replaces a draft's content (or issues it, when `document.status` is
    // not Draft): refused with Immutable unless the stored row is a draft.
    static domain::Status replaceDraft(Writer& writer, const domain::Document& document,
                                       const domain::DocumentTotals& totals,
                                       const QString& clientName, const QString& now);
    static domain::Status setStatus(Writer& writer, const QString& id,
                                    domain::DocumentStatus status, const QString& now);
    static domain::Status addPayment(Writer& writer, const QString& id, const QString& paymentId,
                                     const domain::Payment& payment,
                                     domain::DocumentStatus newStatus, const QString& now);
    static domain::Status addCredit(Writer& writer, const QString& invoiceId, qint64 amountMinor,
                                    std::optional<domain::DocumentStatus> newStatus,
                                    const QString& now);
    static domain::Status removeDraft(Writer& writer, const QString& id);

    static domain::Result<std::optional<Stored>> find(const Reader& reader, const QString& id);
    static domain::Result<std::vector<domain::DocumentSummary>>
    list(const Reader& reader, const domain::DocumentFilter& filter);
    static domain::Result<qint64> count(const Reader& reader, const domain::DocumentFilter& filter);
    // Ids of documents matching a filter, for batch operations.
    static domain::Result<std::vector<QString>> ids(const Reader& reader,
                                                    const domain::DocumentFilter& filter);

    // A safe FTS5 query for user text: every word quoted, the last one as a
    // prefix; empty when the text has no word.
    static QString ftsQuery(const QString& text);

private:
    static domain::Status writeDerived(Writer& writer, const domain::Document& document,
                                       const domain::DocumentTotals& totals,
                                       const QString& clientName);
};

} // namespace quittance::storage
