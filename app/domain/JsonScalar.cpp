#include "JsonScalar.h"

#include <QTime>

namespace quittance::domain {

namespace {

QString quoted(QStringView text) {
    if (text.size() > 40)
        return QStringLiteral("“%1…”").arg(text.left(40));
    return QStringLiteral("“%1”").arg(text);
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// The value of text[from, from + count) when all are ASCII digits, else -1.
int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

// "YYYY-MM-DD" at the start of `text` (which has at least 10 characters).
QDate dateAt(QStringView text) {
    if (text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for impossible dates
}

QString pad(int value, int width) {
    return QStringLiteral("%1").arg(value, width, 10, QChar(u'0'));
}

} // namespace

QString JsonScalar::formatDate(QDate date) {
    return pad(date.year(), 4) + u'-' + pad(date.month(), 2) + u'-' + pad(date.day(), 2);
}

Result<QDate> JsonScalar::parseDate(QStringView text, const QString& field) {
    QDate date;
    if (text.size() == 10)
        date = dateAt(text);
    if (!date.isValid())
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not a calendar date written as YYYY-MM-DD.").arg(quoted(text)),
            field);
    return date;
}

QString JsonScalar::formatTimestamp(const QDateTime& timestamp) {
    const QDateTime utc = timestamp.toUTC();
    const QTime time = utc.time();
    QString out = formatDate(utc.date()) + u'T' + pad(time.hour(), 2) + u':' +
                  pad(time.minute(), 2) + u':' + pad(time.second(), 2);
    if (time.msec() != 0)
        out += u'.' + pad(time.msec(), 3);
    return out + u'Z';
}

Result<QDateTime> JsonScalar::parseTimestamp(QStringView text, const QString& field) {
    const auto malformed = [&]() {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not a UTC timestamp written as "
                                   "YYYY-MM-DDTHH:MM:SSZ (optionally with milliseconds).")
                        .arg(quoted(text)),
                    field);
    };
    // 20 characters without fraction, 22..24 with 1..3 fractional digits.
    if (text.size() != 20 && (text.size() < 22 || text.size() > 24))
        return malformed();
    if (text[10] != u'T' || text[13] != u':' || text[16] != u':' || text.back() != u'Z')
        return malformed();
    const QDate date = dateAt(text);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    int msec = 0;
    if (text.size() > 20) {
        if (text[19] != u'.')
            return malformed();
        const qsizetype fractionDigits = text.size() - 21;
        msec = digits(text, 20, fractionDigits);
        if (msec < 0)
            return malformed();
        for (qsizetype i = fractionDigits; i < 3; ++i)
            msec *= 10;
    }
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0 ||
        !QTime::isValid(hour, minute, second, msec))
        return malformed();
    return QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC);
}

QString JsonScalar::formatUuid(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

Result<QUuid> JsonScalar::parseUuid(QStringView text, const QString& field) {
    bool wellFormed = text.size() == 36;
    for (qsizetype i = 0; wellFormed && i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23)
            wellFormed = c == u'-';
        else
            wellFormed = isDigit(c) || (c >= u'a' && c <= u'f');
    }
    if (!wellFormed)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is not a UUID in lower-case canonical form, like "
                                   "“123e4567-e89b-42d3-a456-426614174000”.")
                        .arg(quoted(text)),
                    field);
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The nil UUID is not an identifier."),
                    field);
    return uuid;
}

} // namespace quittance::domain
