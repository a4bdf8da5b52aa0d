#include "DocumentLanguage.h"

namespace quittance::domain {

QString documentLanguageCode(DocumentLanguage language) {
    switch (language) {
    case DocumentLanguage::English:
        return QStringLiteral("en");
    case DocumentLanguage::German:
        return QStringLiteral("de");
    }
    return QStringLiteral("en");
}

Result<DocumentLanguage> parseDocumentLanguage(QStringView code, const QString& field) {
    if (code == u"en")
        return DocumentLanguage::English;
    if (code == u"de")
        return DocumentLanguage::German;
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("The document language must be “en” or “de”."), field);
}

} // namespace quittance::domain
