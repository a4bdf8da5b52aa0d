#include "SyncEngine.h"

#include "domain/DocumentCalculator.h"
#include "domain/DocumentLifecycle.h"
#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"
#include "storage/AuditLog.h"
#include "storage/EntityCodec.h"
#include "storage/SqlDocumentRepository.h"
#include "storage/SqlRecordTable.h"
#include "storage/SqlSyncRepository.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace quittance::sync {

using domain::Document;
using domain::DocumentStatus;
using domain::ErrorCode;
namespace EntityCodec = storage::EntityCodec;
using storage::Reader;
using storage::SqlDocumentRepository;
using storage::SqlRecordTable;
using storage::SqlSyncRepository;
using storage::Writer;

namespace {

const QString kClients = QStringLiteral("clients");
const QString kInvoices = QStringLiteral("invoices");

QString nowStamp() {
    return storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc());
}

QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject withoutMeta(QJsonObject object) {
    object.remove(QStringLiteral("version"));
    object.remove(QStringLiteral("updatedAt"));
    return object;
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The local record in the form the server stores, or nullopt when absent.
domain::Result<std::optional<QJsonObject>> localJson(const Reader& reader,
                                                     const QString& collection, const QString& id) {
    if (collection == kClients) {
        auto row = SqlRecordTable(SqlRecordTable::Table::Clients).find(reader, id);
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<QJsonObject>();
        auto client = EntityCodec::decodeClient((*row)->body);
        if (!client)
            return std::unexpected(client.error());
        return std::optional<QJsonObject>(domain::JsonClientCodec::encode(*client));
    }
    auto stored = SqlDocumentRepository::find(reader, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::optional<QJsonObject>();
    auto json = domain::JsonDocumentCodec::encode((*stored)->document);
    if (!json)
        return std::unexpected(json.error());
    return std::optional<QJsonObject>(*json);
}

domain::Status applyClient(Writer& writer, const domain::Client& client) {
    const SqlRecordTable table(SqlRecordTable::Table::Clients);
    const QString id = idText(client.uuid);
    auto existing = table.find(writer, id);
    if (!existing)
        return std::unexpected(existing.error());
    const SqlRecordTable::Row row{
        id, client.name, client.archived, EntityCodec::encodeClient(client), 1, nowStamp()};
    return *existing ? table.update(writer, row) : table.insert(writer, row);
}

domain::Result<QString> clientNameOf(const Reader& reader, const Document& document) {
    if (document.buyerSnapshot)
        return document.buyerSnapshot->name;
    if (document.clientUuid.isNull())
        return QString();
    auto row =
        SqlRecordTable(SqlRecordTable::Table::Clients).find(reader, idText(document.clientUuid));
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->name : QString();
}

// Another local document of the same type already carries this number.
domain::Result<bool> numberUsedLocally(const Reader& reader, const Document& document) {
    if (document.number.isEmpty())
        return false;
    auto stmt = reader.query("SELECT 1 FROM documents WHERE type = ? AND number = ? AND id <> ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, domain::documentTypeCode(document.type))
        .bind(2, document.number)
        .bind(3, idText(document.uuid));
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

domain::Status addPayments(Writer& writer, const Document& document, qsizetype from) {
    const QString id = idText(document.uuid);
    for (qsizetype i = from; i < document.payments.size(); ++i) {
        if (auto added = SqlDocumentRepository::addPayment(writer, id, idText(QUuid::createUuid()),
                                                           document.payments[i], document.status,
                                                           nowStamp());
            !added)
            return added;
    }
    return {};
}

// Writes the server's version of a document over the local one. Issued
// documents only move forward: new payments are added and the status
// advances; a local status further along is kept (and pushed later).
domain::Status applyDocument(Writer& writer, const Document& document) {
    const QString id = idText(document.uuid);
    auto local = SqlDocumentRepository::find(writer, id);
    if (!local)
        return std::unexpected(local.error());
    auto totals = domain::DocumentCalculator::calculate(
        document, domain::DocumentCalculator::Options{document.usesSmallBusinessExemption()});
    if (!totals)
        return std::unexpected(totals.error());
    auto clientName = clientNameOf(writer, document);
    if (!clientName)
        return std::unexpected(clientName.error());
    Document bare = document;
    bare.payments.clear();
    // A credit note that arrives issued reduces its invoice here as it did on
    // the device that issued it (the credited amount is local bookkeeping,
    // not part of the synced record). Once only: when it is new here or was
    // a draft here.
    const auto credit = [&]() -> domain::Status {
        if (document.type != domain::DocumentType::CreditNote ||
            document.status == DocumentStatus::Draft || document.correctedInvoiceUuid.isNull())
            return {};
        return SqlDocumentRepository::addCredit(writer, idText(document.correctedInvoiceUuid),
                                                totals->grandTotal.minorUnits(), std::nullopt,
                                                nowStamp());
    };
    if (!*local) {
        if (auto ok = SqlDocumentRepository::insert(writer, bare, *totals, *clientName, nowStamp());
            !ok)
            return ok;
        if (auto ok = credit(); !ok)
            return ok;
        return addPayments(writer, document, 0);
    }
    const Document& before = (*local)->document;
    if (before.status == DocumentStatus::Draft) {
        if (auto ok =
                SqlDocumentRepository::replaceDraft(writer, bare, *totals, *clientName, nowStamp());
            !ok)
            return ok;
        if (auto ok = credit(); !ok)
            return ok;
        return addPayments(writer, document, 0);
    }
    if (document.payments.size() > before.payments.size())
        return addPayments(writer, document, before.payments.size());
    if (document.status != before.status &&
        domain::DocumentLifecycle::canReach(before.type, before.status, document.status))
        return SqlDocumentRepository::setStatus(writer, id, document.status, nowStamp());
    return {};
}

domain::Result<QString> copyClient(Writer& writer, domain::Client client) {
    client.uuid = QUuid::createUuid();
    client.name = client.name.left(150) + QStringLiteral(" (conflict copy)");
    if (auto off = SqlSyncRepository::setApplying(writer, false); !off)
        return std::unexpected(off.error());
    if (auto ok = applyClient(writer, client); !ok)
        return std::unexpected(ok.error());
    if (auto on = SqlSyncRepository::setApplying(writer, true); !on)
        return std::unexpected(on.error());
    return idText(client.uuid);
}

domain::Result<QString> copyDraft(Writer& writer, Document document) {
    document.uuid = QUuid::createUuid();
    document.number.clear();
    document.status = DocumentStatus::Draft;
    document.payments.clear();
    auto totals = domain::DocumentCalculator::calculate(
        document, domain::DocumentCalculator::Options{document.usesSmallBusinessExemption()});
    if (!totals)
        return std::unexpected(totals.error());
    auto clientName = clientNameOf(writer, document);
    if (!clientName)
        return std::unexpected(clientName.error());
    if (auto off = SqlSyncRepository::setApplying(writer, false); !off)
        return std::unexpected(off.error());
    if (auto ok = SqlDocumentRepository::insert(writer, document, *totals, *clientName, nowStamp());
        !ok)
        return std::unexpected(ok.error());
    if (auto on = SqlSyncRepository::setApplying(writer, true); !on)
        return std::unexpected(on.error());
    return idText(document.uuid);
}

domain::Status recordConflict(Writer& writer, SyncReport& report, const QString& collection,
                              const QString& id, const QString& copyId, const QString& message) {
    ++report.conflicts;
    report.messages << message;
    return SqlSyncRepository::addConflict(writer, {0, collection, id, copyId, message, nowStamp()});
}

// The server's version `server` of a record wins over the local unsynced
// change; the local version is kept as a conflict copy (drafts and clients),
// or, for issued documents, merged forward and pushed again.
domain::Status resolveConflict(Writer& writer, SyncReport& report, const QString& collection,
                               const QString& id, const QJsonObject& server) {
    const qint64 version = server.value(QStringLiteral("version")).toInteger();
    if (collection == kClients) {
        auto decoded = domain::JsonClientCodec::decode(server);
        if (!decoded)
            return std::unexpected(decoded.error());
        auto row = SqlRecordTable(SqlRecordTable::Table::Clients).find(writer, id);
        if (!row)
            return std::unexpected(row.error());
        QString copyId;
        if (*row) {
            auto local = EntityCodec::decodeClient((*row)->body);
            if (!local)
                return std::unexpected(local.error());
            auto copied = copyClient(writer, *local);
            if (!copied)
                return std::unexpected(copied.error());
            copyId = *copied;
        }
        if (auto ok = applyClient(writer, decoded->value); !ok)
            return ok;
        if (auto ok = SqlSyncRepository::dropOutbox(writer, collection, id); !ok)
            return ok;
        if (auto ok = SqlSyncRepository::setServerVersion(writer, collection, id, version); !ok)
            return ok;
        return recordConflict(writer, report, collection, id, copyId,
                              QStringLiteral("Client “%1” was changed here and on another device; "
                                             "the server's version was kept and yours saved as "
                                             "“%1 (conflict copy)”.")
                                  .arg(decoded->value.name));
    }
    auto decoded = domain::JsonDocumentCodec::decode(server);
    if (!decoded)
        return std::unexpected(decoded.error());
    const Document& remote = decoded->value;
    auto local = SqlDocumentRepository::find(writer, id);
    if (!local)
        return std::unexpected(local.error());
    if (*local && (*local)->document.status != DocumentStatus::Draft) {
        // Issued here. A draft edit elsewhere is kept as a copy; an issued
        // version elsewhere is merged forward (payments, status).
        QString copyId;
        if (remote.status == DocumentStatus::Draft) {
            auto copied = copyDraft(writer, remote);
            if (!copied)
                return std::unexpected(copied.error());
            copyId = *copied;
        } else if (auto ok = applyDocument(writer, remote); !ok) {
            return ok;
        }
        if (auto ok = SqlSyncRepository::setServerVersion(writer, collection, id, version); !ok)
            return ok;
        if (copyId.isEmpty())
            return {};
        return recordConflict(writer, report, collection, id, copyId,
                              QStringLiteral("Document %1 was issued here while its draft was "
                                             "edited on another device; the other edit was saved "
                                             "as a draft copy.")
                                  .arg((*local)->document.number));
    }
    QString copyId;
    if (*local) {
        auto copied = copyDraft(writer, (*local)->document);
        if (!copied)
            return std::unexpected(copied.error());
        copyId = *copied;
    }
    auto taken = numberUsedLocally(writer, remote);
    if (!taken)
        return std::unexpected(taken.error());
    if (!*taken) {
        if (auto ok = applyDocument(writer, remote); !ok)
            return ok;
    }
    if (auto ok = SqlSyncRepository::dropOutbox(writer, collection, id); !ok)
        return ok;
    if (auto ok = SqlSyncRepository::setServerVersion(writer, collection, id, version); !ok)
        return ok;
    return recordConflict(writer, report, collection, id, copyId,
                          QStringLiteral("A draft was changed here and on another device; the "
                                         "server's version was kept and yours saved as a copy."));
}

// Applies one pulled record (not a conflict): the server's version wins.
domain::Status applyPulled(Writer& writer, SyncReport& report, const QString& collection,
                           const QJsonObject& item) {
    const QString id = item.value(QStringLiteral("id")).toString();
    if (collection == kClients) {
        auto decoded = domain::JsonClientCodec::decode(item);
        if (!decoded)
            return std::unexpected(decoded.error());
        return applyClient(writer, decoded->value);
    }
    auto decoded = domain::JsonDocumentCodec::decode(item);
    if (!decoded)
        return std::unexpected(decoded.error());
    auto taken = numberUsedLocally(writer, decoded->value);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken) {
        ++report.rejected;
        report.messages << QStringLiteral("Document %1 from the server was not applied: another "
                                          "document here already has that number.")
                               .arg(decoded->value.number);
        return SqlSyncRepository::addConflict(
            writer, {0, collection, id, QString(), report.messages.back(), nowStamp()});
    }
    return applyDocument(writer, decoded->value);
}

domain::Status deleteLocally(Writer& writer, SyncReport& report, const QString& collection,
                             const QString& id) {
    if (collection == kClients) {
        auto used = writer.query("SELECT 1 FROM documents WHERE client_id = ? LIMIT 1");
        if (!used)
            return std::unexpected(used.error());
        used->bind(1, id);
        auto row = used->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            report.messages << QStringLiteral("A client deleted on another device is still used "
                                              "on documents here and was kept.");
            return {};
        }
        auto found = SqlRecordTable(SqlRecordTable::Table::Clients).find(writer, id);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return {};
        ++report.deletedLocally;
        return SqlRecordTable(SqlRecordTable::Table::Clients).remove(writer, id);
    }
    auto local = SqlDocumentRepository::find(writer, id);
    if (!local)
        return std::unexpected(local.error());
    if (!*local)
        return {};
    if ((*local)->document.status != DocumentStatus::Draft) {
        report.messages << QStringLiteral("Document %1 was deleted on the server but is issued "
                                          "here and was kept.")
                               .arg((*local)->document.number);
        return {};
    }
    ++report.deletedLocally;
    return SqlDocumentRepository::removeDraft(writer, id);
}

} // namespace

SyncEngine::SyncEngine(storage::Vault& vault, SyncOptions options, QByteArray apiKey)
    : m_vault(vault)
    , m_options(std::move(options))
    , m_transport(std::make_unique<SyncTransport>(m_options, std::move(apiKey))) {}

SyncEngine::~SyncEngine() = default;

domain::Error SyncEngine::transportError(const SyncTransport::Response& response) const {
    if (response.tlsFailure)
        return {ErrorCode::Tampered, response.networkError, QStringLiteral("server")};
    if (response.status == 401)
        return {ErrorCode::WrongSecret,
                QStringLiteral("The sync server refused the API key (missing, wrong or revoked). "
                               "Sync has stopped: log in again with a new key "
                               "(quittance-cli sync login)."),
                QStringLiteral("apiKey")};
    if (response.status == 429)
        return {ErrorCode::Io,
                QStringLiteral("The sync server is rate limiting this key; try again later."),
                {}};
    if (response.status == 0)
        return {ErrorCode::Io,
                QStringLiteral("Could not reach the sync server: %1").arg(response.networkError),
                QStringLiteral("server")};
    return {ErrorCode::Io,
            QStringLiteral("The sync server answered %1: %2")
                .arg(response.status)
                .arg(response.errorMessage()),
            {}};
}

domain::Status SyncEngine::testConnection() {
    if (auto valid = m_options.validate(); !valid)
        return valid;
    const auto health = m_transport->send({"GET", QStringLiteral("/health"), {}, {}});
    if (health.status != 200)
        return std::unexpected(transportError(health));
    const auto auth = m_transport->send({"GET", QStringLiteral("/api/v1/clients?limit=1"), {}, {}});
    if (auth.status != 200)
        return std::unexpected(transportError(auth));
    return {};
}

domain::Result<SyncReport> SyncEngine::push() {
    if (auto valid = m_options.validate(); !valid)
        return std::unexpected(valid.error());
    SyncReport report;
    if (auto pushed = pushInto(report); !pushed)
        return std::unexpected(pushed.error());
    report.retries = m_transport->retries();
    return report;
}

domain::Result<SyncReport> SyncEngine::pull() {
    if (auto valid = m_options.validate(); !valid)
        return std::unexpected(valid.error());
    SyncReport report;
    if (auto pulled = pullInto(report); !pulled)
        return std::unexpected(pulled.error());
    report.retries = m_transport->retries();
    return report;
}

domain::Result<SyncReport> SyncEngine::run() {
    if (auto valid = m_options.validate(); !valid)
        return std::unexpected(valid.error());
    SyncReport report;
    domain::Status status = pushInto(report);
    if (status)
        status = pullInto(report);
    // Conflict copies and merged documents made by the pull go out now.
    if (status)
        status = pushInto(report);
    if (status)
        status = checkpoint();
    report.retries = m_transport->retries();
    auto pending =
        m_vault.read([](Reader& reader) { return SqlSyncRepository::outboxSize(reader); });
    report.pending = pending ? *pending : -1;
    const QString error = status ? QString() : status.error().message;
    (void)m_vault.write(
        {QStringLiteral("sync"), QStringLiteral("sync.completed"), QStringLiteral("sync"),
         QString(),
         QJsonObject{{QStringLiteral("pushed"), report.pushed},
                     {QStringLiteral("pulled"), report.pulled},
                     {QStringLiteral("conflicts"), report.conflicts},
                     {QStringLiteral("rejected"), report.rejected},
                     {QStringLiteral("ok"), static_cast<bool>(status)}}},
        [&](Writer& writer) -> domain::Status {
            if (status) {
                if (auto ok = SqlSyncRepository::setState(writer, QStringLiteral("last_sync"),
                                                          nowStamp());
                    !ok)
                    return ok;
            }
            return SqlSyncRepository::setState(writer, QStringLiteral("last_error"),
                                               error.isEmpty() ? QStringLiteral("") : error);
        });
    if (!status)
        return std::unexpected(status.error());
    return report;
}

domain::Status SyncEngine::pushInto(SyncReport& report) {
    enum class Kind { LocalOnly, Post, Put, Delete };
    struct Item {
        SqlSyncRepository::OutboxEntry entry;
        Kind kind = Kind::LocalOnly;
        QJsonObject sent;
        std::optional<qint64> base;
        int request = -1;
    };
    qint64 after = 0;
    while (true) {
        std::vector<Item> items;
        auto prepared = m_vault.read([&](Reader& reader) -> domain::Status {
            auto entries = SqlSyncRepository::outbox(reader, after, kPushBatch);
            if (!entries)
                return std::unexpected(entries.error());
            for (auto& entry : *entries) {
                if (m_refused.contains(entry.rowId)) {
                    after = std::max(after, entry.rowId);
                    continue;
                }
                Item item;
                auto base =
                    SqlSyncRepository::serverVersion(reader, entry.collection, entry.recordId);
                if (!base)
                    return std::unexpected(base.error());
                item.base = *base;
                std::optional<QJsonObject> json;
                if (!entry.isDelete) {
                    auto local = localJson(reader, entry.collection, entry.recordId);
                    if (!local)
                        return std::unexpected(local.error());
                    json = *local;
                }
                if (json) {
                    item.sent = *json;
                    item.kind = item.base ? Kind::Put : Kind::Post;
                } else {
                    item.kind = item.base ? Kind::Delete : Kind::LocalOnly;
                }
                item.entry = std::move(entry);
                items.push_back(std::move(item));
            }
            return {};
        });
        if (!prepared)
            return prepared;
        if (items.empty()) {
            bool more = false;
            auto left = m_vault.read(
                [&](Reader& reader) { return SqlSyncRepository::outbox(reader, after, 1); });
            more = left && !left->empty();
            if (!more)
                return {};
            continue;
        }
        after = std::max(after, items.back().entry.rowId);

        std::vector<SyncTransport::Request> requests;
        for (Item& item : items) {
            const QString path =
                QStringLiteral("/api/v1/") + item.entry.collection + u'/' + item.entry.recordId;
            const QByteArray ifMatch = '"' + QByteArray::number(item.base.value_or(0)) + '"';
            switch (item.kind) {
            case Kind::LocalOnly:
                continue;
            case Kind::Post:
                requests.push_back({"POST",
                                    QStringLiteral("/api/v1/") + item.entry.collection,
                                    compact(item.sent),
                                    {{"Idempotency-Key", item.entry.idempotencyKey.toLatin1()}}});
                break;
            case Kind::Put:
                requests.push_back({"PUT", path, compact(item.sent), {{"If-Match", ifMatch}}});
                break;
            case Kind::Delete:
                requests.push_back({"DELETE", path, {}, {{"If-Match", ifMatch}}});
                break;
            }
            item.request = static_cast<int>(requests.size()) - 1;
        }
        std::vector<SyncTransport::Response> responses = m_transport->send(requests);
        // A create the server already has (its reply was lost and the key
        // changed since): fetch it and treat it as a version conflict.
        for (Item& item : items) {
            if (item.kind != Kind::Post || item.request < 0)
                continue;
            auto& response = responses[static_cast<std::size_t>(item.request)];
            if (response.status == 409 && response.errorField() == QLatin1String("id")) {
                auto current =
                    m_transport->send({"GET",
                                       QStringLiteral("/api/v1/") + item.entry.collection + u'/' +
                                           item.entry.recordId,
                                       {},
                                       {}});
                if (current.status == 200) {
                    response.status = 412;
                    response.json =
                        QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"),
                                                  QStringLiteral("precondition_failed")},
                                                 {QStringLiteral("current"), current.json}}}};
                }
            }
        }

        std::optional<domain::Error> fatal;
        int pushedBefore = report.pushed;
        auto written = m_vault.write(
            {QStringLiteral("sync"),
             QStringLiteral("sync.pushed"),
             QStringLiteral("sync"),
             QString(),
             {}},
            [&](Writer& writer) -> domain::Status {
                if (auto on = SqlSyncRepository::setApplying(writer, true); !on)
                    return on;
                for (const Item& item : items) {
                    const QString& coll = item.entry.collection;
                    const QString& id = item.entry.recordId;
                    if (item.request < 0) {
                        if (auto ok = SqlSyncRepository::acknowledge(writer, coll, id,
                                                                     item.entry.revision);
                            !ok)
                            return std::unexpected(ok.error());
                        continue;
                    }
                    const auto& response = responses[static_cast<std::size_t>(item.request)];
                    const auto acknowledge = [&](std::optional<qint64> version) -> domain::Status {
                        ++report.pushed;
                        if (auto ok = SqlSyncRepository::acknowledge(writer, coll, id,
                                                                     item.entry.revision);
                            !ok)
                            return std::unexpected(ok.error());
                        return SqlSyncRepository::setServerVersion(writer, coll, id, version);
                    };
                    if (response.ok()) {
                        const auto version =
                            response.status == 204
                                ? std::optional<qint64>()
                                : std::optional<qint64>(
                                      response.json.value(QStringLiteral("version")).toInteger());
                        if (auto ok = acknowledge(version); !ok)
                            return ok;
                    } else if (response.status == 404 && item.kind == Kind::Delete) {
                        if (auto ok = acknowledge(std::nullopt); !ok)
                            return ok;
                    } else if (response.status == 412) {
                        const QJsonObject current = response.errorCurrent();
                        if (item.kind == Kind::Put && withoutMeta(current) == item.sent) {
                            // Our own earlier push whose reply was lost.
                            if (auto ok = acknowledge(
                                    current.value(QStringLiteral("version")).toInteger());
                                !ok)
                                return ok;
                        } else if (item.kind == Kind::Post && withoutMeta(current) == item.sent) {
                            if (auto ok = acknowledge(
                                    current.value(QStringLiteral("version")).toInteger());
                                !ok)
                                return ok;
                        } else if (item.kind == Kind::Delete) {
                            // Changed elsewhere after we deleted it here: keep the server's.
                            if (auto ok = resolveConflict(writer, report, coll, id, current); !ok)
                                return ok;
                        } else if (auto ok = resolveConflict(writer, report, coll, id, current);
                                   !ok) {
                            return ok;
                        }
                    } else if (response.status == 404 && item.kind == Kind::Put) {
                        // Deleted on the server while changed here: keep ours as a new record.
                        if (auto ok =
                                SqlSyncRepository::setServerVersion(writer, coll, id, std::nullopt);
                            !ok)
                            return ok;
                        if (auto ok = SqlSyncRepository::rotateIdempotencyKey(writer, coll, id);
                            !ok)
                            return ok;
                        report.messages << QStringLiteral("A record changed here was deleted on "
                                                          "another device; it will be uploaded "
                                                          "again.");
                    } else if (response.status == 422 &&
                               response.errorField() == QLatin1String("Idempotency-Key")) {
                        // Changed since a create whose outcome we never learnt.
                        if (auto ok = SqlSyncRepository::rotateIdempotencyKey(writer, coll, id);
                            !ok)
                            return ok;
                    } else if (response.status == 409 || response.status == 422 ||
                               response.status == 400 || response.status == 413) {
                        ++report.rejected;
                        const QString message =
                            (coll == kClients ? QStringLiteral("Client %1: ")
                                              : QStringLiteral("Document %1: "))
                                .arg(item.sent
                                         .value(coll == kClients ? QStringLiteral("name")
                                                                 : QStringLiteral("number"))
                                         .toString()) +
                            QStringLiteral("the server refused the change: %1")
                                .arg(response.errorMessage());
                        report.messages << message;
                        m_refused.insert(item.entry.rowId);
                        if (auto ok = SqlSyncRepository::noteFailure(writer, coll, id, message);
                            !ok)
                            return ok;
                    } else {
                        if (!fatal)
                            fatal = transportError(response);
                        if (!response.cancelled) {
                            if (auto ok = SqlSyncRepository::noteFailure(
                                    writer, coll, id, transportError(response).message);
                                !ok)
                                return ok;
                        }
                    }
                }
                writer.event().summary =
                    QJsonObject{{QStringLiteral("pushed"), report.pushed - pushedBefore},
                                {QStringLiteral("batch"), static_cast<qint64>(items.size())}};
                return SqlSyncRepository::setApplying(writer, false);
            });
        if (!written)
            return std::unexpected(written.error());
        if (fatal)
            return std::unexpected(*fatal);
    }
}

domain::Status SyncEngine::pullInto(SyncReport& report) {
    for (const QString& collection : {kClients, kInvoices}) {
        if (auto ok = pullCollection(collection, report); !ok)
            return ok;
    }
    return {};
}

domain::Result<QJsonArray> SyncEngine::invoicesFirst(const QJsonArray& items) {
    QSet<QString> inPage;
    for (const auto value : items)
        inPage.insert(value.toObject().value(QStringLiteral("id")).toString());
    QJsonArray ordered;
    QJsonArray notes;
    QStringList missing;
    for (const auto value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("type")).toString() != QLatin1String("credit_note")) {
            ordered.append(item);
            continue;
        }
        notes.append(item);
        const QUuid invoice =
            QUuid::fromString(item.value(QStringLiteral("correctedInvoiceId")).toString());
        const QString id = invoice.toString(QUuid::WithoutBraces);
        if (invoice.isNull() || inPage.contains(id) || missing.contains(id))
            continue;
        auto local = m_vault.read(
            [&](storage::Reader& reader) { return SqlDocumentRepository::find(reader, id); });
        if (!local)
            return std::unexpected(local.error());
        if (!*local)
            missing << id;
    }
    for (const QString& id : missing) {
        const auto got =
            m_transport->send({"GET", QStringLiteral("/api/v1/%1/%2").arg(kInvoices, id), {}, {}});
        if (got.status == 404)
            continue; // applying the credit note then says what is missing
        if (got.status != 200)
            return std::unexpected(transportError(got));
        ordered.append(got.json);
    }
    for (const auto value : notes)
        ordered.append(value);
    return ordered;
}

domain::Status SyncEngine::pullCollection(const QString& collection, SyncReport& report) {
    const QString cursorKey = QStringLiteral("cursor.") + collection;
    while (true) {
        auto cursor = m_vault.read(
            [&](Reader& reader) { return SqlSyncRepository::state(reader, cursorKey); });
        if (!cursor)
            return std::unexpected(cursor.error());
        QString path = QStringLiteral("/api/v1/%1?limit=%2").arg(collection).arg(kPageSize);
        if (!cursor->isEmpty())
            path += QStringLiteral("&since=") + *cursor;
        const auto page = m_transport->send({"GET", path, {}, {}});
        if (page.status != 200)
            return std::unexpected(transportError(page));
        QJsonArray items = page.json.value(QStringLiteral("items")).toArray();
        if (collection == kInvoices) {
            auto ordered = invoicesFirst(items);
            if (!ordered)
                return std::unexpected(ordered.error());
            items = *ordered;
        }
        const QJsonArray deleted = page.json.value(QStringLiteral("deleted")).toArray();
        const QString next = page.json.value(QStringLiteral("nextCursor")).toString();
        const bool hasMore = page.json.value(QStringLiteral("hasMore")).toBool();
        if (next.isEmpty())
            return domain::fail(ErrorCode::Damaged,
                                QStringLiteral("The sync server sent a page without a cursor."));
        int applied = 0;
        // One transaction per page: the records and the cursor that covers them.
        auto written = m_vault.write(
            {QStringLiteral("sync"), QStringLiteral("sync.pulled"), collection, QString(), {}},
            [&](Writer& writer) -> domain::Status {
                if (auto on = SqlSyncRepository::setApplying(writer, true); !on)
                    return on;
                for (const auto value : items) {
                    const QJsonObject item = value.toObject();
                    const QString id = item.value(QStringLiteral("id")).toString();
                    const qint64 version = item.value(QStringLiteral("version")).toInteger();
                    auto seen = SqlSyncRepository::serverVersion(writer, collection, id);
                    if (!seen)
                        return std::unexpected(seen.error());
                    if (*seen && **seen >= version)
                        continue; // our own push coming back, or older
                    auto pending = SqlSyncRepository::outboxEntry(writer, collection, id);
                    if (!pending)
                        return std::unexpected(pending.error());
                    if (*pending) {
                        if (auto ok = resolveConflict(writer, report, collection, id, item); !ok)
                            return ok;
                    } else {
                        if (auto ok = applyPulled(writer, report, collection, item); !ok)
                            return ok;
                        if (auto ok = SqlSyncRepository::setServerVersion(writer, collection, id,
                                                                          version);
                            !ok)
                            return ok;
                    }
                    ++applied;
                }
                for (const auto value : deleted) {
                    const QJsonObject item = value.toObject();
                    const QString id = item.value(QStringLiteral("id")).toString();
                    auto seen = SqlSyncRepository::serverVersion(writer, collection, id);
                    if (!seen)
                        return std::unexpected(seen.error());
                    if (!*seen) {
                        // Never seen here, or our own delete coming back.
                        auto exists = localJson(writer, collection, id);
                        if (!exists)
                            return std::unexpected(exists.error());
                        if (!*exists)
                            continue;
                    }
                    auto pending = SqlSyncRepository::outboxEntry(writer, collection, id);
                    if (!pending)
                        return std::unexpected(pending.error());
                    if (*pending && !(*pending)->isDelete) {
                        // Changed here, deleted there: keep ours as a copy.
                        auto local = localJson(writer, collection, id);
                        if (!local)
                            return std::unexpected(local.error());
                        if (*local) {
                            QString copyId;
                            if (collection == kClients) {
                                auto c = domain::JsonClientCodec::decode(**local);
                                if (!c)
                                    return std::unexpected(c.error());
                                auto copied = copyClient(writer, c->value);
                                if (!copied)
                                    return std::unexpected(copied.error());
                                copyId = *copied;
                            } else {
                                auto d = domain::JsonDocumentCodec::decode(**local);
                                if (!d)
                                    return std::unexpected(d.error());
                                if (d->value.status == DocumentStatus::Draft) {
                                    auto copied = copyDraft(writer, d->value);
                                    if (!copied)
                                        return std::unexpected(copied.error());
                                    copyId = *copied;
                                }
                            }
                            if (auto ok = recordConflict(
                                    writer, report, collection, id, copyId,
                                    QStringLiteral("A record changed here was deleted on another "
                                                   "device; your version was saved as a copy."));
                                !ok)
                                return ok;
                        }
                    }
                    if (auto ok = deleteLocally(writer, report, collection, id); !ok)
                        return ok;
                    if (auto ok = SqlSyncRepository::dropOutbox(writer, collection, id); !ok)
                        return ok;
                    if (auto ok = SqlSyncRepository::setServerVersion(writer, collection, id,
                                                                      std::nullopt);
                        !ok)
                        return ok;
                    ++applied;
                }
                if (auto ok = SqlSyncRepository::setState(writer, cursorKey, next); !ok)
                    return ok;
                writer.event().summary = QJsonObject{{QStringLiteral("applied"), applied}};
                return SqlSyncRepository::setApplying(writer, false);
            });
        if (!written)
            return std::unexpected(written.error());
        report.pulled += applied;
        if (!hasMore)
            return {};
    }
}

domain::Result<std::optional<SyncEngine::Witness>> SyncEngine::witness() {
    const auto stored = m_transport->send(
        {"GET", QStringLiteral("/api/v1/audit/checkpoints/") + m_vault.id().toLower(), {}, {}});
    if (stored.status == 404)
        return std::optional<Witness>();
    if (stored.status != 200)
        return std::unexpected(transportError(stored));
    return std::optional<Witness>(Witness{stored.json.value(QStringLiteral("seq")).toInteger(),
                                          stored.json.value(QStringLiteral("head")).toString()});
}

domain::Result<bool> SyncEngine::onChain(storage::Vault& vault, const Witness& witness) {
    if (witness.seq <= 0)
        return true;
    auto entries = vault.auditEntries(witness.seq - 1, 1);
    if (!entries)
        return std::unexpected(entries.error());
    return !entries->empty() && entries->front().seq == witness.seq &&
           QString::fromLatin1(entries->front().hash.toHex()) == witness.head.toLower();
}

domain::Status SyncEngine::checkpoint() {
    const QString vaultId = m_vault.id().toLower();
    const qint64 seq = m_vault.header().anchorSeq;
    const QString head = QString::fromLatin1(m_vault.header().anchorHash.toHex());
    const auto witnessed = witness();
    if (!witnessed)
        return std::unexpected(witnessed.error());
    if (*witnessed) {
        const auto known = onChain(m_vault, **witnessed);
        if (!known)
            return std::unexpected(known.error());
        if (!*known)
            return domain::fail(
                ErrorCode::RolledBack,
                QStringLiteral("The sync server witnessed this vault at audit entry %1, which "
                               "this vault (now at entry %2) does not hold: it was restored to "
                               "an older state or its history was altered. Sync has stopped so "
                               "that nothing is lost; see docs/SYNC_SERVER.md.")
                    .arg((*witnessed)->seq)
                    .arg(seq));
    }
    if (head.size() != 64)
        return {};
    const auto posted = m_transport->send({"POST",
                                           QStringLiteral("/api/v1/audit/checkpoints"),
                                           compact(QJsonObject{{QStringLiteral("vaultId"), vaultId},
                                                               {QStringLiteral("seq"), seq},
                                                               {QStringLiteral("head"), head}}),
                                           {}});
    if (posted.status == 409)
        return domain::fail(ErrorCode::RolledBack, posted.errorMessage());
    if (posted.status != 200)
        return std::unexpected(transportError(posted));
    return {};
}

} // namespace quittance::sync
