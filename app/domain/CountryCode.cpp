#include "CountryCode.h"

#include <algorithm>
#include <array>

namespace quittance::domain {

namespace {

// Sorted.
constexpr auto kCountries = std::to_array<QStringView>({
    u"AD", u"AE", u"AF", u"AG", u"AI", u"AL", u"AM", u"AO", u"AQ", u"AR", u"AS", u"AT", u"AU",
    u"AW", u"AX", u"AZ", u"BA", u"BB", u"BD", u"BE", u"BF", u"BG", u"BH", u"BI", u"BJ", u"BL",
    u"BM", u"BN", u"BO", u"BQ", u"BR", u"BS", u"BT", u"BV", u"BW", u"BY", u"BZ", u"CA", u"CC",
    u"CD", u"CF", u"CG", u"CH", u"CI", u"CK", u"CL", u"CM", u"CN", u"CO", u"CR", u"CU", u"CV",
    u"CW", u"CX", u"CY", u"CZ", u"DE", u"DJ", u"DK", u"DM", u"DO", u"DZ", u"EC", u"EE", u"EG",
    u"EH", u"ER", u"ES", u"ET", u"FI", u"FJ", u"FK", u"FM", u"FO", u"FR", u"GA", u"GB", u"GD",
    u"GE", u"GF", u"GG", u"GH", u"GI", u"GL", u"GM", u"GN", u"GP", u"GQ", u"GR", u"GS", u"GT",
    u"GU", u"GW", u"GY", u"HK", u"HM", u"HN", u"HR", u"HT", u"HU", u"ID", u"IE", u"IL", u"IM",
    u"IN", u"IO", u"IQ", u"IR", u"IS", u"IT", u"JE", u"JM", u"JO", u"JP", u"KE", u"KG", u"KH",
    u"KI", u"KM", u"KN", u"KP", u"KR", u"KW", u"KY", u"KZ", u"LA", u"LB", u"LC", u"LI", u"LK",
    u"LR", u"LS", u"LT", u"LU", u"LV", u"LY", u"MA", u"MC", u"MD", u"ME", u"MF", u"MG", u"MH",
    u"MK", u"ML", u"MM", u"MN", u"MO", u"MP", u"MQ", u"MR", u"MS", u"MT", u"MU", u"MV", u"MW",
    u"MX", u"MY", u"MZ", u"NA", u"NC", u"NE", u"NF", u"NG", u"NI", u"NL", u"NO", u"NP", u"NR",
    u"NU", u"NZ", u"OM", u"PA", u"PE", u"PF", u"PG", u"PH", u"PK", u"PL", u"PM", u"PN", u"PR",
    u"PS", u"PT", u"PW", u"PY", u"QA", u"RE", u"RO", u"RS", u"RU", u"RW", u"SA", u"SB", u"SC",
    u"SD", u"SE", u"SG", u"SH", u"SI", u"SJ", u"SK", u"SL", u"SM", u"SN", u"SO", u"SR", u"SS",
    u"ST", u"SV", u"SX", u"SY", u"SZ", u"TC", u"TD", u"TF", u"TG", u"TH", u"TJ", u"TK", u"TL",
    u"TM", u"TN", u"TO", u"TR", u"TT", u"TV", u"TW", u"TZ", u"UA", u"UG", u"UM", u"US", u"UY",
    u"UZ", u"VA", u"VC", u"VE", u"VG", u"VI", u"VN", u"VU", u"WF", u"WS", u"XK", u"YE", u"YT",
    u"ZA", u"ZM", u"ZW",
});

// Sorted.
constexpr auto kEuMembers = std::to_array<QStringView>({
    u"AT", u"BE", u"BG", u"CY", u"CZ", u"DE", u"DK", u"EE", u"ES",
    u"FI", u"FR", u"GR", u"HR", u"HU", u"IE", u"IT", u"LT", u"LU",
    u"LV", u"MT", u"NL", u"PL", u"PT", u"RO", u"SE", u"SI", u"SK",
});

template <std::size_t N>
bool contains(const std::array<QStringView, N>& table, QStringView code) {
    return std::binary_search(table.begin(), table.end(), code);
}

} // namespace

Result<QString> CountryCode::parse(QStringView code, const QString& field) {
    if (code.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A country is required."), field);
    const QString upper = code.toString().toUpper();
    if (!isKnown(upper))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("“%1” is not an ISO 3166 country code (for example DE, FR, "
                                   "GB).")
                        .arg(code.left(8)),
                    field);
    return upper;
}

bool CountryCode::isKnown(QStringView code) {
    return code.size() == 2 && contains(kCountries, code);
}

bool CountryCode::isEuMember(QStringView code) {
    return code.size() == 2 && contains(kEuMembers, code);
}

QStringList CountryCode::knownCodes() {
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(kCountries.size()));
    for (const QStringView code : kCountries)
        codes << code.toString();
    return codes;
}

} // namespace quittance::domain
