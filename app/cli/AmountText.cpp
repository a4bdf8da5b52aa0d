#include "AmountText.h"

#include "domain/Currency.h"

namespace quittance::cli {

QString AmountText::format(qint64 minorUnits, QStringView currencyCode) {
    const auto currency = domain::Currency::fromCode(currencyCode);
    if (!currency)
        return QStringLiteral("%1 (minor units)").arg(minorUnits);
    return domain::Money::fromMinorUnits(minorUnits, *currency).toString();
}

} // namespace quittance::cli
