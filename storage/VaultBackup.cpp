#include "VaultBackup.h"

#include "AtomicFile.h"
#include "AuditLog.h"
#include "Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

// File layout: magic (8 bytes) | header length (u32 BE) | header JSON |
// database length (u64 BE) | database bytes | MAC (32 bytes) over all before.
constexpr char kMagic[] = "QTBACKU1";
constexpr qsizetype kMagicBytes = 8;
constexpr qsizetype kMacBytes = 32;
constexpr qint64 kMaxDatabaseBytes = qint64(64) * 1024 * 1024 * 1024;
constexpr quint64 kBackupKeyId = 3;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "qaudit01";

domain::Error damaged(const QString& what) {
    return {ErrorCode::Damaged,
            QStringLiteral("This is not an intact Quittance backup: %1.").arg(what),
            {}};
}

QByteArray backupMac(const SecureBuffer& dek, const QByteArray& data, qsizetype length) {
    SecureBuffer key(32);
    crypto_kdf_derive_from_key(key.data(), key.size(), kBackupKeyId, kKdfContext, dek.data());
    QByteArray out(kMacBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kMacBytes,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(length), key.data(), key.size());
    return out;
}

struct Parsed {
    QJsonObject header;
    KeyHeader keyHeader;
    QByteArray keyHeaderBytes;
    QByteArray file;
    qsizetype databaseOffset = 0;
    qint64 databaseBytes = 0;
    VaultBackup::Info info;
};

domain::Result<Parsed> parse(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(
            file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
            QStringLiteral("Cannot read the backup file: %1.").arg(file.errorString()),
            QStringLiteral("file"));
    if (file.size() > kMaxDatabaseBytes + VaultBackup::kMaxHeaderBytes)
        return std::unexpected(damaged(QStringLiteral("it is larger than any vault")));
    Parsed parsed;
    parsed.file = file.readAll();
    const QByteArray& f = parsed.file;
    if (f.size() < kMagicBytes + 4 + 8 + kMacBytes ||
        f.left(kMagicBytes) != QByteArray(kMagic, kMagicBytes))
        return std::unexpected(damaged(QStringLiteral("the file does not start like a backup")));
    const quint32 headerLength = qFromBigEndian<quint32>(f.constData() + kMagicBytes);
    if (headerLength == 0 || headerLength > VaultBackup::kMaxHeaderBytes ||
        kMagicBytes + 4 + qsizetype(headerLength) + 8 + kMacBytes > f.size())
        return std::unexpected(damaged(QStringLiteral("the header length is invalid")));
    const QByteArray headerBytes = f.mid(kMagicBytes + 4, headerLength);
    const qsizetype dbLengthAt = kMagicBytes + 4 + headerLength;
    const quint64 dbLength = qFromBigEndian<quint64>(f.constData() + dbLengthAt);
    parsed.databaseOffset = dbLengthAt + 8;
    if (dbLength == 0 || dbLength > quint64(kMaxDatabaseBytes) ||
        qint64(parsed.databaseOffset) + qint64(dbLength) + kMacBytes != f.size())
        return std::unexpected(
            damaged(QStringLiteral("the database length does not match the file size")));
    parsed.databaseBytes = qint64(dbLength);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(damaged(QStringLiteral("the header is not JSON")));
    parsed.header = doc.object();
    const QStringList allowed{QStringLiteral("format"),     QStringLiteral("version"),
                              QStringLiteral("vault_id"),   QStringLiteral("created_at"),
                              QStringLiteral("anchor_seq"), QStringLiteral("key_header")};
    for (auto it = parsed.header.begin(); it != parsed.header.end(); ++it)
        if (!allowed.contains(it.key()))
            return std::unexpected(damaged(QStringLiteral("unknown header field")));
    if (parsed.header.value(QStringLiteral("format")).toString() !=
        QStringLiteral("quittance-backup"))
        return std::unexpected(damaged(QStringLiteral("wrong format")));
    if (parsed.header.value(QStringLiteral("version")).toInt() != 1)
        return domain::fail(
            ErrorCode::Incompatible,
            QStringLiteral("This backup was written by a newer version of Quittance."));
    parsed.keyHeaderBytes = parsed.header.value(QStringLiteral("key_header")).toString().toUtf8();
    auto keyHeader = KeyHeader::parse(parsed.keyHeaderBytes);
    if (!keyHeader)
        return std::unexpected(keyHeader.error());
    parsed.keyHeader = std::move(*keyHeader);
    parsed.info.vaultId = parsed.header.value(QStringLiteral("vault_id")).toString();
    parsed.info.createdAt = parsed.header.value(QStringLiteral("created_at")).toString();
    parsed.info.anchorSeq = parsed.header.value(QStringLiteral("anchor_seq")).toInteger();
    parsed.info.databaseBytes = parsed.databaseBytes;
    if (parsed.info.vaultId != parsed.keyHeader.vaultId)
        return std::unexpected(damaged(QStringLiteral("the vault ids disagree")));
    return parsed;
}

domain::Result<SecureBuffer> authenticate(const Parsed& parsed, Vault::Secret kind,
                                          std::span<const unsigned char> secret) {
    auto dek = Vault::unwrapDataKey(parsed.keyHeader, kind, secret);
    if (!dek)
        return dek;
    const qsizetype macAt = parsed.file.size() - kMacBytes;
    const QByteArray expected = backupMac(*dek, parsed.file, macAt);
    if (sodium_memcmp(expected.constData(), parsed.file.constData() + macAt, kMacBytes) != 0)
        return domain::fail(
            ErrorCode::Tampered,
            QStringLiteral(
                "The backup failed its authentication check: it was altered or damaged."));
    return dek;
}

// Writes the vault files into an empty `dir`, opens the result and verifies
// its audit chain. On failure the files are removed again.
domain::Status materialise(const Parsed& parsed, const QString& dir, Vault::Secret kind,
                           std::span<const unsigned char> secret) {
    if (!QDir().mkpath(dir))
        return domain::fail(ErrorCode::Io,
                            QStringLiteral("Cannot create the folder to restore into."),
                            QStringLiteral("to"));
    const auto cleanup = [&dir] {
        for (const char* name :
             {"vault.db", "vault.db-wal", "vault.db-shm", "vault.json", "vault.lock"})
            QFile::remove(QDir(dir).filePath(QString::fromLatin1(name)));
    };
    if (auto ok = AtomicFile::write(Vault::headerPath(dir), parsed.keyHeaderBytes); !ok)
        return ok;
    if (auto ok = AtomicFile::write(Vault::databasePath(dir),
                                    parsed.file.mid(parsed.databaseOffset, parsed.databaseBytes));
        !ok) {
        cleanup();
        return ok;
    }
    auto vault = Vault::unlock(dir, kind, secret);
    if (!vault) {
        cleanup();
        return std::unexpected(vault.error());
    }
    auto report = (*vault)->verifyAudit();
    if (!report || !report->ok) {
        const QString problem = report ? report->problem : report.error().message;
        vault->reset();
        cleanup();
        return domain::fail(
            ErrorCode::Tampered,
            QStringLiteral("The backup's audit log failed verification: %1.").arg(problem));
    }
    return {};
}

} // namespace

domain::Result<VaultBackup::Info> VaultBackup::create(Vault& vault, const QString& path) {
    if (!vault.isOpen())
        return domain::fail(ErrorCode::Internal, QStringLiteral("The vault is locked."));
    const QString createdAt = AuditLog::timestamp(vault.now());
    auto seq = vault.write({QStringLiteral("local"), QStringLiteral("vault.backup_created"),
                            QStringLiteral("vault"), vault.id(),
                            QJsonObject{{QStringLiteral("at"), createdAt}}},
                           [](Writer&) { return domain::Status{}; });
    if (!seq)
        return std::unexpected(seq.error());

    // Snapshot through the online backup API into a scratch database keyed
    // with the same DEK (pages are copied as they are: no plaintext on disk).
    QTemporaryDir scratch(QFileInfo(path).absolutePath() +
                          QStringLiteral("/.quittance-backup-XXXXXX"));
    if (!scratch.isValid())
        return domain::fail(
            ErrorCode::Io,
            QStringLiteral("Cannot create a scratch folder next to the backup file."),
            QStringLiteral("out"));
    const QString snapshotPath = scratch.filePath(QStringLiteral("snapshot.db"));
    {
        auto target = Database::open(snapshotPath, vault.m_dek);
        if (!target)
            return std::unexpected(target.error());
        if (auto journal = target->exec("PRAGMA journal_mode=DELETE"); !journal)
            return std::unexpected(journal.error());
        sqlite3_backup* backup =
            sqlite3_backup_init(target->handle(), "main", vault.m_db.handle(), "main");
        if (!backup)
            return std::unexpected(sqliteError(target->handle(), sqlite3_errcode(target->handle()),
                                               QStringLiteral("start the backup")));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return std::unexpected(
                sqliteError(target->handle(), rc, QStringLiteral("copy the database")));
    }
    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::Io, QStringLiteral("Cannot read the snapshot."));
    const QByteArray database = snapshot.readAll();
    snapshot.close();

    const QByteArray keyHeader = vault.m_header.serialize();
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("quittance-backup")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("vault_id"), vault.id()},
                             {QStringLiteral("created_at"), createdAt},
                             {QStringLiteral("anchor_seq"), vault.m_header.anchorSeq},
                             {QStringLiteral("key_header"), QString::fromUtf8(keyHeader)}};
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, kMagicBytes);
    char length4[4];
    qToBigEndian<quint32>(static_cast<quint32>(headerBytes.size()), length4);
    out.append(length4, 4);
    out.append(headerBytes);
    char length8[8];
    qToBigEndian<quint64>(static_cast<quint64>(database.size()), length8);
    out.append(length8, 8);
    out.append(database);
    out.append(backupMac(vault.m_dek, out, out.size()));
    if (auto written = AtomicFile::write(path, out); !written)
        return std::unexpected(written.error());
    Log::info(QStringLiteral("backup created (%1 bytes)").arg(out.size()));
    return Info{vault.id(), createdAt, vault.m_header.anchorSeq, database.size()};
}

domain::Result<VaultBackup::Info> VaultBackup::inspect(const QString& path) {
    auto parsed = parse(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    return parsed->info;
}

domain::Result<VaultBackup::Info> VaultBackup::verify(const QString& path, Vault::Secret kind,
                                                      std::span<const unsigned char> secret) {
    auto parsed = parse(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto dek = authenticate(*parsed, kind, secret);
    if (!dek)
        return std::unexpected(dek.error());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return domain::fail(ErrorCode::Io, QStringLiteral("Cannot create a scratch folder."));
    if (auto ok = materialise(*parsed, scratch.filePath(QStringLiteral("vault")), kind, secret);
        !ok)
        return std::unexpected(ok.error());
    return parsed->info;
}

domain::Result<VaultBackup::Info> VaultBackup::restore(const QString& path, const QString& dir,
                                                       Vault::Secret kind,
                                                       std::span<const unsigned char> secret) {
    const QDir target(dir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return domain::fail(
            ErrorCode::Conflict,
            QStringLiteral(
                "The folder to restore into is not empty; a restore never overwrites anything."),
            QStringLiteral("to"));
    auto parsed = parse(path);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto dek = authenticate(*parsed, kind, secret);
    if (!dek)
        return std::unexpected(dek.error());
    if (auto ok = materialise(*parsed, dir, kind, secret); !ok)
        return std::unexpected(ok.error());
    Log::info(QStringLiteral("backup restored"));
    return parsed->info;
}

} // namespace quittance::storage
