// IBAN (ISO 13616 mod-97, registry lengths, normalisation) and BIC format.

#include "TestHelpers.h"

#include "domain/Bic.h"
#include "domain/Iban.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

class TestIban : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validIban_data();
    void validIban();
    void invalidIban_data();
    void invalidIban();
    void expectedLength();
    void validBic_data();
    void validBic();
    void invalidBic_data();
    void invalidBic();
};

void TestIban::validIban_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("electronic");
    QTest::addColumn<QString>("formatted");

    // Published example IBANs (national banking associations / ECBS).
    QTest::newRow("DE") << u"DE89370400440532013000"_s << u"DE89370400440532013000"_s
                        << u"DE89 3704 0044 0532 0130 00"_s;
    QTest::newRow("GB") << u"GB82WEST12345698765432"_s << u"GB82WEST12345698765432"_s
                        << u"GB82 WEST 1234 5698 7654 32"_s;
    QTest::newRow("FR") << u"FR1420041010050500013M02606"_s << u"FR1420041010050500013M02606"_s
                        << u"FR14 2004 1010 0505 0001 3M02 606"_s;
    QTest::newRow("NL") << u"NL91ABNA0417164300"_s << u"NL91ABNA0417164300"_s
                        << u"NL91 ABNA 0417 1643 00"_s;
    QTest::newRow("CH") << u"CH9300762011623852957"_s << u"CH9300762011623852957"_s
                        << u"CH93 0076 2011 6238 5295 7"_s;
    QTest::newRow("AT") << u"AT611904300234573201"_s << u"AT611904300234573201"_s
                        << u"AT61 1904 3002 3457 3201"_s;
    QTest::newRow("BE") << u"BE68539007547034"_s << u"BE68539007547034"_s
                        << u"BE68 5390 0754 7034"_s;
    QTest::newRow("NO, shortest") << u"NO9386011117947"_s << u"NO9386011117947"_s
                                  << u"NO93 8601 1117 947"_s;
    QTest::newRow("ES") << u"ES9121000418450200051332"_s << u"ES9121000418450200051332"_s
                        << u"ES91 2100 0418 4502 0005 1332"_s;
    QTest::newRow("IT") << u"IT60X0542811101000000123456"_s << u"IT60X0542811101000000123456"_s
                        << u"IT60 X054 2811 1010 0000 0123 456"_s;
    QTest::newRow("spaces and lower case")
        << u"de89 3704 0044 0532 0130 00"_s << u"DE89370400440532013000"_s
        << u"DE89 3704 0044 0532 0130 00"_s;
    QTest::newRow("no-break spaces")
        << u"GB82\u00A0WEST\u00A012345698765432"_s << u"GB82WEST12345698765432"_s
        << u"GB82 WEST 1234 5698 7654 32"_s;
}

void TestIban::validIban() {
    QFETCH(QString, input);
    QFETCH(QString, electronic);
    QFETCH(QString, formatted);
    const auto iban = Iban::parse(input);
    QVERIFY_RESULT(iban);
    QCOMPARE(iban->electronic(), electronic);
    QCOMPARE(iban->formatted(), formatted);
    QCOMPARE(iban->countryCode(), electronic.left(2));
    QVERIFY(Iban::isValid(input));
}

void TestIban::invalidIban_data() {
    QTest::addColumn<QString>("input");

    // Mod-97 catches every single-digit substitution and every swap of two
    // adjacent digits, so these are certain to fail.
    QTest::newRow("one digit changed") << u"DE89370400440532013001"_s;
    QTest::newRow("adjacent digits swapped") << u"DE89370400440532031000"_s;
    QTest::newRow("check digits changed") << u"DE88370400440532013000"_s;
    QTest::newRow("GB last digit changed") << u"GB82WEST12345698765433"_s;
    QTest::newRow("check digits 00") << u"DE00370400440532013000"_s;
    QTest::newRow("too short for DE") << u"DE8937040044053201300"_s;
    QTest::newRow("too long for DE") << u"DE893704004405320130000"_s;
    QTest::newRow("unknown country") << u"XX89370400440532013000"_s;
    QTest::newRow("US has no IBAN") << u"US64SVBKUS6S3300958879"_s;
    QTest::newRow("hyphens") << u"DE89-3704-0044-0532-0130-00"_s;
    QTest::newRow("punctuation") << u"DE89370400440532013000!"_s;
    QTest::newRow("letters as check digits") << u"DEAB370400440532013000"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"    "_s;
    QTest::newRow("oversized") << QString(65, u'1');
}

void TestIban::invalidIban() {
    QFETCH(QString, input);
    const auto iban = Iban::parse(input, u"iban"_s);
    QVERIFY_ERROR(iban, ErrorCode::InvalidInput);
    QCOMPARE(iban.error().field, u"iban"_s);
    QVERIFY(!Iban::isValid(input));
}

void TestIban::expectedLength() {
    QCOMPARE(Iban::expectedLength(u"DE"), 22);
    QCOMPARE(Iban::expectedLength(u"NO"), 15);
    QCOMPARE(Iban::expectedLength(u"MT"), 31);
    QCOMPARE(Iban::expectedLength(u"US"), 0);
    QCOMPARE(Iban::expectedLength(u"de"), 0);
}

void TestIban::validBic_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    QTest::newRow("8 characters") << u"DEUTDEFF"_s << u"DEUTDEFF"_s;
    QTest::newRow("with branch") << u"DEUTDEFF500"_s << u"DEUTDEFF500"_s;
    QTest::newRow("XXX branch") << u"COBADEFFXXX"_s << u"COBADEFFXXX"_s;
    QTest::newRow("FR") << u"BNPAFRPP"_s << u"BNPAFRPP"_s;
    QTest::newRow("ZA") << u"NEDSZAJJXXX"_s << u"NEDSZAJJXXX"_s;
    QTest::newRow("spaces and lower case") << u"deut de ff"_s << u"DEUTDEFF"_s;
}

void TestIban::validBic() {
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto bic = Bic::parse(input);
    QVERIFY_RESULT(bic);
    QCOMPARE(bic->code(), code);
    QCOMPARE(bic->countryCode(), code.mid(4, 2));
}

void TestIban::invalidBic_data() {
    QTest::addColumn<QString>("input");

    QTest::newRow("7 characters") << u"DEUTDEF"_s;
    QTest::newRow("9 characters") << u"DEUTDEFF5"_s;
    QTest::newRow("10 characters") << u"DEUTDEFF50"_s;
    QTest::newRow("12 characters") << u"DEUTDEFF5000"_s;
    QTest::newRow("digit in institution") << u"DEU1DEFF"_s;
    QTest::newRow("digit in country") << u"DEUTD1FF"_s;
    QTest::newRow("unknown country") << u"DEUTXXFF"_s;
    QTest::newRow("punctuation") << u"DEUTDEF!"_s;
    QTest::newRow("empty") << QString();
}

void TestIban::invalidBic() {
    QFETCH(QString, input);
    QVERIFY_ERROR(Bic::parse(input), ErrorCode::InvalidInput);
    QVERIFY(!Bic::isValid(input));
}

QTEST_APPLESS_MAIN(TestIban)
#include "tst_iban.moc"
