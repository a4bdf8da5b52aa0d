#include "Client.h"

#include "CountryCode.h"
#include "FieldValidation.h"
#include "VatId.h"

namespace quittance::domain {

using namespace fieldvalidation;

Status Client::validate() const {
    if (uuid.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The client has no identifier."),
                    QStringLiteral("uuid"));
    const QString nameField = QStringLiteral("name");
    if (auto ok = required(name, nameField, QStringLiteral("The client name")); !ok)
        return ok;
    if (auto ok = maxLength(name, kMaxNameLength, nameField, QStringLiteral("The client name"));
        !ok)
        return ok;
    if (auto ok = maxLength(contactPerson, kMaxNameLength, QStringLiteral("contactPerson"),
                            QStringLiteral("The contact person"));
        !ok)
        return ok;
    if (auto ok = billingAddress.validate(QStringLiteral("billingAddress"), false); !ok)
        return ok;
    if (!vatId.isEmpty()) {
        if (auto ok = VatId::parse(vatId, QStringLiteral("vatId")); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = fieldvalidation::email(this->email, QStringLiteral("email")); !ok)
        return ok;
    if (defaultCurrency && !defaultCurrency->isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The default currency is not valid."),
                    QStringLiteral("defaultCurrency"));
    if (paymentTermsDays) {
        if (auto ok = fieldvalidation::paymentTermsDays(*paymentTermsDays,
                                                        QStringLiteral("paymentTermsDays"));
            !ok)
            return ok;
    }
    if (auto ok =
            maxLength(notes, kMaxNotesLength, QStringLiteral("notes"), QStringLiteral("The notes"));
        !ok)
        return ok;
    return {};
}

Client Client::normalized() const {
    Client copy = *this;
    if (auto parsed = VatId::parse(vatId); parsed)
        copy.vatId = *parsed;
    if (auto parsed = CountryCode::parse(billingAddress.country); parsed)
        copy.billingAddress.country = *parsed;
    return copy;
}

} // namespace quittance::domain
