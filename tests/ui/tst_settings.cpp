// The settings page's sync, backup and document-default sections and the
// main window's "Back up now", "Sync now", status bar and automatic backups,
// through the real widgets on the offscreen platform, against a real vault
// at the KDF floor and the real sync server over HTTPS on loopback. There is
// no Secret Service in this process (the session bus points nowhere), so the
// API key goes into the vault after the "no keychain" offer.

#include "GuiTestHelpers.h"
#include "TestHelpers.h"
#include "TestMessageBoxService.h"
#include "storage/ProcessHardening.h"
#include "sync/SyncDevice.h"
#include "ui/BackupDialog.h"
#include "ui/BackupSettings.h"
#include "ui/MainWindow.h"
#include "ui/SettingsView.h"
#include "ui/SyncSettings.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace quittance;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

std::span<const unsigned char> bytes(const QByteArray& b) {
    return {reinterpret_cast<const unsigned char*>(b.constData()),
            static_cast<std::size_t>(b.size())};
}

void click(QAbstractButton* b) {
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(b->text()));
    const bool checkable = qobject_cast<QCheckBox*>(b) != nullptr;
    QTest::mouseClick(b, Qt::LeftButton, {},
                      checkable ? QPoint(6, b->height() / 2) : b->rect().center());
}

void type(QWidget* w, const QString& text) {
    QVERIFY(w);
    w->setFocus();
    QTest::keyClicks(w, text);
}

QStringList backupsIn(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("*.qbackup")}, QDir::Files, QDir::Name);
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    test::TestMessageBoxService m_boxes;
    test::ServerHarness m_server;
    int m_vaults = 0;

    // A new vault opened through the controller (the wizard has its own test).
    QString openNewVault(ui::VaultController& controller, QString* recoveryKey = nullptr) {
        const QString dir = m_tmp.filePath(QStringLiteral("vault%1").arg(++m_vaults));
        auto created = controller.createAsync(dir, kPassphrase);
        created.waitForFinished();
        if (!created.result())
            return {};
        if (recoveryKey)
            *recoveryKey = *created.result();
        controller.finishUnlock(dir);
        return dir;
    }

    static bool unlock(ui::VaultController& controller, const QString& dir) {
        auto done = controller.unlockAsync(dir, kPassphrase, false);
        done.waitForFinished();
        if (!done.result())
            return false;
        controller.finishUnlock(dir);
        return controller.isUnlocked();
    }

    static ui::SettingsView* settingsPage(ui::MainWindow& window) {
        window.showPage(ui::MainWindow::Settings);
        return qobject_cast<ui::SettingsView*>(window.page(ui::MainWindow::Settings));
    }

    template <typename T>
    static T* child(QWidget* parent, const char* name) {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        test::isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceSettingsTest"));
        // No Secret Service for this process: the keychain is unavailable.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        ui::MessageBoxService::setInstance(&m_boxes);
        // Closing a window in a test must not post a quit into a later event loop.
        QApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_server.prepare());
        QVERIFY(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    }

    void cleanupTestCase() {
        ui::MessageBoxService::setInstance(nullptr);
        m_server.stop();
    }

    void init() {
        m_boxes.answers.clear();
        m_boxes.paths.clear();
        m_boxes.notices.clear();
        m_boxes.questions.clear();
    }

    void documentDefaults() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::MainWindow window(controller);
        window.show();
        QVERIFY(!openNewVault(controller).isEmpty());
        auto* page = settingsPage(window);
        QVERIFY(page);

        auto* terms = child<QPlainTextEdit>(page, "defaultPaymentTermsText");
        auto* language = child<QComboBox>(page, "defaultDocumentLanguage");
        auto* save = child<QPushButton>(page, "saveDocumentDefaults");
        QVERIFY(terms && language && save);
        const QString text = QStringLiteral("Zahlbar innerhalb von 10 Tagen ohne Abzug.");
        type(terms, text);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        click(save);

        auto stored = controller.profile().documentDefaults();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->paymentTermsText, text);
        QCOMPARE(stored->language, domain::DocumentLanguage::German);
        auto draft = controller.documents().newDraft(domain::DocumentType::Invoice);
        QVERIFY_RESULT(draft);
        QCOMPARE(draft->paymentTermsText, text);
        QCOMPARE(draft->language, domain::DocumentLanguage::German);

        // Too long: a clear message, nothing stored.
        terms->setPlainText(QString(3000, QLatin1Char('x')));
        click(save);
        auto* status = child<QLabel>(page, "documentDefaultsStatus");
        QVERIFY2(status->text().contains(u"longer"), qPrintable(status->text()));
        stored = controller.profile().documentDefaults();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->paymentTermsText, text);

        // The page shows what is stored after a reload.
        page->clear();
        page->reload();
        QCOMPARE(terms->toPlainText(), text);
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    }

    void backupNow() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::MainWindow window(controller);
        window.show();
        QVERIFY(!openNewVault(controller).isEmpty());
        auto* action = window.findChild<QAction*>(QStringLiteral("backupNowAction"));
        QVERIFY(action && action->isEnabled());

        const QString path = m_tmp.filePath(QStringLiteral("manual/now.qbackup"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        m_boxes.paths.enqueue(path);
        action->trigger();
        QVERIFY(QFile::exists(path));
        QVERIFY2(m_boxes.notices.size() == 1 && !m_boxes.notices.first().startsWith(u"WARNING"),
                 qPrintable(m_boxes.notices.join(u'\n')));
        auto info = services::BackupService::verify(path, storage::Vault::Secret::Passphrase,
                                                    bytes(kPassphrase.toUtf8()));
        QVERIFY_RESULT(info);
        QCOMPARE(info->vaultId, controller.session().vault()->id());

        // A folder that does not exist: a warning, no file.
        const QString bad = m_tmp.filePath(QStringLiteral("missing/dir/x.qbackup"));
        m_boxes.paths.enqueue(bad);
        action->trigger();
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(m_boxes.notices.size(), 2);
        QVERIFY(m_boxes.notices.last().startsWith(u"WARNING"));

        // Cancelled: nothing happens.
        action->trigger();
        QCOMPARE(m_boxes.notices.size(), 2);

        window.lockNow();
        QVERIFY(!action->isEnabled());
    }

    void verifyAndRestoreBackup() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::MainWindow window(controller);
        window.show();
        QString recoveryKey;
        const QString vaultDir = openNewVault(controller, &recoveryKey);
        QVERIFY(!vaultDir.isEmpty() && !recoveryKey.isEmpty());
        QVERIFY_RESULT(controller.clients().add(test::buyer(QStringLiteral("Restored Kunde"))));
        const QString file = m_tmp.filePath(QStringLiteral("restore-me.qbackup"));
        m_boxes.paths.enqueue(file);
        window.findChild<QAction*>(QStringLiteral("backupNowAction"))->trigger();
        QVERIFY(QFile::exists(file));
        m_boxes.notices.clear();

        const auto openDialog = [&window](const char* action) {
            window.findChild<QAction*>(QString::fromLatin1(action))->trigger();
            return QPointer<ui::BackupDialog>(window.findChild<ui::BackupDialog*>());
        };
        // One read of the guarded pointer, then the check (GCC's -O3
        // null-dereference analysis cannot follow two reads of a QPointer).
        const auto shown = [](const QPointer<ui::BackupDialog>& guarded) {
            const ui::BackupDialog* d = guarded.data();
            return d != nullptr && d->isVisible();
        };
        const auto ok = [](ui::BackupDialog* d) {
            return d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        };

        // Verify: a wrong passphrase keeps the dialog open with the error.
        QPointer<ui::BackupDialog> dialog = openDialog("verifyBackupAction");
        QVERIFY(shown(dialog));
        auto* status = child<QLabel>(dialog, "backupDialogStatus");
        type(child<QLineEdit>(dialog, "backupFile"), file);
        type(child<QLineEdit>(dialog, "backupSecret"), QStringLiteral("not the passphrase"));
        click(ok(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(ok(dialog)->isEnabled(), 60000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!status->text().isEmpty());
        QVERIFY(m_boxes.notices.isEmpty());
        // The recovery key opens it.
        click(child<QRadioButton>(dialog, "useRecoveryKey"));
        type(child<QLineEdit>(dialog, "backupSecret"), recoveryKey);
        click(ok(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!shown(dialog), 60000);
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(m_boxes.notices.first().contains(u"intact"), qPrintable(m_boxes.notices.first()));

        // Restore: never into a folder that holds a vault.
        dialog = openDialog("restoreBackupAction");
        QVERIFY(dialog);
        status = child<QLabel>(dialog, "backupDialogStatus");
        type(child<QLineEdit>(dialog, "backupFile"), file);
        type(child<QLineEdit>(dialog, "restoreFolder"), vaultDir);
        type(child<QLineEdit>(dialog, "backupSecret"), kPassphrase);
        click(ok(dialog));
        QVERIFY2(status->text().contains(u"already holds a vault"), qPrintable(status->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(controller.isUnlocked());

        const QString target = m_tmp.filePath(QStringLiteral("restored"));
        child<QLineEdit>(dialog, "restoreFolder")->clear();
        type(child<QLineEdit>(dialog, "restoreFolder"), target);
        m_boxes.answers.enqueue(QMessageBox::No); // do not open it now
        click(ok(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!shown(dialog), 60000);
        QVERIFY2(m_boxes.notices.last().contains(u"restored"), qPrintable(m_boxes.notices.last()));
        QVERIFY(controller.isUnlocked()); // declined: the open vault stays open

        // The restored vault opens with the passphrase and holds the client.
        ui::VaultController restored;
        QVERIFY(unlock(restored, target));
        auto clients = restored.clients().list(true);
        QVERIFY_RESULT(clients);
        bool found = false;
        for (const auto& entry : *clients)
            found = found || entry.entity.name == QStringLiteral("Restored Kunde");
        QVERIFY(found);
    }

    // A backup taken before the vault's last sync, restored through File >
    // Restore backup…: the sync server witnessed a later audit entry, so the
    // user is warned of the rollback with both entry numbers.
    void restoreOlderThanLastSyncWarnsOfRollback() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::MainWindow window(controller);
        window.show();
        QVERIFY(!openNewVault(controller).isEmpty());

        // Log in with the API key kept in the vault, and sync.
        auto* sync = settingsPage(window)->syncSettings();
        const QByteArray key = m_server.createKey(QStringLiteral("rollback"));
        QVERIFY(!key.isEmpty());
        type(child<QLineEdit>(sync, "syncServer"), m_server.baseUrl());
        type(child<QLineEdit>(sync, "syncCaFile"), m_server.certPath());
        type(child<QLineEdit>(sync, "syncApiKey"), QString::fromLatin1(key));
        m_boxes.answers.enqueue(QMessageBox::Yes); // no keychain here: keep it in the vault
        click(child<QPushButton>(sync, "syncLogIn"));
        QCOMPARE(controller.sync().state()->keyLocation, QStringLiteral("vault"));
        QVERIFY_RESULT(controller.clients().add(test::buyer(QStringLiteral("Before backup"))));
        auto* syncAction = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
        syncAction->trigger();
        QVERIFY2(m_boxes.notices.isEmpty(), qPrintable(m_boxes.notices.join(u'\n')));
        QCOMPARE(controller.sync().state()->pending, 0);

        // Back up, change something, sync again: the server has seen more.
        const QString file = m_tmp.filePath(QStringLiteral("before-last-sync.qbackup"));
        m_boxes.paths.enqueue(file);
        window.findChild<QAction*>(QStringLiteral("backupNowAction"))->trigger();
        QVERIFY(QFile::exists(file));
        auto info = services::BackupService::verify(file, storage::Vault::Secret::Passphrase,
                                                    bytes(kPassphrase.toUtf8()));
        QVERIFY_RESULT(info);
        QVERIFY_RESULT(controller.clients().add(test::buyer(QStringLiteral("After backup"))));
        syncAction->trigger();
        auto state = controller.sync().state();
        QVERIFY_RESULT(state);
        QVERIFY2(state->lastError.isEmpty(), qPrintable(state->lastError));
        QCOMPARE(state->pending, 0);
        // The server's witness for this vault, asked from the server itself.
        QNetworkAccessManager nam;
        const test::Reply witness =
            test::send(nam, m_server.trustingSsl(),
                       m_server.baseUrl() + QStringLiteral("/api/v1/audit/checkpoints/") +
                           controller.session().vault()->id(),
                       "GET", {}, {qMakePair(QByteArray("x-api-key"), key)});
        QCOMPARE(witness.status, 200);
        const qint64 synced = witness.json.value(QStringLiteral("seq")).toInteger();
        QVERIFY2(synced > info->anchorSeq, witness.body.constData());
        m_boxes.notices.clear();

        // Restore the older backup into a new folder.
        window.findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger();
        ui::BackupDialog* dialog = window.findChild<ui::BackupDialog*>();
        QVERIFY(dialog);
        const QString target = m_tmp.filePath(QStringLiteral("rolled-back"));
        type(child<QLineEdit>(dialog, "backupFile"), file);
        type(child<QLineEdit>(dialog, "restoreFolder"), target);
        type(child<QLineEdit>(dialog, "backupSecret"), kPassphrase);
        m_boxes.answers.enqueue(QMessageBox::No); // do not open it now
        click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(m_boxes.notices.size() == 1, 60000);
        const QString notice = m_boxes.notices.first();
        QVERIFY2(notice.startsWith(u"WARNING"), qPrintable(notice));
        QVERIFY2(notice.contains(u"rollback"), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("audit entry %1").arg(synced)), qPrintable(notice));
        // The restored vault's own entry: at least the backup's anchor (opening
        // it may record pending events), and before the witnessed one.
        const QRegularExpressionMatch ends =
            QRegularExpression(QStringLiteral("ends at entry (\\d+)")).match(notice);
        QVERIFY2(ends.hasMatch(), qPrintable(notice));
        const qint64 restoredSeq = ends.captured(1).toLongLong();
        QVERIFY2(restoredSeq >= info->anchorSeq && restoredSeq < synced, qPrintable(notice));
        QVERIFY(QFileInfo::exists(target));
        QVERIFY(controller.isUnlocked()); // declined: the open vault stays open
    }

    void automaticBackupOnLockAndExit() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        QDateTime now(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC);
        controller.setNow([&now] { return now; });
        auto window = std::make_unique<ui::MainWindow>(controller);
        window->show();
        const QString dir = openNewVault(controller);
        QVERIFY(!dir.isEmpty());
        auto* page = settingsPage(*window);
        auto* enabled = child<QCheckBox>(page, "backupEnabled");
        auto* folder = child<QLineEdit>(page, "backupFolder");
        auto* keep = child<QSpinBox>(page, "backupKeep");
        QVERIFY(enabled && folder && keep);
        QCOMPARE(keep->value(), 14);
        QVERIFY(!folder->isEnabled());

        // Switched on without a folder: refused, nothing stored.
        click(enabled);
        QVERIFY(folder->isEnabled());
        click(child<QPushButton>(page, "backupSave"));
        QVERIFY(!child<QLabel>(page, "backupStatus")->text().isEmpty());
        QVERIFY(controller.backups().autoSettings()->folder.isEmpty());

        const QString target = m_tmp.filePath(QStringLiteral("auto"));
        type(folder, target);
        keep->setValue(2);
        click(child<QPushButton>(page, "backupSave"));
        auto stored = controller.backups().autoSettings();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->folder, target);
        QCOMPARE(stored->keep, 2);

        // Locking runs the automatic backup before the vault closes.
        window->lockNow();
        QVERIFY(!controller.isUnlocked());
        QStringList files = backupsIn(target);
        QCOMPARE(files.size(), 1);
        QVERIFY_RESULT(services::BackupService::verify(QDir(target).filePath(files.first()),
                                                       storage::Vault::Secret::Passphrase,
                                                       bytes(kPassphrase.toUtf8())));

        // The settings show the run; a second lock on the same day adds nothing.
        QVERIFY(unlock(controller, dir));
        page = settingsPage(*window);
        page->reload();
        QVERIFY2(child<QLabel>(page, "backupLastRun")->text().contains(files.first()),
                 qPrintable(child<QLabel>(page, "backupLastRun")->text()));
        window->lockNow();
        QCOMPARE(backupsIn(target).size(), 1);

        // A day later, on exit: a second file.
        QVERIFY(unlock(controller, dir));
        now = now.addSecs(25 * 3600);
        window->close();
        QVERIFY(!controller.isUnlocked());
        QCOMPARE(backupsIn(target).size(), 2);

        // A failing folder (below a regular file): visible in the status bar
        // and, after unlocking, in the settings; the old backups stay.
        window = std::make_unique<ui::MainWindow>(controller);
        window->show();
        QVERIFY(unlock(controller, dir));
        QFile blocker(m_tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString badFolder = m_tmp.filePath(QStringLiteral("blocker/backups"));
        const services::BackupService::AutoSettings failing{badFolder, 2};
        QVERIFY_RESULT(controller.backups().setAutoSettings(failing));
        now = now.addSecs(25 * 3600);
        window->lockNow();
        QVERIFY2(window->statusBar()->currentMessage().contains(u"Automatic backup failed"),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(unlock(controller, dir));
        page = settingsPage(*window);
        page->reload();
        QVERIFY2(child<QLabel>(page, "backupLastRun")->text().contains(u"failed"),
                 qPrintable(child<QLabel>(page, "backupLastRun")->text()));
        QCOMPARE(backupsIn(target).size(), 2);
    }

    void syncThroughTheSettingsPage() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        ui::MainWindow window(controller);
        window.show();
        QVERIFY(!openNewVault(controller).isEmpty());
        auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Sync: off"));

        auto* page = settingsPage(window);
        auto* sync = page->syncSettings();
        const QByteArray key = m_server.createKey(QStringLiteral("gui"));
        QVERIFY(!key.isEmpty());
        type(child<QLineEdit>(sync, "syncServer"), m_server.baseUrl());
        type(child<QLineEdit>(sync, "syncCaFile"), m_server.certPath());
        auto* keyEdit = child<QLineEdit>(sync, "syncApiKey");
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(sync, "syncKeyStorage")->currentData().toString(),
                 QStringLiteral("keychain"));
        auto* result = child<QLabel>(sync, "syncResult");

        // A wrong key: the server says no, nothing is stored.
        type(keyEdit, QStringLiteral("qk_aaaaaaaaaaaa_") + QString(43, QLatin1Char('A')));
        click(child<QPushButton>(sync, "syncLogIn"));
        QVERIFY(m_boxes.questions.isEmpty());
        QVERIFY(!result->text().isEmpty());
        QVERIFY(controller.sync().state()->keyLocation.isEmpty());

        // No keychain: said clearly, and declining stores nothing.
        keyEdit->clear();
        type(keyEdit, QString::fromLatin1(key));
        m_boxes.answers.enqueue(QMessageBox::No);
        click(child<QPushButton>(sync, "syncLogIn"));
        QCOMPARE(m_boxes.questions.size(), 1);
        QVERIFY2(m_boxes.questions.first().contains(u"keychain") &&
                     m_boxes.questions.first().contains(u"vault"),
                 qPrintable(m_boxes.questions.first()));
        QVERIFY2(result->text().contains(u"keychain"), qPrintable(result->text()));
        QVERIFY(!controller.sync().state()->configured);

        // Accepting keeps the key inside the vault.
        m_boxes.answers.enqueue(QMessageBox::Yes);
        click(child<QPushButton>(sync, "syncLogIn"));
        auto state = controller.sync().state();
        QVERIFY_RESULT(state);
        QVERIFY(state->configured);
        QCOMPARE(state->keyLocation, QStringLiteral("vault"));
        QCOMPARE(state->settings.server, QUrl(m_server.baseUrl()));
        QVERIFY(keyEdit->text().isEmpty()); // never shown again
        QCOMPARE(child<QComboBox>(sync, "syncKeyStorage")->currentData().toString(),
                 QStringLiteral("vault"));
        QVERIFY2(status->text().startsWith(u"Sync: never"), qPrintable(status->text()));

        click(child<QPushButton>(sync, "syncTest"));
        QVERIFY2(result->text().contains(u"accepted"), qPrintable(result->text()));

        // "Sync now" from the File menu pushes the vault's client.
        auto added = controller.clients().add(test::buyer(QStringLiteral("GUI Kunde")));
        QVERIFY_RESULT(added);
        QVERIFY(controller.sync().state()->pending > 0);
        auto* syncAction = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
        QVERIFY(syncAction && syncAction->isEnabled());
        QCOMPARE(syncAction->shortcut(), QKeySequence(Qt::Key_F5));
        syncAction->trigger();
        QVERIFY2(m_boxes.notices.isEmpty(), qPrintable(m_boxes.notices.join(u'\n')));
        state = controller.sync().state();
        QVERIFY_RESULT(state);
        QVERIFY(!state->lastSync.isEmpty());
        QCOMPARE(state->pending, 0);
        QVERIFY2(status->text().startsWith(u"Synced"), qPrintable(status->text()));
        QVERIFY(!controller.isBusy());

        // Another device edits the same client: the next run makes a
        // conflict copy, listed on the settings page.
        test::SyncDevice other;
        QVERIFY(other.setUp());
        other.connect(m_server, key);
        auto pulled = other.sync();
        QVERIFY_RESULT(pulled);
        domain::Client theirs = *added;
        theirs.name = QStringLiteral("Name from the other device");
        QVERIFY_RESULT(other.clients->update(theirs));
        QVERIFY_RESULT(other.sync());
        domain::Client ours = *added;
        ours.name = QStringLiteral("Name from the GUI");
        QVERIFY_RESULT(controller.clients().update(ours));
        click(child<QPushButton>(sync, "syncNowButton"));
        auto* conflicts = child<QListWidget>(sync, "syncConflicts");
        QCOMPARE(controller.sync().state()->conflicts.size(), std::size_t{1});
        QCOMPARE(conflicts->count(), 1);
        QVERIFY(conflicts->item(0)->text() != QStringLiteral("None."));

        // A revoked key: the status bar asks for a new key.
        QVERIFY(m_server.revokeKey(key));
        QVERIFY_RESULT(controller.clients().add(test::buyer(QStringLiteral("Later"))));
        syncAction->trigger();
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(m_boxes.notices.first().contains(u"new API key"),
                 qPrintable(m_boxes.notices.first()));
        QCOMPARE(status->text().section(QStringLiteral(" · "), 0, 0),
                 QStringLiteral("Sync: enter a new API key"));
        QVERIFY(controller.sync().state()->keyRefused);

        // Log out: the key is gone.
        click(child<QPushButton>(sync, "syncLogOut"));
        state = controller.sync().state();
        QVERIFY_RESULT(state);
        QVERIFY(state->keyLocation.isEmpty());
        QCOMPARE(status->text(), QStringLiteral("Sync: off"));

        // Locking while a run waits for the network is deferred until it
        // returns: the vault is busy, not closed under the run.
        const QByteArray second = m_server.createKey(QStringLiteral("gui2"));
        auto* storage = child<QComboBox>(sync, "syncKeyStorage");
        storage->setCurrentIndex(storage->findData(QStringLiteral("vault")));
        type(keyEdit, QString::fromLatin1(second));
        const qsizetype questionsBefore = m_boxes.questions.size();
        click(child<QPushButton>(sync, "syncLogIn"));
        QCOMPARE(m_boxes.questions.size(), questionsBefore); // the vault was chosen: no offer
        QVERIFY(controller.sync().state()->configured);
        QVERIFY(!controller.sync().state()->keyRefused);
        bool busyDuringRun = false;
        bool openAfterLockRequest = false;
        QTimer::singleShot(0, &window, [&] {
            busyDuringRun = controller.isBusy();
            window.lockNow();
            openAfterLockRequest = controller.isUnlocked();
        });
        syncAction->trigger();
        QVERIFY(busyDuringRun);
        QVERIFY(openAfterLockRequest);
        QVERIFY(controller.isUnlocked());
        QCOMPARE(m_boxes.notices.size(), 1); // the run succeeded: no new warning
        state = controller.sync().state();
        QVERIFY_RESULT(state);
        QVERIFY(state->lastError.isEmpty());
        QCOMPARE(state->pending, 0);
        QTRY_VERIFY(!controller.isUnlocked());
        QVERIFY(window.isLocked());
        QVERIFY(status->text().isEmpty()); // nothing about the vault while locked

        // The keys never reached QSettings.
        QDirIterator it(m_tmp.filePath(QStringLiteral("config")), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(key.mid(16)) && !content.contains(second.mid(16)),
                     qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
