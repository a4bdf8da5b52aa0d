#include "BackupService.h"

#include "storage/AuditLog.h"
#include "storage/SqlSettingsRepository.h"

#include <QDir>
#include <QFileInfo>

namespace quittance::services {

using domain::ErrorCode;
using storage::SqlSettingsRepository;

namespace {
const QString kFolder = QStringLiteral("backup.folder");
const QString kKeep = QStringLiteral("backup.keep");
const QString kLastAt = QStringLiteral("backup.last_at");
const QString kLastFile = QStringLiteral("backup.last_file");
const QString kLastError = QStringLiteral("backup.last_error");
const QString kLastSuccess = QStringLiteral("backup.last_success_at");
} // namespace

domain::Result<storage::VaultBackup::Info> BackupService::create(const QString& path) {
    return storage::VaultBackup::create(m_vault, path);
}

domain::Result<storage::VaultBackup::Info>
BackupService::verify(const QString& path, storage::Vault::Secret kind,
                      std::span<const unsigned char> secret) {
    return storage::VaultBackup::verify(path, kind, secret);
}

domain::Result<storage::VaultBackup::Info>
BackupService::restore(const QString& path, const QString& dir, storage::Vault::Secret kind,
                       std::span<const unsigned char> secret) {
    return storage::VaultBackup::restore(path, dir, kind, secret);
}

domain::Result<BackupService::Restored>
BackupService::restoreAndCheck(const QString& path, const QString& dir, storage::Vault::Secret kind,
                               std::span<const unsigned char> secret) {
    auto info = restore(path, dir, kind, secret);
    if (!info)
        return std::unexpected(info.error());
    Restored restored{*info, {}};
    if (auto vault = storage::Vault::unlock(dir, kind, secret))
        restored.rollback = SyncService(**vault).checkForRollback(info->anchorSeq);
    return restored;
}

QString BackupService::fileNameFor(const QString& vaultId, const QDateTime& nowUtc) {
    return QStringLiteral("quittance-%1-%2.qbackup")
        .arg(vaultId.left(8), nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

domain::Result<BackupService::AutoSettings> BackupService::autoSettings() {
    return m_vault.read([](storage::Reader& reader) -> domain::Result<AutoSettings> {
        auto folder = SqlSettingsRepository::value(reader, kFolder);
        auto keep = SqlSettingsRepository::value(reader, kKeep, QStringLiteral("14"));
        if (!folder || !keep)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Could not read the backup settings."));
        return AutoSettings{*folder, std::clamp(keep->toInt(), 1, 365)};
    });
}

domain::Status BackupService::setAutoSettings(const AutoSettings& settings) {
    if (settings.keep < 1 || settings.keep > 365)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Keep between 1 and 365 automatic backups."),
                            QStringLiteral("keep"));
    if (!settings.folder.isEmpty() && !QDir::isAbsolutePath(settings.folder))
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The backup folder must be an absolute path."),
                            QStringLiteral("folder"));
    auto written = m_vault.write(
        {QStringLiteral("local"), QStringLiteral("backup.settings_changed"),
         QStringLiteral("settings"), QStringLiteral("backup"),
         QJsonObject{{QStringLiteral("keep"), settings.keep},
                     {QStringLiteral("enabled"), !settings.folder.isEmpty()}}},
        [&](storage::Writer& writer) -> domain::Status {
            if (auto ok = SqlSettingsRepository::setValue(writer, kFolder, settings.folder); !ok)
                return ok;
            return SqlSettingsRepository::setValue(writer, kKeep, QString::number(settings.keep));
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Result<BackupService::LastRun> BackupService::lastRun() {
    return m_vault.read([](storage::Reader& reader) -> domain::Result<LastRun> {
        auto at = SqlSettingsRepository::value(reader, kLastAt);
        auto file = SqlSettingsRepository::value(reader, kLastFile);
        auto error = SqlSettingsRepository::value(reader, kLastError);
        if (!at || !file || !error)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Could not read the backup state."));
        return LastRun{*at, *file, *error};
    });
}

domain::Status BackupService::recordRun(const LastRun& run) {
    auto written = m_vault.write(
        {QStringLiteral("local"),
         run.error.isEmpty() ? QStringLiteral("backup.automatic")
                             : QStringLiteral("backup.automatic_failed"),
         QStringLiteral("vault"), m_vault.id(), QJsonObject{{QStringLiteral("file"), run.file}}},
        [&](storage::Writer& writer) -> domain::Status {
            if (auto ok = SqlSettingsRepository::setValue(writer, kLastAt, run.at); !ok)
                return ok;
            if (auto ok = SqlSettingsRepository::setValue(writer, kLastFile, run.file); !ok)
                return ok;
            if (run.error.isEmpty())
                if (auto ok = SqlSettingsRepository::setValue(writer, kLastSuccess, run.at); !ok)
                    return ok;
            return SqlSettingsRepository::setValue(writer, kLastError, run.error);
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Result<std::optional<QString>> BackupService::runAutomatic(const QDateTime& nowUtc,
                                                                   bool force) {
    auto settings = autoSettings();
    if (!settings)
        return std::unexpected(settings.error());
    if (settings->folder.isEmpty())
        return std::optional<QString>();
    auto lastSuccess = m_vault.read(
        [](storage::Reader& reader) { return SqlSettingsRepository::value(reader, kLastSuccess); });
    if (!lastSuccess)
        return std::unexpected(lastSuccess.error());
    const QDateTime last = QDateTime::fromString(*lastSuccess, Qt::ISODateWithMs);
    if (!force && last.isValid() && last.secsTo(nowUtc) < 24 * 3600)
        return std::optional<QString>();

    const QString stamp = storage::AuditLog::timestamp(nowUtc);
    const QDir folder(settings->folder);
    if (!QDir().mkpath(settings->folder)) {
        const domain::Error error{ErrorCode::Io, QStringLiteral("Cannot create the backup folder."),
                                  QStringLiteral("folder")};
        (void)recordRun({stamp, {}, error.message});
        return std::unexpected(error);
    }
    const QString name = fileNameFor(m_vault.id(), nowUtc);
    auto made = create(folder.filePath(name));
    if (!made) {
        (void)recordRun({stamp, {}, made.error().message});
        return std::unexpected(made.error());
    }
    // Keep the newest `keep` automatic backups of this vault; never touch other files.
    const QString pattern = QStringLiteral("quittance-%1-*.qbackup").arg(m_vault.id().left(8));
    const QStringList files = folder.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = settings->keep; i < files.size(); ++i)
        QFile::remove(folder.filePath(files[i]));
    if (auto ok = recordRun({stamp, name, {}}); !ok)
        return std::unexpected(ok.error());
    return std::optional<QString>(folder.filePath(name));
}

} // namespace quittance::services
