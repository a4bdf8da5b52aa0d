#include "pdf/TextSanitizer.h"

#include <QTest>

using quittance::pdf::TextSanitizer;

namespace {

QString u(const char16_t* text) {
    return QString::fromUtf16(text);
}

} // namespace

class TestTextSanitizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void singleLine_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u(u"Beispiel GmbH") << u(u"Beispiel GmbH");
        QTest::newRow("markup stays literal") << u(u"<b>bold</b> <img src=\"file:///etc/passwd\">")
                                              << u(u"<b>bold</b> <img src=\"file:///etc/passwd\">");
        QTest::newRow("pdf syntax stays literal")
            << u(u")/JS(app.alert(1))") << u(u")/JS(app.alert(1))");
        QTest::newRow("newline becomes space")
            << u(u"Line one\nLine two") << u(u"Line one Line two");
        QTest::newRow("crlf and tab") << u(u"a\r\nb\tc") << u(u"a b c");
        QTest::newRow("C0 controls")
            << u(u"a") + QChar(0) + u(u"b\u0007c\u001bd\u007fe") << u(u"abcde");
        QTest::newRow("C1 controls") << u(u"a\u0085b\u009bc") << u(u"a bc");
        QTest::newRow("bidi override hides reordering")
            << u(u"Total \u202E00.001\u202C EUR") << u(u"Total 00.001 EUR");
        QTest::newRow("all embeddings and overrides")
            << u(u"\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee") << u(u"abcde");
        QTest::newRow("isolates") << u(u"\u2066a\u2067b\u2068c\u2069d") << u(u"abcd");
        QTest::newRow("marks") << u(u"a\u200Eb\u200Fc\u061Cd") << u(u"abcd");
        QTest::newRow("zero width") << u(u"1\u200B0\u200C0\u200D0\u2060.\uFEFF00") << u(u"1000.00");
        QTest::newRow("tag characters") << u(u"pay\U000E0041\U000E0042 now") << u(u"pay now");
        QTest::newRow("line separators") << u(u"a\u2028b\u2029c") << u(u"a b c");
        QTest::newRow("unpaired surrogates")
            << u(u"a") + QChar(0xD800) + u(u"b") + QChar(0xDC00) << u(u"ab");
        QTest::newRow("noncharacters") << u(u"a\uFFFEb\uFFFFc") << u(u"abc");
        QTest::newRow("astral kept") << u(u"a\U0001F600b") << u(u"a\U0001F600b");
        QTest::newRow("space runs collapse") << u(u"  a     b  ") << u(u"a b");
        QTest::newRow("greek cyrillic hebrew kept")
            << u(u"Αθήνα Москва שלום") << u(u"Αθήνα Москва שלום");
        QTest::newRow("combining marks capped")
            << u(u"e\u0301\u0302\u0303\u0304\u0305\u0306\u0307x")
            << u(u"e\u0301\u0302\u0303\u0304x");
    }
    void singleLine() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextSanitizer::singleLine(input, 1000), expected);
    }

    void capsLength() {
        QCOMPARE(TextSanitizer::singleLine(u"abcdefghij", 10), u(u"abcdefghij"));
        QCOMPARE(TextSanitizer::singleLine(u"abcdefghijk", 10), u(u"abcdefghi\u2026"));
        // Never splits a surrogate pair.
        QCOMPARE(TextSanitizer::singleLine(u(u"abc\U0001F600def"), 5), u(u"abc\u2026"));
        // Trailing space before the cut is dropped.
        QCOMPARE(TextSanitizer::singleLine(u"abcd efgh", 6), u(u"abcd\u2026"));
        // The cap counts what is left after stripping.
        QCOMPARE(TextSanitizer::singleLine(u(u"\u200B\u200B\u200Babc"), 3), u(u"abc"));
    }

    void multiLine_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keeps newlines") << u(u"one\ntwo") << u(u"one\ntwo");
        QTest::newRow("crlf and cr") << u(u"one\r\ntwo\rthree") << u(u"one\ntwo\nthree");
        QTest::newRow("blank runs collapse") << u(u"\n\none\n\n\n\ntwo\n\n") << u(u"one\n\ntwo");
        QTest::newRow("trims lines") << u(u"  one  \n\ttwo ") << u(u"one\ntwo");
        QTest::newRow("controls gone")
            << u(u"a") + QChar(0) + u(u"\u001b[31mb\n\u202Ec") << u(u"a[31mb\nc");
        QTest::newRow("paragraph separator") << u(u"a\u2029b") << u(u"a\nb");
    }
    void multiLine() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextSanitizer::multiLine(input, 1000, 10), expected);
    }

    void capsLines() {
        QCOMPARE(TextSanitizer::multiLine(u"1\n2\n3\n4", 100, 3), u(u"1\n2\n3\u2026"));
        QCOMPARE(TextSanitizer::multiLine(u"1\n2\n3", 100, 3), u(u"1\n2\n3"));
        QCOMPARE(TextSanitizer::multiLine(u"abcdef\nghij", 8, 5), u(u"abcdef\n\u2026"));
    }

    void documentedLimits() {
        // The renderer's field limits, as documented in TextSanitizer.h.
        QCOMPARE(TextSanitizer::kMaxNameLength, 120);
        QCOMPARE(TextSanitizer::kMaxDescriptionLength, 1000);
        QCOMPARE(TextSanitizer::kMaxNotesLength, 2000);
        QCOMPARE(TextSanitizer::kMaxCombiningMarks, 4);
    }
};

QTEST_GUILESS_MAIN(TestTextSanitizer)
#include "tst_textsanitizer.moc"
