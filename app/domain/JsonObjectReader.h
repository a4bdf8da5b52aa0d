#pragma once

#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/Error.h"
#include "domain/JsonRecordMeta.h"
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <initializer_list>
#include <optional>

namespace quittance::domain {

// Reads the members of one JSON object for the codecs, strictly and with
// paths: every getter checks the JSON type, converts through the domain's own
// parsers (Decimal, Money, Currency, the enum codes) and, on failure, records
// an InvalidInput error whose field is the member's JSON path. The first error
// sticks: later getters do nothing and return nullopt, so a decoder can read
// all its fields in order and check status() once. Absent members and JSON
// null are the same: nullopt for an Optional member, an error for a Required
// one. Every string is capped at kMaxStringLength UTF-16 units (the longest
// text any entity allows); tighter limits are the entity validators' job.
class JsonObjectReader {
public:
    enum class Presence {
        Required,
        Optional,
    };
    static constexpr qsizetype kMaxStringLength = 10000;

    JsonObjectReader(QJsonObject object, QString path);

    const QString& path() const { return m_path; }
    QString fieldPath(QStringView key) const;

    bool ok() const { return !m_error.has_value(); }
    Status status() const;
    // Records `error` unless an earlier one is recorded.
    void fail(const Error& error);
    void fail(const QString& message, const QString& field);
    // Records the error of `result`, if any, and returns its value.
    template <typename T>
    std::optional<T> take(Result<T> result) {
        if (!result) {
            fail(result.error());
            return std::nullopt;
        }
        return std::move(*result);
    }

    // Refuses the first member (in key order) whose key is not listed.
    void allowOnly(std::initializer_list<QStringView> keys);
    // Present and not null.
    bool has(QStringView key) const;

    std::optional<QString> string(QStringView key, Presence presence);
    std::optional<QStringList> stringList(QStringView key, qsizetype maxItems, Presence presence);
    std::optional<bool> boolean(QStringView key, Presence presence);
    // A JSON number holding a whole number in [min, max], both within ±(2^53 - 1).
    std::optional<qint64> integer(QStringView key, qint64 min, qint64 max, Presence presence);
    // A decimal string (Decimal grammar); a JSON number is refused.
    std::optional<Decimal> decimal(QStringView key, Presence presence);
    // A decimal string with at most the currency's digits; a JSON number is refused.
    std::optional<Money> money(QStringView key, const Currency& currency, Presence presence);
    // An upper-case ISO 4217 code known to Currency.
    std::optional<Currency> currency(QStringView key, Presence presence);
    std::optional<QDate> date(QStringView key, Presence presence);
    std::optional<QDateTime> timestamp(QStringView key, Presence presence);
    std::optional<QUuid> uuid(QStringView key, Presence presence);
    std::optional<QJsonObject> object(QStringView key, Presence presence);
    std::optional<QJsonArray> array(QStringView key, qsizetype maxItems, Presence presence);
    // A code string converted by one of the domain's parse functions.
    template <typename T>
    std::optional<T> code(QStringView key, Presence presence,
                          Result<T> (*parse)(QStringView, const QString&)) {
        const std::optional<QString> text = string(key, presence);
        if (!text)
            return std::nullopt;
        return take(parse(*text, fieldPath(key)));
    }
    // The optional sync metadata members `version` and `updatedAt`.
    JsonRecordMeta meta();

    // The JSON type of `value` as a noun for messages ("a JSON number").
    static QString typeName(const QJsonValue& value);

private:
    // The member when present and of `type`; records an error (or nothing,
    // for an absent optional member) and returns nullopt otherwise.
    std::optional<QJsonValue> member(QStringView key, Presence presence, QJsonValue::Type type,
                                     const QString& expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace quittance::domain
