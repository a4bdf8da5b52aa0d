#pragma once

#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"

#include <QDate>
#include <QString>

namespace quittance::domain {

// One row of a document list: what lists, search results and dashboards
// show, read from indexed columns without decoding the document body.
struct DocumentSummary {
    QString id;
    DocumentType type = DocumentType::Invoice;
    DocumentStatus status = DocumentStatus::Draft;
    QString number;
    QDate issueDate;
    QDate dueDate;
    QString currency;
    QString clientId;
    QString clientName;
    qint64 grossMinor = 0;
    qint64 dueMinor = 0; // amount due at issue (gross - prepaid)
    qint64 paidMinor = 0;
    qint64 creditedMinor = 0;
    qint64 openMinor() const { return dueMinor - paidMinor - creditedMinor; }
};

// Which documents a list shows. Empty fields do not filter.
struct DocumentFilter {
    enum class Sort { IssueDateDesc, IssueDateAsc, NumberAsc, NumberDesc, TotalDesc, ClientAsc };
    QList<DocumentType> types;
    QList<DocumentStatus> statuses;
    QString clientId;
    QDate from;
    QDate to;
    QString text; // full-text search over number, client name, lines and notes
    bool overdueOnly = false;
    QDate today; // for overdueOnly
    Sort sort = Sort::IssueDateDesc;
    int limit = 50;
    int offset = 0;
};

} // namespace quittance::domain
