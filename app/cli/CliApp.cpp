#include "CliApp.h"

#include "BackupCommands.h"
#include "PortabilityCommands.h"

#include "CatalogCommands.h"
#include "CliContext.h"
#include "DocumentCommands.h"
#include "ExportCommands.h"
#include "ProfileCommands.h"
#include "ReportCommands.h"
#include "SyncCommands.h"
#include "VaultCommands.h"

namespace quittance::cli {

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr) {}

int CliApp::run(const QStringList& arguments) {
    auto line = CommandLine::parse(arguments);
    ExitCode code = ExitCode::Success;
    if (!line) {
        const CommandLine empty;
        CliContext context(empty, m_out, m_err, m_session);
        code = context.fail(line.error());
    } else {
        CliContext context(*line, m_out, m_err, m_session);
        code = dispatch(context);
    }
    m_out.flush();
    m_err.flush();
    m_session.lock();
    return static_cast<int>(code);
}

void CliApp::printHelp() {
    m_out << QStringLiteral(
        "Usage: quittance-cli [--vault DIR] [--json] COMMAND [options]\n"
        "\n"
        "Vault:\n"
        "  vault init [--kdf calibrate|floor]   create a vault; prints the recovery key once\n"
        "  vault info [--json]                  show the vault header (no secret needed)\n"
        "  vault passwd [--kdf calibrate|floor] change the passphrase\n"
        "  vault recover [--kdf ...]            unlock with the recovery key, set a new "
        "passphrase\n"
        "  vault check                          verify every page of vault.db and the audit log\n"
        "Audit log:\n"
        "  audit verify [--json]                check the hash chain, MACs and anchor\n"
        "  audit list [--json] [--after SEQ] [--limit N] [--action PREFIX]\n"
        "Business profile and numbering:\n"
        "  profile show\n"
        "  profile set (--file F.json | --name N --address-line L... --postal-code P --city C\n"
        "              --country DE --vat-id V --tax-number T --email E --phone P --website W\n"
        "              --iban I --bic B --currency EUR --terms DAYS --small-business yes|no)\n"
        "  numbering show [--type T] [--today D]\n"
        "  numbering set --type invoice|credit_note|quote [--pattern P] [--reset "
        "never|yearly|monthly]\n"
        "  numbering device TOKEN\n"
        "Clients and products:\n"
        "  client add (--file F.json | --name N --contact C --address-line L... --postal-code P\n"
        "             --city C --country DE --vat-id V --email E --currency EUR --language en|de\n"
        "             --terms DAYS --notes T)\n"
        "  client list [--all] [--prefix P] [--limit N] [--offset N]\n"
        "  client show|archive|unarchive|delete ID\n"
        "  client edit ID (--file F.json | field options as for add)\n"
        "  product add (--file F.json | --name N --description D --unit HUR --price 85.00\n"
        "              --tax-category S --tax-rate 19)\n"
        "  product list|show|edit|archive|unarchive|delete   as for clients\n"
        "Invoices, credit notes and quotes:\n"
        "  invoice create --client ID --currency EUR [--issue-date D] [--due-date D]\n"
        "                 [--buyer-reference R] [--po N] [--notes T] [--terms-text T]\n"
        "                 [--language en|de] [--line SPEC]... [--product ID[:QTY]]...\n"
        "  invoice import FILE|-                a JSON document, stored as a draft\n"
        "  invoice list [--status S,..] [--type T,..] [--client ID] [--from D] [--to D]\n"
        "               [--overdue] [--today D] [--limit N] [--offset N]\n"
        "               [--sort date-desc|date|number|number-desc|total-desc|client]\n"
        "  invoice show ID [--today D]\n"
        "  invoice edit ID (--file F.json | create options; --line/--product replace all lines)\n"
        "  invoice issue|send|credit|duplicate|delete ID\n"
        "  invoice pay ID --amount 100.00 [--date D] [--method M] [--reference R]\n"
        "  invoice pdf ID --out FILE [--page-size a4|letter] [--no-qr]\n"
        "  invoice pdf --out-dir DIR [list filters]   one PDF per document, progress on stderr\n"
        "  quote create                         as invoice create\n"
        "  quote list|show|edit|duplicate|delete   as for invoices\n"
        "  quote send|accept|decline|convert ID\n"
        "  --line SPEC is \"DESCRIPTION|QTY|UNIT|PRICE|CATEGORY|RATE\", e.g.\n"
        "  \"Design work|10|HUR|85.00|S|19\" (write | and \\ in the description as \\| and \\\\).\n"
        "Reports, search and export:\n"
        "  report outstanding|aging [--today D]\n"
        "  report revenue --from D --to D [--by month|year]\n"
        "  report tax --from D --to D\n"
        "  search TEXT [--limit N]\n"
        "  export json [--out FILE]\n"
        "  export csv --out-dir DIR             documents, lines, payments and clients as CSV\n"
        "  audit export --out FILE [--from D] [--to D]   an extract of the audit log as CSV\n"
        "  client import|product import FILE.csv [--yes]   preview, then all-or-nothing with "
        "--yes\n"
        "Backups:\n"
        "  backup create --out FILE             a consistent, authenticated one-file backup\n"
        "  backup verify FILE                   check it (passphrase or --recovery-key-file)\n"
        "  backup restore FILE --to DIR         into a new, empty folder; never overwrites\n"
        "  backup config [--folder DIR] [--keep N]   automatic backups (empty folder: off)\n"
        "  backup auto [--force]                run the automatic backup if due\n"
        "  backup status\n"
        "  profile logo FILE.png|FILE.jpg | profile logo --remove\n"
        "  vault erase --yes                    delete this vault's files for good\n"
        "Sync with a hosted account (see docs/SYNC_SERVER.md):\n"
        "  sync login --server URL [--api-key-file F] [--store-in-vault] [--ca-file PEM]\n"
        "             [--pin BASE64] [--insecure-loopback] [--no-test]   key from F,\n"
        "             QUITTANCE_API_KEY or the terminal; kept in the system keychain\n"
        "  sync run [--json]                    push local changes, pull the server's\n"
        "  sync status [--json]                 server, key location, last sync, pending, "
        "conflicts\n"
        "  sync logout                          forget the API key\n"
        "\n"
        "IDs are UUIDs, dates YYYY-MM-DD, amounts exact decimals (100.00, never 1e2).\n"
        "Every read prints JSON with --json; creating commands print the new id.\n"
        "\n"
        "Secrets are read from the terminal without echo, or for scripts from\n"
        "--passphrase-file FILE, --new-passphrase-file FILE, --recovery-key-file FILE,\n"
        "or the environment: QUITTANCE_PASSPHRASE, QUITTANCE_NEW_PASSPHRASE,\n"
        "QUITTANCE_RECOVERY_KEY (weaker: visible to the user's other processes).\n"
        "\n"
        "Exit codes: 0 success, 1 usage or invalid input, 2 wrong passphrase or recovery key,\n"
        "3 damaged, tampered or rolled-back vault, 4 vault in use by another process,\n"
        "5 vault or library incompatible, 6 not found / conflict / immutable, 7 I/O or internal "
        "error.\n");
}

ExitCode CliApp::dispatch(CliContext& context) {
    const CommandLine& line = context.line();
    if (line.flag(QStringLiteral("help")) || line.words.isEmpty()) {
        printHelp();
        return line.words.isEmpty() && !line.flag(QStringLiteral("help")) ? ExitCode::Usage
                                                                          : ExitCode::Success;
    }
    const QString group = line.words.first();
    if (PortabilityCommands::handles(line.words))
        return PortabilityCommands(context).run();
    if (group == QStringLiteral("vault"))
        return VaultCommands(context).vault();
    if (group == QStringLiteral("audit"))
        return VaultCommands(context).audit();
    if (group == QStringLiteral("sync"))
        return SyncCommands(context).sync();
    if (group == QStringLiteral("backup"))
        return BackupCommands(context).backup();
    if (group == QStringLiteral("profile"))
        return ProfileCommands(context).profile();
    if (group == QStringLiteral("numbering"))
        return ProfileCommands(context).numbering();
    if (group == QStringLiteral("client"))
        return CatalogCommands(context).client();
    if (group == QStringLiteral("product"))
        return CatalogCommands(context).product();
    if (group == QStringLiteral("invoice"))
        return DocumentCommands(context).invoice();
    if (group == QStringLiteral("quote"))
        return DocumentCommands(context).quote();
    if (group == QStringLiteral("search"))
        return DocumentCommands(context).search();
    if (group == QStringLiteral("report"))
        return ReportCommands(context).report();
    if (group == QStringLiteral("export"))
        return ExportCommands(context).exportData();
    return context.usage(QStringLiteral("Unknown command '%1'.").arg(group.left(64)));
}

} // namespace quittance::cli
