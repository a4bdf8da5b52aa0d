#include "DocumentType.h"

namespace quittance::domain {

QString documentTypeCode(DocumentType type) {
    switch (type) {
    case DocumentType::Invoice:
        return QStringLiteral("invoice");
    case DocumentType::CreditNote:
        return QStringLiteral("credit_note");
    case DocumentType::Quote:
        return QStringLiteral("quote");
    }
    return QStringLiteral("invoice");
}

Result<DocumentType> parseDocumentType(QStringView code, const QString& field) {
    for (const DocumentType type :
         {DocumentType::Invoice, DocumentType::CreditNote, DocumentType::Quote}) {
        if (code == documentTypeCode(type))
            return type;
    }
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("The document type must be invoice, credit_note or quote."), field);
}

std::optional<int> en16931TypeCode(DocumentType type) {
    switch (type) {
    case DocumentType::Invoice:
        return 380;
    case DocumentType::CreditNote:
        return 381;
    case DocumentType::Quote:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace quittance::domain
