#pragma once

#include <QtGlobal>

#include <limits>
#include <optional>

namespace quittance::domain {

// 128-bit integer for intermediate products. `__extension__` keeps -Wpedantic
// quiet about the GCC/Clang builtin; every product of two qint64 fits in it.
__extension__ typedef __int128 Int128;

// Exact integer helpers shared by the money and decimal types. They are the
// only place where rounding happens, so every rounding in the domain is the
// named half-away-from-zero rule and every narrowing is checked. No floating
// point is used anywhere.
namespace checked {

inline constexpr Int128 kInt64Max = std::numeric_limits<qint64>::max();
inline constexpr Int128 kInt64Min = std::numeric_limits<qint64>::min();

// The value as a qint64, or nothing when it does not fit.
constexpr std::optional<qint64> toInt64(Int128 value) {
    if (value > kInt64Max || value < kInt64Min)
        return std::nullopt;
    return static_cast<qint64>(value);
}

// 10^exponent for 0 <= exponent <= 36.
constexpr Int128 pow10(int exponent) {
    Q_ASSERT(exponent >= 0 && exponent <= 36);
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// numerator / denominator rounded half away from zero (2.5 -> 3, -2.5 -> -3).
// The denominator must be positive.
constexpr Int128 divideRoundHalfAwayFromZero(Int128 numerator, Int128 denominator) {
    Q_ASSERT(denominator > 0);
    Int128 quotient = numerator / denominator;
    Int128 remainder = numerator % denominator; // carries the sign of the numerator
    const Int128 magnitude = remainder < 0 ? -remainder : remainder;
    // magnitude >= denominator - magnitude  <=>  2 * magnitude >= denominator,
    // written without the doubling so it cannot overflow.
    if (magnitude != 0 && magnitude >= denominator - magnitude)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

// numerator / denominator + addend, computed exactly and then rounded half
// away from zero once. Rounding the quotient first and adding afterwards
// would differ when the two have opposite signs (2.5 - 10 is -7.5 -> -8, but
// round(2.5) - 10 = -7). The denominator must be positive; the result must
// fit in Int128, which holds for any qint64-sized addend.
constexpr Int128 roundedQuotientPlus(Int128 numerator, Int128 denominator, Int128 addend) {
    Q_ASSERT(denominator > 0);
    Int128 whole = numerator / denominator + addend;
    Int128 remainder = numerator % denominator;
    // Bring the remainder to the sign of the whole part so the rounding
    // direction ("away from zero") refers to the sign of the final value.
    if (whole > 0 && remainder < 0) {
        whole -= 1;
        remainder += denominator;
    } else if (whole < 0 && remainder > 0) {
        whole += 1;
        remainder -= denominator;
    }
    const Int128 magnitude = remainder < 0 ? -remainder : remainder;
    if (magnitude != 0 && magnitude >= denominator - magnitude)
        whole += remainder < 0 ? -1 : 1;
    return whole;
}

} // namespace checked
} // namespace quittance::domain
