#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `vault init|info|passwd|recover` and `audit verify|list`: the vault's life
// cycle and its audit log.
class VaultCommands {
public:
    explicit VaultCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode vault();
    ExitCode audit();

private:
    domain::Result<services::VaultSession::KdfChoice> kdfChoice() const;

    CliContext& m_cx;
};

} // namespace quittance::cli
