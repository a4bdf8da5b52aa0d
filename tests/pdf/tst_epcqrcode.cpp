#include "TestHelpers.h"
#include "pdf/EpcQrCode.h"
#include "pdf/QrCode.h"

#include <QTest>

using namespace quittance;
using pdf::EpcQrCode;
using pdf::QrCode;

namespace {

domain::Money eur(const char* text) {
    return *domain::Money::parse(QString::fromLatin1(text), *domain::Currency::fromCode(u"EUR"));
}

EpcQrCode::Transfer transfer() {
    return {QStringLiteral("Anna Muster Design"), QStringLiteral("DE89370400440532013000"),
            QStringLiteral("COBADEFFXXX"), eur("1139.90"), QStringLiteral("RE-2026-001")};
}

} // namespace

class TestEpcQrCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullPayload() {
        const auto payload = EpcQrCode::payload(transfer());
        QVERIFY_RESULT(payload);
        QCOMPARE(*payload, QStringLiteral("BCD\n002\n1\nSCT\nCOBADEFFXXX\nAnna Muster Design\n"
                                          "DE89370400440532013000\nEUR1139.90\n\n\nRE-2026-001"));
    }

    void withoutBicAndSpacedIban() {
        auto t = transfer();
        t.bic.clear();
        t.iban = QStringLiteral("de89 3704 0044 0532 0130 00");
        t.amount = eur("12.3");
        t.remittanceText = QStringLiteral("RE-1");
        const auto payload = EpcQrCode::payload(t);
        QVERIFY_RESULT(payload);
        QCOMPARE(*payload, QStringLiteral("BCD\n002\n1\nSCT\n\nAnna Muster Design\n"
                                          "DE89370400440532013000\nEUR12.30\n\n\nRE-1"));
    }

    void noTrailingEmptyElements() {
        auto t = transfer();
        t.remittanceText.clear();
        t.amount = eur("0.01");
        const auto payload = EpcQrCode::payload(t);
        QVERIFY_RESULT(payload);
        QCOMPARE(*payload, QStringLiteral("BCD\n002\n1\nSCT\nCOBADEFFXXX\nAnna Muster Design\n"
                                          "DE89370400440532013000\nEUR0.01"));
    }

    void userTextCannotAddLines() {
        auto t = transfer();
        t.beneficiaryName = QStringLiteral("Evil\nDE00000000000000000000\u202E");
        t.remittanceText = QStringLiteral("RE-1\r\nEUR999");
        const auto payload = EpcQrCode::payload(t);
        QVERIFY_RESULT(payload);
        QCOMPARE(*payload, QStringLiteral("BCD\n002\n1\nSCT\nCOBADEFFXXX\n"
                                          "Evil DE00000000000000000000\n"
                                          "DE89370400440532013000\nEUR1139.90\n\n\nRE-1 EUR999"));
    }

    void lengthsCut() {
        auto t = transfer();
        t.beneficiaryName = QString(75, u'N');
        t.remittanceText = QString(150, u'R');
        const auto payload = EpcQrCode::payload(t);
        QVERIFY_RESULT(payload);
        const QStringList lines = payload->split(u'\n');
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines[5], QString(70, u'N'));
        QCOMPARE(lines[10], QString(140, u'R'));
    }

    void amountLimits() {
        auto t = transfer();
        t.amount = eur("999999999.99");
        QVERIFY_RESULT(EpcQrCode::payload(t));
        t.amount = eur("1000000000.00");
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
        t.amount = eur("0");
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
        t.amount = eur("-5");
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
    }

    void refusals() {
        auto t = transfer();
        t.amount = *domain::Money::parse(u"10.00", *domain::Currency::fromCode(u"USD"));
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
        t = transfer();
        t.iban = QStringLiteral("DE89370400440532013001"); // check digits wrong
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
        t = transfer();
        t.bic = QStringLiteral("NOTABIC");
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
        t = transfer();
        t.beneficiaryName = QStringLiteral("\u200B ");
        QVERIFY_ERROR(EpcQrCode::payload(t), domain::ErrorCode::InvalidInput);
    }

    void qrSymbol() {
        // 92 bytes: more than version 5-M holds (84), within version 6-M (106):
        // 17 + 4 * 6 = 41 modules per side.
        const QByteArray data = EpcQrCode::payload(transfer())->toUtf8();
        QCOMPARE(data.size(), 92);
        const auto code = QrCode::encode(data, QrCode::ErrorCorrection::Medium);
        QVERIFY_RESULT(code);
        QCOMPARE(code->size(), 41);
        // Finder patterns: dark corners, light separator.
        QVERIFY(code->isDark(0, 0));
        QVERIFY(code->isDark(40, 0));
        QVERIFY(code->isDark(0, 40));
        QVERIFY(!code->isDark(7, 7));
        QVERIFY_ERROR(QrCode::encode({}, QrCode::ErrorCorrection::Medium),
                      domain::ErrorCode::InvalidInput);
        QVERIFY_ERROR(QrCode::encode(QByteArray(4000, 'x'), QrCode::ErrorCorrection::High),
                      domain::ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestEpcQrCode)
#include "tst_epcqrcode.moc"
