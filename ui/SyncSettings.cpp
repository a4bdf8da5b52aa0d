#include "ui/SyncSettings.h"

#include "ui/ThemeColors.h"

#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace quittance::ui {

namespace {
using Location = sync::ApiKeyStore::Location;

// A named field with a label whose mnemonic focuses it; `row` holds the
// field and its neighbours when there are any.
template <typename Field>
Field* addField(QFormLayout* form, const QString& label, const char* name, Field* field,
                QLayout* row = nullptr) {
    field->setObjectName(QString::fromLatin1(name));
    auto* text = new QLabel(label);
    text->setBuddy(field);
    if (row)
        form->addRow(text, row);
    else
        form->addRow(text, field);
    return field;
}
} // namespace

SyncSettings::SyncSettings(VaultController& controller, QWidget* parent)
    : QGroupBox(tr("Sync"), parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("syncSettings"));
    auto* form = new QFormLayout(this);
    m_server = addField(form, tr("Se&rver URL:"), "syncServer", new QLineEdit);
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.org"));

    m_apiKey = addField(form, tr("API &key:"), "syncApiKey", new QLineEdit);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(QStringLiteral("qk_…"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_keyState = new QLabel;
    m_keyState->setObjectName(QStringLiteral("syncKeyState"));
    m_keyState->setWordWrap(true);
    form->addRow(m_keyState);

    m_storage = addField(form, tr("Keep the key &in:"), "syncKeyStorage", new QComboBox);
    m_storage->addItem(tr("System keychain"), QStringLiteral("keychain"));
    m_storage->addItem(tr("Inside the encrypted vault"), QStringLiteral("vault"));

    m_pin = addField(form, tr("Public-key &pin:"), "syncPin", new QLineEdit);
    m_pin->setPlaceholderText(tr("optional: base64 SHA-256 of the server's public key"));

    auto* caRow = new QHBoxLayout;
    m_caFile = addField(form, tr("Trusted &CA:"), "syncCaFile", new QLineEdit, caRow);
    m_caFile->setPlaceholderText(tr("optional: PEM file of a self-hosted CA"));
    auto* browse = new QPushButton(tr("Choose…"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto* logIn = new QPushButton(tr("&Log in"));
    logIn->setObjectName(QStringLiteral("syncLogIn"));
    auto* test = new QPushButton(tr("&Test connection"));
    test->setObjectName(QStringLiteral("syncTest"));
    m_syncNow = new QPushButton(tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_logOut = new QPushButton(tr("Log &out"));
    m_logOut->setObjectName(QStringLiteral("syncLogOut"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(logIn);
    buttons->addWidget(test);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_logOut);
    form->addRow(buttons);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    form->addRow(m_result);
    m_lastRun = new QLabel;
    m_lastRun->setObjectName(QStringLiteral("syncLastRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextFormat(Qt::PlainText);
    form->addRow(m_lastRun);
    m_conflicts = new QListWidget;
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setAccessibleName(tr("Conflict copies"));
    m_conflicts->setMaximumHeight(110);
    form->addRow(new QLabel(tr("Conflict copies made by sync:")));
    form->addRow(m_conflicts);

    connect(logIn, &QPushButton::clicked, this, &SyncSettings::logIn);
    connect(test, &QPushButton::clicked, this, &SyncSettings::testConnection);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncSettings::syncRequested);
    connect(m_logOut, &QPushButton::clicked, this, &SyncSettings::logOut);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = MessageBoxService::instance().openFileName(
            this, tr("Trusted CA certificate"), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
}

void SyncSettings::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto state = m_controller.sync().state();
    if (!state) {
        showResult(state.error().message, true);
        return;
    }
    if (!state->settings.server.isEmpty() || m_server->text().isEmpty()) {
        m_server->setText(state->settings.server.toString());
        m_pin->setText(QString::fromLatin1(state->settings.publicKeyPin));
        m_caFile->setText(state->settings.caFile);
    }
    m_apiKey->clear();
    if (!state->keyLocation.isEmpty())
        m_storage->setCurrentIndex(std::max(0, m_storage->findData(state->keyLocation)));
    m_keyState->setText(state->keyLocation == QLatin1String("keychain")
                            ? tr("An API key is stored in the system keychain. Enter a new one "
                                 "only to replace it.")
                        : state->keyLocation == QLatin1String("vault")
                            ? tr("An API key is stored inside the encrypted vault. Enter a new "
                                 "one only to replace it.")
                            : tr("No API key is stored."));
    m_syncNow->setEnabled(state->configured);
    m_logOut->setEnabled(!state->keyLocation.isEmpty());

    QStringList last;
    last << (state->lastSync.isEmpty()
                 ? tr("Never synced.")
                 : tr("Last sync: %1.").arg(Format::timestamp(state->lastSync)));
    if (state->pending > 0)
        last << tr("%n change(s) waiting to be sent.", nullptr, static_cast<int>(state->pending));
    if (!state->lastError.isEmpty())
        last << tr("Last error: %1").arg(state->lastError);
    m_lastRun->setText(last.join(QLatin1Char(' ')));

    m_conflicts->clear();
    for (const auto& c : state->conflicts)
        m_conflicts->addItem(
            tr("%1 — %2 (copy %3)")
                .arg(Format::timestamp(c.detectedAt), c.message, c.copyId.left(8)));
    if (state->conflicts.empty())
        m_conflicts->addItem(tr("None."));
}

void SyncSettings::clear() {
    m_server->clear();
    m_apiKey->clear();
    m_pin->clear();
    m_caFile->clear();
    m_keyState->clear();
    m_result->clear();
    m_lastRun->clear();
    m_conflicts->clear();
}

std::optional<services::SyncService::Settings> SyncSettings::formSettings() {
    services::SyncService::Settings settings;
    settings.server = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    if (m_server->text().trimmed().isEmpty() || !settings.server.isValid()) {
        showResult(tr("Enter the server URL (https://…)."), true);
        m_server->setFocus();
        return std::nullopt;
    }
    settings.publicKeyPin = m_pin->text().trimmed().toLatin1();
    settings.caFile = m_caFile->text().trimmed();
    return settings;
}

void SyncSettings::showResult(const QString& text, bool error) {
    m_result->setText(text);
    ThemeColors::markAsError(m_result, error);
}

void SyncSettings::logIn() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto settings = formSettings();
    if (!settings)
        return;
    QByteArray key = m_apiKey->text().trimmed().toLatin1();
    if (key.isEmpty()) {
        showResult(tr("Enter the API key the server gave you (qk_…)."), true);
        m_apiKey->setFocus();
        return;
    }
    Location location = m_storage->currentData().toString() == QLatin1String("vault")
                            ? Location::Vault
                            : Location::Keychain;
    showResult(tr("Checking the server and the key…"), false);
    setEnabled(false); // no second click while the network call waits
    auto done =
        m_controller.whileBusy([&] { return m_controller.sync().login(*settings, key, location); });
    setEnabled(true);
    if (!done && done.error().field == QLatin1String("keychain")) {
        // The server accepted the key; only the keychain is missing.
        const auto answer = MessageBoxService::instance().question(
            this, tr("No keychain available"),
            tr("No system keychain (Secret Service) is available, so the API key cannot be kept "
               "there.\n\nKeep the key inside the encrypted vault instead? It is then as safe as "
               "your invoices: readable only with the vault passphrase."));
        if (answer == QMessageBox::Yes) {
            location = Location::Vault;
            done = m_controller.sync().login(*settings, key, location, false);
            if (done)
                m_storage->setCurrentIndex(m_storage->findData(QStringLiteral("vault")));
        } else {
            key.fill('\0');
            showResult(tr("No system keychain is available. Choose \"Inside the encrypted "
                          "vault\" to keep the key there."),
                       true);
            return;
        }
    }
    key.fill('\0');
    if (!done) {
        showResult(done.error().message, true);
        return;
    }
    m_apiKey->clear();
    reload();
    showResult(location == Location::Vault
                   ? tr("Logged in; the API key is kept inside the encrypted vault.")
                   : tr("Logged in; the API key is kept in the system keychain."),
               false);
    Q_EMIT stateChanged();
}

void SyncSettings::testConnection() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto settings = formSettings();
    if (!settings)
        return;
    QByteArray key = m_apiKey->text().trimmed().toLatin1();
    showResult(tr("Testing the connection…"), false);
    setEnabled(false);
    auto ok = m_controller.whileBusy([&] {
        return key.isEmpty() ? m_controller.sync().testConnection()
                             : m_controller.sync().testConnection(*settings, key);
    });
    setEnabled(true);
    key.fill('\0');
    showResult(ok ? tr("The server answered and accepted the key.") : ok.error().message, !ok);
}

void SyncSettings::logOut() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    if (MessageBoxService::instance().question(
            this, tr("Log out"),
            tr("Remove the stored API key? Sync stops until you log in again.")) !=
        QMessageBox::Yes)
        return;
    auto ok = m_controller.sync().logout();
    if (!ok) {
        showResult(ok.error().message, true);
        return;
    }
    reload();
    showResult(tr("Logged out; the API key was removed."), false);
    Q_EMIT stateChanged();
}

} // namespace quittance::ui
