// Not a test: opens a vault (QUITTANCE_PASSPHRASE) in the real main window
// and saves a PNG of each main screen, the document editor, the unlock
// dialog and the first-run wizard. Driven by scripts/screenshots under Xvfb.
//   quittance-screenshot-tour --vault DIR --out DIR

#include "storage/ProcessHardening.h"
#include "ui/DocumentEditor.h"
#include "ui/DocumentListModel.h"
#include "ui/DocumentListView.h"
#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace quittance;

namespace {
void save(QWidget* w, const QString& dir, const QString& name) {
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "wrote %s\n", qPrintable(path));
}
} // namespace

int main(int argc, char* argv[]) {
    storage::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuittanceScreenshots"));
    QCommandLineParser parser;
    QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("vault"),
                                   QStringLiteral("DIR"));
    QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("out"),
                                 QStringLiteral("DIR"));
    parser.addOption(vaultOption);
    parser.addOption(outOption);
    parser.process(app);
    const QString out = parser.value(outOption);
    QDir().mkpath(out);

    ui::VaultController controller;
    controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
    ui::MainWindow window(controller);
    window.resize(1360, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    window.showUnlock(parser.value(vaultOption));
    QTest::qWait(200);
    save(window.unlockDialog(), out, QStringLiteral("unlock"));
    window.unlockDialog()->hide();

    auto unlocked = controller.unlockAsync(parser.value(vaultOption),
                                           qEnvironmentVariable("QUITTANCE_PASSPHRASE"), false);
    unlocked.waitForFinished();
    if (!unlocked.result()) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.result().error().message));
        return 1;
    }
    controller.finishUnlock(parser.value(vaultOption));
    if (window.unlockDialog())
        window.unlockDialog()->accept();

    const QStringList names = {QStringLiteral("dashboard"), QStringLiteral("invoices"),
                               QStringLiteral("quotes"),    QStringLiteral("clients"),
                               QStringLiteral("products"),  QStringLiteral("reports"),
                               QStringLiteral("audit"),     QStringLiteral("settings")};
    for (int i = 0; i < names.size(); ++i) {
        window.showPage(static_cast<ui::MainWindow::Page>(i));
        save(&window, out, names.at(i));
    }
    // The lower half of the settings page: sync and backups, configured as a
    // user would (the demo vault is a throwaway one).
    (void)controller.sync().saveSettings(
        {QUrl(QStringLiteral("https://sync.example.org")), false, {}, {}});
    (void)controller.backups().setAutoSettings(
        {QDir::home().filePath(QStringLiteral("Backups/Quittance")), 14});
    window.page(ui::MainWindow::Settings)->reload();
    if (auto* backups = window.page(ui::MainWindow::Settings)
                            ->findChild<QWidget*>(QStringLiteral("backupSettings"))) {
        if (auto* scroll = window.page(ui::MainWindow::Settings)->findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(backups, 0, 0);
        save(&window, out, QStringLiteral("settings-sync"));
    }

    auto* invoices = static_cast<ui::DocumentListView*>(window.page(ui::MainWindow::Invoices));
    window.showPage(ui::MainWindow::Invoices);
    const QString id = invoices->model()->index(0, 0).data(Qt::UserRole + 1).toString();
    {
        ui::DocumentEditor editor(controller, &window);
        if (editor.open(id)) {
            editor.show();
            save(&editor, out, QStringLiteral("editor-issued"));
        }
    }
    {
        ui::DocumentEditor editor(controller, &window);
        if (editor.startNew(domain::DocumentType::Invoice)) {
            editor.addLine();
            editor.show();
            save(&editor, out, QStringLiteral("editor-new"));
        }
    }
    controller.lock();
    QTemporaryDir fresh;
    ui::VaultController other;
    ui::FirstRunWizard wizard(other, window.clipboard());
    wizard.show();
    wizard.next();
    save(&wizard, out, QStringLiteral("wizard-passphrase"));
    return 0;
}
