#pragma once

namespace quittance::storage {

// Called first thing in every executable: no core dumps (RLIMIT_CORE = 0),
// not dumpable or ptrace-attachable by other unprivileged processes
// (PR_SET_DUMPABLE = 0), a private umask (077) for every file created, and
// libsodium initialised. Returns false if any step failed.
bool hardenProcess();

} // namespace quittance::storage
