// Fuzz target for the JSON interchange format: feeds arbitrary bytes to every
// decoder (client, product, document, export) and to the scalar parsers, and
// checks the properties that must hold for any input:
// - a decoder either fails with a well-formed error (InvalidInput, or
//   Incompatible for an export's format version; a message; a bounded field)
//   or succeeds;
// - whatever decodes encodes again, and decoding that gives the same value
//   (through QJsonObject, and through bytes when they fit the limit);
// - a scalar that parses formats back to exactly the same text.
// Built with -fsanitize=fuzzer,address under Clang (QUITTANCE_FUZZ=ON), or
// with FuzzDriver.cpp as a deterministic ctest.

#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"
#include "domain/JsonExportCodec.h"
#include "domain/JsonParser.h"
#include "domain/JsonProductCodec.h"
#include "domain/JsonScalar.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace quittance::domain;

namespace {

[[noreturn]] void violated(const char* what, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz_json: property violated: %s %s\n", what,
                 detail.toUtf8().constData());
    std::abort();
}

void checkError(const Error& error, bool mayBeIncompatible) {
    const bool codeOk = error.code == ErrorCode::InvalidInput ||
                        (mayBeIncompatible && error.code == ErrorCode::Incompatible);
    if (!codeOk)
        violated("unexpected error code", errorCodeName(error.code) + u' ' + error.message);
    if (error.message.isEmpty())
        violated("error without message", error.field);
    if (error.field.size() > 4096)
        violated("unbounded error field", error.field.left(100));
}

QByteArray serialized(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename Codec, typename Record>
void roundTripRecord(const Record& record, const QJsonObject& encoded) {
    auto again = Codec::decode(encoded);
    if (!again)
        violated("encoded record does not decode",
                 again.error().field + u' ' + again.error().message);
    if (!(*again == record))
        violated("record changed in a round trip");
    const QByteArray bytes = serialized(encoded);
    if (bytes.size() <= JsonParser::kMaxRecordBytes) {
        auto fromBytes = Codec::decode(QByteArrayView(bytes));
        if (!fromBytes)
            violated("serialized record does not decode", fromBytes.error().message);
        if (!(*fromBytes == record))
            violated("record changed in a round trip through bytes");
    }
}

void fuzzClient(QByteArrayView bytes) {
    auto decoded = JsonClientCodec::decode(bytes);
    if (!decoded) {
        checkError(decoded.error(), false);
        return;
    }
    roundTripRecord<JsonClientCodec>(*decoded,
                                     JsonClientCodec::encode(decoded->value, decoded->meta));
}

void fuzzProduct(QByteArrayView bytes) {
    auto decoded = JsonProductCodec::decode(bytes);
    if (!decoded) {
        checkError(decoded.error(), false);
        return;
    }
    roundTripRecord<JsonProductCodec>(*decoded,
                                      JsonProductCodec::encode(decoded->value, decoded->meta));
}

void fuzzDocument(QByteArrayView bytes) {
    auto decoded = JsonDocumentCodec::decode(bytes);
    if (!decoded) {
        checkError(decoded.error(), false);
        return;
    }
    auto encoded = JsonDocumentCodec::encode(decoded->value, decoded->meta);
    if (!encoded)
        violated("decoded document does not encode", encoded.error().message);
    roundTripRecord<JsonDocumentCodec>(*decoded, *encoded);
}

void fuzzExport(QByteArrayView bytes) {
    auto decoded = JsonExportCodec::decode(bytes);
    if (!decoded) {
        checkError(decoded.error(), true);
        return;
    }
    auto encoded = JsonExportCodec::encode(*decoded);
    if (!encoded)
        violated("decoded export does not encode", encoded.error().message);
    auto again = JsonExportCodec::decode(*encoded);
    if (!again)
        violated("encoded export does not decode", again.error().message);
    if (!(*again == *decoded))
        violated("export changed in a round trip");
}

void fuzzScalars(QByteArrayView bytes) {
    if (bytes.size() > 64)
        return;
    const QString text = QString::fromUtf8(bytes);
    if (auto date = JsonScalar::parseDate(text); date && JsonScalar::formatDate(*date) != text)
        violated("date text not canonical", text);
    if (auto uuid = JsonScalar::parseUuid(text); uuid && JsonScalar::formatUuid(*uuid) != text)
        violated("UUID text not canonical", text);
    if (auto timestamp = JsonScalar::parseTimestamp(text); timestamp) {
        auto again = JsonScalar::parseTimestamp(JsonScalar::formatTimestamp(*timestamp));
        if (!again || *again != *timestamp)
            violated("timestamp does not round trip", text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    fuzzClient(bytes);
    fuzzProduct(bytes);
    fuzzDocument(bytes);
    fuzzExport(bytes);
    fuzzScalars(bytes);
    return 0;
}
