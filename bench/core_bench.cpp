// quittance-bench-core: the invoicing-core benchmark. Generates a vault of
// realistic size (bench/VaultGenerator.h, 100,000 documents by default) in a
// temporary directory, unlocks it afresh as the application would, and
// measures what a user waits for at that size: the first page of the
// document list, full-text search (against a LIKE scan of the same data),
// the aging and tax reports, and issuing one invoice with its audit entry.
// Each figure is the median of several warm runs (the first, cold run is
// shown beside it) and is printed against its target; nothing is asserted
// (tests never assert on wall-clock time). Results: docs/PERFORMANCE.md.

#include "VaultGenerator.h"
#include "domain/Document.h"
#include "domain/DocumentSummary.h"
#include "services/CatalogService.h"
#include "services/DocumentService.h"
#include "services/ProfileService.h"
#include "services/ReportService.h"
#include "storage/Kdf.h"
#include "storage/ProcessHardening.h"
#include "storage/Reader.h"
#include "storage/SecureBuffer.h"
#include "storage/Statement.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <span>
#include <thread>
#include <utility>
#include <vector>

namespace {

using namespace quittance;
using Clock = std::chrono::steady_clock;

constexpr char kPassphrase[] = "correct horse battery staple, core benchmark edition";
constexpr double kListTargetMs = 20;
constexpr double kSearchTargetMs = 20;
constexpr double kReportTargetMs = 200;
constexpr double kIssueTargetMs = 30;
// Warm runs stop after this many, or once they have taken kRunBudget (but
// never fewer than kMinRuns), so that a slow baseline cannot stall the run.
constexpr int kMinRuns = 3;
constexpr std::chrono::seconds kRunBudget{10};

std::span<const unsigned char> passphraseBytes() {
    return {reinterpret_cast<const unsigned char*>(kPassphrase), sizeof(kPassphrase) - 1};
}

// The temporary vault directory, removed by abortWith() too: std::exit()
// skips the destructors that would otherwise remove it.
QTemporaryDir* g_tmp = nullptr;

[[noreturn]] void abortWith(const char* what, const domain::Error& error) {
    if (g_tmp)
        g_tmp->remove();
    std::fflush(stdout);
    std::fprintf(stderr, "quittance-bench-core: %s failed: %s (%s)\n", what,
                 qPrintable(error.message), qPrintable(domain::errorCodeName(error.code)));
    std::exit(EXIT_FAILURE);
}

template <typename T>
T take(domain::Result<T>&& result, const char* what) {
    if (!result)
        abortWith(what, result.error());
    return std::move(*result);
}

void ensure(const domain::Status& status, const char* what) {
    if (!status)
        abortWith(what, status.error());
}

double millisSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(
               std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start))
        .count();
}

double median(std::vector<double> samples) {
    Q_ASSERT(!samples.empty());
    std::sort(samples.begin(), samples.end());
    const std::size_t mid = samples.size() / 2;
    return samples.size() % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
}

double mib(qint64 bytes) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

qint64 directorySize(const QString& dir) {
    qint64 total = 0;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        total += info.size();
    return total;
}

struct Row {
    QString label;
    double firstMs = 0;
    double medianMs = 0;
    int runs = 0;
    double targetMs = 0; // 0: a reference figure without a target
    QString note;
};

// Runs `operation` once cold, then warm up to `runs` times; `operation`
// returns the number of rows it produced, which goes into the note.
Row measure(const QString& label, double targetMs, int runs,
            const std::function<qint64()>& operation) {
    Row row;
    row.label = label;
    row.targetMs = targetMs;
    auto start = Clock::now();
    const qint64 produced = operation();
    row.firstMs = millisSince(start);
    std::vector<double> samples;
    const auto budgetStart = Clock::now();
    while (
        static_cast<int>(samples.size()) < runs &&
        (static_cast<int>(samples.size()) < kMinRuns || Clock::now() - budgetStart < kRunBudget)) {
        start = Clock::now();
        if (operation() != produced)
            abortWith("repeat a measurement",
                      {domain::ErrorCode::Internal,
                       QStringLiteral("%1 returned a different result on a warm run").arg(label),
                       {}});
        samples.push_back(millisSince(start));
    }
    row.medianMs = median(samples);
    row.runs = static_cast<int>(samples.size());
    row.note = QStringLiteral("%1 rows").arg(produced);
    std::fprintf(stderr, "  measured %-52s %10.3f ms\n", qPrintable(label), row.medianMs);
    return row;
}

// The LIKE baseline the full-text index replaces: the list columns of every
// document whose client name or stored body contains `word`.
qint64 likeSearch(storage::Vault& vault, const QString& word) {
    return vault.read([&](storage::Reader& reader) -> qint64 {
        auto stmt = take(
            reader.query(
                "SELECT id, type, status, ifnull(number, ''), ifnull(issue_date, ''), currency,"
                " client_name, gross_minor, paid_minor, credited_minor, due_minor"
                " FROM documents WHERE client_name LIKE ?1 OR body LIKE ?1"
                " ORDER BY issue_date DESC LIMIT 50"),
            "prepare the LIKE search");
        stmt.bind(1, QLatin1Char('%') + word + QLatin1Char('%'));
        qint64 rows = 0;
        qint64 checksum = 0;
        while (take(stmt.step(), "step the LIKE search")) {
            ++rows;
            checksum += stmt.int64(7) + stmt.text(6).size();
        }
        return checksum >= 0 ? rows : -1;
    });
}

domain::DocumentLine benchLine(const char* description, qint64 quantity, qint64 priceCents,
                               int rate) {
    domain::DocumentLine line;
    line.description = QString::fromLatin1(description);
    line.quantity = domain::Decimal::fromScaled(quantity * domain::Decimal::kScale);
    line.unitCode = QStringLiteral("HUR");
    line.unitPrice = domain::Decimal::fromScaled(priceCents * (domain::Decimal::kScale / 100));
    line.taxRate = domain::Decimal::fromScaled(rate * domain::Decimal::kScale);
    return line;
}

void printRows(const std::vector<Row>& rows) {
    std::printf("  %-54s %10s %10s %5s %10s  %s\n", "operation", "first ms", "median ms", "runs",
                "target", "result");
    for (const Row& row : rows) {
        const QString target = row.targetMs > 0
                                   ? QStringLiteral("<= %1 ms").arg(row.targetMs, 0, 'f', 0)
                                   : QStringLiteral("ref.");
        const char* result = row.targetMs <= 0              ? "-"
                             : row.medianMs <= row.targetMs ? "PASS"
                                                            : "MISS";
        std::printf("  %-54s %10.3f %10.3f %5d %10s  %-4s  %s\n", qPrintable(row.label),
                    row.firstMs, row.medianMs, row.runs, qPrintable(target), result,
                    qPrintable(row.note));
    }
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int min,
                             int max) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!storage::hardenProcess()) {
        std::fprintf(stderr, "quittance-bench-core: process hardening failed\n");
        return EXIT_FAILURE;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quittance-bench-core"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Generates a vault and measures lists, search, reports and issuing."));
    parser.addHelpOption();
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
                                             QStringLiteral("Documents to generate (100000)."),
                                             QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generator (1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Warm runs per figure (15)."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QStringLiteral("Keep the vault in <dir>: generated there if absent, reused as it is "
                       "(no generation) if an earlier run left it there."),
        QStringLiteral("dir"));
    parser.addOptions({documentsOption, seedOption, runsOption, vaultOption});
    parser.process(app);
    const auto documents = intOption(parser, QStringLiteral("documents"), 100, 10'000'000);
    const auto seed = intOption(parser, QStringLiteral("seed"), 0, 2'000'000'000);
    const auto runs = intOption(parser, QStringLiteral("runs"), kMinRuns, 1000);
    if (!documents || !seed || !runs) {
        std::fprintf(stderr, "quittance-bench-core: --documents must be 100..10000000, --seed "
                             "0..2000000000 and --runs 3..1000.\n");
        return 2;
    }

    std::optional<QTemporaryDir> tmp;
    QString dir = parser.value(vaultOption);
    if (dir.isEmpty()) {
        tmp.emplace();
        if (!tmp->isValid()) {
            std::fprintf(stderr, "quittance-bench-core: no temporary directory: %s\n",
                         qPrintable(tmp->errorString()));
            return EXIT_FAILURE;
        }
        dir = tmp->filePath(QStringLiteral("vault"));
        g_tmp = &*tmp;
    }
    const bool generate = !storage::Vault::exists(dir);
    const QDate today = QDate::currentDate();
    const QDate lastYearStart(today.year() - 1, 1, 1);
    const QDate lastYearEnd(today.year() - 1, 12, 31);

    std::printf("Quittance invoicing-core benchmark (quittance-bench-core)\n");
    std::printf("  Qt %s, %u hardware threads, vault in %s (%s)\n", qVersion(),
                std::thread::hardware_concurrency(), qPrintable(dir),
                tmp        ? "removed on exit"
                : generate ? "kept"
                           : "reused");
    std::fflush(stdout);

    // -- Generation ---------------------------------------------------------
    bench::VaultGenerator::Stats stats;
    if (generate) {
        double generationMs = 0;
        {
            auto created =
                take(storage::Vault::create(dir, passphraseBytes(), storage::Kdf::floor()),
                     "create the vault");
            bench::VaultGenerator::Options options;
            options.documents = *documents;
            options.seed = static_cast<quint64>(*seed);
            options.today = today;
            const auto start = Clock::now();
            stats =
                take(bench::VaultGenerator(*created.vault, options).run(), "generate the vault");
            ensure(created.vault->checkpoint(), "checkpoint the vault");
            generationMs = millisSince(start);
        } // locked: the measurements start from a fresh unlock, as the application would
        std::printf("\nData set (seed %d, issue dates up to %s)\n", *seed,
                    qPrintable(today.toString(Qt::ISODate)));
        std::printf("  %lld documents: %lld invoices (%lld paid, %lld partially paid, %lld open, "
                    "%lld voided), %lld credit notes, %lld quotes, %lld drafts\n",
                    static_cast<long long>(stats.documents), static_cast<long long>(stats.invoices),
                    static_cast<long long>(stats.paidInvoices),
                    static_cast<long long>(stats.partiallyPaidInvoices),
                    static_cast<long long>(stats.openInvoices),
                    static_cast<long long>(stats.voidedInvoices),
                    static_cast<long long>(stats.creditNotes), static_cast<long long>(stats.quotes),
                    static_cast<long long>(stats.drafts));
        std::printf("  %lld lines, %lld payments, %d clients, %d products; %lld documents not in "
                    "EUR, %lld with reverse charge\n",
                    static_cast<long long>(stats.lines), static_cast<long long>(stats.payments),
                    stats.clients, stats.products, static_cast<long long>(stats.nonEuroDocuments),
                    static_cast<long long>(stats.reverseChargeDocuments));
        std::printf("  generation: %.1f s (%.0f documents/s, %d audited batches)\n",
                    generationMs / 1000.0,
                    static_cast<double>(stats.documents) / (generationMs / 1000.0), stats.batches);
    } else {
        std::printf("\nData set: reusing the vault in %s as it is\n", qPrintable(dir));
    }
    const qint64 vaultBytes = directorySize(dir);
    std::printf("  vault size%s: %.1f MiB\n", generate ? " after checkpoint" : "", mib(vaultBytes));

    const auto deriveStart = Clock::now();
    {
        const auto salt = storage::SecureBuffer::random(storage::Kdf::kSaltBytes);
        (void)take(storage::Kdf::derive(passphraseBytes(), salt.bytes(), storage::Kdf::floor()),
                   "derive a key");
    }
    const double deriveMs = millisSince(deriveStart);
    const auto unlockStart = Clock::now();
    auto vault =
        take(storage::Vault::unlock(dir, storage::Vault::Secret::Passphrase, passphraseBytes()),
             "unlock the vault");
    const double unlockMs = millisSince(unlockStart);
    std::printf("  unlock: %.1f ms, of which Argon2id at the floor about %.1f ms (the rest is "
                "mostly cipher_integrity_check over every page)\n",
                unlockMs, deriveMs);
    const qint64 documentCount = vault
                                     ->read([](storage::Reader& reader) {
                                         return reader.queryInt("SELECT count(*) FROM documents");
                                     })
                                     .value_or(0);
    std::fflush(stdout);

    services::DocumentService documentService(*vault, [today] { return today; });
    services::ReportService reports(*vault);
    const int warm = *runs;
    std::vector<Row> rows;
    std::fprintf(stderr, "Measuring (%d warm runs each)...\n", warm);

    // -- Lists ----------------------------------------------------------------
    rows.push_back(measure(
        QStringLiteral("document list, first page (50, by date)"), kListTargetMs, warm, [&] {
            return static_cast<qint64>(take(documentService.list({}), "list documents").size());
        }));
    rows.push_back(
        measure(QStringLiteral("  document count, no filter (list footer)"), kListTargetMs, warm,
                [&] { return take(documentService.count({}), "count documents") > 0 ? 1 : 0; }));
    domain::DocumentFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    rows.push_back(
        measure(QStringLiteral("  overdue invoices, first page"), kListTargetMs, warm, [&] {
            return static_cast<qint64>(take(documentService.list(overdue), "list overdue").size());
        }));

    // -- Search ---------------------------------------------------------------
    const QString rare = QString::fromLatin1(bench::VaultGenerator::kRareWord);
    const QString common = QString::fromLatin1(bench::VaultGenerator::kCommonWord);
    domain::DocumentFilter rareFilter;
    rareFilter.text = rare;
    domain::DocumentFilter commonFilter;
    commonFilter.text = common;
    const qint64 rareHits = take(documentService.count(rareFilter), "count rare hits");
    const qint64 commonHits = take(documentService.count(commonFilter), "count common hits");

    Row ftsRare = measure(
        QStringLiteral("FTS search, rare term \"%1\"").arg(rare), kSearchTargetMs, warm, [&] {
            return static_cast<qint64>(take(documentService.list(rareFilter), "search").size());
        });
    ftsRare.note += QStringLiteral(" of %1 hits").arg(rareHits);
    Row ftsCommon = measure(
        QStringLiteral("FTS search, common term \"%1\"").arg(common), kSearchTargetMs, warm, [&] {
            return static_cast<qint64>(take(documentService.list(commonFilter), "search").size());
        });
    ftsCommon.note += QStringLiteral(" of %1 hits").arg(commonHits);
    Row likeRare = measure(QStringLiteral("  LIKE scan, rare term (baseline)"), 0, warm,
                           [&] { return likeSearch(*vault, rare); });
    Row likeCommon = measure(QStringLiteral("  LIKE scan, common term (baseline)"), 0, warm,
                             [&] { return likeSearch(*vault, common); });
    Row ftsCount = measure(QStringLiteral("  FTS hit count, common term"), kSearchTargetMs, warm,
                           [&] { return take(documentService.count(commonFilter), "count hits"); });
    ftsCount.note = QStringLiteral("%1 hits").arg(commonHits);
    rows.push_back(ftsRare);
    rows.push_back(ftsCommon);
    rows.push_back(ftsCount);
    rows.push_back(likeRare);
    rows.push_back(likeCommon);

    // -- Reports --------------------------------------------------------------
    rows.push_back(
        measure(QStringLiteral("aging report (open invoices by age)"), kReportTargetMs, warm, [&] {
            return static_cast<qint64>(take(reports.aging(today), "aging report").size());
        }));
    rows.push_back(measure(
        QStringLiteral("tax report, %1").arg(lastYearStart.year()), kReportTargetMs, warm, [&] {
            return static_cast<qint64>(
                take(reports.taxSummary({lastYearStart, lastYearEnd}), "tax report").size());
        }));
    rows.push_back(measure(QStringLiteral("  outstanding by client"), kReportTargetMs, warm, [&] {
        return static_cast<qint64>(take(reports.outstanding(today), "outstanding").size());
    }));
    rows.push_back(measure(
        QStringLiteral("  revenue by month, %1").arg(lastYearStart.year()), kReportTargetMs, warm,
        [&] {
            return static_cast<qint64>(
                take(reports.revenue({lastYearStart, lastYearEnd}, true), "revenue report").size());
        }));

    // -- Issuing ----------------------------------------------------------------
    // Each run issues a fresh draft (created outside the timing): the whole
    // DocumentService::issue call, i.e. load, number, snapshots, the fsync'd
    // commit with its audit entry, and the anchor written to vault.json.
    domain::Document draft;
    draft.type = domain::DocumentType::Invoice;
    draft.currency = *domain::Currency::fromCode(u"EUR");
    draft.clientUuid = stats.domesticClient;
    if (draft.clientUuid.isNull()) {
        auto clients = take(services::ClientService(*vault).list(false, {}, 1), "list clients");
        if (clients.empty())
            abortWith(
                "find a client",
                {domain::ErrorCode::NotFound, QStringLiteral("The vault has no client."), {}});
        draft.clientUuid = clients.front().entity.uuid;
    }
    const QString expectedNumber = take(
        services::ProfileService(*vault).previewNextNumber(domain::DocumentType::Invoice, today),
        "preview the next number");
    draft.lines = {benchLine("Consulting: benchmark run", 8, 9500, 19),
                   benchLine("Workshop materials", 12, 2500, 7),
                   benchLine("Travel time", 3, 4750, 19)};
    const auto issueOnce = [&]() -> std::pair<double, QString> {
        auto created = take(documentService.createDraft(draft), "create a draft");
        const QString id = created.document.uuid.toString(QUuid::WithoutBraces);
        const auto start = Clock::now();
        auto issued = take(documentService.issue(id), "issue an invoice");
        return {millisSince(start), issued.document.number};
    };
    const auto [firstIssueMs, firstNumber] = issueOnce();
    QString lastNumber = firstNumber;
    std::vector<double> issueSamples;
    for (int i = 0; i < warm; ++i) {
        auto [ms, number] = issueOnce();
        issueSamples.push_back(ms);
        lastNumber = number;
    }
    Row issue;
    issue.label = QStringLiteral("issue one invoice (incl. audit entry + anchor)");
    issue.firstMs = firstIssueMs;
    issue.medianMs = median(issueSamples);
    issue.runs = warm;
    issue.targetMs = kIssueTargetMs;
    issue.note = QStringLiteral("%1 .. %2").arg(firstNumber, lastNumber);
    rows.push_back(issue);

    // -- Output -----------------------------------------------------------------
    std::printf("\nAt %lld documents, warm median of up to %d runs (first run: cold page cache "
                "after unlock)\n",
                static_cast<long long>(documentCount), warm);
    printRows(rows);
    std::printf("\n  LIKE / FTS, rare term:   %10.3gx  (%.3f ms / %.3f ms)\n",
                likeRare.medianMs / ftsRare.medianMs, likeRare.medianMs, ftsRare.medianMs);
    std::printf("  LIKE / FTS, common term: %10.3gx  (%.3f ms / %.3f ms)\n",
                likeCommon.medianMs / ftsCommon.medianMs, likeCommon.medianMs, ftsCommon.medianMs);

    // The generated numbering must continue without a gap or a repeat.
    bool continues = firstNumber == expectedNumber;
    if (generate) {
        const qint64 lastGenerated = stats.lastSequence.value(
            {domain::DocumentType::Invoice, QString::number(today.year())});
        continues =
            continues && expectedNumber == QStringLiteral("INV-%1-%2")
                                               .arg(today.year())
                                               .arg(lastGenerated + 1, 5, 10, QLatin1Char('0'));
        std::printf("  numbering: %lld invoices generated this year; ",
                    static_cast<long long>(lastGenerated));
    } else {
        std::printf("  numbering: ");
    }
    std::printf("first issued %s, expected %s: %s\n", qPrintable(firstNumber),
                qPrintable(expectedNumber), continues ? "continues" : "GAP OR REPEAT");
    const auto verifyStart = Clock::now();
    const auto verification = take(vault->verifyAudit(), "verify the audit chain");
    std::printf("  audit chain: %lld entries, %s (full verify %.1f ms)\n",
                static_cast<long long>(verification.entries),
                verification.ok ? "verified" : qPrintable(verification.problem),
                millisSince(verifyStart));
    std::fflush(stdout);
    return continues && verification.ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
