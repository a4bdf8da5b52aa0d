#pragma once

#include "domain/JsonRecordMeta.h"

#include <QDateTime>
#include <QString>

namespace quittance::services {

// The sync metadata written beside a catalogue record in JSON output: the
// stored version and the last change (the services' ISO 8601 UTC stamp),
// each only when it is representable in the format.
class RecordMeta {
public:
    static domain::JsonRecordMeta of(qint64 version, const QString& updatedAt) {
        domain::JsonRecordMeta meta;
        if (version >= 1 && version <= domain::JsonRecordMeta::kMaxVersion)
            meta.version = version;
        const QDateTime stamp = QDateTime::fromString(updatedAt, Qt::ISODateWithMs);
        if (stamp.isValid())
            meta.updatedAt = stamp.toUTC();
        return meta;
    }
};

} // namespace quittance::services
