#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace quittance::ui {

class VaultController;

// Runs one job over the open vault on a pool thread under the controller's
// busy rule (see VaultController): isBusy() is true while it runs, so no view
// queries, and the auto-lock and lockNow() wait until it has finished.
// cancel() sets the job's flag and stops a running query
// (ReportService::interrupt). The job's result goes to `done` on the UI
// thread, followed by finished(). wait() (lock, destruction) cancels, blocks
// until the job has left the vault and drops its result. Shared by the
// reports and the dashboard.
class VaultWorker : public QObject {
    Q_OBJECT
public:
    explicit VaultWorker(VaultController& controller, QObject* parent = nullptr);
    ~VaultWorker() override; // wait()

    bool isRunning() const { return m_running; }

    // Starts `job(const std::atomic_bool& cancelled)` on a pool thread and
    // returns at once; `done(result)` runs on the UI thread when it ends.
    // Refused (false) while the vault is locked or busy or a job runs.
    template <typename Job, typename Done>
    bool start(Job job, Done done) {
        using T = std::invoke_result_t<Job&, const std::atomic_bool&>;
        if (!begin())
            return false;
        auto result = std::make_shared<std::optional<T>>();
        auto cancelled = m_cancelled;
        run([job = std::move(job), result,
             cancelled]() mutable { result->emplace(job(*cancelled)); },
            [done = std::move(done), result]() mutable {
                if (*result)
                    done(**result);
            });
        return true;
    }

    // Asks a running job to stop (its flag and the storage interrupt).
    void cancel();
    // Cancels a running job and waits for it; its result is dropped.
    void wait();

Q_SIGNALS:
    // A job started by start() ended and its `done` ran (also when it was
    // cancelled or failed); not emitted after wait().
    void finished();

private:
    bool begin();
    void run(std::function<void()> job, std::function<void()> done);

    VaultController& m_controller;
    QFutureWatcher<void> m_watcher;
    std::function<void()> m_done;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_running = false;
};

} // namespace quittance::ui
