#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `backup create|verify|restore|auto|config|status`: one-file backups of the
// vault (services::BackupService) and the automatic backup policy.
class BackupCommands {
public:
    explicit BackupCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode backup();

private:
    ExitCode create();
    ExitCode verifyOrRestore(bool restore);
    ExitCode automatic();
    ExitCode configure();
    ExitCode status();

    CliContext& m_cx;
};

} // namespace quittance::cli
