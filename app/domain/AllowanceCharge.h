#pragma once

#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>

namespace quittance::domain {

// A document-level allowance (EN 16931 BG-20, a discount) or charge (BG-21,
// e.g. shipping), with its own tax category and rate so it lands in the right
// VAT breakdown group. validate() guarantees an amount above 0 in the
// document currency, a reason (BR-33/BR-38) and a rate that suits the
// category. The sign comes from `kind`, never from the amount.
struct AllowanceCharge {
    enum class Kind {
        Allowance,
        Charge,
    };

    Kind kind = Kind::Allowance;
    Money amount;
    QString reason;
    TaxCategory taxCategory = TaxCategory::StandardRate;
    Decimal taxRate; // percent

    bool isCharge() const { return kind == Kind::Charge; }
    // `prefix` names it in errors ("allowancesCharges[0]").
    Status validate(const Currency& currency, const QString& prefix) const;

    friend bool operator==(const AllowanceCharge&, const AllowanceCharge&) = default;
};

} // namespace quittance::domain
