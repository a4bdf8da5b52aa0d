// The Quittance desktop application.

#include "storage/Log.h"
#include "storage/ProcessHardening.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/VaultController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Paints once, then (with --measure-startup) prints the time from exec to
// the first paint of the main window and exits; used by bench/gui_bench.
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(QElapsedTimer* timer, bool quit)
        : m_timer(timer)
        , m_quit(quit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "first-paint-ms %lld\n",
                         static_cast<long long>(m_timer->elapsed()));
            if (m_quit)
                QTimer::singleShot(200, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer* m_timer;
    bool m_quit;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[]) {
    quittance::storage::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quittance"));
    QApplication::setOrganizationName(QStringLiteral("Quittance"));
    QApplication::setApplicationVersion(QStringLiteral(QUITTANCE_VERSION));
    // The app id of packaging/linux/io.github.quittance.Quittance.desktop and
    // its metainfo, so Wayland compositors match the window to its icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.quittance.Quittance"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encrypted offline invoicing"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption kdfFloor(
        QStringLiteral("kdf-floor"),
        QStringLiteral("Create vaults at the KDF floor (demos, screenshots)."));
    QCommandLineOption measure(QStringLiteral("measure-startup"),
                               QStringLiteral("Print the time to first paint and exit."));
    QCommandLineOption verbose(QStringLiteral("verbose"),
                               QStringLiteral("Write debugging detail to the log file."));
    parser.addOption(kdfFloor);
    parser.addOption(measure);
    parser.addOption(verbose);
    parser.process(app);
    // Rotating log in $XDG_DATA_HOME/quittance/logs (0600, no user data).
    (void)quittance::storage::Log::init(QStringLiteral("quittance"), parser.isSet(verbose));
    quittance::storage::Log::info(
        QStringLiteral("Quittance %1 started").arg(QStringLiteral(QUITTANCE_VERSION)));

    QTranslator translator;
    QTranslator qtTranslator;
    const QString lang = quittance::ui::AppSettings::uiLanguage();
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (translator.load(locale, QStringLiteral("quittance"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    quittance::ui::VaultController controller;
    if (parser.isSet(kdfFloor))
        controller.setKdfChoice(quittance::services::VaultSession::KdfChoice::Floor);
    quittance::ui::MainWindow window(controller);

    QElapsedTimer sinceExec;
    FirstPaintProbe probe(&sinceExec, parser.isSet(measure));
    window.installEventFilter(&probe);
    window.show();
    if (!parser.isSet(measure))
        QTimer::singleShot(0, &window, [&window] { window.start(); });
    sinceExec.start();
    const int code = app.exec();
    quittance::storage::Log::info(QStringLiteral("Quittance exited"));
    quittance::storage::Log::shutdown();
    return code;
}
