#pragma once

#include "domain/Decimal.h"
#include "domain/Error.h"
#include "domain/TaxCategory.h"

#include <QString>
#include <QUuid>

namespace quittance::domain {

// A catalogue item that pre-fills document lines. A plain value identified by
// a UUID; lines copy its values, so editing a product never changes a
// document. validate() guarantees a name, a known UN/ECE Rec 20 unit code, a
// unit price of at least 0 (EN 16931 BR-27) and a tax rate that suits the
// category (see validateTaxRate). The price is in the business's default
// currency and may carry up to 6 fractional digits.
struct Product {
    QUuid uuid;
    QString name;
    QString description;
    QString unitCode = QStringLiteral("C62");
    Decimal unitPrice;
    TaxCategory taxCategory = TaxCategory::StandardRate;
    Decimal taxRate; // percent, e.g. 19 or 7.7
    bool archived = false;

    Status validate() const;

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace quittance::domain
