#include "EpcQrCode.h"

#include "TextSanitizer.h"
#include "domain/Bic.h"
#include "domain/Iban.h"

#include <QStringList>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

namespace {

// At most `max` characters (code points), never half a surrogate pair.
QString truncated(const QString& text, qsizetype max) {
    qsizetype i = 0;
    for (qsizetype count = 0; i < text.size() && count < max; ++count)
        i += text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2
                                                                                              : 1;
    return text.left(i).trimmed();
}

} // namespace

domain::Result<QString> EpcQrCode::payload(const Transfer& transfer) {
    if (transfer.amount.currency().code() != QLatin1String("EUR"))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A SEPA payment code is only possible for amounts in EUR."));
    // 0.01 .. 999999999.99 EUR
    if (transfer.amount.minorUnits() < 1 || transfer.amount.minorUnits() > 99'999'999'999)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A SEPA payment code needs an amount between 0.01 and "
                                   "999999999.99 EUR."));
    auto iban = domain::Iban::parse(transfer.iban, QStringLiteral("iban"));
    if (!iban)
        return std::unexpected(iban.error());
    QString bic;
    if (!transfer.bic.trimmed().isEmpty()) {
        auto parsed = domain::Bic::parse(transfer.bic, QStringLiteral("bic"));
        if (!parsed)
            return std::unexpected(parsed.error());
        bic = parsed->code();
    }
    // Cut, not elided: the bank compares the name with the account holder.
    const QString name = truncated(
        TextSanitizer::singleLine(transfer.beneficiaryName, 4 * kMaxNameLength), kMaxNameLength);
    if (name.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A SEPA payment code needs the beneficiary's name."));
    const QString remittance =
        truncated(TextSanitizer::singleLine(transfer.remittanceText, 4 * kMaxRemittanceLength),
                  kMaxRemittanceLength);

    QStringList lines{
        QStringLiteral("BCD"),
        QStringLiteral("002"),
        QStringLiteral("1"), // UTF-8
        QStringLiteral("SCT"),
        bic,
        name,
        iban->electronic(),
        QStringLiteral("EUR") + transfer.amount.toString(),
        QString(), // purpose
        QString(), // structured creditor reference
        remittance,
    };
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace quittance::pdf
