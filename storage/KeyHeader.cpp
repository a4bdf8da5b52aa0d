#include "KeyHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

domain::Error damaged(const QString& what) {
    return {
        ErrorCode::Damaged,
        QStringLiteral("The vault header (vault.json) is damaged or was altered: %1.").arg(what),
        {}};
}

bool hasOnlyKeys(const QJsonObject& object, std::initializer_list<const char*> allowed,
                 QString* unknown) {
    QSet<QString> names;
    for (const char* key : allowed)
        names.insert(QString::fromLatin1(key));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!names.contains(it.key())) {
            *unknown = it.key().left(40);
            return false;
        }
    }
    return true;
}

std::optional<QByteArray> strictBase64(const QJsonValue& value, qsizetype expectedSize) {
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<quint64> strictUInt(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > 9007199254740991.0)
        return std::nullopt;
    const auto i = static_cast<quint64>(d);
    if (static_cast<double>(i) != d)
        return std::nullopt;
    return i;
}

} // namespace

QString KeySlot::typeName() const {
    return type == Type::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery");
}

QByteArray KeySlot::associatedData(const QString& vaultId) const {
    QByteArray ad = "quittance-vault-v1|" + vaultId.toLatin1() + '|' + typeName().toLatin1() + '|';
    if (type == Type::Passphrase) {
        ad += QByteArray::number(kdf.opslimit) + '|' + QByteArray::number(kdf.memlimit) + '|' +
              salt.toBase64();
    } else {
        ad += "||";
    }
    return ad;
}

domain::Result<KeyHeader> KeyHeader::parse(const QByteArray& json) {
    if (json.size() > kMaxBytes)
        return std::unexpected(damaged(QStringLiteral("it is larger than 64 KiB")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(damaged(QStringLiteral("it is not a JSON object")));
    const QJsonObject root = doc.object();
    QString unknown;
    if (!hasOnlyKeys(root,
                     {"format", "version", "vault_id", "slots", "anchor", "mac", "pending_events",
                      "dropped_events"},
                     &unknown))
        return std::unexpected(damaged(QStringLiteral("unknown field \"%1\"").arg(unknown)));
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("quittance-vault"))
        return std::unexpected(damaged(QStringLiteral("it is not a Quittance vault header")));
    const auto version = strictUInt(root.value(QStringLiteral("version")));
    if (!version)
        return std::unexpected(damaged(QStringLiteral("missing version")));
    if (*version > static_cast<quint64>(kVersion))
        return domain::fail(ErrorCode::Incompatible,
                            QStringLiteral("This vault was written by a newer version of Quittance "
                                           "(header version %1); please upgrade.")
                                .arg(*version));
    if (*version != static_cast<quint64>(kVersion))
        return std::unexpected(damaged(QStringLiteral("unsupported version")));

    KeyHeader header;
    header.vaultId = root.value(QStringLiteral("vault_id")).toString();
    const QUuid uuid(header.vaultId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != header.vaultId)
        return std::unexpected(damaged(QStringLiteral("invalid vault_id")));

    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray() || slotsValue.toArray().size() != 2)
        return std::unexpected(damaged(QStringLiteral("slots must hold two entries")));
    for (const QJsonValue& value : slotsValue.toArray()) {
        if (!value.isObject())
            return std::unexpected(damaged(QStringLiteral("slot is not an object")));
        const QJsonObject object = value.toObject();
        if (!hasOnlyKeys(object,
                         {"type", "opslimit", "memlimit", "salt", "nonce", "wrapped_key", "check"},
                         &unknown))
            return std::unexpected(
                damaged(QStringLiteral("unknown slot field \"%1\"").arg(unknown)));
        KeySlot slot;
        const QString type = object.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("passphrase"))
            slot.type = KeySlot::Type::Passphrase;
        else if (type == QStringLiteral("recovery"))
            slot.type = KeySlot::Type::Recovery;
        else
            return std::unexpected(damaged(QStringLiteral("unknown slot type")));
        if (header.slot(slot.type))
            return std::unexpected(damaged(QStringLiteral("duplicate %1 slot").arg(type)));
        const auto ops = strictUInt(object.value(QStringLiteral("opslimit")));
        const auto mem = strictUInt(object.value(QStringLiteral("memlimit")));
        if (!ops || !mem)
            return std::unexpected(
                damaged(QStringLiteral("invalid KDF parameters in %1 slot").arg(type)));
        slot.kdf = {*ops, *mem};
        const auto nonce = strictBase64(object.value(QStringLiteral("nonce")), 24);
        const auto wrapped = strictBase64(object.value(QStringLiteral("wrapped_key")), 48);
        const auto check = strictBase64(object.value(QStringLiteral("check")), 16);
        if (!nonce || !wrapped || !check)
            return std::unexpected(damaged(
                QStringLiteral("invalid nonce, wrapped_key or check in %1 slot").arg(type)));
        slot.nonce = *nonce;
        slot.wrappedKey = *wrapped;
        slot.check = *check;
        if (slot.type == KeySlot::Type::Passphrase) {
            const auto salt = strictBase64(object.value(QStringLiteral("salt")), 16);
            if (!salt)
                return std::unexpected(damaged(QStringLiteral("invalid salt in passphrase slot")));
            slot.salt = *salt;
        } else {
            if (slot.kdf.opslimit != 0 || slot.kdf.memlimit != 0 ||
                object.value(QStringLiteral("salt")).toString() != QString())
                return std::unexpected(damaged(QStringLiteral("recovery slot carries KDF fields")));
        }
        header.slots.push_back(std::move(slot));
    }

    const QJsonValue anchorValue = root.value(QStringLiteral("anchor"));
    if (!anchorValue.isObject())
        return std::unexpected(damaged(QStringLiteral("missing anchor")));
    const QJsonObject anchor = anchorValue.toObject();
    if (!hasOnlyKeys(anchor, {"seq", "hash"}, &unknown))
        return std::unexpected(damaged(QStringLiteral("unknown anchor field \"%1\"").arg(unknown)));
    const auto seq = strictUInt(anchor.value(QStringLiteral("seq")));
    if (!seq)
        return std::unexpected(damaged(QStringLiteral("invalid anchor seq")));
    header.anchorSeq = static_cast<qint64>(*seq);
    const QString hashHex = anchor.value(QStringLiteral("hash")).toString();
    header.anchorHash = QByteArray::fromHex(hashHex.toLatin1());
    if (header.anchorSeq == 0
            ? !hashHex.isEmpty()
            : (header.anchorHash.size() != 32 || header.anchorHash.toHex() != hashHex.toLatin1()))
        return std::unexpected(damaged(QStringLiteral("invalid anchor hash")));

    const auto mac = strictBase64(root.value(QStringLiteral("mac")), 32);
    if (!mac)
        return std::unexpected(damaged(QStringLiteral("invalid mac")));
    header.mac = *mac;

    const QJsonValue pending = root.value(QStringLiteral("pending_events"));
    if (!pending.isUndefined()) {
        if (!pending.isArray() || pending.toArray().size() > kMaxPendingEvents)
            return std::unexpected(damaged(QStringLiteral("invalid pending_events")));
        for (const QJsonValue& value : pending.toArray()) {
            const QJsonObject object = value.toObject();
            if (!value.isObject() || !hasOnlyKeys(object, {"action", "ts", "slot"}, &unknown))
                return std::unexpected(damaged(QStringLiteral("invalid pending event")));
            PendingEvent event{object.value(QStringLiteral("action")).toString(),
                               object.value(QStringLiteral("ts")).toString(),
                               object.value(QStringLiteral("slot")).toString()};
            if (!event.action.startsWith(QStringLiteral("vault.")) || event.action.size() > 64 ||
                event.timestamp.size() > 40 || event.slot.size() > 16)
                return std::unexpected(damaged(QStringLiteral("invalid pending event")));
            header.pendingEvents.push_back(std::move(event));
        }
    }
    const QJsonValue dropped = root.value(QStringLiteral("dropped_events"));
    if (!dropped.isUndefined()) {
        const auto count = strictUInt(dropped);
        if (!count)
            return std::unexpected(damaged(QStringLiteral("invalid dropped_events")));
        header.droppedEvents = static_cast<qint64>(*count);
    }
    if (!header.slot(KeySlot::Type::Passphrase) || !header.slot(KeySlot::Type::Recovery))
        return std::unexpected(damaged(QStringLiteral("a key slot is missing")));
    return header;
}

QByteArray KeyHeader::serialize() const {
    QJsonArray slotArray;
    for (const KeySlot& slot : slots) {
        QJsonObject object;
        object.insert(QStringLiteral("type"), slot.typeName());
        object.insert(QStringLiteral("opslimit"), static_cast<qint64>(slot.kdf.opslimit));
        object.insert(QStringLiteral("memlimit"), static_cast<qint64>(slot.kdf.memlimit));
        object.insert(QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()));
        object.insert(QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64()));
        object.insert(QStringLiteral("wrapped_key"),
                      QString::fromLatin1(slot.wrappedKey.toBase64()));
        object.insert(QStringLiteral("check"), QString::fromLatin1(slot.check.toBase64()));
        slotArray.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("quittance-vault"));
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("vault_id"), vaultId);
    root.insert(QStringLiteral("slots"), slotArray);
    root.insert(QStringLiteral("anchor"),
                QJsonObject{{QStringLiteral("seq"), anchorSeq},
                            {QStringLiteral("hash"), QString::fromLatin1(anchorHash.toHex())}});
    root.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toBase64()));
    if (!pendingEvents.empty()) {
        QJsonArray events;
        for (const PendingEvent& event : pendingEvents)
            events.append(QJsonObject{{QStringLiteral("action"), event.action},
                                      {QStringLiteral("ts"), event.timestamp},
                                      {QStringLiteral("slot"), event.slot}});
        root.insert(QStringLiteral("pending_events"), events);
    }
    if (droppedEvents > 0)
        root.insert(QStringLiteral("dropped_events"), droppedEvents);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyHeader::macInput() const {
    QByteArray input = "quittance-header-v1|" + vaultId.toLatin1();
    for (const KeySlot& slot : slots) {
        input += '|' + slot.associatedData(vaultId) + '|' + slot.nonce.toBase64() + '|' +
                 slot.wrappedKey.toBase64() + '|' + slot.check.toBase64();
    }
    input += "|anchor|" + QByteArray::number(anchorSeq) + '|' + anchorHash.toHex();
    return input;
}

const KeySlot* KeyHeader::slot(KeySlot::Type type) const {
    for (const KeySlot& s : slots)
        if (s.type == type)
            return &s;
    return nullptr;
}

KeySlot* KeyHeader::slot(KeySlot::Type type) {
    for (KeySlot& s : slots)
        if (s.type == type)
            return &s;
    return nullptr;
}

void KeyHeader::addPendingEvent(PendingEvent event) {
    if (pendingEvents.size() >= static_cast<std::size_t>(kMaxPendingEvents))
        ++droppedEvents;
    else
        pendingEvents.push_back(std::move(event));
}

} // namespace quittance::storage
