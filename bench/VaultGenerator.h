#pragma once

#include "domain/DocumentType.h"
#include "domain/Error.h"
#include "storage/Vault.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QUuid>

#include <utility>

namespace quittance::bench {

// Fills an unlocked, empty vault with a realistic invoicing data set for
// benchmarks and GUI work: a German seller, clients across the EU and beyond
// (some with VAT IDs), a product catalogue and documents spread over the
// last `years` years up to `today`. The documents are mostly issued invoices
// (paid in full, in part, open or overdue, depending on their age), some
// credit notes (voiding or reducing an invoice), quotes and drafts, in EUR
// with some USD, GBP and JPY, at 19 %, 7 %, 0 % (Z), reverse charge (AE) and
// outside scope (O). The same options (with `today` set) and seed always
// produce the same rows, ids, numbers and amounts; only the audit log's
// timestamps differ.
//
// Speed over the service layer: documents are written through the storage
// repositories, `batchSize` per Vault::write, each batch audited as one
// "generator.batch" event. Every document is still checked as the services
// would (Document::validate / validateForIssue) and its totals computed by
// DocumentCalculator; numbers follow the vault's numbering settings without
// gaps, and number_sequences is advanced with each batch so that the next
// issue through DocumentService continues after the generated numbers.
class VaultGenerator {
public:
    // Planted in exactly kRareWordDocuments issued invoices, nowhere else.
    static constexpr const char* kRareWord = "quetzalcoatl";
    static constexpr int kRareWordDocuments = 3;
    // A word of the line vocabulary that many documents contain.
    static constexpr const char* kCommonWord = "workshop";

    struct Options {
        int documents = 100'000;
        int clients = 500;
        int products = 50;
        quint64 seed = 1;
        QDate today;   // the last issue date; invalid means QDate::currentDate()
        int years = 3; // documents are issued over this many years up to today
        int batchSize = 1000;
        bool progress = true; // a line on stderr every 5 %
    };

    struct Stats {
        qint64 documents = 0;
        qint64 invoices = 0; // issued, not drafts
        qint64 creditNotes = 0;
        qint64 quotes = 0; // sent or decided, not drafts
        qint64 drafts = 0;
        qint64 lines = 0;
        qint64 payments = 0;
        qint64 paidInvoices = 0;
        qint64 partiallyPaidInvoices = 0;
        qint64 openInvoices = 0; // issued or sent, nothing paid
        qint64 voidedInvoices = 0;
        qint64 nonEuroDocuments = 0;
        qint64 reverseChargeDocuments = 0;
        qint64 rareWordDocuments = 0;
        int clients = 0;
        int products = 0;
        int batches = 0;
        QUuid domesticClient; // a German client in EUR, for issuing test invoices
        // The last sequence number used per (type, numbering period).
        QMap<std::pair<domain::DocumentType, QString>, qint64> lastSequence;
    };

    VaultGenerator(storage::Vault& vault, Options options);

    domain::Result<Stats> run();

private:
    storage::Vault& m_vault;
    Options m_options;
};

} // namespace quittance::bench
