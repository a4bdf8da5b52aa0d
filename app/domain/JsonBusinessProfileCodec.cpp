#include "JsonBusinessProfileCodec.h"

#include "FieldValidation.h"
#include "JsonAddressCodec.h"
#include "JsonObjectReader.h"
#include "JsonObjectWriter.h"
#include "JsonPath.h"

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

QJsonObject JsonBusinessProfileCodec::encode(const BusinessProfile& profile) {
    QJsonObject object;
    object.insert(u"legalName", profile.legalName);
    object.insert(u"address", JsonAddressCodec::encode(profile.address));
    JsonObjectWriter::text(object, u"vatId", profile.vatId);
    JsonObjectWriter::text(object, u"taxNumber", profile.taxNumber);
    JsonObjectWriter::text(object, u"email", profile.email);
    JsonObjectWriter::text(object, u"phone", profile.phone);
    JsonObjectWriter::text(object, u"website", profile.website);
    JsonObjectWriter::text(object, u"iban", profile.iban);
    JsonObjectWriter::text(object, u"bic", profile.bic);
    if (profile.defaultCurrency.isValid())
        object.insert(u"defaultCurrency", profile.defaultCurrency.code());
    object.insert(u"defaultPaymentTermsDays", profile.defaultPaymentTermsDays);
    object.insert(u"smallBusinessExemption", profile.smallBusinessExemption);
    return object;
}

Result<BusinessProfile> JsonBusinessProfileCodec::decode(const QJsonObject& object,
                                                         const QString& path) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"legalName", u"address", u"vatId", u"taxNumber", u"email", u"phone",
                      u"website", u"iban", u"bic", u"defaultCurrency", u"defaultPaymentTermsDays",
                      u"smallBusinessExemption"});
    BusinessProfile profile;
    profile.legalName = reader.string(u"legalName", Presence::Required).value_or(QString());
    if (const auto address = reader.object(u"address", Presence::Required))
        profile.address =
            reader.take(JsonAddressCodec::decode(*address, reader.fieldPath(u"address")))
                .value_or(Address());
    profile.vatId = reader.string(u"vatId", Presence::Optional).value_or(QString());
    profile.taxNumber = reader.string(u"taxNumber", Presence::Optional).value_or(QString());
    profile.email = reader.string(u"email", Presence::Optional).value_or(QString());
    profile.phone = reader.string(u"phone", Presence::Optional).value_or(QString());
    profile.website = reader.string(u"website", Presence::Optional).value_or(QString());
    profile.iban = reader.string(u"iban", Presence::Optional).value_or(QString());
    profile.bic = reader.string(u"bic", Presence::Optional).value_or(QString());
    profile.defaultCurrency =
        reader.currency(u"defaultCurrency", Presence::Required).value_or(Currency());
    profile.defaultPaymentTermsDays =
        static_cast<int>(reader
                             .integer(u"defaultPaymentTermsDays", 0,
                                      fieldvalidation::kMaxPaymentTermsDays, Presence::Optional)
                             .value_or(BusinessProfile{}.defaultPaymentTermsDays));
    profile.smallBusinessExemption =
        reader.boolean(u"smallBusinessExemption", Presence::Optional).value_or(false);
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = profile.validate(); !ok) {
        Error error = ok.error();
        error.field = JsonPath::fromEntityField(path, error.field);
        return std::unexpected(error);
    }
    return profile;
}

} // namespace quittance::domain
