// Clients, products and the export envelope in the JSON interchange format:
// canonical examples decode to the expected values and re-encode to the same
// JSON, rich values round-trip with their sync metadata, and malformed or
// invalid variants are refused with the exact JSON path of the fault (for
// records inside an export, the full path from the envelope down).

#include "TestHelpers.h"

#include "domain/JsonClientCodec.h"
#include "domain/JsonExportCodec.h"
#include "domain/JsonParser.h"
#include "domain/JsonProductCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(quittance::domain::ErrorCode)

namespace {

// Also tests/fuzz/corpus/json/client.json and the example in docs/JSON_FORMAT.md.
const QByteArray kClient = R"json(
{
  "id": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21",
  "name": "Example Ltd",
  "contactPerson": "Jane Doe",
  "billingAddress": {
    "lines": ["1 High Street", "Floor 3"],
    "postalCode": "EC1A 1BB",
    "city": "London",
    "country": "GB"
  },
  "vatId": "GB123456789",
  "email": "ap@example.co.uk",
  "defaultCurrency": "GBP",
  "language": "en",
  "paymentTermsDays": 30,
  "notes": "Send invoices as PDF to the AP mailbox.",
  "archived": false,
  "version": 1,
  "updatedAt": "2025-01-15T08:30:00.250Z"
}
)json"_ba;

const QByteArray kProduct = R"json(
{
  "id": "9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32",
  "name": "Consulting",
  "description": "Senior consulting, billed per hour",
  "unitCode": "HUR",
  "unitPrice": "95.5",
  "taxCategory": "S",
  "taxRate": "19",
  "archived": false
}
)json"_ba;

const QByteArray kExport = R"json({
  "format": "quittance-export",
  "version": 1,
  "exportedAt": "2025-05-01T12:00:00Z",
  "clients": [
    {"id": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21", "name": "Example Ltd",
     "billingAddress": {"lines": [], "country": "GB"}, "language": "en", "archived": false,
     "version": 4, "updatedAt": "2025-04-30T17:45:12.500Z"},
    {"id": "7c9e1b3d-5f7a-4c9e-8b3d-9f1b3d5f7a98", "name": "Beispiel AG",
     "billingAddress": {"lines": [], "country": "CH"}, "defaultCurrency": "CHF",
     "language": "de", "archived": true}
  ],
  "products": [
    {"id": "9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32", "name": "Consulting", "unitCode": "HUR",
     "unitPrice": "95.5", "taxCategory": "S", "taxRate": "19", "archived": false}
  ],
  "documents": [
    {"id": "6f1c2a4e-3b5d-4c8e-9a7f-0d2e4b6c8a10", "type": "invoice", "status": "draft",
     "currency": "EUR", "language": "en", "clientId": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21",
     "lines": [{"description": "Consulting", "quantity": "2", "unitCode": "HUR",
                "unitPrice": "95.5", "baseQuantity": "1", "taxCategory": "S",
                "taxRate": "19"}],
     "allowancesCharges": [], "exemptionReasons": {}, "payments": [],
     "totals": {"lineNetAmounts": ["191.00"], "lineNetTotal": "191.00",
                "allowanceTotal": "0.00", "chargeTotal": "0.00", "taxBasisTotal": "191.00",
                "taxTotal": "36.29", "grandTotal": "227.29", "prepaidAmount": "0.00",
                "amountDue": "227.29", "paidAmount": "0.00", "outstanding": "227.29",
                "taxBreakdown": [{"category": "S", "rate": "19", "taxableAmount": "191.00",
                                  "taxAmount": "36.29"}],
                "smallBusinessExemption": false},
     "version": 2, "updatedAt": "2025-04-30T18:00:00Z"}
  ]
})json"_ba; // 2 x 95.50 = 191.00; 19 % = 36.29; total 227.29

QByteArray replaced(const QByteArray& base, const QByteArray& from, const QByteArray& to) {
    const qsizetype count = base.count(from);
    if (count != 1)
        qFatal("test data: \"%s\" occurs %lld times", from.constData(),
               static_cast<long long>(count));
    QByteArray out = base;
    out.replace(from, to);
    return out;
}

QJsonObject object(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QUuid uuid(QStringView text) {
    return QUuid::fromString(text);
}

Client richClient() {
    Client c;
    c.uuid = uuid(u"1d3f5b7a-9c1e-4f3b-8d5f-7b9d1f3b5d65");
    c.name = u"Gulf Trading W.L.L."_s;
    c.contactPerson = u"Fatima Al-Sabah"_s;
    c.billingAddress.lines = {u"Block 3"_s, u"Street 14"_s, QString()};
    c.billingAddress.postalCode = u"13001"_s;
    c.billingAddress.city = u"Kuwait City"_s;
    c.billingAddress.country = u"KW"_s;
    c.vatId = u"de 123.456-789"_s; // valid, kept as written
    c.email = u"accounts@gulf.example"_s;
    c.defaultCurrency = Currency::fromCode(u"KWD").value();
    c.language = DocumentLanguage::German;
    c.paymentTermsDays = 0;
    c.notes = u"Line one\nLine two — “quoted”"_s;
    c.archived = true;
    return c;
}

Product richProduct() {
    Product p;
    p.uuid = uuid(u"2e4a6c8e-0a2c-4e6a-8c0e-2a4c6e8a0c19");
    p.name = u"Hosting"_s;
    p.description = u"Managed hosting, per month"_s;
    p.unitCode = u"MON"_s;
    p.unitPrice = Decimal::parse(u"0.000001").value();
    p.taxCategory = TaxCategory::ReverseCharge;
    p.archived = true;
    return p;
}

} // namespace

class TestJsonRecords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesCanonicalClient();
    void canonicalClientReencodesIdentically();
    void minimalClient();
    void clientRoundTrip();
    void clientRejects_data();
    void clientRejects();
    void decodesCanonicalProduct();
    void productRoundTrip();
    void productRejects_data();
    void productRejects();
    void decodesExport();
    void exportRoundTrip();
    void exportRejects_data();
    void exportRejects();
    void exportRecordLimit();
    void exportMayExceedTheRecordBodyLimit();
    void exportEncodeNamesTheDocument();
};

void TestJsonRecords::decodesCanonicalClient() {
    const auto decoded = JsonClientCodec::decode(QByteArrayView(kClient));
    QVERIFY_RESULT(decoded);
    const Client& c = decoded->value;
    QCOMPARE(c.uuid, uuid(u"3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21"));
    QCOMPARE(c.name, u"Example Ltd"_s);
    QCOMPARE(c.contactPerson, u"Jane Doe"_s);
    QCOMPARE(c.billingAddress.lines, (QStringList{u"1 High Street"_s, u"Floor 3"_s}));
    QCOMPARE(c.billingAddress.postalCode, u"EC1A 1BB"_s);
    QCOMPARE(c.billingAddress.city, u"London"_s);
    QCOMPARE(c.billingAddress.country, u"GB"_s);
    QCOMPARE(c.vatId, u"GB123456789"_s);
    QCOMPARE(c.email, u"ap@example.co.uk"_s);
    QVERIFY(c.defaultCurrency);
    QCOMPARE(c.defaultCurrency->code(), u"GBP"_s);
    QCOMPARE(c.language, DocumentLanguage::English);
    QCOMPARE(c.paymentTermsDays, std::optional<int>(30));
    QCOMPARE(c.notes, u"Send invoices as PDF to the AP mailbox."_s);
    QVERIFY(!c.archived);
    QCOMPARE(decoded->meta.version, std::optional<qint64>(1));
    QCOMPARE(decoded->meta.updatedAt, std::optional<QDateTime>(QDateTime(
                                          QDate(2025, 1, 15), QTime(8, 30, 0, 250), Qt::UTC)));
}

void TestJsonRecords::canonicalClientReencodesIdentically() {
    const auto decoded = JsonClientCodec::decode(QByteArrayView(kClient));
    QVERIFY_RESULT(decoded);
    const QJsonObject expected = object(kClient);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(JsonClientCodec::encode(decoded->value, decoded->meta), expected);
}

void TestJsonRecords::minimalClient() {
    const auto decoded = JsonClientCodec::decode(QByteArrayView(
        R"({"id":"3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21","name":"X","billingAddress":{"country":"GB"}})"_ba));
    QVERIFY_RESULT(decoded);
    QCOMPARE(decoded->value.language, DocumentLanguage::English);
    QVERIFY(!decoded->value.defaultCurrency);
    QVERIFY(!decoded->value.paymentTermsDays);
    QVERIFY(!decoded->value.archived);
    QVERIFY(decoded->value.billingAddress.lines.isEmpty());
    QVERIFY(decoded->meta.isEmpty());
    // Written back with every default spelled out and nothing empty.
    QCOMPARE(JsonClientCodec::encode(decoded->value), object(R"({
        "id": "3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21", "name": "X",
        "billingAddress": {"lines": [], "country": "GB"}, "language": "en",
        "archived": false})"));
}

void TestJsonRecords::clientRoundTrip() {
    const Client client = richClient();
    QVERIFY_RESULT(client.validate());
    const JsonRecordMeta meta{12, QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC)};
    for (const JsonRecordMeta& m : {JsonRecordMeta{}, meta}) {
        const QJsonObject encoded = JsonClientCodec::encode(client, m);
        QCOMPARE(encoded.value(u"paymentTermsDays"), QJsonValue(0));
        QCOMPARE(encoded.value(u"vatId").toString(), u"de 123.456-789"_s);
        const auto viaObject = JsonClientCodec::decode(encoded);
        QVERIFY_RESULT(viaObject);
        QVERIFY(viaObject->value == client);
        QCOMPARE(viaObject->meta, m);
        const QByteArray bytes = QJsonDocument(encoded).toJson();
        const auto viaBytes = JsonClientCodec::decode(QByteArrayView(bytes));
        QVERIFY_RESULT(viaBytes);
        QVERIFY(viaBytes->value == client);
        QCOMPARE(viaBytes->meta, m);
    }
}

void TestJsonRecords::clientRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const auto row = [](const char* name, const QByteArray& from, const QByteArray& to,
                        const QString& field) {
        QTest::newRow(name) << replaced(kClient, from, to) << field;
    };
    QTest::newRow("array body") << "[" + kClient + "]" << QString();
    row("unknown member", R"("archived": false,)", R"("archived": false, "colour": "red",)",
        u"colour"_s);
    row("unknown address member", R"("city": "London",)", R"("city": "London", "state": "",)",
        u"billingAddress.state"_s);
    row("duplicate key", R"("name": "Example Ltd",)", R"("name": "Example Ltd", "name": "X",)",
        u"name"_s);
    row("no name", R"("name": "Example Ltd",)", "", u"name"_s);
    row("blank name", R"("name": "Example Ltd")", R"("name": "   ")", u"name"_s);
    row("name of 201 characters", R"("name": "Example Ltd")",
        "\"name\": \"" + QByteArray(201, 'n') + "\"", u"name"_s);
    row("number for contact person", R"("contactPerson": "Jane Doe")", R"("contactPerson": 42)",
        u"contactPerson"_s);
    row("no address", R"("billingAddress": {)", R"("address": {)", u"address"_s);
    row("no country", R"("city": "London",
    "country": "GB")",
        R"("city": "London")", u"billingAddress.country"_s);
    row("lower-case country", R"("country": "GB")", R"("country": "gb")",
        u"billingAddress.country"_s);
    row("four address lines", R"(["1 High Street", "Floor 3"])", R"(["a", "b", "c", "d"])",
        u"billingAddress.lines"_s);
    row("line break in an address line", R"("Floor 3")", R"("Floor\n3")",
        u"billingAddress.lines[1]"_s);
    row("payment terms as a string", R"("paymentTermsDays": 30)", R"("paymentTermsDays": "30")",
        u"paymentTermsDays"_s);
    row("fractional payment terms", R"("paymentTermsDays": 30)", R"("paymentTermsDays": 30.5)",
        u"paymentTermsDays"_s);
    row("payment terms of 366 days", R"("paymentTermsDays": 30)", R"("paymentTermsDays": 366)",
        u"paymentTermsDays"_s);
    row("negative payment terms", R"("paymentTermsDays": 30)", R"("paymentTermsDays": -1)",
        u"paymentTermsDays"_s);
    row("lower-case currency", R"("defaultCurrency": "GBP")", R"("defaultCurrency": "gbp")",
        u"defaultCurrency"_s);
    row("no-currency code", R"("defaultCurrency": "GBP")", R"("defaultCurrency": "XXX")",
        u"defaultCurrency"_s);
    row("upper-case language", R"("language": "en")", R"("language": "EN")", u"language"_s);
    row("string for archived", R"("archived": false)", R"("archived": "false")", u"archived"_s);
    row("bad email", R"("email": "ap@example.co.uk")", R"("email": "ap@")", u"email"_s);
    row("bad VAT ID", R"("vatId": "GB123456789")", R"("vatId": "GB")", u"vatId"_s);
    row("nil id", R"("3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21")",
        R"("00000000-0000-0000-0000-000000000000")", u"id"_s);
    row("upper-case id", R"("3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21")",
        R"("3A7E9C1B-5D2F-4E6A-8B0C-1F3E5A7C9D21")", u"id"_s);
    row("notes of 10001 characters", R"("notes": "Send invoices as PDF to the AP mailbox.")",
        "\"notes\": \"" + QByteArray(10001, 'n') + "\"", u"notes"_s);
    row("negative version", R"("version": 1)", R"("version": -1)", u"version"_s);
    row("date for updatedAt", R"("updatedAt": "2025-01-15T08:30:00.250Z")",
        R"("updatedAt": "2025-01-15")", u"updatedAt"_s);
    row("NUL in the notes", R"(AP mailbox.")", R"(AP\u0000mailbox.")", u"notes"_s);
}

void TestJsonRecords::clientRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto decoded = JsonClientCodec::decode(QByteArrayView(json));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, field);
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestJsonRecords::decodesCanonicalProduct() {
    const auto decoded = JsonProductCodec::decode(QByteArrayView(kProduct));
    QVERIFY_RESULT(decoded);
    const Product& p = decoded->value;
    QCOMPARE(p.uuid, uuid(u"9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32"));
    QCOMPARE(p.name, u"Consulting"_s);
    QCOMPARE(p.description, u"Senior consulting, billed per hour"_s);
    QCOMPARE(p.unitCode, u"HUR"_s);
    QCOMPARE(p.unitPrice, Decimal::fromScaled(95'500'000));
    QCOMPARE(p.taxCategory, TaxCategory::StandardRate);
    QCOMPARE(p.taxRate, Decimal::fromScaled(19'000'000));
    QVERIFY(!p.archived);
    QVERIFY(decoded->meta.isEmpty());
    QCOMPARE(JsonProductCodec::encode(p), object(kProduct));
}

void TestJsonRecords::productRoundTrip() {
    const Product product = richProduct();
    QVERIFY_RESULT(product.validate());
    const JsonRecordMeta meta{1, std::nullopt};
    const QJsonObject encoded = JsonProductCodec::encode(product, meta);
    QCOMPARE(encoded.value(u"unitPrice").toString(), u"0.000001"_s);
    QCOMPARE(encoded.value(u"taxRate").toString(), u"0"_s);
    QCOMPARE(encoded.value(u"taxCategory").toString(), u"AE"_s);
    QCOMPARE(encoded.value(u"version"), QJsonValue(1));
    QVERIFY(!encoded.contains(u"updatedAt"));
    const auto decoded = JsonProductCodec::decode(QByteArrayView(QJsonDocument(encoded).toJson()));
    QVERIFY_RESULT(decoded);
    QVERIFY(decoded->value == product);
    QCOMPARE(decoded->meta, meta);
}

void TestJsonRecords::productRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const auto row = [](const char* name, const QByteArray& from, const QByteArray& to,
                        const QString& field) {
        QTest::newRow(name) << replaced(kProduct, from, to) << field;
    };
    row("number for the price", R"("unitPrice": "95.5")", R"("unitPrice": 95.5)", u"unitPrice"_s);
    row("number for the rate", R"("taxRate": "19")", R"("taxRate": 19)", u"taxRate"_s);
    row("seven decimals", R"("unitPrice": "95.5")", R"("unitPrice": "95.5000001")", u"unitPrice"_s);
    row("negative price", R"("unitPrice": "95.5")", R"("unitPrice": "-1")", u"unitPrice"_s);
    row("zero-rated at 19", R"("taxCategory": "S")", R"("taxCategory": "Z")", u"taxRate"_s);
    row("rate above 100", R"("taxRate": "19")", R"("taxRate": "100.5")", u"taxRate"_s);
    row("lower-case unit", R"("unitCode": "HUR")", R"("unitCode": "hur")", u"unitCode"_s);
    row("no name", R"("name": "Consulting",)", "", u"name"_s);
    row("no tax category", R"("taxCategory": "S",)", "", u"taxCategory"_s);
    row("no id", R"("id": "9b2d4f6a-8c0e-4a1b-b3d5-7e9f1a2c4e32",)", "", u"id"_s);
    row("description of 2001 characters", R"("Senior consulting, billed per hour")",
        "\"" + QByteArray(2001, 'd') + "\"", u"description"_s);
    row("unknown member", R"("archived": false)", R"("archived": false, "price": "1")", u"price"_s);
    row("sync metadata of the wrong type", R"("archived": false)",
        R"("archived": false, "updatedAt": 1714564800)", u"updatedAt"_s);
}

void TestJsonRecords::productRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto decoded = JsonProductCodec::decode(QByteArrayView(json));
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, field);
}

void TestJsonRecords::decodesExport() {
    const auto decoded = JsonExportCodec::decode(QByteArrayView(kExport));
    QVERIFY_RESULT(decoded);
    QCOMPARE(decoded->exportedAt, QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(decoded->clients.size(), 2);
    QCOMPARE(decoded->clients[0].value.name, u"Example Ltd"_s);
    QCOMPARE(decoded->clients[0].meta.version, std::optional<qint64>(4));
    QCOMPARE(
        decoded->clients[0].meta.updatedAt,
        std::optional<QDateTime>(QDateTime(QDate(2025, 4, 30), QTime(17, 45, 12, 500), Qt::UTC)));
    QVERIFY(decoded->clients[1].value.archived);
    QVERIFY(decoded->clients[1].meta.isEmpty());
    QCOMPARE(decoded->products.size(), 1);
    QCOMPARE(decoded->products[0].value.unitCode, u"HUR"_s);
    QCOMPARE(decoded->documents.size(), 1);
    QCOMPARE(decoded->documents[0].value.lines[0].quantity, Decimal::fromScaled(2'000'000));
    QCOMPARE(decoded->documents[0].meta.version, std::optional<qint64>(2));

    // Canonical input: written back member for member.
    const auto encoded = JsonExportCodec::encode(*decoded);
    QVERIFY_RESULT(encoded);
    QCOMPARE(QJsonDocument(*encoded).toJson(), QJsonDocument(object(kExport)).toJson());
}

void TestJsonRecords::exportRoundTrip() {
    JsonExport content;
    content.exportedAt = QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 1), Qt::UTC);
    content.clients = {{richClient(), {3, std::nullopt}}};
    content.products = {{richProduct(), {}}};
    const auto documents = JsonExportCodec::decode(QByteArrayView(kExport));
    QVERIFY_RESULT(documents);
    content.documents = documents->documents;
    const auto encoded = JsonExportCodec::encode(content);
    QVERIFY_RESULT(encoded);
    QCOMPARE(encoded->value(u"format").toString(), u"quittance-export"_s);
    QCOMPARE(encoded->value(u"version"), QJsonValue(1));
    QCOMPARE(encoded->value(u"exportedAt").toString(), u"2025-12-31T23:59:59.001Z"_s);
    const QByteArray bytes = QJsonDocument(*encoded).toJson(QJsonDocument::Compact);
    const auto decoded = JsonExportCodec::decode(QByteArrayView(bytes));
    QVERIFY_RESULT(decoded);
    QVERIFY(*decoded == content);

    const JsonExport empty{content.exportedAt, {}, {}, {}};
    const auto emptyEncoded = JsonExportCodec::encode(empty);
    QVERIFY_RESULT(emptyEncoded);
    const auto emptyDecoded = JsonExportCodec::decode(*emptyEncoded);
    QVERIFY_RESULT(emptyDecoded);
    QVERIFY(*emptyDecoded == empty);
}

void TestJsonRecords::exportRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");

    const auto row = [](const char* name, const QByteArray& from, const QByteArray& to,
                        const QString& field, ErrorCode code = ErrorCode::InvalidInput) {
        QTest::newRow(name) << replaced(kExport, from, to) << field << code;
    };
    row("other format", R"("format": "quittance-export")", R"("format": "other-export")",
        u"format"_s);
    row("no format", R"("format": "quittance-export",)", "", u"format"_s);
    row("newer version", R"("version": 1,)", R"("version": 2,)", u"version"_s,
        ErrorCode::Incompatible);
    row("version 0", R"("version": 1,)", R"("version": 0,)", u"version"_s);
    row("version as a string", R"("version": 1,)", R"("version": "1",)", u"version"_s);
    row("no exportedAt", R"("exportedAt": "2025-05-01T12:00:00Z",)", "", u"exportedAt"_s);
    row("exportedAt without time", R"("2025-05-01T12:00:00Z")", R"("2025-05-01")", u"exportedAt"_s);
    row("unknown member", R"("version": 1,)", R"("version": 1, "colour": "red",)", u"colour"_s);
    QTest::newRow("clients not an array")
        << R"({"format":"quittance-export","version":1,"exportedAt":"2025-05-01T12:00:00Z",)"
           R"("clients":{}})"_ba
        << u"clients"_s << ErrorCode::InvalidInput;
    row("client not an object", R"("clients": [)", R"("clients": ["Example Ltd",)",
        u"clients[0]"_s);
    row("lower-case country of a client", R"("country": "CH")", R"("country": "ch")",
        u"clients[1].billingAddress.country"_s);
    row("number for a product price", R"("unitPrice": "95.5", "taxCategory": "S", "taxRate")",
        R"("unitPrice": 95.5, "taxCategory": "S", "taxRate")", u"products[0].unitPrice"_s);
    row("number for a document quantity", R"("quantity": "2")", R"("quantity": 2)",
        u"documents[0].lines[0].quantity"_s);
    row("unknown member in a document line", R"("baseQuantity": "1",)",
        R"("baseQuantity": "1", "colour": "red",)", u"documents[0].lines[0].colour"_s);
    row("document total mismatch", R"("grandTotal": "227.29")", R"("grandTotal": "227.30")",
        u"documents[0].totals.grandTotal"_s);
    row("negative quantity in a document", R"("quantity": "2")", R"("quantity": "-2")",
        u"documents[0].lines[0].quantity"_s);
    row("two clients with one id", R"("7c9e1b3d-5f7a-4c9e-8b3d-9f1b3d5f7a98")",
        R"("3a7e9c1b-5d2f-4e6a-8b0c-1f3e5a7c9d21")", u"clients[1].id"_s);
    row("duplicate key in a document", R"("status": "draft",)",
        R"("status": "draft", "status": "issued",)", u"documents[0].status"_s);
}

void TestJsonRecords::exportRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);
    const auto decoded = JsonExportCodec::decode(QByteArrayView(json));
    QVERIFY_ERROR(decoded, code);
    QCOMPARE(decoded.error().field, field);
}

void TestJsonRecords::exportRecordLimit() {
    // Counted over all three collections before any record is decoded.
    QJsonObject envelope = object(kExport);
    QJsonArray many;
    for (int i = 0; i < 100'000; ++i)
        many.append(QJsonObject());
    envelope.insert(u"clients", many);
    many.append(QJsonObject());
    envelope.insert(u"products", many);
    envelope.insert(u"documents", QJsonArray());
    const auto decoded = JsonExportCodec::decode(envelope);
    QVERIFY_ERROR(decoded, ErrorCode::InvalidInput);
    QCOMPARE(decoded.error().field, u"products"_s);
    QVERIFY2(decoded.error().message.contains(u"200000"_s), qPrintable(decoded.error().message));

    // At the limit the count passes and the first (empty) record is refused.
    many.removeLast();
    many.removeLast();
    envelope.insert(u"products", many);
    const auto atLimit = JsonExportCodec::decode(envelope);
    QVERIFY_ERROR(atLimit, ErrorCode::InvalidInput);
    QCOMPARE(atLimit.error().field, u"clients[0].id"_s);
}

void TestJsonRecords::exportMayExceedTheRecordBodyLimit() {
    const QByteArray padded = kExport + QByteArray(2 * JsonParser::kMaxRecordBytes, ' ');
    QVERIFY_RESULT(JsonExportCodec::decode(QByteArrayView(padded)));
    QVERIFY_ERROR(JsonClientCodec::decode(
                      QByteArrayView(kClient + QByteArray(JsonParser::kMaxRecordBytes, ' '))),
                  ErrorCode::InvalidInput);
}

void TestJsonRecords::exportEncodeNamesTheDocument() {
    JsonExport content;
    content.exportedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    Document document;
    document.uuid = uuid(u"0b1d3f5a-7c9e-4b1d-af3b-5d7f9b1d3f87");
    document.currency = Currency::fromCode(u"EUR").value();
    DocumentLine line;
    line.description = u"Too much"_s;
    line.quantity = Decimal::parse(u"9000000000000").value();
    line.unitPrice = Decimal::parse(u"9000000000000").value();
    line.taxRate = Decimal::parse(u"19").value();
    document.lines = {line};
    content.documents = {{Document(), {}}, {document, {}}};
    content.documents[0].value = document;
    content.documents[0].value.lines.clear();
    const auto encoded = JsonExportCodec::encode(content);
    QVERIFY_ERROR(encoded, ErrorCode::InvalidInput);
    QCOMPARE(encoded.error().field, u"documents[1].lines[0]"_s);
}

QTEST_APPLESS_MAIN(TestJsonRecords)
#include "tst_jsonrecords.moc"
