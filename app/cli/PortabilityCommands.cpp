#include "PortabilityCommands.h"

#include "InputFile.h"
#include "OptionReader.h"
#include "domain/Csv.h"
#include "services/PortabilityService.h"

#include <QDir>

namespace quittance::cli {

using domain::ErrorCode;

bool PortabilityCommands::handles(const QStringList& words) {
    const QString group = words.value(0);
    const QString action = words.value(1);
    return (group == QStringLiteral("export") && action == QStringLiteral("csv")) ||
           (group == QStringLiteral("audit") && action == QStringLiteral("export")) ||
           ((group == QStringLiteral("client") || group == QStringLiteral("product")) &&
            action == QStringLiteral("import")) ||
           (group == QStringLiteral("client") && action == QStringLiteral("anonymise")) ||
           (group == QStringLiteral("vault") && action == QStringLiteral("erase"));
}

ExitCode PortabilityCommands::run() {
    const QString group = m_cx.line().words.value(0);
    const QString action = m_cx.line().words.value(1);
    if (group == QStringLiteral("export"))
        return exportCsv();
    if (group == QStringLiteral("audit"))
        return auditExport();
    if (action == QStringLiteral("import"))
        return import(group == QStringLiteral("client"));
    if (action == QStringLiteral("anonymise"))
        return anonymise();
    return erase();
}

ExitCode PortabilityCommands::exportCsv() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"out-dir"}); code != ExitCode::Success)
        return code;
    const QString dir = m_cx.line().value(QStringLiteral("out-dir"));
    if (dir.isEmpty())
        return m_cx.usage(QStringLiteral("'export csv' needs --out-dir DIR."));
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::PortabilityService portability(m_cx.vault());
    if (auto ok = portability.exportCsv(dir); !ok)
        return m_cx.fail(ok.error());
    m_cx.out() << QStringLiteral(
                      "Wrote documents.csv, lines.csv, payments.csv and clients.csv to %1.\n")
                      .arg(QDir(dir).absolutePath());
    return ExitCode::Success;
}

ExitCode PortabilityCommands::auditExport() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"out", u"from", u"to"});
        code != ExitCode::Success)
        return code;
    const QString out = m_cx.line().value(QStringLiteral("out"));
    if (out.isEmpty())
        return m_cx.usage(QStringLiteral("'audit export' needs --out FILE."));
    QDate from;
    QDate to;
    OptionReader options(m_cx.line());
    options.date(u"from", from);
    options.date(u"to", to);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::PortabilityService portability(m_cx.vault());
    if (auto ok = portability.exportAuditExtract(out, from, to); !ok)
        return m_cx.fail(ok.error());
    m_cx.out() << QStringLiteral("Wrote the audit extract to %1.\n").arg(out);
    return ExitCode::Success;
}

ExitCode PortabilityCommands::import(bool clients) {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {u"yes"}); code != ExitCode::Success)
        return code;
    auto bytes =
        InputFile::read(m_cx.line().words.value(2), domain::Csv::kMaxBytes, QStringLiteral("file"));
    if (!bytes)
        return m_cx.fail(bytes.error());
    const bool confirmed = m_cx.line().flag(QStringLiteral("yes"));
    QTextStream& out = m_cx.out();
    QTextStream& err = m_cx.err();
    const auto report = [&](const auto& preview, const auto& describe) -> bool {
        for (const auto& record : preview.records)
            out << QStringLiteral("  + %1\n").arg(describe(record));
        for (const auto& error : preview.errors)
            err << QStringLiteral("  row %1, %2: %3\n")
                       .arg(error.row)
                       .arg(error.field, error.message);
        out << QStringLiteral("%1 row(s) valid, %2 error(s).\n")
                   .arg(preview.records.size())
                   .arg(preview.errors.size());
        return preview.canCommit();
    };
    if (clients) {
        const auto preview = services::PortabilityService::previewClients(*bytes);
        if (!report(preview, [](const domain::Client& c) {
                return c.name + QStringLiteral(" (") + c.billingAddress.country + QLatin1Char(')');
            }))
            return m_cx.fail({ErrorCode::InvalidInput,
                              QStringLiteral("Nothing was imported; fix the rows listed above."),
                              QStringLiteral("file")});
        if (!confirmed) {
            out << QStringLiteral("Preview only: run again with --yes to import all of them.\n");
            return ExitCode::Success;
        }
        if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
            return code;
        auto count = services::PortabilityService(m_cx.vault()).commitClients(preview);
        if (!count)
            return m_cx.fail(count.error());
        out << QStringLiteral("Imported %1 client(s).\n").arg(*count);
        return ExitCode::Success;
    }
    const auto preview = services::PortabilityService::previewProducts(*bytes);
    if (!report(preview, [](const domain::Product& p) {
            return p.name + QStringLiteral(" ") + p.unitPrice.toString();
        }))
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("Nothing was imported; fix the rows listed above."),
                          QStringLiteral("file")});
    if (!confirmed) {
        out << QStringLiteral("Preview only: run again with --yes to import all of them.\n");
        return ExitCode::Success;
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto count = services::PortabilityService(m_cx.vault()).commitProducts(preview);
    if (!count)
        return m_cx.fail(count.error());
    out << QStringLiteral("Imported %1 product(s).\n").arg(*count);
    return ExitCode::Success;
}

ExitCode PortabilityCommands::anonymise() {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = OptionReader::parseId(m_cx.line().words.value(2), QStringLiteral("id"));
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    if (auto ok =
            services::PortabilityService(m_cx.vault()).anonymiseClient(OptionReader::idText(*id));
        !ok)
        return m_cx.fail(ok.error());
    m_cx.out() << QStringLiteral(
        "The client's personal data was replaced and the client archived.\n");
    return ExitCode::Success;
}

ExitCode PortabilityCommands::erase() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"yes"}); code != ExitCode::Success)
        return code;
    if (!m_cx.line().flag(QStringLiteral("yes")))
        return m_cx.usage(
            QStringLiteral("'vault erase' deletes the vault for good; confirm with --yes."));
    // Unlocking first proves the caller holds the passphrase.
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    if (auto ok = m_cx.session().erase(); !ok)
        return m_cx.fail(ok.error());
    m_cx.out() << QStringLiteral("The vault was erased.\n");
    return ExitCode::Success;
}

} // namespace quittance::cli
