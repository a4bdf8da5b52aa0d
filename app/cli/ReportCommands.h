#pragma once

#include "CliContext.h"

namespace quittance::cli {

// `report outstanding|aging|revenue|tax`, over services::ReportService.
// Amounts are printed with the currency's decimals, per currency (reports
// never add up different currencies).
class ReportCommands {
public:
    explicit ReportCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode report();

private:
    ExitCode outstanding(const QDate& today);
    ExitCode aging(const QDate& today);
    ExitCode revenue(const QDate& from, const QDate& to, bool byMonth);
    ExitCode tax(const QDate& from, const QDate& to);

    CliContext& m_cx;
};

} // namespace quittance::cli
