#pragma once

#include "domain/Decimal.h"
#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>

namespace quittance::domain {

// One VAT breakdown group (EN 16931 BG-23): all lines, allowances and charges
// sharing a category and rate. taxAmount is taxableAmount x rate / 100,
// rounded once for the whole group, half away from zero, to the currency's
// minor unit (which is why per-line taxes need not add up to it).
struct TaxBreakdown {
    TaxCategory category = TaxCategory::StandardRate; // BT-118
    Decimal ratePercent;                              // BT-119
    Money taxableAmount;                              // BT-116
    Money taxAmount;                                  // BT-117
    QString exemptionReason;                          // BT-120
    QString exemptionReasonCode;                      // BT-121, VATEX

    friend bool operator==(const TaxBreakdown&, const TaxBreakdown&) = default;
};

} // namespace quittance::domain
