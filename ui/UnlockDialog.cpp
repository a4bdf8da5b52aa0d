#include "ui/UnlockDialog.h"

#include "ui/AppSettings.h"
#include "ui/MessageBoxService.h"
#include "ui/ThemeColors.h"
#include "ui/VaultController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace quittance::ui {

UnlockDialog::UnlockDialog(VaultController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock vault"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Quittance is locked</h2>"));
    layout->addWidget(title);

    auto* vaultLabel = new QLabel(tr("&Vault:"));
    m_vault = new QComboBox;
    m_vault->setObjectName(QStringLiteral("vaultChooser"));
    m_vault->setMinimumContentsLength(40);
    vaultLabel->setBuddy(m_vault);
    QStringList vaults = AppSettings::recentVaults();
    const QString def = services::VaultSession::defaultVaultDirectory();
    if (!vaults.contains(def) && services::VaultSession::info(def))
        vaults.append(def);
    for (const QString& v : vaults)
        m_vault->addItem(QDir::toNativeSeparators(v), v);
    auto* other = new QPushButton(tr("&Other…"));
    other->setToolTip(tr("Open a vault in another folder"));
    auto* vaultRow = new QHBoxLayout;
    vaultRow->addWidget(m_vault, 1);
    vaultRow->addWidget(other);
    layout->addWidget(vaultLabel);
    layout->addLayout(vaultRow);

    m_secretLabel = new QLabel(tr("&Passphrase:"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("unlockSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    layout->addWidget(m_secretLabel);
    layout->addWidget(m_secret);
    m_recovery = new QCheckBox(tr("Use the &recovery key instead"));
    m_recovery->setObjectName(QStringLiteral("useRecoveryKey"));
    layout->addWidget(m_recovery);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_busy->hide();
    layout->addWidget(m_busy);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("unlockError"));
    ThemeColors::markAsError(m_error);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox;
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_create = buttons->addButton(tr("&New vault…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(m_create, &QPushButton::clicked, this, [this] { done(CreateRequested); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UnlockDialog::finishUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &UnlockDialog::chooseFolder);
    connect(m_recovery, &QCheckBox::toggled, this, [this](bool on) {
        m_secretLabel->setText(on ? tr("&Recovery key:") : tr("&Passphrase:"));
        m_secret->clear();
        m_secret->setPlaceholderText(on ? QStringLiteral("XXXX-XXXX-…") : QString());
        m_secret->setFocus();
    });
    m_secret->setFocus();
    resize(520, sizeHint().height());
}

void UnlockDialog::setVaultDirectory(const QString& dir) {
    int index = m_vault->findData(dir);
    if (index < 0) {
        m_vault->insertItem(0, QDir::toNativeSeparators(dir), dir);
        index = 0;
    }
    m_vault->setCurrentIndex(index);
}

QString UnlockDialog::vaultDirectory() const {
    return m_vault->currentData().toString();
}

void UnlockDialog::chooseFolder() {
    const QString dir = MessageBoxService::instance().directory(this, tr("Open vault"), QString());
    if (dir.isEmpty())
        return;
    if (!services::VaultSession::info(dir)) {
        m_error->setText(tr("There is no Quittance vault in that folder."));
        return;
    }
    setVaultDirectory(dir);
}

void UnlockDialog::setWorking(bool working) {
    m_working = working;
    m_busy->setVisible(working);
    m_unlock->setEnabled(!working);
    m_secret->setEnabled(!working);
    m_vault->setEnabled(!working);
    m_recovery->setEnabled(!working);
    m_create->setEnabled(!working);
    m_close->setEnabled(!working);
}

UnlockDialog::~UnlockDialog() {
    if (!m_working)
        return;
    // Destroyed mid-KDF (the application quits): the worker still uses the
    // session, so wait for it, then drop what it opened.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    if (!m_controller.isUnlocked())
        m_controller.session().lock();
    m_controller.setBusy(false);
}

void UnlockDialog::done(int result) {
    // Closing now would lose the result of the running KDF (and could leave
    // the vault open unseen); the dialog closes itself when it is done.
    if (m_working)
        return;
    QDialog::done(result);
}

void UnlockDialog::tryUnlock() {
    const QString dir = vaultDirectory();
    if (dir.isEmpty()) {
        m_error->setText(tr("Choose a vault first."));
        return;
    }
    if (m_secret->text().isEmpty()) {
        m_error->setText(m_recovery->isChecked() ? tr("Enter the recovery key.")
                                                 : tr("Enter the passphrase."));
        return;
    }
    m_error->clear();
    m_workingDir = dir;
    setWorking(true);
    m_watcher.setFuture(m_controller.unlockAsync(dir, m_secret->text(), m_recovery->isChecked()));
    m_secret->clear();
}

void UnlockDialog::finishUnlock() {
    const domain::Status result = m_watcher.result();
    setWorking(false);
    if (!result) {
        m_controller.setBusy(false);
        QString message = result.error().message;
        if (result.error().code == domain::ErrorCode::WrongSecret)
            message = m_recovery->isChecked()
                          ? tr("That recovery key does not open this vault.")
                          : tr("Wrong passphrase. Check Caps Lock and the keyboard layout.");
        m_error->setText(message);
        m_secret->selectAll();
        m_secret->setFocus();
        return;
    }
    AppSettings::addRecentVault(m_workingDir);
    m_controller.finishUnlock(m_workingDir);
    accept();
}

} // namespace quittance::ui
