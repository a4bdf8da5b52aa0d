#include "DocumentCalculator.h"

#include "CheckedArithmetic.h"
#include "SmallBusinessExemption.h"

#include <map>

namespace quittance::domain {

namespace {

std::unexpected<Error> tooLarge(const QString& field) {
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("The amount is too large to be represented; split the document "
                               "or check the quantities and prices."),
                field);
}

struct GroupKey {
    TaxCategory category;
    qint64 rateScaled;

    // Category in declaration order (S, Z, E, AE, K, G, O), higher rates first.
    bool operator<(const GroupKey& other) const {
        if (category != other.category)
            return category < other.category;
        return rateScaled > other.rateScaled;
    }
};

Status checkAmount(const Money& amount, const Currency& currency, bool mayBeZero,
                   const QString& field) {
    if (amount.currency() != currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The amount must be in the document currency (%1).")
                        .arg(currency.code()),
                    field);
    if (amount.isNegative() || (!mayBeZero && amount.isZero()))
        return fail(ErrorCode::InvalidInput,
                    mayBeZero ? QStringLiteral("The amount cannot be negative.")
                              : QStringLiteral("The amount must be greater than zero."),
                    field);
    return {};
}

QString join(const QString& prefix, const QString& field) {
    return prefix.isEmpty() ? field : prefix + u'.' + field;
}

} // namespace

Result<Money> DocumentCalculator::lineNetAmount(const DocumentLine& line, const Currency& currency,
                                                const QString& field) {
    if (!currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A currency is required."),
                    QStringLiteral("currency"));
    if (!line.baseQuantity.isPositive())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The base quantity must be greater than zero."),
                    join(field, QStringLiteral("baseQuantity")));
    Int128 adjustment = 0;
    if (line.allowance) {
        if (auto ok = checkAmount(*line.allowance, currency, false,
                                  join(field, QStringLiteral("allowance")));
            !ok)
            return std::unexpected(ok.error());
        adjustment -= line.allowance->minorUnits();
    }
    if (line.charge) {
        if (auto ok =
                checkAmount(*line.charge, currency, false, join(field, QStringLiteral("charge")));
            !ok)
            return std::unexpected(ok.error());
        adjustment += line.charge->minorUnits();
    }
    // quantity and price are both scaled by 10^6, base quantity too:
    //   minor = (q/10^6) * (p/10^6) / (b/10^6) * 10^e = q*p / (b * 10^(6-e)).
    // |q*p| < 2^126 and b * 10^6 < 2^84, so nothing here can overflow 128 bits.
    const Int128 numerator = Int128(line.quantity.scaled()) * line.unitPrice.scaled();
    const Int128 denominator = Int128(line.baseQuantity.scaled()) *
                               checked::pow10(Decimal::kFractionDigits - currency.exponent());
    const auto minor =
        checked::toInt64(checked::roundedQuotientPlus(numerator, denominator, adjustment));
    if (!minor)
        return tooLarge(field);
    return Money::fromMinorUnits(*minor, currency);
}

Result<Money> DocumentCalculator::taxAmount(const Money& taxableAmount, Decimal ratePercent,
                                            const QString& field) {
    // taxable (minor units) x rate/10^6 / 100; |taxable * rate| < 2^126.
    const Int128 numerator = Int128(taxableAmount.minorUnits()) * ratePercent.scaled();
    const Int128 denominator = Int128(100) * Decimal::kScale;
    const auto minor =
        checked::toInt64(checked::divideRoundHalfAwayFromZero(numerator, denominator));
    if (!minor)
        return tooLarge(field);
    return Money::fromMinorUnits(*minor, taxableAmount.currency());
}

Result<DocumentTotals> DocumentCalculator::calculate(const Document& document) {
    return calculate(document, Options{});
}

Result<DocumentTotals> DocumentCalculator::calculate(const Document& document, Options options) {
    const Currency& currency = document.currency;
    if (!currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document has no currency."),
                    QStringLiteral("currency"));

    const bool exemptAll = options.smallBusinessExemption;
    const auto groupOf = [exemptAll](TaxCategory category, Decimal rate) {
        if (exemptAll)
            return GroupKey{TaxCategory::Exempt, 0};
        return GroupKey{category, rate.scaled()};
    };

    // Sums stay in 128 bits until the end: at most 2^64 terms of 2^63 each
    // cannot overflow, and each result is narrowed (and checked) once.
    std::map<GroupKey, Int128> taxable;
    DocumentTotals totals;
    Int128 lineNetSum = 0;

    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines[i];
        const QString prefix = QStringLiteral("lines[%1]").arg(i);
        if (!exemptAll) {
            if (auto ok = validateTaxRate(line.taxCategory, line.taxRate,
                                          join(prefix, QStringLiteral("taxRate")));
                !ok)
                return std::unexpected(ok.error());
        }
        auto net = lineNetAmount(line, currency, prefix);
        if (!net)
            return std::unexpected(net.error());
        totals.lineNetAmounts.append(*net);
        lineNetSum += net->minorUnits();
        taxable[groupOf(line.taxCategory, line.taxRate)] += net->minorUnits();
    }

    Int128 allowanceSum = 0;
    Int128 chargeSum = 0;
    for (qsizetype i = 0; i < document.allowancesCharges.size(); ++i) {
        const AllowanceCharge& item = document.allowancesCharges[i];
        const QString prefix = QStringLiteral("allowancesCharges[%1]").arg(i);
        if (auto ok =
                checkAmount(item.amount, currency, false, join(prefix, QStringLiteral("amount")));
            !ok)
            return std::unexpected(ok.error());
        if (!exemptAll) {
            if (auto ok = validateTaxRate(item.taxCategory, item.taxRate,
                                          join(prefix, QStringLiteral("taxRate")));
                !ok)
                return std::unexpected(ok.error());
        }
        const qint64 amount = item.amount.minorUnits();
        Int128& group = taxable[groupOf(item.taxCategory, item.taxRate)];
        if (item.isCharge()) {
            chargeSum += amount;
            group += amount;
        } else {
            allowanceSum += amount;
            group -= amount;
        }
    }

    const auto money = [&](Int128 value, const QString& field) -> Result<Money> {
        const auto minor = checked::toInt64(value);
        if (!minor)
            return tooLarge(field);
        return Money::fromMinorUnits(*minor, currency);
    };

    Int128 taxSum = 0;
    const QString smallBusinessText = SmallBusinessExemption::legalText(document.language);
    for (const auto& [key, amount] : taxable) {
        TaxBreakdown group;
        group.category = key.category;
        group.ratePercent = Decimal::fromScaled(key.rateScaled);
        auto taxableMoney = money(amount, QStringLiteral("taxableAmount"));
        if (!taxableMoney)
            return std::unexpected(taxableMoney.error());
        group.taxableAmount = *taxableMoney;
        auto tax = taxAmount(group.taxableAmount, group.ratePercent, QStringLiteral("taxAmount"));
        if (!tax)
            return std::unexpected(tax.error());
        group.taxAmount = *tax;
        taxSum += tax->minorUnits();
        if (exemptAll) {
            group.exemptionReason = smallBusinessText;
        } else if (taxCategoryHasExemptionReason(key.category)) {
            group.exemptionReason = document.exemptionReasons.value(key.category);
            if (group.exemptionReason.trimmed().isEmpty())
                group.exemptionReason = defaultExemptionReason(key.category, document.language);
            group.exemptionReasonCode = defaultExemptionReasonCode(key.category);
        }
        totals.breakdown.append(group);
    }

    Int128 prepaid = 0;
    if (document.prepaidAmount) {
        if (auto ok = checkAmount(*document.prepaidAmount, currency, true,
                                  QStringLiteral("prepaidAmount"));
            !ok)
            return std::unexpected(ok.error());
        prepaid = document.prepaidAmount->minorUnits();
    }

    const Int128 taxBasis = lineNetSum - allowanceSum + chargeSum;
    const Int128 grand = taxBasis + taxSum;
    const struct {
        Money* target;
        Int128 value;
        QString field;
    } results[] = {
        {&totals.lineNetTotal, lineNetSum, QStringLiteral("lineNetTotal")},
        {&totals.allowanceTotal, allowanceSum, QStringLiteral("allowanceTotal")},
        {&totals.chargeTotal, chargeSum, QStringLiteral("chargeTotal")},
        {&totals.taxBasisTotal, taxBasis, QStringLiteral("taxBasisTotal")},
        {&totals.taxTotal, taxSum, QStringLiteral("taxTotal")},
        {&totals.grandTotal, grand, QStringLiteral("grandTotal")},
        {&totals.prepaidAmount, prepaid, QStringLiteral("prepaidAmount")},
        {&totals.amountDue, grand - prepaid, QStringLiteral("amountDue")},
    };
    for (const auto& result : results) {
        auto value = money(result.value, result.field);
        if (!value)
            return std::unexpected(value.error());
        *result.target = *value;
    }

    totals.smallBusinessExemption = exemptAll;
    if (exemptAll)
        totals.legalNotice = smallBusinessText;
    return totals;
}

} // namespace quittance::domain
