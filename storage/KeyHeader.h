#pragma once

#include "Kdf.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace quittance::storage {

// One way to unwrap the data key: the DEK sealed with XChaCha20-Poly1305-IETF
// under a key-encryption key derived from a passphrase (Argon2id) or taken
// directly from the recovery key.
struct KeySlot {
    enum class Type { Passphrase, Recovery };
    Type type = Type::Passphrase;
    KdfParams kdf;         // zero for the recovery slot
    QByteArray salt;       // 16 bytes; empty for the recovery slot
    QByteArray nonce;      // 24 bytes
    QByteArray wrappedKey; // 32 + 16 bytes
    QByteArray check;      // 16 bytes: keyed BLAKE2b of a constant under the KEK

    QString typeName() const;
    // The AEAD associated data, as documented in docs/SECURITY.md.
    QByteArray associatedData(const QString& vaultId) const;
};

// An event that happened while the vault could not write its audit log (a
// failed unlock) or must not touch vault.db (a passphrase change); flushed
// into the log in the next audited transaction.
struct PendingEvent {
    QString action;
    QString timestamp; // ISO 8601 UTC
    QString slot;
};

// vault.json: the key header. Parsing is strict (known keys only, exact
// types and sizes, bounded size); serialisation is deterministic. The MAC,
// keyed from the DEK, covers the vault id, every slot field and the audit
// anchor, so any change to them is detected after the key is unwrapped.
struct KeyHeader {
    static constexpr int kVersion = 1;
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxPendingEvents = 256;

    QString vaultId;
    std::vector<KeySlot> slots;
    qint64 anchorSeq = 0;
    QByteArray anchorHash; // 32 bytes, or empty before the first entry
    QByteArray mac;        // 32 bytes
    std::vector<PendingEvent> pendingEvents;
    qint64 droppedEvents = 0; // pending events beyond the cap, counted only

    static domain::Result<KeyHeader> parse(const QByteArray& json);
    QByteArray serialize() const;
    // The bytes the header MAC covers (docs/SECURITY.md, "Header MAC").
    QByteArray macInput() const;

    const KeySlot* slot(KeySlot::Type type) const;
    KeySlot* slot(KeySlot::Type type);
    void addPendingEvent(PendingEvent event);
};

} // namespace quittance::storage
