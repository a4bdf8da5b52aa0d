#include "ui/VaultWorker.h"

#include "ui/VaultController.h"

#include <QtConcurrent/QtConcurrentRun>

namespace quittance::ui {

VaultWorker::VaultWorker(VaultController& controller, QObject* parent)
    : QObject(parent)
    , m_controller(controller) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_running)
            return; // abandoned by wait()
        m_running = false;
        m_controller.setBusy(false);
        auto done = std::exchange(m_done, {});
        if (done)
            done();
        Q_EMIT finished();
    });
}

VaultWorker::~VaultWorker() {
    wait();
}

bool VaultWorker::begin() {
    if (m_running || !m_controller.isUnlocked() || m_controller.isBusy())
        return false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    // While the worker holds the connection no view may query.
    m_controller.setBusy(true);
    return true;
}

void VaultWorker::run(std::function<void()> job, std::function<void()> done) {
    m_done = std::move(done);
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
}

void VaultWorker::cancel() {
    if (!m_running || *m_cancelled)
        return;
    *m_cancelled = true;
    if (m_controller.isUnlocked())
        m_controller.reports().interrupt();
}

void VaultWorker::wait() {
    if (!m_running)
        return;
    // The job uses the connection: stop it and wait before anything else
    // (locking, destruction) touches the vault.
    cancel();
    m_watcher.waitForFinished();
    m_running = false; // its finished() is then ignored
    m_done = {};
    m_controller.setBusy(false);
}

} // namespace quittance::ui
