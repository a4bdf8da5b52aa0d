#include "ExportCommands.h"

#include "services/PortabilityService.h"

#include <QJsonObject>

namespace quittance::cli {

using domain::ErrorCode;

ExitCode ExportCommands::exportData() {
    const QString format = m_cx.line().words.value(1);
    if (format != QStringLiteral("json"))
        return m_cx.unknownSubcommand(QStringLiteral("export"), QStringLiteral("json"));
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"out"}); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    const QString path = line.value(QStringLiteral("out"));
    if (line.has(QStringLiteral("out")) && path.isEmpty())
        return m_cx.fail({ErrorCode::InvalidInput, QStringLiteral("--out needs a file name."),
                          QStringLiteral("out")});
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::PortabilityService portability(m_cx.vault());
    if (path.isEmpty()) {
        auto data = portability.encodeJson();
        if (!data)
            return m_cx.fail(data.error());
        m_cx.out() << QString::fromUtf8(data->json);
        return ExitCode::Success;
    }
    auto content = portability.exportJson(path);
    if (!content)
        return m_cx.fail(content.error());
    if (m_cx.json())
        m_cx.printJson(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("clients"), static_cast<qint64>(content->clients)},
                        {QStringLiteral("products"), static_cast<qint64>(content->products)},
                        {QStringLiteral("documents"), static_cast<qint64>(content->documents)}});
    else
        m_cx.out() << QStringLiteral("Exported %1 clients, %2 products and %3 documents to %4.\n")
                          .arg(content->clients)
                          .arg(content->products)
                          .arg(content->documents)
                          .arg(path);
    return ExitCode::Success;
}

} // namespace quittance::cli
