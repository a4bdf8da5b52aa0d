#pragma once

#include "domain/Error.h"
#include "storage/SqlSyncRepository.h"
#include "sync/ApiKeyStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncOptions.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace quittance::storage {
class Vault;
}

namespace quittance::services {

// Sync with a hosted account, for the CLI and the GUI: the connection
// settings (kept in the vault), the API key (OS keychain, or the vault when
// the user chooses so because no keychain is available), "test connection",
// "sync now" and the state for a status bar. Every call blocks in a local
// event loop until the network is done; the GUI calls it from a slot and
// shows progress as busy. Errors are user-facing sentences (see SyncEngine
// for the codes: WrongSecret means "ask for a new key").
class SyncService {
public:
    struct Settings {
        QUrl server;
        bool insecureLoopback = false; // plain http to a loopback host (development only)
        QByteArray publicKeyPin;       // base64 SHA-256 of the server's public key, optional
        QString caFile;                // extra trusted CA certificates (PEM), optional
    };
    struct State {
        bool configured = false; // server and key present
        Settings settings;
        QString keyLocation;     // "keychain", "vault" or "" (none)
        QString lastSync;        // ISO 8601 UTC of the last successful run, or ""
        QString lastError;       // the last run's error sentence, or ""
        qint64 pending = 0;      // local changes not yet pushed
        bool keyRefused = false; // a run ended with 401: sync waits for a new key (login)
        std::vector<storage::SqlSyncRepository::Conflict> conflicts; // newest first
    };

    explicit SyncService(storage::Vault& vault);

    domain::Result<Settings> settings();
    domain::Status saveSettings(const Settings& settings);

    // Checks the settings and the key against the server (GET /health and an
    // authenticated request), then stores both. With Location::Keychain and
    // no keychain available, fails with field "keychain" (offer the vault).
    domain::Status login(const Settings& settings, const QByteArray& apiKey,
                         sync::ApiKeyStore::Location location, bool testFirst = true);
    domain::Status logout();
    domain::Status testConnection(const Settings& settings, const QByteArray& apiKey);
    domain::Status testConnection();

    // One full run: push, pull, audit checkpoint. Records the outcome in the
    // state; a refused key (WrongSecret) stays recorded until the next login.
    domain::Result<sync::SyncReport> syncNow();
    domain::Result<State> state();

    // After a backup was restored into this vault: is it older than the newest
    // audit checkpoint the sync server witnessed for it? That is a rollback.
    struct RollbackCheck {
        enum class Outcome {
            NotConfigured, // sync was never set up for this vault: nothing known
            Unchecked,     // set up, but the server or the key was not reachable
            Current,       // the vault is at or after the server's witness
            RolledBack     // the server saw a later state (or another history)
        };
        Outcome outcome = Outcome::NotConfigured;
        qint64 vaultSeq = 0;     // the backup's audit anchor (or this vault's, see below)
        qint64 witnessedSeq = 0; // the server's witness, when there is one
        QString message;         // a sentence for the user; empty for NotConfigured/Current
    };
    // The witness must lie on this vault's own audit chain (SyncEngine::onChain):
    // a restored vault that went on with other entries (its own unlocks, say)
    // past the witnessed number is still a rollback. `backupSeq`, when given,
    // is the restored backup's anchor, reported as vaultSeq; else the vault's.
    RollbackCheck checkForRollback(qint64 backupSeq = -1);

    // Test seam: tuning of the transport (retries, backoff, timeouts).
    void setTuning(std::function<void(sync::SyncOptions&)> tuning) { m_tuning = std::move(tuning); }

private:
    sync::SyncOptions optionsFor(const Settings& settings) const;
    // An engine with the stored API key (the key's copy here is wiped).
    domain::Result<std::unique_ptr<sync::SyncEngine>> engineFor(const Settings& settings);
    storage::Vault& m_vault;
    std::function<void(sync::SyncOptions&)> m_tuning;
};

} // namespace quittance::services
