#pragma once

// A "device" for the sync tests: a vault with services (ServiceFixture) and
// a sync engine against the test server, plus a snapshot of its business data
// for convergence checks.

#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"
#include "server/ServerHarness.h"
#include "server/SyncFixtures.h"
#include "services/ServiceFixture.h"
#include "storage/SqlSyncRepository.h"
#include "sync/SyncEngine.h"

#include <QMap>

namespace quittance::test {

struct SyncDevice : ServiceFixture {
    sync::SyncOptions options;
    QByteArray apiKey;

    bool connect(const ServerHarness& server, const QByteArray& key, int port = 0) {
        options.server =
            QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port ? port : server.port));
        options.caFile = server.certPath();
        options.backoffBaseMs = 50;
        options.backoffCapMs = 400;
        options.maxAttempts = 4;
        apiKey = key;
        return true;
    }

    domain::Result<sync::SyncReport> sync() {
        sync::SyncEngine engine(*vault, options, apiKey);
        return engine.run();
    }

    qint64 outboxSize() {
        auto n = vault->read(
            [](storage::Reader& r) { return storage::SqlSyncRepository::outboxSize(r); });
        return n ? *n : -1;
    }

    // id -> JSON of every client and document (documents with status and payments).
    QMap<QString, QByteArray> snapshot() {
        QMap<QString, QByteArray> out;
        auto clientList = clients->list(true);
        if (clientList)
            for (const auto& entry : *clientList)
                out.insert(QStringLiteral("client:") +
                               entry.entity.uuid.toString(QUuid::WithoutBraces),
                           QJsonDocument(domain::JsonClientCodec::encode(entry.entity))
                               .toJson(QJsonDocument::Compact));
        QStringList ids;
        (void)vault->read([&](storage::Reader& r) -> domain::Status {
            auto stmt = r.query("SELECT id FROM documents ORDER BY id");
            if (!stmt)
                return std::unexpected(stmt.error());
            while (true) {
                auto row = stmt->step();
                if (!row || !*row)
                    break;
                ids << stmt->text(0);
            }
            return {};
        });
        for (const QString& id : ids) {
            auto entry = documents->get(id);
            if (entry)
                out.insert(QStringLiteral("document:") + id,
                           QJsonDocument(*domain::JsonDocumentCodec::encode(entry->document))
                               .toJson(QJsonDocument::Compact));
        }
        return out;
    }
};

} // namespace quittance::test
