#pragma once

#include "domain/JsonRecordMeta.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace quittance::domain {

// The encoders' counterpart of JsonObjectReader: writes the optional members
// of Quittance's JSON the one way the format defines, omitting a member that
// has no value (empty text, invalid date, null UUID, empty metadata) rather
// than writing an empty string or null, so equal values encode identically.
class JsonObjectWriter {
public:
    static void text(QJsonObject& object, QStringView key, const QString& value);
    static void date(QJsonObject& object, QStringView key, QDate value);
    static void uuid(QJsonObject& object, QStringView key, const QUuid& value);
    // `version` and `updatedAt`, each only when set.
    static void meta(QJsonObject& object, const JsonRecordMeta& meta);
};

} // namespace quittance::domain
