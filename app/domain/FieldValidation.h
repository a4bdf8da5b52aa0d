#pragma once

#include "domain/Error.h"

#include <QString>

namespace quittance::domain {

// Internal checks shared by the entity validators so every entity words the
// same problem the same way. Field paths are the camelCase member names,
// nested with '.' and indexed with [n] ("lines[2].quantity"), matching the
// JSON keys the CLI uses.
namespace fieldvalidation {

QString join(const QString& prefix, const QString& field);

Status required(const QString& value, const QString& field, const QString& label);
Status maxLength(const QString& value, qsizetype limit, const QString& field, const QString& label);
// Empty is fine (optional); otherwise local@domain.tld with no spaces.
Status email(const QString& value, const QString& field);
// Empty is fine; otherwise digits, spaces and + - / ( ) . only, with 3..20 digits.
Status phone(const QString& value, const QString& field);
Status paymentTermsDays(int days, const QString& field);

inline constexpr qsizetype kMaxNameLength = 200;
inline constexpr qsizetype kMaxLineLength = 200;
inline constexpr qsizetype kMaxDescriptionLength = 2000;
inline constexpr qsizetype kMaxNotesLength = 10000;
inline constexpr int kMaxPaymentTermsDays = 365;

} // namespace fieldvalidation
} // namespace quittance::domain
