#include "Error.h"

namespace quittance::domain {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Immutable:
        return QStringLiteral("immutable");
    case ErrorCode::WrongSecret:
        return QStringLiteral("wrong_secret");
    case ErrorCode::Tampered:
        return QStringLiteral("tampered");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::RolledBack:
        return QStringLiteral("rolled_back");
    case ErrorCode::BelowKdfFloor:
        return QStringLiteral("below_kdf_floor");
    case ErrorCode::Incompatible:
        return QStringLiteral("incompatible");
    case ErrorCode::VaultInUse:
        return QStringLiteral("vault_in_use");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace quittance::domain
