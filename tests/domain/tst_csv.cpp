// CSV writing (quoting, formula defusing) and strict, bounded reading.

#include "TestHelpers.h"
#include "domain/Csv.h"

#include <QTest>

using quittance::domain::Csv;
using quittance::domain::ErrorCode;

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesQuotedAndDefused() {
        QCOMPARE(Csv::row({QStringLiteral("a"), QStringLiteral("b\"c"), QStringLiteral("x,y")}),
                 QByteArray("\"a\",\"b\"\"c\",\"x,y\"\r\n"));
        QCOMPARE(Csv::row({QStringLiteral("=1+2"), QStringLiteral("+49 30 1234"),
                           QStringLiteral("-5"), QStringLiteral("@SUM(A1)"), QStringLiteral("ok")}),
                 QByteArray("\"'=1+2\",\"'+49 30 1234\",\"'-5\",\"'@SUM(A1)\",\"ok\"\r\n"));
        QCOMPARE(Csv::row({QStringLiteral("Grüße\nzwei Zeilen")}),
                 QByteArray("\"Grüße\nzwei Zeilen\"\r\n"));
    }

    void readsWhatItWrites() {
        const QByteArray text =
            Csv::row({QStringLiteral("name"), QStringLiteral("note")}) +
            Csv::row({QStringLiteral("Müller \"Bau\""), QStringLiteral("line one\nline two")});
        auto rows = Csv::parse(text);
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1), (QStringList{QStringLiteral("Müller \"Bau\""),
                                           QStringLiteral("line one\nline two")}));
    }

    void acceptsBomAndBareNewlines() {
        auto rows = Csv::parse("\xEF\xBB\xBFname,city\nA,B\n\n");
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).at(0), QStringLiteral("name"));
    }

    void refusesMalformed_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n\"x,y\n") << QStringLiteral("row 2");
        QTest::newRow("quote inside cell")
            << QByteArray("a,b\nx\"y,z\n") << QStringLiteral("row 2");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2,3\n") << QStringLiteral("row 2");
        QTest::newRow("invalid utf8") << QByteArray("a,b\n\xff\xfe,1\n") << QStringLiteral("file");
        QTest::newRow("nul") << QByteArray("a,b\n1\0,2\n", 10) << QStringLiteral("file");
        QTest::newRow("too wide") << QByteArray(QByteArray("a,").repeated(60) + "a\n")
                                  << QStringLiteral("row 1");
        QTest::newRow("long cell")
            << QByteArray("a\n" + QByteArray(6000, 'x') + "\n") << QStringLiteral("row 2");
        QTest::newRow("too big") << QByteArray(6 * 1024 * 1024, 'a') << QStringLiteral("file");
        QTest::newRow("too many rows")
            << QByteArray("a\n" + QByteArray("1\n").repeated(10001)) << QStringLiteral("file");
    }

    void refusesMalformed() {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        auto rows = Csv::parse(input);
        QVERIFY_ERROR(rows, ErrorCode::InvalidInput);
        QCOMPARE(rows.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
