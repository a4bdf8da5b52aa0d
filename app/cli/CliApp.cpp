#include "CliApp.h"

#include "SecretInput.h"
#include "storage/Log.h"

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

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr) {}

int CliApp::run(const QStringList& arguments) {
    auto line = CommandLine::parse(arguments);
    ExitCode code = ExitCode::Success;
    if (!line) {
        code = fail(line.error());
    } else {
        m_json = line->flag(QStringLiteral("json"));
        code = dispatch(*line);
    }
    m_out.flush();
    m_err.flush();
    m_session.lock();
    return static_cast<int>(code);
}

void CliApp::printHelp() {
    m_out << QStringLiteral(
        "Usage: quittance-cli [--vault DIR] COMMAND [options]\n"
        "\n"
        "Vault:\n"
        "  vault init [--kdf calibrate|floor]   create a vault; prints the recovery key once\n"
        "  vault info [--json]                  show the vault header (no secret needed)\n"
        "  vault passwd [--kdf calibrate|floor] change the passphrase\n"
        "  vault recover [--kdf ...]            unlock with the recovery key, set a new "
        "passphrase\n"
        "Audit log:\n"
        "  audit verify [--json]                check the hash chain, MACs and anchor\n"
        "  audit list [--json] [--after SEQ] [--limit N] [--action PREFIX]\n"
        "\n"
        "Secrets are read from the terminal without echo, or for scripts from\n"
        "--passphrase-file FILE, --new-passphrase-file FILE, --recovery-key-file FILE,\n"
        "or the environment: QUITTANCE_PASSPHRASE, QUITTANCE_NEW_PASSPHRASE,\n"
        "QUITTANCE_RECOVERY_KEY (weaker: visible to the user's other processes).\n"
        "\n"
        "Exit codes: 0 success, 1 usage or invalid input, 2 wrong passphrase or recovery key,\n"
        "3 damaged, tampered or rolled-back vault, 4 vault in use by another process,\n"
        "5 vault or library incompatible, 6 not found / conflict / immutable, 7 I/O or internal "
        "error.\n");
}

ExitCode CliApp::usage(const QString& message) {
    m_err << QStringLiteral("quittance-cli: ") << message
          << QStringLiteral("\nRun 'quittance-cli --help' for usage.\n");
    return ExitCode::Usage;
}

ExitCode CliApp::fail(const domain::Error& error) {
    if (m_json) {
        QJsonObject object{{QStringLiteral("code"), domain::errorCodeName(error.code)},
                           {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty())
            object.insert(QStringLiteral("field"), error.field);
        m_err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), object}})
                                       .toJson(QJsonDocument::Compact))
              << '\n';
    } else {
        m_err << QStringLiteral("quittance-cli: ") << error.message;
        if (!error.field.isEmpty())
            m_err << QStringLiteral(" (field: ") << error.field << ')';
        m_err << '\n';
    }
    storage::Log::warn(QStringLiteral("command failed: %1").arg(domain::errorCodeName(error.code)));
    return exitCodeFor(error.code);
}

void CliApp::printJson(const QJsonObject& object) {
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString CliApp::vaultDir(const CommandLine& line) const {
    return line.value(QStringLiteral("vault"), services::VaultSession::defaultVaultDirectory());
}

domain::Result<services::VaultSession::KdfChoice> CliApp::kdfChoice(const CommandLine& line) {
    const QString kdf = line.value(QStringLiteral("kdf"), QStringLiteral("calibrate"));
    if (kdf == QStringLiteral("calibrate"))
        return services::VaultSession::KdfChoice::Calibrate;
    if (kdf == QStringLiteral("floor"))
        return services::VaultSession::KdfChoice::Floor;
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("--kdf must be 'calibrate' or 'floor'."),
                        QStringLiteral("kdf"));
}

ExitCode CliApp::dispatch(const CommandLine& line) {
    if (line.flag(QStringLiteral("help")) || line.words.isEmpty()) {
        printHelp();
        return line.words.isEmpty() && !line.flag(QStringLiteral("help")) ? ExitCode::Usage
                                                                          : ExitCode::Success;
    }
    const QString group = line.words.first();
    if (group == QStringLiteral("vault"))
        return vaultCommand(line);
    if (group == QStringLiteral("audit"))
        return auditCommand(line);
    return usage(QStringLiteral("Unknown command '%1'.").arg(group.left(64)));
}

ExitCode CliApp::unlockVault(const CommandLine& line) {
    auto passphrase = SecretInput::read(line.value(QStringLiteral("passphrase-file")),
                                        kPassphraseEnv, QStringLiteral("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    if (auto unlocked = m_session.unlock(vaultDir(line), passphrase->bytes()); !unlocked)
        return fail(unlocked.error());
    return ExitCode::Success;
}

ExitCode CliApp::vaultCommand(const CommandLine& line) {
    const QString action = line.words.value(1);
    if (line.words.size() > 2)
        return usage(QStringLiteral("Too many arguments for 'vault %1'.").arg(action));
    const QString dir = vaultDir(line);

    if (action == QStringLiteral("init")) {
        auto kdf = kdfChoice(line);
        if (!kdf)
            return fail(kdf.error());
        auto passphrase =
            SecretInput::read(line.value(QStringLiteral("passphrase-file")), kPassphraseEnv,
                              QStringLiteral("New passphrase: "), true);
        if (!passphrase)
            return fail(passphrase.error());
        if (*kdf == services::VaultSession::KdfChoice::Calibrate && !m_json)
            m_err << QStringLiteral("Calibrating key derivation (about a second)...\n")
                  << Qt::flush;
        auto recovery = m_session.create(dir, passphrase->bytes(), *kdf);
        if (!recovery)
            return fail(recovery.error());
        // The recovery key goes to stdout once, written directly from locked memory.
        if (m_json) {
            m_out << QStringLiteral("{\"vault_id\": \"") << m_session.vault()->id()
                  << QStringLiteral("\", \"recovery_key\": \"") << Qt::flush;
            std::fwrite(recovery->data(), 1, recovery->size(), stdout);
            std::fflush(stdout);
            m_out << QStringLiteral("\"}\n");
        } else {
            m_out << QStringLiteral("Vault created in %1\n").arg(m_session.vault()->directory());
            m_out << QStringLiteral("Recovery key (shown only now; write it down and keep it apart "
                                    "from this computer):\n\n    ")
                  << Qt::flush;
            std::fwrite(recovery->data(), 1, recovery->size(), stdout);
            std::fflush(stdout);
            m_out << QStringLiteral("\n\n");
        }
        return ExitCode::Success;
    }
    if (action == QStringLiteral("info")) {
        auto info = services::VaultSession::info(dir);
        if (!info)
            return fail(info.error());
        if (m_json) {
            printJson(
                {{QStringLiteral("directory"), info->directory},
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
            m_out
                << QStringLiteral("Vault:          %1\n").arg(info->directory)
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
        auto kdf = kdfChoice(line);
        if (!kdf)
            return fail(kdf.error());
        if (action == QStringLiteral("passwd")) {
            if (const ExitCode code = unlockVault(line); code != ExitCode::Success)
                return code;
        } else {
            auto key = SecretInput::read(line.value(QStringLiteral("recovery-key-file")),
                                         kRecoveryEnv, QStringLiteral("Recovery key: "), false);
            if (!key)
                return fail(key.error());
            if (auto unlocked = m_session.unlockWithRecoveryKey(dir, key->bytes()); !unlocked)
                return fail(unlocked.error());
        }
        auto fresh = SecretInput::read(line.value(QStringLiteral("new-passphrase-file")),
                                       kNewPassphraseEnv, QStringLiteral("New passphrase: "), true);
        if (!fresh)
            return fail(fresh.error());
        if (auto changed = m_session.changePassphrase(fresh->bytes(), *kdf); !changed)
            return fail(changed.error());
        if (!m_json)
            m_out << QStringLiteral("Passphrase changed.\n");
        else
            printJson({{QStringLiteral("status"), QStringLiteral("ok")}});
        return ExitCode::Success;
    }
    return usage(action.isEmpty()
                     ? QStringLiteral("'vault' needs a subcommand: init, info, passwd, recover.")
                     : QStringLiteral("Unknown vault subcommand '%1'.").arg(action.left(64)));
}

ExitCode CliApp::auditCommand(const CommandLine& line) {
    const QString action = line.words.value(1);
    if (action != QStringLiteral("verify") && action != QStringLiteral("list"))
        return usage(action.isEmpty()
                         ? QStringLiteral("'audit' needs a subcommand: verify, list.")
                         : QStringLiteral("Unknown audit subcommand '%1'.").arg(action.left(64)));
    if (line.words.size() > 2)
        return usage(QStringLiteral("Too many arguments for 'audit %1'.").arg(action));
    qint64 after = 0;
    int limit = 1000;
    if (line.has(QStringLiteral("after"))) {
        bool ok = false;
        after = line.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return fail({ErrorCode::InvalidInput,
                         QStringLiteral("--after must be a non-negative integer."),
                         QStringLiteral("after")});
    }
    if (line.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000)
            return fail({ErrorCode::InvalidInput,
                         QStringLiteral("--limit must be between 1 and 100000."),
                         QStringLiteral("limit")});
    }
    if (const ExitCode code = unlockVault(line); code != ExitCode::Success)
        return code;

    if (action == QStringLiteral("verify")) {
        auto report = m_session.verifyAudit();
        if (!report)
            return fail(report.error());
        if (m_json) {
            QJsonObject object{{QStringLiteral("ok"), report->ok},
                               {QStringLiteral("entries"), report->entries},
                               {QStringLiteral("head_seq"), report->head.seq},
                               {QStringLiteral("rolled_back"), report->rolledBack}};
            if (!report->ok) {
                object.insert(QStringLiteral("first_bad_seq"), report->firstBadSeq);
                object.insert(QStringLiteral("problem"), report->problem);
            }
            printJson(object);
        } else if (report->ok) {
            m_out << QStringLiteral(
                         "Audit log intact: %1 entries, head at entry %2, matches the anchor.\n")
                         .arg(report->entries)
                         .arg(report->head.seq);
        } else {
            m_out << QStringLiteral("Audit log FAILED verification at entry %1: %2.\n")
                         .arg(report->firstBadSeq)
                         .arg(report->problem);
        }
        return report->ok ? ExitCode::Success : ExitCode::Damaged;
    }

    auto entries = m_session.auditEntries(after, limit, line.value(QStringLiteral("action")));
    if (!entries)
        return fail(entries.error());
    if (m_json) {
        QJsonArray array;
        for (const auto& entry : *entries)
            array.append(entryToJson(entry));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& entry : *entries)
            m_out << QStringLiteral("%1  %2  %3  %4  %5 %6  %7\n")
                         .arg(entry.seq, 6)
                         .arg(entry.timestamp, entry.actor, entry.action, entry.entityType,
                              entry.entityId, QString::fromUtf8(entry.summary));
    }
    return ExitCode::Success;
}

} // namespace quittance::cli
