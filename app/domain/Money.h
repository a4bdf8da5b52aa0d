#pragma once

#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// An amount of money: a qint64 count of the currency's minor units (cents for
// EUR, yen for JPY, fils for KWD) and the currency. There is no floating point
// and no implicit rounding: parsing text with more fractional digits than the
// currency's exponent fails, arithmetic that would leave qint64 fails, and
// mixing currencies fails, all as InvalidInput errors naming the field.
// Rounding to minor units happens only in DocumentCalculator, by the named
// half-away-from-zero rule. A default-constructed Money is zero in the invalid
// currency; entity validation rejects it where an amount is required.
//
// Text form (parse/toString): the Decimal grammar (optional '-', digits,
// optional '.' and digits; no '+', spaces or exponents), with at most
// `exponent` fractional digits on input and exactly `exponent` on output:
// EUR 123456 -> "1234.56", KWD -5 -> "-0.005", JPY 1234 -> "1234".
class Money {
public:
    Money() = default;

    static Money fromMinorUnits(qint64 minorUnits, const Currency& currency);
    static Result<Money> parse(QStringView text, const Currency& currency,
                               const QString& field = {});
    // Exact conversion: fails when the decimal has more fractional digits
    // than the currency allows or does not fit.
    static Result<Money> fromDecimal(Decimal value, const Currency& currency,
                                     const QString& field = {});

    qint64 minorUnits() const { return m_minorUnits; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }
    bool isPositive() const { return m_minorUnits > 0; }

    QString toString() const;
    // The same value as an exact Decimal (always representable: exponents are
    // at most 6 and the range check fails only above ~9.2e12 units).
    Result<Decimal> toDecimal(const QString& field = {}) const;

    Result<Money> add(const Money& other, const QString& field = {}) const;
    Result<Money> subtract(const Money& other, const QString& field = {}) const;
    Result<Money> negated(const QString& field = {}) const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    Money(qint64 minorUnits, Currency currency);

    qint64 m_minorUnits = 0;
    Currency m_currency;
};

} // namespace quittance::domain
