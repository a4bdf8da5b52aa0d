#pragma once

#include "CliContext.h"

namespace quittance::cli {

// Data portability and erasure: `export csv`, `audit export`,
// `client|product import FILE.csv [--yes]`, `client anonymise ID` and
// `vault erase --yes`, over services::PortabilityService and VaultSession.
class PortabilityCommands {
public:
    explicit PortabilityCommands(CliContext& context)
        : m_cx(context) {}

    // Whether this class handles the command line's first two words.
    static bool handles(const QStringList& words);
    ExitCode run();

private:
    ExitCode exportCsv();
    ExitCode auditExport();
    ExitCode import(bool clients);
    ExitCode anonymise();
    ExitCode erase();

    CliContext& m_cx;
};

} // namespace quittance::cli
