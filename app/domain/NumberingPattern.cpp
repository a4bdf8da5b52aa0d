#include "NumberingPattern.h"

#include <algorithm>

namespace quittance::domain {

namespace {

const QString kField = QStringLiteral("numberingPattern");

bool isLiteralChar(QChar c) {
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           QStringView(u"-_./#").contains(c);
}

bool isDeviceChar(QChar c) {
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value, 2, 10, QChar(u'0'));
}

} // namespace

Result<NumberingPattern> NumberingPattern::parse(QStringView pattern, Reset reset) {
    const auto invalid = [](const QString& message) {
        return fail(ErrorCode::InvalidInput, message, kField);
    };
    if (pattern.isEmpty())
        return invalid(QStringLiteral("A numbering pattern is required, e.g. INV-{YYYY}-{SEQ:4}."));
    if (pattern.size() > kMaxPatternLength)
        return invalid(QStringLiteral("The numbering pattern is longer than %1 characters.")
                           .arg(kMaxPatternLength));

    NumberingPattern result;
    result.m_pattern = pattern.toString();
    result.m_reset = reset;
    int sequences = 0;
    bool hasYear = false;
    bool hasMonth = false;

    qsizetype pos = 0;
    while (pos < pattern.size()) {
        const QChar c = pattern[pos];
        if (c == u'}')
            return invalid(QStringLiteral("The numbering pattern has a “}” without a matching "
                                          "“{”."));
        if (c != u'{') {
            if (!isLiteralChar(c))
                return invalid(QStringLiteral("The numbering pattern may contain only letters, "
                                              "digits, - _ . / # and {tokens}."));
            if (result.m_parts.isEmpty() || result.m_parts.last().token != Token::Literal)
                result.m_parts.append(Part{});
            result.m_parts.last().literal += c;
            ++pos;
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', pos + 1);
        const qsizetype nestedOpen = pattern.indexOf(u'{', pos + 1);
        if (close < 0 || (nestedOpen >= 0 && nestedOpen < close))
            return invalid(QStringLiteral("The numbering pattern has a “{” without a matching "
                                          "“}”."));
        const QStringView name = pattern.mid(pos + 1, close - pos - 1);
        Part part;
        if (name == u"YYYY") {
            part.token = Token::Year4;
            hasYear = true;
        } else if (name == u"YY") {
            part.token = Token::Year2;
            hasYear = true;
        } else if (name == u"MM") {
            part.token = Token::Month;
            hasMonth = true;
        } else if (name == u"DD") {
            part.token = Token::Day;
        } else if (name == u"DEVICE") {
            part.token = Token::Device;
        } else if (name == u"SEQ") {
            part.token = Token::Sequence;
            part.width = 1;
        } else if (name.startsWith(u"SEQ:")) {
            const QStringView width = name.mid(4);
            if (width.size() != 1 || width[0] < u'1' || width[0] > u'9')
                return invalid(QStringLiteral("In {SEQ:n}, n must be a single digit from 1 to "
                                              "9."));
            part.token = Token::Sequence;
            part.width = width[0].unicode() - u'0';
        } else {
            return invalid(QStringLiteral("Unknown token {%1}; use {YYYY}, {YY}, {MM}, {DD}, "
                                          "{SEQ:n} or {DEVICE}.")
                               .arg(name.left(16)));
        }
        if (part.token == Token::Sequence)
            ++sequences;
        result.m_parts.append(part);
        pos = close + 1;
    }

    if (sequences == 0)
        return invalid(QStringLiteral("The numbering pattern needs a {SEQ} or {SEQ:n} token."));
    if (sequences > 1)
        return invalid(QStringLiteral("The numbering pattern may contain only one {SEQ} token."));
    if (reset != Reset::Never && !hasYear)
        return invalid(QStringLiteral("A counter that restarts every year needs {YYYY} or {YY} in "
                                      "the pattern, or numbers would repeat."));
    if (reset == Reset::Monthly && !hasMonth)
        return invalid(QStringLiteral("A counter that restarts every month needs {MM} in the "
                                      "pattern, or numbers would repeat."));
    return result;
}

bool NumberingPattern::usesDevice() const {
    for (const Part& part : m_parts) {
        if (part.token == Token::Device)
            return true;
    }
    return false;
}

bool NumberingPattern::usesDate() const {
    for (const Part& part : m_parts) {
        if (part.token == Token::Year4 || part.token == Token::Year2 ||
            part.token == Token::Month || part.token == Token::Day)
            return true;
    }
    return false;
}

Result<QString> NumberingPattern::format(qint64 sequence, QDate date, QStringView device) const {
    if (sequence < 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The sequence number must be 1 or more."),
                    QStringLiteral("sequence"));
    if (usesDate() && !date.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A valid date is required."),
                    QStringLiteral("date"));
    if (date.isValid() && (date.year() < 1 || date.year() > 9999))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The year must be between 1 and 9999."),
                    QStringLiteral("date"));
    if (usesDevice()) {
        if (device.isEmpty() || device.size() > kMaxDeviceLength ||
            !std::all_of(device.begin(), device.end(), isDeviceChar))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The device token must be 1 to %1 letters or digits.")
                            .arg(kMaxDeviceLength),
                        QStringLiteral("device"));
    }

    QString out;
    for (const Part& part : m_parts) {
        switch (part.token) {
        case Token::Literal:
            out += part.literal;
            break;
        case Token::Year4:
            out += QStringLiteral("%1").arg(date.year(), 4, 10, QChar(u'0'));
            break;
        case Token::Year2:
            out += twoDigits(date.year() % 100);
            break;
        case Token::Month:
            out += twoDigits(date.month());
            break;
        case Token::Day:
            out += twoDigits(date.day());
            break;
        case Token::Sequence:
            out += QStringLiteral("%1").arg(sequence, part.width, 10, QChar(u'0'));
            break;
        case Token::Device:
            out += device;
            break;
        }
    }
    if (out.size() > kMaxNumberLength)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The document number would be longer than %1 characters.")
                        .arg(kMaxNumberLength),
                    QStringLiteral("sequence"));
    return out;
}

QString NumberingPattern::periodKey(QDate date) const {
    switch (m_reset) {
    case Reset::Never:
        return {};
    case Reset::Yearly:
        Q_ASSERT(date.isValid());
        return QStringLiteral("%1").arg(date.year(), 4, 10, QChar(u'0'));
    case Reset::Monthly:
        Q_ASSERT(date.isValid());
        return QStringLiteral("%1-%2")
            .arg(date.year(), 4, 10, QChar(u'0'))
            .arg(date.month(), 2, 10, QChar(u'0'));
    }
    return {};
}

} // namespace quittance::domain
