#include "AllowanceCharge.h"

#include "FieldValidation.h"

namespace quittance::domain {

using namespace fieldvalidation;

Status AllowanceCharge::validate(const Currency& currency, const QString& prefix) const {
    const QString what = isCharge() ? QStringLiteral("charge") : QStringLiteral("allowance");
    const QString amountField = join(prefix, QStringLiteral("amount"));
    if (amount.currency() != currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 must be in the document currency.").arg(what),
                    amountField);
    if (!amount.isPositive())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 amount must be greater than zero.").arg(what),
                    amountField);
    const QString reasonField = join(prefix, QStringLiteral("reason"));
    if (auto ok = required(reason, reasonField, QStringLiteral("A reason for the %1").arg(what));
        !ok)
        return ok;
    if (auto ok = maxLength(reason, kMaxLineLength, reasonField, QStringLiteral("The reason")); !ok)
        return ok;
    return validateTaxRate(taxCategory, taxRate, join(prefix, QStringLiteral("taxRate")));
}

} // namespace quittance::domain
