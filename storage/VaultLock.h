#pragma once

#include "domain/Error.h"

#include <QString>

namespace quittance::storage {

// An exclusive advisory lock (flock) on "<vault>/vault.lock", held for the
// lifetime of the object. The kernel drops it when the process dies, so a
// crash never leaves a stale lock behind.
class VaultLock {
public:
    static domain::Result<VaultLock> acquire(const QString& vaultDir);
    VaultLock() = default;
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;
    VaultLock(VaultLock&& other) noexcept;
    VaultLock& operator=(VaultLock&& other) noexcept;
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace quittance::storage
