#include "Address.h"

#include "CountryCode.h"
#include "FieldValidation.h"

namespace quittance::domain {

using namespace fieldvalidation;

Status Address::validate(const QString& prefix, bool complete) const {
    if (lines.size() > kMaxLines)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("An address has at most %1 lines.").arg(kMaxLines),
                    join(prefix, QStringLiteral("lines")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString field = join(prefix, QStringLiteral("lines[%1]").arg(i));
        if (auto ok = maxLength(lines[i], kMaxLineLength, field, QStringLiteral("An address line"));
            !ok)
            return ok;
        if (lines[i].contains(u'\n'))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("An address line cannot contain a line break."), field);
    }
    if (auto ok = maxLength(postalCode, 20, join(prefix, QStringLiteral("postalCode")),
                            QStringLiteral("The postal code"));
        !ok)
        return ok;
    if (auto ok = maxLength(city, kMaxLineLength, join(prefix, QStringLiteral("city")),
                            QStringLiteral("The city"));
        !ok)
        return ok;
    if (complete) {
        bool hasLine = false;
        for (const QString& line : lines)
            hasLine = hasLine || !line.trimmed().isEmpty();
        if (!hasLine)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The street address is required."),
                        join(prefix, QStringLiteral("lines")));
        if (auto ok =
                required(city, join(prefix, QStringLiteral("city")), QStringLiteral("The city"));
            !ok)
            return ok;
    }
    const QString countryField = join(prefix, QStringLiteral("country"));
    if (country.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The country is required."),
                    countryField);
    if (!CountryCode::isKnown(country))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("“%1” is not an ISO 3166 country code in upper case.")
                        .arg(country.left(8)),
                    countryField);
    return {};
}

} // namespace quittance::domain
