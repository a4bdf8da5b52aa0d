// Documents in the JSON interchange format: a hand-written canonical invoice
// decodes to the expected values and re-encodes to exactly the same JSON;
// rich documents in EUR, KWD (3 decimals) and JPY (0 decimals) round-trip;
// totals are written as computed by hand here; and every malformed, hostile
// or inconsistent variant of the invoice is refused with the exact JSON path
// of the fault. Expected values are worked out by hand, never produced by
// running the code.

#include "TestHelpers.h"

#include "domain/JsonDocumentCodec.h"
#include "domain/JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(quittance::domain::Document)
Q_DECLARE_METATYPE(quittance::domain::JsonRecordMeta)

namespace {

// The canonical invoice (also tests/fuzz/corpus/json/invoice_full.json and the
// example in docs/JSON_FORMAT.md). Totals by hand:
//   lines: 8 x 95.50 = 764.00 (S 19); 250 x 0.85 - 12.50 = 200.00 (S 7);
//          1 x 300 = 300.00 (E)                         -> line total 1264.00
//   allowance 64.00 (S 19), charge 15.00 (S 7)          -> tax basis 1215.00
//   S 19: 764.00 - 64.00 = 700.00 -> 133.00; S 7: 200.00 + 15.00 = 215.00
//   -> 15.05; E: 300.00 -> 0.00; tax 148.05; grand total 1363.05;
//   prepaid 100.00 -> due 1263.05; paid 500.00 -> outstanding 763.05.
const QByteArray kInvoice = R"json(
{
  "id": "6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10",
  "type": "invoice",
  "status": "partially_paid",
  "number": "INV-2025-0042",
  "issueDate": "2025-03-01",
  "dueDate": "2025-03-31",
  "currency": "EUR",
  "language": "en",
  "buyerReference": "PO-REF-7",
  "purchaseOrderNumber": "4500012345",
  "clientId": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21",
  "lines": [
    {
      "description": "Consulting",
      "quantity": "8",
      "unitCode": "HUR",
      "unitPrice": "95.5",
      "baseQuantity": "1",
      "taxCategory": "S",
      "taxRate": "19",
      "productId": "9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32"
    },
    {
      "description": "Brochures, printed",
      "quantity": "250",
      "unitCode": "H87",
      "unitPrice": "0.85",
      "baseQuantity": "1",
      "taxCategory": "S",
      "taxRate": "7",
      "allowance": "12.50"
    },
    {
      "description": "First-aid training",
      "quantity": "1",
      "unitCode": "LS",
      "unitPrice": "300",
      "baseQuantity": "1",
      "taxCategory": "E",
      "taxRate": "0"
    }
  ],
  "allowancesCharges": [
    {
      "kind": "allowance",
      "amount": "64.00",
      "reason": "Loyalty discount",
      "taxCategory": "S",
      "taxRate": "19"
    },
    {
      "kind": "charge",
      "amount": "15.00",
      "reason": "Shipping",
      "taxCategory": "S",
      "taxRate": "7"
    }
  ],
  "exemptionReasons": {
    "E": "Exempt under § 4 Nr. 21 UStG"
  },
  "paymentTermsText": "30 days net",
  "prepaidAmount": "100.00",
  "payments": [
    {
      "date": "2025-03-20",
      "amount": "500.00",
      "method": "bank transfer",
      "reference": "STMT-2025-03-20-1"
    }
  ],
  "sellerSnapshot": {
    "legalName": "Muster Design GmbH",
    "address": {
      "lines": ["Hauptstraße 1"],
      "postalCode": "10115",
      "city": "Berlin",
      "country": "DE"
    },
    "vatId": "DE123456789",
    "email": "billing@example.com",
    "phone": "+49 30 1234567",
    "iban": "DE89370400440532013000",
    "bic": "COBADEFFXXX",
    "defaultCurrency": "EUR",
    "defaultPaymentTermsDays": 14,
    "smallBusinessExemption": false
  },
  "buyerSnapshot": {
    "id": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21",
    "name": "Example Ltd",
    "billingAddress": {
      "lines": ["1 High Street"],
      "postalCode": "EC1A 1BB",
      "city": "London",
      "country": "GB"
    },
    "email": "ap@example.co.uk",
    "language": "en",
    "archived": false
  },
  "totals": {
    "lineNetAmounts": ["764.00", "200.00", "300.00"],
    "lineNetTotal": "1264.00",
    "allowanceTotal": "64.00",
    "chargeTotal": "15.00",
    "taxBasisTotal": "1215.00",
    "taxTotal": "148.05",
    "grandTotal": "1363.05",
    "prepaidAmount": "100.00",
    "amountDue": "1263.05",
    "paidAmount": "500.00",
    "outstanding": "763.05",
    "taxBreakdown": [
      {"category": "S", "rate": "19", "taxableAmount": "700.00", "taxAmount": "133.00"},
      {"category": "S", "rate": "7", "taxableAmount": "215.00", "taxAmount": "15.05"},
      {
        "category": "E",
        "rate": "0",
        "taxableAmount": "300.00",
        "taxAmount": "0.00",
        "exemptionReason": "Exempt under § 4 Nr. 21 UStG"
      }
    ],
    "smallBusinessExemption": false
  },
  "version": 3,
  "updatedAt": "2025-03-20T09:15:00Z"
}
)json"_ba;

QByteArray replaced(const QByteArray& base, const QByteArray& from, const QByteArray& to) {
    const qsizetype count = base.count(from);
    if (count != 1)
        qFatal("test data: \"%s\" occurs %lld times", from.constData(),
               static_cast<long long>(count));
    QByteArray out = base;
    out.replace(from, to);
    return out;
}

Currency currency(QStringView code) {
    return Currency::fromCode(code).value();
}

Decimal dec(QStringView text) {
    return Decimal::parse(text).value();
}

Money money(QStringView text, QStringView code) {
    return Money::parse(text, currency(code)).value();
}

QUuid uuid(QStringView text) {
    return QUuid::fromString(text);
}

BusinessProfile richSeller() {
    BusinessProfile p;
    p.legalName = u"Muster Design GmbH"_s;
    p.address.lines = {u"Hauptstraße 1"_s, u"Hinterhaus"_s};
    p.address.postalCode = u"10115"_s;
    p.address.city = u"Berlin"_s;
    p.address.country = u"DE"_s;
    p.vatId = u"DE123456789"_s;
    p.taxNumber = u"27/123/45678"_s;
    p.email = u"billing@example.com"_s;
    p.phone = u"+49 30 1234567"_s;
    p.website = u"https://muster.example"_s;
    p.iban = u"DE89 3704 0044 0532 0130 00"_s; // kept as written, not normalized
    p.bic = u"COBADEFFXXX"_s;
    p.defaultCurrency = currency(u"EUR");
    p.defaultPaymentTermsDays = 30;
    return p;
}

Client kuwaitBuyer() {
    Client c;
    c.uuid = uuid(u"1d3f5b7a-9c1e-4f3b-8d5f-7b9d1f3b5d65");
    c.name = u"Gulf Trading W.L.L."_s;
    c.contactPerson = u"Fatima Al-Sabah"_s;
    c.billingAddress.lines = {u"Block 3, Street 14"_s};
    c.billingAddress.postalCode = u"13001"_s;
    c.billingAddress.city = u"Kuwait City"_s;
    c.billingAddress.country = u"KW"_s;
    c.email = u"accounts@gulf.example"_s;
    c.defaultCurrency = currency(u"KWD");
    c.paymentTermsDays = 45;
    c.notes = u"Two lines\nof notes, \"quoted\" and tabbed\t."_s;
    return c;
}

// KWD, 3 decimals. By hand:
//   2.5 x 12.345 = 30.8625 -> 30.863; -1 x 1.5 = -1.500;
//   3 x 0.3335 + 0.010 = 1.0005 + 0.010 = 1.0105 -> 1.011 (rounded once);
//   line total 30.374; charge 0.250 (S 5) -> tax basis 30.624;
//   S 5: 30.863 - 1.500 + 0.250 = 29.613 -> 1.48065 -> 1.481; Z: 1.011 -> 0.000;
//   grand total 32.105; paid 10.000 -> outstanding 22.105.
Document kwdCreditNote() {
    Document d;
    d.uuid = uuid(u"c4e6a8b0-2d4f-4b6d-8f0a-3c5e7a9b1d43");
    d.number = u"CN-2025-0003"_s;
    d.type = DocumentType::CreditNote;
    d.status = DocumentStatus::PartiallyPaid;
    d.issueDate = QDate(2025, 4, 2);
    d.dueDate = QDate(2025, 4, 30);
    d.currency = currency(u"KWD");
    d.buyerReference = u"REF-KW-1"_s;
    d.clientUuid = kuwaitBuyer().uuid;
    DocumentLine returned;
    returned.description = u"Returned part"_s;
    returned.quantity = dec(u"2.5");
    returned.unitPrice = dec(u"12.345");
    returned.taxRate = dec(u"5");
    DocumentLine restocking;
    restocking.description = u"Restocking fee"_s;
    restocking.quantity = dec(u"-1");
    restocking.unitPrice = dec(u"1.5");
    restocking.taxRate = dec(u"5");
    DocumentLine samples;
    samples.description = u"Samples"_s;
    samples.quantity = dec(u"3");
    samples.unitCode = u"H87"_s;
    samples.unitPrice = dec(u"0.3335");
    samples.taxCategory = TaxCategory::ZeroRated;
    samples.charge = money(u"0.01", u"KWD");
    samples.productUuid = uuid(u"9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32");
    d.lines = {returned, restocking, samples};
    AllowanceCharge courier;
    courier.kind = AllowanceCharge::Kind::Charge;
    courier.amount = money(u"0.25", u"KWD");
    courier.reason = u"Courier"_s;
    courier.taxRate = dec(u"5");
    d.allowancesCharges = {courier};
    d.notes = u"Credit for returned goods — \"batch 7\"\nThank you."_s;
    d.paymentTermsText = u"Refund within 30 days"_s;
    d.correctedInvoiceUuid = uuid(u"6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10");
    d.correctedInvoiceNumber = u"INV-2025-0007"_s;
    d.payments = {Payment{QDate(2025, 4, 10), money(u"10", u"KWD"), u"bank transfer"_s, u"R-1"_s}};
    d.sellerSnapshot = richSeller();
    d.buyerSnapshot = kuwaitBuyer();
    return d;
}

// JPY, no decimals, a German draft. By hand:
//   3 x 1200 = 3600 (S 10); 0.5 x 25001 - 1 = 12499.5 -> 12500 (S 10);
//   1 x 5000 = 5000 (AE); line total 21100; allowance 100 (S 10) -> 21000;
//   S 10: 3600 + 12500 - 100 = 16000 -> 1600; AE: 5000 -> 0;
//   grand total 22600; prepaid 1000 -> due 21600.
Document jpyDraft() {
    Document d;
    d.uuid = uuid(u"5e7a9c1d-3f5b-4d7f-9b1d-5f7b9d1f3a54");
    d.currency = currency(u"JPY");
    d.language = DocumentLanguage::German;
    d.issueDate = QDate(2024, 2, 29);
    d.clientUuid = uuid(u"3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21");
    DocumentLine translation;
    translation.description = u"Übersetzung"_s;
    translation.quantity = dec(u"3");
    translation.unitCode = u"HUR"_s;
    translation.unitPrice = dec(u"1200");
    translation.taxRate = dec(u"10");
    translation.productUuid = uuid(u"9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32");
    DocumentLine review;
    review.description = u"Lektorat"_s;
    review.quantity = dec(u"0.5");
    review.unitCode = u"DAY"_s;
    review.unitPrice = dec(u"25001");
    review.taxRate = dec(u"10");
    review.allowance = money(u"1", u"JPY");
    DocumentLine licence;
    licence.description = u"Lizenz"_s;
    licence.unitCode = u"LS"_s;
    licence.unitPrice = dec(u"5000");
    licence.taxCategory = TaxCategory::ReverseCharge;
    d.lines = {translation, review, licence};
    AllowanceCharge discount;
    discount.amount = money(u"100", u"JPY");
    discount.reason = u"Rabatt"_s;
    discount.taxRate = dec(u"10");
    d.allowancesCharges = {discount};
    d.exemptionReasons = {{TaxCategory::ReverseCharge, u"Reverse charge (Art. 196 MwStSystRL)"_s},
                          {TaxCategory::ZeroRated, QString()}};
    d.prepaidAmount = money(u"1000", u"JPY");
    return d;
}

// A seller under the German small-business exemption: everything is E at 0 %.
Document smallBusinessInvoice() {
    Document d;
    d.uuid = uuid(u"8a0c2e4f-6b8d-4a0c-9e2f-4b6d8f0a2c76");
    d.number = u"2025-17"_s;
    d.status = DocumentStatus::Issued;
    d.issueDate = QDate(2025, 6, 1);
    d.dueDate = QDate(2025, 6, 15);
    d.currency = currency(u"EUR");
    DocumentLine line;
    line.description = u"Logo design"_s;
    line.unitPrice = dec(u"100");
    line.taxRate = dec(u"19");
    d.lines = {line};
    BusinessProfile seller = richSeller();
    seller.vatId.clear();
    seller.smallBusinessExemption = true;
    d.sellerSnapshot = seller;
    Client buyer = kuwaitBuyer();
    buyer.billingAddress = Address{{}, {}, {}, u"DE"_s};
    d.buyerSnapshot = buyer;
    return d;
}

Document minimalDraft() {
    Document d;
    d.uuid = uuid(u"0b1d3f5a-7c9e-4b1d-af3b-5d7f9b1d3f87");
    d.currency = currency(u"EUR");
    return d;
}

QByteArray minimalDraftJson(const QByteArray& extra = {}) {
    return R"({"id":"0b1d3f5a-7c9e-4b1d-af3b-5d7f9b1d3f87","type":"invoice","status":"draft",)"
           R"("currency":"EUR")"_ba +
           extra + "}";
}

QByteArray lineJson(const QByteArray& description = "x") {
    return R"({"description":")"_ba + description +
           R"(","quantity":"1","unitPrice":"1","taxCategory":"S","taxRate":"19"})"_ba;
}

QByteArray repeated(const QByteArray& item, qsizetype count) {
    QByteArrayList items;
    for (qsizetype i = 0; i < count; ++i)
        items.append(item);
    return items.join(',');
}

QJsonObject object(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesCanonicalInvoice();
    void canonicalInvoiceReencodesIdentically();
    void roundTrip_data();
    void roundTrip();
    void kwdUsesThreeDigits();
    void jpyUsesNoDigits();
    void smallBusinessTotals();
    void optionalMembersMayBeAbsentOrNull();
    void amountsMayHaveFewerDigits();
    void rejects_data();
    void rejects();
    void mismatchQuotesBothValues();
    void lineLimit();
    void descriptionLimit();
    void paymentAndAllowanceLimits();
    void bodyLimit();
    void pathPrefix();
    void overflowingTotals();
};

void TestJsonDocument::decodesCanonicalInvoice() {
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(kInvoice));
    QVERIFY_RESULT(decoded);
    const Document& d = decoded->value;
    QCOMPARE(d.uuid, uuid(u"6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10"));
    QCOMPARE(d.type, DocumentType::Invoice);
    QCOMPARE(d.status, DocumentStatus::PartiallyPaid);
    QCOMPARE(d.number, u"INV-2025-0042"_s);
    QCOMPARE(d.issueDate, QDate(2025, 3, 1));
    QCOMPARE(d.dueDate, QDate(2025, 3, 31));
    QCOMPARE(d.currency.code(), u"EUR"_s);
    QCOMPARE(d.language, DocumentLanguage::English);
    QCOMPARE(d.buyerReference, u"PO-REF-7"_s);
    QCOMPARE(d.purchaseOrderNumber, u"4500012345"_s);
    QCOMPARE(d.clientUuid, uuid(u"3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21"));

    QCOMPARE(d.lines.size(), 3);
    QCOMPARE(d.lines[0].description, u"Consulting"_s);
    QCOMPARE(d.lines[0].quantity, Decimal::fromScaled(8'000'000));
    QCOMPARE(d.lines[0].unitCode, u"HUR"_s);
    QCOMPARE(d.lines[0].unitPrice, Decimal::fromScaled(95'500'000));
    QCOMPARE(d.lines[0].baseQuantity, Decimal::fromScaled(1'000'000));
    QCOMPARE(d.lines[0].taxCategory, TaxCategory::StandardRate);
    QCOMPARE(d.lines[0].taxRate, Decimal::fromScaled(19'000'000));
    QVERIFY(!d.lines[0].allowance);
    QCOMPARE(d.lines[0].productUuid, uuid(u"9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32"));
    QCOMPARE(d.lines[1].unitPrice, Decimal::fromScaled(850'000));
    QCOMPARE(d.lines[1].allowance, Money::fromMinorUnits(1250, currency(u"EUR")));
    QVERIFY(d.lines[1].productUuid.isNull());
    QCOMPARE(d.lines[2].taxCategory, TaxCategory::Exempt);
    QCOMPARE(d.lines[2].taxRate, Decimal());

    QCOMPARE(d.allowancesCharges.size(), 2);
    QCOMPARE(d.allowancesCharges[0].kind, AllowanceCharge::Kind::Allowance);
    QCOMPARE(d.allowancesCharges[0].amount, Money::fromMinorUnits(6400, currency(u"EUR")));
    QCOMPARE(d.allowancesCharges[0].reason, u"Loyalty discount"_s);
    QCOMPARE(d.allowancesCharges[1].kind, AllowanceCharge::Kind::Charge);
    QCOMPARE(d.allowancesCharges[1].taxRate, Decimal::fromScaled(7'000'000));
    QCOMPARE(d.exemptionReasons.size(), 1);
    QCOMPARE(d.exemptionReasons.value(TaxCategory::Exempt), u"Exempt under § 4 Nr. 21 UStG"_s);
    QCOMPARE(d.paymentTermsText, u"30 days net"_s);
    QCOMPARE(d.prepaidAmount, Money::fromMinorUnits(10000, currency(u"EUR")));
    QCOMPARE(d.payments.size(), 1);
    QCOMPARE(d.payments[0].date, QDate(2025, 3, 20));
    QCOMPARE(d.payments[0].amount, Money::fromMinorUnits(50000, currency(u"EUR")));
    QCOMPARE(d.payments[0].method, u"bank transfer"_s);
    QCOMPARE(d.payments[0].reference, u"STMT-2025-03-20-1"_s);

    QVERIFY(d.sellerSnapshot);
    QCOMPARE(d.sellerSnapshot->legalName, u"Muster Design GmbH"_s);
    QCOMPARE(d.sellerSnapshot->address.lines, QStringList{u"Hauptstraße 1"_s});
    QCOMPARE(d.sellerSnapshot->address.country, u"DE"_s);
    QCOMPARE(d.sellerSnapshot->iban, u"DE89370400440532013000"_s);
    QCOMPARE(d.sellerSnapshot->defaultCurrency.code(), u"EUR"_s);
    QCOMPARE(d.sellerSnapshot->defaultPaymentTermsDays, 14);
    QVERIFY(!d.sellerSnapshot->smallBusinessExemption);
    QVERIFY(d.sellerSnapshot->logo.isEmpty());
    QVERIFY(d.buyerSnapshot);
    QCOMPARE(d.buyerSnapshot->uuid, uuid(u"3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21"));
    QCOMPARE(d.buyerSnapshot->billingAddress.postalCode, u"EC1A 1BB"_s);

    QCOMPARE(decoded->meta.version, std::optional<qint64>(3));
    QCOMPARE(decoded->meta.updatedAt,
             std::optional<QDateTime>(QDateTime(QDate(2025, 3, 20), QTime(9, 15), Qt::UTC)));
}

void TestJsonDocument::canonicalInvoiceReencodesIdentically() {
    // The invoice is written in canonical form, totals included, so encoding
    // what it decodes to must give back exactly the same members and values.
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(kInvoice));
    QVERIFY_RESULT(decoded);
    const auto encoded = JsonDocumentCodec::encode(decoded->value, decoded->meta);
    QVERIFY_RESULT(encoded);
    const QJsonObject expected = object(kInvoice);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(encoded->value(u"totals"), expected.value(u"totals"));
    QCOMPARE(QJsonDocument(*encoded).toJson(), QJsonDocument(expected).toJson());
}

void TestJsonDocument::roundTrip_data() {
    QTest::addColumn<Document>("document");
    QTest::addColumn<JsonRecordMeta>("meta");

    const JsonRecordMeta none;
    const JsonRecordMeta both{7, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC)};
    const JsonRecordMeta versionOnly{JsonRecordMeta::kMaxVersion, std::nullopt};
    const Document invoice = JsonDocumentCodec::decode(QByteArrayView(kInvoice))->value;

    QTest::newRow("EUR invoice") << invoice << none;
    QTest::newRow("EUR invoice with metadata") << invoice << both;
    QTest::newRow("KWD credit note") << kwdCreditNote() << versionOnly;
    QTest::newRow("JPY draft") << jpyDraft() << none;
    QTest::newRow("small business") << smallBusinessInvoice() << both;
    QTest::newRow("minimal draft") << minimalDraft() << none;
    Document prepaidZero = minimalDraft();
    prepaidZero.prepaidAmount = money(u"0", u"EUR");
    QTest::newRow("prepaid zero is not absent") << prepaidZero << none;
    Document quote = jpyDraft();
    quote.type = DocumentType::Quote;
    quote.status = DocumentStatus::Accepted;
    quote.dueDate = QDate(2024, 3, 31);
    QTest::newRow("accepted quote") << quote << none;
    Document hostileText = minimalDraft();
    hostileText.notes = u"\u202Eevil\u202C <script>\"'\\ \t\u00A0 😀 \uFFFD"_s;
    hostileText.lines = {DocumentLine{}};
    hostileText.lines[0].description = u"Ünïcödé ✓ and \"quotes\" and \\"_s;
    hostileText.lines[0].taxRate = dec(u"19.000001");
    QTest::newRow("hostile text") << hostileText << none;
}

void TestJsonDocument::roundTrip() {
    QFETCH(Document, document);
    QFETCH(JsonRecordMeta, meta);
    QVERIFY_RESULT(document.validate());

    const auto encoded = JsonDocumentCodec::encode(document, meta);
    QVERIFY_RESULT(encoded);
    const auto viaObject = JsonDocumentCodec::decode(*encoded);
    QVERIFY_RESULT(viaObject);
    QVERIFY(viaObject->value == document);
    QCOMPARE(viaObject->meta, meta);

    const QByteArray bytes = QJsonDocument(*encoded).toJson(QJsonDocument::Compact);
    const auto viaBytes = JsonDocumentCodec::decode(QByteArrayView(bytes));
    QVERIFY_RESULT(viaBytes);
    QVERIFY(viaBytes->value == document);
    QCOMPARE(viaBytes->meta, meta);
}

void TestJsonDocument::kwdUsesThreeDigits() {
    const auto encoded = JsonDocumentCodec::encode(kwdCreditNote());
    QVERIFY_RESULT(encoded);
    const QJsonArray lines = encoded->value(u"lines").toArray();
    QCOMPARE(lines[0].toObject().value(u"quantity").toString(), u"2.5"_s);
    QCOMPARE(lines[0].toObject().value(u"unitPrice").toString(), u"12.345"_s);
    QCOMPARE(lines[0].toObject().value(u"unitCode").toString(), u"C62"_s);
    QCOMPARE(lines[0].toObject().value(u"baseQuantity").toString(), u"1"_s);
    QCOMPARE(lines[1].toObject().value(u"quantity").toString(), u"-1"_s);
    QCOMPARE(lines[2].toObject().value(u"unitPrice").toString(), u"0.3335"_s);
    QCOMPARE(lines[2].toObject().value(u"charge").toString(), u"0.010"_s);
    QCOMPARE(lines[2].toObject().value(u"taxCategory").toString(), u"Z"_s);
    QCOMPARE(encoded->value(u"type").toString(), u"credit_note"_s);
    QCOMPARE(encoded->value(u"status").toString(), u"partially_paid"_s);
    QCOMPARE(encoded->value(u"correctedInvoiceId").toString(),
             u"6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10"_s);
    QVERIFY(!encoded->contains(u"prepaidAmount"));
    QCOMPARE(encoded->value(u"payments").toArray()[0].toObject().value(u"amount").toString(),
             u"10.000"_s);
    QCOMPARE(encoded->value(u"allowancesCharges").toArray()[0].toObject().value(u"amount"),
             QJsonValue(u"0.250"_s));
    QCOMPARE(encoded->value(u"buyerSnapshot").toObject().value(u"paymentTermsDays").toInt(), 45);

    const QJsonObject expected = object(R"({
        "lineNetAmounts": ["30.863", "-1.500", "1.011"],
        "lineNetTotal": "30.374", "allowanceTotal": "0.000", "chargeTotal": "0.250",
        "taxBasisTotal": "30.624", "taxTotal": "1.481", "grandTotal": "32.105",
        "prepaidAmount": "0.000", "amountDue": "32.105", "paidAmount": "10.000",
        "outstanding": "22.105",
        "taxBreakdown": [
            {"category": "S", "rate": "5", "taxableAmount": "29.613", "taxAmount": "1.481"},
            {"category": "Z", "rate": "0", "taxableAmount": "1.011", "taxAmount": "0.000"}
        ],
        "smallBusinessExemption": false})"_ba);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(encoded->value(u"totals").toObject(), expected);
}

void TestJsonDocument::jpyUsesNoDigits() {
    const auto encoded = JsonDocumentCodec::encode(jpyDraft());
    QVERIFY_RESULT(encoded);
    QCOMPARE(encoded->value(u"language").toString(), u"de"_s);
    QCOMPARE(encoded->value(u"issueDate").toString(), u"2024-02-29"_s);
    QVERIFY(!encoded->contains(u"dueDate"));
    QVERIFY(!encoded->contains(u"number"));
    QVERIFY(!encoded->contains(u"sellerSnapshot"));
    QCOMPARE(encoded->value(u"prepaidAmount").toString(), u"1000"_s);
    QCOMPARE(encoded->value(u"lines").toArray()[1].toObject().value(u"allowance").toString(),
             u"1"_s);
    QCOMPARE(encoded->value(u"exemptionReasons").toObject(),
             object(R"json({"AE": "Reverse charge (Art. 196 MwStSystRL)", "Z": ""})json"));

    const QJsonObject expected = object(R"json({
        "lineNetAmounts": ["3600", "12500", "5000"],
        "lineNetTotal": "21100", "allowanceTotal": "100", "chargeTotal": "0",
        "taxBasisTotal": "21000", "taxTotal": "1600", "grandTotal": "22600",
        "prepaidAmount": "1000", "amountDue": "21600", "paidAmount": "0",
        "outstanding": "21600",
        "taxBreakdown": [
            {"category": "S", "rate": "10", "taxableAmount": "16000", "taxAmount": "1600"},
            {"category": "AE", "rate": "0", "taxableAmount": "5000", "taxAmount": "0",
             "exemptionReason": "Reverse charge (Art. 196 MwStSystRL)",
             "exemptionReasonCode": "VATEX-EU-AE"}
        ],
        "smallBusinessExemption": false})json"_ba);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(encoded->value(u"totals").toObject(), expected);
}

void TestJsonDocument::smallBusinessTotals() {
    const auto encoded = JsonDocumentCodec::encode(smallBusinessInvoice());
    QVERIFY_RESULT(encoded);
    const QString notice = u"In accordance with § 19 UStG (German VAT Act, small business "
                           u"exemption), no VAT is charged."_s;
    QJsonObject expected = object(R"({
        "lineNetAmounts": ["100.00"],
        "lineNetTotal": "100.00", "allowanceTotal": "0.00", "chargeTotal": "0.00",
        "taxBasisTotal": "100.00", "taxTotal": "0.00", "grandTotal": "100.00",
        "prepaidAmount": "0.00", "amountDue": "100.00", "paidAmount": "0.00",
        "outstanding": "100.00",
        "taxBreakdown": [
            {"category": "E", "rate": "0", "taxableAmount": "100.00", "taxAmount": "0.00"}
        ],
        "smallBusinessExemption": true})"_ba);
    QVERIFY(!expected.isEmpty());
    QJsonArray groups = expected.value(u"taxBreakdown").toArray();
    QJsonObject group = groups[0].toObject();
    group.insert(u"exemptionReason", notice);
    groups[0] = group;
    expected.insert(u"taxBreakdown", groups);
    expected.insert(u"legalNotice", notice);
    QCOMPARE(encoded->value(u"totals").toObject(), expected);
    QCOMPARE(encoded->value(u"sellerSnapshot").toObject().value(u"smallBusinessExemption"),
             QJsonValue(true));

    // The flag in the stated totals must agree with the seller snapshot.
    QJsonObject tampered = *encoded;
    QJsonObject totals = tampered.value(u"totals").toObject();
    totals.insert(u"smallBusinessExemption", false);
    tampered.insert(u"totals", totals);
    const auto decoded = JsonDocumentCodec::decode(tampered);
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, u"totals.smallBusinessExemption"_s);
}

void TestJsonDocument::optionalMembersMayBeAbsentOrNull() {
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(minimalDraftJson()));
    QVERIFY_RESULT(decoded);
    QVERIFY(decoded->value == minimalDraft());
    QVERIFY(decoded->meta.isEmpty());

    const auto nulls = JsonDocumentCodec::decode(QByteArrayView(minimalDraftJson(
        R"(,"number":null,"dueDate":null,"clientId":null,"lines":null,"prepaidAmount":null,)"
        R"("sellerSnapshot":null,"totals":null,"version":null,"language":null,"notes":""})"_ba
            .chopped(1))));
    QVERIFY_RESULT(nulls);
    QVERIFY(nulls->value == minimalDraft());

    // Defaults of omitted line members: unit C62, base quantity 1.
    const auto line = JsonDocumentCodec::decode(
        QByteArrayView(minimalDraftJson(",\"lines\":[" + lineJson() + "]")));
    QVERIFY_RESULT(line);
    QCOMPARE(line->value.lines[0].unitCode, u"C62"_s);
    QCOMPARE(line->value.lines[0].baseQuantity, Decimal::fromScaled(1'000'000));
    QVERIFY(!line->value.lines[0].allowance);
}

void TestJsonDocument::amountsMayHaveFewerDigits() {
    // Up to the currency's digits on input; exactly its digits on output.
    const QByteArray json = replaced(replaced(kInvoice, R"("prepaidAmount": "100.00",
  "payments")",
                                              R"("prepaidAmount": "100",
  "payments")"),
                                     R"("grandTotal": "1363.05")", R"("grandTotal": "1363.050")");
    const auto refused = JsonDocumentCodec::decode(QByteArrayView(json));
    QVERIFY_ERROR(refused, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().field, u"totals.grandTotal"_s);

    const auto decoded = JsonDocumentCodec::decode(
        QByteArrayView(replaced(kInvoice, R"("allowance": "12.50")", R"("allowance": "12.5")")));
    QVERIFY_RESULT(decoded);
    QCOMPARE(decoded->value.lines[1].allowance, Money::fromMinorUnits(1250, currency(u"EUR")));
    const auto encoded = JsonDocumentCodec::encode(decoded->value);
    QVERIFY_RESULT(encoded);
    QCOMPARE(encoded->value(u"lines").toArray()[1].toObject().value(u"allowance").toString(),
             u"12.50"_s);
}

void TestJsonDocument::rejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a fragment of the message

    const auto row = [](const char* name, const QByteArray& from, const QByteArray& to,
                        const QString& field, const QString& reason) {
        QTest::newRow(name) << replaced(kInvoice, from, to) << field << reason;
    };
    const QString number = u"JSON numbers are not accepted"_s;
    const QString unknown = u"not a known field"_s;
    const QString required = u"is required"_s;

    // Whole-body problems.
    QTest::newRow("not JSON") << "invoice please"_ba << QString() << u"not valid JSON"_s;
    QTest::newRow("array at top level")
        << "[" + kInvoice + "]" << QString() << u"must be an object"_s;
    QTest::newRow("truncated") << kInvoice.left(kInvoice.indexOf("\"lines\"")) << QString()
                               << u"not valid JSON"_s;

    // JSON numbers where an exact decimal is expected.
    row("number for a unit price", R"("unitPrice": "95.5")", R"("unitPrice": 95.5)",
        u"lines[0].unitPrice"_s, number);
    row("number for a quantity", R"("quantity": "8")", R"("quantity": 8)", u"lines[0].quantity"_s,
        number);
    row("number for a tax rate", R"("taxRate": "19",
      "productId")",
        R"("taxRate": 19,
      "productId")",
        u"lines[0].taxRate"_s, number);
    row("number for the prepaid amount", R"("prepaidAmount": "100.00",
  "payments")",
        R"("prepaidAmount": 100,
  "payments")",
        u"prepaidAmount"_s, number);
    row("number for a line allowance", R"("allowance": "12.50")", R"("allowance": 12.5)",
        u"lines[1].allowance"_s, number);
    row("number for a payment", R"("amount": "500.00")", R"("amount": 500)",
        u"payments[0].amount"_s, number);
    row("number for a stated total", R"("grandTotal": "1363.05")", R"("grandTotal": 1363.05)",
        u"totals.grandTotal"_s, number);
    row("number in line net amounts", R"("lineNetAmounts": ["764.00")", R"("lineNetAmounts": [764)",
        u"totals.lineNetAmounts[0]"_s, u"a JSON number"_s);
    row("number for a breakdown rate", R"({"category": "S", "rate": "7")",
        R"({"category": "S", "rate": 7)", u"totals.taxBreakdown[1].rate"_s, number);

    // Other wrong JSON types.
    row("string for the version", R"("version": 3)", R"("version": "3")", u"version"_s,
        u"whole JSON number"_s);
    row("version 0", R"("version": 3)", R"("version": 0)", u"version"_s, u"from 1"_s);
    row("fractional version", R"("version": 3)", R"("version": 3.5)", u"version"_s,
        u"whole number"_s);
    row("version beyond 2^53", R"("version": 3)", R"("version": 9007199254740992)", u"version"_s,
        u"whole number"_s);
    row("updatedAt with an offset", R"("2025-03-20T09:15:00Z")", R"("2025-03-20T10:15:00+01:00")",
        u"updatedAt"_s, u"UTC timestamp"_s);
    row("string for a boolean", R"("archived": false)", R"("archived": "false")",
        u"buyerSnapshot.archived"_s, u"must be true or false"_s);
    row("string for payment terms", R"("defaultPaymentTermsDays": 14)",
        R"("defaultPaymentTermsDays": "14")", u"sellerSnapshot.defaultPaymentTermsDays"_s,
        u"whole JSON number"_s);
    row("object for a string", R"("number": "INV-2025-0042")",
        R"("number": {"value": "INV-2025-0042"})", u"number"_s, u"must be a string"_s);
    row("array for a string", R"("paymentTermsText": "30 days net")",
        R"("paymentTermsText": ["30 days net"])", u"paymentTermsText"_s, u"must be a string"_s);
    row("array for exemption reasons", R"("exemptionReasons": {
    "E": "Exempt under § 4 Nr. 21 UStG"
  })",
        R"("exemptionReasons": ["E"])", u"exemptionReasons"_s, u"must be an object"_s);
    row("string for address lines", R"("lines": ["Hauptstraße 1"])", R"("lines": "Hauptstraße 1")",
        u"sellerSnapshot.address.lines"_s, u"must be an array"_s);
    row("number among address lines", R"(["Hauptstraße 1"])", R"(["Hauptstraße 1", 2])",
        u"sellerSnapshot.address.lines[1]"_s, u"must be a string"_s);
    row("string as a line", R"("lines": [
    {)",
        R"("lines": [
    "Consulting", {)",
        u"lines[0]"_s, u"must be an object"_s);
    row("null for a required member", R"("currency": "EUR")", R"("currency": null)", u"currency"_s,
        required);

    // Unknown members, at every level.
    row("unknown member", R"("type": "invoice",)", R"("type": "invoice", "colour": "red",)",
        u"colour"_s, unknown);
    row("unknown member in a line", R"("description": "First-aid training",)",
        R"("description": "First-aid training", "colour": "red",)", u"lines[2].colour"_s, unknown);
    row("misspelt member in a line", R"("quantity": "8")", R"("qty": "8")", u"lines[0].qty"_s,
        unknown);
    row("unknown member in a charge", R"("reason": "Shipping",)",
        R"("reason": "Shipping", "colour": "red",)", u"allowancesCharges[1].colour"_s, unknown);
    row("unknown member in a payment", R"("method": "bank transfer",)",
        R"("method": "bank transfer", "colour": "red",)", u"payments[0].colour"_s, unknown);
    row("unknown member in the seller", R"("legalName": "Muster Design GmbH",)",
        R"("legalName": "Muster Design GmbH", "colour": "red",)", u"sellerSnapshot.colour"_s,
        unknown);
    row("logo in the seller", R"("legalName": "Muster Design GmbH",)",
        R"("legalName": "Muster Design GmbH", "logo": "iVBORw0KGgo=",)", u"sellerSnapshot.logo"_s,
        unknown);
    row("unknown member in the seller address", R"("postalCode": "10115",)",
        R"("postalCode": "10115", "colour": "red",)", u"sellerSnapshot.address.colour"_s, unknown);
    row("unknown member in the buyer", R"("name": "Example Ltd",)",
        R"("name": "Example Ltd", "colour": "red",)", u"buyerSnapshot.colour"_s, unknown);
    row("sync metadata in the buyer", R"("name": "Example Ltd",)",
        R"("name": "Example Ltd", "version": 2,)", u"buyerSnapshot.version"_s, unknown);
    row("unknown member in the buyer address", R"("postalCode": "EC1A 1BB",)",
        R"("postalCode": "EC1A 1BB", "colour": "red",)", u"buyerSnapshot.billingAddress.colour"_s,
        unknown);
    row("unknown member in the totals", R"("lineNetTotal": "1264.00",)",
        R"("lineNetTotal": "1264.00", "colour": "red",)", u"totals.colour"_s, unknown);
    row("unknown member in a VAT group", R"({"category": "S", "rate": "7",)",
        R"({"category": "S", "colour": "red", "rate": "7",)", u"totals.taxBreakdown[1].colour"_s,
        unknown);
    row("unknown exemption category", R"("E": "Exempt)", R"("X": "y", "E": "Exempt)",
        u"exemptionReasons.X"_s, u"not a tax category"_s);
    row("control character in an unknown key", R"("type": "invoice",)",
        R"("type": "invoice", "a\u0001b": 1,)", u"a\uFFFDb"_s, unknown);

    // Required members.
    row("no id", R"("id": "6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10",)", "", u"id"_s, required);
    row("no type", R"("type": "invoice",)", "", u"type"_s, required);
    row("no status", R"("status": "partially_paid",)", "", u"status"_s, required);
    row("no currency", R"("currency": "EUR",)", "", u"currency"_s, required);
    row("line without description", R"("description": "Consulting",)", "",
        u"lines[0].description"_s, required);
    row("line without tax category", R"("taxCategory": "E",)", "", u"lines[2].taxCategory"_s,
        required);
    row("charge without kind", R"("kind": "charge",)", "", u"allowancesCharges[1].kind"_s,
        required);
    row("payment without date", R"("date": "2025-03-20",)", "", u"payments[0].date"_s, required);
    row("seller without currency", R"("defaultCurrency": "EUR",)", "",
        u"sellerSnapshot.defaultCurrency"_s, required);
    row("VAT group without category", R"({"category": "S", "rate": "7", )", R"({"rate": "7", )",
        u"totals.taxBreakdown[1].category"_s, required);

    // Dates, identifiers and codes.
    const QString calendar = u"calendar date"_s;
    row("impossible date", R"("issueDate": "2025-03-01")", R"("issueDate": "2025-02-30")",
        u"issueDate"_s, calendar);
    row("29 February in a common year", R"("dueDate": "2025-03-31")", R"("dueDate": "2023-02-29")",
        u"dueDate"_s, calendar);
    row("date with a time", R"("issueDate": "2025-03-01")",
        R"("issueDate": "2025-03-01T00:00:00Z")", u"issueDate"_s, calendar);
    row("month 13", R"("date": "2025-03-20")", R"("date": "2025-13-20")", u"payments[0].date"_s,
        calendar);
    row("upper-case id", R"("6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10")",
        R"("6F1C2A4E-3B5D-4C8E-9A7F-0D2E4B6C8A10")", u"id"_s, u"lower-case"_s);
    row("client id in braces", R"("clientId": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21")",
        R"("clientId": "{3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21}")", u"clientId"_s, u"lower-case"_s);
    row("nil product id", R"("9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32")",
        R"("00000000-0000-0000-0000-000000000000")", u"lines[0].productId"_s, u"nil"_s);
    row("short buyer id", R"("id": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21")", R"("id": "3a7e9c1b")",
        u"buyerSnapshot.id"_s, u"UUID"_s);
    row("unknown currency", R"("currency": "EUR")", R"("currency": "XYZ")", u"currency"_s,
        u"ISO 4217"_s);
    row("lower-case currency", R"("currency": "EUR")", R"("currency": "eur")", u"currency"_s,
        u"upper case"_s);
    row("unknown seller currency", R"("defaultCurrency": "EUR")", R"("defaultCurrency": "EURO")",
        u"sellerSnapshot.defaultCurrency"_s, u"ISO 4217"_s);
    row("unknown type", R"("type": "invoice")", R"("type": "bill")", u"type"_s,
        u"invoice, credit_note or quote"_s);
    row("unknown status", R"("status": "partially_paid")", R"("status": "done")", u"status"_s,
        u"not a document status"_s);
    row("lower-case tax category", R"("taxCategory": "E")", R"("taxCategory": "e")",
        u"lines[2].taxCategory"_s, u"not a tax category"_s);
    row("unknown kind", R"("kind": "allowance")", R"("kind": "discount")",
        u"allowancesCharges[0].kind"_s, u"allowance"_s);
    row("unknown language", R"("language": "en",
  "buyerReference")",
        R"("language": "fr",
  "buyerReference")",
        u"language"_s, u"language"_s);
    row("unknown VAT group category", R"({"category": "S", "rate": "19")",
        R"({"category": "VAT", "rate": "19")", u"totals.taxBreakdown[0].category"_s,
        u"not a tax category"_s);

    // Decimal text.
    row("too many decimals for EUR", R"("prepaidAmount": "100.00",
  "payments")",
        R"("prepaidAmount": "100.001",
  "payments")",
        u"prepaidAmount"_s, u"more than 2 digits"_s);
    row("too many decimals in a line allowance", R"("allowance": "12.50")",
        R"("allowance": "12.505")", u"lines[1].allowance"_s, u"more than 2 digits"_s);
    row("seven decimals in a quantity", R"("quantity": "8")", R"("quantity": "8.0000001")",
        u"lines[0].quantity"_s, u"more than 6 digits"_s);
    row("too many decimals in a stated total", R"("grandTotal": "1363.05")",
        R"("grandTotal": "1363.050")", u"totals.grandTotal"_s, u"more than 2 digits"_s);
    row("exponent", R"("quantity": "8")", R"("quantity": "8e0")", u"lines[0].quantity"_s,
        u"not a valid decimal"_s);
    row("plus sign", R"("quantity": "8")", R"("quantity": "+8")", u"lines[0].quantity"_s,
        u"not a valid decimal"_s);
    row("decimal comma", R"("unitPrice": "95.5")", R"("unitPrice": "95,5")",
        u"lines[0].unitPrice"_s, u"not a valid decimal"_s);
    row("leading space", R"("quantity": "8")", R"("quantity": " 8")", u"lines[0].quantity"_s,
        u"not a valid decimal"_s);
    row("empty amount", R"("amount": "500.00")", R"("amount": "")", u"payments[0].amount"_s,
        u"required"_s);
    row("huge quantity", R"("quantity": "8")", R"("quantity": "99999999999999999999")",
        u"lines[0].quantity"_s, u"too large"_s);

    // Domain validation, with the domain's field as the JSON path.
    row("negative quantity on an invoice", R"("quantity": "8")", R"("quantity": "-8")",
        u"lines[0].quantity"_s, u"negative quantity"_s);
    row("negative unit price", R"("unitPrice": "95.5")", R"("unitPrice": "-95.5")",
        u"lines[0].unitPrice"_s, u"cannot be negative"_s);
    row("zero base quantity", R"("baseQuantity": "1",
      "taxCategory": "E")",
        R"("baseQuantity": "0",
      "taxCategory": "E")",
        u"lines[2].baseQuantity"_s, u"greater than zero"_s);
    row("standard rate of 0", R"("taxRate": "19",
      "productId")",
        R"("taxRate": "0",
      "productId")",
        u"lines[0].taxRate"_s, u"above 0"_s);
    row("exempt line with a rate", R"("taxCategory": "E",
      "taxRate": "0")",
        R"("taxCategory": "E",
      "taxRate": "7")",
        u"lines[2].taxRate"_s, u"rate of 0"_s);
    row("unknown unit", R"("unitCode": "HUR")", R"("unitCode": "HOUR")", u"lines[0].unitCode"_s,
        u"HOUR"_s);
    row("quote status on an invoice", R"("status": "partially_paid")", R"("status": "accepted")",
        u"status"_s, u"cannot have the status"_s);
    row("due before issue", R"("dueDate": "2025-03-31")", R"("dueDate": "2025-02-28")",
        u"dueDate"_s, u"before the issue date"_s);
    row("payments on a draft", R"("status": "partially_paid")", R"("status": "draft")",
        u"payments"_s, u"issued"_s);
    row("zero payment", R"("amount": "500.00")", R"("amount": "0.00")", u"payments[0].amount"_s,
        u"greater than zero"_s);
    row("zero allowance", R"("amount": "64.00")", R"("amount": "0")",
        u"allowancesCharges[0].amount"_s, u"greater than zero"_s);
    row("allowance without reason", R"("reason": "Loyalty discount")", R"("reason": " ")",
        u"allowancesCharges[0].reason"_s, u"required"_s);
    row("exemption reason for S", R"("E": "Exempt)", R"("S": "no", "E": "Exempt)",
        u"exemptionReasons.S"_s, u"has no exemption reason"_s);
    row("corrected invoice on an invoice", R"("type": "invoice",)",
        R"("type": "invoice", "correctedInvoiceNumber": "INV-1",)", u"correctedInvoiceNumber"_s,
        u"credit note"_s);
    row("negative prepaid amount", R"("prepaidAmount": "100.00",
  "payments")",
        R"("prepaidAmount": "-1.00",
  "payments")",
        u"prepaidAmount"_s, u"zero or more"_s);
    row("control character in the number", R"("number": "INV-2025-0042")",
        R"("number": "INV-2025\t0042")", u"number"_s, u"control character"_s);
    row("bad seller VAT ID", R"("vatId": "DE123456789")", R"("vatId": "123")",
        u"sellerSnapshot.vatId"_s, u"VAT ID"_s);
    row("bad seller IBAN", R"("DE89370400440532013000")", R"("DE89370400440532013001")",
        u"sellerSnapshot.iban"_s, u"IBAN"_s);
    row("seller without city", R"("city": "Berlin",)", "", u"sellerSnapshot.address.city"_s,
        u"city"_s);
    row("four seller address lines", R"(["Hauptstraße 1"])", R"(["a", "b", "c", "d"])",
        u"sellerSnapshot.address.lines"_s, u"more than 3"_s);
    row("empty buyer name", R"("name": "Example Ltd")", R"("name": "")", u"buyerSnapshot.name"_s,
        u"required"_s);
    row("lower-case buyer country", R"("country": "GB")", R"("country": "gb")",
        u"buyerSnapshot.billingAddress.country"_s, u"country code"_s);
    row("bad buyer email", R"("email": "ap@example.co.uk")", R"("email": "ap@")",
        u"buyerSnapshot.email"_s, u"email"_s);

    // Stated totals that disagree with the computed ones.
    const QString states = u"states"_s;
    row("grand total off by a cent", R"("grandTotal": "1363.05")", R"("grandTotal": "1363.06")",
        u"totals.grandTotal"_s, states);
    row("line net amount", R"("lineNetAmounts": ["764.00", "200.00")",
        R"("lineNetAmounts": ["764.00", "200.01")", u"totals.lineNetAmounts[1]"_s, states);
    row("too few line net amounts", R"(["764.00", "200.00", "300.00"])", R"(["764.00", "200.00"])",
        u"totals.lineNetAmounts"_s, u"lists 2 line amounts"_s);
    row("VAT group tax", R"("taxAmount": "15.05")", R"("taxAmount": "15.06")",
        u"totals.taxBreakdown[1].taxAmount"_s, states);
    row("VAT group rate", R"({"category": "S", "rate": "19")", R"({"category": "S", "rate": "16")",
        u"totals.taxBreakdown[0].rate"_s, states);
    row("extra VAT group", R"("taxBreakdown": [)",
        R"("taxBreakdown": [{"category": "Z", "rate": "0"},)", u"totals.taxBreakdown"_s,
        u"lists 4 VAT groups"_s);
    row("exemption reason in a VAT group", R"("exemptionReason": "Exempt under § 4 Nr. 21 UStG")",
        R"("exemptionReason": "Exempt")", u"totals.taxBreakdown[2].exemptionReason"_s, states);
    row("exemption reason code in a VAT group",
        R"("exemptionReason": "Exempt under § 4 Nr. 21 UStG")",
        R"("exemptionReason": "Exempt under § 4 Nr. 21 UStG", "exemptionReasonCode": "VATEX-EU-E")",
        u"totals.taxBreakdown[2].exemptionReasonCode"_s, states);
    row("outstanding", R"("outstanding": "763.05")", R"("outstanding": "763.00")",
        u"totals.outstanding"_s, states);
    row("paid amount", R"("paidAmount": "500.00")", R"("paidAmount": "0.00")",
        u"totals.paidAmount"_s, states);
    row("prepaid amount in the totals", R"("prepaidAmount": "100.00",
    "amountDue")",
        R"("prepaidAmount": "0.00",
    "amountDue")",
        u"totals.prepaidAmount"_s, states);
    row("small-business flag", R"("smallBusinessExemption": false
  },
  "version")",
        R"("smallBusinessExemption": true
  },
  "version")",
        u"totals.smallBusinessExemption"_s, states);
    row("legal notice", R"("smallBusinessExemption": false
  },
  "version")",
        R"("smallBusinessExemption": false, "legalNotice": "No VAT."
  },
  "version")",
        u"totals.legalNotice"_s, states);

    // Hostile bytes and structure.
    row("NUL in a string", R"("30 days net")", R"("30 days\u0000 net")", u"paymentTermsText"_s,
        u"NUL"_s);
    row("raw NUL in a string", R"("30 days net")", QByteArray("\"30 days\0 net\"", 14),
        u"paymentTermsText"_s, u"NUL"_s);
    row("invalid UTF-8", R"("description": "Consulting")",
        "\"description\": \"Consult\xC3\x28ing\"", u"lines[0].description"_s, u"UTF-8"_s);
    row("overlong UTF-8", R"("description": "Consulting")",
        "\"description\": \"Consulting\xC0\xAF\"", u"lines[0].description"_s, u"UTF-8"_s);
    row("duplicate key in a line", R"("quantity": "8",)", R"("quantity": "8", "quantity": "9",)",
        u"lines[0].quantity"_s, u"more than once"_s);
    row("duplicate key at the top", R"("number": "INV-2025-0042",)",
        R"("number": "INV-2025-0042", "number": "INV-2025-0043",)", u"number"_s,
        u"more than once"_s);
    row("deeply nested junk", R"("30 days net")", QByteArray(40, '[') + QByteArray(40, ']'),
        u"paymentTermsText"_s + u"[0]"_s.repeated(15), u"nested"_s);
    row("deeply nested junk in a line", R"("9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32")",
        QByteArray(40, '[') + QByteArray(40, ']'), u"lines[0].productId"_s + u"[0]"_s.repeated(13),
        u"nested"_s);
}

void TestJsonDocument::rejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(json));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, field);
    QVERIFY2(decoded.error().message.contains(reason), qPrintable(decoded.error().message));
}

void TestJsonDocument::mismatchQuotesBothValues() {
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(
        replaced(kInvoice, R"("grandTotal": "1363.05")", R"("grandTotal": "1363.5")")));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, u"totals.grandTotal"_s);
    QCOMPARE(decoded.error().message,
             u"“totals.grandTotal” states 1363.50, but the document computes to 1363.05."_s);
}

void TestJsonDocument::lineLimit() {
    const auto atLimit = JsonDocumentCodec::decode(
        QByteArrayView(minimalDraftJson(",\"lines\":[" + repeated(lineJson(), 1000) + "]")));
    QVERIFY_RESULT(atLimit);
    QCOMPARE(atLimit->value.lines.size(), 1000);

    const auto over = JsonDocumentCodec::decode(
        QByteArrayView(minimalDraftJson(",\"lines\":[" + repeated(lineJson(), 1001) + "]")));
    QVERIFY_ERROR(over, ErrorCode::InvalidInput);
    QCOMPARE(over.error().field, u"lines"_s);
    QVERIFY2(over.error().message.contains(u"more than 1000"_s), qPrintable(over.error().message));
}

void TestJsonDocument::descriptionLimit() {
    // 2000 UTF-16 units; "ä" is one.
    const QByteArray at = QString(2000, u'ä').toUtf8();
    QVERIFY_RESULT(JsonDocumentCodec::decode(
        QByteArrayView(minimalDraftJson(",\"lines\":[" + lineJson(at) + "]"))));
    const QByteArray over = QString(2001, u'ä').toUtf8();
    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(
        minimalDraftJson(",\"lines\":[" + lineJson("x") + "," + lineJson(over) + "]")));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, u"lines[1].description"_s);
    QVERIFY2(decoded.error().message.contains(u"longer than 2000"_s),
             qPrintable(decoded.error().message));

    const auto notes = JsonDocumentCodec::decode(
        QByteArrayView(minimalDraftJson(",\"notes\":\"" + QByteArray(10001, 'n') + "\"")));
    QVERIFY_ERROR(notes, ErrorCode::InvalidInput);
    QCOMPARE(notes.error().field, u"notes"_s);
}

void TestJsonDocument::paymentAndAllowanceLimits() {
    const QByteArray issued =
        R"({"id":"0b1d3f5a-7c9e-4b1d-af3b-5d7f9b1d3f87","type":"invoice","status":"issued",)"
        R"("currency":"EUR","payments":[)";
    const QByteArray payment = R"({"date":"2025-01-01","amount":"0.01"})";
    QVERIFY_RESULT(
        JsonDocumentCodec::decode(QByteArrayView(issued + repeated(payment, 1000) + "]}")));
    const auto payments =
        JsonDocumentCodec::decode(QByteArrayView(issued + repeated(payment, 1001) + "]}"));
    QVERIFY_ERROR(payments, ErrorCode::InvalidInput);
    QCOMPARE(payments.error().field, u"payments"_s);

    const QByteArray charge =
        R"({"kind":"charge","amount":"1","reason":"r","taxCategory":"S","taxRate":"19"})";
    QVERIFY_RESULT(JsonDocumentCodec::decode(QByteArrayView(
        minimalDraftJson(",\"allowancesCharges\":[" + repeated(charge, 1000) + "]"))));
    const auto charges = JsonDocumentCodec::decode(QByteArrayView(
        minimalDraftJson(",\"allowancesCharges\":[" + repeated(charge, 1001) + "]")));
    QVERIFY_ERROR(charges, ErrorCode::InvalidInput);
    QCOMPARE(charges.error().field, u"allowancesCharges"_s);
}

void TestJsonDocument::bodyLimit() {
    const QByteArray json = minimalDraftJson();
    const QByteArray exact = json + QByteArray(JsonParser::kMaxRecordBytes - json.size(), ' ');
    QCOMPARE(exact.size(), 1024 * 1024);
    QVERIFY_RESULT(JsonDocumentCodec::decode(QByteArrayView(exact)));
    const auto over = JsonDocumentCodec::decode(QByteArrayView(exact + ' '));
    QVERIFY_ERROR(over, ErrorCode::InvalidInput);
    QCOMPARE(over.error().field, QString());
    QVERIFY2(over.error().message.contains(u"larger than"_s), qPrintable(over.error().message));
}

void TestJsonDocument::pathPrefix() {
    // As the sync client decodes the items of a page: errors below "items[4]".
    const QJsonObject typeError =
        object(replaced(kInvoice, R"("quantity": "8")", R"("quantity": 8)"));
    const auto first = JsonDocumentCodec::decode(typeError, u"items[4]"_s);
    QVERIFY_ERROR(first, ErrorCode::InvalidInput);
    QCOMPARE(first.error().field, u"items[4].lines[0].quantity"_s);

    const QJsonObject domainError =
        object(replaced(kInvoice, R"("quantity": "8")", R"("quantity": "-8")"));
    const auto second = JsonDocumentCodec::decode(domainError, u"items[4]"_s);
    QVERIFY_ERROR(second, ErrorCode::InvalidInput);
    QCOMPARE(second.error().field, u"items[4].lines[0].quantity"_s);

    const QJsonObject mismatch =
        object(replaced(kInvoice, R"("taxTotal": "148.05")", R"("taxTotal": "148.04")"));
    const auto third = JsonDocumentCodec::decode(mismatch, u"items[4]"_s);
    QVERIFY_ERROR(third, ErrorCode::InvalidInput);
    QCOMPARE(third.error().field, u"items[4].totals.taxTotal"_s);
}

void TestJsonDocument::overflowingTotals() {
    // 9e12 x 9e12 does not fit any amount: encoding and decoding both say so.
    Document d = minimalDraft();
    DocumentLine line;
    line.description = u"Too much"_s;
    line.quantity = dec(u"9000000000000");
    line.unitPrice = dec(u"9000000000000");
    line.taxRate = dec(u"19");
    d.lines = {line};
    QVERIFY_RESULT(d.validate());
    const auto encoded = JsonDocumentCodec::encode(d);
    QVERIFY_ERROR(encoded, ErrorCode::InvalidInput);
    QCOMPARE(encoded.error().field, u"lines[0]"_s);

    const auto decoded = JsonDocumentCodec::decode(QByteArrayView(
        minimalDraftJson(R"(,"lines":[{"description":"Too much","quantity":"9000000000000",)"
                         R"("unitPrice":"9000000000000","taxCategory":"S","taxRate":"19"}])")));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, u"lines[0]"_s);
}

QTEST_APPLESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
