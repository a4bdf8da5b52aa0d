// quittance-generate-vault: creates a vault (Argon2id at the floor, passphrase
// from QUITTANCE_PASSPHRASE) and fills it with a realistic invoicing data set
// (bench/VaultGenerator.h), for GUI work and manual performance checks. The
// recovery key is printed once on stdout, as `vault init` does.

#include "VaultGenerator.h"
#include "storage/Kdf.h"
#include "storage/ProcessHardening.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

using namespace quittance;

namespace {

constexpr char kPassphraseEnv[] = "QUITTANCE_PASSPHRASE";

int usageError(const QString& message) {
    std::fprintf(stderr, "quittance-generate-vault: %s\n", qPrintable(message));
    return 2;
}

std::optional<qint64> integerOption(const QCommandLineParser& parser, const QString& name,
                                    qint64 min, qint64 max) {
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

qint64 directorySize(const QString& dir) {
    qint64 total = 0;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden))
        total += info.size();
    return total;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!storage::hardenProcess()) {
        std::fprintf(stderr, "quittance-generate-vault: process hardening failed\n");
        return EXIT_FAILURE;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quittance-generate-vault"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates a vault filled with generated clients, products and documents.\n"
                       "The passphrase is read from %1.")
            .arg(QString::fromLatin1(kPassphraseEnv)));
    parser.addHelpOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QStringLiteral("The vault directory (new or empty)."),
                                         QStringLiteral("dir"));
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
                                             QStringLiteral("Documents to generate (100000)."),
                                             QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients to generate (500)."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generator (1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QStringLiteral("Last issue date, YYYY-MM-DD (today); fix it for identical vaults."),
        QStringLiteral("date"));
    parser.addOptions({vaultOption, documentsOption, clientsOption, seedOption, todayOption});
    parser.process(app);

    if (!parser.isSet(vaultOption))
        return usageError(QStringLiteral("--vault DIR is required."));
    const auto documents = integerOption(parser, QStringLiteral("documents"), 0, 10'000'000);
    const auto clients = integerOption(parser, QStringLiteral("clients"), 1, 1'000'000);
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!documents)
        return usageError(QStringLiteral("--documents must be a number from 0 to 10000000."));
    if (!clients)
        return usageError(QStringLiteral("--clients must be a number from 1 to 1000000."));
    if (!seedOk)
        return usageError(QStringLiteral("--seed must be a non-negative integer."));
    QDate today;
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return usageError(QStringLiteral("--today must be a date, YYYY-MM-DD."));
    }
    const char* passphrase = std::getenv(kPassphraseEnv);
    if (!passphrase || std::strlen(passphrase) < storage::Vault::kMinPassphraseBytes)
        return usageError(QStringLiteral("set %1 to the new vault's passphrase.")
                              .arg(QString::fromLatin1(kPassphraseEnv)));

    const QString dir = parser.value(vaultOption);
    QElapsedTimer timer;
    timer.start();
    auto created = storage::Vault::create(
        dir, {reinterpret_cast<const unsigned char*>(passphrase), std::strlen(passphrase)},
        storage::Kdf::floor());
    if (!created) {
        std::fprintf(stderr, "quittance-generate-vault: could not create the vault: %s\n",
                     qPrintable(created.error().message));
        return EXIT_FAILURE;
    }
    storage::Vault& vault = *created->vault;
    std::fprintf(stderr, "Vault created in %s; generating %lld documents for %lld clients...\n",
                 qPrintable(dir), static_cast<long long>(*documents),
                 static_cast<long long>(*clients));

    bench::VaultGenerator::Options options;
    options.documents = static_cast<int>(*documents);
    options.clients = static_cast<int>(*clients);
    options.seed = seed;
    options.today = today;
    auto stats = bench::VaultGenerator(vault, options).run();
    if (!stats) {
        std::fprintf(stderr, "quittance-generate-vault: generation failed: %s\n",
                     qPrintable(stats.error().message));
        return EXIT_FAILURE;
    }
    if (auto ok = vault.checkpoint(); !ok)
        std::fprintf(stderr, "quittance-generate-vault: checkpoint failed: %s\n",
                     qPrintable(ok.error().message));
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    vault.lock();

    std::fprintf(stderr,
                 "Done in %.1f s: %lld documents (%lld invoices, %lld credit notes, %lld quotes, "
                 "%lld drafts), %lld payments; vault %.1f MiB.\n",
                 seconds, static_cast<long long>(stats->documents),
                 static_cast<long long>(stats->invoices),
                 static_cast<long long>(stats->creditNotes), static_cast<long long>(stats->quotes),
                 static_cast<long long>(stats->drafts), static_cast<long long>(stats->payments),
                 static_cast<double>(directorySize(dir)) / (1024.0 * 1024.0));
    std::printf("Recovery key (shown once): ");
    std::fflush(stdout);
    std::fwrite(created->recoveryKey.data(), 1, created->recoveryKey.size(), stdout);
    std::printf("\n");
    std::fflush(stdout);
    return EXIT_SUCCESS;
}
