#include "ui/SettingsView.h"

#include "domain/NumberingPattern.h"
#include "ui/AppSettings.h"
#include "ui/BackupSettings.h"
#include "ui/MessageBoxService.h"
#include "ui/PassphraseStrength.h"
#include "ui/ProfileForm.h"
#include "ui/SyncSettings.h"
#include "ui/ThemeColors.h"
#include "ui/VaultController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quittance::ui {

namespace {
const QList<domain::DocumentType> kTypes = {
    domain::DocumentType::Invoice, domain::DocumentType::CreditNote, domain::DocumentType::Quote};
}

SettingsView::SettingsView(VaultController& controller, QWidget* parent)
    : VaultPage(controller, parent) {
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget;
    scroll->setWidget(content);
    auto* columns = new QHBoxLayout(content);

    auto* profileBox = new QGroupBox(tr("Business profile"));
    auto* pl = new QVBoxLayout(profileBox);
    m_profile = new ProfileForm;
    pl->addWidget(m_profile);
    auto* saveProfileButton = new QPushButton(tr("&Save profile"));
    m_profileStatus = new QLabel;
    auto* pr = new QHBoxLayout;
    pr->addWidget(m_profileStatus, 1);
    pr->addWidget(saveProfileButton);
    pl->addLayout(pr);
    pl->addStretch();
    columns->addWidget(profileBox, 3);

    auto* right = new QVBoxLayout;
    auto* numBox = new QGroupBox(tr("Numbering"));
    auto* nf = new QFormLayout(numBox);
    const QStringList labels = {tr("Invoices:"), tr("Credit notes:"), tr("Quotes:")};
    for (int i = 0; i < kTypes.size(); ++i) {
        NumberingRow row;
        row.pattern = new QLineEdit;
        row.pattern->setObjectName(QStringLiteral("numberingPattern%1").arg(i));
        row.pattern->setAccessibleName(labels.at(i) + tr(" numbering pattern"));
        row.reset = new QComboBox;
        row.reset->addItem(tr("never reset"), QStringLiteral("never"));
        row.reset->addItem(tr("reset yearly"), QStringLiteral("yearly"));
        row.reset->addItem(tr("reset monthly"), QStringLiteral("monthly"));
        row.reset->setAccessibleName(labels.at(i) + tr(" numbering reset"));
        row.preview = new QLabel;
        row.preview->setObjectName(QStringLiteral("numberingPreview%1").arg(i));
        auto* h = new QHBoxLayout;
        h->addWidget(row.pattern, 1);
        h->addWidget(row.reset);
        auto* v = new QVBoxLayout;
        v->addLayout(h);
        v->addWidget(row.preview);
        nf->addRow(labels.at(i), v);
        m_numbering.append(row);
        connect(row.pattern, &QLineEdit::textChanged, this, [this, i] { updatePreview(i); });
    }
    nf->addRow(new QLabel(tr("<small>Placeholders: {YYYY} {YY} {MM} {SEQ:4} {DEVICE}</small>")));
    m_numberingStatus = new QLabel;
    m_numberingStatus->setWordWrap(true);
    auto* saveNumberingButton = new QPushButton(tr("Save &numbering"));
    nf->addRow(m_numberingStatus, saveNumberingButton);
    right->addWidget(numBox);

    auto* defaultsBox = new QGroupBox(tr("New documents"));
    defaultsBox->setObjectName(QStringLiteral("documentDefaults"));
    auto* df = new QFormLayout(defaultsBox);
    df->addRow(new QLabel(tr("<small>Currency and payment days: see the business "
                             "profile.</small>")));
    m_termsText = new QPlainTextEdit;
    m_termsText->setObjectName(QStringLiteral("defaultPaymentTermsText"));
    m_termsText->setTabChangesFocus(true);
    m_termsText->setMaximumHeight(70);
    m_termsText->setPlaceholderText(tr("e.g. Payable within 14 days without deduction."));
    auto* tl = new QLabel(tr("Payment &terms text:"));
    tl->setBuddy(m_termsText);
    df->addRow(tl, m_termsText);
    m_documentLanguage = new QComboBox;
    m_documentLanguage->setObjectName(QStringLiteral("defaultDocumentLanguage"));
    m_documentLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_documentLanguage->addItem(tr("German"), QStringLiteral("de"));
    auto* dl = new QLabel(tr("Document &language:"));
    dl->setBuddy(m_documentLanguage);
    df->addRow(dl, m_documentLanguage);
    df->addRow(new QLabel(tr("<small>A client's own language takes precedence.</small>")));
    m_defaultsStatus = new QLabel;
    m_defaultsStatus->setObjectName(QStringLiteral("documentDefaultsStatus"));
    m_defaultsStatus->setWordWrap(true);
    auto* saveDefaultsButton = new QPushButton(tr("Save &defaults"));
    saveDefaultsButton->setObjectName(QStringLiteral("saveDocumentDefaults"));
    df->addRow(m_defaultsStatus, saveDefaultsButton);
    right->addWidget(defaultsBox);

    auto* secBox = new QGroupBox(tr("Security and interface"));
    auto* sf = new QFormLayout(secBox);
    m_autoLock = new QSpinBox;
    m_autoLock->setRange(0, 240);
    m_autoLock->setSpecialValueText(tr("never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(AppSettings::autoLockMinutes());
    auto* al = new QLabel(tr("&Auto-lock after idle:"));
    al->setBuddy(m_autoLock);
    sf->addRow(al, m_autoLock);
    m_screenLock = new QCheckBox(tr("Lock when the &screen locks"));
    m_screenLock->setChecked(AppSettings::lockOnScreenLock());
    sf->addRow(m_screenLock);
    m_language = new QComboBox;
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::uiLanguage())));
    auto* ll = new QLabel(tr("&Interface language:"));
    ll->setBuddy(m_language);
    sf->addRow(ll, m_language);
    auto* change = new QPushButton(tr("&Change passphrase…"));
    sf->addRow(change);
    right->addWidget(secBox);
    m_sync = new SyncSettings(m_controller);
    right->addWidget(m_sync);
    m_backup = new BackupSettings(m_controller);
    right->addWidget(m_backup);
    right->addStretch();
    columns->addLayout(right, 2);

    connect(saveProfileButton, &QPushButton::clicked, this, &SettingsView::saveProfile);
    connect(saveNumberingButton, &QPushButton::clicked, this, &SettingsView::saveNumbering);
    connect(saveDefaultsButton, &QPushButton::clicked, this, &SettingsView::saveDocumentDefaults);
    connect(change, &QPushButton::clicked, this, &SettingsView::changePassphrase);
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        AppSettings::setAutoLockMinutes(minutes);
        Q_EMIT autoLockMinutesChanged(minutes);
    });
    connect(m_screenLock, &QCheckBox::toggled, this, &AppSettings::setLockOnScreenLock);
    connect(m_language, &QComboBox::activated, this, [this] {
        AppSettings::setUiLanguage(m_language->currentData().toString());
        MessageBoxService::instance().information(this, tr("Interface language"),
                                                  tr("The new language applies after a restart."));
    });
}

void SettingsView::reload() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    if (auto p = m_controller.profile().profile(); p && *p)
        m_profile->setProfile(**p);
    for (int i = 0; i < kTypes.size(); ++i) {
        if (auto n = m_controller.profile().numbering(kTypes.at(i))) {
            QSignalBlocker block(m_numbering[i].pattern);
            m_numbering[i].pattern->setText(n->pattern);
            m_numbering[i].reset->setCurrentIndex(
                std::max(0, m_numbering[i].reset->findData(n->reset)));
        }
        updatePreview(i);
    }
    if (auto d = m_controller.profile().documentDefaults()) {
        m_termsText->setPlainText(d->paymentTermsText);
        m_documentLanguage->setCurrentIndex(
            std::max(0, m_documentLanguage->findData(domain::documentLanguageCode(d->language))));
    }
    m_profileStatus->clear();
    m_numberingStatus->clear();
    m_defaultsStatus->clear();
    m_sync->reload();
    m_backup->reload();
}

void SettingsView::clear() {
    m_profile->clear();
    for (auto& row : m_numbering) {
        QSignalBlocker block(row.pattern);
        row.pattern->clear();
        row.preview->clear();
        ThemeColors::markAsError(row.preview, false);
    }
    m_termsText->clear();
    m_defaultsStatus->clear();
    m_sync->clear();
    m_backup->clear();
}

void SettingsView::updatePreview(int index) {
    if (!m_controller.isUnlocked())
        return;
    const auto type = kTypes.at(index);
    auto& row = m_numbering[index];
    auto current = m_controller.profile().numbering(type);
    if (current && current->pattern == row.pattern->text()) {
        auto next = m_controller.profile().previewNextNumber(type, m_controller.today());
        row.preview->setText(next ? tr("Next: <b>%1</b>").arg(next->toHtmlEscaped())
                                  : next.error().message.toHtmlEscaped());
        ThemeColors::markAsError(row.preview, !next);
        return;
    }
    auto pattern = domain::NumberingPattern::parse(row.pattern->text());
    if (!pattern) {
        // The palette-derived red stays readable on dark themes too.
        row.preview->setText(pattern.error().message.toHtmlEscaped());
        ThemeColors::markAsError(row.preview);
        return;
    }
    auto example = pattern->format(1, m_controller.today(), QStringLiteral("A"));
    row.preview->setText(example ? tr("Example: <b>%1</b>").arg(example->toHtmlEscaped())
                                 : example.error().message.toHtmlEscaped());
    ThemeColors::markAsError(row.preview, !example);
}

void SettingsView::saveProfile() {
    auto p = m_profile->profile();
    if (!p)
        return;
    auto stored = m_controller.profile().setProfile(*p);
    if (!stored) {
        m_profile->showError(stored.error());
        return;
    }
    m_profileStatus->setText(tr("Saved."));
}

void SettingsView::saveNumbering() {
    for (int i = 0; i < kTypes.size(); ++i) {
        auto ok =
            m_controller.profile().setNumbering(kTypes.at(i), m_numbering[i].pattern->text(),
                                                m_numbering[i].reset->currentData().toString());
        if (!ok) {
            m_numberingStatus->setText(ok.error().message);
            return;
        }
        updatePreview(i);
    }
    m_numberingStatus->setText(tr("Saved."));
}

void SettingsView::saveDocumentDefaults() {
    auto language = domain::parseDocumentLanguage(m_documentLanguage->currentData().toString());
    if (!language)
        return;
    auto ok = m_controller.profile().setDocumentDefaults({m_termsText->toPlainText(), *language});
    m_defaultsStatus->setText(ok ? tr("Saved.") : ok.error().message);
}

void SettingsView::changePassphrase() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change passphrase"));
    auto* form = new QFormLayout(&dialog);
    auto* pass = new QLineEdit;
    pass->setEchoMode(QLineEdit::Password);
    auto* confirm = new QLineEdit;
    confirm->setEchoMode(QLineEdit::Password);
    auto* reason = new QLabel;
    reason->setWordWrap(true);
    form->addRow(tr("&New passphrase:"), pass);
    form->addRow(tr("&Repeat:"), confirm);
    form->addRow(reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    auto check = [&] {
        const auto v = PassphraseStrength::evaluate(pass->text());
        const bool match = pass->text() == confirm->text();
        reason->setText(!v.acceptable ? v.reason
                                      : (match ? v.reason : tr("The passphrases do not match.")));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(v.acceptable && match);
    };
    connect(pass, &QLineEdit::textChanged, &dialog, check);
    connect(confirm, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Re-encrypting the vault key…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QFutureWatcher<domain::Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(m_controller.changePassphraseAsync(pass->text()));
    pass->clear();
    confirm->clear();
    if (!watcher.isFinished())
        loop.exec();
    m_controller.setBusy(false);
    progress.close();
    const auto result = watcher.result();
    auto& box = MessageBoxService::instance();
    if (!result)
        box.warning(this, tr("Change passphrase"), result.error().message);
    else
        box.information(this, tr("Change passphrase"), tr("The passphrase was changed."));
}

} // namespace quittance::ui
