#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// A syntactically valid International Bank Account Number (ISO 13616): known
// country, the registry length for that country, only letters and digits, and
// the ISO 7064 mod-97 check digits right. parse() normalises what people type
// (spaces removed, letters upper-cased) and an Iban only exists when every
// check passed. It says nothing about whether the account exists.
// Country lengths cover all SEPA countries and the other common registries.
class Iban {
public:
    static Result<Iban> parse(QStringView text, const QString& field = {});
    static bool isValid(QStringView text);
    // Registry length for a country's IBANs, or 0 when the country is unknown.
    static int expectedLength(QStringView countryCode);

    // Compact form without spaces ("DE89370400440532013000"), for storage and XML.
    const QString& electronic() const { return m_value; }
    // Groups of four for printing ("DE89 3704 0044 0532 0130 00").
    QString formatted() const;
    QString countryCode() const { return m_value.left(2); }

    friend bool operator==(const Iban&, const Iban&) = default;

private:
    explicit Iban(QString value);

    QString m_value;
};

} // namespace quittance::domain
