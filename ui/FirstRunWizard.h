#pragma once

#include <QWizard>

namespace quittance::ui {

class ClipboardGuard;
class VaultController;

// First run: where the vault lives, the passphrase (with a strength check
// that refuses weak ones), creation with the KDF off the UI thread, the
// recovery key shown once (copy, print) and confirmed by typing back its last
// group, then the business profile. On success the vault is open.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { LocationPage, PassphrasePage, CreatePage, ConfirmPage, ProfilePage };

    FirstRunWizard(VaultController& controller, ClipboardGuard& clipboard,
                   QWidget* parent = nullptr);

    QString vaultDirectory() const;
    // The recovery key as displayed (tests read it to confirm it).
    QString displayedRecoveryKey() const;

public Q_SLOTS:
    // Ignored while the vault is being created (the KDF cannot be stopped).
    void done(int result) override;
};

} // namespace quittance::ui
