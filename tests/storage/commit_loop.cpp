// Test helper for tst_crash: unlocks a vault (passphrase from
// QUITTANCE_PASSPHRASE) and commits settings k0, k1, ... forever, printing
// each number only after write() returned success. tst_crash kills it with
// SIGKILL at a random point.
#include "storage/ProcessHardening.h"
#include "storage/Vault.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char* argv[]) {
    quittance::storage::hardenProcess();
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    const char* passphrase = std::getenv("QUITTANCE_PASSPHRASE");
    if (!passphrase)
        return 1;
    auto vault = quittance::storage::Vault::unlock(
        QString::fromLocal8Bit(argv[1]), quittance::storage::Vault::Secret::Passphrase,
        {reinterpret_cast<const unsigned char*>(passphrase), std::strlen(passphrase)});
    if (!vault) {
        std::fprintf(stderr, "unlock failed\n");
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        const QString key = QStringLiteral("k%1").arg(i);
        auto written = (*vault)->write(
            {QStringLiteral("test"),
             QStringLiteral("setting.updated"),
             QStringLiteral("setting"),
             key,
             {}},
            [&](quittance::storage::Writer& writer) -> quittance::domain::Status {
                auto stmt = writer.prepare("INSERT INTO settings(key, value) VALUES (?, ?)");
                if (!stmt)
                    return std::unexpected(stmt.error());
                stmt->bind(1, key).bind(2, QString::number(i));
                return stmt->run();
            });
        if (!written)
            return 3;
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
