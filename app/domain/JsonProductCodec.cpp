#include "JsonProductCodec.h"

#include "JsonObjectReader.h"
#include "JsonObjectWriter.h"
#include "JsonParser.h"
#include "JsonPath.h"

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

QJsonObject JsonProductCodec::encode(const Product& product, const JsonRecordMeta& meta) {
    QJsonObject object;
    JsonObjectWriter::uuid(object, u"id", product.uuid);
    object.insert(u"name", product.name);
    JsonObjectWriter::text(object, u"description", product.description);
    object.insert(u"unitCode", product.unitCode);
    object.insert(u"unitPrice", product.unitPrice.toString());
    object.insert(u"taxCategory", taxCategoryCode(product.taxCategory));
    object.insert(u"taxRate", product.taxRate.toString());
    object.insert(u"archived", product.archived);
    JsonObjectWriter::meta(object, meta);
    return object;
}

Result<JsonRecord<Product>> JsonProductCodec::decode(const QJsonObject& object,
                                                     const QString& path) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"id", u"name", u"description", u"unitCode", u"unitPrice", u"taxCategory",
                      u"taxRate", u"archived", u"version", u"updatedAt"});
    JsonRecord<Product> record;
    Product& product = record.value;
    product.uuid = reader.uuid(u"id", Presence::Required).value_or(QUuid());
    product.name = reader.string(u"name", Presence::Required).value_or(QString());
    product.description = reader.string(u"description", Presence::Optional).value_or(QString());
    product.unitCode =
        reader.string(u"unitCode", Presence::Optional).value_or(QStringLiteral("C62"));
    product.unitPrice = reader.decimal(u"unitPrice", Presence::Required).value_or(Decimal());
    product.taxCategory = reader.code(u"taxCategory", Presence::Required, &parseTaxCategory)
                              .value_or(TaxCategory::StandardRate);
    product.taxRate = reader.decimal(u"taxRate", Presence::Required).value_or(Decimal());
    product.archived = reader.boolean(u"archived", Presence::Optional).value_or(false);
    record.meta = reader.meta();
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = product.validate(); !ok) {
        Error error = ok.error();
        error.field = JsonPath::fromEntityField(path, error.field);
        return std::unexpected(error);
    }
    return record;
}

Result<JsonRecord<Product>> JsonProductCodec::decode(QByteArrayView json) {
    auto object = JsonParser::parseObject(json, JsonParser::kMaxRecordBytes);
    if (!object)
        return std::unexpected(object.error());
    return decode(*object);
}

} // namespace quittance::domain
