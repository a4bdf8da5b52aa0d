#include "FixedPoint.h"

#include "CheckedArithmetic.h"

namespace quittance::domain::fixedpoint {

namespace {

QString quoted(QStringView text) {
    // Echo short input only, so a pasted megabyte never lands in a message.
    if (text.size() > 24)
        return QStringLiteral("“%1…”").arg(text.left(24));
    return QStringLiteral("“%1”").arg(text);
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

} // namespace

Result<qint64> parse(QStringView text, int scaleDigits, const QString& field, const QString& what) {
    Q_ASSERT(scaleDigits >= 0 && scaleDigits <= 18);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A %1 is required.").arg(what), field);
    if (text.size() > kMaxTextLength)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The %1 is too long (more than %2 characters).")
                        .arg(what)
                        .arg(kMaxTextLength),
                    field);

    qsizetype pos = 0;
    const bool negative = text.front() == u'-';
    if (negative)
        ++pos;

    const auto malformed = [&]() {
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not a valid %2; write it like -1234.56.").arg(quoted(text), what),
            field);
    };

    Int128 integerPart = 0;
    qsizetype integerDigits = 0;
    for (; pos < text.size() && isAsciiDigit(text[pos]); ++pos, ++integerDigits) {
        integerPart = integerPart * 10 + (text[pos].unicode() - u'0');
        // Stop accumulating early: beyond this the value is out of range anyway
        // and the 128-bit accumulator must not overflow on 40 digits.
        if (integerPart > checked::kInt64Max)
            integerPart = checked::kInt64Max + 1;
    }
    if (integerDigits == 0)
        return malformed();

    Int128 fractionPart = 0;
    int fractionDigits = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        qsizetype start = pos;
        for (; pos < text.size() && isAsciiDigit(text[pos]); ++pos) {
            if (fractionDigits >= scaleDigits) {
                // Refused even when the extra digits are zeros: the input claims
                // a precision the type cannot hold, and we never round silently.
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 has more than %2 digits after the decimal point.")
                                .arg(quoted(text))
                                .arg(scaleDigits),
                            field);
            }
            fractionPart = fractionPart * 10 + (text[pos].unicode() - u'0');
            ++fractionDigits;
        }
        if (pos == start)
            return malformed();
    }
    if (pos != text.size())
        return malformed();

    const Int128 scaled = integerPart * checked::pow10(scaleDigits) +
                          fractionPart * checked::pow10(scaleDigits - fractionDigits);
    const auto value = checked::toInt64(negative ? -scaled : scaled);
    if (!value)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is too large to be represented as a %2.").arg(quoted(text), what),
            field);
    return *value;
}

QString format(qint64 scaled, int scaleDigits, int minFractionDigits) {
    Q_ASSERT(scaleDigits >= 0 && scaleDigits <= 18);
    Q_ASSERT(minFractionDigits >= 0 && minFractionDigits <= scaleDigits);
    // Work on the magnitude in 128 bits so qint64's minimum has a positive twin.
    Int128 magnitude = scaled;
    const bool negative = magnitude < 0;
    if (negative)
        magnitude = -magnitude;
    const Int128 unit = checked::pow10(scaleDigits);
    const auto integerPart = static_cast<quint64>(magnitude / unit);
    auto fraction = static_cast<quint64>(magnitude % unit);

    int digits = scaleDigits;
    while (digits > minFractionDigits && fraction % 10 == 0) {
        fraction /= 10;
        --digits;
    }

    QString out;
    if (negative && (integerPart != 0 || fraction != 0))
        out += u'-';
    out += QString::number(integerPart);
    if (digits > 0)
        out += u'.' + QStringLiteral("%1").arg(fraction, digits, 10, QChar(u'0'));
    return out;
}

} // namespace quittance::domain::fixedpoint
