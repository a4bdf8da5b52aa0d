// Reports run on a worker under the controller's busy rule, with a progress
// dialog whose Cancel stops the work and keeps the previous tables; the
// storage interrupt stops a running query and leaves the vault usable.

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "UiVaultFixture.h"
#include "storage/ProcessHardening.h"
#include "ui/Format.h"
#include "ui/ReportsView.h"

#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace quittance;
using namespace quittance::test;

namespace {

// Aging, revenue, tax: in tab order.
QList<QTableWidget*> tables(ui::ReportsView& view) {
    QList<QTableWidget*> out;
    auto* tabs = view.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        out.append(qobject_cast<QTableWidget*>(tabs->widget(i)));
    return out;
}

QStringList snapshot(ui::ReportsView& view) {
    QStringList cells;
    for (auto* t : tables(view)) {
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                cells.append(t->item(r, c) ? t->item(r, c)->text() : QString());
        cells.append(QStringLiteral("|"));
    }
    return cells;
}

} // namespace

class TestReportsView : public QObject {
    Q_OBJECT
private:
    TestMessageBoxService m_boxes;

    static void twoInvoices(UiVaultFixture& f) {
        QVERIFY(f.setUp());
        QVERIFY(!f.issuedInvoice().isEmpty());
        QVERIFY(!f.issuedInvoice().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() { ui::MessageBoxService::setInstance(nullptr); }

    void reportsRunOnAWorker() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::ReportsView view(f.controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &ui::ReportsView::finished);
        view.reload();
        // reload() returned with the work still running: views are held off.
        QVERIFY(view.isRunning());
        QVERIFY(f.controller.isBusy());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QVERIFY(!view.progressDialog()->isVisible());
        const auto t = tables(view);
        QCOMPARE(t.size(), 3);
        for (auto* table : t)
            QVERIFY2(table->rowCount() >= 1, qPrintable(table->horizontalHeaderItem(0)->text()));
        // Aging: both invoices are due on 2026-03-15 = today, so "not due".
        QCOMPARE(t.at(0)->item(0, 1)->text(), ui::Format::money(202300, QStringLiteral("EUR")));
    }

    // Cancel before the worker got to the vault: nothing is computed, the
    // previous result stays, the vault is free again.
    // Another page is shown before the progress dialog appears: the reports
    // stop and the vault is free for that page at once.
    void hidingStopsTheReports() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::ReportsView view(f.controller);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &ui::ReportsView::finished);
        view.reload();
        QVERIFY(finished.wait(60000));
        const QStringList before = snapshot(view);

        QThreadPool* pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        QVERIFY(started.tryAcquire(threads, 10000));
        view.reload();
        QVERIFY(view.isRunning());
        QVERIFY(f.controller.isBusy());
        release.release(threads); // the worker may start; hiding stops it either way
        view.hide();
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QCOMPARE(snapshot(view), before);
        QVERIFY(f.controller.clients().list(true).has_value()); // another page can query
    }

    void cancelKeepsThePreviousResult() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::ReportsView view(f.controller);
        view.show();
        QSignalSpy finished(&view, &ui::ReportsView::finished);
        view.reload();
        QVERIFY(finished.wait(60000));
        const QStringList before = snapshot(view);
        QVERIFY(!f.issuedInvoice().isEmpty()); // the next run would differ

        // Hold every pool thread so the report worker waits in the queue.
        QThreadPool* pool = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                started.release();
                release.acquire();
            });
        QVERIFY(started.tryAcquire(threads, 10000));
        view.reload();
        QVERIFY(view.isRunning());
        click(view.progressDialog()->findChild<QPushButton*>()); // its Cancel button
        release.release(threads);
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        QCOMPARE(snapshot(view), before);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("reportStatus"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));

        // A new run shows the new data.
        view.reload();
        QVERIFY(finished.wait(60000));
        QVERIFY(snapshot(view) != before);
    }

    // Locking (clear()) while a report runs waits for the worker first.
    void clearWaitsForTheWorker() {
        UiVaultFixture f;
        twoInvoices(f);
        ui::ReportsView view(f.controller);
        view.reload();
        QVERIFY(view.isRunning());
        view.clear();
        QVERIFY(!view.isRunning());
        QVERIFY(!f.controller.isBusy());
        for (auto* t : tables(view))
            QCOMPARE(t->rowCount(), 0);
        f.controller.lock();
        QVERIFY(!f.controller.isUnlocked());
    }

    // sqlite3_interrupt through the vault stops a query that would never
    // end on its own; the connection stays usable.
    void interruptStopsARunningQuery() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        storage::Vault* vault = f.controller.session().vault();
        QVERIFY(vault);
        auto future = QtConcurrent::run([vault] {
            return vault->read([](storage::Reader& reader) {
                return reader.queryInt(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                    "SELECT count(*) FROM c");
            });
        });
        QElapsedTimer timer;
        timer.start();
        while (!future.isFinished() && timer.elapsed() < 60000) {
            vault->interrupt();
            QThread::msleep(5);
        }
        QVERIFY(future.isFinished());
        QVERIFY(!future.result().has_value());
        QVERIFY_RESULT(f.controller.reports().aging(QDate(2026, 3, 15)));
        QVERIFY(!f.issuedInvoice().isEmpty());
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
