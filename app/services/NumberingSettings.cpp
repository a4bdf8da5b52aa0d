#include "NumberingSettings.h"

#include "storage/SqlSettingsRepository.h"

namespace quittance::services {

using domain::DocumentType;
using domain::NumberingPattern;

namespace {
QString key(DocumentType type, const char* what) {
    return QStringLiteral("numbering.%1.%2")
        .arg(domain::documentTypeCode(type), QString::fromLatin1(what));
}
} // namespace

QString NumberingSettings::defaultPattern(DocumentType type) {
    switch (type) {
    case DocumentType::CreditNote:
        return QStringLiteral("CN-{YYYY}-{SEQ:4}");
    case DocumentType::Quote:
        return QStringLiteral("Q-{YYYY}-{SEQ:4}");
    case DocumentType::Invoice:
        break;
    }
    return QStringLiteral("INV-{YYYY}-{SEQ:4}");
}

domain::Result<NumberingPattern::Reset> NumberingSettings::parseReset(const QString& reset) {
    if (reset == QStringLiteral("never"))
        return NumberingPattern::Reset::Never;
    if (reset == QStringLiteral("yearly"))
        return NumberingPattern::Reset::Yearly;
    if (reset == QStringLiteral("monthly"))
        return NumberingPattern::Reset::Monthly;
    return domain::fail(domain::ErrorCode::InvalidInput,
                        QStringLiteral("The reset period must be never, yearly or monthly."),
                        QStringLiteral("reset"));
}

domain::Result<NumberingSettings> NumberingSettings::load(const storage::Reader& reader,
                                                          DocumentType type) {
    auto pattern =
        storage::SqlSettingsRepository::value(reader, key(type, "pattern"), defaultPattern(type));
    auto reset =
        storage::SqlSettingsRepository::value(reader, key(type, "reset"), QStringLiteral("yearly"));
    auto device = storage::SqlSettingsRepository::value(reader, QStringLiteral("numbering.device"));
    if (!pattern || !reset || !device)
        return domain::fail(domain::ErrorCode::Internal,
                            QStringLiteral("Could not read the numbering settings."));
    auto resetValue = parseReset(*reset);
    if (!resetValue)
        return std::unexpected(resetValue.error());
    auto parsed = NumberingPattern::parse(*pattern, *resetValue);
    if (!parsed)
        return std::unexpected(parsed.error());
    return NumberingSettings{*parsed, *device};
}

domain::Status NumberingSettings::store(storage::Writer& writer, DocumentType type,
                                        const QString& pattern, const QString& reset) {
    auto resetValue = parseReset(reset);
    if (!resetValue)
        return std::unexpected(resetValue.error());
    if (auto parsed = NumberingPattern::parse(pattern, *resetValue); !parsed)
        return std::unexpected(parsed.error());
    if (auto ok = storage::SqlSettingsRepository::setValue(writer, key(type, "pattern"), pattern);
        !ok)
        return ok;
    return storage::SqlSettingsRepository::setValue(writer, key(type, "reset"), reset);
}

} // namespace quittance::services
