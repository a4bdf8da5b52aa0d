#pragma once

#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "domain/NumberingPattern.h"
#include "storage/Reader.h"
#include "storage/Writer.h"

namespace quittance::services {

// The numbering pattern and reset period per document type, and this
// device's token for {DEVICE}, stored as vault settings
// ("numbering.<type>.pattern", "numbering.<type>.reset", "numbering.device").
struct NumberingSettings {
    domain::NumberingPattern pattern;
    QString device;

    static QString defaultPattern(domain::DocumentType type);
    static domain::Result<NumberingSettings> load(const storage::Reader& reader,
                                                  domain::DocumentType type);
    // Validates and stores a pattern (and reset: "never", "yearly", "monthly").
    static domain::Status store(storage::Writer& writer, domain::DocumentType type,
                                const QString& pattern, const QString& reset);
    static domain::Result<domain::NumberingPattern::Reset> parseReset(const QString& reset);
};

} // namespace quittance::services
