#include "ui/EraseVaultDialog.h"

#include "ui/ThemeColors.h"
#include "ui/VaultController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace quittance::ui {

EraseVaultDialog::EraseVaultDialog(VaultController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_dir(controller.vaultDirectory()) {
    setObjectName(QStringLiteral("eraseVaultDialog"));
    setWindowTitle(tr("Erase vault"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("<p><b>This permanently deletes the vault in %1</b>: its database with every "
           "client, product, invoice, quote and payment, its key file and the audit log, and "
           "its sync API key in the system keychain. It cannot be undone.</p>"
           "<p>Backups and files you exported stay where they are: delete them yourself if "
           "they should go too. The server keeps what was synced to it.</p>")
            .arg(QDir::toNativeSeparators(m_dir).toHtmlEscaped()));
    explanation->setObjectName(QStringLiteral("eraseExplanation"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* label = new QLabel(tr("&Passphrase of this vault:"));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("erasePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_passphrase);
    layout->addWidget(label);
    layout->addWidget(m_passphrase);
    m_confirm = new QCheckBox(tr("I understand that the vault is &deleted for good."));
    m_confirm->setObjectName(QStringLiteral("eraseConfirm"));
    layout->addWidget(m_confirm);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Checking the passphrase"));
    m_busy->hide();
    layout->addWidget(m_busy);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("eraseError"));
    m_error->setWordWrap(true);
    ThemeColors::markAsError(m_error);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox;
    m_erase = buttons->addButton(tr("&Erase vault"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    layout->addWidget(buttons);

    connect(m_erase, &QPushButton::clicked, this, &EraseVaultDialog::tryErase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, this, &EraseVaultDialog::updateButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &EraseVaultDialog::updateButton);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EraseVaultDialog::finishCheck);
    updateButton();
    m_passphrase->setFocus();
    resize(520, sizeHint().height());
}

EraseVaultDialog::~EraseVaultDialog() {
    // The controller clears its busy flag when the check ends; the worker
    // holds its own copy of the passphrase, so nothing here must wait.
    m_watcher.disconnect(this);
}

void EraseVaultDialog::updateButton() {
    m_erase->setEnabled(!m_working && m_confirm->isChecked() && !m_passphrase->text().isEmpty());
}

void EraseVaultDialog::setWorking(bool working) {
    m_working = working;
    m_busy->setVisible(working);
    m_passphrase->setEnabled(!working);
    m_confirm->setEnabled(!working);
    m_cancel->setEnabled(!working);
    updateButton();
}

void EraseVaultDialog::done(int result) {
    if (m_working)
        return; // the passphrase check finishes first
    m_passphrase->clear();
    QDialog::done(result);
}

void EraseVaultDialog::tryErase() {
    if (m_working || !m_confirm->isChecked() || m_passphrase->text().isEmpty())
        return;
    if (!m_controller.isUnlocked() || m_controller.isBusy() ||
        m_controller.vaultDirectory() != m_dir) {
        m_error->setText(tr("The vault is locked or busy; try again in a moment."));
        return;
    }
    m_error->clear();
    setWorking(true);
    m_watcher.setFuture(m_controller.checkPassphraseAsync(m_passphrase->text()));
    m_passphrase->clear();
}

void EraseVaultDialog::finishCheck() {
    const domain::Status result = m_watcher.result();
    setWorking(false);
    if (!result) {
        m_error->setText(result.error().code == domain::ErrorCode::WrongSecret
                             ? tr("Wrong passphrase. Nothing was erased.")
                             : result.error().message);
        m_passphrase->setFocus();
        return;
    }
    accept();
}

} // namespace quittance::ui
