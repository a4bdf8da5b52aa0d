#pragma once

#include "domain/Money.h"
#include "domain/TaxBreakdown.h"

#include <QList>
#include <QString>

namespace quittance::domain {

// The computed amounts of a document (EN 16931 BG-22 plus the line net
// amounts and the VAT breakdown), all in the document currency and all exact
// results of DocumentCalculator. Invariants: taxBasisTotal = lineNetTotal -
// allowanceTotal + chargeTotal; taxTotal = sum of breakdown tax amounts;
// grandTotal = taxBasisTotal + taxTotal; amountDue = grandTotal -
// prepaidAmount.
struct DocumentTotals {
    QList<Money> lineNetAmounts; // BT-131, one per line, in line order
    Money lineNetTotal;          // BT-106
    Money allowanceTotal;        // BT-107
    Money chargeTotal;           // BT-108
    Money taxBasisTotal;         // BT-109
    Money taxTotal;              // BT-110
    Money grandTotal;            // BT-112
    Money prepaidAmount;         // BT-113
    Money amountDue;             // BT-115
    // BG-23, ordered by category (S, Z, E, AE, K, G, O), then rate descending.
    QList<TaxBreakdown> breakdown;
    bool smallBusinessExemption = false;
    QString legalNotice; // text that must be printed (the § 19 UStG notice), else empty

    friend bool operator==(const DocumentTotals&, const DocumentTotals&) = default;
};

} // namespace quittance::domain
