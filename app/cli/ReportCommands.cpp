#include "ReportCommands.h"

#include "AmountText.h"
#include "OptionReader.h"
#include "services/ReportService.h"

#include <QJsonArray>

namespace quittance::cli {

using domain::ErrorCode;

namespace {

QString money(qint64 minor, const QString& currency) {
    return AmountText::format(minor, currency);
}

QString column(const QString& text, qsizetype width) {
    return text.rightJustified(width);
}

} // namespace

ExitCode ReportCommands::report() {
    const CommandLine& line = m_cx.line();
    const QString action = line.words.value(1);
    const bool byDate =
        action == QStringLiteral("outstanding") || action == QStringLiteral("aging");
    const bool byRange = action == QStringLiteral("revenue") || action == QStringLiteral("tax");
    if (!byDate && !byRange)
        return m_cx.unknownSubcommand(QStringLiteral("report"),
                                      QStringLiteral("outstanding, aging, revenue, tax"));
    QList<QStringView> allowed;
    if (byDate)
        allowed = {u"today"};
    else if (action == QStringLiteral("revenue"))
        allowed = {u"from", u"to", u"by"};
    else
        allowed = {u"from", u"to"};
    if (const ExitCode code = m_cx.checkArguments(2, 2, allowed); code != ExitCode::Success)
        return code;

    QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    OptionReader options(line);
    options.date(u"today", today);
    options.date(u"from", from);
    options.date(u"to", to);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (!today.isValid())
        today = QDate::currentDate();
    if (byRange) {
        for (const auto& [date, name] :
             {std::pair{from, QStringLiteral("from")}, std::pair{to, QStringLiteral("to")}}) {
            if (!date.isValid())
                return m_cx.fail(
                    {ErrorCode::InvalidInput,
                     QStringLiteral("'report %1' needs --from and --to (YYYY-MM-DD).").arg(action),
                     name});
        }
    }
    const QString by = line.value(QStringLiteral("by"), QStringLiteral("month"));
    if (by != QStringLiteral("month") && by != QStringLiteral("year"))
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("--by must be 'month' or 'year'."), QStringLiteral("by")});

    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    if (action == QStringLiteral("outstanding"))
        return outstanding(today);
    if (action == QStringLiteral("aging"))
        return aging(today);
    if (action == QStringLiteral("revenue"))
        return revenue(from, to, by == QStringLiteral("month"));
    return tax(from, to);
}

ExitCode ReportCommands::outstanding(const QDate& today) {
    auto rows = services::ReportService(m_cx.vault()).outstanding(today);
    if (!rows)
        return m_cx.fail(rows.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const domain::OutstandingRow& row : *rows)
            array.append(QJsonObject{
                {QStringLiteral("clientId"), row.clientId},
                {QStringLiteral("clientName"), row.clientName},
                {QStringLiteral("currency"), row.currency},
                {QStringLiteral("outstanding"), money(row.outstandingMinor, row.currency)},
                {QStringLiteral("overdue"), money(row.overdueMinor, row.currency)},
                {QStringLiteral("documents"), row.documents}});
        m_cx.printJson(array);
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    out << QStringLiteral("Client").leftJustified(32) << "  " << QStringLiteral("Cur") << "  "
        << column(QStringLiteral("Outstanding"), 14) << "  "
        << column(QStringLiteral("Overdue"), 14) << "  " << QStringLiteral("Invoices") << '\n';
    for (const domain::OutstandingRow& row : *rows)
        out << row.clientName.left(32).leftJustified(32) << "  " << row.currency.leftJustified(3)
            << "  " << column(money(row.outstandingMinor, row.currency), 14) << "  "
            << column(money(row.overdueMinor, row.currency), 14) << "  "
            << QString::number(row.documents).rightJustified(8) << '\n';
    if (rows->empty())
        out << QStringLiteral("Nothing outstanding.\n");
    return ExitCode::Success;
}

ExitCode ReportCommands::aging(const QDate& today) {
    auto rows = services::ReportService(m_cx.vault()).aging(today);
    if (!rows)
        return m_cx.fail(rows.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const domain::AgingRow& row : *rows)
            array.append(QJsonObject{
                {QStringLiteral("currency"), row.currency},
                {QStringLiteral("notDue"), money(row.notDueMinor, row.currency)},
                {QStringLiteral("days1to30"), money(row.days1to30Minor, row.currency)},
                {QStringLiteral("days31to60"), money(row.days31to60Minor, row.currency)},
                {QStringLiteral("days61to90"), money(row.days61to90Minor, row.currency)},
                {QStringLiteral("over90"), money(row.over90Minor, row.currency)},
                {QStringLiteral("total"), money(row.totalMinor(), row.currency)}});
        m_cx.printJson(array);
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    out << QStringLiteral("Cur") << "  " << column(QStringLiteral("Not due"), 12) << "  "
        << column(QStringLiteral("1-30 days"), 12) << "  "
        << column(QStringLiteral("31-60 days"), 12) << "  "
        << column(QStringLiteral("61-90 days"), 12) << "  "
        << column(QStringLiteral("> 90 days"), 12) << "  " << column(QStringLiteral("Total"), 12)
        << '\n';
    for (const domain::AgingRow& row : *rows)
        out << row.currency.leftJustified(3) << "  "
            << column(money(row.notDueMinor, row.currency), 12) << "  "
            << column(money(row.days1to30Minor, row.currency), 12) << "  "
            << column(money(row.days31to60Minor, row.currency), 12) << "  "
            << column(money(row.days61to90Minor, row.currency), 12) << "  "
            << column(money(row.over90Minor, row.currency), 12) << "  "
            << column(money(row.totalMinor(), row.currency), 12) << '\n';
    if (rows->empty())
        out << QStringLiteral("Nothing outstanding.\n");
    return ExitCode::Success;
}

ExitCode ReportCommands::revenue(const QDate& from, const QDate& to, bool byMonth) {
    auto rows = services::ReportService(m_cx.vault()).revenue({from, to}, byMonth);
    if (!rows)
        return m_cx.fail(rows.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const domain::RevenueRow& row : *rows)
            array.append(QJsonObject{{QStringLiteral("period"), row.period},
                                     {QStringLiteral("currency"), row.currency},
                                     {QStringLiteral("net"), money(row.netMinor, row.currency)},
                                     {QStringLiteral("tax"), money(row.taxMinor, row.currency)},
                                     {QStringLiteral("gross"), money(row.grossMinor, row.currency)},
                                     {QStringLiteral("documents"), row.documents}});
        m_cx.printJson(array);
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    out << QStringLiteral("Period").leftJustified(8) << "  " << QStringLiteral("Cur") << "  "
        << column(QStringLiteral("Net"), 14) << "  " << column(QStringLiteral("VAT"), 14) << "  "
        << column(QStringLiteral("Gross"), 14) << "  " << QStringLiteral("Documents") << '\n';
    for (const domain::RevenueRow& row : *rows)
        out << row.period.leftJustified(8) << "  " << row.currency.leftJustified(3) << "  "
            << column(money(row.netMinor, row.currency), 14) << "  "
            << column(money(row.taxMinor, row.currency), 14) << "  "
            << column(money(row.grossMinor, row.currency), 14) << "  "
            << QString::number(row.documents).rightJustified(9) << '\n';
    if (rows->empty())
        out << QStringLiteral("No issued invoices or credit notes in this period.\n");
    return ExitCode::Success;
}

ExitCode ReportCommands::tax(const QDate& from, const QDate& to) {
    auto rows = services::ReportService(m_cx.vault()).taxSummary({from, to});
    if (!rows)
        return m_cx.fail(rows.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const domain::TaxSummaryRow& row : *rows)
            array.append(
                QJsonObject{{QStringLiteral("currency"), row.currency},
                            {QStringLiteral("category"), domain::taxCategoryCode(row.category)},
                            {QStringLiteral("rate"), row.rate.toString()},
                            {QStringLiteral("taxable"), money(row.taxableMinor, row.currency)},
                            {QStringLiteral("tax"), money(row.taxMinor, row.currency)}});
        m_cx.printJson(array);
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    out << QStringLiteral("Cur") << "  " << QStringLiteral("VAT").leftJustified(10) << "  "
        << column(QStringLiteral("Taxable"), 14) << "  " << column(QStringLiteral("Tax"), 14)
        << '\n';
    for (const domain::TaxSummaryRow& row : *rows)
        out << row.currency.leftJustified(3) << "  "
            << QStringLiteral("%1 %2 %")
                   .arg(domain::taxCategoryCode(row.category), row.rate.toString())
                   .leftJustified(10)
            << "  " << column(money(row.taxableMinor, row.currency), 14) << "  "
            << column(money(row.taxMinor, row.currency), 14) << '\n';
    if (rows->empty())
        out << QStringLiteral("No issued invoices or credit notes in this period.\n");
    return ExitCode::Success;
}

} // namespace quittance::cli
