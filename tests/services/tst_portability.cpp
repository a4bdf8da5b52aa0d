// Automatic backups (due once a day, rotation), CSV imports (preview,
// per-row errors, all or nothing), CSV export defusing formulas, audit
// extracts, anonymising clients and erasing a vault.

#include "ServiceFixture.h"
#include "domain/Csv.h"
#include "services/BackupService.h"
#include "services/PortabilityService.h"
#include "services/VaultSession.h"
#include "storage/ProcessHardening.h"

#include <QDir>
#include <QTest>

using namespace quittance;
using namespace quittance::test;
using domain::ErrorCode;

class TestPortability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(storage::hardenProcess()); }

    void automaticBackupsRunDailyAndRotate() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        services::BackupService backups(*f.vault);
        const QDateTime t0(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        auto off = backups.runAutomatic(t0);
        QVERIFY_RESULT(off);
        QVERIFY(!off->has_value()); // not configured
        QVERIFY_ERROR(backups.setAutoSettings({QStringLiteral("relative/dir"), 3}),
                      ErrorCode::InvalidInput);
        QVERIFY_ERROR(backups.setAutoSettings({f.tmp.filePath(QStringLiteral("auto")), 0}),
                      ErrorCode::InvalidInput);
        QVERIFY_RESULT(backups.setAutoSettings({f.tmp.filePath(QStringLiteral("auto")), 3}));
        // A stranger's file in the folder is never touched by rotation.
        QVERIFY(QDir().mkpath(f.tmp.filePath(QStringLiteral("auto"))));
        QFile stranger(f.tmp.filePath(QStringLiteral("auto/notes.txt")));
        QVERIFY(stranger.open(QIODevice::WriteOnly));
        stranger.close();
        auto first = backups.runAutomatic(t0);
        QVERIFY_RESULT(first);
        QVERIFY(first->has_value());
        auto again = backups.runAutomatic(t0.addSecs(3600)); // 1 h later: not due
        QVERIFY_RESULT(again);
        QVERIFY(!again->has_value());
        for (int day = 1; day <= 4; ++day) {
            auto next = backups.runAutomatic(t0.addDays(day));
            QVERIFY_RESULT(next);
            QVERIFY(next->has_value());
        }
        QStringList files = QDir(f.tmp.filePath(QStringLiteral("auto")))
                                .entryList({QStringLiteral("*.qbackup")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 3); // the newest three of five
        QVERIFY(files.first().contains(QStringLiteral("20260303")));
        QVERIFY(QFile::exists(f.tmp.filePath(QStringLiteral("auto/notes.txt"))));
        auto last = backups.lastRun();
        QVERIFY_RESULT(last);
        QVERIFY(last->error.isEmpty());
        QVERIFY(last->file.contains(QStringLiteral("20260305")));
    }

    void failedAutomaticBackupIsRecorded() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        services::BackupService backups(*f.vault);
        QVERIFY_RESULT(
            backups.setAutoSettings({QStringLiteral("/proc/quittance-cannot-write-here"), 3}));
        QVERIFY(!backups.runAutomatic(QDateTime::currentDateTimeUtc()));
        auto last = backups.lastRun();
        QVERIFY_RESULT(last);
        QVERIFY(!last->error.isEmpty());
        QVERIFY(last->file.isEmpty());
    }

    void csvImportPreviewsAndIsAllOrNothing() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        services::PortabilityService portability(*f.vault);
        const QByteArray good =
            "name,country,city,terms_days,currency\nAcme,DE,Berlin,30,EUR\nGlobex,GB,London,,GBP\n";
        auto preview = services::PortabilityService::previewClients(good);
        QCOMPARE(preview.records.size(), 2u);
        QVERIFY(preview.errors.empty());
        QCOMPARE(preview.records[0].paymentTermsDays, std::optional<int>(30));
        QCOMPARE(f.clients->list()->size(), 1u); // the preview wrote nothing

        const QByteArray mixed = "name,country,currency,terms_days\nOk "
                                 "GmbH,DE,EUR,14\n,DE,EUR,14\nBad,DE,XYZ,14\nWorse,DE,EUR,999\n";
        auto bad = services::PortabilityService::previewClients(mixed);
        QCOMPARE(bad.records.size(), 1u);
        QCOMPARE(bad.errors.size(), 3u);
        QCOMPARE(bad.errors[0].row, 3);
        QCOMPARE(bad.errors[0].field, QStringLiteral("name"));
        QCOMPARE(bad.errors[1].field, QStringLiteral("currency"));
        QCOMPARE(bad.errors[2].field, QStringLiteral("terms_days"));
        QVERIFY_ERROR(portability.commitClients(bad), ErrorCode::InvalidInput);
        QCOMPARE(f.clients->list()->size(), 1u);

        auto unknown =
            services::PortabilityService::previewClients("name,country,shoe_size\nA,DE,44\n");
        QCOMPARE(unknown.errors.size(), 1u);
        QCOMPARE(unknown.errors[0].field, QStringLiteral("shoe_size"));
        auto missing = services::PortabilityService::previewClients("city\nBerlin\n");
        QCOMPARE(missing.errors.size(), 2u); // name and country
        auto garbage = services::PortabilityService::previewClients("a,b\n\"open");
        QCOMPARE(garbage.errors.size(), 1u);

        auto count = portability.commitClients(preview);
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 2);
        QCOMPARE(f.clients->list()->size(), 3u);

        auto products = services::PortabilityService::previewProducts(
            "name,unit,unit_price,tax_category,tax_rate\nDesign,HUR,85.00,S,19\nBook,C62,12.5,Z,"
            "0\nOops,HUR,1e3,S,19\n");
        QCOMPARE(products.records.size(), 2u);
        QCOMPARE(products.errors.size(), 1u);
        QCOMPARE(products.errors[0].field, QStringLiteral("unit_price"));
    }

    void csvExportDefusesFormulas() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        domain::Client evil = buyer(QStringLiteral("=cmd|' /C calc'!A0"));
        QVERIFY_RESULT(f.clients->add(evil));
        auto draft = f.documents->createDraft(
            f.invoiceDraft({line(QStringLiteral("+SUM(1,2)"), "1", "10")}));
        QVERIFY_RESULT(draft);
        QVERIFY_RESULT(f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces)));
        services::PortabilityService portability(*f.vault);
        const QString dir = f.tmp.filePath(QStringLiteral("csv"));
        QVERIFY_RESULT(portability.exportCsv(dir));
        QFile clients(dir + QStringLiteral("/clients.csv"));
        QVERIFY(clients.open(QIODevice::ReadOnly));
        const QByteArray clientCsv = clients.readAll();
        QVERIFY(clientCsv.contains("\"'=cmd|' /C calc'!A0\""));
        QFile lines(dir + QStringLiteral("/lines.csv"));
        QVERIFY(lines.open(QIODevice::ReadOnly));
        const QByteArray lineCsv = lines.readAll();
        QVERIFY(lineCsv.contains("\"'+SUM(1,2)\""));
        QVERIFY(lineCsv.contains("\"10.00\"")); // 1 x 10 = 10.00 net
        QFile documents(dir + QStringLiteral("/documents.csv"));
        QVERIFY(documents.open(QIODevice::ReadOnly));
        auto rows = domain::Csv::parse(documents.readAll());
        QVERIFY_RESULT(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).at(11), QStringLiteral("11.90")); // gross: 10.00 + 19 %
    }

    void auditExtractHonoursThePeriod() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        services::PortabilityService portability(*f.vault);
        const QString all = f.tmp.filePath(QStringLiteral("audit.csv"));
        QVERIFY_RESULT(portability.exportAuditExtract(all, {}, {}));
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto rows = domain::Csv::parse(file.readAll());
        QVERIFY_RESULT(rows);
        QVERIFY(rows->size() >= 4); // header, created, profile, client
        QCOMPARE(rows->at(1).at(3), QStringLiteral("vault.created"));
        const QString none = f.tmp.filePath(QStringLiteral("none.csv"));
        QVERIFY_RESULT(portability.exportAuditExtract(none, QDate(2000, 1, 1), QDate(2000, 1, 2)));
        QFile empty(none);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QCOMPARE(domain::Csv::parse(empty.readAll())->size(), 1);
        QVERIFY_ERROR(portability.exportAuditExtract(none, QDate(2026, 2, 1), QDate(2026, 1, 1)),
                      ErrorCode::InvalidInput);
    }

    void anonymiseOnlyWithoutIssuedDocuments() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        services::PortabilityService portability(*f.vault);
        const QString id = f.client.uuid.toString(QUuid::WithoutBraces);
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        QVERIFY_RESULT(portability.anonymiseClient(id)); // only a draft names it
        auto anonymous = f.clients->get(id);
        QVERIFY_RESULT(anonymous);
        QCOMPARE(anonymous->entity.name, QStringLiteral("Anonymised client"));
        QVERIFY(anonymous->entity.email.isEmpty());
        QVERIFY(anonymous->entity.archived);

        auto other = f.clients->add(buyer(QStringLiteral("Kept AG")));
        QVERIFY_RESULT(other);
        domain::Document d = f.invoiceDraft();
        d.clientUuid = other->uuid;
        auto issued = f.documents->createDraft(d);
        QVERIFY_RESULT(issued);
        QVERIFY_RESULT(f.documents->issue(issued->document.uuid.toString(QUuid::WithoutBraces)));
        auto refused = portability.anonymiseClient(other->uuid.toString(QUuid::WithoutBraces));
        QVERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("retention")));
        QCOMPARE(f.clients->get(other->uuid.toString(QUuid::WithoutBraces))->entity.name,
                 QStringLiteral("Kept AG"));
    }

    void eraseRemovesTheVault() {
        QTemporaryDir tmp;
        services::VaultSession session;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        const char* pass = "erase me passphrase";
        QVERIFY_RESULT(
            session.create(dir, {reinterpret_cast<const unsigned char*>(pass), std::strlen(pass)},
                           services::VaultSession::KdfChoice::Floor));
        QVERIFY_RESULT(session.vault()->changePassphrase(
            {reinterpret_cast<const unsigned char*>(pass), std::strlen(pass)},
            storage::Kdf::floor())); // leaves a .bak
        QVERIFY_RESULT(session.erase());
        QVERIFY(!QDir(dir).exists());
        QVERIFY(!session.isUnlocked());
        QVERIFY_ERROR(session.erase(), ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
