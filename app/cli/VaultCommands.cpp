#include "VaultCommands.h"

#include "SecretInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace quittance::cli {

using domain::ErrorCode;

namespace {

const char kPassphraseEnv[] = "QUITTANCE_PASSPHRASE";
const char kNewPassphraseEnv[] = "QUITTANCE_NEW_PASSPHRASE";
const char kRecoveryEnv[] = "QUITTANCE_RECOVERY_KEY";

QJsonObject entryToJson(const storage::AuditEntry& entry) {
    return QJsonObject{{QStringLiteral("seq"), entry.seq},
                       {QStringLiteral("ts"), entry.timestamp},
                       {QStringLiteral("actor"), entry.actor},
                       {QStringLiteral("action"), entry.action},
                       {QStringLiteral("entity_type"), entry.entityType},
                       {QStringLiteral("entity_id"), entry.entityId},
                       {QStringLiteral("summary"), QJsonDocument::fromJson(entry.summary).object()},
                       {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())}};
}

} // namespace

domain::Result<services::VaultSession::KdfChoice> VaultCommands::kdfChoice() const {
    const QString kdf = m_cx.line().value(QStringLiteral("kdf"), QStringLiteral("calibrate"));
    if (kdf == QStringLiteral("calibrate"))
        return services::VaultSession::KdfChoice::Calibrate;
    if (kdf == QStringLiteral("floor"))
        return services::VaultSession::KdfChoice::Floor;
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("--kdf must be 'calibrate' or 'floor'."),
                        QStringLiteral("kdf"));
}

ExitCode VaultCommands::vault() {
    const CommandLine& line = m_cx.line();
    QTextStream& out = m_cx.out();
    const QString action = line.words.value(1);
    if (line.words.size() > 2)
        return m_cx.usage(
            QStringLiteral("Too many arguments for 'vault %1'.").arg(action.left(64)));
    const QString dir = m_cx.vaultDir();
    services::VaultSession& session = m_cx.session();

    if (action == QStringLiteral("init")) {
        if (const ExitCode code = m_cx.checkArguments(2, 2, {u"kdf"}); code != ExitCode::Success)
            return code;
        auto kdf = kdfChoice();
        if (!kdf)
            return m_cx.fail(kdf.error());
        auto passphrase =
            SecretInput::read(line.value(QStringLiteral("passphrase-file")), kPassphraseEnv,
                              QStringLiteral("New passphrase: "), true);
        if (!passphrase)
            return m_cx.fail(passphrase.error());
        if (*kdf == services::VaultSession::KdfChoice::Calibrate && !m_cx.json())
            m_cx.err() << QStringLiteral("Calibrating key derivation (about a second)...\n")
                       << Qt::flush;
        auto recovery = session.create(dir, passphrase->bytes(), *kdf);
        if (!recovery)
            return m_cx.fail(recovery.error());
        // The recovery key goes to stdout once, written directly from locked memory.
        if (m_cx.json()) {
            out << QStringLiteral("{\"vault_id\": \"") << session.vault()->id()
                << QStringLiteral("\", \"recovery_key\": \"") << Qt::flush;
            std::fwrite(recovery->data(), 1, recovery->size(), stdout);
            std::fflush(stdout);
            out << QStringLiteral("\"}\n");
        } else {
            out << QStringLiteral("Vault created in %1\n").arg(session.vault()->directory());
            out << QStringLiteral("Recovery key (shown only now; write it down and keep it apart "
                                  "from this computer):\n\n    ")
                << Qt::flush;
            std::fwrite(recovery->data(), 1, recovery->size(), stdout);
            std::fflush(stdout);
            out << QStringLiteral("\n\n");
        }
        return ExitCode::Success;
    }
    if (action == QStringLiteral("info")) {
        if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
            return code;
        auto info = services::VaultSession::info(dir);
        if (!info)
            return m_cx.fail(info.error());
        if (m_cx.json()) {
            m_cx.printJson(QJsonObject{
                {QStringLiteral("directory"), info->directory},
                {QStringLiteral("vault_id"), info->vaultId},
                {QStringLiteral("format_version"), info->formatVersion},
                {QStringLiteral("kdf"), QStringLiteral("argon2id")},
                {QStringLiteral("opslimit"), static_cast<qint64>(info->passphraseKdf.opslimit)},
                {QStringLiteral("memlimit"), static_cast<qint64>(info->passphraseKdf.memlimit)},
                {QStringLiteral("anchor_seq"), info->anchorSeq},
                {QStringLiteral("pending_events"), info->pendingEvents},
                {QStringLiteral("database_bytes"), info->databaseBytes},
                {QStringLiteral("wal_bytes"), info->walBytes}});
        } else {
            out << QStringLiteral("Vault:          %1\n").arg(info->directory)
                << QStringLiteral("Vault id:       %1\n").arg(info->vaultId)
                << QStringLiteral("Format:         quittance-vault v%1\n").arg(info->formatVersion)
                << QStringLiteral("Key derivation: Argon2id, %1 passes, %2 MiB\n")
                       .arg(info->passphraseKdf.opslimit)
                       .arg(info->passphraseKdf.memlimit / (1024 * 1024))
                << QStringLiteral("Audit anchor:   entry %1\n").arg(info->anchorSeq)
                << QStringLiteral("Database:       %1 bytes (+ %2 in the WAL)\n")
                       .arg(info->databaseBytes)
                       .arg(info->walBytes);
        }
        return ExitCode::Success;
    }
    if (action == QStringLiteral("passwd") || action == QStringLiteral("recover")) {
        if (const ExitCode code =
                m_cx.checkArguments(2, 2, {u"kdf", u"new-passphrase-file", u"recovery-key-file"});
            code != ExitCode::Success)
            return code;
        auto kdf = kdfChoice();
        if (!kdf)
            return m_cx.fail(kdf.error());
        if (action == QStringLiteral("passwd")) {
            if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
                return code;
        } else {
            auto key = SecretInput::read(line.value(QStringLiteral("recovery-key-file")),
                                         kRecoveryEnv, QStringLiteral("Recovery key: "), false);
            if (!key)
                return m_cx.fail(key.error());
            if (auto unlocked = session.unlockWithRecoveryKey(dir, key->bytes()); !unlocked)
                return m_cx.fail(unlocked.error());
        }
        auto fresh = SecretInput::read(line.value(QStringLiteral("new-passphrase-file")),
                                       kNewPassphraseEnv, QStringLiteral("New passphrase: "), true);
        if (!fresh)
            return m_cx.fail(fresh.error());
        if (auto changed = session.changePassphrase(fresh->bytes(), *kdf); !changed)
            return m_cx.fail(changed.error());
        if (!m_cx.json())
            out << QStringLiteral("Passphrase changed.\n");
        else
            m_cx.printJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        return ExitCode::Success;
    }
    if (action == QStringLiteral("check")) {
        if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
            return code;
        if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
            return code;
        if (auto intact = session.vault()->checkIntegrity(); !intact)
            return m_cx.fail(intact.error());
        auto report = session.verifyAudit();
        if (!report)
            return m_cx.fail(report.error());
        if (!report->ok)
            return m_cx.fail({domain::ErrorCode::Tampered,
                              QStringLiteral("Every page is intact, but the audit log failed at "
                                             "entry %1: %2.")
                                  .arg(report->firstBadSeq)
                                  .arg(report->problem),
                              {}});
        out << QStringLiteral(
                   "Every page of vault.db is intact and the audit log verifies (%1 entries).\n")
                   .arg(report->entries);
        return ExitCode::Success;
    }
    return m_cx.unknownSubcommand(QStringLiteral("vault"),
                                  QStringLiteral("init, info, passwd, recover, check, erase"));
}

ExitCode VaultCommands::audit() {
    const CommandLine& line = m_cx.line();
    QTextStream& out = m_cx.out();
    const QString action = line.words.value(1);
    if (action != QStringLiteral("verify") && action != QStringLiteral("list"))
        return m_cx.unknownSubcommand(QStringLiteral("audit"), QStringLiteral("verify, list"));
    if (const ExitCode code = action == QStringLiteral("list")
                                  ? m_cx.checkArguments(2, 2, {u"after", u"limit", u"action"})
                                  : m_cx.checkArguments(2, 2, {});
        code != ExitCode::Success)
        return code;
    qint64 after = 0;
    int limit = 1000;
    if (line.has(QStringLiteral("after"))) {
        bool ok = false;
        after = line.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return m_cx.fail({ErrorCode::InvalidInput,
                              QStringLiteral("--after must be a non-negative integer."),
                              QStringLiteral("after")});
    }
    if (line.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000)
            return m_cx.fail({ErrorCode::InvalidInput,
                              QStringLiteral("--limit must be between 1 and 100000."),
                              QStringLiteral("limit")});
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::VaultSession& session = m_cx.session();

    if (action == QStringLiteral("verify")) {
        auto report = session.verifyAudit();
        if (!report)
            return m_cx.fail(report.error());
        if (m_cx.json()) {
            QJsonObject object{{QStringLiteral("ok"), report->ok},
                               {QStringLiteral("entries"), report->entries},
                               {QStringLiteral("head_seq"), report->head.seq},
                               {QStringLiteral("rolled_back"), report->rolledBack}};
            if (!report->ok) {
                object.insert(QStringLiteral("first_bad_seq"), report->firstBadSeq);
                object.insert(QStringLiteral("problem"), report->problem);
            }
            m_cx.printJson(object);
        } else if (report->ok) {
            out << QStringLiteral(
                       "Audit log intact: %1 entries, head at entry %2, matches the anchor.\n")
                       .arg(report->entries)
                       .arg(report->head.seq);
        } else {
            out << QStringLiteral("Audit log FAILED verification at entry %1: %2.\n")
                       .arg(report->firstBadSeq)
                       .arg(report->problem);
        }
        return report->ok ? ExitCode::Success : ExitCode::Damaged;
    }

    auto entries = session.auditEntries(after, limit, line.value(QStringLiteral("action")));
    if (!entries)
        return m_cx.fail(entries.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const auto& entry : *entries)
            array.append(entryToJson(entry));
        m_cx.printJson(array);
    } else {
        for (const auto& entry : *entries)
            out << QStringLiteral("%1  %2  %3  %4  %5 %6  %7\n")
                       .arg(entry.seq, 6)
                       .arg(entry.timestamp, entry.actor, entry.action, entry.entityType,
                            entry.entityId, QString::fromUtf8(entry.summary));
    }
    return ExitCode::Success;
}

} // namespace quittance::cli
