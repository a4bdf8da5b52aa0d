#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

#include <compare>

namespace quittance::domain {

// An exact decimal number with up to six fractional digits, stored as a qint64
// counting millionths (so the range is about ±9 223 372 036 854.775807). Used
// for quantities, unit prices and tax rates in percent; never for amounts of
// money (see Money). Every operation is exact or fails: a value that does not
// fit, or text with more than six fractional digits, is an InvalidInput error
// naming the field, never a silently rounded number.
//
// Text grammar (parse and toString are inverse): an optional leading '-', one
// or more ASCII digits, optionally '.' and one to six digits. A leading '+',
// spaces, exponents ("1e3"), group separators, a bare "." or ".5" / "5." and
// texts over 40 characters are refused. Leading zeros are accepted. toString()
// prints the canonical form: no trailing fractional zeros, no point for whole
// numbers, no "-0" ("-12.345600" -> "-12.3456", "-0.0" -> "0").
class Decimal {
public:
    static constexpr int kFractionDigits = 6;
    static constexpr qint64 kScale = 1'000'000;

    constexpr Decimal() = default;

    // The decimal whose value is scaled / 10^6.
    static constexpr Decimal fromScaled(qint64 scaled) {
        Decimal d;
        d.m_scaled = scaled;
        return d;
    }
    // A whole number; fails when value * 10^6 does not fit.
    static Result<Decimal> fromInteger(qint64 value, const QString& field = {});
    static Result<Decimal> parse(QStringView text, const QString& field = {});

    constexpr qint64 scaled() const { return m_scaled; }
    constexpr bool isZero() const { return m_scaled == 0; }
    constexpr bool isNegative() const { return m_scaled < 0; }
    constexpr bool isPositive() const { return m_scaled > 0; }
    // Number of significant fractional digits, 0..6 ("1.50" -> 1).
    int fractionDigits() const;

    // Canonical text, see the class comment.
    QString toString() const;
    // Text with at least `minFractionDigits` (0..6) fractional digits, for
    // display: Decimal 12.5 with 2 -> "12.50".
    QString toString(int minFractionDigits) const;

    Result<Decimal> add(Decimal other, const QString& field = {}) const;
    Result<Decimal> subtract(Decimal other, const QString& field = {}) const;
    Result<Decimal> negated(const QString& field = {}) const;

    friend constexpr bool operator==(Decimal, Decimal) = default;
    friend constexpr std::strong_ordering operator<=>(Decimal, Decimal) = default;

private:
    qint64 m_scaled = 0;
};

} // namespace quittance::domain
