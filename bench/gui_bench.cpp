// GUI start-up figures: time from QApplication::exec() to the first paint
// and resident memory, for the Quittance main window with a (100k-document)
// vault open on the invoice list, against a bare Qt Widgets window (a
// QMainWindow with a menu, a tool bar, a table view and a status bar) built
// and measured in the same run. Each variant runs in its own process, a few
// times; the medians are printed with the ratios. The vault is unlocked
// before the clock starts (the KDF is a separate, deliberate cost).
//   QUITTANCE_PASSPHRASE=... quittance-bench-gui --vault DIR [--runs N]
// Run under Xvfb or with QT_QPA_PLATFORM=offscreen.

#include "storage/ProcessHardening.h"
#include "ui/MainWindow.h"
#include "ui/VaultController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cstdio>

using namespace quittance;

namespace {

qint64 residentKiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class PaintProbe : public QObject {
public:
    QElapsedTimer timer;
    qint64 firstPaintUs = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && firstPaintUs < 0 && watched->isWidgetType()) {
            firstPaintUs = timer.nsecsElapsed() / 1000;
            // Let the rest of the first frame finish, then measure memory.
            QTimer::singleShot(500, qApp, [] {
                std::printf("%lld\n", static_cast<long long>(residentKiB()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

int runChild(int argc, char* argv[], const QString& mode, const QString& vault) {
    storage::hardenProcess();
    QApplication app(argc, argv);
    PaintProbe probe;
    app.installEventFilter(&probe);
    std::unique_ptr<QWidget> window;
    ui::VaultController controller;
    if (mode == QLatin1String("bare")) {
        auto* w = new QMainWindow;
        w->menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
        w->addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Lock"));
        auto* model = new QStandardItemModel(40, 8, w);
        auto* table = new QTableView;
        table->setModel(model);
        w->setCentralWidget(table);
        w->statusBar()->showMessage(QStringLiteral("Ready"));
        window.reset(w);
    } else {
        auto unlocked =
            controller.unlockAsync(vault, qEnvironmentVariable("QUITTANCE_PASSPHRASE"), false);
        unlocked.waitForFinished();
        if (!unlocked.result()) {
            std::fprintf(stderr, "unlock: %s\n", qPrintable(unlocked.result().error().message));
            return 1;
        }
        controller.finishUnlock(vault);
        auto* w = new ui::MainWindow(controller);
        w->showPage(ui::MainWindow::Invoices);
        window.reset(w);
    }
    window->resize(1280, 820);
    window->show();
    probe.timer.start();
    const int rc = app.exec();
    std::fprintf(stderr, "first-paint-us %lld\n", static_cast<long long>(probe.firstPaintUs));
    return rc;
}

struct Sample {
    qint64 paintUs = -1;
    qint64 rssKiB = -1;
};

Sample runOnce(const QString& self, const QString& mode, const QString& vault) {
    QProcess p;
    p.start(self, {QStringLiteral("--child"), mode, QStringLiteral("--vault"), vault});
    p.waitForFinished(120'000);
    Sample s;
    s.rssKiB = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toLongLong();
    for (const QByteArray& line : p.readAllStandardError().split('\n')) {
        if (line.startsWith("first-paint-us "))
            s.paintUs = line.mid(15).toLongLong();
    }
    return s;
}

qint64 median(QList<qint64> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QString vault = args.indexOf(QStringLiteral("--vault")) >= 0
                              ? args.value(args.indexOf(QStringLiteral("--vault")) + 1)
                              : QString();
    if (args.value(1) == QLatin1String("--child"))
        return runChild(argc, argv, args.value(2), vault);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("Vault"),
                                   QStringLiteral("DIR"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs"),
                                  QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(vaultOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString self = QCoreApplication::applicationFilePath();
    QList<qint64> barePaint, bareRss, appPaint, appRss;
    for (int i = 0; i < runs; ++i) {
        const Sample b = runOnce(self, QStringLiteral("bare"), vault);
        const Sample a = runOnce(self, QStringLiteral("quittance"), vault);
        barePaint.append(b.paintUs);
        bareRss.append(b.rssKiB);
        appPaint.append(a.paintUs);
        appRss.append(a.rssKiB);
    }
    const qint64 bp = median(barePaint), ap = median(appPaint);
    const qint64 br = median(bareRss), ar = median(appRss);
    std::printf("runs: %d (medians)\n", runs);
    std::printf(
        "exec -> first paint: bare %.1f ms, quittance %.1f ms, ratio %.2f (target <= 1.5)\n",
        static_cast<double>(bp) / 1000.0, static_cast<double>(ap) / 1000.0,
        bp > 0 ? static_cast<double>(ap) / static_cast<double>(bp) : 0.0);
    std::printf("resident: bare %.1f MiB, quittance %.1f MiB, difference %.1f MiB (target <= 60)\n",
                static_cast<double>(br) / 1024.0, static_cast<double>(ar) / 1024.0,
                static_cast<double>(ar - br) / 1024.0);
    return 0;
}
