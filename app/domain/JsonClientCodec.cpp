#include "JsonClientCodec.h"

#include "FieldValidation.h"
#include "JsonAddressCodec.h"
#include "JsonObjectReader.h"
#include "JsonObjectWriter.h"
#include "JsonParser.h"
#include "JsonPath.h"
#include "JsonScalar.h"

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

QJsonObject JsonClientCodec::encode(const Client& client, const JsonRecordMeta& meta) {
    QJsonObject object;
    JsonObjectWriter::uuid(object, u"id", client.uuid);
    object.insert(u"name", client.name);
    JsonObjectWriter::text(object, u"contactPerson", client.contactPerson);
    object.insert(u"billingAddress", JsonAddressCodec::encode(client.billingAddress));
    JsonObjectWriter::text(object, u"vatId", client.vatId);
    JsonObjectWriter::text(object, u"email", client.email);
    if (client.defaultCurrency && client.defaultCurrency->isValid())
        object.insert(u"defaultCurrency", client.defaultCurrency->code());
    object.insert(u"language", documentLanguageCode(client.language));
    if (client.paymentTermsDays)
        object.insert(u"paymentTermsDays", *client.paymentTermsDays);
    JsonObjectWriter::text(object, u"notes", client.notes);
    object.insert(u"archived", client.archived);
    JsonObjectWriter::meta(object, meta);
    return object;
}

Result<JsonRecord<Client>> JsonClientCodec::decode(const QJsonObject& object, const QString& path) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"id", u"name", u"contactPerson", u"billingAddress", u"vatId", u"email",
                      u"defaultCurrency", u"language", u"paymentTermsDays", u"notes", u"archived",
                      u"version", u"updatedAt"});
    JsonRecord<Client> record;
    Client& client = record.value;
    client.uuid = reader.uuid(u"id", Presence::Required).value_or(QUuid());
    client.name = reader.string(u"name", Presence::Required).value_or(QString());
    client.contactPerson = reader.string(u"contactPerson", Presence::Optional).value_or(QString());
    if (const auto address = reader.object(u"billingAddress", Presence::Required))
        client.billingAddress =
            reader.take(JsonAddressCodec::decode(*address, reader.fieldPath(u"billingAddress")))
                .value_or(Address());
    client.vatId = reader.string(u"vatId", Presence::Optional).value_or(QString());
    client.email = reader.string(u"email", Presence::Optional).value_or(QString());
    client.defaultCurrency = reader.currency(u"defaultCurrency", Presence::Optional);
    client.language = reader.code(u"language", Presence::Optional, &parseDocumentLanguage)
                          .value_or(DocumentLanguage::English);
    if (const auto days = reader.integer(u"paymentTermsDays", 0,
                                         fieldvalidation::kMaxPaymentTermsDays, Presence::Optional))
        client.paymentTermsDays = static_cast<int>(*days);
    client.notes = reader.string(u"notes", Presence::Optional).value_or(QString());
    client.archived = reader.boolean(u"archived", Presence::Optional).value_or(false);
    record.meta = reader.meta();
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = client.validate(); !ok) {
        Error error = ok.error();
        error.field = JsonPath::fromEntityField(path, error.field);
        return std::unexpected(error);
    }
    return record;
}

Result<JsonRecord<Client>> JsonClientCodec::decode(QByteArrayView json) {
    auto object = JsonParser::parseObject(json, JsonParser::kMaxRecordBytes);
    if (!object)
        return std::unexpected(object.error());
    return decode(*object);
}

} // namespace quittance::domain
