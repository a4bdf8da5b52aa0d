#include "DocumentStatus.h"

namespace quittance::domain {

QString documentStatusCode(DocumentStatus status) {
    switch (status) {
    case DocumentStatus::Draft:
        return QStringLiteral("draft");
    case DocumentStatus::Issued:
        return QStringLiteral("issued");
    case DocumentStatus::Sent:
        return QStringLiteral("sent");
    case DocumentStatus::PartiallyPaid:
        return QStringLiteral("partially_paid");
    case DocumentStatus::Paid:
        return QStringLiteral("paid");
    case DocumentStatus::Voided:
        return QStringLiteral("voided");
    case DocumentStatus::Accepted:
        return QStringLiteral("accepted");
    case DocumentStatus::Declined:
        return QStringLiteral("declined");
    case DocumentStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("draft");
}

Result<DocumentStatus> parseDocumentStatus(QStringView code, const QString& field) {
    for (const DocumentStatus status :
         {DocumentStatus::Draft, DocumentStatus::Issued, DocumentStatus::Sent,
          DocumentStatus::PartiallyPaid, DocumentStatus::Paid, DocumentStatus::Voided,
          DocumentStatus::Accepted, DocumentStatus::Declined, DocumentStatus::Expired}) {
        if (code == documentStatusCode(status))
            return status;
    }
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("“%1” is not a document status.").arg(code.left(20)), field);
}

} // namespace quittance::domain
