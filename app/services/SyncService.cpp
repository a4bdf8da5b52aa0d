#include "SyncService.h"

#include "storage/Vault.h"

namespace quittance::services {

using domain::ErrorCode;
using storage::SqlSyncRepository;

namespace {
const QString kServer = QStringLiteral("server");
const QString kInsecure = QStringLiteral("insecure_loopback");
const QString kPin = QStringLiteral("public_key_pin");
const QString kCaFile = QStringLiteral("ca_file");
const QString kKeyRefused = QStringLiteral("key_refused");
} // namespace

SyncService::SyncService(storage::Vault& vault)
    : m_vault(vault) {}

sync::SyncOptions SyncService::optionsFor(const Settings& settings) const {
    sync::SyncOptions options;
    options.server = settings.server;
    options.allowInsecureLoopback = settings.insecureLoopback;
    options.publicKeyPin = settings.publicKeyPin;
    options.caFile = settings.caFile;
    if (m_tuning)
        m_tuning(options);
    return options;
}

domain::Result<SyncService::Settings> SyncService::settings() {
    return m_vault.read([](storage::Reader& reader) -> domain::Result<Settings> {
        Settings s;
        for (const auto& [key, target] : {std::pair{kServer, 0}, std::pair{kInsecure, 1},
                                          std::pair{kPin, 2}, std::pair{kCaFile, 3}}) {
            auto value = SqlSyncRepository::state(reader, key);
            if (!value)
                return std::unexpected(value.error());
            switch (target) {
            case 0:
                s.server = QUrl(*value);
                break;
            case 1:
                s.insecureLoopback = *value == QLatin1String("1");
                break;
            case 2:
                s.publicKeyPin = value->toLatin1();
                break;
            default:
                s.caFile = *value;
                break;
            }
        }
        return s;
    });
}

domain::Status SyncService::saveSettings(const Settings& settings) {
    if (auto valid = optionsFor(settings).validate(); !valid)
        return valid;
    auto written = m_vault.write(
        {QStringLiteral("local"), QStringLiteral("sync.configured"), QStringLiteral("sync"),
         QString(), QJsonObject{{QStringLiteral("insecure"), settings.insecureLoopback}}},
        [&](storage::Writer& writer) -> domain::Status {
            const auto put = [&](const QString& key, const QString& value) {
                return SqlSyncRepository::setState(writer, key, value);
            };
            if (auto ok = put(kServer, settings.server.toString()); !ok)
                return ok;
            if (auto ok = put(kInsecure, settings.insecureLoopback ? QStringLiteral("1")
                                                                   : QStringLiteral("0"));
                !ok)
                return ok;
            if (auto ok = put(kPin, QString::fromLatin1(settings.publicKeyPin)); !ok)
                return ok;
            // Settings come with a login: a key refused before is no longer current.
            if (auto ok = put(kKeyRefused, QStringLiteral("0")); !ok)
                return ok;
            return put(kCaFile, settings.caFile);
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Status SyncService::testConnection(const Settings& settings, const QByteArray& apiKey) {
    if (!sync::ApiKeyStore::looksLikeKey(apiKey))
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("That is not a Quittance API key (qk_…)."),
                            QStringLiteral("apiKey"));
    sync::SyncEngine engine(m_vault, optionsFor(settings), apiKey);
    return engine.testConnection();
}

domain::Status SyncService::testConnection() {
    auto s = settings();
    if (!s)
        return std::unexpected(s.error());
    auto key = sync::ApiKeyStore::load(m_vault);
    if (!key)
        return std::unexpected(key.error());
    return testConnection(*s, *key);
}

domain::Status SyncService::login(const Settings& settings, const QByteArray& apiKey,
                                  sync::ApiKeyStore::Location location, bool testFirst) {
    if (auto valid = optionsFor(settings).validate(); !valid)
        return valid;
    if (testFirst) {
        if (auto ok = testConnection(settings, apiKey); !ok)
            return ok;
    }
    if (auto stored = sync::ApiKeyStore::store(m_vault, location, apiKey); !stored)
        return stored;
    return saveSettings(settings);
}

domain::Status SyncService::logout() {
    return sync::ApiKeyStore::remove(m_vault);
}

domain::Result<std::unique_ptr<sync::SyncEngine>> SyncService::engineFor(const Settings& settings) {
    auto key = sync::ApiKeyStore::load(m_vault);
    if (!key)
        return std::unexpected(key.error());
    auto engine = std::make_unique<sync::SyncEngine>(m_vault, optionsFor(settings), *key);
    key->fill('\0');
    return engine;
}

domain::Result<sync::SyncReport> SyncService::syncNow() {
    auto s = settings();
    if (!s)
        return std::unexpected(s.error());
    if (s->server.isEmpty())
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("Sync is not set up; log in first (server URL and API "
                                           "key)."),
                            QStringLiteral("server"));
    auto engine = engineFor(*s);
    if (!engine)
        return std::unexpected(engine.error());
    auto report = (*engine)->run();
    if (!report && report.error().code == ErrorCode::WrongSecret) {
        (void)m_vault.write({QStringLiteral("sync"),
                             QStringLiteral("sync.key_refused"),
                             QStringLiteral("sync"),
                             QString(),
                             {}},
                            [](storage::Writer& writer) {
                                return SqlSyncRepository::setState(writer, kKeyRefused,
                                                                   QStringLiteral("1"));
                            });
    }
    return report;
}

domain::Result<SyncService::State> SyncService::state() {
    State st;
    auto s = settings();
    if (!s)
        return std::unexpected(s.error());
    st.settings = *s;
    auto location = sync::ApiKeyStore::location(m_vault);
    if (location)
        st.keyLocation = *location == sync::ApiKeyStore::Location::Keychain
                             ? QStringLiteral("keychain")
                             : QStringLiteral("vault");
    st.configured = !s->server.isEmpty() && location.has_value();
    auto read = m_vault.read([&](storage::Reader& reader) -> domain::Status {
        auto lastSync = SqlSyncRepository::state(reader, QStringLiteral("last_sync"));
        auto lastError = SqlSyncRepository::state(reader, QStringLiteral("last_error"));
        auto keyRefused = SqlSyncRepository::state(reader, kKeyRefused);
        auto pending = SqlSyncRepository::outboxSize(reader);
        auto conflicts = SqlSyncRepository::conflicts(reader, 20);
        if (!lastSync || !lastError || !keyRefused || !pending || !conflicts)
            return domain::fail(ErrorCode::Internal,
                                QStringLiteral("Could not read the sync state."));
        st.lastSync = *lastSync;
        st.lastError = *lastError;
        st.keyRefused = *keyRefused == QLatin1String("1") && !lastError->isEmpty();
        st.pending = *pending;
        st.conflicts = std::move(*conflicts);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    return st;
}

SyncService::RollbackCheck SyncService::checkForRollback(qint64 backupSeq) {
    RollbackCheck check;
    check.vaultSeq = backupSeq >= 0 ? backupSeq : m_vault.header().anchorSeq;
    const qint64 shownSeq = check.vaultSeq;
    auto st = state();
    if (!st || !st->configured)
        return check;
    check.outcome = RollbackCheck::Outcome::Unchecked;
    auto engine = engineFor(st->settings);
    if (!engine) {
        check.message = QStringLiteral("Could not check this vault against the sync server's "
                                       "audit checkpoint (%1). Log in to sync again before "
                                       "relying on it: if the backup is older than the last "
                                       "sync, sync will say so and stop.")
                            .arg(engine.error().message);
        return check;
    }
    auto witness = (*engine)->witness();
    if (!witness) {
        check.message = QStringLiteral("Could not ask the sync server for its audit checkpoint "
                                       "(%1), so a rollback was not checked.")
                            .arg(witness.error().message);
        return check;
    }
    if (!*witness) {
        check.outcome = RollbackCheck::Outcome::Current;
        return check;
    }
    check.witnessedSeq = (*witness)->seq;
    const auto known = sync::SyncEngine::onChain(m_vault, **witness);
    if (!known) {
        check.message = QStringLiteral("Could not read this vault's audit log (%1), so a "
                                       "rollback was not checked.")
                            .arg(known.error().message);
        return check;
    }
    if (*known) {
        check.outcome = RollbackCheck::Outcome::Current;
        return check;
    }
    check.outcome = RollbackCheck::Outcome::RolledBack;
    check.message =
        check.witnessedSeq > shownSeq
            ? QStringLiteral("This backup is older than the vault's last sync: the sync server "
                             "witnessed audit entry %1, the backup ends at entry %2. Restoring "
                             "it is a rollback: changes made after the backup (invoices issued, "
                             "payments recorded, their numbers) are not in it, and sync will "
                             "refuse to run from it. Keep the newer vault if you still have it.")
                  .arg(check.witnessedSeq)
                  .arg(shownSeq)
            : QStringLiteral("The sync server witnessed a different history for this vault at "
                             "audit entry %1: this backup does not continue it. Sync will refuse "
                             "to run from it.")
                  .arg(check.witnessedSeq);
    return check;
}

} // namespace quittance::services
