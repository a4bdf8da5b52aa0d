#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `profile show|set` (the seller's business profile) and
// `numbering show|set|device` (document number patterns and this device's
// token), over services::ProfileService.
class ProfileCommands {
public:
    explicit ProfileCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode profile();
    ExitCode numbering();

private:
    ExitCode showProfile();
    ExitCode setProfile();
    ExitCode setLogo();
    ExitCode showNumbering();
    ExitCode setNumbering();
    ExitCode setDevice();

    CliContext& m_cx;
};

} // namespace quittance::cli
