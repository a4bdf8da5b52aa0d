#include "UnitCode.h"

#include <algorithm>
#include <array>

namespace quittance::domain {

namespace {

struct UnitInfo {
    QStringView code;
    QStringView english;
    QStringView german;
};

// Sorted by code.
constexpr auto kUnits = std::to_array<UnitInfo>({
    {u"ANN", u"year", u"Jahr"},
    {u"C62", u"unit", u"Stück"},
    {u"CMT", u"centimetre", u"Zentimeter"},
    {u"DAY", u"day", u"Tag"},
    {u"E48", u"service unit", u"Serviceeinheit"},
    {u"GRM", u"gram", u"Gramm"},
    {u"H87", u"piece", u"Stück"},
    {u"HUR", u"hour", u"Stunde"},
    {u"KGM", u"kilogram", u"Kilogramm"},
    {u"KMT", u"kilometre", u"Kilometer"},
    {u"KWH", u"kilowatt hour", u"Kilowattstunde"},
    {u"LS", u"lump sum", u"Pauschale"},
    {u"LTR", u"litre", u"Liter"},
    {u"MIN", u"minute", u"Minute"},
    {u"MLT", u"millilitre", u"Milliliter"},
    {u"MMT", u"millimetre", u"Millimeter"},
    {u"MON", u"month", u"Monat"},
    {u"MTK", u"square metre", u"Quadratmeter"},
    {u"MTQ", u"cubic metre", u"Kubikmeter"},
    {u"MTR", u"metre", u"Meter"},
    {u"NAR", u"number of articles", u"Anzahl Artikel"},
    {u"P1", u"percent", u"Prozent"},
    {u"PR", u"pair", u"Paar"},
    {u"QAN", u"quarter (of a year)", u"Quartal"},
    {u"SEC", u"second", u"Sekunde"},
    {u"SET", u"set", u"Satz"},
    {u"TNE", u"tonne", u"Tonne"},
    {u"WEE", u"week", u"Woche"},
    {u"XBX", u"box", u"Karton"},
    {u"XPK", u"package", u"Packung"},
});

const UnitInfo* find(QStringView code) {
    const auto* it =
        std::lower_bound(kUnits.begin(), kUnits.end(), code,
                         [](const UnitInfo& info, QStringView key) { return info.code < key; });
    if (it == kUnits.end() || it->code != code)
        return nullptr;
    return it;
}

} // namespace

bool UnitCode::isKnown(QStringView code) {
    return find(code) != nullptr;
}

Status UnitCode::validate(QStringView code, const QString& field) {
    if (code.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A unit is required."), field);
    if (!isKnown(code))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("“%1” is not a supported UN/ECE unit code (for example HUR, "
                                   "DAY, C62).")
                        .arg(code.left(8)),
                    field);
    return {};
}

QString UnitCode::displayName(QStringView code, DocumentLanguage language) {
    const UnitInfo* info = find(code);
    if (!info)
        return {};
    return (language == DocumentLanguage::German ? info->german : info->english).toString();
}

QStringList UnitCode::knownCodes() {
    QStringList codes;
    codes.reserve(static_cast<qsizetype>(kUnits.size()));
    for (const auto& info : kUnits)
        codes << info.code.toString();
    return codes;
}

} // namespace quittance::domain
