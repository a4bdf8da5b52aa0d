#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringView>

namespace quittance::domain {

// The language a document is printed in. Stored and exchanged as its ISO 639-1
// code ("en", "de"); parsing accepts exactly those codes, lower case.
enum class DocumentLanguage {
    English,
    German,
};

QString documentLanguageCode(DocumentLanguage language);
Result<DocumentLanguage> parseDocumentLanguage(QStringView code, const QString& field = {});

} // namespace quittance::domain
