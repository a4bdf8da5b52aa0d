#pragma once

#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/Document.h"
#include "domain/DocumentLine.h"
#include "domain/DocumentTotals.h"
#include "domain/Error.h"
#include "domain/Money.h"

namespace quittance::domain {

// Computes a document's totals by the EN 16931 rules, exactly, with integer
// arithmetic only (128-bit intermediates, every narrowing checked):
// - line net amount (BT-131) = quantity x unit price / base quantity -
//   line allowance + line charge, computed exactly and rounded once, half
//   away from zero, to the currency's minor unit;
// - per (category, rate) group the taxable amount (BT-116) = its line nets +
//   its document charges - its document allowances, and its tax (BT-117) =
//   taxable x rate / 100, rounded once per group, half away from zero;
// - BT-106..BT-115 as sums and differences of those.
// Any value that cannot be represented is an InvalidInput error naming the
// offending field; nothing is ever rounded silently. The calculator checks
// only what the arithmetic relies on (currency, base quantity, rates, the
// currency and sign of allowances, charges and prepaid amount); completeness
// is Document::validateForIssue()'s business, so a half-filled draft can
// still be previewed. With the small-business exemption every line,
// allowance and charge counts as category E at 0 %, whatever it says.
class DocumentCalculator {
public:
    struct Options {
        // For issued documents pass Document::usesSmallBusinessExemption();
        // for drafts the current BusinessProfile's flag.
        bool smallBusinessExemption = false;
    };

    static Result<DocumentTotals> calculate(const Document& document, Options options);
    // Without the small-business exemption.
    static Result<DocumentTotals> calculate(const Document& document);

    // BT-131 for one line in `currency`.
    static Result<Money> lineNetAmount(const DocumentLine& line, const Currency& currency,
                                       const QString& field = {});
    // taxable x rate / 100, rounded half away from zero to the currency.
    static Result<Money> taxAmount(const Money& taxableAmount, Decimal ratePercent,
                                   const QString& field = {});
};

} // namespace quittance::domain
