#include "ApiKeyStore.h"

#include "storage/SqlSyncRepository.h"
#include "storage/Vault.h"

#include <QEventLoop>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

namespace quittance::sync {

using domain::ErrorCode;
using storage::SqlSyncRepository;

namespace {

const QString kLocationKey = QStringLiteral("api_key_location");
const QString kVaultKey = QStringLiteral("api_key");

domain::Error keychainError(const QKeychain::Job& job) {
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError ||
        job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return {ErrorCode::Io,
                QStringLiteral("No usable keychain: %1. The API key can be kept inside the "
                               "encrypted vault instead (quittance-cli sync login "
                               "--store-in-vault).")
                    .arg(job.errorString().left(200)),
                QStringLiteral("keychain")};
    if (job.error() == QKeychain::EntryNotFound)
        return {ErrorCode::NotFound, QStringLiteral("No API key is stored in the keychain."),
                QStringLiteral("keychain")};
    return {ErrorCode::Io,
            QStringLiteral("The keychain failed: %1").arg(job.errorString().left(200)),
            QStringLiteral("keychain")};
}

template <typename Job>
void runJob(Job& job) {
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString ApiKeyStore::keychainEntry(const storage::Vault& vault) {
    return QStringLiteral("vault-") + vault.id();
}

bool ApiKeyStore::looksLikeKey(const QByteArray& key) {
    static const QRegularExpression format(QStringLiteral("^qk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$"));
    return format.match(QString::fromLatin1(key)).hasMatch();
}

domain::Status ApiKeyStore::writeKeychain(const QString& entry, const QByteArray& key) {
    QKeychain::WritePasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entry);
    job.setBinaryData(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job));
    return {};
}

domain::Result<QByteArray> ApiKeyStore::readKeychain(const QString& entry) {
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entry);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job));
    return job.binaryData();
}

domain::Status ApiKeyStore::deleteKeychain(const QString& entry) {
    QKeychain::DeletePasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entry);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(job));
    return {};
}

domain::Status ApiKeyStore::store(storage::Vault& vault, Location location, const QByteArray& key) {
    if (!looksLikeKey(key))
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("That is not a Quittance API key (qk_…)."),
                            QStringLiteral("apiKey"));
    if (location == Location::Keychain) {
        if (auto written = writeKeychain(keychainEntry(vault), key); !written)
            return written;
    }
    auto written =
        vault.write({QStringLiteral("local"), QStringLiteral("sync.key_stored"),
                     QStringLiteral("sync"), QString(),
                     QJsonObject{{QStringLiteral("location"), location == Location::Keychain
                                                                  ? QStringLiteral("keychain")
                                                                  : QStringLiteral("vault")}}},
                    [&](storage::Writer& writer) -> domain::Status {
                        if (auto ok = SqlSyncRepository::setState(writer, kLocationKey,
                                                                  location == Location::Keychain
                                                                      ? QStringLiteral("keychain")
                                                                      : QStringLiteral("vault"));
                            !ok)
                            return ok;
                        return SqlSyncRepository::setState(
                            writer, kVaultKey,
                            location == Location::Vault ? QString::fromLatin1(key) : QString());
                    });
    if (!written)
        return std::unexpected(written.error());
    if (location == Location::Vault)
        (void)deleteKeychain(keychainEntry(vault));
    return {};
}

domain::Result<ApiKeyStore::Location> ApiKeyStore::location(storage::Vault& vault) {
    auto where = vault.read(
        [](storage::Reader& reader) { return SqlSyncRepository::state(reader, kLocationKey); });
    if (!where)
        return std::unexpected(where.error());
    if (*where == QLatin1String("keychain"))
        return Location::Keychain;
    if (*where == QLatin1String("vault"))
        return Location::Vault;
    return domain::fail(ErrorCode::NotFound,
                        QStringLiteral("No API key is stored; log in first (quittance-cli sync "
                                       "login --server URL)."),
                        QStringLiteral("apiKey"));
}

domain::Result<QByteArray> ApiKeyStore::load(storage::Vault& vault) {
    auto where = location(vault);
    if (!where)
        return std::unexpected(where.error());
    if (*where == Location::Keychain)
        return readKeychain(keychainEntry(vault));
    auto key = vault.read(
        [](storage::Reader& reader) { return SqlSyncRepository::state(reader, kVaultKey); });
    if (!key)
        return std::unexpected(key.error());
    return key->toLatin1();
}

domain::Status ApiKeyStore::remove(storage::Vault& vault) {
    (void)deleteKeychain(keychainEntry(vault));
    auto written = vault.write(
        {QStringLiteral("local"),
         QStringLiteral("sync.key_removed"),
         QStringLiteral("sync"),
         QString(),
         {}},
        [](storage::Writer& writer) -> domain::Status {
            if (auto ok = SqlSyncRepository::setState(writer, kLocationKey, QString()); !ok)
                return ok;
            return SqlSyncRepository::setState(writer, kVaultKey, QString());
        });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace quittance::sync
