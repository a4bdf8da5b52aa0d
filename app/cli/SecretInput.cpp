#include "SecretInput.h"

#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace quittance::cli {

using domain::ErrorCode;
using storage::SecureBuffer;

namespace {

// Drops one trailing "\n" or "\r\n".
void stripNewline(SecureBuffer& buffer, std::size_t& length) {
    if (length > 0 && buffer.data()[length - 1] == '\n')
        --length;
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
}

domain::Result<SecureBuffer> readFd(int fd, bool stopAtNewline, const QString& source) {
    SecureBuffer buffer(SecretInput::kMaxBytes + 1);
    std::size_t length = 0;
    while (length < buffer.size()) {
        unsigned char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (stopAtNewline && c == '\n')
            break;
        buffer.data()[length++] = c;
    }
    if (length > SecretInput::kMaxBytes)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The secret in %1 is longer than 1024 bytes.").arg(source));
    stripNewline(buffer, length);
    buffer.truncate(length);
    return buffer;
}

} // namespace

namespace {} // namespace

bool SecretInput::environmentHas(const char* name) {
    return std::getenv(name) != nullptr;
}

domain::Result<SecureBuffer> SecretInput::fromFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Cannot read the secret file: %1.")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))),
                            QStringLiteral("passphrase-file"));
    auto secret = readFd(fd, true, QStringLiteral("the file"));
    ::close(fd);
    return secret;
}

domain::Result<SecureBuffer> SecretInput::fromEnvironment(const char* name) {
    char* value = std::getenv(name);
    if (!value)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is not set.").arg(QString::fromLatin1(name)));
    const std::size_t length = std::strlen(value);
    if (length > kMaxBytes)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is longer than 1024 bytes.").arg(QString::fromLatin1(name)));
    SecureBuffer buffer = SecureBuffer::copyOf({reinterpret_cast<unsigned char*>(value), length});
    sodium_memzero(value, length);
    ::unsetenv(name);
    return buffer;
}

domain::Result<SecureBuffer> SecretInput::fromTerminal(const QString& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("No terminal to ask for the secret: use a file option or "
                           "the environment variable (see --help)."));
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(fd, text.constData(), static_cast<size_t>(text.size()));
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    auto secret = readFd(fd, true, QStringLiteral("the input"));
    if (isTty)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    return secret;
}

domain::Result<SecureBuffer> SecretInput::read(const QString& filePath, const char* envName,
                                               const QString& prompt, bool confirm) {
    if (!filePath.isEmpty())
        return fromFile(filePath);
    if (environmentHas(envName))
        return fromEnvironment(envName);
    auto first = fromTerminal(prompt);
    if (!first || !confirm)
        return first;
    auto second = fromTerminal(QStringLiteral("Repeat: "));
    if (!second)
        return second;
    if (!first->equals(second->bytes()))
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("The two entries differ."));
    return first;
}

} // namespace quittance::cli
