#include "DocumentLifecycle.h"

#include "CheckedArithmetic.h"

namespace quittance::domain {

namespace {

using S = DocumentStatus;

bool isQuote(DocumentType type) {
    return type == DocumentType::Quote;
}

} // namespace

bool DocumentLifecycle::isStatusAllowed(DocumentType type, DocumentStatus status) {
    switch (status) {
    case S::Draft:
    case S::Sent:
        return true;
    case S::Issued:
    case S::PartiallyPaid:
    case S::Paid:
    case S::Voided:
        return !isQuote(type);
    case S::Accepted:
    case S::Declined:
    case S::Expired:
        return isQuote(type);
    }
    return false;
}

QList<DocumentStatus> DocumentLifecycle::allowedTransitions(DocumentType type,
                                                            DocumentStatus from) {
    if (isQuote(type)) {
        switch (from) {
        case S::Draft:
            return {S::Sent};
        case S::Sent:
            return {S::Accepted, S::Declined, S::Expired};
        default:
            return {};
        }
    }
    switch (from) {
    case S::Draft:
        return {S::Issued};
    case S::Issued:
        return {S::Sent, S::PartiallyPaid, S::Paid, S::Voided};
    case S::Sent:
        return {S::PartiallyPaid, S::Paid, S::Voided};
    case S::PartiallyPaid:
        return {S::Paid, S::Sent};
    case S::Paid:
        return {S::PartiallyPaid, S::Sent};
    default:
        return {};
    }
}

bool DocumentLifecycle::canTransition(DocumentType type, DocumentStatus from, DocumentStatus to) {
    return allowedTransitions(type, from).contains(to);
}

bool DocumentLifecycle::canReach(DocumentType type, DocumentStatus from, DocumentStatus to) {
    QList<DocumentStatus> frontier{from};
    QList<DocumentStatus> seen{from};
    while (!frontier.isEmpty()) {
        const DocumentStatus current = frontier.takeFirst();
        for (const DocumentStatus next : allowedTransitions(type, current)) {
            if (next == to)
                return true;
            if (!seen.contains(next)) {
                seen.append(next);
                frontier.append(next);
            }
        }
    }
    return false;
}

Status DocumentLifecycle::checkTransition(DocumentType type, DocumentStatus from,
                                          DocumentStatus to) {
    if (canTransition(type, from, to))
        return {};
    QString why;
    if (!isStatusAllowed(type, to))
        why = QStringLiteral("that status does not exist for this kind of document");
    else if (from == to)
        why = QStringLiteral("it already has that status");
    else if (to == S::Draft)
        why = QStringLiteral("an issued document can never become a draft again");
    else if (to == S::Voided && (from == S::PartiallyPaid || from == S::Paid))
        why = QStringLiteral("it has payments; issue a credit note instead");
    else if (from == S::Voided || from == S::Accepted || from == S::Declined || from == S::Expired)
        why = QStringLiteral("its status is final");
    else
        why = QStringLiteral("that step is not part of its lifecycle");
    return fail(ErrorCode::Conflict,
                QStringLiteral("The %1 cannot go from %2 to %3: %4.")
                    .arg(documentTypeCode(type).replace(u'_', u' '), documentStatusCode(from),
                         documentStatusCode(to), why),
                QStringLiteral("status"));
}

Result<Money> DocumentLifecycle::paidTotal(const Money& amountDue, const QList<Payment>& payments) {
    Int128 sum = 0;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        if (auto ok =
                payments[i].validate(amountDue.currency(), QStringLiteral("payments[%1]").arg(i));
            !ok)
            return std::unexpected(ok.error());
        sum += payments[i].amount.minorUnits();
    }
    const auto narrow = checked::toInt64(sum);
    if (!narrow)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The payments add up to more than can be represented."),
                    QStringLiteral("payments"));
    return Money::fromMinorUnits(*narrow, amountDue.currency());
}

Result<Money> DocumentLifecycle::outstanding(const Money& amountDue,
                                             const QList<Payment>& payments) {
    auto paid = paidTotal(amountDue, payments);
    if (!paid)
        return std::unexpected(paid.error());
    if (paid->minorUnits() > amountDue.minorUnits())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The payments (%1 %3) exceed the amount due (%2 %3).")
                        .arg(paid->toString(), amountDue.toString(), amountDue.currency().code()),
                    QStringLiteral("payments"));
    // Cannot overflow: 0 <= paid <= amountDue.
    return Money::fromMinorUnits(amountDue.minorUnits() - paid->minorUnits(), amountDue.currency());
}

Result<DocumentLifecycle::PaymentState>
DocumentLifecycle::paymentState(const Money& amountDue, const QList<Payment>& payments) {
    if (amountDue.isNegative())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The amount due cannot be negative."),
                    QStringLiteral("amountDue"));
    auto left = outstanding(amountDue, payments);
    if (!left)
        return std::unexpected(left.error());
    if (left->isZero())
        return PaymentState::Paid;
    if (left->minorUnits() == amountDue.minorUnits())
        return PaymentState::Unpaid;
    return PaymentState::PartiallyPaid;
}

Result<DocumentStatus> DocumentLifecycle::statusAfterPayments(DocumentType type,
                                                              DocumentStatus current,
                                                              const Money& amountDue,
                                                              const QList<Payment>& payments) {
    if (isQuote(type) || current == S::Draft || current == S::Voided) {
        if (!payments.isEmpty())
            return fail(ErrorCode::Conflict,
                        QStringLiteral("Payments can only be recorded on issued invoices and "
                                       "credit notes."),
                        QStringLiteral("payments"));
        return current;
    }
    auto state = paymentState(amountDue, payments);
    if (!state)
        return std::unexpected(state.error());
    switch (*state) {
    case PaymentState::Paid:
        // Also when nothing was due (fully prepaid): the document is settled.
        return S::Paid;
    case PaymentState::PartiallyPaid:
        return S::PartiallyPaid;
    case PaymentState::Unpaid:
        // Payments were removed: a document that had been paid had reached the
        // buyer, so it falls back to Sent.
        return current == S::PartiallyPaid || current == S::Paid ? S::Sent : current;
    }
    return current;
}

bool DocumentLifecycle::isOverdue(DocumentType type, DocumentStatus status, QDate dueDate,
                                  QDate today) {
    if (isQuote(type) || !dueDate.isValid() || !today.isValid())
        return false;
    const bool open = status == S::Issued || status == S::Sent || status == S::PartiallyPaid;
    return open && today > dueDate;
}

bool DocumentLifecycle::isQuoteExpired(DocumentStatus status, QDate validUntil, QDate today) {
    return status == S::Sent && validUntil.isValid() && today.isValid() && today > validUntil;
}

} // namespace quittance::domain
