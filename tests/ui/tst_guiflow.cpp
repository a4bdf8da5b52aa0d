// The whole desktop flow through the real widgets on the offscreen
// platform: first-run wizard, a client, an invoice with two lines and its
// totals, issue, PDF export, lock and unlock. Message boxes and file
// choosers are answered through TestMessageBoxService.

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "storage/Log.h"
#include "storage/ProcessHardening.h"
#include "ui/AutoLock.h"
#include "ui/CatalogView.h"
#include "ui/ClientDialog.h"
#include "ui/DocumentEditor.h"
#include "ui/DocumentListModel.h"
#include "ui/DocumentListView.h"
#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace quittance;
using namespace quittance::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

} // namespace

class TestGuiFlow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    test::TestMessageBoxService m_boxes;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(quittance::storage::hardenProcess()); // also initialises libsodium
        QVERIFY(m_tmp.isValid());
        // Nothing of this test may land in the real user's data directory.
        isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceTest"));
        // The log the app writes (app/main.cpp), verbose: the most it ever says.
        QVERIFY(storage::Log::init(QStringLiteral("quittance"), true).has_value());
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() {
        storage::Log::shutdown();
        ui::MessageBoxService::setInstance(nullptr);
    }

    void fullFlow() {
        ui::VaultController controller;
        controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        controller.setToday([] { return QDate(2026, 3, 15); });
        ui::MainWindow window(controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Locked")));

        // --- First-run wizard
        window.showWizard();
        ui::FirstRunWizard* wizard = window.wizard();
        QVERIFY(wizard);
        const QString vaultDir = m_tmp.filePath(QStringLiteral("vault"));
        click(wizard->findChild<QRadioButton*>(QStringLiteral("customLocation")));
        type(wizard->findChild<QLineEdit*>(QStringLiteral("vaultPath")), vaultDir);
        click(wizard->button(QWizard::NextButton));
        QVERIFY2(wizard->currentId() == ui::FirstRunWizard::PassphrasePage,
                 qPrintable(wizard->vaultDirectory()));

        auto* pass = wizard->findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* confirm = wizard->findChild<QLineEdit*>(QStringLiteral("passphraseConfirm"));
        type(pass, QStringLiteral("password123"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("strengthReason"))
                    ->text()
                    .contains(QStringLiteral("short"), Qt::CaseInsensitive));
        pass->clear();
        type(pass, kPassphrase);
        type(confirm, kPassphrase + QStringLiteral("x"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        click(wizard->button(QWizard::NextButton));

        // Creation runs off the UI thread; the key appears when it is done.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->displayedRecoveryKey().isEmpty(), 60000);
        const QString key = wizard->displayedRecoveryKey();
        QVERIFY(key.count(QLatin1Char('-')) >= 5);
        QVERIFY(pass->text().isEmpty()); // the passphrase did not stay in the widget
        QVERIFY(controller.isUnlocked());
        click(wizard->button(QWizard::CommitButton));
        QCOMPARE(wizard->currentId(), int{ui::FirstRunWizard::ConfirmPage});
        auto* confirmKey = wizard->findChild<QLineEdit*>(QStringLiteral("recoveryConfirm"));
        type(confirmKey, QStringLiteral("ZZZZ"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        confirmKey->clear();
        type(confirmKey, key.section(QLatin1Char('-'), -1).toLower());
        click(wizard->button(QWizard::NextButton));
        QCOMPARE(wizard->currentId(), int{ui::FirstRunWizard::ProfilePage});

        auto field = [wizard](const char* name) {
            return wizard->findChild<QWidget*>(QString::fromLatin1(name));
        };
        // Finishing without a name shows the error next to the field.
        click(wizard->button(QWizard::FinishButton));
        QCOMPARE(wizard->currentId(), int{ui::FirstRunWizard::ProfilePage});
        type(field("profile_legalName"), QStringLiteral("Anna Muster Design"));
        type(field("profile_address.lines"), QStringLiteral("Hauptstrasse 1"));
        auto* cityRow = field("profile_address.city");
        const auto edits = cityRow->findChildren<QLineEdit*>();
        QCOMPARE(edits.size(), 2);
        type(edits.at(0), QStringLiteral("10115"));
        type(edits.at(1), QStringLiteral("Berlin"));
        type(field("profile_vatId"), QStringLiteral("DE123456789"));
        type(field("profile_iban"), QStringLiteral("DE89 3704 0044 0532 0130 00"));
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(!window.wizard());
        QVERIFY(controller.isUnlocked());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Locked")));
        auto profile = controller.profile().profile();
        QVERIFY(profile && *profile);
        QCOMPARE((*profile)->iban, QStringLiteral("DE89370400440532013000"));

        // --- A client
        window.showPage(ui::MainWindow::Clients);
        auto* clients = static_cast<ui::CatalogView*>(window.page(ui::MainWindow::Clients));
        onModal<ui::ClientDialog>([](ui::ClientDialog* d) {
            type(d->findChild<QLineEdit*>(QStringLiteral("clientName")),
                 QStringLiteral("Beispiel GmbH"));
            type(d->findChild<QPlainTextEdit*>(QStringLiteral("clientStreet")),
                 QStringLiteral("Marktplatz 5"));
            type(d->findChild<QLineEdit*>(QStringLiteral("clientPostal")), QStringLiteral("80331"));
            type(d->findChild<QLineEdit*>(QStringLiteral("clientCity")),
                 QStringLiteral("Muenchen"));
            click(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save));
        });
        clients->findChild<QAction*>(QStringLiteral("addCatalogItem"))->trigger();
        QCOMPARE(clients->table()->model()->rowCount(), 1);

        // --- An invoice with two lines
        window.showPage(ui::MainWindow::Invoices);
        auto* invoices = static_cast<ui::DocumentListView*>(window.page(ui::MainWindow::Invoices));
        QAbstractItemModelTester tester(invoices->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString pdfPath = m_tmp.filePath(QStringLiteral("invoice.pdf"));
        m_boxes.paths.enqueue(pdfPath);
        bool checked = false;
        onModal<ui::DocumentEditor>([&checked](ui::DocumentEditor* e) {
            auto* client = e->findChild<QComboBox*>(QStringLiteral("clientPicker"));
            client->setFocus();
            QTest::keyClick(client, Qt::Key_Down);
            QVERIFY(!e->document().clientUuid.isNull());
            auto* table = e->findChild<QTableView*>(QStringLiteral("lineTable"));
            click(e->findChild<QPushButton*>(QStringLiteral("addLine")));
            click(e->findChild<QPushButton*>(QStringLiteral("addLine")));
            QCOMPARE(table->model()->rowCount(), 2);
            editCell(table, 0, 0, QStringLiteral("Design work"));
            editCell(table, 0, 1, QStringLiteral("10"));
            editCell(table, 0, 3, QStringLiteral("80"));
            editCell(table, 1, 0, QStringLiteral("Hosting"));
            editCell(table, 1, 3, QStringLiteral("20,50"), QStringLiteral("20.5"));
            editCell(table, 1, 5, QStringLiteral("7"));
            // 800.00 @ 19 % = 152.00; 20.50 @ 7 % = 1.435 -> 1.44
            QCOMPARE(e->totals().lineNetTotal.minorUnits(), qint64{82050});
            QCOMPARE(e->totals().taxTotal.minorUnits(), qint64{15344});
            QCOMPARE(e->totals().grandTotal.minorUnits(), qint64{97394});
            QCOMPARE(e->totals().breakdown.size(), 2);
            QVERIFY(e->findChild<QLabel*>(QStringLiteral("totals"))
                        ->text()
                        .contains(QStringLiteral("973.94")));
            // Undo and redo the last edit.
            e->undoStack()->undo();
            QCOMPARE(e->totals().grandTotal.minorUnits(), qint64{97640});
            e->undoStack()->redo();
            QCOMPARE(e->totals().grandTotal.minorUnits(), qint64{97394});
            click(e->findChild<QPushButton*>(QStringLiteral("saveDraft")));
            QVERIFY2(!e->documentId().isEmpty(),
                     qPrintable(e->findChild<QLabel*>(QStringLiteral("error_general"))->text() +
                                e->findChild<QLabel*>(QStringLiteral("error_client"))->text()));
            click(e->findChild<QPushButton*>(QStringLiteral("issue")));
            QCOMPARE(e->document().status, domain::DocumentStatus::Issued);
            QVERIFY(!e->document().number.isEmpty());
            QVERIFY(e->isReadOnly());
            QVERIFY(!e->findChild<QTableView*>(QStringLiteral("lineTable"))
                         ->model()
                         ->flags(table->model()->index(0, 0))
                         .testFlag(Qt::ItemIsEditable));
            click(e->findChild<QPushButton*>(QStringLiteral("exportPdf")));
            QVERIFY(e->findChild<QPushButton*>(QStringLiteral("markSent"))->isVisible());
            QVERIFY(!e->findChild<QPushButton*>(QStringLiteral("saveDraft"))->isEnabled());
            click(e->findChild<QPushButton*>(QStringLiteral("markSent")));
            QCOMPARE(e->document().status, domain::DocumentStatus::Sent);
            QVERIFY(!e->findChild<QPushButton*>(QStringLiteral("markSent"))->isVisible());
            checked = true;
            e->reject();
        });
        invoices->newDocument();
        QVERIFY(checked);
        QVERIFY(m_boxes.questions.last().contains(QStringLiteral("immutable")));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(invoices->model()->rowCount(), 1);
        QCOMPARE(invoices->model()->index(0, ui::DocumentListModel::Total).data().toString(),
                 QStringLiteral("973.94 EUR"));

        // --- Lock: data gone, title clean, unlock dialog shown.
        window.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(!controller.isUnlocked());
        QCOMPARE(invoices->model()->rowCount(), 0);
        QCOMPARE(clients->table()->model()->rowCount(), 0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Locked")));
        ui::UnlockDialog* unlock = window.unlockDialog();
        QVERIFY(unlock);
        auto* secret = unlock->findChild<QLineEdit*>(QStringLiteral("unlockSecret"));
        type(secret, QStringLiteral("wrong passphrase here"));
        click(unlock->findChild<QPushButton*>(QStringLiteral("unlockButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->isWorking(), 60000);
        QVERIFY(unlock->findChild<QLabel*>(QStringLiteral("unlockError"))
                    ->text()
                    .contains(QStringLiteral("Wrong")));
        QVERIFY(!controller.isUnlocked());
        type(secret, kPassphrase);
        click(unlock->findChild<QPushButton*>(QStringLiteral("unlockButton")));
        QTRY_VERIFY_WITH_TIMEOUT(controller.isUnlocked(), 60000);
        QTRY_VERIFY(!window.unlockDialog());
        window.showPage(ui::MainWindow::Invoices);
        QCOMPARE(invoices->model()->rowCount(), 1);

        // --- Auto-lock through the replaceable clock.
        QDateTime now = QDateTime::currentDateTimeUtc();
        window.autoLock().setClock([&now] { return now; });
        window.autoLock().setTimeoutSeconds(60);
        window.autoLock().setActive(true);
        now = now.addSecs(61);
        window.autoLock().check();
        QVERIFY(!controller.isUnlocked());
        QVERIFY(window.unlockDialog());
        QCOMPARE(invoices->model()->rowCount(), 0);
        type(window.unlockDialog()->findChild<QLineEdit*>(QStringLiteral("unlockSecret")),
             QStringLiteral("short"));
        // Recovery-key path.
        click(window.unlockDialog()->findChild<QCheckBox*>(QStringLiteral("useRecoveryKey")));
        type(window.unlockDialog()->findChild<QLineEdit*>(QStringLiteral("unlockSecret")), key);
        click(window.unlockDialog()->findChild<QPushButton*>(QStringLiteral("unlockButton")));
        QTRY_VERIFY_WITH_TIMEOUT(controller.isUnlocked(), 60000);
        window.close();

        // Nothing sensitive in the settings.
        QDirIterator it(m_tmp.filePath(QStringLiteral("config")), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(kPassphrase.toUtf8()));
            QVERIFY(!bytes.contains("Beispiel"));
            QVERIFY(!bytes.contains(key.left(9).toUtf8()));
        }

        // Nor in the log: no secret and no user data, and only the owner reads it.
        storage::Log::flush();
        const QString logs = m_tmp.filePath(QStringLiteral("data/quittance/logs"));
        QCOMPARE(storage::Log::directory(), logs);
        const QList<QByteArray> canaries = {kPassphrase.toUtf8(),
                                            key.toUtf8(),
                                            key.section(QLatin1Char('-'), 0, 0).toUtf8(),
                                            "Beispiel GmbH",
                                            "Anna Muster Design",
                                            "DE89370400440532013000",
                                            "370400440532013000",
                                            "3704 0044 0532 0130",
                                            "Design work",
                                            "Hosting"};
        qint64 logged = 0;
        QDirIterator logFiles(logs, QDir::Files);
        while (logFiles.hasNext()) {
            const QString path = logFiles.next();
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadUser | QFile::WriteUser),
                     QFileDevice::Permissions());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            logged += bytes.size();
            for (const QByteArray& canary : canaries)
                QVERIFY2(!bytes.contains(canary), canary.constData());
        }
        QVERIFY(logged > 0); // the flow was logged (unlock, lock, a failed unlock)
    }
};

QTEST_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
