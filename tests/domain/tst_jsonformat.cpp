// The JSON front door and scalar forms: JsonParser's byte-level strictness
// (syntax, UTF-8, NUL, duplicate keys, nesting, size) and JsonScalar's one
// spelling per date, timestamp and UUID. Every refusal is checked for its
// exact field (the JSON path) and the reason in its message.

#include "TestHelpers.h"

#include "domain/JsonParser.h"
#include "domain/JsonPath.h"
#include "domain/JsonScalar.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

class TestJsonFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void sizeLimitIsInclusive();
    void decodedTextKeepsEscapes();
    void dates_data();
    void dates();
    void invalidDates_data();
    void invalidDates();
    void timestamps_data();
    void timestamps();
    void invalidTimestamps_data();
    void invalidTimestamps();
    void timestampFormat();
    void uuids();
    void invalidUuids_data();
    void invalidUuids();
    void paths();
};

void TestJsonFormat::parseAccepts_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("members");

    QTest::newRow("empty object") << "{}"_ba << 0;
    QTest::newRow("whitespace around") << " \t\r\n{ } \n"_ba << 0;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF{\"a\":1}"_ba << 1;
    QTest::newRow("all value types")
        << R"({"s":"x","n":-0.5e+3,"t":true,"f":false,"z":null,"a":[1,[2]],"o":{"p":{}}})"_ba << 7;
    QTest::newRow("same key in different objects") << R"({"a":{"a":1},"b":{"a":2}})"_ba << 2;
    QTest::newRow("keys differing in case") << R"({"a":1,"A":2})"_ba << 2;
    QTest::newRow("16 levels deep")
        << "{\"a\":[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]}"_ba << 1; // object + 15 arrays
    QTest::newRow("4-byte UTF-8") << "{\"a\":\"\xF0\x9F\x98\x80\"}"_ba << 1;
    QByteArray wide = "{";
    for (int i = 0; i < 80'000; ++i)
        wide += "\"k" + QByteArray::number(i) + "\":0,";
    wide.chop(1);
    QTest::newRow("80 000 distinct keys") << wide + "}" << 80'000;
    QTest::newRow("largest code point") << "{\"a\":\"\xF4\x8F\xBF\xBF\"}"_ba << 1;
}

void TestJsonFormat::parseAccepts() {
    QFETCH(QByteArray, json);
    QFETCH(int, members);
    const auto parsed = JsonParser::parseObject(json);
    QVERIFY_RESULT(parsed);
    QCOMPARE(parsed->size(), members);
}

void TestJsonFormat::parseRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // a fragment of the message

    const QString syntax = u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << QString() << u"empty"_s;
    QTest::newRow("only whitespace") << " \n"_ba << QString() << u"empty"_s;
    QTest::newRow("not JSON") << "hello"_ba << QString() << syntax;
    QTest::newRow("array at top level") << "[]"_ba << QString() << u"must be an object"_s;
    QTest::newRow("string at top level") << "\"x\""_ba << QString() << u"must be an object"_s;
    QTest::newRow("number at top level") << "42"_ba << QString() << u"must be an object"_s;
    QTest::newRow("null at top level") << "null"_ba << QString() << u"must be an object"_s;
    QTest::newRow("two objects") << "{}{}"_ba << QString() << syntax;
    QTest::newRow("trailing garbage") << "{} x"_ba << QString() << syntax;
    QTest::newRow("unterminated object") << "{\"a\":1"_ba << QString() << syntax;
    QTest::newRow("unterminated string") << "{\"notes\":\"abc"_ba << u"notes"_s << syntax;
    QTest::newRow("single quotes") << "{'a':1}"_ba << QString() << syntax;
    QTest::newRow("trailing comma") << "{\"a\":1,}"_ba << QString() << syntax;
    QTest::newRow("trailing comma in array") << "{\"a\":[1,]}"_ba << u"a[1]"_s << syntax;
    QTest::newRow("missing colon") << "{\"a\" 1}"_ba << u"a"_s << syntax;
    QTest::newRow("leading zero") << "{\"version\":01}"_ba << QString() << syntax;
    QTest::newRow("bare decimal point") << "{\"a\":1.}"_ba << u"a"_s << syntax;
    QTest::newRow("plus sign") << "{\"a\":+1}"_ba << u"a"_s << syntax;
    QTest::newRow("NaN") << "{\"a\":NaN}"_ba << u"a"_s << syntax;
    QTest::newRow("capitalised literal") << "{\"a\":True}"_ba << u"a"_s << syntax;
    QTest::newRow("comment") << "{/* c */}"_ba << QString() << syntax;
    QTest::newRow("unknown escape") << "{\"a\":\"\\x41\"}"_ba << u"a"_s << syntax;
    QTest::newRow("short unicode escape") << "{\"a\":\"\\u12\"}"_ba << u"a"_s << syntax;
    QTest::newRow("raw control character")
        << "{\"a\":[\"x\x01y\"]}"_ba << u"a[0]"_s << u"control character"_s;
    QTest::newRow("raw line break in string") << "{\"a\":\"x\ny\"}"_ba << u"a"_s << syntax;
    QTest::newRow("invalid UTF-8 outside strings") << "{\xFF}"_ba << QString() << syntax;

    QTest::newRow("duplicate key")
        << R"({"name":"A","name":"B"})"_ba << u"name"_s << u"more than once"_s;
    QTest::newRow("duplicate key, nested")
        << R"({"lines":[{},{"quantity":"1","unitPrice":"2","quantity":"3"}]})"_ba
        << u"lines[1].quantity"_s << u"more than once"_s;
    QTest::newRow("duplicate key spelt with an escape")
        << R"({"name":"A","n\u0061me":"B"})"_ba << u"name"_s << u"more than once"_s;
    QByteArray wide = "{";
    for (int i = 0; i < 20; ++i)
        wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    QTest::newRow("duplicate key in a wide object")
        << wide + "\"k2\":0}" << u"k2"_s << u"more than once"_s;
    QTest::newRow("duplicate empty key") << R"({"":1,"":2})"_ba << QString() << u"more than once"_s;

    QTest::newRow("escaped NUL") << R"({"notes":"a\u0000b"})"_ba << u"notes"_s << u"NUL"_s;
    QTest::newRow("raw NUL") << QByteArray("{\"notes\":\"a\0b\"}", 14) << u"notes"_s << u"NUL"_s;
    QTest::newRow("NUL in a key") << R"({"a":{"x\u0000":1}})"_ba << u"a"_s << u"NUL"_s;
    QTest::newRow("lone high surrogate escape")
        << R"({"notes":"\ud800"})"_ba << u"notes"_s << u"surrogate"_s;
    QTest::newRow("lone low surrogate escape")
        << R"({"notes":"\udc00x"})"_ba << u"notes"_s << u"surrogate"_s;
    QTest::newRow("high surrogate then letter escape")
        << R"({"notes":"\ud800\u0041"})"_ba << u"notes"_s << u"surrogate"_s;

    const QString utf8 = u"UTF-8"_s;
    QTest::newRow("invalid UTF-8 byte")
        << "{\"name\":\"Caf\xE9\"}"_ba << u"name"_s << utf8; // Latin-1 é
    QTest::newRow("bad continuation") << "{\"name\":\"\xC3\x28\"}"_ba << u"name"_s << utf8;
    QTest::newRow("overlong slash") << "{\"name\":\"\xC0\xAF\"}"_ba << u"name"_s << utf8;
    QTest::newRow("overlong 3-byte") << "{\"name\":\"\xE0\x80\xAF\"}"_ba << u"name"_s << utf8;
    QTest::newRow("encoded surrogate") << "{\"name\":\"\xED\xA0\x80\"}"_ba << u"name"_s << utf8;
    QTest::newRow("beyond U+10FFFF") << "{\"name\":\"\xF4\x90\x80\x80\"}"_ba << u"name"_s << utf8;
    QTest::newRow("5-byte form") << "{\"name\":\"\xF8\x88\x80\x80\x80\"}"_ba << u"name"_s << utf8;
    QTest::newRow("truncated sequence") << "{\"name\":\"\xE2\x82\"}"_ba << u"name"_s << utf8;
    QTest::newRow("lone continuation byte") << "{\"name\":\"\x80\"}"_ba << u"name"_s << utf8;
    QTest::newRow("invalid UTF-8 in a key") << "{\"a\":{\"\xFF\":1}}"_ba << u"a"_s << utf8;

    // The top-level object is level 1, so the 17th container is refused.
    QTest::newRow("deeply nested arrays")
        << "{\"notes\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}"
        << u"notes"_s + u"[0]"_s.repeated(15) << u"nested more than 16"_s;
    QByteArray objects;
    for (int i = 0; i < 20; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(20, '}');
    QTest::newRow("deeply nested objects")
        << objects << u"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a"_s << u"nested more than 16"_s;
    QTest::newRow("a million brackets")
        << "{\"a\":" + QByteArray(1'000'000, '[') << u"a"_s + u"[0]"_s.repeated(15)
        << u"nested more than 16"_s;

    QTest::newRow("oversized body") << QByteArray(JsonParser::kMaxRecordBytes - 1, ' ') + "{}"
                                    << QString() << u"larger than 1048576 bytes"_s;
}

void TestJsonFormat::parseRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const auto parsed = JsonParser::parseObject(json);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestJsonFormat::sizeLimitIsInclusive() {
    const QByteArray exact = QByteArray(JsonParser::kMaxRecordBytes - 2, ' ') + "{}";
    QCOMPARE(exact.size(), 1024 * 1024);
    QVERIFY_RESULT(JsonParser::parseObject(exact));
    // A larger limit is the caller's to choose (exports).
    const QByteArray larger = QByteArray(2 * 1024 * 1024, ' ') + "{}";
    QVERIFY_ERROR(JsonParser::parseObject(larger), ErrorCode::InvalidInput);
    QVERIFY_RESULT(JsonParser::parseObject(larger, JsonParser::kMaxExportBytes));
}

void TestJsonFormat::decodedTextKeepsEscapes() {
    const auto parsed =
        JsonParser::parseObject(R"({"a":"\u00e9\ud83d\ude00 \"q\" \\ \/ \t","b":"é"})"_ba);
    QVERIFY_RESULT(parsed);
    QCOMPARE(parsed->value(u"a").toString(), u"é😀 \"q\" \\ / \t"_s);
    QCOMPARE(parsed->value(u"b").toString(), u"é"_s);
}

void TestJsonFormat::dates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ordinary") << u"2025-03-01"_s << QDate(2025, 3, 1);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("first year") << u"0001-01-01"_s << QDate(1, 1, 1);
    QTest::newRow("last year") << u"9999-12-31"_s << QDate(9999, 12, 31);
}

void TestJsonFormat::dates() {
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = JsonScalar::parseDate(text, u"issueDate"_s);
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, date);
    QCOMPARE(JsonScalar::formatDate(date), text);
}

void TestJsonFormat::invalidDates_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << u"2025-02-30"_s;
    QTest::newRow("29 February, no leap year") << u"2023-02-29"_s;
    QTest::newRow("29 February 1900") << u"1900-02-29"_s;
    QTest::newRow("month 13") << u"2025-13-01"_s;
    QTest::newRow("month 0") << u"2025-00-10"_s;
    QTest::newRow("day 0") << u"2025-01-00"_s;
    QTest::newRow("31 April") << u"2025-04-31"_s;
    QTest::newRow("year 0") << u"0000-01-01"_s;
    QTest::newRow("one-digit month") << u"2025-1-01"_s;
    QTest::newRow("compact") << u"20250101"_s;
    QTest::newRow("slashes") << u"2025/01/01"_s;
    QTest::newRow("with time") << u"2025-01-01T00:00:00Z"_s;
    QTest::newRow("leading space") << u" 2025-01-01"_s;
    QTest::newRow("five-digit year") << u"12025-01-01"_s;
    QTest::newRow("signed year") << u"+2025-01-01"_s;
    QTest::newRow("non-ASCII digits") << u"２０２５-01-01"_s;
    QTest::newRow("day first") << u"01-03-2025"_s;
    QTest::newRow("empty") << QString();
}

void TestJsonFormat::invalidDates() {
    QFETCH(QString, text);
    const auto parsed = JsonScalar::parseDate(text, u"issueDate"_s);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, u"issueDate"_s);
}

void TestJsonFormat::timestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("timestamp");
    QTest::addColumn<QString>("canonical");
    const QDate day(2025, 3, 20);
    QTest::newRow("seconds") << u"2025-03-20T09:15:00Z"_s
                             << QDateTime(day, QTime(9, 15, 0), Qt::UTC)
                             << u"2025-03-20T09:15:00Z"_s;
    QTest::newRow("milliseconds") << u"2025-03-20T09:15:00.250Z"_s
                                  << QDateTime(day, QTime(9, 15, 0, 250), Qt::UTC)
                                  << u"2025-03-20T09:15:00.250Z"_s;
    QTest::newRow("one fractional digit")
        << u"2025-03-20T09:15:00.5Z"_s << QDateTime(day, QTime(9, 15, 0, 500), Qt::UTC)
        << u"2025-03-20T09:15:00.500Z"_s;
    QTest::newRow("two fractional digits")
        << u"2025-03-20T09:15:00.05Z"_s << QDateTime(day, QTime(9, 15, 0, 50), Qt::UTC)
        << u"2025-03-20T09:15:00.050Z"_s;
    QTest::newRow("zero milliseconds")
        << u"2025-03-20T09:15:00.000Z"_s << QDateTime(day, QTime(9, 15, 0), Qt::UTC)
        << u"2025-03-20T09:15:00Z"_s;
    QTest::newRow("end of leap day")
        << u"2024-02-29T23:59:59.999Z"_s
        << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)
        << u"2024-02-29T23:59:59.999Z"_s;
}

void TestJsonFormat::timestamps() {
    QFETCH(QString, text);
    QFETCH(QDateTime, timestamp);
    QFETCH(QString, canonical);
    const auto parsed = JsonScalar::parseTimestamp(text, u"updatedAt"_s);
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, timestamp);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(JsonScalar::formatTimestamp(*parsed), canonical);
}

void TestJsonFormat::invalidTimestamps_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("no zone") << u"2025-03-20T09:15:00"_s;
    QTest::newRow("offset") << u"2025-03-20T09:15:00+00:00"_s;
    QTest::newRow("lower case") << u"2025-03-20t09:15:00z"_s;
    QTest::newRow("space separator") << u"2025-03-20 09:15:00Z"_s;
    QTest::newRow("no seconds") << u"2025-03-20T09:15Z"_s;
    QTest::newRow("hour 24") << u"2025-03-20T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2025-03-20T23:60:00Z"_s;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s;
    QTest::newRow("four fractional digits") << u"2025-03-20T09:15:00.1234Z"_s;
    QTest::newRow("empty fraction") << u"2025-03-20T09:15:00.Z"_s;
    QTest::newRow("impossible date") << u"2025-02-30T00:00:00Z"_s;
    QTest::newRow("one-digit hour") << u"2025-03-20T9:15:00Z"_s;
    QTest::newRow("date only") << u"2025-03-20"_s;
    QTest::newRow("comma fraction") << u"2025-03-20T09:15:00,5Z"_s;
}

void TestJsonFormat::invalidTimestamps() {
    QFETCH(QString, text);
    const auto parsed = JsonScalar::parseTimestamp(text, u"updatedAt"_s);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, u"updatedAt"_s);
}

void TestJsonFormat::timestampFormat() {
    // Any time zone is written as UTC.
    const QDateTime berlin(QDate(2025, 3, 20), QTime(10, 15, 0), Qt::OffsetFromUTC, 3600);
    QCOMPARE(JsonScalar::formatTimestamp(berlin), u"2025-03-20T09:15:00Z"_s);
}

void TestJsonFormat::uuids() {
    const QString text = u"123e4567-e89b-42d3-a456-426614174000"_s;
    const auto parsed = JsonScalar::parseUuid(text, u"id"_s);
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, QUuid(u"{123e4567-e89b-42d3-a456-426614174000}"_s));
    QCOMPARE(JsonScalar::formatUuid(*parsed), text);
}

void TestJsonFormat::invalidUuids_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("upper case") << u"123E4567-E89B-42D3-A456-426614174000"_s;
    QTest::newRow("braces") << u"{123e4567-e89b-42d3-a456-426614174000}"_s;
    QTest::newRow("no dashes") << u"123e4567e89b42d3a456426614174000"_s;
    QTest::newRow("dash misplaced") << u"123e456-7e89b-42d3-a456-426614174000"_s;
    QTest::newRow("not hex") << u"123e4567-e89b-42d3-a456-42661417400g"_s;
    QTest::newRow("too long") << u"123e4567-e89b-42d3-a456-4266141740000"_s;
    QTest::newRow("urn") << u"urn:uuid:123e4567-e89b-42d3-a456-426614174000"_s;
    QTest::newRow("nil") << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("empty") << QString();
}

void TestJsonFormat::invalidUuids() {
    QFETCH(QString, text);
    const auto parsed = JsonScalar::parseUuid(text, u"clientId"_s);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, u"clientId"_s);
}

void TestJsonFormat::paths() {
    QCOMPARE(JsonPath::member(QString(), u"lines"), u"lines"_s);
    QCOMPARE(JsonPath::element(u"lines"_s, 2), u"lines[2]"_s);
    QCOMPARE(JsonPath::member(u"lines[2]"_s, u"quantity"), u"lines[2].quantity"_s);
    QCOMPARE(JsonPath::displayKey(u"a\nb"), u"a\uFFFDb"_s);
    QCOMPARE(JsonPath::displayKey(QString(100, u'k')), QString(64, u'k') + u'…');
    QCOMPARE(JsonPath::fromEntityField(QString(), u"uuid"_s), u"id"_s);
    QCOMPARE(JsonPath::fromEntityField(u"documents[3]"_s, u"lines[0].productUuid"_s),
             u"documents[3].lines[0].productId"_s);
    QCOMPARE(JsonPath::fromEntityField(u"documents[3]"_s, u"buyerSnapshot.uuid"_s),
             u"documents[3].buyerSnapshot.id"_s);
    QCOMPARE(JsonPath::fromEntityField(QString(), u"sellerSnapshot.vatId"_s),
             u"sellerSnapshot.vatId"_s);
}

QTEST_APPLESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
