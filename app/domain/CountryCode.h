#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace quittance::domain {

// ISO 3166-1 alpha-2 country codes: all 249 officially assigned codes plus XK
// (Kosovo, user-assigned but used by the EU, SEPA and IBAN registries).
// Stored codes are upper case; parse() accepts either case and returns the
// canonical upper-case code, refusing anything not in the table.
class CountryCode {
public:
    static Result<QString> parse(QStringView code, const QString& field = {});
    // Exact, upper-case match only.
    static bool isKnown(QStringView code);
    // Member state of the European Union (upper-case code).
    static bool isEuMember(QStringView code);
    static QStringList knownCodes();
};

} // namespace quittance::domain
