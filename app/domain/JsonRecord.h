#pragma once

#include "domain/JsonRecordMeta.h"

namespace quittance::domain {

// A decoded record: the entity and the sync metadata that came with it.
template <typename T>
struct JsonRecord {
    T value;
    JsonRecordMeta meta;

    friend bool operator==(const JsonRecord&, const JsonRecord&) = default;
};

} // namespace quittance::domain
