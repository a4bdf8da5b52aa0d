#include "Product.h"

#include "FieldValidation.h"
#include "UnitCode.h"

namespace quittance::domain {

using namespace fieldvalidation;

Status Product::validate() const {
    if (uuid.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The product has no identifier."),
                    QStringLiteral("uuid"));
    if (auto ok = required(name, QStringLiteral("name"), QStringLiteral("The product name")); !ok)
        return ok;
    if (auto ok = maxLength(name, kMaxNameLength, QStringLiteral("name"),
                            QStringLiteral("The product name"));
        !ok)
        return ok;
    if (auto ok = maxLength(description, kMaxDescriptionLength, QStringLiteral("description"),
                            QStringLiteral("The description"));
        !ok)
        return ok;
    if (auto ok = UnitCode::validate(unitCode, QStringLiteral("unitCode")); !ok)
        return ok;
    if (unitPrice.isNegative())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The unit price cannot be negative."),
                    QStringLiteral("unitPrice"));
    return validateTaxRate(taxCategory, taxRate, QStringLiteral("taxRate"));
}

} // namespace quittance::domain
