#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace quittance::domain {

// A postal address as EN 16931 models it (BG-5/BG-8): up to three free
// address lines, postal code, city and an ISO 3166 alpha-2 country code.
// validate() checks the country against the table and the lengths; whether
// the street or city are required depends on the caller (the seller's are,
// see BusinessProfile; a buyer needs at least the country).
struct Address {
    static constexpr qsizetype kMaxLines = 3;

    QStringList lines;
    QString postalCode;
    QString city;
    QString country; // upper-case alpha-2, e.g. "DE"

    // `prefix` is prepended to field names ("address" -> "address.city").
    // With `complete`, at least one line, the city and the country are required;
    // otherwise only the country is.
    Status validate(const QString& prefix, bool complete) const;

    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace quittance::domain
