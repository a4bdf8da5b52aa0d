#pragma once

#include "domain/Money.h"

#include <QString>
#include <QStringView>

namespace quittance::cli {

// Amounts as the CLI prints them: minor units with the currency's own number
// of decimals (Money::toString: EUR 123456 -> "1234.56", JPY -> "1234").
// Reports and lists carry a currency code and minor units; stored codes are
// validated on write, so an unknown code only appears in a damaged vault and
// is printed as raw minor units rather than guessed.
class AmountText {
public:
    static QString format(qint64 minorUnits, QStringView currencyCode);
    static QString format(const domain::Money& money) { return money.toString(); }
};

} // namespace quittance::cli
