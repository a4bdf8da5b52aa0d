// Test helper for tst_numbering_crash: unlocks a prepared vault (passphrase
// from QUITTANCE_PASSPHRASE, a client id as argv[2]) and issues invoices in a
// loop, printing each number only after issue() returned success.
#include "services/DocumentService.h"
#include "storage/ProcessHardening.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace quittance;

int main(int argc, char* argv[]) {
    storage::hardenProcess();
    QCoreApplication app(argc, argv);
    const char* passphrase = std::getenv("QUITTANCE_PASSPHRASE");
    if (argc < 3 || !passphrase)
        return 1;
    auto vault = storage::Vault::unlock(
        QString::fromLocal8Bit(argv[1]), storage::Vault::Secret::Passphrase,
        {reinterpret_cast<const unsigned char*>(passphrase), std::strlen(passphrase)});
    if (!vault)
        return 2;
    services::DocumentService documents(**vault, [] { return QDate(2026, 6, 1); });
    domain::Document draft;
    draft.type = domain::DocumentType::Invoice;
    draft.currency = *domain::Currency::fromCode(QStringLiteral("EUR"));
    draft.clientUuid = QUuid(QString::fromLatin1(argv[2]));
    domain::DocumentLine line;
    line.description = QStringLiteral("Work");
    line.unitCode = QStringLiteral("HUR");
    line.unitPrice = *domain::Decimal::parse(QStringLiteral("50"));
    line.taxRate = *domain::Decimal::parse(QStringLiteral("19"));
    draft.lines = {line};
    std::printf("ready\n");
    std::fflush(stdout);
    while (true) {
        auto created = documents.createDraft(draft);
        if (!created)
            return 3;
        auto issued = documents.issue(created->document.uuid.toString(QUuid::WithoutBraces));
        if (!issued)
            return 4;
        std::printf("%s\n", issued->document.number.toUtf8().constData());
        std::fflush(stdout);
    }
}
