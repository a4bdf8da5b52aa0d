#pragma once

#include "domain/Decimal.h"
#include "domain/DocumentLanguage.h"
#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// VAT category of a line, allowance or charge (EN 16931 BT-151/BT-95/BT-102,
// code list UNCL5305), with the rate rules of EN 16931: standard rated (S)
// needs a rate above 0; every other category has rate 0. Exempt (E) needs an
// exemption reason on the document; reverse charge (AE), intra-community
// supply (K), export (G) and outside scope (O) get a standard reason text and
// VATEX code when the document gives none. Rates are percentages 0..100.
enum class TaxCategory {
    StandardRate,         // S
    ZeroRated,            // Z
    Exempt,               // E
    ReverseCharge,        // AE
    IntraCommunitySupply, // K
    ExportOutsideEu,      // G
    OutsideScope,         // O
};

// The UNCL5305 code: "S", "Z", "E", "AE", "K", "G", "O".
QString taxCategoryCode(TaxCategory category);
// Accepts exactly the upper-case codes above.
Result<TaxCategory> parseTaxCategory(QStringView code, const QString& field = {});

// InvalidInput unless the rate suits the category (S: 0 < rate <= 100;
// all others: rate == 0).
Status validateTaxRate(TaxCategory category, Decimal ratePercent, const QString& field = {});

// Whether the document must (E) or may (AE, K, G, O) carry an exemption
// reason for this category; S and Z have none.
bool taxCategoryHasExemptionReason(TaxCategory category);
// The reason printed when the document gives none: empty for S, Z and E
// (E has no sensible default and must be given).
QString defaultExemptionReason(TaxCategory category, DocumentLanguage language);
// The VATEX code (CEF code list) matching the default reason, empty if none.
QString defaultExemptionReasonCode(TaxCategory category);

} // namespace quittance::domain
