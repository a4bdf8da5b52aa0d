#pragma once

#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/CatalogService.h"
#include "services/DocumentService.h"
#include "services/PdfService.h"
#include "services/ProfileService.h"
#include "services/ReportService.h"
#include "services/SyncService.h"
#include "services/VaultSession.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace quittance::ui {

// Owns the VaultSession and the services over the unlocked vault, and is the
// one place that decides on which thread the vault is used.
//
// Threading: the SQLCipher connection must only be used by one thread at a
// time. Reads and writes run on the UI thread as small paged queries (a page
// of 100 documents, a catalogue list) so none of them blocks the window
// noticeably. The slow operations leave the UI thread, and while one runs
// isBusy() is true: views do not query, the auto-lock and lockNow() wait, so
// the connection is never shared. They are the KDF (create, unlock, change
// passphrase, the check before an erase; no vault is open, or the views are
// behind a modal dialog), the batch PDF export (modal progress), and the
// reports and the dashboard (ui/VaultWorker: a worker thread, Cancel through
// ReportService::interrupt). Sync and the exports run on the UI thread
// through whileBusy(): SyncService blocks in a local event loop, so the
// window keeps painting while the views stay away from the vault.
class VaultController : public QObject {
    Q_OBJECT
public:
    explicit VaultController(QObject* parent = nullptr);
    ~VaultController() override;

    // Tests and screenshots use the KDF floor; the app calibrates.
    void setKdfChoice(services::VaultSession::KdfChoice choice) { m_kdf = choice; }
    services::VaultSession::KdfChoice kdfChoice() const { return m_kdf; }
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    QDate today() const;
    // The clock of the automatic backups (tests replace it).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime nowUtc() const;

    // Asynchronous (the KDF runs on a worker thread). The passphrase bytes
    // are moved into locked memory before the call returns. createAsync
    // reports the KDF calibration through kdfProgress(), on this object's
    // (the UI) thread.
    QFuture<domain::Result<QString>> createAsync(const QString& dir, const QString& passphrase);
    QFuture<domain::Status> unlockAsync(const QString& dir, const QString& secret,
                                        bool recoveryKey);
    QFuture<domain::Status> changePassphraseAsync(const QString& passphrase);
    // Call from the UI thread when the future has finished.
    void finishUnlock(const QString& dir);
    // Checks the open vault's passphrase with the full KDF on a worker
    // thread (VaultSession::checkPassphrase); busy until the result is back
    // on this object's thread. The database is not touched.
    QFuture<domain::Status> checkPassphraseAsync(const QString& passphrase);
    // Checking and restoring a backup unwrap its key (the KDF) on a worker
    // thread; neither touches the open vault, so the views stay usable.
    QFuture<domain::Result<services::BackupService::Restored>>
    verifyBackupAsync(const QString& file, const QString& secret, bool recoveryKey);
    // Restores, then checks the restored vault against the sync server's
    // audit checkpoint (a rollback warning; see BackupService::restoreAndCheck).
    QFuture<domain::Result<services::BackupService::Restored>>
    restoreBackupAsync(const QString& file, const QString& dir, const QString& secret,
                       bool recoveryKey);

    bool isUnlocked() const;
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy) { m_busy = busy; }
    QString vaultDirectory() const { return m_dir; }
    void lock();
    // Permanently deletes the open vault (VaultSession::erase) after closing
    // the services over it; emits locked(). Refused while locked or busy.
    domain::Status eraseVault();

    services::VaultSession& session() { return m_session; }
    services::DocumentService& documents() { return *m_documents; }
    services::ClientService& clients() { return *m_clients; }
    services::ProductService& products() { return *m_products; }
    services::ProfileService& profile() { return *m_profile; }
    services::ReportService& reports() { return *m_reports; }
    services::PdfService& pdf() { return *m_pdf; }
    services::SyncService& sync() { return *m_sync; }
    services::BackupService& backups() { return *m_backups; }

    // Runs `call` (a blocking network call of SyncService) with isBusy() set.
    template <typename Call>
    auto whileBusy(Call&& call) {
        const bool wasBusy = m_busy;
        m_busy = true;
        auto result = call();
        m_busy = wasBusy;
        return result;
    }
    // One sync run, busy meanwhile; emits syncFinished() with the outcome.
    domain::Result<sync::SyncReport> runSync();
    // The automatic backup, if configured and due (the service decides), run
    // before the vault closes. Nothing when locked or busy.
    domain::Result<std::optional<QString>> runAutomaticBackup();

Q_SIGNALS:
    void unlocked();
    void locked();
    // Percent (0-100) of the KDF calibration of a running createAsync().
    void kdfProgress(int percent);
    void syncFinished();

private:
    void closeServices();

    services::VaultSession m_session;
    services::VaultSession::KdfChoice m_kdf = services::VaultSession::KdfChoice::Calibrate;
    std::function<QDate()> m_today;
    std::function<QDateTime()> m_now;
    QString m_dir;
    bool m_busy = false;
    std::unique_ptr<services::DocumentService> m_documents;
    std::unique_ptr<services::ClientService> m_clients;
    std::unique_ptr<services::ProductService> m_products;
    std::unique_ptr<services::ProfileService> m_profile;
    std::unique_ptr<services::ReportService> m_reports;
    std::unique_ptr<services::PdfService> m_pdf;
    std::unique_ptr<services::SyncService> m_sync;
    std::unique_ptr<services::BackupService> m_backups;
};

} // namespace quittance::ui
