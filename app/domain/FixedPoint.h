#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// Internal text codec for scaled integers, shared by Decimal and Money so both
// accept and print exactly the same grammar: an optional leading '-', one or
// more ASCII digits, optionally '.' followed by one or more digits. Nothing
// else: no '+', no spaces, no exponent, no group separators, no locale.
namespace fixedpoint {

// Longest text accepted; longer input is refused before it is looked at.
inline constexpr qsizetype kMaxTextLength = 40;

// Parses `text` into value * 10^scaleDigits. More fractional digits than
// `scaleDigits`, or a value outside qint64, is an InvalidInput error naming
// `field`; `what` is the noun used in messages ("decimal number", "amount").
Result<qint64> parse(QStringView text, int scaleDigits, const QString& field, const QString& what);

// Formats value / 10^scaleDigits with at least `minFractionDigits` and at
// most `scaleDigits` fractional digits, dropping trailing zeros beyond the
// minimum (so "-12.345600" prints as "-12.3456" with a minimum of 0).
QString format(qint64 scaled, int scaleDigits, int minFractionDigits);

} // namespace fixedpoint
} // namespace quittance::domain
