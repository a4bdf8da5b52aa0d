#include "EntityCodec.h"

#include "domain/JsonBusinessProfileCodec.h"
#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"
#include "domain/JsonParser.h"
#include "domain/JsonProductCodec.h"

#include <QJsonDocument>

namespace quittance::storage::EntityCodec {

namespace {

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Stored bodies were written by this program; they are still parsed with
// the strict parser, so a tampered or damaged body is refused, not guessed at.
domain::Result<QJsonObject> parse(const QByteArray& body) {
    return domain::JsonParser::parseObject(body, domain::JsonParser::kMaxRecordBytes);
}

} // namespace

QByteArray encodeClient(const domain::Client& client) {
    QJsonObject object = domain::JsonClientCodec::encode(client);
    object.remove(QStringLiteral("archived")); // a column of its own
    return compact(object);
}

domain::Result<domain::Client> decodeClient(const QByteArray& body) {
    auto record = domain::JsonClientCodec::decode(body);
    if (!record)
        return std::unexpected(record.error());
    return record->value;
}

QByteArray encodeProduct(const domain::Product& product) {
    QJsonObject object = domain::JsonProductCodec::encode(product);
    object.remove(QStringLiteral("archived"));
    return compact(object);
}

domain::Result<domain::Product> decodeProduct(const QByteArray& body) {
    auto record = domain::JsonProductCodec::decode(body);
    if (!record)
        return std::unexpected(record.error());
    return record->value;
}

QByteArray encodeProfile(const domain::BusinessProfile& profile) {
    return compact(domain::JsonBusinessProfileCodec::encode(profile));
}

domain::Result<domain::BusinessProfile> decodeProfile(const QByteArray& body) {
    auto object = parse(body);
    if (!object)
        return std::unexpected(object.error());
    return domain::JsonBusinessProfileCodec::decode(*object);
}

QByteArray encodeDocumentBody(const domain::Document& document) {
    domain::Document content = document;
    content.payments.clear();
    auto object = domain::JsonDocumentCodec::encode(content);
    if (!object)
        return {}; // callers computed the totals already; this cannot fail for them
    object->remove(QStringLiteral("status"));
    object->remove(QStringLiteral("payments"));
    object->remove(QStringLiteral("totals"));
    return compact(*object);
}

domain::Result<domain::Document> decodeDocument(const QByteArray& body,
                                                domain::DocumentStatus status,
                                                const QList<domain::Payment>& payments) {
    auto object = parse(body);
    if (!object)
        return std::unexpected(object.error());
    object->insert(QStringLiteral("status"), domain::documentStatusCode(status));
    auto record = domain::JsonDocumentCodec::decode(*object);
    if (!record)
        return std::unexpected(record.error());
    record->value.payments = payments;
    return record->value;
}

} // namespace quittance::storage::EntityCodec
