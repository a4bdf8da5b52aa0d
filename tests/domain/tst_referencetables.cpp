// The code tables the domain validates against: ISO 3166 countries, UN/ECE
// Rec 20 units, VAT ID shape, tax categories and document codes.

#include "TestHelpers.h"

#include "domain/CountryCode.h"
#include "domain/DocumentLanguage.h"
#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "domain/TaxCategory.h"
#include "domain/UnitCode.h"
#include "domain/VatId.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

class TestReferenceTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countryCodes_data();
    void countryCodes();
    void countryTable();
    void euMembers();
    void unitCodes_data();
    void unitCodes();
    void unitTable();
    void vatIds_data();
    void vatIds();
    void taxCategoryCodes_data();
    void taxCategoryCodes();
    void taxRateRules_data();
    void taxRateRules();
    void documentCodes();
};

void TestReferenceTables::countryCodes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: invalid

    QTest::newRow("DE") << u"DE"_s << u"DE"_s;
    QTest::newRow("lower case") << u"fr"_s << u"FR"_s;
    QTest::newRow("Kosovo") << u"XK"_s << u"XK"_s;
    QTest::newRow("Aland") << u"AX"_s << u"AX"_s;
    QTest::newRow("Zimbabwe, last") << u"ZW"_s << u"ZW"_s;
    QTest::newRow("Andorra, first") << u"AD"_s << u"AD"_s;
    QTest::newRow("not assigned") << u"XX"_s << QString();
    QTest::newRow("Greek VAT prefix is no country") << u"EL"_s << QString();
    QTest::newRow("UK is not the code") << u"UK"_s << QString();
    QTest::newRow("alpha-3") << u"DEU"_s << QString();
    QTest::newRow("one letter") << u"D"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestReferenceTables::countryCodes() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto parsed = CountryCode::parse(input, u"country"_s);
    if (canonical.isEmpty()) {
        QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
        QCOMPARE(parsed.error().field, u"country"_s);
        return;
    }
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, canonical);
    QVERIFY(CountryCode::isKnown(canonical));
}

void TestReferenceTables::countryTable() {
    const QStringList codes = CountryCode::knownCodes();
    // 249 officially assigned ISO 3166-1 codes + XK.
    QCOMPARE(codes.size(), 250);
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY2(codes[i - 1] < codes[i], qPrintable(codes[i]));
    // isKnown takes the canonical (upper-case) form only.
    QVERIFY(!CountryCode::isKnown(u"de"));
}

void TestReferenceTables::euMembers() {
    QVERIFY(CountryCode::isEuMember(u"DE"));
    QVERIFY(CountryCode::isEuMember(u"GR"));
    QVERIFY(CountryCode::isEuMember(u"HR"));
    QVERIFY(!CountryCode::isEuMember(u"CH"));
    QVERIFY(!CountryCode::isEuMember(u"GB"));
    QVERIFY(!CountryCode::isEuMember(u"NO"));
}

void TestReferenceTables::unitCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");

    for (const char16_t* code : {u"HUR", u"DAY", u"C62", u"KGM", u"MTR", u"LTR", u"H87", u"MON",
                                 u"WEE", u"KMT", u"MIN", u"SET", u"PR", u"XPK", u"LS", u"ANN"})
        QTest::newRow(QString::fromUtf16(code).toLatin1().constData())
            << QString::fromUtf16(code) << true;
    QTest::newRow("lower case") << u"hur"_s << false;
    QTest::newRow("made up") << u"XYZ"_s << false;
    QTest::newRow("PCE is not Rec 20") << u"PCE"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestReferenceTables::unitCodes() {
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(UnitCode::isKnown(code), known);
    QCOMPARE(UnitCode::validate(code).has_value(), known);
    QCOMPARE(UnitCode::displayName(code, DocumentLanguage::English).isEmpty(), !known);
}

void TestReferenceTables::unitTable() {
    const QStringList codes = UnitCode::knownCodes();
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY2(codes[i - 1] < codes[i], qPrintable(codes[i]));
    QCOMPARE(UnitCode::displayName(u"HUR", DocumentLanguage::German), u"Stunde"_s);
    QCOMPARE(UnitCode::displayName(u"HUR", DocumentLanguage::English), u"hour"_s);
    const auto error = UnitCode::validate(u"XYZ", u"lines[0].unitCode"_s);
    QVERIFY_ERROR(error, ErrorCode::InvalidInput);
    QCOMPARE(error.error().field, u"lines[0].unitCode"_s);
}

void TestReferenceTables::vatIds_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: invalid

    QTest::newRow("DE") << u"DE123456789"_s << u"DE123456789"_s;
    QTest::newRow("spaces, lower case") << u"de 123 456 789"_s << u"DE123456789"_s;
    QTest::newRow("dots and dashes") << u"BE-0123.456.789"_s << u"BE0123456789"_s;
    QTest::newRow("Austria with letter") << u"ATU12345678"_s << u"ATU12345678"_s;
    QTest::newRow("Greece EL") << u"EL123456789"_s << u"EL123456789"_s;
    QTest::newRow("Northern Ireland XI") << u"XI123456789"_s << u"XI123456789"_s;
    QTest::newRow("Netherlands") << u"NL123456789B01"_s << u"NL123456789B01"_s;
    QTest::newRow("no prefix") << u"123456789"_s << QString();
    QTest::newRow("unknown prefix") << u"QQ123456789"_s << QString();
    QTest::newRow("too short") << u"DE1"_s << QString();
    QTest::newRow("too long") << u"DE12345678901234"_s << QString();
    QTest::newRow("bad character") << u"DE12345678!"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestReferenceTables::vatIds() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto parsed = VatId::parse(input);
    if (canonical.isEmpty()) {
        QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, canonical);
}

void TestReferenceTables::taxCategoryCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    for (const char16_t* code : {u"S", u"Z", u"E", u"AE", u"K", u"G", u"O"})
        QTest::newRow(QString::fromUtf16(code).toLatin1().constData())
            << QString::fromUtf16(code) << true;
    QTest::newRow("lower case") << u"s"_s << false;
    QTest::newRow("L (Canary Islands) not supported") << u"L"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestReferenceTables::taxCategoryCodes() {
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const auto parsed = parseTaxCategory(code);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(taxCategoryCode(*parsed), code);
}

void TestReferenceTables::taxRateRules_data() {
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<bool>("valid");

    QTest::newRow("S 19") << u"S"_s << u"19"_s << true;
    QTest::newRow("S 7.7") << u"S"_s << u"7.7"_s << true;
    QTest::newRow("S 100") << u"S"_s << u"100"_s << true;
    QTest::newRow("S 0") << u"S"_s << u"0"_s << false;
    QTest::newRow("S negative") << u"S"_s << u"-19"_s << false;
    QTest::newRow("S above 100") << u"S"_s << u"100.000001"_s << false;
    for (const char16_t* code : {u"Z", u"E", u"AE", u"K", u"G", u"O"}) {
        const QString c = QString::fromUtf16(code);
        QTest::newRow(qPrintable(c + u" 0"_s)) << c << u"0"_s << true;
        QTest::newRow(qPrintable(c + u" 7"_s)) << c << u"7"_s << false;
    }
}

void TestReferenceTables::taxRateRules() {
    QFETCH(QString, category);
    QFETCH(QString, rate);
    QFETCH(bool, valid);
    const auto status = validateTaxRate(parseTaxCategory(category).value(),
                                        Decimal::parse(rate).value(), u"taxRate"_s);
    QCOMPARE(status.has_value(), valid);
    if (!valid)
        QCOMPARE(status.error().field, u"taxRate"_s);
}

void TestReferenceTables::documentCodes() {
    for (const DocumentType type :
         {DocumentType::Invoice, DocumentType::CreditNote, DocumentType::Quote})
        QCOMPARE(parseDocumentType(documentTypeCode(type)).value(), type);
    QCOMPARE(documentTypeCode(DocumentType::CreditNote), u"credit_note"_s);
    QCOMPARE(en16931TypeCode(DocumentType::Invoice), std::optional<int>(380));
    QCOMPARE(en16931TypeCode(DocumentType::CreditNote), std::optional<int>(381));
    QVERIFY(!en16931TypeCode(DocumentType::Quote));
    QVERIFY(!parseDocumentType(u"Invoice").has_value());

    for (const DocumentStatus status :
         {DocumentStatus::Draft, DocumentStatus::Issued, DocumentStatus::Sent,
          DocumentStatus::PartiallyPaid, DocumentStatus::Paid, DocumentStatus::Voided,
          DocumentStatus::Accepted, DocumentStatus::Declined, DocumentStatus::Expired})
        QCOMPARE(parseDocumentStatus(documentStatusCode(status)).value(), status);
    QCOMPARE(documentStatusCode(DocumentStatus::PartiallyPaid), u"partially_paid"_s);
    QVERIFY(!parseDocumentStatus(u"open").has_value());

    QCOMPARE(parseDocumentLanguage(u"de").value(), DocumentLanguage::German);
    QCOMPARE(documentLanguageCode(DocumentLanguage::English), u"en"_s);
    QVERIFY(!parseDocumentLanguage(u"fr").has_value());
    QVERIFY(!parseDocumentLanguage(u"DE").has_value());
}

QTEST_APPLESS_MAIN(TestReferenceTables)
#include "tst_referencetables.moc"
