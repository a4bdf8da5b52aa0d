#pragma once

#include "domain/BusinessProfile.h"
#include "domain/DocumentLanguage.h"
#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "storage/Vault.h"

#include <optional>

namespace quittance::services {

// The seller's business profile, the numbering settings and the defaults
// for new documents.
class ProfileService {
public:
    explicit ProfileService(storage::Vault& vault)
        : m_vault(vault) {}

    domain::Result<std::optional<domain::BusinessProfile>> profile();
    // Validates and stores the profile; a logo is accepted only as PNG or
    // JPEG within limits and is stored re-encoded (pdf::LogoImage::sanitize).
    domain::Result<domain::BusinessProfile> setProfile(domain::BusinessProfile profile);
    // Replaces only the logo (empty bytes remove it).
    domain::Result<domain::BusinessProfile> setLogo(const QByteArray& imageBytes);

    struct Numbering {
        QString pattern;
        QString reset;
        QString device;
    };
    domain::Result<Numbering> numbering(domain::DocumentType type);
    domain::Status setNumbering(domain::DocumentType type, const QString& pattern,
                                const QString& reset);
    domain::Status setDeviceToken(const QString& device);
    // The number the next issue on `date` would get, without taking it.
    domain::Result<QString> previewNextNumber(domain::DocumentType type, const QDate& date);

    // What a new draft starts with besides the profile's currency and payment
    // days: the payment terms text (BT-20) and, when no client says
    // otherwise, the language the document is printed in.
    struct DocumentDefaults {
        QString paymentTermsText;
        domain::DocumentLanguage language = domain::DocumentLanguage::English;
    };
    domain::Result<DocumentDefaults> documentDefaults();
    domain::Status setDocumentDefaults(const DocumentDefaults& defaults);
    // For DocumentService::newDraft, inside its read transaction.
    static domain::Result<DocumentDefaults> documentDefaults(const storage::Reader& reader);

private:
    storage::Vault& m_vault;
};

} // namespace quittance::services
