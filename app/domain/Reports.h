#pragma once

#include "domain/Decimal.h"
#include "domain/TaxCategory.h"

#include <QDate>
#include <QString>

#include <vector>

namespace quittance::domain {

// Rows of the accounting reports. Amounts are minor units of `currency`
// (never mixed across currencies: every report groups by currency). Credit
// notes count negatively, quotes and drafts not at all.

struct OutstandingRow {
    QString clientId;
    QString clientName;
    QString currency;
    qint64 outstandingMinor = 0; // issued invoices not yet paid or credited
    qint64 overdueMinor = 0;     // the part whose due date has passed
    qint64 documents = 0;
};

struct AgingRow {
    QString currency;
    qint64 notDueMinor = 0;
    qint64 days1to30Minor = 0;
    qint64 days31to60Minor = 0;
    qint64 days61to90Minor = 0;
    qint64 over90Minor = 0;
    qint64 totalMinor() const {
        return notDueMinor + days1to30Minor + days31to60Minor + days61to90Minor + over90Minor;
    }
};

struct RevenueRow {
    QString period; // "2026" or "2026-03"
    QString currency;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 grossMinor = 0;
    qint64 documents = 0;
};

struct TaxSummaryRow {
    QString currency;
    TaxCategory category = TaxCategory::StandardRate;
    Decimal rate;
    qint64 taxableMinor = 0;
    qint64 taxMinor = 0;
};

struct DateRange {
    QDate from; // inclusive
    QDate to;   // inclusive
};

} // namespace quittance::domain
