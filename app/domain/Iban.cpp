#include "Iban.h"

#include <algorithm>
#include <array>

namespace quittance::domain {

namespace {

struct IbanLength {
    QStringView country;
    int length;
};

// From the SWIFT IBAN registry, sorted by country.
constexpr auto kLengths = std::to_array<IbanLength>({
    {u"AD", 24}, {u"AE", 23}, {u"AL", 28}, {u"AT", 20}, {u"AZ", 28}, {u"BA", 20}, {u"BE", 16},
    {u"BG", 22}, {u"BH", 22}, {u"BR", 29}, {u"BY", 28}, {u"CH", 21}, {u"CR", 22}, {u"CY", 28},
    {u"CZ", 24}, {u"DE", 22}, {u"DK", 18}, {u"DO", 28}, {u"EE", 20}, {u"EG", 29}, {u"ES", 24},
    {u"FI", 18}, {u"FO", 18}, {u"FR", 27}, {u"GB", 22}, {u"GE", 22}, {u"GI", 23}, {u"GL", 18},
    {u"GR", 27}, {u"GT", 28}, {u"HR", 21}, {u"HU", 28}, {u"IE", 22}, {u"IL", 23}, {u"IS", 26},
    {u"IT", 27}, {u"JO", 30}, {u"KW", 30}, {u"KZ", 20}, {u"LB", 28}, {u"LI", 21}, {u"LT", 20},
    {u"LU", 20}, {u"LV", 21}, {u"MC", 27}, {u"MD", 24}, {u"ME", 22}, {u"MK", 19}, {u"MR", 27},
    {u"MT", 31}, {u"MU", 30}, {u"NL", 18}, {u"NO", 15}, {u"PK", 24}, {u"PL", 28}, {u"PS", 29},
    {u"PT", 25}, {u"QA", 29}, {u"RO", 24}, {u"RS", 22}, {u"SA", 24}, {u"SE", 24}, {u"SI", 19},
    {u"SK", 24}, {u"SM", 27}, {u"TN", 24}, {u"TR", 26}, {u"UA", 29}, {u"VA", 22}, {u"VG", 24},
    {u"XK", 20},
});

constexpr qsizetype kMaxInputLength = 64;

bool isUpperAlnum(QChar c) {
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// ISO 7064 MOD 97-10 over the rearranged IBAN, letters expanded to 10..35.
int mod97(const QString& iban) {
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

} // namespace

Iban::Iban(QString value)
    : m_value(std::move(value)) {}

int Iban::expectedLength(QStringView countryCode) {
    const auto* it = std::lower_bound(
        kLengths.begin(), kLengths.end(), countryCode,
        [](const IbanLength& entry, QStringView key) { return entry.country < key; });
    if (it == kLengths.end() || it->country != countryCode)
        return 0;
    return it->length;
}

Result<Iban> Iban::parse(QStringView text, const QString& field) {
    if (text.size() > kMaxInputLength)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The IBAN is too long."), field);
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c == u' ' || c == QChar(0x00A0))
            continue;
        compact += c.toUpper();
    }
    if (compact.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("An IBAN is required."), field);
    if (!std::all_of(compact.cbegin(), compact.cend(), isUpperAlnum))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("An IBAN contains only letters and digits."), field);
    const int length = expectedLength(QStringView(compact).left(2));
    if (length == 0)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The IBAN does not start with a known country code."), field);
    if (compact.size() != length)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("An IBAN from %1 has %2 characters, this one has %3.")
                        .arg(compact.left(2))
                        .arg(length)
                        .arg(compact.size()),
                    field);
    const bool digits = compact[2].isDigit() && compact[3].isDigit();
    const int checkDigits = digits ? QStringView(compact).mid(2, 2).toInt() : 0;
    // ISO 13616 check digits run from 02 to 98.
    if (checkDigits < 2 || checkDigits > 98 || mod97(compact) != 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The IBAN's check digits do not match; please check for a "
                                   "typing error."),
                    field);
    return Iban(compact);
}

bool Iban::isValid(QStringView text) {
    return parse(text).has_value();
}

QString Iban::formatted() const {
    QString out;
    for (qsizetype i = 0; i < m_value.size(); i += 4) {
        if (i > 0)
            out += u' ';
        out += m_value.mid(i, 4);
    }
    return out;
}

} // namespace quittance::domain
