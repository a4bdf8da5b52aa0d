#pragma once

#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace quittance::domain {

// One invoice line (EN 16931 BG-25). The net amount (BT-131) is not stored:
// DocumentCalculator derives it as quantity x unit price / base quantity -
// allowance + charge, rounded once, half away from zero, to the currency.
// validate() guarantees a description, a known unit code, a unit price of at
// least 0 (BR-27), a base quantity above 0, a rate that suits the category,
// allowance and charge (when set) above 0 in the document currency, and the
// sign rule for quantities: invoices and quotes never have negative
// quantities; credit notes are written with positive quantities (the type
// code 381 already says "credit") but may carry negative lines, for example
// to net off a part that is not being credited.
struct DocumentLine {
    QString description;
    Decimal quantity = Decimal::fromScaled(Decimal::kScale); // 1
    QString unitCode = QStringLiteral("C62");
    Decimal unitPrice;                                           // BT-146, net, >= 0
    Decimal baseQuantity = Decimal::fromScaled(Decimal::kScale); // BT-149, > 0
    TaxCategory taxCategory = TaxCategory::StandardRate;
    Decimal taxRate;                // percent
    std::optional<Money> allowance; // BT-136, line allowance amount
    std::optional<Money> charge;    // BT-141, line charge amount
    QUuid productUuid;              // the product it was filled from; null if none

    // `prefix` names the line in errors ("lines[2]" -> "lines[2].quantity").
    Status validate(DocumentType type, const Currency& currency, const QString& prefix) const;

    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

} // namespace quittance::domain
