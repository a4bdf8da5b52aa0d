#include "Kdf.h"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>

namespace quittance::storage {

using domain::ErrorCode;

bool Kdf::meetsFloor(const KdfParams& params) {
    return params.opslimit >= kOpsFloor && params.memlimit >= kMemFloor;
}

bool Kdf::withinCeiling(const KdfParams& params) {
    return params.opslimit <= kOpsCeiling && params.memlimit <= kMemCeiling;
}

domain::Result<SecureBuffer> Kdf::derive(std::span<const unsigned char> passphrase,
                                         std::span<const unsigned char> salt,
                                         const KdfParams& params) {
    if (!meetsFloor(params))
        return domain::fail(ErrorCode::BelowKdfFloor,
                            QStringLiteral("Key derivation parameters are below the vault's floor "
                                           "(Argon2id, 3 passes, 64 MiB)."));
    if (!withinCeiling(params))
        return domain::fail(
            ErrorCode::Damaged,
            QStringLiteral("Key derivation parameters exceed the allowed maximum."));
    if (salt.size() != kSaltBytes)
        return domain::fail(ErrorCode::Damaged,
                            QStringLiteral("Key derivation salt has wrong size."));
    SecureBuffer key(kKeyBytes);
    // libsodium wants a non-null pointer even for an empty passphrase.
    static const unsigned char kEmpty = 0;
    const auto* pw = passphrase.empty() ? reinterpret_cast<const char*>(&kEmpty)
                                        : reinterpret_cast<const char*>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pw, passphrase.size(), salt.data(), params.opslimit,
                      static_cast<size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return domain::fail(ErrorCode::Internal,
                            QStringLiteral("Key derivation failed: not enough memory."));
    return key;
}

KdfParams Kdf::calibrate(const std::function<void(int)>& progress) {
    using Clock = std::chrono::steady_clock;
    const auto pages = sysconf(_SC_PHYS_PAGES);
    const auto pageSize = sysconf(_SC_PAGE_SIZE);
    quint64 memCap = kMemCeiling;
    if (pages > 0 && pageSize > 0)
        memCap = std::min<quint64>(memCap, static_cast<quint64>(pages) *
                                               static_cast<quint64>(pageSize) / 4);
    memCap = std::max(memCap, kMemFloor);

    static const unsigned char kProbe[] = "calibration";
    unsigned char salt[kSaltBytes];
    randombytes_buf(salt, sizeof salt);

    KdfParams params = floor();
    const auto measure = [&](const KdfParams& p) {
        const auto start = Clock::now();
        (void)derive(std::span<const unsigned char>(kProbe, sizeof kProbe - 1), salt, p);
        return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    };
    constexpr long long kLow = 500;
    constexpr long long kHigh = 1000;
    long long ms = measure(params);
    int step = 0;
    while (ms < kLow && step < 12) {
        ++step;
        if (progress)
            progress(std::min(95, step * 15));
        KdfParams next = params;
        if (params.memlimit * 2 <= memCap && ms * 2 <= kHigh) {
            next.memlimit *= 2;
        } else {
            // Memory is capped: add passes in proportion to the shortfall.
            const auto perPass =
                std::max<long long>(1, ms / static_cast<long long>(params.opslimit));
            const auto wanted = static_cast<quint64>((kLow + kHigh) / 2 / perPass);
            next.opslimit = std::clamp<quint64>(wanted, params.opslimit + 1, kOpsCeiling);
            if (next.opslimit == params.opslimit)
                break;
        }
        const long long nextMs = measure(next);
        if (nextMs > kHigh && ms >= kLow / 2)
            break; // overshoot: keep the previous, already respectable, setting
        params = next;
        ms = nextMs;
        if (params.opslimit >= kOpsCeiling)
            break;
    }
    if (progress)
        progress(100);
    return params;
}

} // namespace quittance::storage
