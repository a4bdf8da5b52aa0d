#include "ProfileService.h"

#include "NumberingSettings.h"
#include "domain/FieldValidation.h"
#include "pdf/LogoImage.h"
#include "storage/AuditLog.h"
#include "storage/SqlSettingsRepository.h"

namespace quittance::services {

using domain::ErrorCode;
using storage::SqlSettingsRepository;

namespace {
const QString kTermsText = QStringLiteral("documents.payment_terms_text");
const QString kLanguage = QStringLiteral("documents.language");
} // namespace

domain::Result<std::optional<domain::BusinessProfile>> ProfileService::profile() {
    return m_vault.read(
        [](storage::Reader& reader) { return SqlSettingsRepository::profile(reader); });
}

domain::Result<domain::BusinessProfile>
ProfileService::setProfile(domain::BusinessProfile profile) {
    profile = profile.normalized();
    if (!profile.logo.isEmpty()) {
        auto logo = pdf::LogoImage::sanitize(profile.logo);
        if (!logo)
            return std::unexpected(
                domain::Error{logo.error().code, logo.error().message, QStringLiteral("logo")});
        profile.logo = *logo;
    }
    if (auto valid = profile.validate(); !valid)
        return std::unexpected(valid.error());
    auto written = m_vault.write(
        {QStringLiteral("local"),
         QStringLiteral("profile.updated"),
         QStringLiteral("profile"),
         QStringLiteral("seller"),
         {}},
        [&](storage::Writer& writer) {
            return SqlSettingsRepository::setProfile(
                writer, profile, storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc()));
        });
    if (!written)
        return std::unexpected(written.error());
    return profile;
}

domain::Result<ProfileService::Numbering> ProfileService::numbering(domain::DocumentType type) {
    return m_vault.read([&](storage::Reader& reader) -> domain::Result<Numbering> {
        const QString prefix = QStringLiteral("numbering.%1.").arg(domain::documentTypeCode(type));
        auto pattern = SqlSettingsRepository::value(reader, prefix + QStringLiteral("pattern"),
                                                    NumberingSettings::defaultPattern(type));
        auto reset = SqlSettingsRepository::value(reader, prefix + QStringLiteral("reset"),
                                                  QStringLiteral("yearly"));
        auto device = SqlSettingsRepository::value(reader, QStringLiteral("numbering.device"));
        if (!pattern || !reset || !device)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Could not read the numbering settings."));
        return Numbering{*pattern, *reset, *device};
    });
}

domain::Status ProfileService::setNumbering(domain::DocumentType type, const QString& pattern,
                                            const QString& reset) {
    auto written = m_vault.write(
        {QStringLiteral("local"), QStringLiteral("numbering.updated"), QStringLiteral("settings"),
         domain::documentTypeCode(type),
         QJsonObject{{QStringLiteral("pattern"), pattern}, {QStringLiteral("reset"), reset}}},
        [&](storage::Writer& writer) {
            return NumberingSettings::store(writer, type, pattern, reset);
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Status ProfileService::setDeviceToken(const QString& device) {
    if (device.isEmpty() || device.size() > 16 ||
        !std::all_of(device.begin(), device.end(), [](QChar c) {
            return c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        }))
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The device token must be 1 to 16 letters or digits."),
                            QStringLiteral("device"));
    auto written = m_vault.write({QStringLiteral("local"), QStringLiteral("numbering.device_set"),
                                  QStringLiteral("settings"), QStringLiteral("device"),
                                  QJsonObject{{QStringLiteral("device"), device}}},
                                 [&](storage::Writer& writer) {
                                     return SqlSettingsRepository::setValue(
                                         writer, QStringLiteral("numbering.device"), device);
                                 });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Result<QString> ProfileService::previewNextNumber(domain::DocumentType type,
                                                          const QDate& date) {
    return m_vault.read([&](storage::Reader& reader) -> domain::Result<QString> {
        auto settings = NumberingSettings::load(reader, type);
        if (!settings)
            return std::unexpected(settings.error());
        auto stmt =
            reader.query("SELECT next_seq FROM number_sequences WHERE type = ? AND period = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, domain::documentTypeCode(type)).bind(2, settings->pattern.periodKey(date));
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        return settings->pattern.format(*row ? stmt->int64(0) : 1, date, settings->device);
    });
}

domain::Result<domain::BusinessProfile> ProfileService::setLogo(const QByteArray& imageBytes) {
    auto current = profile();
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Set up the business profile before adding a logo."),
                            QStringLiteral("logo"));
    domain::BusinessProfile updated = **current;
    updated.logo = imageBytes;
    return setProfile(updated);
}

domain::Result<ProfileService::DocumentDefaults>
ProfileService::documentDefaults(const storage::Reader& reader) {
    auto text = SqlSettingsRepository::value(reader, kTermsText);
    auto code = SqlSettingsRepository::value(reader, kLanguage, QStringLiteral("en"));
    if (!text || !code)
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("Could not read the document defaults."));
    auto language = domain::parseDocumentLanguage(*code, QStringLiteral("language"));
    return DocumentDefaults{*text, language ? *language : domain::DocumentLanguage::English};
}

domain::Result<ProfileService::DocumentDefaults> ProfileService::documentDefaults() {
    return m_vault.read(
        [](storage::Reader& reader) { return ProfileService::documentDefaults(reader); });
}

domain::Status ProfileService::setDocumentDefaults(const DocumentDefaults& defaults) {
    const QString text = defaults.paymentTermsText.trimmed();
    if (text.size() > domain::fieldvalidation::kMaxDescriptionLength)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The payment terms are longer than %1 characters.")
                                .arg(domain::fieldvalidation::kMaxDescriptionLength),
                            QStringLiteral("paymentTermsText"));
    const QString code = domain::documentLanguageCode(defaults.language);
    auto written = m_vault.write(
        {QStringLiteral("local"), QStringLiteral("documents.defaults_updated"),
         QStringLiteral("settings"), QStringLiteral("documents"),
         QJsonObject{{QStringLiteral("language"), code}}},
        [&](storage::Writer& writer) -> domain::Status {
            if (auto ok = SqlSettingsRepository::setValue(writer, kTermsText, text); !ok)
                return ok;
            return SqlSettingsRepository::setValue(writer, kLanguage, code);
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace quittance::services
