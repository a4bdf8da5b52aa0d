#include "Decimal.h"

#include "CheckedArithmetic.h"
#include "FixedPoint.h"

namespace quittance::domain {

namespace {

Result<Decimal> fromWide(Int128 scaled, const QString& field) {
    const auto narrow = checked::toInt64(scaled);
    if (!narrow)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The result is too large to be represented as a decimal number."),
            field);
    return Decimal::fromScaled(*narrow);
}

} // namespace

Result<Decimal> Decimal::fromInteger(qint64 value, const QString& field) {
    return fromWide(Int128(value) * kScale, field);
}

Result<Decimal> Decimal::parse(QStringView text, const QString& field) {
    auto scaled = fixedpoint::parse(text, kFractionDigits, field, QStringLiteral("decimal number"));
    if (!scaled)
        return std::unexpected(scaled.error());
    return fromScaled(*scaled);
}

int Decimal::fractionDigits() const {
    qint64 fraction = m_scaled % kScale;
    if (fraction == 0)
        return 0;
    int digits = kFractionDigits;
    while (fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }
    return digits;
}

QString Decimal::toString() const {
    return fixedpoint::format(m_scaled, kFractionDigits, 0);
}

QString Decimal::toString(int minFractionDigits) const {
    Q_ASSERT(minFractionDigits >= 0 && minFractionDigits <= kFractionDigits);
    return fixedpoint::format(m_scaled, kFractionDigits, minFractionDigits);
}

Result<Decimal> Decimal::add(Decimal other, const QString& field) const {
    return fromWide(Int128(m_scaled) + other.m_scaled, field);
}

Result<Decimal> Decimal::subtract(Decimal other, const QString& field) const {
    return fromWide(Int128(m_scaled) - other.m_scaled, field);
}

Result<Decimal> Decimal::negated(const QString& field) const {
    return fromWide(-Int128(m_scaled), field);
}

} // namespace quittance::domain
