#pragma once

#include "Writer.h"
#include "domain/BusinessProfile.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"

#include <optional>

namespace quittance::storage {

// Key-value settings, the seller's business profile (with its logo) and
// the gapless number sequences.
class SqlSettingsRepository {
public:
    static domain::Result<QString> value(const Reader& reader, const QString& key,
                                         const QString& fallback = {});
    static domain::Status setValue(Writer& writer, const QString& key, const QString& value);

    static domain::Result<std::optional<domain::BusinessProfile>> profile(const Reader& reader);
    static domain::Status setProfile(Writer& writer, const domain::BusinessProfile& profile,
                                     const QString& now);

    // Returns the next sequence number for (type, period) and advances it,
    // inside the caller's transaction: a rollback returns the number, so
    // numbers are never skipped or repeated.
    static domain::Result<qint64> takeNextNumber(Writer& writer, domain::DocumentType type,
                                                 const QString& period);
};

} // namespace quittance::storage
