#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <optional>

namespace quittance::domain {

// The optional sync metadata a client, product or document record carries in
// JSON beside its fields: `version` (the server-assigned revision, 1 or more)
// and `updatedAt` (UTC). It is not part of the entities themselves, which stay
// plain values; the codecs decode it here and write it only when set.
struct JsonRecordMeta {
    // JSON numbers are doubles: larger integers would not survive a reader.
    static constexpr qint64 kMaxVersion = (qint64{1} << 53) - 1;

    std::optional<qint64> version;
    std::optional<QDateTime> updatedAt;

    bool isEmpty() const { return !version && !updatedAt; }

    friend bool operator==(const JsonRecordMeta&, const JsonRecordMeta&) = default;
};

} // namespace quittance::domain
