#pragma once

#include "CommandLine.h"
#include "ExitCode.h"
#include "services/VaultSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>
#include <QTextStream>

#include <QList>

namespace quittance::cli {

// What every command group shares for one run: the parsed command line, the
// output streams, the vault session and the one way to report an error
// (fail(): a sentence on stderr, or {"error": ...} with --json, and the exit
// code ExitCode.h documents). Owned by CliApp for the length of one run.
class CliContext {
public:
    CliContext(const CommandLine& line, QTextStream& out, QTextStream& err,
               services::VaultSession& session);

    const CommandLine& line() const { return m_line; }
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    services::VaultSession& session() { return m_session; }
    // The unlocked vault; only after unlock() succeeded.
    storage::Vault& vault();

    ExitCode fail(const domain::Error& error);
    ExitCode usage(const QString& message);
    // Asks for the passphrase (file, environment or terminal) and unlocks.
    ExitCode unlock();
    QString vaultDir() const;

    // Refuses (as a usage error) fewer than `minWords` or more than
    // `maxWords` command words, and any option that is neither global
    // (--vault, --passphrase-file, --json, --verbose, --help) nor listed.
    ExitCode checkArguments(qsizetype minWords, qsizetype maxWords,
                            const QList<QStringView>& options);
    // "Unknown <group> subcommand 'x'." or "'<group>' needs a subcommand: ...".
    ExitCode unknownSubcommand(const QString& group, const QString& subcommands);

    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);

private:
    const CommandLine& m_line;
    QTextStream& m_out;
    QTextStream& m_err;
    services::VaultSession& m_session;
    bool m_json = false;
};

} // namespace quittance::cli
