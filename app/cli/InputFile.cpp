#include "InputFile.h"

#include "domain/JsonParser.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace quittance::cli {

using domain::ErrorCode;

domain::Result<QByteArray> InputFile::read(const QString& path, qsizetype maxBytes,
                                           const QString& field) {
    const bool fromStdin = path == QStringLiteral("-");
    const QString name = fromStdin ? QStringLiteral("standard input") : path.left(200);
    QFile file;
    bool opened = false;
    if (fromStdin) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        if (path.isEmpty())
            return domain::fail(ErrorCode::InvalidInput, QStringLiteral("No input file given."),
                                field);
        if (QFileInfo(path).isDir())
            return domain::fail(ErrorCode::InvalidInput,
                                QStringLiteral("%1 is a directory, not a file.").arg(name), field);
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Could not open %1: %2.").arg(name, file.errorString()),
                            field);
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, maxBytes + 1 - data.size()));
        if (chunk.isEmpty()) {
            // End of input, or a read error (a pipe closed early reads as the end).
            if (file.error() != QFileDevice::NoError && !fromStdin)
                return domain::fail(
                    ErrorCode::Io,
                    QStringLiteral("Could not read %1: %2.").arg(name, file.errorString()), field);
            break;
        }
        data.append(chunk);
    }
    if (data.size() > maxBytes)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is larger than the limit of %2 bytes.")
                                .arg(fromStdin ? QStringLiteral("Standard input") : name)
                                .arg(maxBytes),
                            field);
    return data;
}

domain::Result<QJsonObject> InputFile::readRecord(const QString& path, const QString& field) {
    auto bytes = read(path, domain::JsonParser::kMaxRecordBytes, field);
    if (!bytes)
        return std::unexpected(bytes.error());
    return domain::JsonParser::parseObject(*bytes, domain::JsonParser::kMaxRecordBytes);
}

} // namespace quittance::cli
