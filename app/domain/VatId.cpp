#include "VatId.h"

#include "CountryCode.h"

namespace quittance::domain {

Result<QString> VatId::parse(QStringView text, const QString& field) {
    if (text.size() > 40)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The VAT ID is too long."), field);
    QString compact;
    for (const QChar c : text) {
        if (c != u' ' && c != u'.' && c != u'-')
            compact += c.toUpper();
    }
    if (compact.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A VAT ID is required."), field);
    const auto malformed = [&]() {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A VAT ID starts with a country prefix followed by 2 to 13 "
                                   "letters or digits, like DE123456789."),
                    field);
    };
    if (compact.size() < 4 || compact.size() > 15)
        return malformed();
    const QStringView prefix = QStringView(compact).left(2);
    if (!(CountryCode::isKnown(prefix) || prefix == u"EL" || prefix == u"XI"))
        return malformed();
    for (qsizetype i = 2; i < compact.size(); ++i) {
        const QChar c = compact[i];
        const bool ok =
            (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'*';
        if (!ok)
            return malformed();
    }
    return compact;
}

bool VatId::isValid(QStringView text) {
    return parse(text).has_value();
}

} // namespace quittance::domain
