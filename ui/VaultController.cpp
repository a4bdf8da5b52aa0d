#include "ui/VaultController.h"

#include <QtConcurrent/QtConcurrentRun>

namespace quittance::ui {

namespace {
// The secret leaves the QString (which the caller then clears) for locked
// memory right away; only the worker thread reads it.
std::shared_ptr<storage::SecureBuffer> lockedCopy(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    auto buffer = std::make_shared<storage::SecureBuffer>(
        storage::SecureBuffer::copyOf({reinterpret_cast<const unsigned char*>(utf8.constData()),
                                       static_cast<std::size_t>(utf8.size())}));
    utf8.fill('\0');
    return buffer;
}
} // namespace

VaultController::VaultController(QObject* parent)
    : QObject(parent) {}

VaultController::~VaultController() {
    lock();
}

QDate VaultController::today() const {
    return m_today ? m_today() : QDate::currentDate();
}

QDateTime VaultController::nowUtc() const {
    return m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
}

domain::Result<sync::SyncReport> VaultController::runSync() {
    if (!isUnlocked() || m_busy)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            tr("The vault is locked or busy; try again in a moment."));
    auto report = whileBusy([this] { return m_sync->syncNow(); });
    Q_EMIT syncFinished();
    return report;
}

domain::Result<std::optional<QString>> VaultController::runAutomaticBackup() {
    if (!isUnlocked() || m_busy)
        return std::optional<QString>();
    return m_backups->runAutomatic(nowUtc());
}

QFuture<domain::Result<QString>> VaultController::createAsync(const QString& dir,
                                                              const QString& passphrase) {
    m_busy = true;
    auto secret = lockedCopy(passphrase);
    const auto kdf = m_kdf;
    // Called on the worker: the percentage is queued to this object's thread
    // (and dropped with the object should it go first).
    auto progress = [this](int percent) {
        QMetaObject::invokeMethod(
            this, [this, percent] { Q_EMIT kdfProgress(percent); }, Qt::QueuedConnection);
    };
    return QtConcurrent::run([this, dir, secret, kdf, progress]() -> domain::Result<QString> {
        auto key = m_session.create(dir, secret->bytes(), kdf, progress);
        if (!key)
            return std::unexpected(key.error());
        // The recovery key is shown once in a label; it exists as text only
        // until the wizard's confirmation page is done.
        return QString::fromLatin1(reinterpret_cast<const char*>(key->data()),
                                   static_cast<qsizetype>(key->size()));
    });
}

QFuture<domain::Status> VaultController::unlockAsync(const QString& dir, const QString& secret,
                                                     bool recoveryKey) {
    m_busy = true;
    auto bytes = lockedCopy(secret);
    return QtConcurrent::run([this, dir, bytes, recoveryKey]() -> domain::Status {
        return recoveryKey ? m_session.unlockWithRecoveryKey(dir, bytes->bytes())
                           : m_session.unlock(dir, bytes->bytes());
    });
}

QFuture<domain::Status> VaultController::changePassphraseAsync(const QString& passphrase) {
    m_busy = true;
    auto bytes = lockedCopy(passphrase);
    const auto kdf = m_kdf;
    return QtConcurrent::run([this, bytes, kdf]() -> domain::Status {
        return m_session.changePassphrase(bytes->bytes(), kdf);
    });
}

QFuture<domain::Status> VaultController::checkPassphraseAsync(const QString& passphrase) {
    m_busy = true;
    auto bytes = lockedCopy(passphrase);
    const QString dir = m_dir;
    return QtConcurrent::run([dir, bytes]() -> domain::Status {
               return services::VaultSession::checkPassphrase(dir, bytes->bytes());
           })
        .then(this, [this](domain::Status result) {
            m_busy = false;
            return result;
        });
}

QFuture<domain::Result<services::BackupService::Restored>>
VaultController::verifyBackupAsync(const QString& file, const QString& secret, bool recoveryKey) {
    return restoreBackupAsync(file, QString(), secret, recoveryKey);
}

QFuture<domain::Result<services::BackupService::Restored>>
VaultController::restoreBackupAsync(const QString& file, const QString& dir, const QString& secret,
                                    bool recoveryKey) {
    auto bytes = lockedCopy(secret);
    const auto kind =
        recoveryKey ? storage::Vault::Secret::RecoveryKey : storage::Vault::Secret::Passphrase;
    // An empty `dir` only verifies (restores into a scratch folder and removes it).
    return QtConcurrent::run(
        [file, dir, bytes, kind]() -> domain::Result<services::BackupService::Restored> {
            if (!dir.isEmpty())
                return services::BackupService::restoreAndCheck(file, dir, kind, bytes->bytes());
            auto info = services::BackupService::verify(file, kind, bytes->bytes());
            if (!info)
                return std::unexpected(info.error());
            return services::BackupService::Restored{*info, {}};
        });
}

void VaultController::finishUnlock(const QString& dir) {
    m_busy = false;
    if (!m_session.isUnlocked())
        return;
    m_dir = dir;
    storage::Vault& vault = *m_session.vault();
    m_documents = std::make_unique<services::DocumentService>(vault, [this] { return today(); });
    m_clients = std::make_unique<services::ClientService>(vault);
    m_products = std::make_unique<services::ProductService>(vault);
    m_profile = std::make_unique<services::ProfileService>(vault);
    m_reports = std::make_unique<services::ReportService>(vault);
    m_pdf = std::make_unique<services::PdfService>(vault);
    m_sync = std::make_unique<services::SyncService>(vault);
    m_backups = std::make_unique<services::BackupService>(vault);
    Q_EMIT unlocked();
}

bool VaultController::isUnlocked() const {
    return m_documents && m_session.isUnlocked();
}

void VaultController::closeServices() {
    m_backups.reset();
    m_sync.reset();
    m_pdf.reset();
    m_reports.reset();
    m_profile.reset();
    m_products.reset();
    m_clients.reset();
    m_documents.reset();
}

void VaultController::lock() {
    const bool wasOpen = m_documents != nullptr || m_session.isUnlocked();
    closeServices();
    m_session.lock(); // closes the database and wipes the keys
    m_busy = false;
    if (wasOpen)
        Q_EMIT locked();
}

domain::Status VaultController::eraseVault() {
    if (!isUnlocked() || m_busy)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            tr("The vault is locked or busy; try again in a moment."));
    closeServices();
    auto erased = m_session.erase(); // closes the database first
    m_session.lock();
    m_dir.clear();
    Q_EMIT locked();
    return erased;
}

} // namespace quittance::ui
