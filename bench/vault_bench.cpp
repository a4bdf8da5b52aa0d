// quittance-bench-vault: the foundation benchmark. Measures, in one run on
// this machine, what unlocking a vault costs (Argon2id at the floor and at
// the calibrated parameters), what SQLCipher encryption costs against an
// unkeyed SQLite database under the same connection settings, what the audit
// chain and its anchor add to a single commit, and what synchronous=FULL
// costs against NORMAL. It prints figures and keyed/unkeyed ratios beside
// their targets; it asserts nothing (tests never assert on wall-clock time).
// Results are recorded in docs/PERFORMANCE.md.

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Kdf.h"
#include "storage/ProcessHardening.h"
#include "storage/SecureBuffer.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/Vault.h"
#include "storage/Writer.h"

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace {

using namespace quittance;
using storage::Database;
using storage::Kdf;
using storage::KdfParams;
using storage::SecureBuffer;
using storage::Statement;
using storage::Vault;
using Clock = std::chrono::steady_clock;

constexpr int kBulkRows = 100'000;
constexpr int kLookups = 10'000;
constexpr int kCommits = 1'000;
constexpr int kUnlockRuns = 5;
constexpr int kCalibratedDeriveRuns = 3;
constexpr int kBulkRounds = 7;
constexpr int kLookupRounds = 7;
constexpr int kCommitRounds = 5;
constexpr int kBigCacheKib = 64 * 1024;
// The printed labels spell these out.
static_assert(kBulkRows == 100'000 && kLookups == 10'000 && kCommits == 1'000);
static_assert(kBulkRounds == 7 && kLookupRounds == 7 && kCommitRounds == 5);
static_assert(kBigCacheKib == 64 * 1024);
constexpr double kBulkTarget = 1.3;
constexpr double kLookupTarget = 1.6;
constexpr std::uint_fast64_t kSeed = 20240601;

constexpr char kPassphrase[] = "correct horse battery staple, benchmark edition";

std::span<const unsigned char> passphraseBytes() {
    return {reinterpret_cast<const unsigned char*>(kPassphrase), sizeof(kPassphrase) - 1};
}

double millisSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples) {
    Q_ASSERT(!samples.empty());
    std::sort(samples.begin(), samples.end());
    const std::size_t mid = samples.size() / 2;
    return samples.size() % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
}

[[noreturn]] void abortWith(const char* what, const domain::Error& error) {
    std::fflush(stdout);
    std::fprintf(stderr, "quittance-bench-vault: %s failed: %s (%s)\n", what,
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

double mib(quint64 bytes) {
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

// ---------------------------------------------------------------------------
// Workload data: generated before any timing, identical for keyed and unkeyed.

struct Row {
    qint64 id = 0;
    QString client;
    qint64 amount = 0; // minor units
    QString note;      // ~60 bytes of UTF-8
};

std::vector<Row> makeRows(std::mt19937_64& rng) {
    static const std::array<const char*, 12> clients = {
        "Müller & Partner GmbH",  "Atelier Lefèvre SARL",  "Nordlicht Design UG",
        "Smith Consulting Ltd",   "Van der Berg B.V.",     "Studio Rossi S.r.l.",
        "Kowalski IT Sp. z o.o.", "Hansen Arkitekter ApS", "García y Asociados S.L.",
        "Blue Harbour Media Ltd", "Österreicher Bau KG",   "Lindqvist Översättning AB",
    };
    static const std::array<const char*, 8> services = {
        "Consulting",  "Web development", "Translation DE>EN", "Logo and brand design",
        "Code review", "Workshop",        "Copy editing",      "Maintenance retainer",
    };
    static const std::array<const char*, 6> projects = {
        "Atlas", "Nordstern", "Kestrel", "Obsidian", "Tidewater", "Juniper",
    };
    std::uniform_int_distribution<std::size_t> pickClient(0, clients.size() - 1);
    std::uniform_int_distribution<std::size_t> pickService(0, services.size() - 1);
    std::uniform_int_distribution<std::size_t> pickProject(0, projects.size() - 1);
    std::uniform_int_distribution<int> pickMonth(1, 12);
    std::uniform_int_distribution<int> pickHours(1, 160);
    std::uniform_int_distribution<qint64> pickAmount(1'000, 2'500'000);

    std::vector<Row> rows;
    rows.reserve(kBulkRows);
    for (int i = 1; i <= kBulkRows; ++i) {
        Row row;
        row.id = i;
        row.client = QString::fromUtf8(clients[pickClient(rng)]);
        row.amount = pickAmount(rng);
        row.note = QStringLiteral("%1, project %2, %3 h in 2024-%4; ref. Q-%5")
                       .arg(QString::fromUtf8(services[pickService(rng)]),
                            QString::fromUtf8(projects[pickProject(rng)]))
                       .arg(pickHours(rng))
                       .arg(pickMonth(rng), 2, 10, QLatin1Char('0'))
                       .arg(i, 6, 10, QLatin1Char('0'));
        rows.push_back(std::move(row));
    }
    return rows;
}

QString settingValue(int i) {
    return QStringLiteral("Default payment terms: 14 days net, 2% skonto within 7 (%1)")
        .arg(i, 4, 10, QLatin1Char('0'));
}

QString settingKey(int i) {
    return QStringLiteral("bench.setting.%1").arg(i, 6, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------
// Workloads on a raw Database.

constexpr std::string_view kCreateTable =
    "CREATE TABLE t(id INTEGER PRIMARY KEY, client TEXT, amount INTEGER, note TEXT)";
// The same shape as the vault's settings table (migrations/0001_initial.sql).
constexpr std::string_view kCreateSettings =
    "CREATE TABLE settings(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT";
constexpr std::string_view kInsertSetting = "INSERT INTO settings(key, value) VALUES (?, ?)";

Database openDatabase(const QString& path, const SecureBuffer& key,
                      Database::Synchronous sync = Database::Synchronous::Full) {
    return take(Database::open(path, key, sync), "open a database");
}

void setCacheSize(Database& db, int cacheKib) {
    if (cacheKib > 0)
        ensure(db.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKib).toStdString()),
               "set the cache size");
}

// cacheKib = 0 keeps the page cache Database::open sets for the vault.
double bulkInsert(const QString& path, const SecureBuffer& key, const std::vector<Row>& rows,
                  int cacheKib = 0) {
    Database db = openDatabase(path, key);
    setCacheSize(db, cacheKib);
    ensure(db.exec(kCreateTable), "create table t");
    const auto start = Clock::now();
    storage::Transaction txn(db);
    ensure(txn.beginStatus(), "begin the bulk transaction");
    auto stmt = take(db.prepare("INSERT INTO t(id, client, amount, note) VALUES (?, ?, ?, ?)"),
                     "prepare the bulk insert");
    for (const Row& row : rows) {
        stmt.bind(1, row.id).bind(2, row.client).bind(3, row.amount).bind(4, row.note);
        ensure(stmt.run(), "insert a row");
        stmt.reset();
    }
    ensure(txn.commit(), "commit the bulk transaction");
    return millisSince(start);
}

struct LookupTimes {
    double cold = 0; // first pass on a new connection: empty page cache
    double warm = 0; // second pass, same ids, same connection
};

double lookupPass(Statement& stmt, const std::vector<qint64>& ids) {
    qint64 found = 0;
    qint64 checksum = 0;
    const auto start = Clock::now();
    for (const qint64 id : ids) {
        stmt.bind(1, id);
        if (take(stmt.step(), "look up a row")) {
            ++found;
            checksum += stmt.int64(1) + stmt.text(0).size() + stmt.text(2).size();
        }
        stmt.reset();
    }
    const double elapsed = millisSince(start);
    if (found != static_cast<qint64>(ids.size()) || checksum <= 0)
        abortWith("look up every row",
                  domain::Error{domain::ErrorCode::Internal,
                                QStringLiteral("%1 of %2 rows found").arg(found).arg(ids.size()),
                                {}});
    return elapsed;
}

// Each round opens a new connection, so the first pass reads (and, keyed,
// decrypts) its pages into an empty page cache, as the first screen after
// unlock would; the second pass shows a connection in steady state.
LookupTimes pointLookups(const QString& path, const SecureBuffer& key,
                         const std::vector<qint64>& ids, int cacheKib = 0) {
    Database db = openDatabase(path, key);
    setCacheSize(db, cacheKib);
    auto stmt =
        take(db.prepare("SELECT client, amount, note FROM t WHERE id = ?"), "prepare the lookup");
    LookupTimes times;
    times.cold = lookupPass(stmt, ids);
    times.warm = lookupPass(stmt, ids);
    return times;
}

// The mutation a vault write would run, prepared inside each transaction in
// the same way, so that raw and audited commits differ only by the audit.
domain::Status insertSetting(Database& db, int i) {
    auto stmt = db.prepare(kInsertSetting);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, settingKey(i)).bind(2, settingValue(i));
    return stmt->run();
}

double singleCommits(const QString& path, const SecureBuffer& key, Database::Synchronous sync) {
    Database db = openDatabase(path, key, sync);
    ensure(db.exec(kCreateSettings), "create table settings");
    const auto start = Clock::now();
    for (int i = 0; i < kCommits; ++i) {
        storage::Transaction txn(db); // BEGIN IMMEDIATE
        ensure(txn.beginStatus(), "begin a single-row transaction");
        ensure(insertSetting(db, i), "insert a setting");
        ensure(txn.commit(), "commit a single-row transaction");
    }
    return millisSince(start);
}

double auditedCommits(const QString& dir) {
    auto created = take(Vault::create(dir, passphraseBytes(), Kdf::floor()), "create a vault");
    Vault& vault = *created.vault;
    const auto start = Clock::now();
    for (int i = 0; i < kCommits; ++i) {
        storage::AuditEvent event{QStringLiteral("bench"),
                                  QStringLiteral("setting.updated"),
                                  QStringLiteral("setting"),
                                  settingKey(i),
                                  {}};
        auto seq = vault.write(std::move(event), [i](storage::Writer& writer) -> domain::Status {
            auto stmt = writer.prepare(kInsertSetting);
            if (!stmt)
                return std::unexpected(stmt.error());
            stmt->bind(1, settingKey(i)).bind(2, settingValue(i));
            return stmt->run();
        });
        (void)take(std::move(seq), "write to the vault");
    }
    return millisSince(start);
}

// ---------------------------------------------------------------------------
// Output.

void heading(const char* text) {
    std::printf("\n%s\n", text);
    std::fflush(stdout);
}

const char* verdict(double ratio, double target) {
    return ratio <= target ? "met" : "MISSED";
}

} // namespace

int main() {
    if (!storage::hardenProcess()) {
        std::fprintf(stderr, "quittance-bench-vault: process hardening failed\n");
        return EXIT_FAILURE;
    }

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "quittance-bench-vault: no temporary directory: %s\n",
                     qPrintable(tmp.errorString()));
        return EXIT_FAILURE;
    }
    int fileCounter = 0;
    auto freshPath = [&](const char* stem) {
        return tmp.filePath(
            QStringLiteral("%1-%2").arg(QString::fromLatin1(stem)).arg(++fileCounter));
    };

    const SecureBuffer keyed = SecureBuffer::random(Kdf::kKeyBytes);
    const SecureBuffer unkeyed;
    QString cipherVersion;
    {
        Database probe = openDatabase(freshPath("probe.db"), keyed);
        cipherVersion = Database::cipherVersion(probe.handle());
    }

    std::printf("Quittance foundation benchmark (quittance-bench-vault)\n");
    std::printf("  SQLCipher %s, libsodium %s, Qt %s\n", qPrintable(cipherVersion),
                sodium_version_string(), qVersion());
    std::printf("  files in %s (QTemporaryDir, removed on exit)\n", qPrintable(tmp.path()));

    // -- 1. Key derivation and unlock -------------------------------------
    heading("1. Key derivation and unlock");
    const KdfParams floor = Kdf::floor();
    const SecureBuffer salt = SecureBuffer::random(Kdf::kSaltBytes);
    auto timeDerive = [&](const KdfParams& params) {
        const auto start = Clock::now();
        const SecureBuffer key =
            take(Kdf::derive(passphraseBytes(), salt.bytes(), params), "derive a key");
        return millisSince(start);
    };

    const QString unlockDir = tmp.filePath(QStringLiteral("vault-unlock"));
    {
        auto created =
            take(Vault::create(unlockDir, passphraseBytes(), floor), "create the unlock vault");
    } // destroyed: keys wiped, lock released
    // Derivations and unlocks alternate, so that their difference (the cost of
    // unlocking beyond Argon2id) is not skewed by drift between two batches.
    std::vector<double> floorSamples;
    std::vector<double> unlockSamples;
    for (int r = 0; r < kUnlockRuns; ++r) {
        floorSamples.push_back(timeDerive(floor));
        const auto start = Clock::now();
        auto vault = take(Vault::unlock(unlockDir, Vault::Secret::Passphrase, passphraseBytes()),
                          "unlock the vault");
        unlockSamples.push_back(millisSince(start));
        vault.reset(); // outside the timing
    }
    const double floorDerive = median(floorSamples);
    const double unlockMs = median(unlockSamples);

    const auto calibrateStart = Clock::now();
    const KdfParams calibrated = Kdf::calibrate();
    const double calibrateMs = millisSince(calibrateStart);
    std::vector<double> calibratedSamples;
    for (int r = 0; r < kCalibratedDeriveRuns; ++r)
        calibratedSamples.push_back(timeDerive(calibrated));
    const double calibratedDerive = median(calibratedSamples);

    std::printf("  %-56s %11s\n", "", "median");
    std::printf("  %-56s %8.1f ms  of %d\n",
                qPrintable(QStringLiteral("Kdf::derive at the floor (ops %1, mem %2 MiB)")
                               .arg(floor.opslimit)
                               .arg(mib(floor.memlimit), 0, 'f', 0)),
                floorDerive, kUnlockRuns);
    std::printf("  %-56s %8.1f ms  of %d\n", "Vault::unlock by passphrase, vault at the floor",
                unlockMs, kUnlockRuns);
    std::printf("  %-56s %8.1f ms\n", "  beyond key derivation (unlock - derive)",
                unlockMs - floorDerive);
    std::printf("  %-56s %8.1f ms  once\n", "Kdf::calibrate()", calibrateMs);
    std::printf("  %-56s %8.1f ms  of %d\n",
                qPrintable(QStringLiteral("Kdf::derive as calibrated (ops %1, mem %2 MiB)")
                               .arg(calibrated.opslimit)
                               .arg(mib(calibrated.memlimit), 0, 'f', 0)),
                calibratedDerive, kCalibratedDeriveRuns);

    // -- 2. Keyed vs unkeyed ------------------------------------------------
    heading("2. Keyed (SQLCipher, raw 32-byte key) vs unkeyed, vault connection settings\n"
            "   (WAL, synchronous=FULL, secure_delete, 16 MiB page cache)");
    std::mt19937_64 rng(kSeed);
    const std::vector<Row> rows = makeRows(rng);
    std::vector<qint64> lookupIds;
    lookupIds.reserve(kLookups);
    std::uniform_int_distribution<qint64> pickId(1, kBulkRows);
    for (int i = 0; i < kLookups; ++i)
        lookupIds.push_back(pickId(rng));

    // Rounds alternate keyed and unkeyed so that drift on the machine hits both.
    std::vector<double> bulkKeyed, bulkUnkeyed, bulkBigKeyed, bulkBigUnkeyed;
    QString keyedTable;
    QString unkeyedTable;
    for (int r = 0; r < kBulkRounds; ++r) {
        keyedTable = freshPath("bulk-keyed.db");
        bulkKeyed.push_back(bulkInsert(keyedTable, keyed, rows));
        unkeyedTable = freshPath("bulk-unkeyed.db");
        bulkUnkeyed.push_back(bulkInsert(unkeyedTable, unkeyed, rows));
        bulkBigKeyed.push_back(
            bulkInsert(freshPath("bulk-keyed-64m.db"), keyed, rows, kBigCacheKib));
        bulkBigUnkeyed.push_back(
            bulkInsert(freshPath("bulk-unkeyed-64m.db"), unkeyed, rows, kBigCacheKib));
    }
    qint64 tablePages = 0;
    qint64 pageSize = 0;
    {
        Database db = openDatabase(keyedTable, keyed);
        tablePages = take(db.queryInt("PRAGMA page_count"), "count pages");
        pageSize = take(db.queryInt("PRAGMA page_size"), "read the page size");
    }

    std::vector<double> coldKeyed, coldUnkeyed, warmKeyed, warmUnkeyed, bigKeyed, bigUnkeyed;
    for (int r = 0; r < kLookupRounds; ++r) {
        const LookupTimes k = pointLookups(keyedTable, keyed, lookupIds);
        const LookupTimes u = pointLookups(unkeyedTable, unkeyed, lookupIds);
        const LookupTimes kBig = pointLookups(keyedTable, keyed, lookupIds, kBigCacheKib);
        const LookupTimes uBig = pointLookups(unkeyedTable, unkeyed, lookupIds, kBigCacheKib);
        coldKeyed.push_back(k.cold);
        coldUnkeyed.push_back(u.cold);
        warmKeyed.push_back(k.warm);
        warmUnkeyed.push_back(u.warm);
        bigKeyed.push_back(kBig.warm);
        bigUnkeyed.push_back(uBig.warm);
    }

    // Section 2(c) and section 3 share rounds: each round commits 1000 rows
    // into a fresh file (or vault) per configuration, in a fixed order.
    std::vector<double> commitUnkeyed, commitKeyed, commitKeyedNormal, commitVault;
    for (int r = 0; r < kCommitRounds; ++r) {
        commitUnkeyed.push_back(
            singleCommits(freshPath("commit-unkeyed.db"), unkeyed, Database::Synchronous::Full));
        commitKeyed.push_back(
            singleCommits(freshPath("commit-keyed.db"), keyed, Database::Synchronous::Full));
        commitKeyedNormal.push_back(singleCommits(freshPath("commit-keyed-normal.db"), keyed,
                                                  Database::Synchronous::Normal));
        commitVault.push_back(auditedCommits(freshPath("vault-commits")));
    }

    const double comU = median(commitUnkeyed);
    const double comK = median(commitKeyed);
    const double comN = median(commitKeyedNormal);
    const double comV = median(commitVault);

    std::printf("  %-56s %11s %11s %11s %6s  %s\n", "workload, median of rounds", "keyed",
                "unkeyed", "extra", "ratio", "target");
    const auto ratioLine = [](const char* label, double k, double u, double target) {
        const double ratio = k / u;
        if (target > 0)
            std::printf("  %-56s %8.1f ms %8.1f ms %+8.1f ms %6.2f  <= %.1f %s\n", label, k, u,
                        k - u, ratio, target, verdict(ratio, target));
        else
            std::printf("  %-56s %8.1f ms %8.1f ms %+8.1f ms %6.2f  -\n", label, k, u, k - u,
                        ratio);
    };
    const double bulkK = median(bulkKeyed);
    const double bulkU = median(bulkUnkeyed);
    ratioLine("(a) 100k inserts, one transaction (7 rounds)", bulkK, bulkU, kBulkTarget);
    ratioLine("    the same, cache_size = 64 MiB (not the vault's)", median(bulkBigKeyed),
              median(bulkBigUnkeyed), 0);
    ratioLine("(b) 10k point lookups by id, new connection (7 rounds)", median(coldKeyed),
              median(coldUnkeyed), kLookupTarget);
    ratioLine("    the same ids again, same connection (7 rounds)", median(warmKeyed),
              median(warmUnkeyed), kLookupTarget);
    ratioLine("    second pass, cache_size = 64 MiB (not the vault's)", median(bigKeyed),
              median(bigUnkeyed), 0);
    ratioLine("(c) 1000 single-row commits, no audit (5 rounds)", comK, comU, 0);
    std::printf("  %-56s %8.0f/s  %8.0f/s\n", "    (a) as rows per second",
                kBulkRows / (bulkK / 1000.0), kBulkRows / (bulkU / 1000.0));
    std::printf("  %-56s %8.1f us %8.1f us\n", "    (b) per lookup, new connection",
                median(coldKeyed) * 1000.0 / kLookups, median(coldUnkeyed) * 1000.0 / kLookups);
    std::printf("  %-56s %s\n", "    table t",
                qPrintable(QStringLiteral("%1 pages of %2 bytes (%3 MiB)")
                               .arg(tablePages)
                               .arg(pageSize)
                               .arg(mib(static_cast<quint64>(tablePages * pageSize)), 0, 'f', 1)));

    std::printf("\n  %-56s %11s %11s %11s\n", "1000 single commits, median of 5 rounds", "total",
                "per commit", "vs unkeyed");
    const auto commitLine = [&](const char* label, double total) {
        std::printf("  %-56s %8.1f ms %8.2f ms %10.2fx\n", label, total, total / kCommits,
                    total / comU);
    };
    commitLine("unkeyed Database: BEGIN IMMEDIATE; INSERT; COMMIT", comU);
    commitLine("keyed Database: the same, no audit", comK);
    commitLine("keyed Vault::write: + audit entry + vault.json anchor", comV);
    std::printf("  %-56s %8.2fx\n", "cost of encryption (keyed / unkeyed)", comK / comU);
    std::printf("  %-56s %8.2fx  +%.2f ms per commit\n", "cost of auditing (Vault::write / keyed)",
                comV / comK, (comV - comK) / kCommits);

    // -- 3. synchronous=FULL vs NORMAL ---------------------------------------
    heading("3. synchronous=FULL vs NORMAL (keyed Database, WAL)");
    std::printf("  %-56s %11s %11s\n", "1000 single commits, median of 5 rounds", "total",
                "per commit");
    std::printf("  %-56s %8.1f ms %8.3f ms\n", "synchronous=FULL (the vault's setting)", comK,
                comK / kCommits);
    std::printf("  %-56s %8.1f ms %8.3f ms\n", "synchronous=NORMAL", comN, comN / kCommits);
    std::printf("  %-56s %8.2fx\n", "FULL / NORMAL", comK / comN);
    std::fflush(stdout);
    return EXIT_SUCCESS;
}
