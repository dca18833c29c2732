// SPDX-License-Identifier: MIT
#include "common/pendingoperation.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretstore.h"
#include "workflow/traffictokens.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The traffic tokens of private E2B previews, read back from the keychain
// for an app no runner here serves (kept running, or another process's).
// The window asks for the token on every refresh of the session's page; a
// keychain that cannot be read used to be asked again, with a warning in
// the log, every time.
class TestTrafficTokens final : public QObject
{
    Q_OBJECT

private slots:
    void load_finishesOnce_withTheToken();
    void load_ofASandboxWithoutToken_succeedsEmpty();
    void failingKeychain_isReadOnce_untilItChanges();
    void cancelledLoad_keepsTheAnswer_forTheNextOne();
};

namespace {
const QString Sandbox = QStringLiteral("isb-private");
const QString Token = QStringLiteral("0123456789abcdef0123456789abcdef");

// A keychain no one can reach (no D-Bus session, no Secret Service): every
// read fails, as KeychainSecretStore's do; writes work once it is back.
class UnreachableKeychain final : public SecretStore
{
public:
    int reads = 0;
    bool reachable = false;
    MemorySecretStore values;

    SecretReading *read(const QString &name) override
    {
        ++reads;
        if (reachable)
            return values.read(name);
        auto *reading = new SecretReading(this);
        reading->finishLater(SpawnError::system(QStringLiteral("No keychain is reachable (no D-Bus session)"), false));
        return reading;
    }
    PendingOperation *write(const QString &name, const QString &value) override
    {
        PendingOperation *writing = values.write(name, value);
        connect(writing, &AsyncOperation::finished, this, [this, writing, name] {
            if (writing->succeeded())
                emit secretChanged(name);
        });
        return writing;
    }
    PendingOperation *remove(const QString &name) override { return values.remove(name); }
};

bool finishes(AsyncOperation *operation)
{
    QSignalSpy finished(operation, &AsyncOperation::finished);
    return operation->isFinished() || finished.wait(5000);
}

// What a load answered: TrafficTokens deletes the operation once it has.
struct Answer
{
    int count = 0;
    bool succeeded = false;
    QString error;
};

std::shared_ptr<Answer> answerOf(PendingOperation *operation)
{
    auto answer = std::make_shared<Answer>();
    QObject::connect(operation, &AsyncOperation::finished, operation, [operation, answer] {
        ++answer->count;
        answer->succeeded = operation->succeeded();
        answer->error = operation->error().message;
    });
    return answer;
}

bool answered(const std::shared_ptr<Answer> &answer)
{
    return QTest::qWaitFor([&answer] { return answer->count > 0; }, 5000);
}
} // namespace

void TestTrafficTokens::load_finishesOnce_withTheToken()
{
    MemorySecretStore keychain;
    QVERIFY(finishes(keychain.write(SecretNames::trafficToken(Sandbox), Token)));
    TrafficTokens tokens(&keychain);
    QSignalSpy found(&tokens, &TrafficTokens::found);
    PendingOperation *loading = tokens.load(Sandbox);
    QVERIFY(loading);
    // A second ask while the first reads waits for the same answer.
    QCOMPARE(tokens.load(Sandbox), loading);
    const std::shared_ptr<Answer> answer = answerOf(loading);
    QVERIFY(answered(answer));
    QVERIFY(answer->succeeded);
    QCOMPARE(tokens.token(Sandbox), Token);
    QCOMPARE(found.size(), 1);
    // Known now: asked again, it answers from memory, once.
    const std::shared_ptr<Answer> again = answerOf(tokens.load(Sandbox));
    QVERIFY(answered(again));
    QVERIFY(again->succeeded);
    QCOMPARE(answer->count, 1);
    QCOMPARE(again->count, 1);
    QCOMPARE(found.size(), 1);
}

void TestTrafficTokens::load_ofASandboxWithoutToken_succeedsEmpty()
{
    MemorySecretStore keychain;
    TrafficTokens tokens(&keychain);
    const std::shared_ptr<Answer> answer = answerOf(tokens.load(Sandbox));
    QVERIFY(answered(answer));
    QVERIFY(answer->succeeded);
    QVERIFY(tokens.token(Sandbox).isEmpty());
}

void TestTrafficTokens::failingKeychain_isReadOnce_untilItChanges()
{
    UnreachableKeychain keychain;
    TrafficTokens tokens(&keychain);
    const std::shared_ptr<Answer> first = answerOf(tokens.load(Sandbox));
    QVERIFY(answered(first));
    QVERIFY(!first->succeeded);
    QVERIFY2(first->error.contains(u"No keychain is reachable"), qPrintable(first->error));
    QCOMPARE(keychain.reads, 1);

    // The session's page refreshes again and again: the failure is
    // remembered, the keychain is not asked (nor the log warned) again.
    for (int refresh = 0; refresh < 3; ++refresh) {
        const std::shared_ptr<Answer> again = answerOf(tokens.load(Sandbox));
        QCOMPARE(keychain.reads, 1);
        QVERIFY(answered(again));
        QCOMPARE(again->error, first->error);
    }

    // The keychain changed (a key saved in Settings): asked once more.
    keychain.reachable = true;
    QVERIFY(finishes(keychain.write(SecretNames::trafficToken(Sandbox), Token)));
    const std::shared_ptr<Answer> afterChange = answerOf(tokens.load(Sandbox));
    QCOMPARE(keychain.reads, 2);
    QVERIFY(answered(afterChange));
    QVERIFY(afterChange->succeeded);
    QCOMPARE(tokens.token(Sandbox), Token);
}

// A caller that stops waiting (cancel()) does not stop the reading: its
// answer is kept, and the next load neither waits on the cancelled one nor
// reads again.
void TestTrafficTokens::cancelledLoad_keepsTheAnswer_forTheNextOne()
{
    UnreachableKeychain keychain;
    keychain.reachable = true;
    QVERIFY(finishes(keychain.write(SecretNames::trafficToken(Sandbox), Token)));
    TrafficTokens tokens(&keychain);
    QSignalSpy found(&tokens, &TrafficTokens::found);
    PendingOperation *cancelled = tokens.load(Sandbox);
    const std::shared_ptr<Answer> answer = answerOf(cancelled);
    cancelled->cancel();
    QVERIFY(answered(answer));
    QVERIFY(!answer->succeeded);
    QVERIFY(found.wait(5000));
    QCOMPARE(tokens.token(Sandbox), Token);
    const std::shared_ptr<Answer> next = answerOf(tokens.load(Sandbox));
    QVERIFY(answered(next));
    QVERIFY(next->succeeded);
    QCOMPARE(keychain.reads, 1);
}

QTEST_GUILESS_MAIN(TestTrafficTokens)
#include "test_traffictokens.moc"
