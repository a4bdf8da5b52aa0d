#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>

#include <sodium.h>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

QByteArray blake2b(const QByteArray& data, const SecureBuffer* key = nullptr) {
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), key ? key->data() : nullptr,
                       key ? key->size() : 0);
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    return a.size() == b.size() && a.size() > 0 &&
           sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

AuditEntry readEntry(const Statement& stmt) {
    AuditEntry e;
    e.seq = stmt.int64(0);
    e.timestamp = stmt.text(1);
    e.actor = stmt.text(2);
    e.action = stmt.text(3);
    e.entityType = stmt.text(4);
    e.entityId = stmt.text(5);
    e.summary = stmt.text(6).toUtf8();
    e.hash = stmt.blob(7);
    e.mac = stmt.blob(8);
    return e;
}

constexpr std::string_view kSelect =
    "SELECT seq, ts, actor, action, entity_type, entity_id, summary, hash, mac FROM audit_log ";

// Checks one entry against its predecessor's hash; returns a problem or empty.
QString checkEntry(const AuditEntry& e, const QByteArray& prevHash, const SecureBuffer& macKey) {
    QJsonParseError err;
    const QJsonDocument summary = QJsonDocument::fromJson(e.summary, &err);
    if (err.error != QJsonParseError::NoError || !summary.isObject() ||
        AuditLog::canonicalSummary(summary.object()) != e.summary)
        return QStringLiteral("entry %1 has an altered summary").arg(e.seq);
    const QByteArray expected = blake2b(prevHash + AuditLog::canonicalBytes(e));
    if (!constantTimeEquals(expected, e.hash))
        return QStringLiteral("entry %1 does not match its hash (edited, or out of order)")
            .arg(e.seq);
    if (!constantTimeEquals(blake2b(e.hash, &macKey), e.mac))
        return QStringLiteral("entry %1 has an invalid MAC (rewritten without the vault key)")
            .arg(e.seq);
    return {};
}

} // namespace

QString AuditLog::timestamp(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray AuditLog::canonicalSummary(const QJsonObject& summary) {
    return QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

QByteArray AuditLog::canonicalBytes(const AuditEntry& entry) {
    // Compact JSON with keys in sorted order; summary embedded as its canonical text.
    const QJsonObject summary = QJsonDocument::fromJson(entry.summary).object();
    QJsonObject object;
    object.insert(QStringLiteral("action"), entry.action);
    object.insert(QStringLiteral("actor"), entry.actor);
    object.insert(QStringLiteral("entity_id"), entry.entityId);
    object.insert(QStringLiteral("entity_type"), entry.entityType);
    object.insert(QStringLiteral("seq"), entry.seq);
    object.insert(QStringLiteral("summary"), summary);
    object.insert(QStringLiteral("ts"), entry.timestamp);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

domain::Result<AuditHead> AuditLog::head(Database& db) {
    auto stmt = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return AuditHead{};
    return AuditHead{stmt->int64(0), stmt->blob(1)};
}

domain::Result<AuditHead> AuditLog::append(Database& db, const SecureBuffer& macKey,
                                           const AuditEvent& event, const QDateTime& nowUtc) {
    auto previous = head(db);
    if (!previous)
        return std::unexpected(previous.error());
    AuditEntry entry;
    entry.seq = previous->seq + 1;
    entry.timestamp = timestamp(nowUtc);
    entry.actor = event.actor.left(64);
    entry.action = event.action.left(64);
    entry.entityType = event.entityType.left(64);
    entry.entityId = event.entityId.left(64);
    entry.summary = canonicalSummary(event.summary);
    if (entry.summary.size() > kMaxSummaryBytes)
        return domain::fail(ErrorCode::Internal, QStringLiteral("Audit summary is too large."));
    const QByteArray prevHash = previous->seq == 0 ? QByteArray(32, '\0') : previous->hash;
    entry.hash = blake2b(prevHash + canonicalBytes(entry));
    entry.mac = blake2b(entry.hash, &macKey);

    auto stmt = db.prepare("INSERT INTO audit_log (seq, ts, actor, action, entity_type, entity_id, "
                           "summary, hash, mac) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, entry.seq)
        .bind(2, entry.timestamp)
        .bind(3, entry.actor)
        .bind(4, entry.action)
        .bind(5, entry.entityType)
        .bind(6, entry.entityId)
        .bind(7, QString::fromUtf8(entry.summary))
        .bindBlob(8, entry.hash)
        .bindBlob(9, entry.mac);
    if (auto done = stmt->run(); !done)
        return std::unexpected(done.error());
    return AuditHead{entry.seq, entry.hash};
}

domain::Result<AuditVerification> AuditLog::verifyHead(Database& db, const SecureBuffer& macKey,
                                                       const AuditHead& anchor) {
    AuditVerification result;
    auto stmt = db.prepare(std::string(kSelect) + "ORDER BY seq DESC LIMIT 2");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<AuditEntry> lastTwo;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        lastTwo.push_back(readEntry(*stmt));
    }
    if (!lastTwo.empty()) {
        const AuditEntry& last = lastTwo.front();
        result.head = {last.seq, last.hash};
        const QByteArray prev = lastTwo.size() == 2 ? lastTwo[1].hash : QByteArray(32, '\0');
        if (const QString problem = checkEntry(last, prev, macKey); !problem.isEmpty()) {
            result.ok = false;
            result.firstBadSeq = last.seq;
            result.problem = problem;
            return result;
        }
    }
    if (result.head.seq < anchor.seq) {
        result.ok = false;
        result.rolledBack = true;
        result.firstBadSeq = result.head.seq + 1;
        result.problem = QStringLiteral("the log ends at entry %1 but the vault header's anchor "
                                        "records entry %2: the database was rolled back to an "
                                        "older copy, or its newest entries were removed")
                             .arg(result.head.seq)
                             .arg(anchor.seq);
    }
    return result;
}

domain::Result<AuditVerification> AuditLog::verify(Database& db, const SecureBuffer& macKey,
                                                   const AuditHead& anchor) {
    AuditVerification result;
    auto stmt = db.prepare(std::string(kSelect) + "ORDER BY seq ASC");
    if (!stmt)
        return std::unexpected(stmt.error());
    QByteArray prevHash(32, '\0');
    QByteArray anchorHashSeen;
    qint64 expectedSeq = 1;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const AuditEntry entry = readEntry(*stmt);
        ++result.entries;
        if (entry.seq != expectedSeq) {
            result.ok = false;
            result.firstBadSeq = expectedSeq;
            result.problem = entry.seq > expectedSeq
                                 ? QStringLiteral("entry %1 is missing (deleted)").arg(expectedSeq)
                                 : QStringLiteral("entry %1 is out of sequence").arg(entry.seq);
            return result;
        }
        if (const QString problem = checkEntry(entry, prevHash, macKey); !problem.isEmpty()) {
            result.ok = false;
            result.firstBadSeq = entry.seq;
            result.problem = problem;
            return result;
        }
        if (entry.seq == anchor.seq)
            anchorHashSeen = entry.hash;
        prevHash = entry.hash;
        result.head = {entry.seq, entry.hash};
        ++expectedSeq;
    }
    if (result.head.seq < anchor.seq) {
        result.ok = false;
        result.rolledBack = true;
        result.firstBadSeq = result.head.seq + 1;
        result.problem =
            QStringLiteral("the log ends at entry %1 but the vault header's anchor "
                           "records entry %2: the database was rolled back to an "
                           "older copy, or its newest entries were removed (truncated)")
                .arg(result.head.seq)
                .arg(anchor.seq);
    } else if (anchor.seq > 0 && !constantTimeEquals(anchorHashSeen, anchor.hash)) {
        result.ok = false;
        result.firstBadSeq = anchor.seq;
        result.problem = QStringLiteral("entry %1 differs from the one the vault header's anchor "
                                        "records (the log was replaced)")
                             .arg(anchor.seq);
    }
    return result;
}

domain::Result<std::vector<AuditEntry>> AuditLog::list(Database& db, qint64 afterSeq, int limit,
                                                       const QString& actionPrefix) {
    auto stmt = db.prepare(std::string(kSelect) +
                           "WHERE seq > ? AND (?2 = '' OR substr(action, 1, length(?2)) = ?2) "
                           "ORDER BY seq ASC LIMIT ?3");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, afterSeq).bind(2, actionPrefix).bind(3, limit);
    std::vector<AuditEntry> entries;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        entries.push_back(readEntry(*stmt));
    }
    return entries;
}

} // namespace quittance::storage
