// The dashboard loads its figures on a worker under the controller's busy
// rule (VaultWorker): the previous figures stay until the whole result is
// back, a lock or the view's destruction waits for the worker and leaves
// nothing on screen, and a reload while one runs shows one consistent result.

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "UiVaultFixture.h"
#include "storage/ProcessHardening.h"
#include "ui/DashboardView.h"
#include "ui/Format.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>

#include <memory>

using namespace quittance;
using namespace quittance::test;

namespace {

QString label(ui::DashboardView& view, const char* name) {
    auto* l = view.findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("(missing)");
}

// Runs the load that reload() queued, and nothing else: the worker's result
// stays queued for the UI thread.
void startQueuedLoad(ui::DashboardView& view) {
    QCoreApplication::sendPostedEvents(&view, QEvent::MetaCall);
}

QTableWidget* latest(ui::DashboardView& view) {
    return view.findChild<QTableWidget*>();
}

// What the dashboard should show, asked from the services directly.
struct Expected {
    QString outstanding;
    QString overdue;
    QString month;
    QString year;
    QStringList numbers; // latest documents, newest first
};

Expected expected(UiVaultFixture& f) {
    Expected e;
    const QString eur = QStringLiteral("EUR");
    const QDate today = f.controller.today();
    qint64 outstanding = 0;
    qint64 overdue = 0;
    auto open = f.controller.reports().outstanding(today);
    if (open) {
        for (const auto& r : *open) {
            if (r.currency == eur) {
                outstanding += r.outstandingMinor;
                overdue += r.overdueMinor;
            }
        }
    }
    qint64 month = 0;
    auto m = f.controller.reports().revenue({QDate(today.year(), today.month(), 1), today}, true);
    if (m) {
        for (const auto& r : *m) {
            if (r.currency == eur)
                month += r.netMinor;
        }
    }
    qint64 year = 0;
    auto y = f.controller.reports().revenue({QDate(today.year(), 1, 1), today}, false);
    if (y) {
        for (const auto& r : *y) {
            if (r.currency == eur)
                year += r.netMinor;
        }
    }
    e.outstanding = ui::Format::money(outstanding, eur);
    e.overdue = ui::Format::money(overdue, eur);
    e.month = ui::Format::money(month, eur);
    e.year = ui::Format::money(year, eur);
    domain::DocumentFilter filter;
    filter.limit = 10;
    filter.types = {domain::DocumentType::Invoice, domain::DocumentType::CreditNote,
                    domain::DocumentType::Quote};
    if (auto rows = f.controller.documents().list(filter)) {
        for (const auto& s : *rows)
            e.numbers.append(s.number);
    }
    return e;
}

void verifyShows(ui::DashboardView& view, const Expected& e) {
    QCOMPARE(label(view, "outstanding"), e.outstanding);
    QCOMPARE(label(view, "overdue"), e.overdue);
    QCOMPARE(label(view, "revenueMonth"), e.month);
    QCOMPARE(label(view, "revenueYear"), e.year);
    QTableWidget* t = latest(view);
    QVERIFY(t);
    QStringList numbers;
    for (int r = 0; r < t->rowCount(); ++r)
        numbers.append(t->item(r, 0) ? t->item(r, 0)->text() : QString());
    QCOMPARE(numbers, e.numbers);
}

void verifyCleared(ui::DashboardView& view) {
    for (const char* name : {"outstanding", "overdue", "revenueMonth", "revenueYear"})
        QCOMPARE(label(view, name), QStringLiteral("—"));
    QCOMPARE(latest(view)->rowCount(), 0);
    QVERIFY(label(view, "dashboardStatus").isEmpty());
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private:
    TestMessageBoxService m_boxes;
    QTemporaryDir m_tmp;

    static void twoInvoices(UiVaultFixture& f) {
        QVERIFY(f.setUp());
        QVERIFY(!f.issuedInvoice().isEmpty());
        QVERIFY(!f.issuedInvoice().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceDashboard"));
        QVERIFY(storage::hardenProcess());
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() { ui::MessageBoxService::setInstance(nullptr); }

    // reload() returns with the work still running; the figures appear when
    // it is done and are the services' own report values.
    void figuresAppearAfterTheWorker() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::DashboardView view(f.controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &ui::DashboardView::finished);
        view.reload();
        // Only queued: the caller's next steps on the UI thread may still
        // use the vault (MainWindow::onUnlocked updates the status bar).
        QVERIFY(view.isLoading());
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        startQueuedLoad(view);
        QVERIFY(view.isRunning());
        QVERIFY(f.controller.isBusy()); // no other view queries meanwhile
        // Until the result is back: the previous figures and "Loading…".
        QCOMPARE(label(view, "outstanding"), QStringLiteral("—"));
        QVERIFY(!label(view, "dashboardStatus").isEmpty());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QVERIFY(label(view, "dashboardStatus").isEmpty());
        const Expected e = expected(f);
        QCOMPARE(e.numbers.size(), 2);
        QVERIFY(e.outstanding != ui::Format::money(0, QStringLiteral("EUR")));
        verifyShows(view, e);
    }

    // Locking while the worker runs (MainWindow clears every view, then the
    // vault closes): the worker is waited for, its result never reaches the
    // screen, and the vault ends up locked.
    void lockWhileRunningLeavesTheViewCleared() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::DashboardView view(f.controller);
        QSignalSpy finished(&view, &ui::DashboardView::finished);
        view.reload();
        QVERIFY(finished.wait(60000));
        QVERIFY(label(view, "outstanding") != QStringLiteral("—"));

        view.reload();
        startQueuedLoad(view);
        QVERIFY(view.isRunning());
        // Let the job itself finish so that its result is already on its way
        // to the UI thread when the lock comes.
        QThreadPool::globalInstance()->waitForDone(60000);
        view.clear();
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        f.controller.lock();
        QVERIFY(!f.controller.isUnlocked());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        verifyCleared(view);
        QCOMPARE(finished.count(), 1);

        // A reload while locked does nothing.
        view.reload();
        QVERIFY(!view.isLoading());
        verifyCleared(view);
    }

    // The main window after an unlock: its own queries run first, then the
    // dashboard loads; "Lock" while that runs waits for it, then the vault
    // locks and the dashboard shows nothing.
    void lockNowInTheWindowWhileLoading() {
        UiVaultFixture f;
        ui::MainWindow window(f.controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        twoInvoices(f); // unlocks: the window queues the dashboard's load
        auto* view = qobject_cast<ui::DashboardView*>(window.page(ui::MainWindow::Dashboard));
        QVERIFY(view);
        QVERIFY(view->isLoading());
        // The status bar was filled before the load made the vault busy.
        auto* syncStatus = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY(syncStatus);
        QCOMPARE(syncStatus->text(), QStringLiteral("Sync: off"));
        QSignalSpy finished(view, &ui::DashboardView::finished);
        QVERIFY(finished.wait(60000));
        verifyShows(*view, expected(f));

        view->reload();
        startQueuedLoad(*view);
        QVERIFY(view->isRunning());
        window.lockNow();
        QVERIFY(f.controller.isUnlocked()); // deferred while the vault is busy
        QTRY_VERIFY_WITH_TIMEOUT(!f.controller.isUnlocked(), 60000);
        QVERIFY(window.isLocked());
        QVERIFY(!view->isLoading());
        QCoreApplication::processEvents();
        verifyCleared(*view);
    }

    // clear() while the job is still running interrupts and waits for it.
    void clearWaitsForARunningWorker() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::DashboardView view(f.controller);
        view.reload();
        startQueuedLoad(view);
        QVERIFY(view.isRunning());
        view.clear();
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QCoreApplication::processEvents();
        verifyCleared(view);
        f.controller.lock();
        QVERIFY(!f.controller.isUnlocked());
    }

    // Destroying the view while its worker runs waits for it; the vault is
    // free and usable afterwards.
    void destructionWhileRunning() {
        UiVaultFixture f;
        twoInvoices(f);
        auto view = std::make_unique<ui::DashboardView>(f.controller);
        view->reload();
        startQueuedLoad(*view);
        QVERIFY(view->isRunning());
        view.reset();
        QVERIFY(!f.controller.isBusy());
        QCoreApplication::processEvents();
        auto rows = f.controller.reports().outstanding(f.controller.today());
        QVERIFY(rows.has_value());
        QVERIFY(!f.issuedInvoice().isEmpty());
    }

    // Hiding the page (another page is picked) while its load runs stops
    // the load so that the new page can query; the figures stay as they were.
    void hidingStopsTheLoad() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::DashboardView view(f.controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &ui::DashboardView::finished);
        view.reload();
        QVERIFY(finished.wait(60000));
        const Expected before = expected(f);
        verifyShows(view, before);

        QVERIFY(!f.issuedInvoice().isEmpty());
        view.reload();
        startQueuedLoad(view);
        QVERIFY(view.isRunning());
        view.hide();
        QVERIFY(!view.isLoading());
        QVERIFY(!f.controller.isBusy());
        QVERIFY(f.controller.reports().outstanding(f.controller.today()).has_value());
        QCoreApplication::processEvents();
        verifyShows(view, before);
        QVERIFY(label(view, "dashboardStatus").isEmpty());

        // A queued load is dropped too.
        view.show();
        view.reload();
        view.hide();
        QVERIFY(!view.isLoading());
        startQueuedLoad(view);
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());

        // Shown again, the next load has the new invoice.
        view.show();
        view.reload();
        QVERIFY(finished.wait(60000));
        verifyShows(view, expected(f));
        QCOMPARE(expected(f).numbers.size(), 3);
    }

    // A reload while one runs: one more run afterwards, and only its
    // complete result is shown.
    void reloadWhileRunningShowsOneResult() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::DashboardView view(f.controller);
        QSignalSpy finished(&view, &ui::DashboardView::finished);
        view.reload();
        startQueuedLoad(view);
        QVERIFY(view.isRunning());
        view.reload();
        view.reload();
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QCOMPARE(finished.count(), 1);
        verifyShows(view, expected(f));

        // The next load after a change shows the new data.
        QVERIFY(!f.issuedInvoice().isEmpty());
        const Expected e = expected(f);
        QCOMPARE(e.numbers.size(), 3);
        view.reload();
        QVERIFY(finished.wait(60000));
        verifyShows(view, e);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
