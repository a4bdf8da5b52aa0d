#include "SyncCommands.h"

#include "SecretInput.h"
#include "services/SyncService.h"

#include <QJsonArray>

namespace quittance::cli {

using domain::ErrorCode;

namespace {
constexpr char kApiKeyEnv[] = "QUITTANCE_API_KEY";
}

ExitCode SyncCommands::sync() {
    const QString sub = m_cx.line().words.value(1);
    if (sub == QStringLiteral("login"))
        return login();
    if (sub == QStringLiteral("run"))
        return run();
    if (sub == QStringLiteral("status"))
        return status();
    if (sub == QStringLiteral("logout"))
        return logout();
    return m_cx.unknownSubcommand(QStringLiteral("sync"),
                                  QStringLiteral("login, run, status, logout"));
}

ExitCode SyncCommands::login() {
    if (const ExitCode code =
            m_cx.checkArguments(2, 2,
                                {u"server", u"api-key-file", u"store-in-vault",
                                 u"insecure-loopback", u"pin", u"ca-file", u"no-test"});
        code != ExitCode::Success)
        return code;
    const QString server = m_cx.line().value(QStringLiteral("server"));
    if (server.isEmpty())
        return m_cx.usage(QStringLiteral("'sync login' needs --server URL."));
    services::SyncService::Settings settings;
    settings.server = QUrl(server, QUrl::StrictMode);
    settings.insecureLoopback = m_cx.line().flag(QStringLiteral("insecure-loopback"));
    settings.publicKeyPin = m_cx.line().value(QStringLiteral("pin")).toLatin1();
    settings.caFile = m_cx.line().value(QStringLiteral("ca-file"));
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto key = SecretInput::read(m_cx.line().value(QStringLiteral("api-key-file")), kApiKeyEnv,
                                 QStringLiteral("API key: "), false);
    if (!key)
        return m_cx.fail(key.error());
    const QByteArray apiKey(reinterpret_cast<const char*>(key->data()),
                            static_cast<qsizetype>(key->size()));
    const auto location = m_cx.line().flag(QStringLiteral("store-in-vault"))
                              ? sync::ApiKeyStore::Location::Vault
                              : sync::ApiKeyStore::Location::Keychain;
    services::SyncService service(m_cx.vault());
    auto done = service.login(settings, apiKey.trimmed(), location,
                              !m_cx.line().flag(QStringLiteral("no-test")));
    if (!done)
        return m_cx.fail(done.error());
    m_cx.out() << (location == sync::ApiKeyStore::Location::Keychain
                       ? QStringLiteral(
                             "Logged in; the API key is stored in the system keychain.\n")
                       : QStringLiteral("Logged in; the API key is stored inside the encrypted "
                                        "vault.\n"));
    return ExitCode::Success;
}

ExitCode SyncCommands::run() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::SyncService service(m_cx.vault());
    auto report = service.syncNow();
    if (!report)
        return m_cx.fail(report.error());
    if (m_cx.json()) {
        m_cx.printJson(QJsonObject{
            {QStringLiteral("pushed"), report->pushed},
            {QStringLiteral("pulled"), report->pulled},
            {QStringLiteral("deletedLocally"), report->deletedLocally},
            {QStringLiteral("conflicts"), report->conflicts},
            {QStringLiteral("rejected"), report->rejected},
            {QStringLiteral("pending"), report->pending},
            {QStringLiteral("messages"), QJsonArray::fromStringList(report->messages)}});
    } else {
        m_cx.out() << QStringLiteral("Pushed %1, pulled %2, deleted %3, conflicts %4, refused %5, "
                                     "pending %6.\n")
                          .arg(report->pushed)
                          .arg(report->pulled)
                          .arg(report->deletedLocally)
                          .arg(report->conflicts)
                          .arg(report->rejected)
                          .arg(report->pending);
        for (const QString& message : report->messages)
            m_cx.out() << QStringLiteral("  ") << message << u'\n';
    }
    // A refused change (duplicate number) is not a failed run, but scripts must notice it.
    return report->rejected > 0 ? ExitCode::Refused : ExitCode::Success;
}

ExitCode SyncCommands::status() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::SyncService service(m_cx.vault());
    auto state = service.state();
    if (!state)
        return m_cx.fail(state.error());
    QJsonArray conflicts;
    for (const auto& c : state->conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("collection"), c.collection},
                                     {QStringLiteral("id"), c.recordId},
                                     {QStringLiteral("copyId"), c.copyId},
                                     {QStringLiteral("message"), c.message},
                                     {QStringLiteral("detectedAt"), c.detectedAt}});
    if (m_cx.json()) {
        m_cx.printJson(QJsonObject{{QStringLiteral("configured"), state->configured},
                                   {QStringLiteral("server"), state->settings.server.toString()},
                                   {QStringLiteral("keyLocation"), state->keyLocation},
                                   {QStringLiteral("lastSync"), state->lastSync},
                                   {QStringLiteral("lastError"), state->lastError},
                                   {QStringLiteral("keyRefused"), state->keyRefused},
                                   {QStringLiteral("pending"), state->pending},
                                   {QStringLiteral("conflicts"), conflicts}});
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    out << QStringLiteral("Server:      %1\n")
               .arg(state->settings.server.isEmpty() ? QStringLiteral("(not set)")
                                                     : state->settings.server.toString());
    out << QStringLiteral("API key:     %1\n")
               .arg(state->keyLocation.isEmpty()
                        ? QStringLiteral("(none)")
                        : QStringLiteral("stored in the ") + state->keyLocation);
    out << QStringLiteral("Last sync:   %1\n")
               .arg(state->lastSync.isEmpty() ? QStringLiteral("never") : state->lastSync);
    out << QStringLiteral("Pending:     %1 local change(s)\n").arg(state->pending);
    if (!state->lastError.isEmpty())
        out << QStringLiteral("Last error:  %1\n").arg(state->lastError);
    if (state->keyRefused)
        out << QStringLiteral("Action:      the server refused the API key; sync waits until you "
                              "log in with a new one (quittance-cli sync login).\n");
    for (const auto& c : state->conflicts)
        out << QStringLiteral("Conflict:    %1 %2\n").arg(c.detectedAt, c.message);
    return ExitCode::Success;
}

ExitCode SyncCommands::logout() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::SyncService service(m_cx.vault());
    if (auto done = service.logout(); !done)
        return m_cx.fail(done.error());
    m_cx.out() << QStringLiteral("Logged out; the API key was removed.\n");
    return ExitCode::Success;
}

} // namespace quittance::cli
