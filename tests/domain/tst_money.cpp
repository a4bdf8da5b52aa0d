// Currency table and Money text/arithmetic: exponent per currency, exact
// parsing, no rounding, overflow and currency mixing refused.

#include "TestHelpers.h"

#include "domain/Currency.h"
#include "domain/Money.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

namespace {

Currency currency(const QString& code) {
    return Currency::fromCode(code).value();
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void currencyExponent_data();
    void currencyExponent();
    void unknownCurrency_data();
    void unknownCurrency();
    void knownCodesAreSortedAndUnique();
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void formatMinorUnits_data();
    void formatMinorUnits();
    void fromDecimal_data();
    void fromDecimal();
    void arithmetic();
    void arithmeticErrors();
};

void TestMoney::currencyExponent_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("exponent");

    QTest::newRow("EUR") << u"EUR"_s << u"EUR"_s << 2;
    QTest::newRow("USD") << u"USD"_s << u"USD"_s << 2;
    QTest::newRow("GBP") << u"GBP"_s << u"GBP"_s << 2;
    QTest::newRow("CHF") << u"CHF"_s << u"CHF"_s << 2;
    QTest::newRow("HUF") << u"HUF"_s << u"HUF"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << u"JPY"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << u"KRW"_s << 0;
    QTest::newRow("ISK") << u"ISK"_s << u"ISK"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << u"BHD"_s << 3;
    QTest::newRow("OMR") << u"OMR"_s << u"OMR"_s << 3;
    QTest::newRow("JOD") << u"JOD"_s << u"JOD"_s << 3;
    QTest::newRow("TND") << u"TND"_s << u"TND"_s << 3;
    QTest::newRow("lower case") << u"jpy"_s << u"JPY"_s << 0;
}

void TestMoney::currencyExponent() {
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    QFETCH(int, exponent);
    const auto parsed = Currency::fromCode(code);
    QVERIFY_RESULT(parsed);
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->code(), canonical);
    QCOMPARE(parsed->exponent(), exponent);
}

void TestMoney::unknownCurrency_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("not assigned") << u"XYZ"_s;
    QTest::newRow("no currency code") << u"XXX"_s;
    QTest::newRow("too long") << u"EURO"_s;
    QTest::newRow("too short") << u"EU"_s;
    QTest::newRow("symbol") << u"€"_s;
}

void TestMoney::unknownCurrency() {
    QFETCH(QString, code);
    const auto parsed = Currency::fromCode(code, u"currency"_s);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, u"currency"_s);
    QVERIFY(!Currency::isKnown(code));
}

void TestMoney::knownCodesAreSortedAndUnique() {
    // The lookup is a binary search, so the table must stay sorted.
    const QStringList codes = Currency::knownCodes();
    QVERIFY(codes.size() > 50);
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY2(codes[i - 1] < codes[i], qPrintable(codes[i]));
    QVERIFY(!Currency().isValid());
}

void TestMoney::parse_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("EUR cents") << u"EUR"_s << u"1234.56"_s << qint64{123456} << u"1234.56"_s;
    QTest::newRow("EUR one digit") << u"EUR"_s << u"1234.5"_s << qint64{123450} << u"1234.50"_s;
    QTest::newRow("EUR integer") << u"EUR"_s << u"1234"_s << qint64{123400} << u"1234.00"_s;
    QTest::newRow("EUR negative cent") << u"EUR"_s << u"-0.01"_s << qint64{-1} << u"-0.01"_s;
    QTest::newRow("EUR zero") << u"EUR"_s << u"0"_s << qint64{0} << u"0.00"_s;
    QTest::newRow("EUR negative zero") << u"EUR"_s << u"-0.00"_s << qint64{0} << u"0.00"_s;
    QTest::newRow("KWD fils") << u"KWD"_s << u"-0.005"_s << qint64{-5} << u"-0.005"_s;
    QTest::newRow("KWD padded") << u"KWD"_s << u"12.5"_s << qint64{12500} << u"12.500"_s;
    QTest::newRow("JPY") << u"JPY"_s << u"1234"_s << qint64{1234} << u"1234"_s;
    QTest::newRow("JPY negative") << u"JPY"_s << u"-5"_s << qint64{-5} << u"-5"_s;
    // qint64 max = 9 223 372 036 854 775 807 cents.
    QTest::newRow("EUR maximum") << u"EUR"_s << u"92233720368547758.07"_s
                                 << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("EUR minimum") << u"EUR"_s << u"-92233720368547758.08"_s
                                 << std::numeric_limits<qint64>::min()
                                 << u"-92233720368547758.08"_s;
    QTest::newRow("JPY maximum") << u"JPY"_s << u"9223372036854775807"_s
                                 << std::numeric_limits<qint64>::max() << u"9223372036854775807"_s;
}

void TestMoney::parse() {
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(QString, formatted);
    const auto money = Money::parse(text, currency(code));
    QVERIFY_RESULT(money);
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency().code(), code);
    QCOMPARE(money->toString(), formatted);
}

void TestMoney::parseInvalid_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");

    QTest::newRow("EUR three digits") << u"EUR"_s << u"1.234"_s;
    QTest::newRow("EUR three digits, zero") << u"EUR"_s << u"1.230"_s;
    QTest::newRow("JPY fraction") << u"JPY"_s << u"1.5"_s;
    QTest::newRow("JPY zero fraction") << u"JPY"_s << u"1.0"_s;
    QTest::newRow("KWD four digits") << u"KWD"_s << u"0.0001"_s;
    QTest::newRow("empty") << u"EUR"_s << QString();
    QTest::newRow("junk") << u"EUR"_s << u"abc"_s;
    QTest::newRow("currency symbol") << u"EUR"_s << u"12.00€"_s;
    QTest::newRow("code prefix") << u"EUR"_s << u"EUR 12"_s;
    QTest::newRow("decimal comma") << u"EUR"_s << u"1,00"_s;
    QTest::newRow("plus") << u"EUR"_s << u"+1"_s;
    QTest::newRow("exponent") << u"EUR"_s << u"1e2"_s;
    QTest::newRow("space") << u"EUR"_s << u" 1"_s;
    QTest::newRow("EUR overflow") << u"EUR"_s << u"92233720368547758.08"_s;
    QTest::newRow("EUR negative overflow") << u"EUR"_s << u"-92233720368547758.09"_s;
    QTest::newRow("JPY overflow") << u"JPY"_s << u"9223372036854775808"_s;
    QTest::newRow("oversized") << u"EUR"_s << QString(41, u'1');
}

void TestMoney::parseInvalid() {
    QFETCH(QString, code);
    QFETCH(QString, text);
    const auto money = Money::parse(text, currency(code), u"amount"_s);
    QVERIFY_ERROR(money, ErrorCode::InvalidInput);
    QCOMPARE(money.error().field, u"amount"_s);
}

void TestMoney::formatMinorUnits_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("EUR") << u"EUR"_s << qint64{123456} << u"1234.56"_s;
    QTest::newRow("EUR one cent") << u"EUR"_s << qint64{1} << u"0.01"_s;
    QTest::newRow("EUR minus ten cents") << u"EUR"_s << qint64{-10} << u"-0.10"_s;
    QTest::newRow("KWD") << u"KWD"_s << qint64{-5} << u"-0.005"_s;
    QTest::newRow("KWD whole") << u"KWD"_s << qint64{3000} << u"3.000"_s;
    QTest::newRow("JPY") << u"JPY"_s << qint64{-1234} << u"-1234"_s;
    QTest::newRow("JPY zero") << u"JPY"_s << qint64{0} << u"0"_s;
}

void TestMoney::formatMinorUnits() {
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(QString, formatted);
    QCOMPARE(Money::fromMinorUnits(minor, currency(code)).toString(), formatted);
}

void TestMoney::fromDecimal_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("EUR exact") << u"EUR"_s << u"12.34"_s << true << qint64{1234};
    QTest::newRow("EUR too precise") << u"EUR"_s << u"12.345"_s << false << qint64{0};
    QTest::newRow("KWD exact") << u"KWD"_s << u"12.345"_s << true << qint64{12345};
    QTest::newRow("JPY exact") << u"JPY"_s << u"-12"_s << true << qint64{-12};
    QTest::newRow("JPY too precise") << u"JPY"_s << u"12.5"_s << false << qint64{0};
}

void TestMoney::fromDecimal() {
    QFETCH(QString, code);
    QFETCH(QString, decimal);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);
    const auto money = Money::fromDecimal(Decimal::parse(decimal).value(), currency(code));
    if (!ok) {
        QVERIFY_ERROR(money, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY_RESULT(money);
    QCOMPARE(money->minorUnits(), minor);
    // And back: the decimal value is unchanged.
    QCOMPARE(money->toDecimal()->toString(), Decimal::parse(decimal)->toString());
}

void TestMoney::arithmetic() {
    const Currency eur = currency(u"EUR"_s);
    const Money a = Money::parse(u"1.50"_s, eur).value();
    const Money b = Money::parse(u"2.75"_s, eur).value();
    // 1.50 + 2.75 = 4.25; 1.50 - 2.75 = -1.25
    QCOMPARE(a.add(b)->toString(), u"4.25"_s);
    QCOMPARE(a.subtract(b)->toString(), u"-1.25"_s);
    QCOMPARE(b.negated()->toString(), u"-2.75"_s);
    QVERIFY(a != b);
    QVERIFY(a == Money::fromMinorUnits(150, eur));
    // Same digits, different currency: not equal.
    QVERIFY(Money::fromMinorUnits(150, eur) != Money::fromMinorUnits(150, currency(u"USD"_s)));
}

void TestMoney::arithmeticErrors() {
    const Currency eur = currency(u"EUR"_s);
    const Money max = Money::fromMinorUnits(std::numeric_limits<qint64>::max(), eur);
    const Money min = Money::fromMinorUnits(std::numeric_limits<qint64>::min(), eur);
    const Money cent = Money::fromMinorUnits(1, eur);
    QVERIFY_ERROR(max.add(cent), ErrorCode::InvalidInput);
    QVERIFY_ERROR(min.subtract(cent), ErrorCode::InvalidInput);
    QVERIFY_ERROR(min.negated(), ErrorCode::InvalidInput);
    const auto mixed = cent.add(Money::fromMinorUnits(1, currency(u"JPY"_s)), u"total"_s);
    QVERIFY_ERROR(mixed, ErrorCode::InvalidInput);
    QCOMPARE(mixed.error().field, u"total"_s);
    QVERIFY_ERROR(Money::parse(u"1"_s, Currency()), ErrorCode::InvalidInput);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
