#pragma once

#include "domain/Decimal.h"
#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>

namespace quittance::ui {

// Display texts for domain values, translated where they are words.
class Format {
public:
    static QString money(qint64 minor, const QString& currencyCode);
    static QString money(const domain::Money& money);
    static QString status(domain::DocumentStatus status);
    static QString type(domain::DocumentType type);
    static QString taxCategory(domain::TaxCategory category);
    static QString error(const domain::Error& error);
    // An ISO 8601 UTC stamp (as the services record them) in local time,
    // short locale format; the text itself when it does not parse.
    static QString timestamp(const QString& isoUtc);
};

} // namespace quittance::ui
