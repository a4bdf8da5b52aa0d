#include "CliApp.h"
#include "storage/Log.h"
#include "storage/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    if (!quittance::storage::hardenProcess()) {
        std::fputs("quittance-cli: could not initialise process protections\n", stderr);
        return 7;
    }
    QCoreApplication app(argc, argv);
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
