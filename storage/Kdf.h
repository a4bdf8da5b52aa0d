#pragma once

#include "SecureBuffer.h"
#include "domain/Error.h"

#include <QtGlobal>

#include <functional>
#include <span>

namespace quittance::storage {

struct KdfParams {
    quint64 opslimit = 0;
    quint64 memlimit = 0; // bytes
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) with the vault's floor
// and ceiling. Nothing, not even a test, derives below the floor: derive()
// refuses such parameters, and a header asking for them is refused at unlock.
class Kdf {
public:
    static constexpr quint64 kOpsFloor = 3;
    static constexpr quint64 kMemFloor = 64ull * 1024 * 1024;
    static constexpr quint64 kOpsCeiling = 64;
    static constexpr quint64 kMemCeiling = 1024ull * 1024 * 1024;
    static constexpr std::size_t kSaltBytes = 16;
    static constexpr std::size_t kKeyBytes = 32;

    static KdfParams floor() { return {kOpsFloor, kMemFloor}; }
    static bool meetsFloor(const KdfParams& params);
    static bool withinCeiling(const KdfParams& params);

    static domain::Result<SecureBuffer> derive(std::span<const unsigned char> passphrase,
                                               std::span<const unsigned char> salt,
                                               const KdfParams& params);

    // Raises memory (then passes) from the floor until one derivation takes
    // 0.5-1.0 s here, with memory capped at 1 GiB and a quarter of physical
    // RAM. progress (0-100) is called between trial derivations.
    static KdfParams calibrate(const std::function<void(int)>& progress = {});
};

} // namespace quittance::storage
