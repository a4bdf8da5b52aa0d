#pragma once

#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/JsonRecord.h"
#include "domain/JsonRecordMeta.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace quittance::domain {

// Client <-> JSON in the interchange format of docs/JSON_FORMAT.md, the one
// representation the CLI, exports and the sync API share. Decoding is strict
// (unknown members, wrong JSON types, malformed codes and ids are refused)
// and ends with Client::validate(); every error is InvalidInput with the JSON
// path of the fault as its field, below `path` when one is given. For every
// client that validates, decode(encode(c, m)) gives back c and m exactly; the
// client is never normalized on the way.
class JsonClientCodec {
public:
    static QJsonObject encode(const Client& client, const JsonRecordMeta& meta = {});
    static Result<JsonRecord<Client>> decode(const QJsonObject& object, const QString& path = {});
    // Parses with JsonParser (at most JsonParser::kMaxRecordBytes) first.
    static Result<JsonRecord<Client>> decode(QByteArrayView json);
};

} // namespace quittance::domain
