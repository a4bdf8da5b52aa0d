#include "CliContext.h"

#include "SecretInput.h"
#include "storage/Log.h"

#include <QJsonDocument>

namespace quittance::cli {

namespace {

const char kPassphraseEnv[] = "QUITTANCE_PASSPHRASE";

bool isGlobalOption(const QString& name) {
    return name == QStringLiteral("vault") || name == QStringLiteral("passphrase-file") ||
           name == QStringLiteral("json") || name == QStringLiteral("verbose") ||
           name == QStringLiteral("help");
}

} // namespace

CliContext::CliContext(const CommandLine& line, QTextStream& out, QTextStream& err,
                       services::VaultSession& session)
    : m_line(line)
    , m_out(out)
    , m_err(err)
    , m_session(session)
    , m_json(line.flag(QStringLiteral("json"))) {}

storage::Vault& CliContext::vault() {
    Q_ASSERT(m_session.vault());
    return *m_session.vault();
}

ExitCode CliContext::usage(const QString& message) {
    m_err << QStringLiteral("quittance-cli: ") << message
          << QStringLiteral("\nRun 'quittance-cli --help' for usage.\n");
    return ExitCode::Usage;
}

ExitCode CliContext::fail(const domain::Error& error) {
    if (m_json) {
        QJsonObject object{{QStringLiteral("code"), domain::errorCodeName(error.code)},
                           {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty())
            object.insert(QStringLiteral("field"), error.field);
        m_err << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), object}})
                                       .toJson(QJsonDocument::Compact))
              << '\n';
    } else {
        m_err << QStringLiteral("quittance-cli: ") << error.message;
        if (!error.field.isEmpty())
            m_err << QStringLiteral(" (field: ") << error.field << ')';
        m_err << '\n';
    }
    storage::Log::warn(QStringLiteral("command failed: %1").arg(domain::errorCodeName(error.code)));
    return exitCodeFor(error.code);
}

QString CliContext::vaultDir() const {
    return m_line.value(QStringLiteral("vault"), services::VaultSession::defaultVaultDirectory());
}

ExitCode CliContext::unlock() {
    auto passphrase = SecretInput::read(m_line.value(QStringLiteral("passphrase-file")),
                                        kPassphraseEnv, QStringLiteral("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    if (auto unlocked = m_session.unlock(vaultDir(), passphrase->bytes()); !unlocked)
        return fail(unlocked.error());
    return ExitCode::Success;
}

ExitCode CliContext::checkArguments(qsizetype minWords, qsizetype maxWords,
                                    const QList<QStringView>& options) {
    // "client add"; commands taking free text (search TEXT...) by their first word only.
    const QString command = m_line.words.mid(0, maxWords > 3 ? 1 : 2).join(u' ');
    if (m_line.words.size() < minWords)
        return usage(QStringLiteral("'%1' needs %2.")
                         .arg(command, minWords - m_line.words.size() == 1
                                           ? QStringLiteral("one more argument")
                                           : QStringLiteral("more arguments")));
    if (m_line.words.size() > maxWords)
        return usage(QStringLiteral("Too many arguments for '%1'.").arg(command));
    for (const QString& name : m_line.optionNames()) {
        if (isGlobalOption(name))
            continue;
        bool allowed = false;
        for (const QStringView option : options)
            allowed = allowed || option == name;
        if (!allowed) {
            domain::Error error{
                domain::ErrorCode::InvalidInput,
                QStringLiteral("'%1' does not take the option --%2.").arg(command, name), name};
            return fail(error);
        }
    }
    return ExitCode::Success;
}

ExitCode CliContext::unknownSubcommand(const QString& group, const QString& subcommands) {
    const QString action = m_line.words.value(1);
    return usage(action.isEmpty()
                     ? QStringLiteral("'%1' needs a subcommand: %2.").arg(group, subcommands)
                     : QStringLiteral("Unknown %1 subcommand '%2' (expected one of: %3).")
                           .arg(group, action.left(64), subcommands));
}

void CliContext::printJson(const QJsonObject& object) {
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliContext::printJson(const QJsonArray& array) {
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace quittance::cli
