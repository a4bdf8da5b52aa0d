#include "BusinessProfile.h"

#include "Bic.h"
#include "CountryCode.h"
#include "FieldValidation.h"
#include "Iban.h"
#include "VatId.h"

namespace quittance::domain {

using namespace fieldvalidation;

namespace {

bool looksLikeImage(const QByteArray& bytes) {
    static const QByteArray kPng("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray kJpeg("\xff\xd8\xff", 3);
    return bytes.startsWith(kPng) || bytes.startsWith(kJpeg);
}

} // namespace

Status BusinessProfile::validate() const {
    const QString nameField = QStringLiteral("legalName");
    if (auto ok = required(legalName, nameField, QStringLiteral("The legal name")); !ok)
        return ok;
    if (auto ok = maxLength(legalName, kMaxNameLength, nameField, QStringLiteral("The legal name"));
        !ok)
        return ok;
    if (auto ok = address.validate(QStringLiteral("address"), true); !ok)
        return ok;
    if (!vatId.isEmpty()) {
        if (auto ok = VatId::parse(vatId, QStringLiteral("vatId")); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok =
            maxLength(taxNumber, 40, QStringLiteral("taxNumber"), QStringLiteral("The tax number"));
        !ok)
        return ok;
    if (auto ok = fieldvalidation::email(this->email, QStringLiteral("email")); !ok)
        return ok;
    if (auto ok = fieldvalidation::phone(this->phone, QStringLiteral("phone")); !ok)
        return ok;
    if (auto ok = maxLength(website, kMaxLineLength, QStringLiteral("website"),
                            QStringLiteral("The website"));
        !ok)
        return ok;
    if (!iban.isEmpty()) {
        if (auto ok = Iban::parse(iban, QStringLiteral("iban")); !ok)
            return std::unexpected(ok.error());
    }
    if (!bic.isEmpty()) {
        if (auto ok = Bic::parse(bic, QStringLiteral("bic")); !ok)
            return std::unexpected(ok.error());
    }
    if (!defaultCurrency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A default currency is required."),
                    QStringLiteral("defaultCurrency"));
    if (auto ok =
            paymentTermsDays(defaultPaymentTermsDays, QStringLiteral("defaultPaymentTermsDays"));
        !ok)
        return ok;
    if (!logo.isEmpty()) {
        if (logo.size() > kMaxLogoBytes)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The logo is larger than 1 MiB."),
                        QStringLiteral("logo"));
        if (!looksLikeImage(logo))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The logo must be a PNG or JPEG image."),
                        QStringLiteral("logo"));
    }
    return {};
}

BusinessProfile BusinessProfile::normalized() const {
    BusinessProfile copy = *this;
    if (auto parsed = Iban::parse(iban); parsed)
        copy.iban = parsed->electronic();
    if (auto parsed = Bic::parse(bic); parsed)
        copy.bic = parsed->code();
    if (auto parsed = VatId::parse(vatId); parsed)
        copy.vatId = *parsed;
    if (auto parsed = CountryCode::parse(address.country); parsed)
        copy.address.country = *parsed;
    return copy;
}

} // namespace quittance::domain
