#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// A VAT identification number (EN 16931 BT-31/BT-48) in its international
// form: a two-letter prefix (an ISO 3166 code, or EL for Greece and XI for
// Northern Ireland) followed by 2 to 13 letters, digits, '+' or '*'. parse()
// removes spaces, dots and dashes and upper-cases. Only the shape is checked;
// national check digits and registration are not.
class VatId {
public:
    static Result<QString> parse(QStringView text, const QString& field = {});
    static bool isValid(QStringView text);
};

} // namespace quittance::domain
