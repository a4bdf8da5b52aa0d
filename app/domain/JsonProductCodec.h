#pragma once

#include "domain/Error.h"
#include "domain/JsonRecord.h"
#include "domain/JsonRecordMeta.h"
#include "domain/Product.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace quittance::domain {

// Product <-> JSON in the interchange format of docs/JSON_FORMAT.md. Strict
// like JsonClientCodec: unknown members, wrong JSON types and JSON numbers for
// the price or rate are refused, Product::validate() runs last, and every
// error is InvalidInput naming the JSON path. decode(encode(p, m)) == {p, m}
// for every product that validates.
class JsonProductCodec {
public:
    static QJsonObject encode(const Product& product, const JsonRecordMeta& meta = {});
    static Result<JsonRecord<Product>> decode(const QJsonObject& object, const QString& path = {});
    // Parses with JsonParser (at most JsonParser::kMaxRecordBytes) first.
    static Result<JsonRecord<Product>> decode(QByteArrayView json);
};

} // namespace quittance::domain
