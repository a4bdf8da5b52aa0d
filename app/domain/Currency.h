#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace quittance::domain {

// An ISO 4217 currency known to Quittance, with the number of minor-unit
// digits the standard assigns to it (JPY 0, EUR 2, KWD 3). A Currency obtained
// from fromCode() is always valid and its exponent always correct; codes not
// in the table are refused rather than guessed. A default-constructed Currency
// is the invalid "no currency" value that value types start with; validation
// of every entity rejects it.
class Currency {
public:
    Currency() = default;

    // Accepts the three-letter code in any letter case ("eur" -> EUR).
    static Result<Currency> fromCode(QStringView code, const QString& field = {});
    static bool isKnown(QStringView code);
    // All known codes, sorted.
    static QStringList knownCodes();

    bool isValid() const { return !m_code.isEmpty(); }
    const QString& code() const { return m_code; }
    // Minor-unit digits, 0..3 for every currency in the table.
    int exponent() const { return m_exponent; }

    friend bool operator==(const Currency&, const Currency&) = default;

private:
    Currency(QString code, int exponent);

    QString m_code;
    int m_exponent = 0;
};

} // namespace quittance::domain
