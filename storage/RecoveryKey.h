#pragma once

#include "SecureBuffer.h"
#include "domain/Error.h"

#include <span>

namespace quittance::storage {

// The recovery key's text form: the 32 key bytes as RFC 4648 Base32 without
// padding (52 characters), in groups of four joined by '-'. Parsing accepts
// lower case, spaces and missing dashes, and rejects anything else, including
// non-zero trailing bits, so every valid text maps to exactly one key.
class RecoveryKey {
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kChars = 52;

    // Text in locked memory: 52 characters plus 12 dashes.
    static SecureBuffer format(std::span<const unsigned char> key);
    static domain::Result<SecureBuffer> parse(std::span<const unsigned char> text);
};

} // namespace quittance::storage
