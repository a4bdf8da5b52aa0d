#pragma once

#include "domain/Client.h"
#include "domain/Error.h"
#include "domain/JsonExport.h"
#include "domain/Product.h"
#include "storage/Vault.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace quittance::services {

// Getting data in and out: everything as JSON (the export envelope of
// domain::JsonExportCodec), CSV for an accountant (documents, lines,
// payments, clients), an extract of the audit log, CSV imports of clients
// and products with a preview and a per-row error report (nothing is written
// until commit, and then all or nothing), and anonymising a client.
class PortabilityService {
public:
    struct RowError {
        int row = 0; // 1-based data row (the header is row 1 of the file, data starts at 2)
        QString field;
        QString message;
    };
    template <typename Entity>
    struct ImportPreview {
        std::vector<Entity> records; // valid rows, in file order
        std::vector<RowError> errors;
        bool canCommit() const { return errors.empty() && !records.empty(); }
    };

    // An encoded JSON export and how many records of each kind it holds.
    struct JsonExportData {
        QByteArray json;
        qsizetype clients = 0;
        qsizetype products = 0;
        qsizetype documents = 0;
    };

    explicit PortabilityService(storage::Vault& vault)
        : m_vault(vault) {}

    // Every client and product (archived ones included) and every document,
    // as indented UTF-8 JSON in the {"format": "quittance-export", ...} envelope.
    domain::Result<JsonExportData> encodeJson();
    // encodeJson() into `path`, replaced atomically with mode 0600 (the
    // export is the vault's content in clear). Nothing is written on error.
    domain::Result<JsonExportData> exportJson(const QString& path);
    // documents.csv, lines.csv, payments.csv and clients.csv into `directory`.
    domain::Status exportCsv(const QString& directory);
    // The files exportCsv() writes, in that order.
    static QStringList csvFileNames();
    // Entries with timestamps in [from, to] (either may be invalid: open).
    domain::Status exportAuditExtract(const QString& path, const QDate& from, const QDate& to);

    static ImportPreview<domain::Client> previewClients(const QByteArray& csv);
    static ImportPreview<domain::Product> previewProducts(const QByteArray& csv);
    domain::Result<int> commitClients(const ImportPreview<domain::Client>& preview);
    domain::Result<int> commitProducts(const ImportPreview<domain::Product>& preview);

    // Replaces a client's personal data with placeholders. Refused while an
    // issued document names the client: invoices must be kept unchanged for
    // the legal retention period.
    domain::Status anonymiseClient(const QString& id);

private:
    domain::Result<domain::JsonExport> collectJson();

    storage::Vault& m_vault;
};

} // namespace quittance::services
