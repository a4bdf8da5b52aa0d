#include "AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace quittance::storage {

using domain::ErrorCode;

namespace {

domain::Error ioError(const QString& what, int err) {
    return {
        ErrorCode::Io,
        QStringLiteral("Could not %1: %2.").arg(what, QString::fromLocal8Bit(std::strerror(err))),
        {}};
}

domain::Status fsyncDirectory(const QString& path) {
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioError(QStringLiteral("open the vault directory"), errno));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioError(QStringLiteral("sync the vault directory"), err));
    return {};
}

domain::Status writeAndRename(const QString& path, const QByteArray& content) {
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd =
        ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return std::unexpected(ioError(
            QStringLiteral("create %1").arg(QFileInfo(path).fileName() + QStringLiteral(".tmp")),
            errno));
    const char* data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            ::unlink(temp.constData());
            return std::unexpected(
                ioError(QStringLiteral("write %1").arg(QFileInfo(path).fileName()), err));
        }
        data += n;
        left -= n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.constData());
        return std::unexpected(
            ioError(QStringLiteral("sync %1").arg(QFileInfo(path).fileName()), err));
    }
    ::close(fd);
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        return std::unexpected(
            ioError(QStringLiteral("replace %1").arg(QFileInfo(path).fileName()), err));
    }
    return fsyncDirectory(path);
}

} // namespace

domain::Status AtomicFile::write(const QString& path, const QByteArray& content, bool keepBackup) {
    if (keepBackup && QFileInfo::exists(path)) {
        auto previous = read(path, 16 * 1024 * 1024);
        if (!previous)
            return std::unexpected(previous.error());
        if (auto saved = writeAndRename(path + QStringLiteral(".bak"), *previous); !saved)
            return saved;
    }
    return writeAndRename(path, content);
}

domain::Result<QByteArray> AtomicFile::read(const QString& path, qsizetype maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return domain::fail(
                ErrorCode::NotFound,
                QStringLiteral("%1 does not exist.").arg(QFileInfo(path).fileName()));
        return domain::fail(ErrorCode::Io,
                            QStringLiteral("Could not read %1: %2.")
                                .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    if (file.size() > maxBytes)
        return domain::fail(
            ErrorCode::Damaged,
            QStringLiteral("%1 is larger than allowed.").arg(QFileInfo(path).fileName()));
    return file.read(maxBytes + 1).left(maxBytes);
}

} // namespace quittance::storage
