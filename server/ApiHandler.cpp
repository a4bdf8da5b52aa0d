#include "ApiHandler.h"

#include "ApiKey.h"
#include "WriteScope.h"
#include "domain/DocumentLifecycle.h"
#include "domain/DocumentStatus.h"
#include "domain/DocumentType.h"
#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"
#include "domain/JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace quittance::server {

using domain::Document;
using domain::DocumentStatus;

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr qint64 kIdempotencyRetentionSecs = 48 * 3600;
constexpr qint64 kTouchIntervalMs = 60 * 1000;

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray etagFor(qint64 version) {
    return '"' + QByteArray::number(version) + '"';
}

bool isValidRequestId(QByteArrayView id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const char c : id) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-'))
            return false;
    }
    return true;
}

bool isSafeSegment(QByteArrayView segment) {
    if (segment.isEmpty() || segment.size() > 64)
        return false;
    for (const char c : segment) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-'))
            return false;
    }
    return true;
}

// "application/json", optionally with "; charset=utf-8".
bool isJsonMediaType(const QByteArray& value) {
    const QList<QByteArray> parts = value.split(';');
    if (parts.isEmpty() || parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts[i].trimmed().toLower();
        if (param != "charset=utf-8" && param != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

std::optional<qint64> parseIfMatch(const QByteArray& value) {
    const QByteArray v = value.trimmed();
    if (v.size() < 3 || v.front() != '"' || v.back() != '"')
        return std::nullopt;
    const QByteArray digits = v.mid(1, v.size() - 2);
    if (digits.size() > 16)
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok || n < 1)
        return std::nullopt;
    return n;
}

QString encodeCursor(qint64 seq) {
    return QString::fromLatin1(
        ("c1:" + QByteArray::number(seq))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString& cursor) {
    if (cursor.size() > 32)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("c1:"))
        return std::nullopt;
    const QByteArray digits = decoded.decoded.mid(3);
    if (digits.isEmpty() || digits.size() > 16)
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return digits.toLongLong();
}

QJsonObject recordJson(const ServerStore::Record& record) {
    QJsonObject object = QJsonDocument::fromJson(record.body).object();
    object.insert(QStringLiteral("version"), record.version);
    object.insert(QStringLiteral("updatedAt"), record.updatedAt);
    return object;
}

HttpResponse json(int status, const QJsonObject& body) {
    HttpResponse response;
    response.status = status;
    response.body = compact(body);
    return response;
}

void addRateHeaders(HttpResponse& response, const RateLimiter::Decision& decision) {
    response.setHeader("RateLimit-Limit", QByteArray::number(decision.limit));
    response.setHeader("RateLimit-Remaining", QByteArray::number(decision.remaining));
    response.setHeader("RateLimit-Reset", QByteArray::number(decision.resetSeconds));
    if (!decision.allowed)
        response.setHeader("Retry-After", QByteArray::number(decision.resetSeconds));
}

void addCommonHeaders(HttpResponse& response, const QString& requestId) {
    response.setHeader("X-Request-Id", requestId.toLatin1());
    response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("Cache-Control", "no-store");
    if (!response.body.isEmpty())
        response.setHeader("Content-Type", "application/json");
}

bool isCollection(QByteArrayView name) {
    return name == "invoices" || name == "clients";
}

QString requestIdFor(QByteArrayView sentId) {
    return isValidRequestId(sentId) ? QString::fromLatin1(sentId)
                                    : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ApiHandler::ApiHandler(ServerStore& store, Options options)
    : m_store(store)
    , m_limiter(options.rateBudget, options.rateWindowSeconds) {}

void ApiHandler::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    m_limiter.setClock([this] { return m_clock().toMSecsSinceEpoch(); });
}

QString ApiHandler::takeInternalError() {
    return std::exchange(m_internalError, QString());
}

QString ApiHandler::now() const {
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

ApiError ApiHandler::internal(const domain::Error& error) {
    m_internalError = error.message;
    return ApiError::internal();
}

HttpResponse ApiHandler::errorResponse(const ApiError& error, QByteArrayView sentRequestId) {
    const QString requestId = requestIdFor(sentRequestId);
    HttpResponse response;
    response.status = error.status;
    response.body = error.body(requestId);
    addCommonHeaders(response, requestId);
    return response;
}

HttpResponse ApiHandler::handle(const HttpRequest& request) {
    const QString requestId = requestIdFor(request.header("X-Request-Id"));
    HttpResponse response;
    const auto fail = [&response, &requestId](const ApiError& error) {
        response.status = error.status;
        response.body = error.body(requestId);
    };
    if (request.path == "/health") {
        if (request.method == "GET" || request.method == "HEAD")
            response = json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
        else
            fail(ApiError::methodNotAllowed());
    } else if (request.path.startsWith("/api/v1/")) {
        HttpResponse base;
        Outcome outcome = api(request, base);
        if (outcome) {
            response = std::move(*outcome);
        } else {
            fail(outcome.error());
        }
        for (const auto& [name, value] : base.headers)
            response.setHeader(name, value);
    } else {
        fail(ApiError::notFound());
    }
    addCommonHeaders(response, requestId);
    return response;
}

std::optional<ApiHandler::Caller> ApiHandler::authenticate(const HttpRequest& request) {
    static const QByteArray kDummyDigest = ApiKey::sha256("quittance-no-such-key");
    const QByteArray raw = request.header("x-api-key");
    const auto parts = ApiKey::parse(raw);
    // The same work for every failure: one lookup, one hash, one comparison.
    const QByteArray keyId = parts ? parts->keyId : QByteArray("000000000000");
    auto lookup = m_store.findKey(keyId);
    const bool found = lookup && lookup->found;
    const QByteArray expected = found ? lookup->secretSha256 : kDummyDigest;
    const QByteArray provided = ApiKey::sha256(parts ? parts->secret : QByteArray(32, '\0'));
    const bool equal = ApiKey::digestsEqual(expected, provided);
    if (!(static_cast<int>(parts.has_value()) & static_cast<int>(found) & static_cast<int>(equal) &
          static_cast<int>(found && !lookup->revoked)))
        return std::nullopt;
    const qint64 nowMs =
        (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    auto last = m_lastTouch.find(keyId);
    if (last == m_lastTouch.end() || nowMs - *last >= kTouchIntervalMs) {
        m_lastTouch.insert(keyId, nowMs);
        (void)m_store.touchKey(keyId, now());
    }
    return Caller{lookup->account, keyId};
}

void ApiHandler::purgeIfDue() {
    const QDateTime current = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const qint64 secs = current.toSecsSinceEpoch();
    if (secs - m_lastPurge < 3600)
        return;
    m_lastPurge = secs;
    (void)m_store.purgeIdempotency(
        current.addSecs(-kIdempotencyRetentionSecs).toUTC().toString(Qt::ISODateWithMs));
}

ApiHandler::Outcome ApiHandler::api(const HttpRequest& request, HttpResponse& base) {
    purgeIfDue();
    const QString ipBucket = QStringLiteral("ip:") + request.peer;
    if (const auto ip = m_limiter.peek(ipBucket); !ip.allowed) {
        addRateHeaders(base, ip);
        return std::unexpected(ApiError::rateLimited());
    }
    const auto caller = authenticate(request);
    if (!caller) {
        const auto ip = m_limiter.take(ipBucket);
        addRateHeaders(base, ip);
        return std::unexpected(ip.allowed ? ApiError::unauthorized() : ApiError::rateLimited());
    }
    const auto decision =
        m_limiter.take(QStringLiteral("key:") + QString::fromLatin1(caller->keyId));
    addRateHeaders(base, decision);
    if (!decision.allowed)
        return std::unexpected(ApiError::rateLimited());
    if (request.body.size() > kMaxBodyBytes)
        return std::unexpected(ApiError::payloadTooLarge());
    const bool carriesBody =
        request.method == "POST" || request.method == "PUT" || !request.body.isEmpty();
    if (carriesBody && !isJsonMediaType(request.header("Content-Type")))
        return std::unexpected(ApiError::unsupportedMediaType());
    return route(request, *caller);
}

ApiHandler::Outcome ApiHandler::route(const HttpRequest& request, const Caller& caller) {
    const QList<QByteArray> segments = request.path.mid(8).split('/');
    const QByteArray& method = request.method;
    const bool hasQuery = !request.query.isEmpty();
    if (segments.size() == 1 && isCollection(segments[0])) {
        const QString collection = QString::fromLatin1(segments[0]);
        if (method == "GET")
            return list(caller, collection, request);
        if (hasQuery)
            return std::unexpected(
                ApiError::badRequest(QStringLiteral("This request takes no query parameters."),
                                     QStringLiteral("query")));
        if (method == "POST")
            return create(caller, collection, request);
        return std::unexpected(ApiError::methodNotAllowed());
    }
    if (hasQuery)
        return std::unexpected(ApiError::badRequest(
            QStringLiteral("This request takes no query parameters."), QStringLiteral("query")));
    if (segments.size() == 2 && isCollection(segments[0]) && isSafeSegment(segments[1])) {
        const QString collection = QString::fromLatin1(segments[0]);
        const QString id = QString::fromLatin1(segments[1]);
        if (method == "GET")
            return getOne(caller, collection, id);
        if (method == "PUT")
            return replace(caller, collection, id, request);
        if (method == "DELETE")
            return remove(caller, collection, id, request);
        return std::unexpected(ApiError::methodNotAllowed());
    }
    if (segments.size() == 2 && segments[0] == "audit" && segments[1] == "checkpoints") {
        if (method == "POST")
            return postCheckpoint(caller, request);
        return std::unexpected(ApiError::methodNotAllowed());
    }
    if (segments.size() == 3 && segments[0] == "audit" && segments[1] == "checkpoints" &&
        isSafeSegment(segments[2])) {
        if (method == "GET")
            return getCheckpoint(caller, QString::fromLatin1(segments[2]));
        return std::unexpected(ApiError::methodNotAllowed());
    }
    return std::unexpected(ApiError::notFound());
}

std::expected<ApiHandler::Decoded, ApiError> ApiHandler::decode(const QString& collection,
                                                                const QByteArray& body) {
    auto object = domain::JsonParser::parseObject(body, kMaxBodyBytes);
    if (!object)
        return std::unexpected(ApiError::badRequest(object.error().message, object.error().field));
    Decoded out;
    if (collection == QLatin1String("clients")) {
        auto record = domain::JsonClientCodec::decode(*object);
        if (!record)
            return std::unexpected(
                ApiError::validationFailed(record.error().message, record.error().field));
        if (record->value.uuid.isNull())
            return std::unexpected(ApiError::validationFailed(
                QStringLiteral("Every record needs an id chosen by the client."),
                QStringLiteral("id")));
        out.canonical = domain::JsonClientCodec::encode(record->value);
        out.id = record->value.uuid.toString(QUuid::WithoutBraces);
        return out;
    }
    auto record = domain::JsonDocumentCodec::decode(*object);
    if (!record)
        return std::unexpected(
            ApiError::validationFailed(record.error().message, record.error().field));
    const Document& document = record->value;
    if (document.uuid.isNull())
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("Every record needs an id chosen by the client."),
            QStringLiteral("id")));
    if (!domain::DocumentLifecycle::isStatusAllowed(document.type, document.status))
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("This status is not allowed for this document type."),
            QStringLiteral("status")));
    if (document.status != DocumentStatus::Draft) {
        if (auto complete = document.validateForIssue(); !complete)
            return std::unexpected(
                ApiError::validationFailed(complete.error().message, complete.error().field));
    }
    auto canonical = domain::JsonDocumentCodec::encode(document);
    if (!canonical)
        return std::unexpected(
            ApiError::validationFailed(canonical.error().message, canonical.error().field));
    out.canonical = *canonical;
    out.id = document.uuid.toString(QUuid::WithoutBraces);
    out.number = document.number;
    out.type = domain::documentTypeCode(document.type);
    out.status = domain::documentStatusCode(document.status);
    if (!document.clientUuid.isNull())
        out.ref = document.clientUuid.toString(QUuid::WithoutBraces);
    return out;
}

ApiHandler::Outcome ApiHandler::list(const Caller& caller, const QString& collection,
                                     const HttpRequest& request) {
    qint64 since = 0;
    int limit = kDefaultLimit;
    const QUrlQuery query(QString::fromUtf8(request.query));
    QSet<QString> seen;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return std::unexpected(
                ApiError::badRequest(QStringLiteral("A query parameter is repeated."), key));
        seen.insert(key);
        if (key == QLatin1String("since")) {
            const auto cursor = decodeCursor(value);
            if (!cursor)
                return std::unexpected(ApiError::badRequest(
                    QStringLiteral("The cursor is not one this server issued."), key));
            since = *cursor;
        } else if (key == QLatin1String("limit")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > kMaxLimit || value.size() > 3)
                return std::unexpected(ApiError::badRequest(
                    QStringLiteral("limit must be an integer from 1 to 500."), key));
            limit = n;
        } else {
            return std::unexpected(
                ApiError::badRequest(QStringLiteral("Unknown query parameter."), key.left(64)));
        }
    }
    auto rows = m_store.changes(caller.account, collection, since, limit + 1);
    if (!rows)
        return std::unexpected(internal(rows.error()));
    const bool hasMore = static_cast<int>(rows->size()) > limit;
    if (hasMore)
        rows->pop_back();
    // Stored bodies are this server's own compact JSON objects: they are
    // spliced into the page as they are, with the metadata appended, instead
    // of being parsed and written again.
    QByteArray items = "[";
    QByteArray deleted = "[";
    qint64 last = since;
    for (const auto& row : *rows) {
        last = row.seq;
        if (row.deleted) {
            if (deleted.size() > 1)
                deleted += ',';
            deleted += compact(QJsonObject{{QStringLiteral("id"), row.id},
                                           {QStringLiteral("version"), row.version}});
        } else {
            if (items.size() > 1)
                items += ',';
            items += row.body.chopped(1);
            items += ",\"updatedAt\":\"" + row.updatedAt.toLatin1() +
                     "\",\"version\":" + QByteArray::number(row.version) + '}';
        }
    }
    HttpResponse response;
    response.status = 200;
    response.body = "{\"items\":" + items + "],\"deleted\":" + deleted + "],\"nextCursor\":\"" +
                    encodeCursor(last).toLatin1() +
                    "\",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    return response;
}

ApiHandler::Outcome ApiHandler::getOne(const Caller& caller, const QString& collection,
                                       const QString& id) {
    auto found = m_store.findRecord(caller.account, collection, id);
    if (!found)
        return std::unexpected(internal(found.error()));
    if (!*found || (*found)->deleted)
        return std::unexpected(ApiError::notFound());
    HttpResponse response = json(200, recordJson(**found));
    response.setHeader("ETag", etagFor((*found)->version));
    return response;
}

ApiHandler::Outcome ApiHandler::create(const Caller& caller, const QString& collection,
                                       const HttpRequest& request) {
    const QByteArray key = request.header("Idempotency-Key");
    bool printable = !key.isEmpty() && key.size() <= 128;
    for (const char c : key)
        printable = printable && c >= 0x20 && c <= 0x7e;
    if (!printable)
        return std::unexpected(ApiError::badRequest(
            QStringLiteral("Creating a record needs an Idempotency-Key of 1 to 128 printable "
                           "characters."),
            QStringLiteral("Idempotency-Key")));
    const QString idemKey = QString::fromLatin1(key);
    const QByteArray requestHash =
        ApiKey::sha256(request.method + ' ' + request.path + '\n' + request.body);
    auto previous = m_store.findIdempotent(caller.account, idemKey);
    if (!previous)
        return std::unexpected(internal(previous.error()));
    if (*previous) {
        if (!ApiKey::digestsEqual((*previous)->requestHash, requestHash))
            return std::unexpected(ApiError::validationFailed(
                QStringLiteral("This Idempotency-Key was already used with a different request."),
                QStringLiteral("Idempotency-Key")));
        HttpResponse replay;
        replay.status = (*previous)->status;
        replay.body = (*previous)->body;
        if (!(*previous)->etag.isEmpty())
            replay.setHeader("ETag", (*previous)->etag);
        if (!(*previous)->location.isEmpty())
            replay.setHeader("Location", (*previous)->location);
        replay.setHeader("Idempotent-Replayed", "true");
        return replay;
    }
    auto decoded = decode(collection, request.body);
    if (!decoded)
        return std::unexpected(decoded.error());
    WriteScope txn(m_store);
    if (!txn.isActive())
        return std::unexpected(internal(txn.beginStatus().error()));
    auto existing = m_store.findRecord(caller.account, collection, decoded->id);
    if (!existing)
        return std::unexpected(internal(existing.error()));
    if (*existing)
        return std::unexpected(ApiError::conflict(
            QStringLiteral("A record with this id already exists."), QStringLiteral("id")));
    if (!decoded->number.isEmpty()) {
        auto taken =
            m_store.numberTaken(caller.account, decoded->type, decoded->number, decoded->id);
        if (!taken)
            return std::unexpected(internal(taken.error()));
        if (*taken)
            return std::unexpected(ApiError::conflict(
                QStringLiteral("The number %1 is already used by another document of this type.")
                    .arg(decoded->number),
                QStringLiteral("number")));
    }
    ServerStore::Record record;
    record.id = decoded->id;
    record.version = 1;
    record.updatedAt = now();
    record.body = compact(decoded->canonical);
    record.number = decoded->number;
    record.type = decoded->type;
    record.status = decoded->status;
    record.ref = decoded->ref;
    if (auto saved = m_store.saveRecord(caller.account, collection, record, true); !saved)
        return std::unexpected(internal(saved.error()));
    HttpResponse response = json(201, recordJson(record));
    const QByteArray location = "/api/v1/" + collection.toLatin1() + '/' + record.id.toLatin1();
    response.setHeader("ETag", etagFor(record.version));
    response.setHeader("Location", location);
    if (auto stored = m_store.storeIdempotent(
            caller.account, idemKey,
            {requestHash, response.status, response.body, etagFor(record.version), location},
            record.updatedAt);
        !stored)
        return std::unexpected(internal(stored.error()));
    if (auto committed = txn.commit(); !committed)
        return std::unexpected(internal(committed.error()));
    return response;
}

ApiHandler::Outcome ApiHandler::replace(const Caller& caller, const QString& collection,
                                        const QString& id, const HttpRequest& request) {
    if (!request.hasHeader("If-Match"))
        return std::unexpected(ApiError::badRequest(
            QStringLiteral("Changing a record needs If-Match with the version it replaces."),
            QStringLiteral("If-Match")));
    const auto expected = parseIfMatch(request.header("If-Match"));
    if (!expected)
        return std::unexpected(ApiError::badRequest(
            QStringLiteral("If-Match must be a version in quotes, such as \"3\"."),
            QStringLiteral("If-Match")));
    auto decoded = decode(collection, request.body);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (decoded->id != id)
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("The id in the body differs from the id in the path."),
            QStringLiteral("id")));
    WriteScope txn(m_store);
    if (!txn.isActive())
        return std::unexpected(internal(txn.beginStatus().error()));
    auto existing = m_store.findRecord(caller.account, collection, id);
    if (!existing)
        return std::unexpected(internal(existing.error()));
    if (!*existing || (*existing)->deleted)
        return std::unexpected(ApiError::notFound());
    const ServerStore::Record& old = **existing;
    if (old.version != *expected)
        return std::unexpected(ApiError::preconditionFailed(recordJson(old)));
    if (collection == QLatin1String("invoices")) {
        auto oldDoc = domain::JsonDocumentCodec::decode(QJsonDocument::fromJson(old.body).object());
        auto newDoc = domain::JsonDocumentCodec::decode(decoded->canonical);
        if (!oldDoc || !newDoc)
            return std::unexpected(internal(!oldDoc ? oldDoc.error() : newDoc.error()));
        const Document& before = oldDoc->value;
        const Document& after = newDoc->value;
        if (before.status != DocumentStatus::Draft) {
            Document frozen = after;
            frozen.status = before.status;
            frozen.payments = before.payments;
            if (!(frozen == before))
                return std::unexpected(ApiError::conflict(
                    QStringLiteral("Issued documents are immutable: only their status and "
                                   "payments may change.")));
            if (after.payments.size() < before.payments.size() ||
                after.payments.mid(0, before.payments.size()) != before.payments)
                return std::unexpected(ApiError::conflict(
                    QStringLiteral("Recorded payments cannot be changed or removed."),
                    QStringLiteral("payments")));
        }
        if (after.status != before.status &&
            !domain::DocumentLifecycle::canReach(before.type, before.status, after.status))
            return std::unexpected(
                ApiError::conflict(QStringLiteral("The status cannot move from %1 to %2.")
                                       .arg(domain::documentStatusCode(before.status),
                                            domain::documentStatusCode(after.status)),
                                   QStringLiteral("status")));
        if (!decoded->number.isEmpty()) {
            auto taken = m_store.numberTaken(caller.account, decoded->type, decoded->number, id);
            if (!taken)
                return std::unexpected(internal(taken.error()));
            if (*taken)
                return std::unexpected(ApiError::conflict(
                    QStringLiteral(
                        "The number %1 is already used by another document of this type.")
                        .arg(decoded->number),
                    QStringLiteral("number")));
        }
    }
    ServerStore::Record record = old;
    record.version = old.version + 1;
    record.updatedAt = now();
    record.body = compact(decoded->canonical);
    record.number = decoded->number;
    record.type = decoded->type;
    record.status = decoded->status;
    record.ref = decoded->ref;
    if (auto saved = m_store.saveRecord(caller.account, collection, record, false); !saved)
        return std::unexpected(internal(saved.error()));
    if (auto committed = txn.commit(); !committed)
        return std::unexpected(internal(committed.error()));
    HttpResponse response = json(200, recordJson(record));
    response.setHeader("ETag", etagFor(record.version));
    return response;
}

ApiHandler::Outcome ApiHandler::remove(const Caller& caller, const QString& collection,
                                       const QString& id, const HttpRequest& request) {
    const auto expected = parseIfMatch(request.header("If-Match"));
    if (!expected)
        return std::unexpected(ApiError::badRequest(
            QStringLiteral("Deleting a record needs If-Match with its version, such as \"3\"."),
            QStringLiteral("If-Match")));
    WriteScope txn(m_store);
    if (!txn.isActive())
        return std::unexpected(internal(txn.beginStatus().error()));
    auto existing = m_store.findRecord(caller.account, collection, id);
    if (!existing)
        return std::unexpected(internal(existing.error()));
    if (!*existing || (*existing)->deleted)
        return std::unexpected(ApiError::notFound());
    ServerStore::Record record = **existing;
    if (record.version != *expected)
        return std::unexpected(ApiError::preconditionFailed(recordJson(record)));
    if (collection == QLatin1String("invoices") && record.status != QLatin1String("draft"))
        return std::unexpected(ApiError::conflict(
            QStringLiteral("Only draft documents can be deleted."), QStringLiteral("status")));
    if (collection == QLatin1String("clients")) {
        auto used = m_store.clientInUse(caller.account, id);
        if (!used)
            return std::unexpected(internal(used.error()));
        if (*used)
            return std::unexpected(ApiError::conflict(
                QStringLiteral("The client is used on documents and cannot be deleted.")));
    }
    record.deleted = true;
    record.version += 1;
    record.updatedAt = now();
    record.body = "{}";
    record.number.clear();
    if (auto saved = m_store.saveRecord(caller.account, collection, record, false); !saved)
        return std::unexpected(internal(saved.error()));
    if (auto committed = txn.commit(); !committed)
        return std::unexpected(internal(committed.error()));
    HttpResponse response;
    response.status = 204;
    response.setHeader("ETag", etagFor(record.version));
    return response;
}

ApiHandler::Outcome ApiHandler::postCheckpoint(const Caller& caller, const HttpRequest& request) {
    auto object = domain::JsonParser::parseObject(request.body, kMaxBodyBytes);
    if (!object)
        return std::unexpected(ApiError::badRequest(object.error().message, object.error().field));
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != QLatin1String("vaultId") && it.key() != QLatin1String("seq") &&
            it.key() != QLatin1String("head"))
            return std::unexpected(
                ApiError::validationFailed(QStringLiteral("Unknown field."), it.key().left(64)));
    }
    const QJsonValue vaultId = object->value(QStringLiteral("vaultId"));
    const QJsonValue seq = object->value(QStringLiteral("seq"));
    const QJsonValue head = object->value(QStringLiteral("head"));
    if (!vaultId.isString() || QUuid::fromString(vaultId.toString()).isNull() ||
        vaultId.toString().size() != 36)
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("vaultId must be the vault's UUID."), QStringLiteral("vaultId")));
    const double seqValue = seq.toDouble(-1);
    if (!seq.isDouble() || seqValue < 0 || seqValue > 9007199254740991.0 ||
        std::floor(seqValue) != seqValue)
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("seq must be a non-negative integer."), QStringLiteral("seq")));
    const QString headText = head.toString();
    bool hex = head.isString() && headText.size() == 64;
    for (const QChar c : headText)
        hex = hex && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
    if (!hex)
        return std::unexpected(ApiError::validationFailed(
            QStringLiteral("head must be 64 lowercase hexadecimal digits."),
            QStringLiteral("head")));
    const QString id = vaultId.toString().toLower();
    const auto seqNumber = static_cast<qint64>(seqValue);
    WriteScope txn(m_store);
    if (!txn.isActive())
        return std::unexpected(internal(txn.beginStatus().error()));
    auto stored = m_store.checkpoint(caller.account, id);
    if (!stored)
        return std::unexpected(internal(stored.error()));
    if (*stored && (*stored)->seq > seqNumber)
        return std::unexpected(ApiError::conflict(
            QStringLiteral("A later checkpoint (seq %1) is stored for this vault: the vault may "
                           "have been restored to an older state.")
                .arg((*stored)->seq),
            QStringLiteral("seq")));
    if (*stored && (*stored)->seq == seqNumber && (*stored)->head != headText)
        return std::unexpected(ApiError::conflict(
            QStringLiteral("A different chain head is stored for this seq: the vault's history "
                           "has diverged."),
            QStringLiteral("head")));
    ServerStore::Checkpoint checkpoint{id, seqNumber, headText, now()};
    if (auto put = m_store.putCheckpoint(caller.account, checkpoint); !put)
        return std::unexpected(internal(put.error()));
    if (auto committed = txn.commit(); !committed)
        return std::unexpected(internal(committed.error()));
    return json(200, QJsonObject{{QStringLiteral("vaultId"), checkpoint.vaultId},
                                 {QStringLiteral("seq"), checkpoint.seq},
                                 {QStringLiteral("head"), checkpoint.head},
                                 {QStringLiteral("updatedAt"), checkpoint.updatedAt}});
}

ApiHandler::Outcome ApiHandler::getCheckpoint(const Caller& caller, const QString& vaultId) {
    auto stored = m_store.checkpoint(caller.account, vaultId.toLower());
    if (!stored)
        return std::unexpected(internal(stored.error()));
    if (!*stored)
        return std::unexpected(ApiError::notFound());
    return json(200, QJsonObject{{QStringLiteral("vaultId"), (*stored)->vaultId},
                                 {QStringLiteral("seq"), (*stored)->seq},
                                 {QStringLiteral("head"), (*stored)->head},
                                 {QStringLiteral("updatedAt"), (*stored)->updatedAt}});
}

} // namespace quittance::server
