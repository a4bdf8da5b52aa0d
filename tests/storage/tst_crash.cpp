// A process killed with SIGKILL in the middle of a loop of commits leaves a
// vault that opens, verifies, and holds every commit that returned success.

#include "VaultTestSupport.h"
#include "storage/ProcessHardening.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace quittance;
using namespace quittance::test;

class TestCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(storage::hardenProcess()); }

    void killedMidCommitLosesNothing() {
        QTemporaryDir tmp;
        TestVault tv;
        tv.dir = tmp.filePath(QStringLiteral("vault"));
        createVault(tv).reset();
        QSet<QString> confirmed;
        for (int round = 0; round < 4; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QUITTANCE_PASSPHRASE"), QString::fromLatin1(tv.passphrase));
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(COMMIT_LOOP_PATH), {tv.dir});
            QVERIFY(child.waitForStarted());
            // Kill after a different, random number of confirmed commits each round.
            const int target = 5 + QRandomGenerator::global()->bounded(60);
            QByteArray out;
            int seen = 0;
            while (seen < target + 1 && child.state() == QProcess::Running) {
                child.waitForReadyRead(5000);
                out += child.readAllStandardOutput();
                seen = static_cast<int>(out.count('\n'));
            }
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            out += child.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            QVERIFY2(lines.value(0) == "ready", out.left(200).constData());
            for (const QByteArray& line : lines.mid(1)) {
                if (!line.isEmpty())
                    confirmed.insert(QStringLiteral("k%1").arg(QString::fromLatin1(line)));
            }
            // Commits continue from where the database stands: keys are
            // unique per round, so remove the table's rows in between.
            auto vault = unlockVault(tv);
            QVERIFY_RESULT(vault);
            QVERIFY(!(*vault)->isRolledBack());
            auto report = (*vault)->verifyAudit();
            QVERIFY_RESULT(report);
            QVERIFY2(report->ok, qPrintable(report->problem));
            for (const QString& key : confirmed) {
                auto value = getSetting(**vault, key);
                QVERIFY_RESULT(value);
                QVERIFY2(!value->isNull(),
                         qPrintable(key + QStringLiteral(" was confirmed but is missing")));
            }
            auto cleared = (*vault)->write(
                {QStringLiteral("test"),
                 QStringLiteral("setting.cleared"),
                 QStringLiteral("setting"),
                 QStringLiteral("*"),
                 {}},
                [](storage::Writer& writer) { return writer.exec("DELETE FROM settings"); });
            QVERIFY_RESULT(cleared);
            confirmed.clear();
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
