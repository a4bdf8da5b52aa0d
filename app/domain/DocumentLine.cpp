#include "DocumentLine.h"

#include "FieldValidation.h"
#include "UnitCode.h"

namespace quittance::domain {

using namespace fieldvalidation;

namespace {

Status checkAdjustment(const std::optional<Money>& amount, const Currency& currency,
                       const QString& field, const QString& label) {
    if (!amount)
        return {};
    if (amount->currency() != currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 must be in the document currency.").arg(label), field);
    if (!amount->isPositive())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 must be greater than zero.").arg(label), field);
    return {};
}

} // namespace

Status DocumentLine::validate(DocumentType type, const Currency& currency,
                              const QString& prefix) const {
    const QString descriptionField = join(prefix, QStringLiteral("description"));
    if (auto ok = required(description, descriptionField, QStringLiteral("The description")); !ok)
        return ok;
    if (auto ok = maxLength(description, kMaxDescriptionLength, descriptionField,
                            QStringLiteral("The description"));
        !ok)
        return ok;
    if (quantity.isNegative() && type != DocumentType::CreditNote)
        return fail(ErrorCode::InvalidInput,
                    type == DocumentType::Invoice
                        ? QStringLiteral("An invoice cannot have a negative quantity; issue a "
                                         "credit note instead.")
                        : QStringLiteral("A quote cannot have a negative quantity."),
                    join(prefix, QStringLiteral("quantity")));
    if (auto ok = UnitCode::validate(unitCode, join(prefix, QStringLiteral("unitCode"))); !ok)
        return ok;
    if (unitPrice.isNegative())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The unit price cannot be negative; use a line allowance or "
                                   "a negative quantity on a credit note."),
                    join(prefix, QStringLiteral("unitPrice")));
    if (!baseQuantity.isPositive())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The base quantity must be greater than zero."),
                    join(prefix, QStringLiteral("baseQuantity")));
    if (auto ok = validateTaxRate(taxCategory, taxRate, join(prefix, QStringLiteral("taxRate")));
        !ok)
        return ok;
    if (auto ok = checkAdjustment(allowance, currency, join(prefix, QStringLiteral("allowance")),
                                  QStringLiteral("line allowance"));
        !ok)
        return ok;
    return checkAdjustment(charge, currency, join(prefix, QStringLiteral("charge")),
                           QStringLiteral("line charge"));
}

} // namespace quittance::domain
