#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace quittance::domain {

// A document number pattern such as "INV-{YYYY}-{SEQ:4}". Tokens (upper case,
// exactly as written): {YYYY} four-digit year, {YY} two-digit year, {MM}
// two-digit month, {DD} two-digit day, {SEQ} the sequence number, {SEQ:n} the
// sequence zero-padded to at least n digits (n = 1..9; a larger sequence
// simply gets more digits, it is never cut), {DEVICE} a per-device token the
// caller supplies (1..16 letters or digits) so devices that number offline
// never collide. Everything else is literal text of letters, digits and
// "-_./#". parse() guarantees exactly one {SEQ}, known tokens only, balanced
// braces, at most 64 characters, and that the reset period is visible in the
// number (yearly reset needs {YYYY} or {YY}; monthly also {MM}), so numbers
// stay unique across periods. The counter itself lives in storage, keyed by
// periodKey().
class NumberingPattern {
public:
    enum class Reset {
        Never,
        Yearly,
        Monthly,
    };

    static constexpr qsizetype kMaxPatternLength = 64;
    static constexpr qsizetype kMaxNumberLength = 64;
    static constexpr qsizetype kMaxDeviceLength = 16;

    static Result<NumberingPattern> parse(QStringView pattern, Reset reset = Reset::Never);

    // The number for `sequence` (>= 1) issued on `date` (needed when the
    // pattern has a date token) on `device` (needed when it has {DEVICE}).
    Result<QString> format(qint64 sequence, QDate date, QStringView device = {}) const;
    // The counter bucket for `date`: "" for Reset::Never, "2025" for Yearly,
    // "2025-03" for Monthly. `date` must be valid unless Reset::Never.
    QString periodKey(QDate date) const;

    const QString& pattern() const { return m_pattern; }
    Reset reset() const { return m_reset; }
    bool usesDevice() const;
    bool usesDate() const;

private:
    enum class Token {
        Literal,
        Year4,
        Year2,
        Month,
        Day,
        Sequence,
        Device,
    };
    struct Part {
        Token token = Token::Literal;
        QString literal;
        int width = 0;
    };

    NumberingPattern() = default;

    QString m_pattern;
    Reset m_reset = Reset::Never;
    QList<Part> m_parts;
};

} // namespace quittance::domain
