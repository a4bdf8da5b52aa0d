#pragma once

#include "domain/AllowanceCharge.h"
#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/Currency.h"
#include "domain/DocumentLanguage.h"
#include "domain/DocumentLine.h"
#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/Payment.h"
#include "domain/TaxCategory.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <optional>

namespace quittance::domain {

// An invoice, credit note or quote as a plain value (EN 16931 semantics where
// they apply). Totals are never stored here: DocumentCalculator derives them.
// Two levels of checking:
// - validate(): the document is consistent and may be saved as it stands
//   (a draft may still be incomplete: no number, no lines, no snapshots);
// - validateForIssue(): additionally complete enough to leave Draft (number,
//   issue date, lines, seller and buyer snapshots, exemption reasons, VAT IDs
//   where the category needs them, the corrected invoice for a credit note,
//   due date or payment terms while money is due, totals that compute without
//   overflow and are not negative).
// Once a document has left Draft it is immutable except for its status and
// payments; enforcing that is storage's job (ErrorCode::Immutable).
struct Document {
    static constexpr qsizetype kMaxLines = 1000;
    static constexpr qsizetype kMaxNumberLength = 64;

    QUuid uuid;
    QString number; // empty while Draft
    DocumentType type = DocumentType::Invoice;
    DocumentStatus status = DocumentStatus::Draft;
    QDate issueDate;
    QDate dueDate; // payment due date (BT-9); for quotes: valid until
    Currency currency;
    DocumentLanguage language = DocumentLanguage::English;
    QString buyerReference;      // BT-10 (e.g. Leitweg-ID)
    QString purchaseOrderNumber; // BT-13
    QUuid clientUuid;
    QList<DocumentLine> lines;
    QList<AllowanceCharge> allowancesCharges;
    // Exemption reason text (BT-120) per category; required for E unless the
    // seller uses the small-business exemption; optional for AE, K, G, O
    // (a standard text is used when absent).
    QMap<TaxCategory, QString> exemptionReasons;
    QString notes;
    QString paymentTermsText;           // BT-20
    QUuid correctedInvoiceUuid;         // credit notes: the invoice corrected
    QString correctedInvoiceNumber;     // BT-25
    std::optional<Money> prepaidAmount; // BT-113, paid before issue
    QList<Payment> payments;            // received after issue
    std::optional<BusinessProfile> sellerSnapshot;
    std::optional<Client> buyerSnapshot;

    bool isEditable() const { return status == DocumentStatus::Draft; }
    // The small-business flag the totals must use: the seller snapshot's.
    bool usesSmallBusinessExemption() const {
        return sellerSnapshot && sellerSnapshot->smallBusinessExemption;
    }

    Status validate() const;
    Status validateForIssue() const;

    friend bool operator==(const Document&, const Document&) = default;
};

} // namespace quittance::domain
