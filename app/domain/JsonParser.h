#pragma once

#include "domain/Error.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace quittance::domain {

// The one front door for JSON bytes from outside (files, the CLI, the sync
// API). Before Qt's parser builds anything, the bytes are scanned against
// RFC 8259 and Quittance's rules, because QJsonDocument is lenient where an
// interchange format must not be: it silently keeps the last of two equal
// keys and replaces broken UTF-8. Refused, each as an InvalidInput error whose
// field is the JSON path of the offending place ("" for the body as a whole):
// an empty body or one over `maxBytes`; anything that is not exactly one JSON
// object; malformed UTF-8 (overlong forms, surrogates, beyond U+10FFFF);
// NUL characters, raw or escaped; unpaired UTF-16 surrogate escapes; a key
// repeated within one object (compared after unescaping); nesting deeper than
// kMaxDepth containers. A single leading UTF-8 byte order mark is skipped.
class JsonParser {
public:
    // One record: a client, product or document (the sync API's body limit).
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;
    // A whole export file.
    static constexpr qsizetype kMaxExportBytes = 256 * 1024 * 1024;
    // Objects and arrays, the top-level object counting as 1.
    static constexpr int kMaxDepth = 16;

    static Result<QJsonObject> parseObject(QByteArrayView bytes,
                                           qsizetype maxBytes = kMaxRecordBytes);
};

} // namespace quittance::domain
