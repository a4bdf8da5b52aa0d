#include "Money.h"

#include "CheckedArithmetic.h"
#include "FixedPoint.h"

namespace quittance::domain {

namespace {

Status sameCurrency(const Money& a, const Money& b, const QString& field) {
    if (a.currency() != b.currency())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Amounts in %1 and %2 cannot be combined.")
                        .arg(a.currency().code(), b.currency().code()),
                    field);
    return {};
}

Result<Money> fromWide(Int128 minor, const Currency& currency, const QString& field) {
    const auto narrow = checked::toInt64(minor);
    if (!narrow)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The amount is too large to be represented."), field);
    return Money::fromMinorUnits(*narrow, currency);
}

} // namespace

Money::Money(qint64 minorUnits, Currency currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency)) {}

Money Money::fromMinorUnits(qint64 minorUnits, const Currency& currency) {
    return Money(minorUnits, currency);
}

Result<Money> Money::parse(QStringView text, const Currency& currency, const QString& field) {
    if (!currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A currency is required."), field);
    auto minor = fixedpoint::parse(text, currency.exponent(), field, QStringLiteral("amount"));
    if (!minor)
        return std::unexpected(minor.error());
    return Money(*minor, currency);
}

Result<Money> Money::fromDecimal(Decimal value, const Currency& currency, const QString& field) {
    if (!currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A currency is required."), field);
    if (value.fractionDigits() > currency.exponent())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 has more than %2 digits after the decimal point, the "
                                   "precision of %3.")
                        .arg(value.toString())
                        .arg(currency.exponent())
                        .arg(currency.code()),
                    field);
    // Exact: the fraction digits were checked, so this division has no remainder.
    const Int128 divisor = checked::pow10(Decimal::kFractionDigits - currency.exponent());
    return fromWide(Int128(value.scaled()) / divisor, currency, field);
}

QString Money::toString() const {
    return fixedpoint::format(m_minorUnits, m_currency.exponent(), m_currency.exponent());
}

Result<Decimal> Money::toDecimal(const QString& field) const {
    const Int128 scaled =
        Int128(m_minorUnits) * checked::pow10(Decimal::kFractionDigits - m_currency.exponent());
    const auto narrow = checked::toInt64(scaled);
    if (!narrow)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The amount is too large to be represented as a decimal number."),
            field);
    return Decimal::fromScaled(*narrow);
}

Result<Money> Money::add(const Money& other, const QString& field) const {
    if (auto ok = sameCurrency(*this, other, field); !ok)
        return std::unexpected(ok.error());
    return fromWide(Int128(m_minorUnits) + other.m_minorUnits, m_currency, field);
}

Result<Money> Money::subtract(const Money& other, const QString& field) const {
    if (auto ok = sameCurrency(*this, other, field); !ok)
        return std::unexpected(ok.error());
    return fromWide(Int128(m_minorUnits) - other.m_minorUnits, m_currency, field);
}

Result<Money> Money::negated(const QString& field) const {
    return fromWide(-Int128(m_minorUnits), m_currency, field);
}

} // namespace quittance::domain
