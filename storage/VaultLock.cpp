#include "VaultLock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace quittance::storage {

domain::Result<VaultLock> VaultLock::acquire(const QString& vaultDir) {
    const QByteArray path =
        QFile::encodeName(QDir(vaultDir).filePath(QStringLiteral("vault.lock")));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return domain::fail(domain::ErrorCode::Io,
                            QStringLiteral("Could not open the vault's lock file: %1.")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return domain::fail(domain::ErrorCode::VaultInUse,
                                QStringLiteral("The vault is open in another Quittance process. "
                                               "Close it there first."));
        return domain::fail(domain::ErrorCode::Io,
                            QStringLiteral("Could not lock the vault: %1.")
                                .arg(QString::fromLocal8Bit(std::strerror(err))));
    }
    VaultLock lock;
    lock.m_fd = fd;
    return lock;
}

VaultLock::~VaultLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

VaultLock::VaultLock(VaultLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)) {}

VaultLock& VaultLock::operator=(VaultLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

} // namespace quittance::storage
