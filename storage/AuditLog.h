#pragma once

#include "SecureBuffer.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace quittance::storage {

class Database;

// What a change is, for the audit log: never secrets, never document text
// beyond identifiers and amounts.
struct AuditEvent {
    QString actor = QStringLiteral("local");
    QString action;     // e.g. "vault.created", "client.updated"
    QString entityType; // e.g. "vault", "client", "document"
    QString entityId;
    QJsonObject summary; // strings and integers only
};

struct AuditEntry {
    qint64 seq = 0;
    QString timestamp; // ISO 8601 UTC, milliseconds
    QString actor;
    QString action;
    QString entityType;
    QString entityId;
    QByteArray summary; // canonical (compact, sorted keys) JSON
    QByteArray hash;    // 32 bytes
    QByteArray mac;     // 32 bytes
};

struct AuditHead {
    qint64 seq = 0;
    QByteArray hash; // empty for an empty log
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem;        // a sentence naming what is wrong
    bool rolledBack = false;
    AuditHead head;
};

// The append-only, hash-chained and MACed audit log in table audit_log.
//   hash = BLAKE2b-256(prev_hash || canonical bytes), prev_hash of seq 1 = 32 zero bytes
//   mac  = BLAKE2b-256 keyed with the audit key (crypto_kdf "qaudit01", id 1) over hash
// Entries are only ever added inside a vault write transaction.
class AuditLog {
public:
    static constexpr qsizetype kMaxSummaryBytes = 8 * 1024;

    static QByteArray canonicalBytes(const AuditEntry& entry);
    static QByteArray canonicalSummary(const QJsonObject& summary);
    static QString timestamp(const QDateTime& utc);

    static domain::Result<AuditHead> append(Database& db, const SecureBuffer& macKey,
                                            const AuditEvent& event, const QDateTime& nowUtc);
    static domain::Result<AuditHead> head(Database& db);
    // Checks the newest entry's hash and MAC only: cheap enough for every unlock.
    static domain::Result<AuditVerification> verifyHead(Database& db, const SecureBuffer& macKey,
                                                        const AuditHead& anchor);
    static domain::Result<AuditVerification> verify(Database& db, const SecureBuffer& macKey,
                                                    const AuditHead& anchor);
    // Entries after `afterSeq` (oldest first), at most `limit`, optionally of one action prefix.
    static domain::Result<std::vector<AuditEntry>> list(Database& db, qint64 afterSeq, int limit,
                                                        const QString& actionPrefix = {});
};

} // namespace quittance::storage
