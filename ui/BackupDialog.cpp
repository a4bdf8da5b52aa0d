#include "ui/BackupDialog.h"

#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace quittance::ui {

namespace {
QHBoxLayout* withChooser(QLineEdit* edit, QPushButton* choose) {
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(choose);
    return row;
}
} // namespace

BackupDialog::BackupDialog(VaultController& controller, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_mode(mode) {
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(mode == Mode::Restore ? tr("Restore backup") : tr("Verify backup"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        mode == Mode::Restore
            ? tr("Restores a backup into a new, empty folder as a vault of its own. Nothing "
                 "existing is overwritten.")
            : tr("Checks that a backup is complete and untouched and that it opens, without "
                 "keeping anything."));
    intro->setWordWrap(true);
    form->addRow(intro);

    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFile"));
    auto* chooseFile = new QPushButton(tr("Choose…"));
    auto* fileLabel = new QLabel(tr("Backup &file:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, withChooser(m_file, chooseFile));
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString file = MessageBoxService::instance().openFileName(
            this, tr("Backup file"), tr("Quittance backups (*.qbackup)"));
        if (!file.isEmpty())
            m_file->setText(QDir::toNativeSeparators(file));
    });

    if (mode == Mode::Restore) {
        m_folder = new QLineEdit;
        m_folder->setObjectName(QStringLiteral("restoreFolder"));
        auto* chooseFolder = new QPushButton(tr("Choose…"));
        auto* folderLabel = new QLabel(tr("Restore &into:"));
        folderLabel->setBuddy(m_folder);
        form->addRow(folderLabel, withChooser(m_folder, chooseFolder));
        connect(chooseFolder, &QPushButton::clicked, this, [this] {
            const QString dir =
                MessageBoxService::instance().directory(this, tr("Restore into"), QDir::homePath());
            if (!dir.isEmpty())
                m_folder->setText(QDir::toNativeSeparators(dir));
        });
    }

    m_usePassphrase = new QRadioButton(tr("&Passphrase"));
    m_usePassphrase->setObjectName(QStringLiteral("usePassphrase"));
    m_usePassphrase->setChecked(true);
    m_useRecoveryKey = new QRadioButton(tr("Recovery &key"));
    m_useRecoveryKey->setObjectName(QStringLiteral("useRecoveryKey"));
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_usePassphrase);
    kind->addWidget(m_useRecoveryKey);
    kind->addStretch();
    form->addRow(tr("Open with:"), kind);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("backupSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Passphrase or recovery key of the backup"));
    auto* secretLabel = new QLabel(tr("&Secret:"));
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, m_secret);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupDialogStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    form->addRow(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Restore ? tr("&Restore") : tr("&Verify"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackupDialog::finished);
    resize(560, sizeHint().height());
}

BackupDialog::~BackupDialog() {
    // The worker owns copies of everything it uses; let it finish on its own.
    m_watcher.disconnect(this);
}

void BackupDialog::showError(const QString& text) {
    m_status->setText(text);
}

void BackupDialog::setRunning(bool running) {
    for (QWidget* w : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_secret),
                       static_cast<QWidget*>(m_usePassphrase),
                       static_cast<QWidget*>(m_useRecoveryKey), static_cast<QWidget*>(m_buttons)})
        w->setEnabled(!running);
    if (m_folder)
        m_folder->setEnabled(!running);
}

void BackupDialog::accept() {
    if (m_watcher.isRunning())
        return;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        showError(tr("Choose an existing backup file."));
        m_file->setFocus();
        return;
    }
    m_target.clear();
    if (m_mode == Mode::Restore) {
        m_target = QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
        if (m_folder->text().trimmed().isEmpty()) {
            showError(tr("Choose the folder to restore into."));
            m_folder->setFocus();
            return;
        }
        if (services::VaultSession::info(m_target)) {
            showError(tr("That folder already holds a vault. Choose a new, empty folder."));
            m_folder->setFocus();
            return;
        }
    }
    const QString secret =
        m_useRecoveryKey->isChecked() ? m_secret->text().trimmed() : m_secret->text();
    if (secret.isEmpty()) {
        showError(tr("Enter the passphrase or the recovery key the backup was made with."));
        m_secret->setFocus();
        return;
    }
    m_status->setText(m_mode == Mode::Restore ? tr("Restoring and checking the backup…")
                                              : tr("Checking the backup…"));
    setRunning(true);
    const bool recovery = m_useRecoveryKey->isChecked();
    m_watcher.setFuture(m_mode == Mode::Restore
                            ? m_controller.restoreBackupAsync(file, m_target, secret, recovery)
                            : m_controller.verifyBackupAsync(file, secret, recovery));
    m_secret->clear();
}

void BackupDialog::reject() {
    if (m_watcher.isRunning())
        return; // the check finishes first; it takes seconds at most
    QDialog::reject();
}

void BackupDialog::finished() {
    setRunning(false);
    const auto result = m_watcher.result();
    if (!result) {
        showError(result.error().message);
        return;
    }
    if (m_mode == Mode::Restore) {
        m_restored = m_target;
        const QString done = tr("The backup of %1 was restored into %2 and its audit log verifies.")
                                 .arg(result->info.createdAt, QDir::toNativeSeparators(m_target));
        using Outcome = services::SyncService::RollbackCheck::Outcome;
        const auto& rollback = result->rollback;
        if (rollback.outcome == Outcome::RolledBack)
            MessageBoxService::instance().warning(
                this, windowTitle(),
                done + QStringLiteral("\n\n") +
                    tr("Warning: this backup is older than the vault's last sync. The sync server "
                       "witnessed audit entry %1; the backup ends at entry %2. Restoring it is a "
                       "rollback: changes made after the backup (invoices issued, payments "
                       "recorded, their numbers) are not in it, and sync will refuse to run from "
                       "it. Keep the newer vault if you still have it.")
                        .arg(rollback.witnessedSeq)
                        .arg(rollback.vaultSeq));
        else if (rollback.outcome == Outcome::Unchecked)
            MessageBoxService::instance().information(
                this, windowTitle(),
                done + QStringLiteral("\n\n") +
                    tr("Whether this backup is older than the vault's last sync could not be "
                       "checked: %1")
                        .arg(rollback.message));
        else
            MessageBoxService::instance().information(this, windowTitle(), done);
    } else {
        MessageBoxService::instance().information(
            this, windowTitle(),
            tr("The backup is intact: taken %1, its audit log verifies up to entry %2.")
                .arg(result->info.createdAt)
                .arg(result->info.anchorSeq));
    }
    QDialog::accept();
}

} // namespace quittance::ui
