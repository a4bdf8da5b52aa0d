// File > Export (all data as JSON, CSV for the accountant) and File > Erase
// vault… of the main window, through the real widgets on the offscreen
// platform, each against a fresh real vault at the KDF floor (UiVaultFixture),
// inside with-keyring.sh (a private D-Bus session with a real gnome-keyring),
// so the erase is seen to remove the vault's sync API key from the keychain.
// File choosers and notices are answered through TestMessageBoxService. Also
// the numbering-pattern error colour of the settings page (ThemeColors).

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "UiVaultFixture.h"
#include "domain/Csv.h"
#include "storage/ProcessHardening.h"
#include "sync/ApiKeyStore.h"
#include "ui/AppSettings.h"
#include "ui/CatalogView.h"
#include "ui/EraseVaultDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/SettingsView.h"
#include "ui/ThemeColors.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace quittance;
using namespace quittance::test;

namespace {

QStringList vaultFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("vault.*")}, QDir::Files, QDir::Name);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The header row of a CSV file (parsed as the CSV import parses files).
QStringList csvHeader(const QString& path) {
    auto rows = domain::Csv::parse(readAll(path));
    return rows && !rows->isEmpty() ? rows->first() : QStringList();
}

// A main window over a fresh fixture vault, unlocked after the window
// exists so it shows the unlocked state, with the folder in the recent list.
struct Session {
    UiVaultFixture fx;
    std::unique_ptr<ui::MainWindow> window;

    bool start() {
        window = std::make_unique<ui::MainWindow>(fx.controller);
        window->show();
        if (!fx.setUp())
            return false;
        ui::AppSettings::addRecentVault(fx.dir);
        return fx.controller.isUnlocked() && !window->isLocked();
    }
    QAction* action(const char* name) const {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    ui::EraseVaultDialog* openErase() const {
        action("eraseVaultAction")->trigger();
        return window->findChild<ui::EraseVaultDialog*>();
    }
};

} // namespace

class TestExportErase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    TestMessageBoxService m_boxes;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceExportErase"));
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() { ui::MessageBoxService::setInstance(nullptr); }
    void init() {
        m_boxes.paths.clear();
        m_boxes.notices.clear();
    }

    void exportJsonHoldsClientAndInvoice() {
        Session s;
        QVERIFY(s.start());
        const QString id = s.fx.issuedInvoice();
        QVERIFY(!id.isEmpty());
        auto stored = s.fx.controller.documents().get(id);
        QVERIFY(stored.has_value());
        const QString number = stored->document.number;
        QVERIFY(!number.isEmpty());

        // Cancelled chooser: nothing written, nothing reported.
        s.action("exportJsonAction")->trigger();
        QVERIFY(m_boxes.notices.isEmpty());

        const QString path = m_tmp.filePath(QStringLiteral("export.json"));
        m_boxes.paths.enqueue(path);
        s.action("exportJsonAction")->trigger();
        QVERIFY(!s.fx.controller.isBusy());
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(!m_boxes.notices.first().startsWith(QStringLiteral("WARNING")),
                 qPrintable(m_boxes.notices.first()));

        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = json.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("quittance-export"));
        bool clientFound = false;
        for (const QJsonValue& c : root.value(QStringLiteral("clients")).toArray())
            clientFound |=
                c.toObject().value(QStringLiteral("name")).toString() == s.fx.client.name;
        QVERIFY(clientFound);
        bool invoiceFound = false;
        for (const QJsonValue& d : root.value(QStringLiteral("documents")).toArray())
            invoiceFound |= d.toObject().value(QStringLiteral("number")).toString() == number;
        QVERIFY(invoiceFound);
        // The export is the vault's content in clear: only the owner reads it.
        QCOMPARE(QFile::permissions(path) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
    }

    void exportJsonFailureIsReported() {
        Session s;
        QVERIFY(s.start());
        // A folder where the file should go: the write fails, nothing crashes.
        const QString blocked = m_tmp.filePath(QStringLiteral("blocked.json"));
        QVERIFY(QDir().mkpath(blocked));
        m_boxes.paths.enqueue(blocked);
        s.action("exportJsonAction")->trigger();
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY(m_boxes.notices.first().startsWith(QStringLiteral("WARNING")));
        QVERIFY(QFileInfo(blocked).isDir());
        QVERIFY(!s.fx.controller.isBusy());
        QVERIFY(s.fx.controller.isUnlocked());
    }

    void exportCsvWritesTheFourFiles() {
        Session s;
        QVERIFY(s.start());
        const QString id = s.fx.issuedInvoice();
        QVERIFY(!id.isEmpty());
        const QString number = s.fx.controller.documents().get(id)->document.number;
        const QString dir = m_tmp.filePath(QStringLiteral("accountant"));
        m_boxes.paths.enqueue(dir);
        s.action("exportCsvAction")->trigger();
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(!m_boxes.notices.first().startsWith(QStringLiteral("WARNING")),
                 qPrintable(m_boxes.notices.first()));
        QVERIFY(!s.fx.controller.isBusy());

        const QStringList documents =
            csvHeader(QDir(dir).filePath(QStringLiteral("documents.csv")));
        QVERIFY(documents.contains(QStringLiteral("number")));
        QVERIFY(documents.contains(QStringLiteral("client_name")));
        QVERIFY(documents.contains(QStringLiteral("gross")));
        QVERIFY(csvHeader(QDir(dir).filePath(QStringLiteral("lines.csv")))
                    .contains(QStringLiteral("description")));
        QVERIFY(csvHeader(QDir(dir).filePath(QStringLiteral("payments.csv")))
                    .contains(QStringLiteral("amount")));
        QVERIFY(csvHeader(QDir(dir).filePath(QStringLiteral("clients.csv")))
                    .contains(QStringLiteral("name")));
        QVERIFY(
            readAll(QDir(dir).filePath(QStringLiteral("documents.csv"))).contains(number.toUtf8()));
        QVERIFY(readAll(QDir(dir).filePath(QStringLiteral("clients.csv")))
                    .contains(s.fx.client.name.toUtf8()));
        QVERIFY(readAll(QDir(dir).filePath(QStringLiteral("lines.csv"))).contains("Design work"));

        // A second export into the same folder asks first; "No" keeps the files.
        QFile marker(QDir(dir).filePath(QStringLiteral("clients.csv")));
        QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
        marker.write("kept\n");
        marker.close();
        m_boxes.questions.clear();
        m_boxes.answers.enqueue(QMessageBox::No);
        m_boxes.paths.enqueue(dir);
        s.action("exportCsvAction")->trigger();
        QCOMPARE(m_boxes.questions.size(), 1);
        QVERIFY(m_boxes.questions.first().contains(QStringLiteral("clients.csv")));
        QCOMPARE(readAll(QDir(dir).filePath(QStringLiteral("clients.csv"))), QByteArray("kept\n"));
        // "Yes" replaces them.
        m_boxes.answers.enqueue(QMessageBox::Yes);
        m_boxes.paths.enqueue(dir);
        s.action("exportCsvAction")->trigger();
        QVERIFY(readAll(QDir(dir).filePath(QStringLiteral("clients.csv")))
                    .contains(s.fx.client.name.toUtf8()));
    }

    void exportNeedsAnUnlockedVault() {
        Session s;
        QVERIFY(s.start());
        s.action("lockAction")->trigger();
        QVERIFY(!s.action("exportJsonAction")->isEnabled());
        QVERIFY(!s.action("exportCsvAction")->isEnabled());
        QVERIFY(!s.action("eraseVaultAction")->isEnabled());
    }

    void eraseCancelKeepsEverything() {
        Session s;
        QVERIFY(s.start());
        const QStringList before = vaultFiles(s.fx.dir);
        QVERIFY(before.contains(QStringLiteral("vault.db")));
        ui::EraseVaultDialog* dialog = s.openErase();
        QVERIFY(dialog);
        auto* erase = dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"));
        // Neither the passphrase alone nor the confirmation alone enable it.
        type(dialog->findChild<QLineEdit*>(QStringLiteral("erasePassphrase")),
             QString::fromLatin1(kUiPassphrase));
        QVERIFY(!erase->isEnabled());
        click(dialog->findChild<QCheckBox*>(QStringLiteral("eraseConfirm")));
        QVERIFY(erase->isEnabled());
        click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel));
        QTRY_VERIFY(!s.window->findChild<ui::EraseVaultDialog*>());
        QCOMPARE(vaultFiles(s.fx.dir), before);
        QVERIFY(s.fx.controller.isUnlocked());
        QVERIFY(ui::AppSettings::recentVaults().contains(QDir::cleanPath(s.fx.dir)));
        QVERIFY(!s.window->wizard());
    }

    void eraseWithWrongPassphraseKeepsEverything() {
        Session s;
        QVERIFY(s.start());
        const QStringList before = vaultFiles(s.fx.dir);
        ui::EraseVaultDialog* dialog = s.openErase();
        QVERIFY(dialog);
        type(dialog->findChild<QLineEdit*>(QStringLiteral("erasePassphrase")),
             QStringLiteral("not the passphrase"));
        click(dialog->findChild<QCheckBox*>(QStringLiteral("eraseConfirm")));
        click(dialog->findChild<QPushButton*>(QStringLiteral("eraseButton")));
        QVERIFY(s.fx.controller.isBusy()); // the KDF runs off the UI thread
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 60000);
        QVERIFY(!s.fx.controller.isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("eraseError"))->text().isEmpty());
        QCOMPARE(vaultFiles(s.fx.dir), before);
        QVERIFY(s.fx.controller.isUnlocked());
        QVERIFY(s.fx.controller.clients().get(s.fx.client.uuid.toString(QUuid::WithoutBraces)));
        QVERIFY(ui::AppSettings::recentVaults().contains(QDir::cleanPath(s.fx.dir)));
        QVERIFY(!s.window->wizard());
        dialog->reject();
    }

    void eraseWithPassphraseRemovesTheVault() {
        Session s;
        QVERIFY(s.start());
        QVERIFY(!s.fx.issuedInvoice().isEmpty());
        s.window->showPage(ui::MainWindow::Clients);
        auto* clients = static_cast<ui::CatalogView*>(s.window->page(ui::MainWindow::Clients));
        QVERIFY(clients->table()->model()->rowCount() > 0);
        // A file the user keeps in the folder stays, and with it the folder.
        const QString keep = QDir(s.fx.dir).filePath(QStringLiteral("notes.txt"));
        {
            QFile f(keep);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("mine");
        }
        QVERIFY(!vaultFiles(s.fx.dir).isEmpty());
        // The sync API key in the keychain (well-formed, never sent anywhere).
        const QByteArray apiKey = "qk_eeeeeeeeeeee_" + QByteArray(43, 'E');
        storage::Vault& vault = *s.fx.controller.session().vault();
        QVERIFY(sync::ApiKeyStore::store(vault, sync::ApiKeyStore::Location::Keychain, apiKey)
                    .has_value());
        const QString entry = sync::ApiKeyStore::keychainEntry(vault);
        QCOMPARE(sync::ApiKeyStore::readKeychain(entry).value_or(QByteArray()), apiKey);

        ui::EraseVaultDialog* dialog = s.openErase();
        QVERIFY(dialog);
        type(dialog->findChild<QLineEdit*>(QStringLiteral("erasePassphrase")),
             QString::fromLatin1(kUiPassphrase));
        click(dialog->findChild<QCheckBox*>(QStringLiteral("eraseConfirm")));
        click(dialog->findChild<QPushButton*>(QStringLiteral("eraseButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!s.fx.controller.isUnlocked(), 60000);
        QVERIFY2(vaultFiles(s.fx.dir).isEmpty(), qPrintable(vaultFiles(s.fx.dir).join(u' ')));
        QVERIFY(QFile::exists(keep));
        QVERIFY(!services::VaultSession::info(s.fx.dir));
        QVERIFY(!sync::ApiKeyStore::readKeychain(entry).has_value());
        QVERIFY(!ui::AppSettings::recentVaults().contains(QDir::cleanPath(s.fx.dir)));
        QCOMPARE(clients->table()->model()->rowCount(), 0);
        QVERIFY(s.window->isLocked());
        QTRY_VERIFY(s.window->wizard());
        QVERIFY(s.window->wizard()->isVisible());
        QVERIFY(!s.window->unlockDialog());
        for (const QString& notice : std::as_const(m_boxes.notices))
            QVERIFY2(!notice.startsWith(QStringLiteral("WARNING")), qPrintable(notice));
        s.window->wizard()->reject();
    }

    void numberingPatternErrorUsesThemeColour() {
        UiVaultFixture fx;
        QVERIFY(fx.setUp());
        ui::SettingsView view(fx.controller);
        view.reload();
        auto* pattern = view.findChild<QLineEdit*>(QStringLiteral("numberingPattern0"));
        auto* preview = view.findChild<QLabel*>(QStringLiteral("numberingPreview0"));
        QVERIFY(pattern && preview);
        const QColor normal = preview->palette().color(QPalette::WindowText);
        pattern->setText(QStringLiteral("INV-{SEQ:4")); // unclosed placeholder
        QVERIFY(!preview->text().isEmpty());
        QVERIFY(!preview->text().contains(QStringLiteral("#c62828")));
        QCOMPARE(preview->palette().color(QPalette::WindowText),
                 ui::ThemeColors::error(preview->palette()));
        QVERIFY(ui::ThemeColors::error(preview->palette()) != normal);
        pattern->setText(QStringLiteral("INV-{YYYY}-{SEQ:4}"));
        QCOMPARE(preview->palette().color(QPalette::WindowText), normal);
    }
};

QTEST_MAIN(TestExportErase)
#include "tst_exporterase.moc"
