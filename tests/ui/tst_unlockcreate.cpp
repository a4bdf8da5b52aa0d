// The KDF runs of the unlock dialog and the first-run wizard: the dialog
// cannot be closed while the KDF runs (the result is never lost, the vault
// never left open unseen), a dialog destroyed mid-run leaves the vault
// locked, and the wizard shows the KDF progress as a percentage.

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "UiVaultFixture.h"
#include "storage/ProcessHardening.h"
#include "ui/ClipboardGuard.h"
#include "ui/FirstRunWizard.h"
#include "ui/UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QWizard>

using namespace quittance;
using namespace quittance::test;

class TestUnlockCreate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    TestMessageBoxService m_boxes;

    // A locked vault at the KDF floor; its directory.
    static void lockedVault(UiVaultFixture& f) {
        QVERIFY(f.setUp());
        f.controller.lock();
        QVERIFY(!f.controller.isUnlocked());
    }

    static void startUnlock(ui::UnlockDialog& dialog, const QString& dir) {
        dialog.setVaultDirectory(dir);
        type(dialog.findChild<QLineEdit*>(QStringLiteral("unlockSecret")),
             QString::fromLatin1(kUiPassphrase));
        click(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton")));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceTest"));
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() { ui::MessageBoxService::setInstance(nullptr); }

    // Close, Escape, the window's close button and "New vault" all wait
    // for the running KDF; then the dialog closes itself, unlocked.
    void unlockDialogCannotCloseWhileWorking() {
        UiVaultFixture f;
        lockedVault(f);
        ui::UnlockDialog dialog(f.controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        startUnlock(dialog, f.dir);
        QVERIFY(dialog.isWorking());
        QVERIFY(f.controller.isBusy());

        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(!box->button(QDialogButtonBox::Close)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.reject();
        QVERIFY(!dialog.close());
        dialog.done(ui::UnlockDialog::CreateRequested);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 60000);
        QVERIFY(f.controller.isUnlocked());
        QVERIFY(!f.controller.isBusy());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int{QDialog::Accepted});
    }

    // After a failed attempt the dialog closes normally again.
    void unlockDialogClosesWhenIdle() {
        UiVaultFixture f;
        lockedVault(f);
        ui::UnlockDialog dialog(f.controller);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setVaultDirectory(f.dir);
        type(dialog.findChild<QLineEdit*>(QStringLiteral("unlockSecret")),
             QStringLiteral("not the passphrase"));
        click(dialog.findChild<QPushButton*>(QStringLiteral("unlockButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 60000);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("unlockError"))->text().isEmpty());
        QVERIFY(
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->isEnabled());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int{QDialog::Rejected});
        QVERIFY(!f.controller.isUnlocked());
        QVERIFY(!f.controller.isBusy());
    }

    // Destroyed mid-KDF (the application quits): it waits for the worker
    // and the vault ends locked, not open behind the controller's back.
    void unlockDialogDestroyedWhileWorkingLeavesVaultLocked() {
        UiVaultFixture f;
        lockedVault(f);
        auto* dialog = new ui::UnlockDialog(f.controller);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        startUnlock(*dialog, f.dir);
        QVERIFY(dialog->isWorking());
        delete dialog;
        QVERIFY(!f.controller.isUnlocked());
        QVERIFY(!f.controller.session().isUnlocked());
        QVERIFY(!f.controller.isBusy());
        // The vault is usable afterwards (its lock file was released).
        ui::UnlockDialog again(f.controller);
        again.show();
        startUnlock(again, f.dir);
        QTRY_VERIFY_WITH_TIMEOUT(f.controller.isUnlocked(), 60000);
    }

    // The wizard's creation page shows the KDF progress as a percentage
    // (delivered on the UI thread) and cannot be cancelled while it runs.
    void wizardShowsKdfProgress() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::ClipboardGuard clipboard;
        ui::FirstRunWizard wizard(controller, clipboard);
        QSignalSpy progress(&controller, &ui::VaultController::kdfProgress);
        QThread* uiThread = QThread::currentThread();
        bool onUiThread = true;
        connect(&controller, &ui::VaultController::kdfProgress, this,
                [&] { onUiThread = onUiThread && QThread::currentThread() == uiThread; });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        click(wizard.findChild<QRadioButton*>(QStringLiteral("customLocation")));
        type(wizard.findChild<QLineEdit*>(QStringLiteral("vaultPath")),
             m_tmp.filePath(QStringLiteral("wizardVault")));
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int{ui::FirstRunWizard::PassphrasePage});
        const QString pass = QStringLiteral("correct horse battery staple");
        type(wizard.findChild<QLineEdit*>(QStringLiteral("passphrase")), pass);
        type(wizard.findChild<QLineEdit*>(QStringLiteral("passphraseConfirm")), pass);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int{ui::FirstRunWizard::CreatePage});

        auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("createProgress"));
        QVERIFY(bar);
        // A percentage, not a busy indicator.
        QCOMPARE(bar->minimum(), 0);
        QCOMPARE(bar->maximum(), 100);
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        wizard.reject();
        QVERIFY(wizard.isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(!wizard.displayedRecoveryKey().isEmpty(), 60000);
        QVERIFY(controller.isUnlocked());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QVERIFY(onUiThread);
        QCOMPARE(bar->value(), 100);
        QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
    }

    // The calibrating path reports through the same callback: rising
    // percentages ending at 100, on the thread that runs it. (Only the
    // parameters are computed; no vault is derived below the floor.)
    void calibrationReportsProgress() {
        QList<int> seen;
        const auto params = services::VaultSession::kdfParams(
            services::VaultSession::KdfChoice::Calibrate, [&seen](int p) { seen.append(p); });
        QVERIFY(storage::Kdf::meetsFloor(params));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }
};

QTEST_MAIN(TestUnlockCreate)
#include "tst_unlockcreate.moc"
