#pragma once

#include "domain/Address.h"
#include "domain/Currency.h"
#include "domain/DocumentLanguage.h"
#include "domain/Error.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace quittance::domain {

// A customer (the buyer, EN 16931 BG-7). A plain value identified by a UUID;
// storage owns the records, and each issued document keeps a frozen copy
// (Document::buyerSnapshot). validate() guarantees a non-null UUID, a name,
// a billing address with a known country, a well-formed VAT ID and email when
// given, and payment terms of 0..365 days when set. Unset defaults
// (currency, payment terms) mean "use the business profile's".
struct Client {
    QUuid uuid;
    QString name;
    QString contactPerson;
    Address billingAddress;
    QString vatId; // international form; needed for reverse charge (AE) and K
    QString email;
    std::optional<Currency> defaultCurrency;
    DocumentLanguage language = DocumentLanguage::English;
    std::optional<int> paymentTermsDays;
    QString notes;
    bool archived = false;

    Status validate() const;
    // A copy with VAT ID and country in canonical form when they parse.
    Client normalized() const;

    friend bool operator==(const Client&, const Client&) = default;
};

} // namespace quittance::domain
