#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `sync login --server URL [--api-key-file FILE] [--store-in-vault]
//  [--insecure-loopback] [--pin BASE64] [--ca-file PEM] [--no-test]`,
// `sync run [--json]`, `sync status [--json]`, `sync logout`.
// The API key is read from --api-key-file, QUITTANCE_API_KEY or the
// terminal without echo, never from argv; it is stored in the OS keychain,
// or inside the vault with --store-in-vault.
class SyncCommands {
public:
    explicit SyncCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode sync();

private:
    ExitCode login();
    ExitCode run();
    ExitCode status();
    ExitCode logout();

    CliContext& m_cx;
};

} // namespace quittance::cli
