#include "CliApp.h"
#include "storage/Log.h"
#include "storage/ProcessHardening.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace {
// Qt's own diagnostics (for example about XDG_RUNTIME_DIR on a headless
// machine) are not for the user of a command-line tool: they go to the log.
void routeQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtFatalMsg)
        std::abort();
    quittance::storage::Log::debug(QStringLiteral("qt: %1").arg(message.left(300)));
}
} // namespace

int main(int argc, char* argv[]) {
    if (!quittance::storage::hardenProcess()) {
        std::fputs("quittance-cli: could not initialise process protections\n", stderr);
        return 7;
    }
    // PDF rendering needs a QGuiApplication; the CLI never shows a window,
    // so it always uses the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(&routeQtMessages);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quittance"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quittance"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const bool verbose = arguments.contains(QStringLiteral("--verbose"));
    (void)quittance::storage::Log::init(QStringLiteral("quittance-cli"), verbose);
    const int code = quittance::cli::CliApp().run(arguments);
    quittance::storage::Log::shutdown();
    return code;
}
