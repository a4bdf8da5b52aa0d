#include "ui/PassphraseStrength.h"

#include <QTest>

using quittance::ui::PassphraseStrength;

class TestPassphraseStrength : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data() {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QString() << false << QStringLiteral("short");
        QTest::newRow("short") << QStringLiteral("Xy7!abc") << false << QStringLiteral("short");
        QTest::newRow("11 chars") << QStringLiteral("abcdefghij1") << false
                                  << QStringLiteral("short");
        QTest::newRow("common padded")
            << QStringLiteral("Password1234!") << false << QStringLiteral("common");
        QTest::newRow("common german")
            << QStringLiteral("passwort2024xx") << false << QStringLiteral("common");
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaaaaa") << false
                                  << QStringLiteral("variety");
        QTest::newRow("few chars")
            << QStringLiteral("abababababab12") << false << QStringLiteral("variety");
        QTest::newRow("sequence") << QStringLiteral("abcdefghijklmn") << false
                                  << QStringLiteral("predictable");
        QTest::newRow("digits sequence") << QStringLiteral("123456789012") << false << QString();
        QTest::newRow("lowercase only short")
            << QStringLiteral("horsebattery") << false << QStringLiteral("variety");
        QTest::newRow("four words")
            << QStringLiteral("correct horse battery staple") << true << QString();
        QTest::newRow("mixed") << QStringLiteral("Tr4m-Linie-Nord") << true << QString();
    }
    void evaluate() {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        QFETCH(QString, reasonContains);
        const auto v = PassphraseStrength::evaluate(passphrase);
        QCOMPARE(v.acceptable, acceptable);
        QVERIFY(!v.reason.isEmpty());
        if (!reasonContains.isEmpty())
            QVERIFY2(v.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(v.reason));
        QVERIFY(v.score >= 0 && v.score <= 4);
        if (!acceptable)
            QVERIFY(v.score <= 1);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
