#pragma once

#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/Payment.h"

#include <QDate>
#include <QList>

namespace quittance::domain {

// The status rules as pure functions of their inputs (no clock: "today" is
// always passed in). Invoices and credit notes:
//   Draft -> Issued -> Sent; Issued/Sent -> PartiallyPaid -> Paid (or
//   straight to Paid); Issued/Sent -> Voided while nothing is paid;
//   PartiallyPaid/Paid fall back (to Sent, or Paid -> PartiallyPaid) only
//   when a recorded payment is removed. Voided is final.
// Quotes: Draft -> Sent -> Accepted | Declined | Expired, all three final.
// A status never "transitions" to itself. Payments decide PartiallyPaid/Paid
// (statusAfterPayments); a payment total above the amount due is refused.
class DocumentLifecycle {
public:
    enum class PaymentState {
        Unpaid,
        PartiallyPaid,
        Paid,
    };

    static bool isStatusAllowed(DocumentType type, DocumentStatus status);
    static bool canTransition(DocumentType type, DocumentStatus from, DocumentStatus to);
    // `to` follows `from` after one or more transitions (sync receives the
    // latest status only, e.g. Draft -> PartiallyPaid after issue and payment).
    static bool canReach(DocumentType type, DocumentStatus from, DocumentStatus to);
    // Conflict error (with a sentence saying why) when the move is not allowed.
    static Status checkTransition(DocumentType type, DocumentStatus from, DocumentStatus to);
    static QList<DocumentStatus> allowedTransitions(DocumentType type, DocumentStatus from);

    // Sum of payments, checked: same currency as `amountDue`, each above 0,
    // no overflow.
    static Result<Money> paidTotal(const Money& amountDue, const QList<Payment>& payments);
    // amountDue - paid, failing on overpayment.
    static Result<Money> outstanding(const Money& amountDue, const QList<Payment>& payments);
    // Unpaid / PartiallyPaid / Paid; an amount due of 0 counts as Paid;
    // payments above the amount due are an InvalidInput error ("payments").
    static Result<PaymentState> paymentState(const Money& amountDue,
                                             const QList<Payment>& payments);
    // The status an invoice or credit note in `current` must have given its
    // payments. Payments on a draft, voided document or quote are a Conflict.
    static Result<DocumentStatus> statusAfterPayments(DocumentType type, DocumentStatus current,
                                                      const Money& amountDue,
                                                      const QList<Payment>& payments);

    // An issued, sent or partially paid invoice or credit note whose due date
    // lies before `today`. False when either date is invalid.
    static bool isOverdue(DocumentType type, DocumentStatus status, QDate dueDate, QDate today);
    // A sent quote whose valid-until date lies before `today`.
    static bool isQuoteExpired(DocumentStatus status, QDate validUntil, QDate today);
};

} // namespace quittance::domain
