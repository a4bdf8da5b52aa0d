#pragma once

#include "domain/Error.h"
#include "domain/Money.h"

#include <QString>

namespace quittance::pdf {

// The payload of an EPC/SEPA credit transfer QR code (EPC069-12 version 002,
// "GiroCode"): service tag BCD, version 002, character set 1 (UTF-8),
// identification SCT, the optional BIC, the beneficiary name (at most 70
// characters), the IBAN, "EUR" and the amount (0.01..999999999.99), an empty
// purpose and structured reference, and the remittance text (at most 140
// characters), lines separated by LF with no trailing separator. Only EUR is
// allowed by the standard; anything else is refused.
class EpcQrCode {
public:
    struct Transfer {
        QString beneficiaryName;
        QString iban; // any spacing; must be a valid IBAN
        QString bic;  // optional; must be valid when given
        domain::Money amount;
        QString remittanceText; // e.g. the invoice number
    };

    static constexpr qsizetype kMaxNameLength = 70;
    static constexpr qsizetype kMaxRemittanceLength = 140;

    static domain::Result<QString> payload(const Transfer& transfer);
};

} // namespace quittance::pdf
