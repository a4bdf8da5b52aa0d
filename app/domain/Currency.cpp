#include "Currency.h"

#include <algorithm>
#include <array>

namespace quittance::domain {

namespace {

struct CurrencyInfo {
    QStringView code;
    int exponent;
};

// ISO 4217 active codes in common use, sorted by code, with their minor-unit
// digits as published by the maintenance agency.
constexpr auto kCurrencies = std::to_array<CurrencyInfo>({
    {u"AED", 2}, {u"AFN", 2}, {u"ALL", 2}, {u"AMD", 2}, {u"ANG", 2}, {u"AOA", 2}, {u"ARS", 2},
    {u"AUD", 2}, {u"AWG", 2}, {u"AZN", 2}, {u"BAM", 2}, {u"BBD", 2}, {u"BDT", 2}, {u"BGN", 2},
    {u"BHD", 3}, {u"BIF", 0}, {u"BMD", 2}, {u"BND", 2}, {u"BOB", 2}, {u"BRL", 2}, {u"BSD", 2},
    {u"BWP", 2}, {u"BYN", 2}, {u"BZD", 2}, {u"CAD", 2}, {u"CDF", 2}, {u"CHF", 2}, {u"CLP", 0},
    {u"CNY", 2}, {u"COP", 2}, {u"CRC", 2}, {u"CZK", 2}, {u"DJF", 0}, {u"DKK", 2}, {u"DOP", 2},
    {u"DZD", 2}, {u"EGP", 2}, {u"ETB", 2}, {u"EUR", 2}, {u"FJD", 2}, {u"GBP", 2}, {u"GEL", 2},
    {u"GHS", 2}, {u"GNF", 0}, {u"GTQ", 2}, {u"HKD", 2}, {u"HNL", 2}, {u"HUF", 2}, {u"IDR", 2},
    {u"ILS", 2}, {u"INR", 2}, {u"IQD", 3}, {u"ISK", 0}, {u"JMD", 2}, {u"JOD", 3}, {u"JPY", 0},
    {u"KES", 2}, {u"KGS", 2}, {u"KHR", 2}, {u"KMF", 0}, {u"KRW", 0}, {u"KWD", 3}, {u"KZT", 2},
    {u"LBP", 2}, {u"LKR", 2}, {u"LYD", 3}, {u"MAD", 2}, {u"MDL", 2}, {u"MKD", 2}, {u"MNT", 2},
    {u"MUR", 2}, {u"MXN", 2}, {u"MYR", 2}, {u"NGN", 2}, {u"NOK", 2}, {u"NZD", 2}, {u"OMR", 3},
    {u"PEN", 2}, {u"PHP", 2}, {u"PKR", 2}, {u"PLN", 2}, {u"PYG", 0}, {u"QAR", 2}, {u"RON", 2},
    {u"RSD", 2}, {u"RUB", 2}, {u"RWF", 0}, {u"SAR", 2}, {u"SEK", 2}, {u"SGD", 2}, {u"THB", 2},
    {u"TND", 3}, {u"TRY", 2}, {u"TWD", 2}, {u"TZS", 2}, {u"UAH", 2}, {u"UGX", 0}, {u"USD", 2},
    {u"UYU", 2}, {u"UZS", 2}, {u"VND", 0}, {u"VUV", 0}, {u"XAF", 0}, {u"XOF", 0}, {u"XPF", 0},
    {u"ZAR", 2},
});

const CurrencyInfo* find(QStringView code) {
    if (code.size() != 3)
        return nullptr;
    const QString key = code.toString().toUpper();
    const auto* it = std::lower_bound(
        kCurrencies.begin(), kCurrencies.end(), key,
        [](const CurrencyInfo& info, const QString& k) { return info.code < QStringView(k); });
    if (it == kCurrencies.end() || it->code != key)
        return nullptr;
    return it;
}

} // namespace

Currency::Currency(QString code, int exponent)
    : m_code(std::move(code))
    , m_exponent(exponent) {}

Result<Currency> Currency::fromCode(QStringView code, const QString& field) {
    const CurrencyInfo* info = find(code);
    if (!info) {
        if (code.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("A currency is required."), field);
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("“%1” is not a supported ISO 4217 currency code.").arg(code.left(8)),
            field);
    }
    return Currency(info->code.toString(), info->exponent);
}

bool Currency::isKnown(QStringView code) {
    return find(code) != nullptr;
}

QStringList Currency::knownCodes() {
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(kCurrencies.size()));
    for (const auto& info : kCurrencies)
        codes << info.code.toString();
    return codes;
}

} // namespace quittance::domain
