#pragma once

#include "domain/Document.h"
#include "domain/Error.h"
#include "domain/JsonRecord.h"
#include "domain/JsonRecordMeta.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace quittance::domain {

// Document (invoice, credit note, quote) <-> JSON in the interchange format of
// docs/JSON_FORMAT.md, with lines, allowances and charges, payments,
// exemption reasons and the seller and buyer snapshots.
//
// encode() always adds a `totals` object computed by DocumentCalculator (with
// the seller snapshot's small-business flag), so it fails only when the
// totals cannot be computed. decode() is strict (unknown members, wrong JSON
// types, JSON numbers for exact values, malformed codes, dates and ids are
// refused), then runs Document::validate() and DocumentCalculator; when the
// input states `totals`, every stated figure must equal the computed one, else
// the error names it ("totals.grandTotal") and quotes both values. Every error
// is InvalidInput whose field is the JSON path of the fault, below `path`.
// For every document that validates and whose totals compute,
// decode(encode(d, m)) == {d, m}, except that a seller snapshot's logo is not
// carried (see JsonBusinessProfileCodec).
class JsonDocumentCodec {
public:
    // Limits of the format beyond the entity's own (Document::kMaxLines for
    // lines and for allowances and charges).
    static constexpr qsizetype kMaxPayments = 1000;

    static Result<QJsonObject> encode(const Document& document, const JsonRecordMeta& meta = {});
    static Result<JsonRecord<Document>> decode(const QJsonObject& object, const QString& path = {});
    // Parses with JsonParser (at most JsonParser::kMaxRecordBytes) first.
    static Result<JsonRecord<Document>> decode(QByteArrayView json);

    // The `totals` object encode() writes, on its own (for display and tests).
    static Result<QJsonObject> encodeTotals(const Document& document);
};

} // namespace quittance::domain
