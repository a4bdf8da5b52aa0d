// EN 16931 totals: line nets rounded per line, tax rounded once per
// (category, rate) group, half away from zero; exact integer arithmetic;
// overflow reported as an error. Every expected value below was worked out by
// hand (shown in the comments), never by running the code.

#include "TestHelpers.h"

#include "domain/DocumentCalculator.h"
#include "domain/SmallBusinessExemption.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

namespace {

// Test tables are trusted input: a typo in one throws (and fails the test)
// instead of being read as something else.
Decimal dec(QStringView text) {
    return Decimal::parse(text).value();
}

QStringList fields(const QString& spec, qsizetype count) {
    const QStringList f = spec.split(u' ');
    if (f.size() != count)
        qFatal("Malformed test spec: %s", qPrintable(spec));
    return f;
}

std::optional<Money> optionalMoney(QStringView text, const Currency& currency) {
    if (text == u"-")
        return std::nullopt;
    return Money::parse(text, currency).value();
}

// "quantity unitPrice baseQuantity category rate allowance charge", with "-"
// for no allowance or charge.
DocumentLine line(const QString& spec, const Currency& currency) {
    const QStringList f = fields(spec, 7);
    DocumentLine l;
    l.description = u"Item"_s;
    l.quantity = dec(f[0]);
    l.unitPrice = dec(f[1]);
    l.baseQuantity = dec(f[2]);
    l.taxCategory = parseTaxCategory(f[3]).value();
    l.taxRate = dec(f[4]);
    l.allowance = optionalMoney(f[5], currency);
    l.charge = optionalMoney(f[6], currency);
    return l;
}

// "A|C amount category rate"
AllowanceCharge adjustment(const QString& spec, const Currency& currency) {
    const QStringList f = fields(spec, 4);
    AllowanceCharge item;
    item.kind = f[0] == u"C" ? AllowanceCharge::Kind::Charge : AllowanceCharge::Kind::Allowance;
    item.amount = Money::parse(f[1], currency).value();
    item.reason = u"Reason"_s;
    item.taxCategory = parseTaxCategory(f[2]).value();
    item.taxRate = dec(f[3]);
    return item;
}

Document document(const QString& currencyCode, const QString& typeCode, const QStringList& lines,
                  const QStringList& adjustments, const QString& prepaid) {
    Document doc;
    doc.uuid = QUuid::createUuid();
    doc.type = parseDocumentType(typeCode).value();
    doc.currency = Currency::fromCode(currencyCode).value();
    for (const QString& spec : lines)
        doc.lines.append(line(spec, doc.currency));
    for (const QString& spec : adjustments)
        doc.allowancesCharges.append(adjustment(spec, doc.currency));
    if (!prepaid.isEmpty())
        doc.prepaidAmount = Money::parse(prepaid, doc.currency).value();
    return doc;
}

QStringList texts(const QList<Money>& amounts) {
    QStringList out;
    for (const Money& m : amounts)
        out << m.toString();
    return out;
}

} // namespace

class TestDocumentCalculator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void exemptionReasons();
    void smallBusinessExemption();
    void smallBusinessExemptionInEnglish();
    void lineNetAmountDirect();
    void taxAmountDirect_data();
    void taxAmountDirect();
    void rejectsWhatTheArithmeticCannotUse();
};

void TestDocumentCalculator::totals_data() {
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("adjustments");
    QTest::addColumn<QString>("prepaid");
    QTest::addColumn<QString>("errorField"); // non-empty: an InvalidInput error on this field
    QTest::addColumn<QStringList>("lineNets");
    // BT-106, BT-107, BT-108, BT-109, BT-110, BT-112, BT-113, BT-115
    QTest::addColumn<QStringList>("totals");
    // "category rate taxable tax" per BG-23 group, in output order
    QTest::addColumn<QStringList>("breakdown");

    // 10 x 85.00 = 850.00 (S 19); 3 x 12.99 = 38.97 (S 7); 1 x 100 = 100.00 (Z).
    // Sum 988.97. Tax: 850.00 x 0.19 = 161.50; 38.97 x 0.07 = 2.7279 -> 2.73; Z 0.
    // Tax total 164.23; grand 988.97 + 164.23 = 1153.20.
    QTest::newRow("several rates on one invoice")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"10 85 1 S 19 - -"_s, u"3 12.99 1 S 7 - -"_s, u"1 100 1 Z 0 - -"_s}
        << QStringList{} << QString() << QString()
        << QStringList{u"850.00"_s, u"38.97"_s, u"100.00"_s}
        << QStringList{u"988.97"_s, u"0.00"_s,    u"0.00"_s, u"988.97"_s,
                       u"164.23"_s, u"1153.20"_s, u"0.00"_s, u"1153.20"_s}
        << QStringList{u"S 19 850.00 161.50"_s, u"S 7 38.97 2.73"_s, u"Z 0 100.00 0.00"_s};

    // Lines: 2 x 50 = 100.00 (S 19), 1 x 40 = 40.00 (S 7); BT-106 = 140.00.
    // Allowance 10.00 in S 19, charge 5.00 in S 7: BT-109 = 140 - 10 + 5 = 135.00.
    // S 19 taxable 100 - 10 = 90.00 -> 17.10; S 7 taxable 40 + 5 = 45.00 -> 3.15.
    // Tax 20.25, grand 155.25, prepaid 50.00, due 105.25.
    QTest::newRow("document allowance and charge per group, prepaid")
        << u"EUR"_s << u"invoice"_s << QStringList{u"2 50 1 S 19 - -"_s, u"1 40 1 S 7 - -"_s}
        << QStringList{u"A 10.00 S 19"_s, u"C 5.00 S 7"_s} << u"50.00"_s << QString()
        << QStringList{u"100.00"_s, u"40.00"_s}
        << QStringList{u"140.00"_s, u"10.00"_s,  u"5.00"_s,  u"135.00"_s,
                       u"20.25"_s,  u"155.25"_s, u"50.00"_s, u"105.25"_s}
        << QStringList{u"S 19 90.00 17.10"_s, u"S 7 45.00 3.15"_s};

    // Three items at 0.333: each line 0.333 -> 0.33, so the lines sum to 0.99
    // (not 1.00 as 3 x 0.333 = 0.999 would round to). Tax once on the group:
    // 0.99 x 0.19 = 0.1881 -> 0.19, whereas per line 0.33 x 0.19 = 0.0627 ->
    // 0.06, three times 0.18. Grand 0.99 + 0.19 = 1.18.
    QTest::newRow("many small lines: per-line vs per-total rounding")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"1 0.333 1 S 19 - -"_s, u"1 0.333 1 S 19 - -"_s, u"1 0.333 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"0.33"_s, u"0.33"_s, u"0.33"_s}
        << QStringList{u"0.99"_s, u"0.00"_s, u"0.00"_s, u"0.99"_s,
                       u"0.19"_s, u"1.18"_s, u"0.00"_s, u"1.18"_s}
        << QStringList{u"S 19 0.99 0.19"_s};

    // The same with the fraction in the quantity: 0.333 x 1.00 = 0.333 -> 0.33.
    QTest::newRow("fractional quantities 3 x 0.333")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"0.333 1 1 S 19 - -"_s, u"0.333 1 1 S 19 - -"_s, u"0.333 1 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"0.33"_s, u"0.33"_s, u"0.33"_s}
        << QStringList{u"0.99"_s, u"0.00"_s, u"0.00"_s, u"0.99"_s,
                       u"0.19"_s, u"1.18"_s, u"0.00"_s, u"1.18"_s}
        << QStringList{u"S 19 0.99 0.19"_s};

    // 1500 x 0.0123 = 18.45 exactly; 7 x 1.234567 = 8.641969 -> 8.64;
    // 12.5 x 0.99995 = 12.5 - 0.000625 = 12.499375 -> 12.50.
    // Sum 18.45 + 8.64 + 12.50 = 39.59; tax 39.59 x 0.19 = 7.5221 -> 7.52;
    // grand 47.11.
    QTest::newRow("unit prices with 4 to 6 decimals")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"1500 0.0123 1 S 19 - -"_s, u"7 1.234567 1 S 19 - -"_s,
                       u"12.5 0.99995 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"18.45"_s, u"8.64"_s, u"12.50"_s}
        << QStringList{u"39.59"_s, u"0.00"_s,  u"0.00"_s, u"39.59"_s,
                       u"7.52"_s,  u"47.11"_s, u"0.00"_s, u"47.11"_s}
        << QStringList{u"S 19 39.59 7.52"_s};

    // 250 x 3.60 per 1000 = 900 / 1000 = 0.90; 3 x 19.99 per 2 = 59.97 / 2 =
    // 29.985 -> 29.99 (exactly half, away from zero). Sum 30.89;
    // tax 30.89 x 0.19 = 5.8691 -> 5.87; grand 36.76.
    QTest::newRow("base quantity")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"250 3.60 1000 S 19 - -"_s, u"3 19.99 2 S 19 - -"_s} << QStringList{}
        << QString() << QString() << QStringList{u"0.90"_s, u"29.99"_s}
        << QStringList{u"30.89"_s, u"0.00"_s,  u"0.00"_s, u"30.89"_s,
                       u"5.87"_s,  u"36.76"_s, u"0.00"_s, u"36.76"_s}
        << QStringList{u"S 19 30.89 5.87"_s};

    // 0.125 -> 0.13 and 0.115 -> 0.12 (both exactly half). Sum 0.25;
    // tax 0.25 x 0.10 = 0.025 -> 0.03 (exactly half). Grand 0.28.
    QTest::newRow("half away from zero, positive")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 0.125 1 S 10 - -"_s, u"1 0.115 1 S 10 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"0.13"_s, u"0.12"_s}
        << QStringList{u"0.25"_s, u"0.00"_s, u"0.00"_s, u"0.25"_s,
                       u"0.03"_s, u"0.28"_s, u"0.00"_s, u"0.28"_s}
        << QStringList{u"S 10 0.25 0.03"_s};

    // Credit note with negative lines: 10.00; -1 x 0.125 = -0.125 -> -0.13;
    // -1 x 0.115 = -0.115 -> -0.12 (away from zero). Sum 9.75;
    // tax 9.75 x 0.19 = 1.8525 -> 1.85; grand 11.60.
    QTest::newRow("half away from zero, negative lines on a credit note")
        << u"EUR"_s << u"credit_note"_s
        << QStringList{u"1 10 1 S 19 - -"_s, u"-1 0.125 1 S 19 - -"_s, u"-1 0.115 1 S 19 - -"_s}
        << QStringList{} << QString() << QString()
        << QStringList{u"10.00"_s, u"-0.13"_s, u"-0.12"_s}
        << QStringList{u"9.75"_s, u"0.00"_s,  u"0.00"_s, u"9.75"_s,
                       u"1.85"_s, u"11.60"_s, u"0.00"_s, u"11.60"_s}
        << QStringList{u"S 19 9.75 1.85"_s};

    // A negative group: S 10 taxable -0.25, tax -0.025 -> -0.03 (away from
    // zero); S 19 taxable 5.00, tax 0.95. Lines sum 4.75; tax 0.92; grand 5.67.
    QTest::newRow("negative group tax rounds away from zero")
        << u"EUR"_s << u"credit_note"_s << QStringList{u"-1 0.25 1 S 10 - -"_s, u"1 5 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"-0.25"_s, u"5.00"_s}
        << QStringList{u"4.75"_s, u"0.00"_s, u"0.00"_s, u"4.75"_s,
                       u"0.92"_s, u"5.67"_s, u"0.00"_s, u"5.67"_s}
        << QStringList{u"S 19 5.00 0.95"_s, u"S 10 -0.25 -0.03"_s};

    // Credit note written the EN 16931 way, positive quantities: 2 x 45.50 =
    // 91.00, tax 91.00 x 0.19 = 17.29, grand 108.29.
    QTest::newRow("credit note with positive lines")
        << u"EUR"_s << u"credit_note"_s << QStringList{u"2 45.50 1 S 19 - -"_s} << QStringList{}
        << QString() << QString() << QStringList{u"91.00"_s}
        << QStringList{u"91.00"_s, u"0.00"_s,   u"0.00"_s, u"91.00"_s,
                       u"17.29"_s, u"108.29"_s, u"0.00"_s, u"108.29"_s}
        << QStringList{u"S 19 91.00 17.29"_s};

    // KWD has 3 decimals. 3 x 1.2345 = 3.7035 -> 3.704 (exactly half);
    // 2 x 0.0005 = 0.001. Sum 3.705; tax 3.705 x 0.05 = 0.18525 -> 0.185;
    // grand 3.890.
    QTest::newRow("KWD, three decimals")
        << u"KWD"_s << u"invoice"_s << QStringList{u"3 1.2345 1 S 5 - -"_s, u"2 0.0005 1 S 5 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"3.704"_s, u"0.001"_s}
        << QStringList{u"3.705"_s, u"0.000"_s, u"0.000"_s, u"3.705"_s,
                       u"0.185"_s, u"3.890"_s, u"0.000"_s, u"3.890"_s}
        << QStringList{u"S 5 3.705 0.185"_s};

    // JPY has no decimals. 3 x 333.5 = 1000.5 -> 1001; 1 x 1234 = 1234.
    // S 10: 1001 x 0.10 = 100.1 -> 100; S 8: 1234 x 0.08 = 98.72 -> 99.
    // Sum 2235, tax 199, grand 2434.
    QTest::newRow("JPY, no decimals")
        << u"JPY"_s << u"invoice"_s << QStringList{u"3 333.5 1 S 10 - -"_s, u"1 1234 1 S 8 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"1001"_s, u"1234"_s}
        << QStringList{u"2235"_s, u"0"_s, u"0"_s, u"2235"_s, u"199"_s, u"2434"_s, u"0"_s, u"2434"_s}
        << QStringList{u"S 10 1001 100"_s, u"S 8 1234 99"_s};

    // CHF 7.7 %: 100.00 -> 7.70; 2.5 %: 33.33 x 0.025 = 0.83325 -> 0.83.
    // Sum 133.33, tax 8.53, grand 141.86.
    QTest::newRow("fractional rates")
        << u"CHF"_s << u"invoice"_s << QStringList{u"1 100 1 S 7.7 - -"_s, u"1 33.33 1 S 2.5 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"100.00"_s, u"33.33"_s}
        << QStringList{u"133.33"_s, u"0.00"_s,   u"0.00"_s, u"133.33"_s,
                       u"8.53"_s,   u"141.86"_s, u"0.00"_s, u"141.86"_s}
        << QStringList{u"S 7.7 100.00 7.70"_s, u"S 2.5 33.33 0.83"_s};

    // 10 x 15.00 = 150.00 - allowance 15.00 + charge 2.50 = 137.50;
    // tax 137.50 x 0.19 = 26.125 -> 26.13; grand 163.63. Line allowances and
    // charges are part of the line net, not of BT-107/BT-108.
    QTest::newRow("line allowance and charge")
        << u"EUR"_s << u"invoice"_s << QStringList{u"10 15 1 S 19 15.00 2.50"_s} << QStringList{}
        << QString() << QString() << QStringList{u"137.50"_s}
        << QStringList{u"137.50"_s, u"0.00"_s,   u"0.00"_s, u"137.50"_s,
                       u"26.13"_s,  u"163.63"_s, u"0.00"_s, u"163.63"_s}
        << QStringList{u"S 19 137.50 26.13"_s};

    // Rounded once after the allowance: 0.025 - 0.10 = -0.075 -> -0.08
    // (rounding 0.025 first would give 0.03 - 0.10 = -0.07). With a second
    // line of 1.00 the sum is 0.92; tax 0.92 x 0.19 = 0.1748 -> 0.17;
    // grand 1.09.
    QTest::newRow("line allowance larger than the line")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 0.025 1 S 19 0.10 -"_s, u"1 1 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"-0.08"_s, u"1.00"_s}
        << QStringList{u"0.92"_s, u"0.00"_s, u"0.00"_s, u"0.92"_s,
                       u"0.17"_s, u"1.09"_s, u"0.00"_s, u"1.09"_s}
        << QStringList{u"S 19 0.92 0.17"_s};

    // Exempt, reverse charge and outside scope: rate 0, no tax; breakdown in
    // category order S, Z, E, AE, K, G, O.
    QTest::newRow("zero-rate categories")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"1 200 1 O 0 - -"_s, u"1 300 1 AE 0 - -"_s, u"1 500 1 E 0 - -"_s,
                       u"2 25 1 K 0 - -"_s}
        << QStringList{} << QString() << QString()
        << QStringList{u"200.00"_s, u"300.00"_s, u"500.00"_s, u"50.00"_s}
        << QStringList{u"1050.00"_s, u"0.00"_s,    u"0.00"_s, u"1050.00"_s,
                       u"0.00"_s,    u"1050.00"_s, u"0.00"_s, u"1050.00"_s}
        << QStringList{u"E 0 500.00 0.00"_s, u"AE 0 300.00 0.00"_s, u"K 0 50.00 0.00"_s,
                       u"O 0 200.00 0.00"_s};

    // An allowance in a group without lines still forms its own group.
    // Lines 100.00 (S 19); allowance 20.00 in Z: Z taxable -20.00, tax 0;
    // S 19 tax 19.00. BT-109 80.00, grand 99.00.
    QTest::newRow("allowance in a group of its own")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 100 1 S 19 - -"_s}
        << QStringList{u"A 20.00 Z 0"_s} << QString() << QString() << QStringList{u"100.00"_s}
        << QStringList{u"100.00"_s, u"20.00"_s, u"0.00"_s, u"80.00"_s,
                       u"19.00"_s,  u"99.00"_s, u"0.00"_s, u"99.00"_s}
        << QStringList{u"S 19 100.00 19.00"_s, u"Z 0 -20.00 0.00"_s};

    QTest::newRow("empty draft") << u"EUR"_s << u"invoice"_s << QStringList{} << QStringList{}
                                 << QString() << QString() << QStringList{}
                                 << QStringList{u"0.00"_s, u"0.00"_s, u"0.00"_s, u"0.00"_s,
                                                u"0.00"_s, u"0.00"_s, u"0.00"_s, u"0.00"_s}
                                 << QStringList{};

    // Largest Decimal price 9223372036854.775807 x 1 -> 9223372036854.78 (the
    // .775807 rounds up). Tax: 9223372036854.78 x 0.19 = 1844674407370.956 -
    // 92233720368.5478 = 1752440687002.4082 -> 1752440687002.41.
    // Grand 9223372036854.78 + 1752440687002.41 = 10975812723857.19.
    QTest::newRow("largest unit price")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 9223372036854.775807 1 S 19 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"9223372036854.78"_s}
        << QStringList{u"9223372036854.78"_s,
                       u"0.00"_s,
                       u"0.00"_s,
                       u"9223372036854.78"_s,
                       u"1752440687002.41"_s,
                       u"10975812723857.19"_s,
                       u"0.00"_s,
                       u"10975812723857.19"_s}
        << QStringList{u"S 19 9223372036854.78 1752440687002.41"_s};

    // 10000 x 9223372036854.775807 = 92233720368547758.07 EUR, that is
    // 9 223 372 036 854 775 807 cents = qint64 max: fits exactly.
    QTest::newRow("line net exactly at the limit")
        << u"EUR"_s << u"invoice"_s << QStringList{u"10000 9223372036854.775807 1 Z 0 - -"_s}
        << QStringList{} << QString() << QString() << QStringList{u"92233720368547758.07"_s}
        << QStringList{u"92233720368547758.07"_s,
                       u"0.00"_s,
                       u"0.00"_s,
                       u"92233720368547758.07"_s,
                       u"0.00"_s,
                       u"92233720368547758.07"_s,
                       u"0.00"_s,
                       u"92233720368547758.07"_s}
        << QStringList{u"Z 0 92233720368547758.07 0.00"_s};

    // One more cent of charge on that line no longer fits.
    QTest::newRow("overflow: line net")
        << u"EUR"_s << u"invoice"_s << QStringList{u"10000 9223372036854.775807 1 Z 0 - 0.01"_s}
        << QStringList{} << QString() << u"lines[0]"_s << QStringList{} << QStringList{}
        << QStringList{};

    // 10001 x 9223372036854.775807 > qint64 max cents.
    QTest::newRow("overflow: quantity x price")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"1 1 1 Z 0 - -"_s, u"10001 9223372036854.775807 1 Z 0 - -"_s}
        << QStringList{} << QString() << u"lines[1]"_s << QStringList{} << QStringList{}
        << QStringList{};

    // Each line fits, their sum does not.
    QTest::newRow("overflow: sum of lines")
        << u"EUR"_s << u"invoice"_s
        << QStringList{u"10000 9223372036854.775807 1 Z 0 - -"_s, u"1 0.01 1 Z 0 - -"_s}
        << QStringList{} << QString() << u"taxableAmount"_s << QStringList{} << QStringList{}
        << QStringList{};

    // The net fits, net + 19 % tax does not.
    QTest::newRow("overflow: grand total")
        << u"EUR"_s << u"invoice"_s << QStringList{u"10000 9223372036854.775807 1 S 19 - -"_s}
        << QStringList{} << QString() << u"grandTotal"_s << QStringList{} << QStringList{}
        << QStringList{};

    // JPY has no minor unit: 1000000 x 9223372036854.775807 is exactly qint64
    // max yen, so 1000001 x that price is one step too far.
    QTest::newRow("overflow: JPY")
        << u"JPY"_s << u"invoice"_s << QStringList{u"1000001 9223372036854.775807 1 Z 0 - -"_s}
        << QStringList{} << QString() << u"lines[0]"_s << QStringList{} << QStringList{}
        << QStringList{};

    QTest::newRow("rate rule: S with 0 %")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 1 S 0 - -"_s} << QStringList{} << QString()
        << u"lines[0].taxRate"_s << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("rate rule: Z with 7 %")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 1 Z 7 - -"_s} << QStringList{} << QString()
        << u"lines[0].taxRate"_s << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("rate rule: AE with 19 %")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 1 AE 19 - -"_s} << QStringList{}
        << QString() << u"lines[0].taxRate"_s << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("rate rule: S above 100 %")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 1 S 100.000001 - -"_s} << QStringList{}
        << QString() << u"lines[0].taxRate"_s << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("rate rule: allowance E with 7 %")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 1 S 19 - -"_s}
        << QStringList{u"A 1.00 E 7"_s} << QString() << u"allowancesCharges[0].taxRate"_s
        << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("base quantity zero")
        << u"EUR"_s << u"invoice"_s << QStringList{u"1 1 0 S 19 - -"_s} << QStringList{}
        << QString() << u"lines[0].baseQuantity"_s << QStringList{} << QStringList{}
        << QStringList{};
}

void TestDocumentCalculator::totals() {
    QFETCH(QString, currency);
    QFETCH(QString, type);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, adjustments);
    QFETCH(QString, prepaid);
    QFETCH(QString, errorField);
    QFETCH(QStringList, lineNets);
    QFETCH(QStringList, totals);
    QFETCH(QStringList, breakdown);

    const Document doc = document(currency, type, lines, adjustments, prepaid);
    const auto result = DocumentCalculator::calculate(doc);
    if (!errorField.isEmpty()) {
        QVERIFY_ERROR(result, ErrorCode::InvalidInput);
        QCOMPARE(result.error().field, errorField);
        return;
    }
    QVERIFY_RESULT(result);
    QCOMPARE(texts(result->lineNetAmounts), lineNets);
    const QStringList actualTotals = texts(
        {result->lineNetTotal, result->allowanceTotal, result->chargeTotal, result->taxBasisTotal,
         result->taxTotal, result->grandTotal, result->prepaidAmount, result->amountDue});
    QCOMPARE(actualTotals, totals);
    QStringList actualBreakdown;
    for (const TaxBreakdown& group : result->breakdown) {
        actualBreakdown << u"%1 %2 %3 %4"_s.arg(
            taxCategoryCode(group.category), group.ratePercent.toString(),
            group.taxableAmount.toString(), group.taxAmount.toString());
        QCOMPARE(group.taxableAmount.currency().code(), currency);
    }
    QCOMPARE(actualBreakdown, breakdown);
    QCOMPARE(result->grandTotal.currency().code(), currency);
    QVERIFY(!result->smallBusinessExemption);
    QVERIFY(result->legalNotice.isEmpty());
}

void TestDocumentCalculator::exemptionReasons() {
    Document doc = document(
        u"EUR"_s, u"invoice"_s,
        {u"1 500 1 E 0 - -"_s, u"1 300 1 AE 0 - -"_s, u"1 200 1 O 0 - -"_s, u"1 100 1 S 19 - -"_s},
        {}, {});
    doc.language = DocumentLanguage::German;
    doc.exemptionReasons.insert(TaxCategory::Exempt, u"Steuerfrei nach § 4 Nr. 21 UStG"_s);
    doc.exemptionReasons.insert(TaxCategory::OutsideScope, u"Nicht im Inland steuerbar"_s);

    const auto result = DocumentCalculator::calculate(doc);
    QVERIFY_RESULT(result);
    QCOMPARE(result->breakdown.size(), 4);
    const TaxBreakdown& s = result->breakdown[0];
    QCOMPARE(s.category, TaxCategory::StandardRate);
    QVERIFY(s.exemptionReason.isEmpty());
    QVERIFY(s.exemptionReasonCode.isEmpty());
    const TaxBreakdown& e = result->breakdown[1];
    QCOMPARE(e.category, TaxCategory::Exempt);
    QCOMPARE(e.exemptionReason, u"Steuerfrei nach § 4 Nr. 21 UStG"_s);
    const TaxBreakdown& ae = result->breakdown[2];
    QCOMPARE(ae.category, TaxCategory::ReverseCharge);
    QCOMPARE(ae.exemptionReason, u"Steuerschuldnerschaft des Leistungsempfängers"_s);
    QCOMPARE(ae.exemptionReasonCode, u"VATEX-EU-AE"_s);
    const TaxBreakdown& o = result->breakdown[3];
    QCOMPARE(o.exemptionReason, u"Nicht im Inland steuerbar"_s);
    QCOMPARE(o.exemptionReasonCode, u"VATEX-EU-O"_s);
    // 100.00 x 19 % = 19.00 is the only tax.
    QCOMPARE(result->taxTotal.toString(), u"19.00"_s);
}

void TestDocumentCalculator::smallBusinessExemption() {
    // Lines say S 19 and S 7, a charge says S 19: all become E 0.
    // Lines 100.00 + 2 x 25.00 = 150.00; charge 4.90; BT-109 154.90, no tax.
    Document doc = document(u"EUR"_s, u"invoice"_s, {u"1 100 1 S 19 - -"_s, u"2 25 1 S 7 - -"_s},
                            {u"C 4.90 S 19"_s}, {});
    doc.language = DocumentLanguage::German;
    const auto result = DocumentCalculator::calculate(doc, {true});
    QVERIFY_RESULT(result);
    QVERIFY(result->smallBusinessExemption);
    QCOMPARE(result->breakdown.size(), 1);
    const TaxBreakdown& group = result->breakdown.first();
    QCOMPARE(group.category, TaxCategory::Exempt);
    QVERIFY(group.ratePercent.isZero());
    QCOMPARE(group.taxableAmount.toString(), u"154.90"_s);
    QCOMPARE(group.taxAmount.toString(), u"0.00"_s);
    QCOMPARE(group.exemptionReason, u"Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."_s);
    QCOMPARE(result->legalNotice, group.exemptionReason);
    QCOMPARE(result->taxTotal.toString(), u"0.00"_s);
    QCOMPARE(result->grandTotal.toString(), u"154.90"_s);
    QCOMPARE(result->amountDue.toString(), u"154.90"_s);

    // Without the flag the same document is taxed: 100 x 0.19 + 4.90 x 0.19 =
    // 104.90 x 0.19 = 19.931 -> 19.93; 50.00 x 0.07 = 3.50.
    const auto taxed = DocumentCalculator::calculate(doc);
    QVERIFY_RESULT(taxed);
    QCOMPARE(taxed->taxTotal.toString(), u"23.43"_s);
}

void TestDocumentCalculator::smallBusinessExemptionInEnglish() {
    Document doc = document(u"EUR"_s, u"invoice"_s, {u"1 100 1 S 19 - -"_s}, {}, {});
    doc.language = DocumentLanguage::English;
    const auto result = DocumentCalculator::calculate(doc, {true});
    QVERIFY_RESULT(result);
    QCOMPARE(result->legalNotice, SmallBusinessExemption::legalText(DocumentLanguage::English));
    QVERIFY(result->legalNotice.contains(u"§ 19 UStG"_s));
    QVERIFY(result->legalNotice != SmallBusinessExemption::legalText(DocumentLanguage::German));
}

void TestDocumentCalculator::lineNetAmountDirect() {
    const Currency eur = Currency::fromCode(u"EUR").value();
    // 2.5 x 0.01 = 0.025 -> 0.03
    const auto net = DocumentCalculator::lineNetAmount(line(u"2.5 0.01 1 S 19 - -"_s, eur), eur);
    QVERIFY_RESULT(net);
    QCOMPARE(net->minorUnits(), qint64{3});
    // Allowance in another currency is refused, naming the field.
    DocumentLine foreign = line(u"1 1 1 S 19 - -"_s, eur);
    foreign.allowance = Money::fromMinorUnits(1, Currency::fromCode(u"USD").value());
    const auto refused = DocumentCalculator::lineNetAmount(foreign, eur, u"lines[3]"_s);
    QVERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field, u"lines[3].allowance"_s);
}

void TestDocumentCalculator::taxAmountDirect_data() {
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("taxable");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("tax");

    // 1.00 x 19 % = 0.19
    QTest::newRow("simple") << u"EUR"_s << qint64{100} << u"19"_s << qint64{19};
    // 0.50 x 5 % = 0.025 -> 0.03
    QTest::newRow("half up") << u"EUR"_s << qint64{50} << u"5"_s << qint64{3};
    // -0.50 x 5 % = -0.025 -> -0.03
    QTest::newRow("half down") << u"EUR"_s << qint64{-50} << u"5"_s << qint64{-3};
    // 0.49 x 5 % = 0.0245 -> 0.02
    QTest::newRow("below half") << u"EUR"_s << qint64{49} << u"5"_s << qint64{2};
    // 123.45 x 7.7 % = 9.50565 -> 9.51
    QTest::newRow("7.7 %") << u"CHF"_s << qint64{12345} << u"7.7"_s << qint64{951};
    // 1 fils x 0.000001 % = 1e-8 fils -> 0
    QTest::newRow("tiny rate") << u"KWD"_s << qint64{1} << u"0.000001"_s << qint64{0};
    // qint64 max cents x 100 % = the same amount: the 128-bit product fits.
    QTest::newRow("maximum at 100 %") << u"EUR"_s << std::numeric_limits<qint64>::max() << u"100"_s
                                      << std::numeric_limits<qint64>::max();
}

void TestDocumentCalculator::taxAmountDirect() {
    QFETCH(QString, currency);
    QFETCH(qint64, taxable);
    QFETCH(QString, rate);
    QFETCH(qint64, tax);
    const Money amount = Money::fromMinorUnits(taxable, Currency::fromCode(currency).value());
    const auto result = DocumentCalculator::taxAmount(amount, dec(rate));
    QVERIFY_RESULT(result);
    QCOMPARE(result->minorUnits(), tax);
}

void TestDocumentCalculator::rejectsWhatTheArithmeticCannotUse() {
    Document noCurrency;
    QVERIFY_ERROR(DocumentCalculator::calculate(noCurrency), ErrorCode::InvalidInput);
    QCOMPARE(DocumentCalculator::calculate(noCurrency).error().field, u"currency"_s);

    Document doc = document(u"EUR"_s, u"invoice"_s, {u"1 10 1 S 19 - -"_s}, {}, {});
    doc.prepaidAmount = Money::fromMinorUnits(-1, doc.currency);
    QCOMPARE(DocumentCalculator::calculate(doc).error().field, u"prepaidAmount"_s);

    doc.prepaidAmount.reset();
    AllowanceCharge usd = adjustment(u"A 1.00 S 19"_s, doc.currency);
    usd.amount = Money::fromMinorUnits(100, Currency::fromCode(u"USD").value());
    doc.allowancesCharges = {usd};
    QCOMPARE(DocumentCalculator::calculate(doc).error().field, u"allowancesCharges[0].amount"_s);
}

QTEST_APPLESS_MAIN(TestDocumentCalculator)
#include "tst_documentcalculator.moc"
