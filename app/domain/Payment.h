#pragma once

#include "domain/Currency.h"
#include "domain/Error.h"
#include "domain/Money.h"

#include <QDate>
#include <QString>

namespace quittance::domain {

// A payment received against an invoice (or a refund paid out against a
// credit note), recorded after issue. validate() guarantees a valid date and
// an amount above 0 in the document currency; whether the payments together
// fit the amount due is DocumentLifecycle::paymentState()'s business.
struct Payment {
    QDate date;
    Money amount;
    QString method;    // free text, e.g. "bank transfer"
    QString reference; // e.g. the bank statement reference

    Status validate(const Currency& currency, const QString& prefix) const;

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace quittance::domain
