#pragma once

#include "CommandLine.h"
#include "ExitCode.h"
#include "services/VaultSession.h"

#include <QTextStream>

namespace quittance::cli {

class CliContext;

// quittance-cli: parses the command line and hands each command group to its
// class (VaultCommands, ProfileCommands, CatalogCommands, DocumentCommands,
// ReportCommands, ExportCommands), which ask for secrets, call the services
// and turn each Error into a message on stderr and a documented exit code.
// Never prints a secret except the recovery key at `vault init`.
class CliApp {
public:
    CliApp();
    int run(const QStringList& arguments);

private:
    ExitCode dispatch(CliContext& context);
    void printHelp();

    QTextStream m_out;
    QTextStream m_err;
    services::VaultSession m_session;
};

} // namespace quittance::cli
