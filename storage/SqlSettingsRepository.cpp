#include "SqlSettingsRepository.h"

#include "EntityCodec.h"

namespace quittance::storage {

domain::Result<QString> SqlSettingsRepository::value(const Reader& reader, const QString& key,
                                                     const QString& fallback) {
    auto stmt = reader.query("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->text(0) : fallback;
}

domain::Status SqlSettingsRepository::setValue(Writer& writer, const QString& key,
                                               const QString& value) {
    auto stmt = writer.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

domain::Result<std::optional<domain::BusinessProfile>>
SqlSettingsRepository::profile(const Reader& reader) {
    auto stmt = reader.query("SELECT body, logo FROM business_profile WHERE id = 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<domain::BusinessProfile>();
    auto profile = EntityCodec::decodeProfile(stmt->text(0).toUtf8());
    if (!profile)
        return domain::fail(domain::ErrorCode::Damaged,
                            QStringLiteral("The stored business profile could not be read: %1")
                                .arg(profile.error().message));
    profile->logo = stmt->blob(1);
    return std::optional<domain::BusinessProfile>(std::move(*profile));
}

domain::Status SqlSettingsRepository::setProfile(Writer& writer,
                                                 const domain::BusinessProfile& profile,
                                                 const QString& now) {
    auto stmt = writer.prepare(
        "INSERT INTO business_profile (id, body, logo, updated_at) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET body = excluded.body, logo = excluded.logo,"
        " updated_at = excluded.updated_at");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, QString::fromUtf8(EntityCodec::encodeProfile(profile)));
    if (profile.logo.isEmpty())
        stmt->bindNull(2);
    else
        stmt->bindBlob(2, profile.logo);
    stmt->bind(3, now);
    return stmt->run();
}

domain::Result<qint64> SqlSettingsRepository::takeNextNumber(Writer& writer,
                                                             domain::DocumentType type,
                                                             const QString& period) {
    auto stmt =
        writer.prepare("INSERT INTO number_sequences (type, period, next_seq) VALUES (?, ?, 2)"
                       " ON CONFLICT (type, period) DO UPDATE SET next_seq = next_seq + 1"
                       " RETURNING next_seq - 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, domain::documentTypeCode(type)).bind(2, period);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return domain::fail(domain::ErrorCode::Internal,
                            QStringLiteral("Could not allocate a document number."));
    const qint64 seq = stmt->int64(0);
    if (auto done = stmt->run(); !done)
        return std::unexpected(done.error());
    return seq;
}

} // namespace quittance::storage
