#pragma once

#include "CommandLine.h"
#include "ExitCode.h"
#include "services/VaultSession.h"

#include <QTextStream>

namespace quittance::cli {

// quittance-cli: parses the command line, asks for secrets, calls the
// services and turns each Error into a message on stderr and a documented
// exit code. Never prints a secret except the recovery key at `vault init`.
class CliApp {
public:
    CliApp();
    int run(const QStringList& arguments);

private:
    ExitCode dispatch(const CommandLine& line);
    ExitCode vaultCommand(const CommandLine& line);
    ExitCode auditCommand(const CommandLine& line);
    ExitCode unlockVault(const CommandLine& line);
    ExitCode fail(const domain::Error& error);
    ExitCode usage(const QString& message);
    void printHelp();
    QString vaultDir(const CommandLine& line) const;
    domain::Result<services::VaultSession::KdfChoice> kdfChoice(const CommandLine& line);
    void printJson(const QJsonObject& object);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    services::VaultSession m_session;
};

} // namespace quittance::cli
