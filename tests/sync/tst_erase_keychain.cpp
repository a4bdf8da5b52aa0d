// Erasing a vault deletes its sync API key from the OS keychain (a real
// gnome-keyring in a private D-Bus session, see with-keyring.sh) and leaves
// other vaults' entries alone.

#include "TestHelpers.h"
#include "services/VaultSession.h"
#include "sync/ApiKeyStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include "storage/ProcessHardening.h"

using namespace quittance;

namespace {

const QString kPass = QStringLiteral("erase keychain passphrase");
// Well-formed keys ("qk_<12>_<43>"); never sent anywhere.
const QByteArray kKeyA = "qk_aaaaaaaaaaaa_" + QByteArray(43, 'A');
const QByteArray kKeyB = "qk_bbbbbbbbbbbb_" + QByteArray(43, 'B');

} // namespace

class TstEraseKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    bool created(services::VaultSession& session, const QString& name) {
        const QByteArray pass = kPass.toUtf8();
        auto made = session.create(
            m_tmp.filePath(name),
            {reinterpret_cast<const unsigned char*>(pass.constData()), std::size_t(pass.size())},
            services::VaultSession::KdfChoice::Floor);
        return made.has_value();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
    }

    void eraseDeletesOnlyItsOwnKeychainEntry() {
        services::VaultSession a, b;
        QVERIFY(created(a, QStringLiteral("a")));
        QVERIFY(created(b, QStringLiteral("b")));
        QVERIFY_RESULT(
            sync::ApiKeyStore::store(*a.vault(), sync::ApiKeyStore::Location::Keychain, kKeyA));
        QVERIFY_RESULT(
            sync::ApiKeyStore::store(*b.vault(), sync::ApiKeyStore::Location::Keychain, kKeyB));
        const QString entryA = sync::ApiKeyStore::keychainEntry(*a.vault());
        const QString entryB = sync::ApiKeyStore::keychainEntry(*b.vault());
        QVERIFY(entryA != entryB);
        auto before = sync::ApiKeyStore::readKeychain(entryA);
        QVERIFY_RESULT(before);
        QCOMPARE(*before, kKeyA);

        QVERIFY_RESULT(a.erase());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("a/vault.db"))));
        QVERIFY(!sync::ApiKeyStore::readKeychain(entryA).has_value());
        auto other = sync::ApiKeyStore::readKeychain(entryB);
        QVERIFY_RESULT(other);
        QCOMPARE(*other, kKeyB);
    }
};

QTEST_GUILESS_MAIN(TstEraseKeychain)
#include "tst_erase_keychain.moc"
