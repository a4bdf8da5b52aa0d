#pragma once

#include "domain/Error.h"

#include <QString>

namespace quittance::storage {

// The application log: rotating files (1 MiB x 5) under
// <AppDataLocation>/logs, mode 0600. Messages are fixed texts plus values
// the program chose (counts, codes, durations); anything a user typed goes
// through redact() first. Secrets and document contents are never logged.
// Until init() succeeds, log calls are dropped.
class Log {
public:
    static domain::Status init(const QString& fileStem, bool verbose = false);
    static QString directory();
    static QString filePath();

    // A short, non-reversible fingerprint of user data ("u:1a2b3c4d"): lets
    // a log correlate two lines without revealing the value.
    static QString redact(const QString& userValue);

    static void debug(const QString& message);
    static void info(const QString& message);
    static void warn(const QString& message);
    static void error(const QString& message);
    static void flush();
    static void shutdown();
};

} // namespace quittance::storage
