#include "ProcessHardening.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace quittance::storage {

bool hardenProcess() {
    bool ok = true;
    const rlimit noCore{0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
    umask(077);
    ok = sodium_init() >= 0 && ok;
    return ok;
}

} // namespace quittance::storage
