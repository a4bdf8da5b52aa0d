#pragma once

// Runs quittance-cli as a script would: a fresh environment per test (HOME
// and XDG_DATA_HOME in a temporary folder), secrets only through the
// environment or files, and no controlling terminal (setsid), so a missing
// secret fails instead of waiting for a prompt.

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace quittance::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliRunner {
public:
    explicit CliRunner(const QString& home)
        : m_home(home) {}

    CliResult run(const QStringList& args, const QMap<QString, QString>& env = {},
                  const QByteArray& stdinData = {}) const {
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral(QUITTANCE_CLI_PATH), args);
        process.waitForStarted();
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        CliResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString logDirectory() const { return m_home + QStringLiteral("/data/quittance/logs"); }

private:
    QString m_home;
};

} // namespace quittance::test
