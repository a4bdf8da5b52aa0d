#include "JsonExportCodec.h"

#include "JsonClientCodec.h"
#include "JsonDocumentCodec.h"
#include "JsonObjectReader.h"
#include "JsonParser.h"
#include "JsonPath.h"
#include "JsonProductCodec.h"
#include "JsonScalar.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

namespace {

QString quotedPath(const QString& field) {
    return QStringLiteral("“%1”").arg(field);
}

// Decodes the array `key` with `decode(object, path)`, refusing a second
// record with an id already seen in it.
template <typename T, typename Decode>
QList<JsonRecord<T>> readRecords(JsonObjectReader& reader, QStringView key, qsizetype maxItems,
                                 Decode decode) {
    QList<JsonRecord<T>> out;
    const auto items = reader.array(key, maxItems, Presence::Optional);
    if (!items)
        return out;
    out.reserve(items->size());
    QHash<QUuid, qsizetype> seen;
    for (qsizetype i = 0; i < items->size() && reader.ok(); ++i) {
        const QString path = JsonPath::element(reader.fieldPath(key), i);
        const QJsonValue item = items->at(i);
        if (!item.isObject()) {
            reader.fail(QStringLiteral("%1 must be an object, not %2.")
                            .arg(quotedPath(path), JsonObjectReader::typeName(item)),
                        path);
            break;
        }
        auto record = reader.take(decode(item.toObject(), path));
        if (!record)
            break;
        const auto previous = seen.constFind(record->value.uuid);
        if (previous != seen.constEnd()) {
            const QString field = JsonPath::member(path, u"id");
            reader.fail(
                QStringLiteral("%1 repeats the id of %2.")
                    .arg(quotedPath(field), JsonPath::element(reader.fieldPath(key), *previous)),
                field);
            break;
        }
        seen.insert(record->value.uuid, i);
        out.append(std::move(*record));
    }
    return out;
}

} // namespace

Result<QJsonObject> JsonExportCodec::encode(const JsonExport& content) {
    if (!content.exportedAt.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The export has no time stamp."),
                    QStringLiteral("exportedAt"));
    QJsonArray clients;
    for (const auto& record : content.clients)
        clients.append(JsonClientCodec::encode(record.value, record.meta));
    QJsonArray products;
    for (const auto& record : content.products)
        products.append(JsonProductCodec::encode(record.value, record.meta));
    QJsonArray documents;
    for (qsizetype i = 0; i < content.documents.size(); ++i) {
        const auto& record = content.documents[i];
        auto encoded = JsonDocumentCodec::encode(record.value, record.meta);
        if (!encoded) {
            Error error = encoded.error();
            const QString prefix = JsonPath::element(QStringLiteral("documents"), i);
            error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
            return std::unexpected(error);
        }
        documents.append(*encoded);
    }
    QJsonObject object;
    object.insert(u"format", kFormatName.toString());
    object.insert(u"version", JsonExport::kFormatVersion);
    object.insert(u"exportedAt", JsonScalar::formatTimestamp(content.exportedAt));
    object.insert(u"clients", clients);
    object.insert(u"products", products);
    object.insert(u"documents", documents);
    return object;
}

Result<JsonExport> JsonExportCodec::decode(const QJsonObject& object) {
    JsonObjectReader reader(object, QString());
    reader.allowOnly({u"format", u"version", u"exportedAt", u"clients", u"products", u"documents"});
    const auto format = reader.string(u"format", Presence::Required);
    if (format && *format != kFormatName)
        reader.fail(QStringLiteral("This is not a Quittance export (“format” must be “%1”).")
                        .arg(kFormatName),
                    QStringLiteral("format"));
    const auto version =
        reader.integer(u"version", 1, JsonRecordMeta::kMaxVersion, Presence::Required);
    if (version && *version > JsonExport::kFormatVersion)
        reader.fail(Error{ErrorCode::Incompatible,
                          QStringLiteral("The export has format version %1; this program reads "
                                         "version %2. Update Quittance to import it.")
                              .arg(*version)
                              .arg(JsonExport::kFormatVersion),
                          QStringLiteral("version")});
    JsonExport content;
    content.exportedAt = reader.timestamp(u"exportedAt", Presence::Required).value_or(QDateTime());

    // The record limit counts all three collections together, before any
    // record is decoded; the error names the collection that crosses it.
    qsizetype total = 0;
    for (const QStringView key :
         {QStringView(u"clients"), QStringView(u"products"), QStringView(u"documents")}) {
        const QJsonValue value = object.value(key);
        total += value.isArray() ? value.toArray().size() : 0;
        if (total > JsonExport::kMaxRecords) {
            reader.fail(QStringLiteral("An export holds at most %1 records in all.")
                            .arg(JsonExport::kMaxRecords),
                        reader.fieldPath(key));
            break;
        }
    }
    content.clients = readRecords<Client>(reader, u"clients", JsonExport::kMaxRecords,
                                          [](const QJsonObject& item, const QString& path) {
                                              return JsonClientCodec::decode(item, path);
                                          });
    content.products = readRecords<Product>(reader, u"products", JsonExport::kMaxRecords,
                                            [](const QJsonObject& item, const QString& path) {
                                                return JsonProductCodec::decode(item, path);
                                            });
    content.documents = readRecords<Document>(reader, u"documents", JsonExport::kMaxRecords,
                                              [](const QJsonObject& item, const QString& path) {
                                                  return JsonDocumentCodec::decode(item, path);
                                              });
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    return content;
}

Result<JsonExport> JsonExportCodec::decode(QByteArrayView json) {
    auto object = JsonParser::parseObject(json, JsonParser::kMaxExportBytes);
    if (!object)
        return std::unexpected(object.error());
    return decode(*object);
}

} // namespace quittance::domain
