// vault.json parsing is strict: hostile, malformed, oversized and boundary
// headers are refused with a clear error, and a valid header round-trips.

#include "TestHelpers.h"
#include "storage/KeyHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quittance;
using storage::KeyHeader;

namespace {

QJsonObject validSlot(const char* type) {
    const bool pass = QByteArray(type) == "passphrase";
    return QJsonObject{
        {QStringLiteral("type"), QString::fromLatin1(type)},
        {QStringLiteral("opslimit"), pass ? 3 : 0},
        {QStringLiteral("memlimit"), pass ? 67108864 : 0},
        {QStringLiteral("salt"),
         pass ? QString::fromLatin1(QByteArray(16, 's').toBase64()) : QString()},
        {QStringLiteral("nonce"), QString::fromLatin1(QByteArray(24, 'n').toBase64())},
        {QStringLiteral("wrapped_key"), QString::fromLatin1(QByteArray(48, 'w').toBase64())},
        {QStringLiteral("check"), QString::fromLatin1(QByteArray(16, 'c').toBase64())}};
}

QJsonObject validHeader() {
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("quittance-vault")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("vault_id"), QStringLiteral("0b8f9f0e-1c51-4a57-9a8e-2d2f3c4b5a69")},
        {QStringLiteral("slots"), QJsonArray{validSlot("passphrase"), validSlot("recovery")}},
        {QStringLiteral("anchor"),
         QJsonObject{{QStringLiteral("seq"), 2},
                     {QStringLiteral("hash"), QString::fromLatin1(QByteArray(32, 'h').toHex())}}},
        {QStringLiteral("mac"), QString::fromLatin1(QByteArray(32, 'm').toBase64())}};
}

QByteArray toBytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson();
}

QJsonObject withSlotField(int index, const QString& key, const QJsonValue& value) {
    QJsonObject header = validHeader();
    QJsonArray slots = header.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots[index].toObject();
    if (value.isUndefined())
        slot.remove(key);
    else
        slot.insert(key, value);
    slots[index] = slot;
    header.insert(QStringLiteral("slots"), slots);
    return header;
}

} // namespace

class TestKeyHeader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validHeaderRoundTrips() {
        auto header = KeyHeader::parse(toBytes(validHeader()));
        QVERIFY_RESULT(header);
        QCOMPARE(header->vaultId, QStringLiteral("0b8f9f0e-1c51-4a57-9a8e-2d2f3c4b5a69"));
        QCOMPARE(header->anchorSeq, 2);
        QCOMPARE(header->slot(storage::KeySlot::Type::Passphrase)->kdf.memlimit, 67108864u);
        auto again = KeyHeader::parse(header->serialize());
        QVERIFY_RESULT(again);
        QCOMPARE(again->serialize(), header->serialize());
        QCOMPARE(again->macInput(), header->macInput());
    }

    void associatedDataIsAsDocumented() {
        auto header = KeyHeader::parse(toBytes(validHeader()));
        QVERIFY_RESULT(header);
        QCOMPARE(
            header->slot(storage::KeySlot::Type::Passphrase)->associatedData(header->vaultId),
            QByteArray(
                "quittance-vault-v1|0b8f9f0e-1c51-4a57-9a8e-2d2f3c4b5a69|passphrase|3|67108864|") +
                QByteArray(16, 's').toBase64());
        QCOMPARE(header->slot(storage::KeySlot::Type::Recovery)->associatedData(header->vaultId),
                 QByteArray("quittance-vault-v1|0b8f9f0e-1c51-4a57-9a8e-2d2f3c4b5a69|recovery|||"));
    }

    void hostileHeadersAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        const int damaged = static_cast<int>(domain::ErrorCode::Damaged);
        QTest::newRow("empty") << QByteArray() << damaged;
        QTest::newRow("not json") << QByteArray("hello") << damaged;
        QTest::newRow("array") << QByteArray("[]") << damaged;
        QTest::newRow("null bytes")
            << QByteArray("{\"format\":\"quittance-vault\"\0}", 29) << damaged;
        QTest::newRow("oversized")
            << QByteArray(70 * 1024, ' ') + toBytes(validHeader()) << damaged;
        QJsonObject h = validHeader();
        h.insert(QStringLiteral("extra"), 1);
        QTest::newRow("unknown field") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("format"), QStringLiteral("keepass"));
        QTest::newRow("wrong format") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("version"), 2);
        QTest::newRow("newer version")
            << toBytes(h) << static_cast<int>(domain::ErrorCode::Incompatible);
        h.insert(QStringLiteral("version"), 0);
        QTest::newRow("version 0") << toBytes(h) << damaged;
        h.insert(QStringLiteral("version"), QStringLiteral("1"));
        QTest::newRow("version string") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("vault_id"), QStringLiteral("not-a-uuid"));
        QTest::newRow("bad vault id") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("slots"), QJsonArray{validSlot("passphrase")});
        QTest::newRow("one slot") << toBytes(h) << damaged;
        h.insert(QStringLiteral("slots"),
                 QJsonArray{validSlot("passphrase"), validSlot("passphrase")});
        QTest::newRow("duplicate slot") << toBytes(h) << damaged;
        h.insert(QStringLiteral("slots"),
                 QJsonArray{validSlot("passphrase"), validSlot("recovery"), validSlot("recovery")});
        QTest::newRow("three slots") << toBytes(h) << damaged;
        QTest::newRow("slot type")
            << toBytes(withSlotField(0, QStringLiteral("type"), QStringLiteral("fingerprint")))
            << damaged;
        QTest::newRow("slot unknown field")
            << toBytes(withSlotField(0, QStringLiteral("hint"), QStringLiteral("my cat")))
            << damaged;
        QTest::newRow("short salt")
            << toBytes(withSlotField(0, QStringLiteral("salt"),
                                     QString::fromLatin1(QByteArray(15, 's').toBase64())))
            << damaged;
        QTest::newRow("long nonce")
            << toBytes(withSlotField(0, QStringLiteral("nonce"),
                                     QString::fromLatin1(QByteArray(25, 'n').toBase64())))
            << damaged;
        QTest::newRow("bad base64")
            << toBytes(withSlotField(0, QStringLiteral("wrapped_key"), QStringLiteral("!!!!")))
            << damaged;
        QTest::newRow("urlsafe base64")
            << toBytes(withSlotField(0, QStringLiteral("check"),
                                     QStringLiteral("____________________w==")))
            << damaged;
        QTest::newRow("missing check")
            << toBytes(withSlotField(0, QStringLiteral("check"), QJsonValue(QJsonValue::Undefined)))
            << damaged;
        QTest::newRow("negative opslimit")
            << toBytes(withSlotField(0, QStringLiteral("opslimit"), -3)) << damaged;
        QTest::newRow("fractional memlimit")
            << toBytes(withSlotField(0, QStringLiteral("memlimit"), 67108864.5)) << damaged;
        QTest::newRow("huge memlimit")
            << toBytes(withSlotField(0, QStringLiteral("memlimit"), 1e300)) << damaged;
        QTest::newRow("recovery with kdf")
            << toBytes(withSlotField(1, QStringLiteral("opslimit"), 3)) << damaged;
        QTest::newRow("recovery with salt")
            << toBytes(withSlotField(1, QStringLiteral("salt"),
                                     QString::fromLatin1(QByteArray(16, 's').toBase64())))
            << damaged;
        h = validHeader();
        h.insert(QStringLiteral("anchor"),
                 QJsonObject{{QStringLiteral("seq"), 2},
                             {QStringLiteral("hash"), QStringLiteral("zz")}});
        QTest::newRow("bad anchor hash") << toBytes(h) << damaged;
        h.insert(QStringLiteral("anchor"),
                 QJsonObject{{QStringLiteral("seq"), 0},
                             {QStringLiteral("hash"), QStringLiteral("00")}});
        QTest::newRow("hash without seq") << toBytes(h) << damaged;
        h.remove(QStringLiteral("anchor"));
        QTest::newRow("missing anchor") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("pending_events"),
                 QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("drop table")}}});
        QTest::newRow("foreign pending event") << toBytes(h) << damaged;
        QJsonArray many;
        for (int i = 0; i < 300; ++i)
            many.append(
                QJsonObject{{QStringLiteral("action"), QStringLiteral("vault.unlock_failed")}});
        h.insert(QStringLiteral("pending_events"), many);
        QTest::newRow("too many pending events") << toBytes(h) << damaged;
        h = validHeader();
        h.insert(QStringLiteral("mac"), QString::fromLatin1(QByteArray(31, 'm').toBase64()));
        QTest::newRow("short mac") << toBytes(h) << damaged;
    }

    void hostileHeadersAreRefused() {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        auto header = KeyHeader::parse(json);
        QVERIFY(!header);
        QCOMPARE(static_cast<int>(header.error().code), code);
        QVERIFY(!header.error().message.isEmpty());
    }

    void pendingEventsAreCapped() {
        auto header = KeyHeader::parse(toBytes(validHeader()));
        QVERIFY_RESULT(header);
        for (int i = 0; i < KeyHeader::kMaxPendingEvents + 10; ++i)
            header->addPendingEvent({QStringLiteral("vault.unlock_failed"), QStringLiteral("t"),
                                     QStringLiteral("passphrase")});
        QCOMPARE(static_cast<int>(header->pendingEvents.size()), KeyHeader::kMaxPendingEvents);
        QCOMPARE(header->droppedEvents, 10);
        auto again = KeyHeader::parse(header->serialize());
        QVERIFY_RESULT(again);
        QCOMPARE(again->droppedEvents, 10);
    }
};

QTEST_GUILESS_MAIN(TestKeyHeader)
#include "tst_keyheader.moc"
