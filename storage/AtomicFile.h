#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace quittance::storage {

// Replaces a file so that a crash leaves either the old or the new content,
// never a mix: write a temporary file (mode 0600) beside it, fsync it, rename
// it over the target, fsync the directory. With keepBackup the previous
// content is first saved the same way as "<path>.bak".
class AtomicFile {
public:
    static domain::Status write(const QString& path, const QByteArray& content,
                                bool keepBackup = false);
    static domain::Result<QByteArray> read(const QString& path, qsizetype maxBytes);
};

} // namespace quittance::storage
