#include "BackupCommands.h"

#include "OptionReader.h"
#include "SecretInput.h"
#include "services/BackupService.h"
#include "services/SyncService.h"

#include <QDateTime>
#include <QDir>

namespace quittance::cli {

using domain::ErrorCode;

namespace {

QJsonObject infoJson(const storage::VaultBackup::Info& info) {
    return QJsonObject{{QStringLiteral("vaultId"), info.vaultId},
                       {QStringLiteral("createdAt"), info.createdAt},
                       {QStringLiteral("anchorSeq"), info.anchorSeq},
                       {QStringLiteral("databaseBytes"), info.databaseBytes}};
}

QString outcomeName(services::SyncService::RollbackCheck::Outcome outcome) {
    using Outcome = services::SyncService::RollbackCheck::Outcome;
    switch (outcome) {
    case Outcome::NotConfigured:
        return QStringLiteral("not-configured");
    case Outcome::Unchecked:
        return QStringLiteral("unchecked");
    case Outcome::Current:
        return QStringLiteral("current");
    case Outcome::RolledBack:
        return QStringLiteral("rolled-back");
    }
    return {};
}

} // namespace

ExitCode BackupCommands::backup() {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("create"))
        return create();
    if (action == QStringLiteral("verify"))
        return verifyOrRestore(false);
    if (action == QStringLiteral("restore"))
        return verifyOrRestore(true);
    if (action == QStringLiteral("auto"))
        return automatic();
    if (action == QStringLiteral("config"))
        return configure();
    if (action == QStringLiteral("status"))
        return status();
    return m_cx.unknownSubcommand(QStringLiteral("backup"),
                                  QStringLiteral("create, verify, restore, auto, config, status"));
}

ExitCode BackupCommands::create() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"out"}); code != ExitCode::Success)
        return code;
    const QString out = m_cx.line().value(QStringLiteral("out"));
    if (out.isEmpty())
        return m_cx.usage(QStringLiteral("'backup create' needs --out FILE."));
    if (QFileInfo::exists(out))
        return m_cx.fail({ErrorCode::Conflict,
                          QStringLiteral("%1 already exists; choose a new file name.").arg(out),
                          QStringLiteral("out")});
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::BackupService backups(m_cx.vault());
    auto info = backups.create(out);
    if (!info)
        return m_cx.fail(info.error());
    if (m_cx.json())
        m_cx.printJson(infoJson(*info));
    else
        m_cx.out() << QStringLiteral("Backup written to %1 (audit log up to entry %2).\n")
                          .arg(out)
                          .arg(info->anchorSeq);
    return ExitCode::Success;
}

ExitCode BackupCommands::verifyOrRestore(bool restore) {
    QList<QStringView> options{u"recovery-key-file"};
    if (restore)
        options.append(u"to");
    if (const ExitCode code = m_cx.checkArguments(3, 3, options); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    const QString file = line.words.value(2);
    const QString to = line.value(QStringLiteral("to"));
    if (restore && to.isEmpty())
        return m_cx.usage(
            QStringLiteral("'backup restore FILE' needs --to DIR (a new, empty folder)."));
    // The recovery key when one is offered, else the passphrase.
    const bool recovery = line.has(QStringLiteral("recovery-key-file")) ||
                          SecretInput::environmentHas("QUITTANCE_RECOVERY_KEY");
    auto secret =
        recovery
            ? SecretInput::read(line.value(QStringLiteral("recovery-key-file")),
                                "QUITTANCE_RECOVERY_KEY", QStringLiteral("Recovery key: "), false)
            : SecretInput::read(line.value(QStringLiteral("passphrase-file")),
                                "QUITTANCE_PASSPHRASE", QStringLiteral("Passphrase: "), false);
    if (!secret)
        return m_cx.fail(secret.error());
    const auto kind =
        recovery ? storage::Vault::Secret::RecoveryKey : storage::Vault::Secret::Passphrase;
    std::optional<services::SyncService::RollbackCheck> rollback;
    domain::Result<storage::VaultBackup::Info> info = storage::VaultBackup::Info{};
    if (restore) {
        // A restored vault that sync was set up for is checked against the
        // sync server's audit checkpoint: an older backup is a rollback.
        auto restored = services::BackupService::restoreAndCheck(file, to, kind, secret->bytes());
        if (!restored)
            return m_cx.fail(restored.error());
        info = restored->info;
        rollback = restored->rollback;
    } else {
        info = services::BackupService::verify(file, kind, secret->bytes());
    }
    if (!info)
        return m_cx.fail(info.error());
    if (rollback && !rollback->message.isEmpty())
        m_cx.err() << QStringLiteral("Warning: ") << rollback->message << '\n';
    if (m_cx.json()) {
        QJsonObject json = infoJson(*info);
        if (rollback)
            json.insert(QStringLiteral("rollback"),
                        QJsonObject{{QStringLiteral("outcome"), outcomeName(rollback->outcome)},
                                    {QStringLiteral("vaultSeq"), rollback->vaultSeq},
                                    {QStringLiteral("witnessedSeq"), rollback->witnessedSeq},
                                    {QStringLiteral("message"), rollback->message}});
        m_cx.printJson(json);
    } else if (restore) {
        m_cx.out() << QStringLiteral("Restored the backup of %1 into %2; its audit log verifies.\n")
                          .arg(info->createdAt, QDir(to).absolutePath());
    } else {
        m_cx.out() << QStringLiteral(
                          "Backup intact: vault %1, taken %2, audit log up to entry %3 verifies.\n")
                          .arg(info->vaultId, info->createdAt)
                          .arg(info->anchorSeq);
    }
    return ExitCode::Success;
}

ExitCode BackupCommands::automatic() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"force"}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::BackupService backups(m_cx.vault());
    auto written = backups.runAutomatic(QDateTime::currentDateTimeUtc(),
                                        m_cx.line().flag(QStringLiteral("force")));
    if (!written)
        return m_cx.fail(written.error());
    if (m_cx.json())
        m_cx.printJson(QJsonObject{{QStringLiteral("written"), written->value_or(QString())}});
    else if (*written)
        m_cx.out() << QStringLiteral("Backup written to %1.\n").arg(**written);
    else
        m_cx.out() << QStringLiteral(
            "No automatic backup due (not configured, or one ran in the last 24 hours).\n");
    return ExitCode::Success;
}

ExitCode BackupCommands::configure() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"folder", u"keep"});
        code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::BackupService backups(m_cx.vault());
    auto settings = backups.autoSettings();
    if (!settings)
        return m_cx.fail(settings.error());
    if (line.has(QStringLiteral("folder")))
        settings->folder = line.value(QStringLiteral("folder"));
    if (line.has(QStringLiteral("keep"))) {
        bool ok = false;
        settings->keep = line.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok)
            return m_cx.fail({ErrorCode::InvalidInput,
                              QStringLiteral("--keep must be a whole number."),
                              QStringLiteral("keep")});
    }
    if (auto ok = backups.setAutoSettings(*settings); !ok)
        return m_cx.fail(ok.error());
    m_cx.out() << (settings->folder.isEmpty()
                       ? QStringLiteral("Automatic backups are off.\n")
                       : QStringLiteral("Automatic backups go to %1, keeping %2.\n")
                             .arg(settings->folder)
                             .arg(settings->keep));
    return ExitCode::Success;
}

ExitCode BackupCommands::status() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::BackupService backups(m_cx.vault());
    auto settings = backups.autoSettings();
    auto last = backups.lastRun();
    if (!settings)
        return m_cx.fail(settings.error());
    if (!last)
        return m_cx.fail(last.error());
    if (m_cx.json()) {
        m_cx.printJson(QJsonObject{{QStringLiteral("folder"), settings->folder},
                                   {QStringLiteral("keep"), settings->keep},
                                   {QStringLiteral("lastRunAt"), last->at},
                                   {QStringLiteral("lastFile"), last->file},
                                   {QStringLiteral("lastError"), last->error}});
        return ExitCode::Success;
    }
    m_cx.out() << QStringLiteral("Folder:   %1\n")
                      .arg(settings->folder.isEmpty() ? QStringLiteral("(automatic backups off)")
                                                      : settings->folder)
               << QStringLiteral("Keep:     %1\n").arg(settings->keep)
               << QStringLiteral("Last run: %1 %2\n")
                      .arg(last->at.isEmpty() ? QStringLiteral("never") : last->at,
                           last->error.isEmpty() ? last->file
                                                 : QStringLiteral("FAILED: ") + last->error);
    return ExitCode::Success;
}

} // namespace quittance::cli
