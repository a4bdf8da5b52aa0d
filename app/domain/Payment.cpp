#include "Payment.h"

#include "FieldValidation.h"

namespace quittance::domain {

using namespace fieldvalidation;

Status Payment::validate(const Currency& currency, const QString& prefix) const {
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The payment date is required."),
                    join(prefix, QStringLiteral("date")));
    const QString amountField = join(prefix, QStringLiteral("amount"));
    if (amount.currency() != currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The payment must be in the document currency."), amountField);
    if (!amount.isPositive())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The payment amount must be greater than zero."), amountField);
    if (auto ok = maxLength(method, kMaxLineLength, join(prefix, QStringLiteral("method")),
                            QStringLiteral("The payment method"));
        !ok)
        return ok;
    return maxLength(reference, kMaxLineLength, join(prefix, QStringLiteral("reference")),
                     QStringLiteral("The payment reference"));
}

} // namespace quittance::domain
