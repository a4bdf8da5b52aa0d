#pragma once

#include <QString>

#include <expected>

namespace quittance::domain {

// What went wrong, as a category every front end maps to one exit code or
// dialog. Codes are stable: the CLI's documented exit codes derive from them.
enum class ErrorCode {
    InvalidInput,  // malformed, out of range, or otherwise refused input
    NotFound,      // no such record or file
    Conflict,      // the request collides with existing state (duplicate, in use)
    Immutable,     // an issued document or another frozen record was to be changed
    WrongSecret,   // the passphrase or recovery key does not open the vault
    Tampered,      // an authenticated structure failed its check
    Damaged,       // a file is corrupt or unreadable as what it should be
    RolledBack,    // the database is older than its authenticated anchor
    BelowKdfFloor, // the header asks for weaker key derivation than allowed
    Incompatible,  // newer schema or format than this program, or too old a library
    VaultInUse,    // another process holds the vault
    Io,            // the operating system refused a read or write
    Internal,      // a bug or an unexpected library failure
};

// A user-facing error: `message` is a complete sentence safe to show (no
// secrets, no SQL); `field` names the offending input field when one is at fault.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {}) {
    return std::unexpected<Error>(Error{code, std::move(message), std::move(field)});
}

// Short machine-readable name of a code, used in --json output and logs.
QString errorCodeName(ErrorCode code);

} // namespace quittance::domain
