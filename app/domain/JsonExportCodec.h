#pragma once

#include "domain/Error.h"
#include "domain/JsonExport.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace quittance::domain {

// JsonExport <-> the export envelope {"format": "quittance-export",
// "version": 1, "exportedAt", "clients", "products", "documents"}, each record
// in the form of JsonClientCodec, JsonProductCodec and JsonDocumentCodec, and
// errors named by their full path ("documents[12].lines[0].quantity").
// Besides what those check, decode() refuses a missing or different
// `format`, more than JsonExport::kMaxRecords records, and two records of one
// collection sharing an id; a `version` above kFormatVersion is an
// Incompatible error (a newer program wrote it), every other error is
// InvalidInput. Whether referenced clients exist is the importer's business.
class JsonExportCodec {
public:
    static constexpr QStringView kFormatName = u"quittance-export";

    // Fails only when a document's totals cannot be computed.
    static Result<QJsonObject> encode(const JsonExport& content);
    static Result<JsonExport> decode(const QJsonObject& object);
    // Parses with JsonParser (at most JsonParser::kMaxExportBytes) first.
    static Result<JsonExport> decode(QByteArrayView json);
};

} // namespace quittance::domain
