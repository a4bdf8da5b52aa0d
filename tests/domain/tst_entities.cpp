// Validation of the entity value types: BusinessProfile, Client, Product and
// Document (draft-level validate() and validateForIssue()).

#include "TestHelpers.h"

#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/Document.h"
#include "domain/Product.h"

#include <QObject>
#include <QTest>

#include <functional>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

namespace {

Currency eur() {
    return Currency::fromCode(u"EUR").value();
}

Decimal dec(QStringView text) {
    return Decimal::parse(text).value();
}

BusinessProfile validProfile() {
    BusinessProfile p;
    p.legalName = u"Muster Design GmbH"_s;
    p.address.lines = {u"Hauptstraße 1"_s};
    p.address.postalCode = u"10115"_s;
    p.address.city = u"Berlin"_s;
    p.address.country = u"DE"_s;
    p.vatId = u"DE123456789"_s;
    p.email = u"billing@example.com"_s;
    p.phone = u"+49 30 1234567"_s;
    p.iban = u"DE89 3704 0044 0532 0130 00"_s;
    p.bic = u"COBADEFFXXX"_s;
    p.defaultCurrency = eur();
    return p;
}

Client validClient() {
    Client c;
    c.uuid = QUuid::createUuid();
    c.name = u"Example Ltd"_s;
    c.billingAddress.lines = {u"1 High Street"_s};
    c.billingAddress.city = u"London"_s;
    c.billingAddress.country = u"GB"_s;
    c.email = u"ap@example.co.uk"_s;
    return c;
}

Product validProduct() {
    Product p;
    p.uuid = QUuid::createUuid();
    p.name = u"Consulting"_s;
    p.unitCode = u"HUR"_s;
    p.unitPrice = dec(u"95.5");
    p.taxCategory = TaxCategory::StandardRate;
    p.taxRate = dec(u"19");
    return p;
}

DocumentLine validLine() {
    DocumentLine l;
    l.description = u"Consulting"_s;
    l.quantity = dec(u"8");
    l.unitCode = u"HUR"_s;
    l.unitPrice = dec(u"95.5");
    l.taxCategory = TaxCategory::StandardRate;
    l.taxRate = dec(u"19");
    return l;
}

// An invoice ready to be issued: 8 x 95.50 = 764.00 + 19 % (145.16) = 909.16.
Document validInvoice() {
    Document d;
    d.uuid = QUuid::createUuid();
    d.number = u"INV-2025-0001"_s;
    d.issueDate = QDate(2025, 3, 1);
    d.dueDate = QDate(2025, 3, 15);
    d.currency = eur();
    d.lines = {validLine()};
    d.sellerSnapshot = validProfile();
    d.buyerSnapshot = validClient();
    d.clientUuid = d.buyerSnapshot->uuid;
    return d;
}

QByteArray png() {
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0');
}

} // namespace

using ProfileEdit = std::function<void(BusinessProfile&)>;
using ClientEdit = std::function<void(Client&)>;
using ProductEdit = std::function<void(Product&)>;
using DocumentEdit = std::function<void(Document&)>;
Q_DECLARE_METATYPE(ProfileEdit)
Q_DECLARE_METATYPE(ClientEdit)
Q_DECLARE_METATYPE(ProductEdit)
Q_DECLARE_METATYPE(DocumentEdit)

class TestEntities : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void businessProfile_data();
    void businessProfile();
    void businessProfileNormalized();
    void client_data();
    void client();
    void product_data();
    void product();
    void documentValidate_data();
    void documentValidate();
    void documentValidateForIssue_data();
    void documentValidateForIssue();
};

void TestEntities::businessProfile_data() {
    QTest::addColumn<ProfileEdit>("edit");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::newRow("valid") << ProfileEdit([](BusinessProfile&) {}) << QString();
    QTest::newRow("valid with PNG logo")
        << ProfileEdit([](BusinessProfile& p) { p.logo = png(); }) << QString();
    QTest::newRow("valid JPEG logo") << ProfileEdit([](BusinessProfile& p) {
        p.logo = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(16, '\0');
    }) << QString();
    QTest::newRow("valid without optional fields") << ProfileEdit([](BusinessProfile& p) {
        p.vatId.clear();
        p.email.clear();
        p.phone.clear();
        p.iban.clear();
        p.bic.clear();
    }) << QString();
    QTest::newRow("no legal name")
        << ProfileEdit([](BusinessProfile& p) { p.legalName = u"  "_s; }) << u"legalName"_s;
    QTest::newRow("legal name too long")
        << ProfileEdit([](BusinessProfile& p) { p.legalName = QString(201, u'x'); })
        << u"legalName"_s;
    QTest::newRow("no street") << ProfileEdit([](BusinessProfile& p) { p.address.lines.clear(); })
                               << u"address.lines"_s;
    QTest::newRow("four address lines") << ProfileEdit([](BusinessProfile& p) {
        p.address.lines = {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    }) << u"address.lines"_s;
    QTest::newRow("no city") << ProfileEdit([](BusinessProfile& p) { p.address.city.clear(); })
                             << u"address.city"_s;
    QTest::newRow("unknown country")
        << ProfileEdit([](BusinessProfile& p) { p.address.country = u"XX"_s; })
        << u"address.country"_s;
    QTest::newRow("lower-case country")
        << ProfileEdit([](BusinessProfile& p) { p.address.country = u"de"_s; })
        << u"address.country"_s;
    QTest::newRow("bad VAT ID") << ProfileEdit([](BusinessProfile& p) { p.vatId = u"12345"_s; })
                                << u"vatId"_s;
    QTest::newRow("bad IBAN") << ProfileEdit([](BusinessProfile& p) {
        p.iban = u"DE89370400440532013001"_s;
    }) << u"iban"_s;
    QTest::newRow("bad BIC") << ProfileEdit([](BusinessProfile& p) { p.bic = u"DEUTDE"_s; })
                             << u"bic"_s;
    QTest::newRow("bad email") << ProfileEdit([](BusinessProfile& p) { p.email = u"billing@"_s; })
                               << u"email"_s;
    QTest::newRow("email without domain dot")
        << ProfileEdit([](BusinessProfile& p) { p.email = u"a@localhost"_s; }) << u"email"_s;
    QTest::newRow("bad phone") << ProfileEdit([](BusinessProfile& p) { p.phone = u"call me"_s; })
                               << u"phone"_s;
    QTest::newRow("no currency") << ProfileEdit([](BusinessProfile& p) {
        p.defaultCurrency = Currency();
    }) << u"defaultCurrency"_s;
    QTest::newRow("payment terms 366")
        << ProfileEdit([](BusinessProfile& p) { p.defaultPaymentTermsDays = 366; })
        << u"defaultPaymentTermsDays"_s;
    QTest::newRow("negative payment terms")
        << ProfileEdit([](BusinessProfile& p) { p.defaultPaymentTermsDays = -1; })
        << u"defaultPaymentTermsDays"_s;
    QTest::newRow("logo not an image")
        << ProfileEdit([](BusinessProfile& p) { p.logo = QByteArray("GIF89a"); }) << u"logo"_s;
    QTest::newRow("logo too large") << ProfileEdit([](BusinessProfile& p) {
        p.logo = png() + QByteArray(BusinessProfile::kMaxLogoBytes, '\0');
    }) << u"logo"_s;
}

void TestEntities::businessProfile() {
    QFETCH(ProfileEdit, edit);
    QFETCH(QString, field);
    BusinessProfile profile = validProfile();
    edit(profile);
    const Status status = profile.validate();
    if (field.isEmpty()) {
        QVERIFY_RESULT(status);
        return;
    }
    QVERIFY_ERROR(status, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
}

void TestEntities::businessProfileNormalized() {
    BusinessProfile p = validProfile();
    p.vatId = u"de 123 456 789"_s;
    p.bic = u"coba de ff xxx"_s;
    p.address.country = u"de"_s;
    const BusinessProfile n = p.normalized();
    QCOMPARE(n.iban, u"DE89370400440532013000"_s);
    QCOMPARE(n.bic, u"COBADEFFXXX"_s);
    QCOMPARE(n.vatId, u"DE123456789"_s);
    QCOMPARE(n.address.country, u"DE"_s);
    QVERIFY_RESULT(n.validate());
}

void TestEntities::client_data() {
    QTest::addColumn<ClientEdit>("edit");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << ClientEdit([](Client&) {}) << QString();
    QTest::newRow("valid with only a country") << ClientEdit([](Client& c) {
        c.billingAddress.lines.clear();
        c.billingAddress.city.clear();
        c.email.clear();
    }) << QString();
    QTest::newRow("valid with defaults set") << ClientEdit([](Client& c) {
        c.defaultCurrency = Currency::fromCode(u"GBP").value();
        c.paymentTermsDays = 30;
        c.language = DocumentLanguage::German;
    }) << QString();
    QTest::newRow("null uuid") << ClientEdit([](Client& c) { c.uuid = QUuid(); }) << u"uuid"_s;
    QTest::newRow("no name") << ClientEdit([](Client& c) { c.name.clear(); }) << u"name"_s;
    QTest::newRow("no country") << ClientEdit([](Client& c) { c.billingAddress.country.clear(); })
                                << u"billingAddress.country"_s;
    QTest::newRow("bad VAT ID") << ClientEdit([](Client& c) { c.vatId = u"GB"_s; }) << u"vatId"_s;
    QTest::newRow("bad email") << ClientEdit([](Client& c) { c.email = u"a b@c.de"_s; })
                               << u"email"_s;
    QTest::newRow("invalid default currency")
        << ClientEdit([](Client& c) { c.defaultCurrency = Currency(); }) << u"defaultCurrency"_s;
    QTest::newRow("negative terms")
        << ClientEdit([](Client& c) { c.paymentTermsDays = -1; }) << u"paymentTermsDays"_s;
    QTest::newRow("notes too long")
        << ClientEdit([](Client& c) { c.notes = QString(10001, u'n'); }) << u"notes"_s;
}

void TestEntities::client() {
    QFETCH(ClientEdit, edit);
    QFETCH(QString, field);
    Client c = validClient();
    edit(c);
    const Status status = c.validate();
    if (field.isEmpty()) {
        QVERIFY_RESULT(status);
        return;
    }
    QVERIFY_ERROR(status, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
}

void TestEntities::product_data() {
    QTest::addColumn<ProductEdit>("edit");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << ProductEdit([](Product&) {}) << QString();
    QTest::newRow("valid exempt") << ProductEdit([](Product& p) {
        p.taxCategory = TaxCategory::Exempt;
        p.taxRate = Decimal();
    }) << QString();
    QTest::newRow("valid free item")
        << ProductEdit([](Product& p) { p.unitPrice = Decimal(); }) << QString();
    QTest::newRow("null uuid") << ProductEdit([](Product& p) { p.uuid = QUuid(); }) << u"uuid"_s;
    QTest::newRow("no name") << ProductEdit([](Product& p) { p.name.clear(); }) << u"name"_s;
    QTest::newRow("unknown unit") << ProductEdit([](Product& p) { p.unitCode = u"XYZ"_s; })
                                  << u"unitCode"_s;
    QTest::newRow("negative price")
        << ProductEdit([](Product& p) { p.unitPrice = dec(u"-1"); }) << u"unitPrice"_s;
    QTest::newRow("S at 0 %") << ProductEdit([](Product& p) { p.taxRate = Decimal(); })
                              << u"taxRate"_s;
    QTest::newRow("Z at 7 %") << ProductEdit([](Product& p) {
        p.taxCategory = TaxCategory::ZeroRated;
        p.taxRate = dec(u"7");
    }) << u"taxRate"_s;
}

void TestEntities::product() {
    QFETCH(ProductEdit, edit);
    QFETCH(QString, field);
    Product p = validProduct();
    edit(p);
    const Status status = p.validate();
    if (field.isEmpty()) {
        QVERIFY_RESULT(status);
        return;
    }
    QVERIFY_ERROR(status, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
}

void TestEntities::documentValidate_data() {
    QTest::addColumn<DocumentEdit>("edit");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << DocumentEdit([](Document&) {}) << QString();
    QTest::newRow("empty draft is fine") << DocumentEdit([](Document& d) {
        d.number.clear();
        d.lines.clear();
        d.sellerSnapshot.reset();
        d.buyerSnapshot.reset();
        d.issueDate = QDate();
    }) << QString();
    QTest::newRow("credit note may have a negative line") << DocumentEdit([](Document& d) {
        d.type = DocumentType::CreditNote;
        d.correctedInvoiceNumber = u"INV-2025-0001"_s;
        d.lines.append(validLine());
        d.lines.last().quantity = dec(u"-1");
    }) << QString();
    QTest::newRow("null uuid") << DocumentEdit([](Document& d) { d.uuid = QUuid(); }) << u"uuid"_s;
    QTest::newRow("invoice with negative quantity")
        << DocumentEdit([](Document& d) { d.lines[0].quantity = dec(u"-1"); })
        << u"lines[0].quantity"_s;
    QTest::newRow("quote with negative quantity") << DocumentEdit([](Document& d) {
        d.type = DocumentType::Quote;
        d.lines[0].quantity = dec(u"-1");
    }) << u"lines[0].quantity"_s;
    QTest::newRow("negative unit price")
        << DocumentEdit([](Document& d) { d.lines[0].unitPrice = dec(u"-0.01"); })
        << u"lines[0].unitPrice"_s;
    QTest::newRow("line without description")
        << DocumentEdit([](Document& d) { d.lines[0].description.clear(); })
        << u"lines[0].description"_s;
    QTest::newRow("line with unknown unit")
        << DocumentEdit([](Document& d) { d.lines[0].unitCode = u"PCE"_s; })
        << u"lines[0].unitCode"_s;
    QTest::newRow("line allowance of zero")
        << DocumentEdit([](Document& d) { d.lines[0].allowance = Money::fromMinorUnits(0, eur()); })
        << u"lines[0].allowance"_s;
    QTest::newRow("quote cannot be issued") << DocumentEdit([](Document& d) {
        d.type = DocumentType::Quote;
        d.status = DocumentStatus::Issued;
    }) << u"status"_s;
    QTest::newRow("invoice cannot be accepted")
        << DocumentEdit([](Document& d) { d.status = DocumentStatus::Accepted; }) << u"status"_s;
    QTest::newRow("no currency") << DocumentEdit([](Document& d) { d.currency = Currency(); })
                                 << u"currency"_s;
    QTest::newRow("due before issue")
        << DocumentEdit([](Document& d) { d.dueDate = QDate(2025, 2, 28); }) << u"dueDate"_s;
    QTest::newRow("allowance in another currency") << DocumentEdit([](Document& d) {
        AllowanceCharge a;
        a.amount = Money::fromMinorUnits(100, Currency::fromCode(u"USD").value());
        a.reason = u"Discount"_s;
        a.taxRate = dec(u"19");
        d.allowancesCharges.append(a);
    }) << u"allowancesCharges[0].amount"_s;
    QTest::newRow("allowance without reason") << DocumentEdit([](Document& d) {
        AllowanceCharge a;
        a.amount = Money::fromMinorUnits(100, eur());
        a.taxRate = dec(u"19");
        d.allowancesCharges.append(a);
    }) << u"allowancesCharges[0].reason"_s;
    QTest::newRow("payments on a draft") << DocumentEdit([](Document& d) {
        d.payments.append(Payment{QDate(2025, 3, 2), Money::fromMinorUnits(100, eur()), {}, {}});
    }) << u"payments"_s;
    QTest::newRow("payment without date") << DocumentEdit([](Document& d) {
        d.status = DocumentStatus::Sent;
        d.payments.append(Payment{QDate(), Money::fromMinorUnits(100, eur()), {}, {}});
    }) << u"payments[0].date"_s;
    QTest::newRow("corrected invoice on an invoice")
        << DocumentEdit([](Document& d) { d.correctedInvoiceNumber = u"INV-1"_s; })
        << u"correctedInvoiceNumber"_s;
    QTest::newRow("negative prepaid")
        << DocumentEdit([](Document& d) { d.prepaidAmount = Money::fromMinorUnits(-1, eur()); })
        << u"prepaidAmount"_s;
    QTest::newRow("exemption reason for S") << DocumentEdit([](Document& d) {
        d.exemptionReasons.insert(TaxCategory::StandardRate, u"why"_s);
    }) << u"exemptionReasons.S"_s;
    QTest::newRow("number too long")
        << DocumentEdit([](Document& d) { d.number = QString(65, u'1'); }) << u"number"_s;
    QTest::newRow("invalid seller snapshot")
        << DocumentEdit([](Document& d) { d.sellerSnapshot->iban = u"DE00"_s; })
        << u"sellerSnapshot.iban"_s;
}

void TestEntities::documentValidate() {
    QFETCH(DocumentEdit, edit);
    QFETCH(QString, field);
    Document d = validInvoice();
    edit(d);
    const Status status = d.validate();
    if (field.isEmpty()) {
        QVERIFY_RESULT(status);
        return;
    }
    QVERIFY_ERROR(status, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
}

void TestEntities::documentValidateForIssue_data() {
    QTest::addColumn<DocumentEdit>("edit");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid invoice") << DocumentEdit([](Document&) {}) << QString();
    QTest::newRow("payment terms instead of due date") << DocumentEdit([](Document& d) {
        d.dueDate = QDate();
        d.paymentTermsText = u"Payable within 14 days."_s;
    }) << QString();
    QTest::newRow("small business, tax number only, S lines ignored")
        << DocumentEdit([](Document& d) {
               d.sellerSnapshot->smallBusinessExemption = true;
               d.sellerSnapshot->vatId.clear();
               d.sellerSnapshot->taxNumber = u"12/345/67890"_s;
           })
        << QString();
    QTest::newRow("exempt with reason") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::Exempt;
        d.lines[0].taxRate = Decimal();
        d.exemptionReasons.insert(TaxCategory::Exempt, u"§ 4 Nr. 21 UStG"_s);
    }) << QString();
    QTest::newRow("reverse charge with both VAT IDs") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::ReverseCharge;
        d.lines[0].taxRate = Decimal();
        d.buyerSnapshot->vatId = u"FR12345678901"_s;
    }) << QString();
    QTest::newRow("credit note referencing the invoice") << DocumentEdit([](Document& d) {
        d.type = DocumentType::CreditNote;
        d.correctedInvoiceNumber = u"INV-2025-0001"_s;
    }) << QString();
    QTest::newRow("quote") << DocumentEdit([](Document& d) {
        d.type = DocumentType::Quote;
        d.dueDate = QDate();
    }) << QString();
    QTest::newRow("outside scope needs no seller tax ID") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::OutsideScope;
        d.lines[0].taxRate = Decimal();
        d.sellerSnapshot->vatId.clear();
    }) << QString();

    QTest::newRow("no number") << DocumentEdit([](Document& d) { d.number.clear(); })
                               << u"number"_s;
    QTest::newRow("no issue date")
        << DocumentEdit([](Document& d) { d.issueDate = QDate(); }) << u"issueDate"_s;
    QTest::newRow("no lines") << DocumentEdit([](Document& d) { d.lines.clear(); }) << u"lines"_s;
    QTest::newRow("no seller") << DocumentEdit([](Document& d) { d.sellerSnapshot.reset(); })
                               << u"sellerSnapshot"_s;
    QTest::newRow("no buyer") << DocumentEdit([](Document& d) { d.buyerSnapshot.reset(); })
                              << u"buyerSnapshot"_s;
    QTest::newRow("seller without VAT ID or tax number")
        << DocumentEdit([](Document& d) { d.sellerSnapshot->vatId.clear(); })
        << u"sellerSnapshot.vatId"_s;
    QTest::newRow("small business still needs a tax number") << DocumentEdit([](Document& d) {
        d.sellerSnapshot->smallBusinessExemption = true;
        d.sellerSnapshot->vatId.clear();
    }) << u"sellerSnapshot.vatId"_s;
    QTest::newRow("exempt without reason") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::Exempt;
        d.lines[0].taxRate = Decimal();
    }) << u"exemptionReasons.E"_s;
    QTest::newRow("reverse charge without buyer VAT ID") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::ReverseCharge;
        d.lines[0].taxRate = Decimal();
    }) << u"buyerSnapshot.vatId"_s;
    QTest::newRow("intra-community supply without seller VAT ID") << DocumentEdit([](Document& d) {
        d.lines[0].taxCategory = TaxCategory::IntraCommunitySupply;
        d.lines[0].taxRate = Decimal();
        d.sellerSnapshot->vatId.clear();
        d.sellerSnapshot->taxNumber = u"12/345/67890"_s;
        d.buyerSnapshot->vatId = u"FR12345678901"_s;
    }) << u"sellerSnapshot.vatId"_s;
    QTest::newRow("credit note without corrected invoice")
        << DocumentEdit([](Document& d) { d.type = DocumentType::CreditNote; })
        << u"correctedInvoiceNumber"_s;
    // 764.00 net - 800.00 allowance = -36.00; tax -6.84; total -42.84 < 0.
    QTest::newRow("negative invoice total") << DocumentEdit([](Document& d) {
        AllowanceCharge a;
        a.amount = Money::fromMinorUnits(80000, eur());
        a.reason = u"Goodwill"_s;
        a.taxRate = dec(u"19");
        d.allowancesCharges.append(a);
    }) << u"lines"_s;
    // Grand total 909.16 (764.00 + 145.16); prepaid 909.17 exceeds it.
    QTest::newRow("prepaid above total")
        << DocumentEdit([](Document& d) { d.prepaidAmount = Money::fromMinorUnits(90917, eur()); })
        << u"prepaidAmount"_s;
    QTest::newRow("no due date and no terms")
        << DocumentEdit([](Document& d) { d.dueDate = QDate(); }) << u"dueDate"_s;
    // Fully prepaid (909.16): nothing due, so no due date needed.
    QTest::newRow("fully prepaid needs no due date") << DocumentEdit([](Document& d) {
        d.dueDate = QDate();
        d.prepaidAmount = Money::fromMinorUnits(90916, eur());
    }) << QString();
    QTest::newRow("overflowing line") << DocumentEdit([](Document& d) {
        d.lines[0].quantity = dec(u"9223372036854");
        d.lines[0].unitPrice = dec(u"9223372036854");
    }) << u"lines[0]"_s;
}

void TestEntities::documentValidateForIssue() {
    QFETCH(DocumentEdit, edit);
    QFETCH(QString, field);
    Document d = validInvoice();
    edit(d);
    const Status status = d.validateForIssue();
    if (field.isEmpty()) {
        QVERIFY_RESULT(status);
        return;
    }
    QVERIFY_ERROR(status, ErrorCode::InvalidInput);
    QCOMPARE(status.error().field, field);
}

QTEST_APPLESS_MAIN(TestEntities)
#include "tst_entities.moc"
