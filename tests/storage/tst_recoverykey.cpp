// Recovery key text form (RFC 4648 Base32, no padding, groups of four) and
// the Argon2id floor.

#include "TestHelpers.h"
#include "storage/Kdf.h"
#include "storage/RecoveryKey.h"

#include <QTest>

#include <sodium.h>

using namespace quittance;
using storage::RecoveryKey;
using storage::SecureBuffer;

namespace {
QByteArray text(const SecureBuffer& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}
std::span<const unsigned char> bytes(const QByteArray& b) {
    return {reinterpret_cast<const unsigned char*>(b.constData()),
            static_cast<std::size_t>(b.size())};
}
} // namespace

class TestRecoveryKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void knownVectors_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("expected");
        // 256 zero bits: 52 'A'. 256 one bits: 51 '7' (11111) and a last
        // character holding one 1 bit and four zero padding bits, 10000 = 'Q'.
        QTest::newRow("zeros")
            << QByteArray(32, '\0')
            << QByteArray("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
        QTest::newRow("ones")
            << QByteArray(32, '\xff')
            << QByteArray("7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-777Q");
        // 0x01 then zeros: 00000 001|00 ... = "AE" followed by 'A's.
        QByteArray one(32, '\0');
        one[0] = '\x01';
        QTest::newRow("first byte 1")
            << one
            << QByteArray("AEAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
    }

    void knownVectors() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, expected);
        QCOMPARE(text(RecoveryKey::format(bytes(key))), expected);
        auto parsed = RecoveryKey::parse(bytes(expected));
        QVERIFY_RESULT(parsed);
        QCOMPARE(text(*parsed), key);
    }

    void randomKeysRoundTrip() {
        for (int i = 0; i < 200; ++i) {
            SecureBuffer key = SecureBuffer::random(32);
            const QByteArray formatted = text(RecoveryKey::format(key.bytes()));
            QCOMPARE(formatted.size(), 64);
            QCOMPARE(formatted.count('-'), 12);
            auto parsed = RecoveryKey::parse(bytes(formatted.toLower().replace('-', ' ')));
            QVERIFY_RESULT(parsed);
            QVERIFY(parsed->equals(key.bytes()));
        }
    }

    void malformedTextIsRefused_data() {
        QTest::addColumn<QByteArray>("input");
        const QByteArray good("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one short") << good.left(good.size() - 1);
        QTest::newRow("one long") << good + "A";
        QTest::newRow("digit 1") << QByteArray(good).replace(0, 1, "1");
        QTest::newRow("digit 0") << QByteArray(good).replace(5, 1, "0");
        QTest::newRow("digit 8") << QByteArray(good).replace(5, 1, "8");
        QTest::newRow("padding") << good + "====";
        QTest::newRow("trailing bits set")
            << QByteArray("7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777");
        QTest::newRow("non-ascii")
            << QByteArray("ÄAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAA");
        QTest::newRow("huge") << QByteArray(100000, 'A');
        QTest::newRow("nul") << QByteArray("AAAA\0AAA", 8);
    }

    void malformedTextIsRefused() {
        QFETCH(QByteArray, input);
        QVERIFY_ERROR(RecoveryKey::parse(bytes(input)), domain::ErrorCode::WrongSecret);
    }

    void kdfRefusesBelowFloor() {
        const QByteArray salt(16, 's');
        const QByteArray pw("pw");
        QVERIFY_ERROR(storage::Kdf::derive(bytes(pw), bytes(salt), {2, storage::Kdf::kMemFloor}),
                      domain::ErrorCode::BelowKdfFloor);
        QVERIFY_ERROR(
            storage::Kdf::derive(bytes(pw), bytes(salt), {3, storage::Kdf::kMemFloor - 1024}),
            domain::ErrorCode::BelowKdfFloor);
        QVERIFY_ERROR(
            storage::Kdf::derive(bytes(pw), bytes(salt), {3, 2 * storage::Kdf::kMemCeiling}),
            domain::ErrorCode::Damaged);
        QVERIFY_ERROR(
            storage::Kdf::derive(bytes(pw), bytes(QByteArray(8, 's')), storage::Kdf::floor()),
            domain::ErrorCode::Damaged);
    }

    void kdfIsArgon2idAsDocumented() {
        // The same derivation through libsodium directly: what someone with
        // only docs/SECURITY.md would compute.
        const QByteArray salt(16, '\x42');
        const QByteArray pw("correct horse battery staple");
        auto ours = storage::Kdf::derive(bytes(pw), bytes(salt), storage::Kdf::floor());
        QVERIFY_RESULT(ours);
        unsigned char theirs[32];
        QCOMPARE(crypto_pwhash(theirs, 32, pw.constData(),
                               static_cast<unsigned long long>(pw.size()),
                               reinterpret_cast<const unsigned char*>(salt.constData()), 3,
                               64u * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QVERIFY(ours->equals({theirs, 32}));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
