#include "ui/FirstRunWizard.h"

#include "ui/ClipboardGuard.h"
#include "ui/MessageBoxService.h"
#include "ui/PassphraseStrength.h"
#include "ui/ProfileForm.h"
#include "ui/ThemeColors.h"
#include "ui/VaultController.h"

#include <QButtonGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {

QLabel* errorLabel() {
    auto* l = new QLabel;
    ThemeColors::markAsError(l);
    l->setWordWrap(true);
    return l;
}

class LocationPageImpl : public QWizardPage {
public:
    LocationPageImpl() {
        setTitle(FirstRunWizard::tr("Where to keep your vault"));
        setSubTitle(FirstRunWizard::tr("Quittance keeps all your business data in one encrypted "
                                       "vault folder on this computer."));
        auto* layout = new QVBoxLayout(this);
        m_default = new QRadioButton(FirstRunWizard::tr("&Default location: %1")
                                         .arg(services::VaultSession::defaultVaultDirectory()));
        m_custom = new QRadioButton(FirstRunWizard::tr("&Choose a folder:"));
        m_default->setChecked(true);
        m_default->setObjectName(QStringLiteral("defaultLocation"));
        m_custom->setObjectName(QStringLiteral("customLocation"));
        m_path = new QLineEdit;
        m_path->setObjectName(QStringLiteral("vaultPath"));
        m_path->setAccessibleName(FirstRunWizard::tr("Vault folder"));
        m_path->setEnabled(false);
        auto* browse = new QPushButton(FirstRunWizard::tr("&Browse…"));
        browse->setEnabled(false);
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        layout->addWidget(m_default);
        layout->addWidget(m_custom);
        layout->addLayout(row);
        m_error = errorLabel();
        layout->addWidget(m_error);
        layout->addStretch();
        connect(m_custom, &QRadioButton::toggled, m_path, &QWidget::setEnabled);
        connect(m_custom, &QRadioButton::toggled, browse, &QWidget::setEnabled);
        connect(m_custom, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir = MessageBoxService::instance().directory(
                this, FirstRunWizard::tr("Vault folder"), QString());
            if (!dir.isEmpty())
                m_path->setText(dir + QStringLiteral("/Quittance"));
        });
    }
    QString directory() const {
        return m_custom->isChecked() ? m_path->text().trimmed()
                                     : services::VaultSession::defaultVaultDirectory();
    }
    bool isComplete() const override { return !directory().isEmpty(); }
    bool validatePage() override {
        if (services::VaultSession::info(directory())) {
            m_error->setText(FirstRunWizard::tr(
                "There is already a vault in this folder. Open it from the unlock window, or "
                "choose another folder."));
            return false;
        }
        m_error->clear();
        return true;
    }
    QRadioButton* m_default;
    QRadioButton* m_custom;
    QLineEdit* m_path;
    QLabel* m_error;
};

class PassphrasePageImpl : public QWizardPage {
public:
    PassphrasePageImpl() {
        setTitle(FirstRunWizard::tr("Choose a passphrase"));
        setSubTitle(FirstRunWizard::tr(
            "It encrypts the vault. Nobody can reset it: if you forget it, only the recovery "
            "key opens the vault."));
        auto* layout = new QVBoxLayout(this);
        m_pass = new QLineEdit;
        m_pass->setObjectName(QStringLiteral("passphrase"));
        m_pass->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("passphraseConfirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        auto* l1 = new QLabel(FirstRunWizard::tr("&Passphrase:"));
        l1->setBuddy(m_pass);
        auto* l2 = new QLabel(FirstRunWizard::tr("&Repeat passphrase:"));
        l2->setBuddy(m_confirm);
        m_bar = new QProgressBar;
        m_bar->setRange(0, 4);
        m_bar->setTextVisible(false);
        m_bar->setMaximumHeight(8);
        m_bar->setAccessibleName(FirstRunWizard::tr("Passphrase strength"));
        m_reason = new QLabel;
        m_reason->setObjectName(QStringLiteral("strengthReason"));
        m_reason->setWordWrap(true);
        layout->addWidget(l1);
        layout->addWidget(m_pass);
        layout->addWidget(m_bar);
        layout->addWidget(m_reason);
        layout->addWidget(l2);
        layout->addWidget(m_confirm);
        m_match = new QLabel;
        m_match->setWordWrap(true);
        layout->addWidget(m_match);
        layout->addStretch();
        connect(m_pass, &QLineEdit::textChanged, this, &PassphrasePageImpl::update);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphrasePageImpl::update);
        update();
    }
    void update() {
        const auto v = PassphraseStrength::evaluate(m_pass->text());
        m_bar->setValue(v.score);
        m_reason->setText(m_pass->text().isEmpty() ? QString() : v.reason);
        ThemeColors::markAsError(m_reason, !v.acceptable);
        const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_pass->text();
        m_match->setText(mismatch ? FirstRunWizard::tr("The passphrases do not match.")
                                  : QString());
        ThemeColors::markAsError(m_match);
        Q_EMIT completeChanged();
    }
    bool isComplete() const override {
        return PassphraseStrength::evaluate(m_pass->text()).acceptable &&
               m_pass->text() == m_confirm->text();
    }
    void wipe() {
        m_pass->clear();
        m_confirm->clear();
    }
    QLineEdit* m_pass;
    QLineEdit* m_confirm;
    QProgressBar* m_bar;
    QLabel* m_reason;
    QLabel* m_match;
};

class CreatePageImpl : public QWizardPage {
public:
    CreatePageImpl(VaultController& controller, ClipboardGuard& clipboard)
        : m_controller(controller)
        , m_clipboard(clipboard) {
        setTitle(FirstRunWizard::tr("Your recovery key"));
        setCommitPage(true);
        auto* layout = new QVBoxLayout(this);
        m_status = new QLabel;
        m_status->setWordWrap(true);
        m_busy = new QProgressBar;
        m_busy->setObjectName(QStringLiteral("createProgress"));
        m_busy->setRange(0, 100);
        m_busy->setAccessibleName(FirstRunWizard::tr("Creating the vault"));
        connect(&m_controller, &VaultController::kdfProgress, m_busy, &QProgressBar::setValue);
        m_key = new QLabel;
        m_key->setObjectName(QStringLiteral("recoveryKey"));
        m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(mono.pointSizeF() * 1.25);
        m_key->setFont(mono);
        m_key->setAlignment(Qt::AlignCenter);
        m_key->setWordWrap(true);
        m_key->setFrameShape(QFrame::StyledPanel);
        m_key->setMinimumHeight(60);
        m_copy = new QPushButton(FirstRunWizard::tr("&Copy"));
        m_copy->setToolTip(
            FirstRunWizard::tr("Copies the key; the clipboard is cleared after 30 seconds."));
        m_print = new QPushButton(FirstRunWizard::tr("&Print…"));
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(m_copy);
        buttons->addWidget(m_print);
        m_hint = new QLabel(FirstRunWizard::tr(
            "Write this key down or print it and keep it somewhere safe, away from this computer. "
            "It is shown only now. With it you can open the vault if you forget the passphrase."));
        m_hint->setWordWrap(true);
        m_error = errorLabel();
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addWidget(m_key);
        layout->addLayout(buttons);
        layout->addWidget(m_hint);
        layout->addWidget(m_error);
        layout->addStretch();
        connect(m_copy, &QPushButton::clicked, this,
                [this] { m_clipboard.copySecret(m_key->text()); });
        connect(m_print, &QPushButton::clicked, this, &CreatePageImpl::print);
    }
    void initializePage() override {
        if (m_done)
            return;
        auto* wizard = static_cast<FirstRunWizard*>(this->wizard());
        auto* passPage =
            static_cast<PassphrasePageImpl*>(wizard->page(FirstRunWizard::PassphrasePage));
        m_dir = wizard->vaultDirectory();
        m_status->setText(FirstRunWizard::tr(
            "Creating the vault and tuning the key derivation to this computer…"));
        m_busy->setValue(0);
        m_busy->show();
        m_key->hide();
        m_copy->hide();
        m_print->hide();
        m_hint->hide();
        m_error->clear();
        m_running = true;
        auto* watcher = new QFutureWatcher<domain::Result<QString>>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            m_watcher = nullptr;
            m_running = false;
            this->wizard()->button(QWizard::CancelButton)->setEnabled(true);
            m_busy->hide();
            auto result = watcher->result();
            if (!result) {
                m_controller.setBusy(false);
                m_status->clear();
                m_error->setText(result.error().message);
                return;
            }
            m_controller.finishUnlock(m_dir);
            m_done = true;
            m_status->setText(FirstRunWizard::tr("The vault is ready."));
            m_key->setText(*result);
            result->fill(QLatin1Char('0'));
            m_key->show();
            m_copy->show();
            m_print->show();
            m_hint->show();
            Q_EMIT completeChanged();
        });
        // The KDF cannot be interrupted: Cancel waits for it (see done()).
        wizard->button(QWizard::CancelButton)->setEnabled(false);
        watcher->setFuture(m_controller.createAsync(m_dir, passPage->m_pass->text()));
        passPage->wipe();
    }
    ~CreatePageImpl() override {
        if (!m_running || !m_watcher)
            return;
        // Destroyed mid-creation (the application quits): wait for the
        // worker, which uses the session, and leave the new vault locked.
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        if (!m_controller.isUnlocked())
            m_controller.session().lock();
        m_controller.setBusy(false);
    }
    bool isComplete() const override { return m_done; }
    void print() {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QPainter painter(&printer);
        QFont f(QStringLiteral("monospace"), 14);
        painter.setFont(f);
        painter.drawText(
            QRect(0, 0, printer.width(), printer.height() / 3), Qt::AlignCenter | Qt::TextWordWrap,
            FirstRunWizard::tr("Quittance recovery key") + QStringLiteral("\n\n") + m_key->text());
    }
    void wipe() {
        m_key->setText(QString(m_key->text().size(), QLatin1Char(' ')));
        m_key->clear();
    }

    VaultController& m_controller;
    ClipboardGuard& m_clipboard;
    QString m_dir;
    bool m_done = false;
    bool m_running = false;
    QFutureWatcher<domain::Result<QString>>* m_watcher = nullptr;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_key;
    QPushButton* m_copy;
    QPushButton* m_print;
    QLabel* m_hint;
    QLabel* m_error;
};

class ConfirmPageImpl : public QWizardPage {
public:
    explicit ConfirmPageImpl(CreatePageImpl* create)
        : m_create(create) {
        setTitle(FirstRunWizard::tr("Confirm the recovery key"));
        setSubTitle(FirstRunWizard::tr("Type the last group of your recovery key (the four "
                                       "characters after the last dash)."));
        auto* layout = new QVBoxLayout(this);
        m_input = new QLineEdit;
        m_input->setObjectName(QStringLiteral("recoveryConfirm"));
        m_input->setMaxLength(8);
        auto* label = new QLabel(FirstRunWizard::tr("&Last group:"));
        label->setBuddy(m_input);
        layout->addWidget(label);
        layout->addWidget(m_input);
        m_hint = new QLabel;
        ThemeColors::markAsError(m_hint);
        layout->addWidget(m_hint);
        layout->addStretch();
        connect(m_input, &QLineEdit::textChanged, this, [this] {
            const bool ok = isComplete();
            m_hint->setText(!ok && m_input->text().size() >= lastGroup().size()
                                ? FirstRunWizard::tr("That is not the last group of the key.")
                                : QString());
            Q_EMIT completeChanged();
        });
    }
    QString lastGroup() const { return m_create->m_key->text().section(QLatin1Char('-'), -1); }
    bool isComplete() const override {
        return !lastGroup().isEmpty() &&
               m_input->text().trimmed().compare(lastGroup(), Qt::CaseInsensitive) == 0;
    }
    bool validatePage() override {
        m_create->wipe();
        m_input->clear();
        return true;
    }
    CreatePageImpl* m_create;
    QLineEdit* m_input;
    QLabel* m_hint;
};

class ProfilePageImpl : public QWizardPage {
public:
    explicit ProfilePageImpl(VaultController& controller)
        : m_controller(controller) {
        setTitle(FirstRunWizard::tr("Your business"));
        setSubTitle(FirstRunWizard::tr("Printed on every invoice. You can change it later in "
                                       "Settings."));
        auto* layout = new QVBoxLayout(this);
        m_form = new ProfileForm;
        layout->addWidget(m_form);
        m_error = errorLabel();
        layout->addWidget(m_error);
    }
    bool validatePage() override {
        auto profile = m_form->profile();
        if (!profile)
            return false;
        auto stored = m_controller.profile().setProfile(*profile);
        if (!stored) {
            m_form->showError(stored.error());
            return false;
        }
        return true;
    }
    VaultController& m_controller;
    ProfileForm* m_form;
    QLabel* m_error;
};

} // namespace

FirstRunWizard::FirstRunWizard(VaultController& controller, ClipboardGuard& clipboard,
                               QWidget* parent)
    : QWizard(parent) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Quittance"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(LocationPage, new LocationPageImpl);
    setPage(PassphrasePage, new PassphrasePageImpl);
    auto* create = new CreatePageImpl(controller, clipboard);
    setPage(CreatePage, create);
    setPage(ConfirmPage, new ConfirmPageImpl(create));
    setPage(ProfilePage, new ProfilePageImpl(controller));
    resize(720, 640);
}

void FirstRunWizard::done(int result) {
    // Closing while the vault is being created would lose the recovery key
    // of a vault left open unseen; the page finishes first.
    if (static_cast<CreatePageImpl*>(page(CreatePage))->m_running)
        return;
    QWizard::done(result);
}

QString FirstRunWizard::vaultDirectory() const {
    return static_cast<LocationPageImpl*>(page(LocationPage))->directory();
}

QString FirstRunWizard::displayedRecoveryKey() const {
    return static_cast<CreatePageImpl*>(page(CreatePage))->m_key->text();
}

} // namespace quittance::ui
