// Document number patterns: formatting, parse errors, format errors and the
// period key used for yearly/monthly counter resets.

#include "TestHelpers.h"

#include "domain/NumberingPattern.h"

#include <QObject>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(quittance::domain::NumberingPattern::Reset)

using Reset = NumberingPattern::Reset;

class TestNumberingPattern : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parseErrors_data();
    void parseErrors();
    void formatErrors_data();
    void formatErrors();
    void periodKey_data();
    void periodKey();
    void accessors();
};

void TestNumberingPattern::format_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("expected");

    const QDate march9(2025, 3, 9);
    QTest::newRow("issue example")
        << u"INV-{YYYY}-{SEQ:4}"_s << qint64{7} << march9 << QString() << u"INV-2025-0007"_s;
    QTest::newRow("sequence wider than padding")
        << u"INV-{YYYY}-{SEQ:4}"_s << qint64{12345} << march9 << QString() << u"INV-2025-12345"_s;
    QTest::newRow("two-digit year and month")
        << u"{YY}{MM}-{SEQ:3}"_s << qint64{42} << march9 << QString() << u"2503-042"_s;
    QTest::newRow("full date, unpadded sequence") << u"RE/{YYYY}/{MM}/{DD}/{SEQ}"_s << qint64{1}
                                                  << march9 << QString() << u"RE/2025/03/09/1"_s;
    QTest::newRow("device token") << u"{DEVICE}-{SEQ:6}"_s << qint64{99} << QDate() << u"A1"_s
                                  << u"A1-000099"_s;
    QTest::newRow("nine digits") << u"Q{SEQ:9}"_s << qint64{1} << QDate() << QString()
                                 << u"Q000000001"_s;
    QTest::newRow("width one") << u"{SEQ:1}"_s << qint64{10} << QDate() << QString() << u"10"_s;
    QTest::newRow("year 2000 as YY")
        << u"{YY}-{SEQ:2}"_s << qint64{5} << QDate(2000, 12, 31) << QString() << u"00-05"_s;
    QTest::newRow("literal punctuation")
        << u"A_b.c#{SEQ:2}"_s << qint64{3} << QDate() << QString() << u"A_b.c#03"_s;
    QTest::newRow("largest sequence") << u"{SEQ}"_s << std::numeric_limits<qint64>::max() << QDate()
                                      << QString() << u"9223372036854775807"_s;
    QTest::newRow("device ignored when not in pattern")
        << u"N{SEQ:2}"_s << qint64{4} << QDate() << u"XYZ"_s << u"N04"_s;
}

void TestNumberingPattern::format() {
    QFETCH(QString, pattern);
    QFETCH(qint64, sequence);
    QFETCH(QDate, date);
    QFETCH(QString, device);
    QFETCH(QString, expected);

    const auto parsed = NumberingPattern::parse(pattern);
    QVERIFY_RESULT(parsed);
    const auto number = parsed->format(sequence, date, device);
    QVERIFY_RESULT(number);
    QCOMPARE(*number, expected);
}

void TestNumberingPattern::parseErrors_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Reset>("reset");

    QTest::newRow("empty") << QString() << Reset::Never;
    QTest::newRow("missing SEQ") << u"INV-{YYYY}"_s << Reset::Never;
    QTest::newRow("two SEQ") << u"{SEQ}-{SEQ:2}"_s << Reset::Never;
    QTest::newRow("unknown token") << u"{FOO}-{SEQ}"_s << Reset::Never;
    QTest::newRow("lower-case token") << u"{seq:4}"_s << Reset::Never;
    QTest::newRow("empty token") << u"{}{SEQ}"_s << Reset::Never;
    QTest::newRow("SEQ width 0") << u"{SEQ:0}"_s << Reset::Never;
    QTest::newRow("SEQ width 10") << u"{SEQ:10}"_s << Reset::Never;
    QTest::newRow("SEQ width missing") << u"{SEQ:}"_s << Reset::Never;
    QTest::newRow("SEQ width letter") << u"{SEQ:a}"_s << Reset::Never;
    QTest::newRow("SEQ width with leading zero") << u"{SEQ:04}"_s << Reset::Never;
    QTest::newRow("nested open brace") << u"INV-{YYYY-{SEQ}"_s << Reset::Never;
    QTest::newRow("unclosed brace") << u"INV-{SEQ"_s << Reset::Never;
    QTest::newRow("stray closing brace") << u"INV-}{SEQ}"_s << Reset::Never;
    QTest::newRow("space") << u"INV {SEQ}"_s << Reset::Never;
    QTest::newRow("non-ASCII letter") << u"RÄ-{SEQ}"_s << Reset::Never;
    QTest::newRow("control character") << u"A\t{SEQ}"_s << Reset::Never;
    // 58 literal characters + "{SEQ}" = 63 is fine (see below), 65 is not.
    QTest::newRow("too long") << QString(60, u'A') + u"{SEQ}"_s << Reset::Never;
    QTest::newRow("yearly reset without year") << u"INV-{SEQ}"_s << Reset::Yearly;
    QTest::newRow("monthly reset without month") << u"INV-{YYYY}-{SEQ}"_s << Reset::Monthly;
    QTest::newRow("monthly reset without year") << u"INV-{MM}-{SEQ}"_s << Reset::Monthly;
}

void TestNumberingPattern::parseErrors() {
    QFETCH(QString, pattern);
    QFETCH(Reset, reset);
    const auto parsed = NumberingPattern::parse(pattern, reset);
    QVERIFY_ERROR(parsed, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, u"numberingPattern"_s);
}

void TestNumberingPattern::formatErrors_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("field");

    const QDate day(2025, 1, 1);
    QTest::newRow("sequence 0") << u"{SEQ}"_s << qint64{0} << day << QString() << u"sequence"_s;
    QTest::newRow("negative sequence")
        << u"{SEQ}"_s << qint64{-1} << day << QString() << u"sequence"_s;
    QTest::newRow("date needed") << u"{YYYY}{SEQ}"_s << qint64{1} << QDate() << QString()
                                 << u"date"_s;
    QTest::newRow("device missing")
        << u"{DEVICE}{SEQ}"_s << qint64{1} << day << QString() << u"device"_s;
    QTest::newRow("device with dash")
        << u"{DEVICE}{SEQ}"_s << qint64{1} << day << u"A-1"_s << u"device"_s;
    QTest::newRow("device too long")
        << u"{DEVICE}{SEQ}"_s << qint64{1} << day << QString(17, u'D') << u"device"_s;
    // 57 letters + "{SEQ:9}" is a 64-character pattern; the number would be
    // 57 + 9 = 66 characters, over the limit of 64.
    QTest::newRow("number too long")
        << QString(57, u'A') + u"{SEQ:9}"_s << qint64{1} << day << QString() << u"sequence"_s;
}

void TestNumberingPattern::formatErrors() {
    QFETCH(QString, pattern);
    QFETCH(qint64, sequence);
    QFETCH(QDate, date);
    QFETCH(QString, device);
    QFETCH(QString, field);

    const auto parsed = NumberingPattern::parse(pattern);
    QVERIFY_RESULT(parsed);
    const auto number = parsed->format(sequence, date, device);
    QVERIFY_ERROR(number, ErrorCode::InvalidInput);
    QCOMPARE(number.error().field, field);
}

void TestNumberingPattern::periodKey_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<Reset>("reset");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("key");

    QTest::newRow("never") << u"INV-{YYYY}-{SEQ:4}"_s << Reset::Never << QDate(2025, 3, 9)
                           << QString();
    QTest::newRow("yearly") << u"INV-{YYYY}-{SEQ:4}"_s << Reset::Yearly << QDate(2025, 3, 9)
                            << u"2025"_s;
    QTest::newRow("yearly with YY")
        << u"{YY}-{SEQ}"_s << Reset::Yearly << QDate(2026, 12, 31) << u"2026"_s;
    QTest::newRow("monthly") << u"{YYYY}{MM}-{SEQ}"_s << Reset::Monthly << QDate(2025, 3, 9)
                             << u"2025-03"_s;
}

void TestNumberingPattern::periodKey() {
    QFETCH(QString, pattern);
    QFETCH(Reset, reset);
    QFETCH(QDate, date);
    QFETCH(QString, key);
    const auto parsed = NumberingPattern::parse(pattern, reset);
    QVERIFY_RESULT(parsed);
    QCOMPARE(parsed->periodKey(date), key);
}

void TestNumberingPattern::accessors() {
    // 58 + 5 = 63 characters: within the 64-character limit.
    QVERIFY_RESULT(NumberingPattern::parse(QString(58, u'A') + u"{SEQ}"_s));
    const auto parsed = NumberingPattern::parse(u"{DEVICE}-{YY}-{SEQ:3}"_s, Reset::Yearly);
    QVERIFY_RESULT(parsed);
    QCOMPARE(parsed->pattern(), u"{DEVICE}-{YY}-{SEQ:3}"_s);
    QCOMPARE(parsed->reset(), Reset::Yearly);
    QVERIFY(parsed->usesDevice());
    QVERIFY(parsed->usesDate());
    QVERIFY(!NumberingPattern::parse(u"{SEQ}"_s)->usesDate());
}

QTEST_APPLESS_MAIN(TestNumberingPattern)
#include "tst_numberingpattern.moc"
