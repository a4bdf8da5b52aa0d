#include "RecoveryKey.h"

namespace quittance::storage {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int decodeChar(unsigned char c) {
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}
} // namespace

SecureBuffer RecoveryKey::format(std::span<const unsigned char> key) {
    Q_ASSERT(key.size() == kKeyBytes);
    SecureBuffer out(kChars + kChars / 4 - 1);
    std::size_t written = 0;
    std::size_t chars = 0;
    unsigned int buffer = 0;
    int bits = 0;
    const auto emit = [&](unsigned int value) {
        if (chars > 0 && chars % 4 == 0)
            out.data()[written++] = '-';
        out.data()[written++] = static_cast<unsigned char>(kAlphabet[value & 31u]);
        ++chars;
    };
    for (unsigned char byte : key) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            emit(buffer >> (bits - 5));
            bits -= 5;
        }
        buffer &= (1u << bits) - 1u;
    }
    if (bits > 0)
        emit(buffer << (5 - bits));
    out.truncate(written);
    return out;
}

domain::Result<SecureBuffer> RecoveryKey::parse(std::span<const unsigned char> text) {
    const auto invalid = [] {
        return domain::fail(domain::ErrorCode::WrongSecret,
                            QStringLiteral("That is not a recovery key: expected 52 letters and "
                                           "digits 2-7 in groups of four."),
                            QStringLiteral("recovery_key"));
    };
    if (text.size() > 200)
        return invalid();
    SecureBuffer key(kKeyBytes);
    std::size_t outBytes = 0;
    std::size_t chars = 0;
    unsigned int buffer = 0;
    int bits = 0;
    for (unsigned char c : text) {
        if (c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        const int value = decodeChar(c);
        if (value < 0 || ++chars > kChars)
            return invalid();
        buffer = (buffer << 5) | static_cast<unsigned int>(value);
        bits += 5;
        if (bits >= 8) {
            key.data()[outBytes++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
            buffer &= (1u << bits) - 1u;
        }
    }
    if (chars != kChars || outBytes != kKeyBytes || buffer != 0)
        return invalid();
    return key;
}

} // namespace quittance::storage
