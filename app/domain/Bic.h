#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// A syntactically valid Business Identifier Code (ISO 9362, "SWIFT code"):
// four letters for the institution, a known ISO 3166 country code, two letters
// or digits for the location and an optional three-character branch, so 8 or
// 11 characters. parse() removes spaces and upper-cases; it cannot tell
// whether the bank exists.
class Bic {
public:
    static Result<Bic> parse(QStringView text, const QString& field = {});
    static bool isValid(QStringView text);

    const QString& code() const { return m_value; }
    QString countryCode() const { return m_value.mid(4, 2); }

    friend bool operator==(const Bic&, const Bic&) = default;

private:
    explicit Bic(QString value);

    QString m_value;
};

} // namespace quittance::domain
