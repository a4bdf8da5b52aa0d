#pragma once

// Runs the PDF inspection tools (poppler-utils, qpdf, zbar) on files the
// tests write, so a document is judged by independent readers rather than by
// the code that wrote it.

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace quittance::test {

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool hasTool(const QString& program) {
    return !QStandardPaths::findExecutable(program).isEmpty();
}

inline ToolRun runTool(const QString& program, const QStringList& arguments) {
    ToolRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace quittance::test
