#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `export json [--out FILE]`: every client, product and document in the
// export envelope of JsonExportCodec ({"format": "quittance-export",
// "version": 1, ...}), to standard output or, with --out, to FILE replaced
// atomically with mode 0600 (the export is the vault's content in clear).
class ExportCommands {
public:
    explicit ExportCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode exportData();

private:
    CliContext& m_cx;
};

} // namespace quittance::cli
