#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace quittance::domain {

// The text forms of the scalar types in Quittance's JSON, each with exactly one
// accepted spelling so that equal values always have equal text:
// - date: "YYYY-MM-DD", a real calendar date in years 0001..9999
//   ("2025-02-30", "2025-2-3" and "2025-02-03T00:00" are refused);
// - timestamp: UTC, "YYYY-MM-DDTHH:MM:SSZ" or with 1 to 3 fractional second
//   digits ("…:SS.250Z"); no offsets other than "Z", no leap seconds;
//   written with milliseconds only when they are not zero;
// - UUID: lower-case canonical 8-4-4-4-12 hex without braces, not the nil
//   UUID.
// Parse errors are InvalidInput naming `field`.
class JsonScalar {
public:
    static QString formatDate(QDate date);
    static Result<QDate> parseDate(QStringView text, const QString& field = {});

    static QString formatTimestamp(const QDateTime& timestamp);
    static Result<QDateTime> parseTimestamp(QStringView text, const QString& field = {});

    static QString formatUuid(const QUuid& uuid);
    static Result<QUuid> parseUuid(QStringView text, const QString& field = {});
};

} // namespace quittance::domain
