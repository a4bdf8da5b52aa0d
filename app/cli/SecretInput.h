#pragma once

#include "domain/Error.h"
#include "storage/SecureBuffer.h"

#include <QString>

namespace quittance::cli {

// Reads a secret into locked memory, in this order of preference: a file
// given on the command line (first line), an environment variable (weaker:
// other processes of the same user may read it; it is wiped from the
// environment once read), or the terminal without echo. Never from argv.
class SecretInput {
public:
    static constexpr std::size_t kMaxBytes = 1024;

    static domain::Result<storage::SecureBuffer> read(const QString& filePath, const char* envName,
                                                      const QString& prompt, bool confirm);
    static domain::Result<storage::SecureBuffer> fromFile(const QString& path);
    static domain::Result<storage::SecureBuffer> fromEnvironment(const char* name);
    static domain::Result<storage::SecureBuffer> fromTerminal(const QString& prompt);
    static bool environmentHas(const char* name);
};

} // namespace quittance::cli
