#pragma once

#include "domain/Address.h"
#include "domain/Currency.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace quittance::domain {

// The seller: the user's own business as printed on every document (EN 16931
// BG-4). A plain value; storage owns the one current profile, and each issued
// document keeps a frozen copy (Document::sellerSnapshot) so later edits never
// change an issued invoice. validate() guarantees a complete address, a known
// country and currency, well-formed IBAN/BIC/VAT ID/email/phone when given,
// payment terms of 0..365 days and, when a logo is set, a PNG or JPEG of at
// most 1 MiB. Whether a VAT ID or tax number is needed depends on the
// documents issued and is checked by Document::validateForIssue().
struct BusinessProfile {
    static constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

    QString legalName;
    Address address;
    QString vatId;     // international form, e.g. "DE123456789"; optional
    QString taxNumber; // national tax number (Steuernummer); optional, free form
    QString email;
    QString phone;
    QString website;
    QString iban; // electronic form (no spaces) after normalized(); optional
    QString bic;  // optional
    Currency defaultCurrency;
    int defaultPaymentTermsDays = 14;
    bool smallBusinessExemption = false; // German § 19 UStG, see SmallBusinessExemption
    QByteArray logo;                     // PNG or JPEG bytes, empty for none

    Status validate() const;
    // A copy with IBAN, BIC, VAT ID and country in canonical form (spaces
    // removed, upper case) when they parse; other fields untouched.
    BusinessProfile normalized() const;

    friend bool operator==(const BusinessProfile&, const BusinessProfile&) = default;
};

} // namespace quittance::domain
