#include "ui/ExportActions.h"

#include "services/PortabilityService.h"
#include "ui/MessageBoxService.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace quittance::ui {

namespace {

// Shows the wait cursor for the lifetime of the object.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

// Runs `call` on the open vault's PortabilityService, busy and with the
// wait cursor meanwhile.
template <typename Call>
auto runExport(VaultController& controller, Call&& call) {
    WaitCursor wait;
    return controller.whileBusy([&] {
        services::PortabilityService portability(*controller.session().vault());
        return call(portability);
    });
}

} // namespace

ExportActions::ExportActions(VaultController& controller, QMainWindow* window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window) {
    m_menu = new QMenu(tr("E&xport"), window);
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    auto* json = m_menu->addAction(tr("All data as &JSON…"), this, &ExportActions::exportJson);
    json->setObjectName(QStringLiteral("exportJsonAction"));
    auto* csv = m_menu->addAction(tr("&CSV for the accountant…"), this, &ExportActions::exportCsv);
    csv->setObjectName(QStringLiteral("exportCsvAction"));
}

void ExportActions::setUnlocked(bool unlocked) {
    m_menu->setEnabled(unlocked);
    for (QAction* action : m_menu->actions())
        action->setEnabled(unlocked);
}

bool ExportActions::canRun() const {
    return m_controller.isUnlocked() && !m_controller.isBusy();
}

void ExportActions::reportFailure(const QString& title, const QString& message) {
    m_window->statusBar()->showMessage(tr("Export failed: %1").arg(message));
    MessageBoxService::instance().warning(m_window, title, message);
}

void ExportActions::reportSuccess(const QString& title, const QString& message) {
    m_window->statusBar()->showMessage(message, 10000);
    MessageBoxService::instance().information(m_window, title, message);
}

void ExportActions::exportJson() {
    if (!canRun())
        return;
    const QString title = tr("Export all data as JSON");
    const QString suggested = QDir::home().filePath(
        QStringLiteral("quittance-export-%1.json").arg(m_controller.today().toString(Qt::ISODate)));
    const QString path = MessageBoxService::instance().saveFileName(m_window, title, suggested,
                                                                    tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto exported = runExport(m_controller,
                              [&](services::PortabilityService& p) { return p.exportJson(path); });
    if (!exported)
        return reportFailure(title, exported.error().message);
    reportSuccess(title,
                  tr("Exported %1 clients, %2 products and %3 documents to %4. The file is not "
                     "encrypted: keep it safe.")
                      .arg(exported->clients)
                      .arg(exported->products)
                      .arg(exported->documents)
                      .arg(QDir::toNativeSeparators(path)));
}

void ExportActions::exportCsv() {
    if (!canRun())
        return;
    const QString title = tr("Export CSV for the accountant");
    const QString dir = MessageBoxService::instance().directory(m_window, title, QDir::homePath());
    if (dir.isEmpty())
        return;
    // Files of an earlier export are replaced only when the user agrees.
    QStringList existing;
    for (const QString& name : services::PortabilityService::csvFileNames())
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            existing << name;
    if (!existing.isEmpty() &&
        MessageBoxService::instance().question(
            m_window, title,
            tr("%1 already holds %2. Replace them?")
                .arg(QDir::toNativeSeparators(dir), existing.join(QStringLiteral(", ")))) !=
            QMessageBox::Yes)
        return;
    auto exported =
        runExport(m_controller, [&](services::PortabilityService& p) { return p.exportCsv(dir); });
    if (!exported)
        return reportFailure(title, exported.error().message);
    reportSuccess(title, tr("documents.csv, lines.csv, payments.csv and clients.csv were written "
                            "to %1. The files are not encrypted: keep them safe.")
                             .arg(QDir::toNativeSeparators(dir)));
}

} // namespace quittance::ui
