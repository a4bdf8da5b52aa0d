#pragma once

#include "domain/Document.h"
#include "domain/DocumentSummary.h"
#include "domain/DocumentTotals.h"
#include "domain/Error.h"
#include "storage/Vault.h"

#include <QDate>

#include <functional>
#include <vector>

namespace quittance::services {

// The document lifecycle: drafts are created, edited and deleted freely;
// issuing assigns the next gapless number in the same transaction, freezes
// snapshots of the seller and buyer and makes the document immutable;
// afterwards only its status moves forward (sent, paid, voided by a full
// credit note). Quotes are sent, accepted or declined, and an accepted quote
// converts into an invoice draft. Every operation is one audited write.
class DocumentService {
public:
    struct Entry {
        domain::Document document;
        domain::DocumentTotals totals;
        qint64 version = 1;
        qint64 paidMinor = 0;
        qint64 creditedMinor = 0;
        bool overdue = false;
        // What is still asked for: amount due - paid - credited.
        qint64 openMinor() const {
            return totals.amountDue.minorUnits() - paidMinor - creditedMinor;
        }
    };

    explicit DocumentService(storage::Vault& vault, std::function<QDate()> today = {});

    // An empty draft of `type` with defaults: the client's currency and
    // language, else the profile's currency and default document language;
    // the default payment terms text (ProfileService::documentDefaults).
    domain::Result<domain::Document> newDraft(domain::DocumentType type,
                                              const QString& clientId = {});
    // A line filled from a product; refused when the product is archived or
    // the document's currency is not the one product prices are kept in
    // (the profile's default currency).
    domain::Result<domain::DocumentLine> lineFromProduct(const QString& productId,
                                                         domain::Decimal quantity,
                                                         const domain::Currency& currency);
    domain::Result<Entry> createDraft(domain::Document document);
    domain::Result<Entry> updateDraft(domain::Document document);
    domain::Status deleteDraft(const QString& id);
    // Invoices and credit notes: Draft -> Issued.
    domain::Result<Entry> issue(const QString& id);
    // Invoices: Issued -> Sent. Quotes: Draft -> Sent (numbered and frozen like an issue).
    domain::Result<Entry> markSent(const QString& id);
    domain::Result<Entry> recordPayment(const QString& id, const domain::Payment& payment);
    // A credit note draft reversing the whole invoice; edit it to credit part.
    domain::Result<Entry> createCreditNote(const QString& invoiceId);
    domain::Result<Entry> duplicate(const QString& id);
    domain::Result<Entry> acceptQuote(const QString& id);
    domain::Result<Entry> declineQuote(const QString& id);
    // An accepted quote becomes a new invoice draft with the same lines.
    domain::Result<Entry> convertQuote(const QString& id);

    domain::Result<Entry> get(const QString& id);
    domain::Result<std::vector<domain::DocumentSummary>> list(const domain::DocumentFilter& filter);
    domain::Result<qint64> count(const domain::DocumentFilter& filter);
    domain::Result<std::vector<QString>> ids(const domain::DocumentFilter& filter);

    // Totals as the document will show them (drafts use the current
    // profile's small-business setting, issued documents their snapshot's).
    domain::Result<domain::DocumentTotals> totals(const domain::Document& document);

    QDate today() const;

private:
    domain::Result<Entry> load(const storage::Reader& reader, const QString& id);
    domain::Result<Entry> freeze(const QString& id, domain::DocumentStatus target,
                                 const QString& action);
    domain::Result<Entry> transition(const QString& id, domain::DocumentStatus target,
                                     const QString& action);
    domain::Result<Entry> saveDraft(domain::Document document, bool isNew, const QString& action);

    storage::Vault& m_vault;
    std::function<QDate()> m_today;
};

} // namespace quittance::services
