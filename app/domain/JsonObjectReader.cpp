#include "JsonObjectReader.h"

#include "JsonPath.h"
#include "JsonScalar.h"

#include <cmath>

namespace quittance::domain {

namespace {

QString quotedPath(const QString& field) {
    return QStringLiteral("“%1”").arg(field);
}

} // namespace

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

QString JsonObjectReader::fieldPath(QStringView key) const {
    return JsonPath::member(m_path, key);
}

Status JsonObjectReader::status() const {
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void JsonObjectReader::fail(const Error& error) {
    if (!m_error)
        m_error = error;
}

void JsonObjectReader::fail(const QString& message, const QString& field) {
    fail(Error{ErrorCode::InvalidInput, message, field});
}

void JsonObjectReader::allowOnly(std::initializer_list<QStringView> keys) {
    if (!ok())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const QStringView allowed : keys)
            known = known || key == allowed;
        if (!known) {
            const QString field = fieldPath(key);
            fail(QStringLiteral("%1 is not a known field.").arg(quotedPath(field)), field);
            return;
        }
    }
}

bool JsonObjectReader::has(QStringView key) const {
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonObjectReader::typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a JSON number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonValue> JsonObjectReader::member(QStringView key, Presence presence,
                                                   QJsonValue::Type type, const QString& expected) {
    if (!ok())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            fail(QStringLiteral("%1 is required.").arg(quotedPath(fieldPath(key))), fieldPath(key));
        return std::nullopt;
    }
    if (value.type() != type) {
        fail(QStringLiteral("%1 must be %2, not %3.")
                 .arg(quotedPath(fieldPath(key)), expected, typeName(value)),
             fieldPath(key));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> JsonObjectReader::string(QStringView key, Presence presence) {
    const auto value = member(key, presence, QJsonValue::String, QStringLiteral("a string"));
    if (!value)
        return std::nullopt;
    QString text = value->toString();
    if (text.size() > kMaxStringLength) {
        fail(QStringLiteral("%1 is longer than %2 characters.")
                 .arg(quotedPath(fieldPath(key)))
                 .arg(kMaxStringLength),
             fieldPath(key));
        return std::nullopt;
    }
    return text;
}

std::optional<QStringList> JsonObjectReader::stringList(QStringView key, qsizetype maxItems,
                                                        Presence presence) {
    const auto items = array(key, maxItems, presence);
    if (!items)
        return std::nullopt;
    QStringList out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const QString field = JsonPath::element(fieldPath(key), i);
        if (!item.isString()) {
            fail(QStringLiteral("%1 must be a string, not %2.")
                     .arg(quotedPath(field), typeName(item)),
                 field);
            return std::nullopt;
        }
        if (item.toString().size() > kMaxStringLength) {
            fail(QStringLiteral("%1 is longer than %2 characters.")
                     .arg(quotedPath(field))
                     .arg(kMaxStringLength),
                 field);
            return std::nullopt;
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<bool> JsonObjectReader::boolean(QStringView key, Presence presence) {
    const auto value = member(key, presence, QJsonValue::Bool, QStringLiteral("true or false"));
    if (!value)
        return std::nullopt;
    return value->toBool();
}

std::optional<qint64> JsonObjectReader::integer(QStringView key, qint64 min, qint64 max,
                                                Presence presence) {
    // Beyond 2^53 doubles skip integers and the range check below would lie.
    Q_ASSERT(min >= -JsonRecordMeta::kMaxVersion && max <= JsonRecordMeta::kMaxVersion);
    const QString expected = QStringLiteral("a whole JSON number");
    const auto value = member(key, presence, QJsonValue::Double, expected);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    // Compare as doubles first: converting an out-of-range double is undefined.
    if (!std::isfinite(number) || std::trunc(number) != number ||
        number < static_cast<double>(min) || number > static_cast<double>(max)) {
        fail(QStringLiteral("%1 must be a whole number from %2 to %3.")
                 .arg(quotedPath(fieldPath(key)))
                 .arg(min)
                 .arg(max),
             fieldPath(key));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<Decimal> JsonObjectReader::decimal(QStringView key, Presence presence) {
    if (!ok())
        return std::nullopt;
    if (m_object.value(key).isDouble()) {
        fail(QStringLiteral("%1 must be a decimal number written as a string, such as "
                            "\"12.5\"; JSON numbers are not accepted for exact values.")
                 .arg(quotedPath(fieldPath(key))),
             fieldPath(key));
        return std::nullopt;
    }
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    return take(Decimal::parse(*text, fieldPath(key)));
}

std::optional<Money> JsonObjectReader::money(QStringView key, const Currency& currency,
                                             Presence presence) {
    if (!ok())
        return std::nullopt;
    if (m_object.value(key).isDouble()) {
        fail(QStringLiteral("%1 must be an amount written as a string, such as \"12.50\"; "
                            "JSON numbers are not accepted for money.")
                 .arg(quotedPath(fieldPath(key))),
             fieldPath(key));
        return std::nullopt;
    }
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    return take(Money::parse(*text, currency, fieldPath(key)));
}

std::optional<Currency> JsonObjectReader::currency(QStringView key, Presence presence) {
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    auto parsed = take(Currency::fromCode(*text, fieldPath(key)));
    if (parsed && parsed->code() != *text) {
        fail(QStringLiteral("Write the currency code in upper case (“%1”).").arg(parsed->code()),
             fieldPath(key));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDate> JsonObjectReader::date(QStringView key, Presence presence) {
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    return take(JsonScalar::parseDate(*text, fieldPath(key)));
}

std::optional<QDateTime> JsonObjectReader::timestamp(QStringView key, Presence presence) {
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    return take(JsonScalar::parseTimestamp(*text, fieldPath(key)));
}

std::optional<QUuid> JsonObjectReader::uuid(QStringView key, Presence presence) {
    const std::optional<QString> text = string(key, presence);
    if (!text)
        return std::nullopt;
    return take(JsonScalar::parseUuid(*text, fieldPath(key)));
}

std::optional<QJsonObject> JsonObjectReader::object(QStringView key, Presence presence) {
    const auto value = member(key, presence, QJsonValue::Object, QStringLiteral("an object"));
    if (!value)
        return std::nullopt;
    return value->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(QStringView key, qsizetype maxItems,
                                                  Presence presence) {
    const auto value = member(key, presence, QJsonValue::Array, QStringLiteral("an array"));
    if (!value)
        return std::nullopt;
    QJsonArray items = value->toArray();
    if (items.size() > maxItems) {
        fail(QStringLiteral("%1 has more than %2 entries.")
                 .arg(quotedPath(fieldPath(key)))
                 .arg(maxItems),
             fieldPath(key));
        return std::nullopt;
    }
    return items;
}

JsonRecordMeta JsonObjectReader::meta() {
    JsonRecordMeta meta;
    meta.version = integer(u"version", 1, JsonRecordMeta::kMaxVersion, Presence::Optional);
    meta.updatedAt = timestamp(u"updatedAt", Presence::Optional);
    return meta;
}

} // namespace quittance::domain
