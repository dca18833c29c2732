// SPDX-License-Identifier: MIT
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Against the real Secret Service when the run has one (packaging/test.sh
// starts a D-Bus session with gnome-keyring); without one, every call must
// fail with a clear error instead of hanging or crashing.
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove_roundTripsThroughTheKeychain();
    void missingEntry_readsAsEmpty();
    void memoryStore_behavesTheSame();

private:
    static bool finish(AsyncOperation *operation);
    static bool keychainReachable();
    const QString m_service = u"SpawnAI-test-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

bool TestKeychainSecretStore::finish(AsyncOperation *operation)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(20000);
}

bool TestKeychainSecretStore::keychainReachable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void TestKeychainSecretStore::writeReadRemove_roundTripsThroughTheKeychain()
{
    KeychainSecretStore store(m_service);
    PendingOperation *write = store.write(QString::fromLatin1(SecretNames::Anthropic), QStringLiteral("sk-ant-test-123"));
    QVERIFY(finish(write));
    if (!keychainReachable()) {
        QVERIFY(!write->succeeded());
        QCOMPARE(write->error().kind, ErrorKind::System);
        QVERIFY(!write->error().message.isEmpty());
        QSKIP("No D-Bus session: checked that the keychain fails cleanly");
    }
    QVERIFY2(write->succeeded(), qPrintable(write->error().message));
    SecretReading *read = store.read(QString::fromLatin1(SecretNames::Anthropic));
    QVERIFY(finish(read));
    QVERIFY(read->succeeded());
    QCOMPARE(read->value(), QStringLiteral("sk-ant-test-123"));
    PendingOperation *remove = store.remove(QString::fromLatin1(SecretNames::Anthropic));
    QVERIFY(finish(remove));
    QVERIFY(remove->succeeded());
    SecretReading *again = store.read(QString::fromLatin1(SecretNames::Anthropic));
    QVERIFY(finish(again));
    QVERIFY(again->succeeded());
    QVERIFY(!again->found());
}

void TestKeychainSecretStore::missingEntry_readsAsEmpty()
{
    if (!keychainReachable())
        QSKIP("No D-Bus session");
    KeychainSecretStore store(m_service);
    SecretReading *read = store.read(QStringLiteral("never-written"));
    QVERIFY(finish(read));
    QVERIFY2(read->succeeded(), qPrintable(read->error().message));
    QVERIFY(!read->found());
}

void TestKeychainSecretStore::memoryStore_behavesTheSame()
{
    MemorySecretStore store;
    QVERIFY(finish(store.write(QStringLiteral("k"), QStringLiteral("v"))));
    SecretReading *read = store.read(QStringLiteral("k"));
    QVERIFY(!read->isFinished());  // never before the caller is back in the event loop
    QVERIFY(finish(read));
    QCOMPARE(read->value(), QStringLiteral("v"));
    QVERIFY(finish(store.remove(QStringLiteral("k"))));
    SecretReading *gone = store.read(QStringLiteral("k"));
    QVERIFY(finish(gone));
    QVERIFY(!gone->found());
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychainsecretstore.moc"
