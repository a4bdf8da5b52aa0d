#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace quittance::cli {

// Reads what a command is given to import: a file, or standard input for
// "-". Never reads more than the cap plus one byte, so an endless or huge
// input is refused without being held in memory. Errors are InvalidInput
// naming `field` (the option or argument that named the input).
class InputFile {
public:
    static domain::Result<QByteArray> read(const QString& path, qsizetype maxBytes,
                                           const QString& field);
    // read() with JsonParser::kMaxRecordBytes, then JsonParser::parseObject,
    // so a record body is one strict JSON object of at most 1 MiB.
    static domain::Result<QJsonObject> readRecord(const QString& path, const QString& field);
};

} // namespace quittance::cli
