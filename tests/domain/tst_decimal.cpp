// Decimal parsing, canonical formatting and checked arithmetic, plus the one
// rounding rule (half away from zero) everything else builds on.

#include "TestHelpers.h"

#include "domain/CheckedArithmetic.h"
#include "domain/Decimal.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

class TestDecimal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseErrorNamesField();
    void toStringWithMinimumDigits_data();
    void toStringWithMinimumDigits();
    void fractionDigits_data();
    void fractionDigits();
    void arithmetic();
    void overflowIsAnError();
    void divideRoundHalfAwayFromZero_data();
    void divideRoundHalfAwayFromZero();
    void roundedQuotientPlus_data();
    void roundedQuotientPlus();
};

void TestDecimal::parseValid_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("scaled"); // value x 10^6
    QTest::addColumn<QString>("canonical");

    QTest::newRow("zero") << u"0"_s << qint64{0} << u"0"_s;
    QTest::newRow("negative zero") << u"-0"_s << qint64{0} << u"0"_s;
    QTest::newRow("negative zero with fraction") << u"-0.000"_s << qint64{0} << u"0"_s;
    QTest::newRow("integer") << u"12"_s << qint64{12'000'000} << u"12"_s;
    // -12.3456 x 10^6 = -12 345 600; trailing zeros dropped in the canonical form.
    QTest::newRow("trailing zeros") << u"-12.345600"_s << qint64{-12'345'600} << u"-12.3456"_s;
    QTest::newRow("smallest step") << u"0.000001"_s << qint64{1} << u"0.000001"_s;
    QTest::newRow("negative smallest step") << u"-0.000001"_s << qint64{-1} << u"-0.000001"_s;
    QTest::newRow("leading zeros") << u"007.50"_s << qint64{7'500'000} << u"7.5"_s;
    QTest::newRow("tax rate 7.7") << u"7.7"_s << qint64{7'700'000} << u"7.7"_s;
    QTest::newRow("six digits") << u"1.234567"_s << qint64{1'234'567} << u"1.234567"_s;
    // qint64 max = 9 223 372 036 854 775 807 millionths.
    QTest::newRow("maximum") << u"9223372036854.775807"_s << qint64{9'223'372'036'854'775'807}
                             << u"9223372036854.775807"_s;
    QTest::newRow("minimum") << u"-9223372036854.775808"_s << std::numeric_limits<qint64>::min()
                             << u"-9223372036854.775808"_s;
}

void TestDecimal::parseValid() {
    QFETCH(QString, text);
    QFETCH(qint64, scaled);
    QFETCH(QString, canonical);

    const auto parsed = Decimal::parse(text, u"quantity"_s);
    QVERIFY_RESULT(parsed);
    QCOMPARE(parsed->scaled(), scaled);
    QCOMPARE(parsed->toString(), canonical);
    // The canonical form parses back to the same value.
    QCOMPARE(Decimal::parse(canonical)->scaled(), scaled);
}

void TestDecimal::parseInvalid_data() {
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("plus sign") << u"+1"_s;
    QTest::newRow("seven fraction digits") << u"1.2345678"_s;
    QTest::newRow("seven digits, trailing zero") << u"1.0000000"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("decimal comma") << u"1,5"_s;
    QTest::newRow("group separator") << u"1'000"_s;
    QTest::newRow("underscore") << u"1_000"_s;
    QTest::newRow("leading space") << u" 1"_s;
    QTest::newRow("trailing space") << u"1 "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("bare point") << u"."_s;
    QTest::newRow("no integer part") << u".5"_s;
    QTest::newRow("no fraction after point") << u"5."_s;
    QTest::newRow("minus only") << u"-"_s;
    QTest::newRow("double minus") << u"--1"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("arabic-indic digit") << u"\u0663"_s;
    QTest::newRow("fullwidth digit") << u"\uFF11"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("infinity") << u"inf"_s;
    QTest::newRow("overflow by one step") << u"9223372036854.775808"_s;
    QTest::newRow("negative overflow by one step") << u"-9223372036854.775809"_s;
    QTest::newRow("fourteen integer digits") << u"99999999999999"_s;
    QTest::newRow("forty digits") << QString(40, u'9');
    QTest::newRow("oversized string") << QString(41, u'1');
    QTest::newRow("huge string") << QString(100000, u'1');
}

void TestDecimal::parseInvalid() {
    QFETCH(QString, text);
    QVERIFY_ERROR(Decimal::parse(text), ErrorCode::InvalidInput);
}

void TestDecimal::parseErrorNamesField() {
    const auto parsed = Decimal::parse(u"1.2345678"_s, u"lines[0].quantity"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().field, u"lines[0].quantity"_s);
    QVERIFY(!parsed.error().message.isEmpty());
    // A pasted megabyte is not echoed back in the message.
    const auto huge = Decimal::parse(QString(100000, u'7'));
    QVERIFY(!huge);
    QVERIFY(huge.error().message.size() < 200);
}

void TestDecimal::toStringWithMinimumDigits_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minDigits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pad to two") << u"12.5"_s << 2 << u"12.50"_s;
    QTest::newRow("keep extra digits") << u"12.345"_s << 2 << u"12.345"_s;
    QTest::newRow("integer padded") << u"-3"_s << 2 << u"-3.00"_s;
    QTest::newRow("six") << u"1"_s << 6 << u"1.000000"_s;
    QTest::newRow("zero digits") << u"1.5"_s << 0 << u"1.5"_s;
}

void TestDecimal::toStringWithMinimumDigits() {
    QFETCH(QString, text);
    QFETCH(int, minDigits);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(text)->toString(minDigits), expected);
}

void TestDecimal::fractionDigits_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("digits");

    QTest::newRow("integer") << u"2"_s << 0;
    QTest::newRow("trailing zero ignored") << u"1.50"_s << 1;
    QTest::newRow("two") << u"-0.05"_s << 2;
    QTest::newRow("six") << u"0.000001"_s << 6;
}

void TestDecimal::fractionDigits() {
    QFETCH(QString, text);
    QFETCH(int, digits);
    QCOMPARE(Decimal::parse(text)->fractionDigits(), digits);
}

void TestDecimal::arithmetic() {
    const Decimal a = *Decimal::parse(u"1.5"_s);
    const Decimal b = *Decimal::parse(u"0.000001"_s);
    // 1.5 + 0.000001 = 1.500001
    QCOMPARE(a.add(b)->toString(), u"1.500001"_s);
    // 1.5 - 0.000001 = 1.499999
    QCOMPARE(a.subtract(b)->toString(), u"1.499999"_s);
    QCOMPARE(a.negated()->toString(), u"-1.5"_s);
    QVERIFY(b < a);
    QVERIFY(a == *Decimal::parse(u"1.500"_s));
    QCOMPARE(Decimal::fromInteger(42)->toString(), u"42"_s);
    QCOMPARE(Decimal::fromScaled(Decimal::kScale).toString(), u"1"_s);
}

void TestDecimal::overflowIsAnError() {
    const Decimal max = Decimal::fromScaled(std::numeric_limits<qint64>::max());
    const Decimal min = Decimal::fromScaled(std::numeric_limits<qint64>::min());
    const Decimal step = Decimal::fromScaled(1);
    QVERIFY_ERROR(max.add(step, u"quantity"_s), ErrorCode::InvalidInput);
    QCOMPARE(max.add(step, u"quantity"_s).error().field, u"quantity"_s);
    QVERIFY_ERROR(min.subtract(step), ErrorCode::InvalidInput);
    QVERIFY_ERROR(min.negated(), ErrorCode::InvalidInput);
    QVERIFY_RESULT(max.negated());
    // 9 223 372 036 854 x 10^6 fits; one more whole unit does not.
    QVERIFY_RESULT(Decimal::fromInteger(9'223'372'036'854));
    QVERIFY_ERROR(Decimal::fromInteger(9'223'372'036'855), ErrorCode::InvalidInput);
}

void TestDecimal::divideRoundHalfAwayFromZero_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("2.5 -> 3") << qint64{5} << qint64{2} << qint64{3};
    QTest::newRow("-2.5 -> -3") << qint64{-5} << qint64{2} << qint64{-3};
    QTest::newRow("0.5 -> 1") << qint64{1} << qint64{2} << qint64{1};
    QTest::newRow("-0.5 -> -1") << qint64{-1} << qint64{2} << qint64{-1};
    QTest::newRow("1.333 -> 1") << qint64{4} << qint64{3} << qint64{1};
    QTest::newRow("1.667 -> 2") << qint64{5} << qint64{3} << qint64{2};
    QTest::newRow("-1.333 -> -1") << qint64{-4} << qint64{3} << qint64{-1};
    QTest::newRow("-1.667 -> -2") << qint64{-5} << qint64{3} << qint64{-2};
    QTest::newRow("0.333 -> 0") << qint64{1} << qint64{3} << qint64{0};
    QTest::newRow("-0.333 -> 0") << qint64{-1} << qint64{3} << qint64{0};
    QTest::newRow("exact") << qint64{-12} << qint64{4} << qint64{-3};
    QTest::newRow("zero") << qint64{0} << qint64{7} << qint64{0};
    // 0.4999999 stays below the half.
    QTest::newRow("just below half") << qint64{4'999'999} << qint64{10'000'000} << qint64{0};
}

void TestDecimal::divideRoundHalfAwayFromZero() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    const Int128 result = checked::divideRoundHalfAwayFromZero(numerator, denominator);
    QCOMPARE(checked::toInt64(result).value(), expected);
}

void TestDecimal::roundedQuotientPlus_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("addend");
    QTest::addColumn<qint64>("expected");

    // 5/2 - 10 = -7.5 -> -8 (rounding 2.5 first would give 3 - 10 = -7).
    QTest::newRow("crosses zero downwards") << qint64{5} << qint64{2} << qint64{-10} << qint64{-8};
    // -5/2 + 10 = 7.5 -> 8
    QTest::newRow("crosses zero upwards") << qint64{-5} << qint64{2} << qint64{10} << qint64{8};
    QTest::newRow("no addend") << qint64{5} << qint64{2} << qint64{0} << qint64{3};
    // 1/2 - 1 = -0.5 -> -1
    QTest::newRow("minus half") << qint64{1} << qint64{2} << qint64{-1} << qint64{-1};
    // 1/4 - 1 = -0.75 -> -1
    QTest::newRow("minus three quarters") << qint64{1} << qint64{4} << qint64{-1} << qint64{-1};
    // 3/4 - 1 = -0.25 -> 0
    QTest::newRow("minus a quarter") << qint64{3} << qint64{4} << qint64{-1} << qint64{0};
    // -3/4 + 1 = 0.25 -> 0
    QTest::newRow("plus a quarter") << qint64{-3} << qint64{4} << qint64{1} << qint64{0};
    // 7/2 + 3 = 6.5 -> 7
    QTest::newRow("same signs") << qint64{7} << qint64{2} << qint64{3} << qint64{7};
}

void TestDecimal::roundedQuotientPlus() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, addend);
    QFETCH(qint64, expected);
    const Int128 result = checked::roundedQuotientPlus(numerator, denominator, addend);
    QCOMPARE(checked::toInt64(result).value(), expected);
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
