#include "JsonObjectWriter.h"

#include "JsonScalar.h"

namespace quittance::domain {

void JsonObjectWriter::text(QJsonObject& object, QStringView key, const QString& value) {
    if (!value.isEmpty())
        object.insert(key, value);
}

void JsonObjectWriter::date(QJsonObject& object, QStringView key, QDate value) {
    if (value.isValid())
        object.insert(key, JsonScalar::formatDate(value));
}

void JsonObjectWriter::uuid(QJsonObject& object, QStringView key, const QUuid& value) {
    if (!value.isNull())
        object.insert(key, JsonScalar::formatUuid(value));
}

void JsonObjectWriter::meta(QJsonObject& object, const JsonRecordMeta& meta) {
    if (meta.version)
        object.insert(u"version", QJsonValue(*meta.version));
    if (meta.updatedAt && meta.updatedAt->isValid())
        object.insert(u"updatedAt", JsonScalar::formatTimestamp(*meta.updatedAt));
}

} // namespace quittance::domain
