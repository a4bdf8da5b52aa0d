#pragma once

#include "domain/Error.h"

namespace quittance::cli {

// The CLI's documented exit codes (README, "Exit codes").
enum class ExitCode : int {
    Success = 0,
    Usage = 1,        // bad arguments or invalid input
    WrongSecret = 2,  // wrong passphrase or recovery key
    Damaged = 3,      // damaged or tampered vault, rolled back, header below the KDF floor
    InUse = 4,        // vault open in another process
    Incompatible = 5, // vault newer than this program, or SQLCipher too old
    Refused = 6,      // not found, conflict, or a change to an immutable record
    Failure = 7,      // I/O error or internal failure
};

inline ExitCode exitCodeFor(domain::ErrorCode code) {
    using domain::ErrorCode;
    switch (code) {
    case ErrorCode::InvalidInput:
        return ExitCode::Usage;
    case ErrorCode::WrongSecret:
        return ExitCode::WrongSecret;
    case ErrorCode::Tampered:
    case ErrorCode::Damaged:
    case ErrorCode::RolledBack:
    case ErrorCode::BelowKdfFloor:
        return ExitCode::Damaged;
    case ErrorCode::VaultInUse:
        return ExitCode::InUse;
    case ErrorCode::Incompatible:
        return ExitCode::Incompatible;
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Immutable:
        return ExitCode::Refused;
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace quittance::cli
