// SPDX-License-Identifier: MIT
#include "appcontext.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "common/paths.h"
#include "fakee2bserver.h"
#include "fakellmserver.h"
#include "sandbox/local/localsandboxprovider.h"
#include "secrets/appenvironment.h"
#include "secrets/memorysecretstore.h"
#include "secretprobe.h"
#include "store/database.h"
#include "store/sessionpurge.h"
#include "store/sessionstore.h"
#include "spawncommand.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sessionmanager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// One keychain per SpawnAI process, AppContext's: the window reads the E2B
// key through it (so a keychain that cannot be reached is recorded as the
// command line records it, instead of a copy of the reading in main.cpp
// that said nothing), and `spawnai spawn PROMPT` reads the model's key
// through it (it used to open a second keychain store of its own, whose
// jobs the first one's queue did not order).
class TestAppKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void window_unreachableKeychain_isRecorded_andASavedKeyTurnsE2bOn();
    void purgeCutShortByACrash_takesTheAppEnvironmentOutOfTheKeychain();
    void spawnPrompt_readsTheModelKey_throughTheContextsKeychain();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {
// A keychain that cannot be reached until `reachable` (no D-Bus session):
// reads fail as KeychainSecretStore's do; a write says the keychain changed.
class UnreachableKeychain final : public SecretStore
{
public:
    bool reachable = false;
    MemorySecretStore values;

    SecretReading *read(const QString &name) override
    {
        if (reachable)
            return values.read(name);
        auto *reading = new SecretReading(this);
        reading->finishLater(SpawnError::system(QStringLiteral("no D-Bus session"), false));
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

const QString ClaudeKey = QStringLiteral("sk-ant-api03-test-key-in-the-context-keychain");
} // namespace

void TestAppKeychain::initTestCase()
{
    // Never the user's keys, should anything open the real keychain.
    qputenv("SPAWNAI_KEYCHAIN_SERVICE", "spawnai-test-appkeychain");
    qunsetenv("E2B_API_KEY");
    qunsetenv("ANTHROPIC_API_KEY");
}

void TestAppKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
}

void TestAppKeychain::cleanup()
{
    Paths::setDataDirOverride({});
    qunsetenv("E2B_API_URL");
    qunsetenv("E2B_SANDBOX_URL");
    m_dir.reset();
}

void TestAppKeychain::window_unreachableKeychain_isRecorded_andASavedKeyTurnsE2bOn()
{
    FakeE2bServer server;  // E2B, once a key turns it on, is this one
    qputenv("E2B_API_URL", server.url().toString().toUtf8());
    qputenv("E2B_SANDBOX_URL", QStringLiteral("http://localhost:%1").arg(server.port()).toUtf8());
    AppContext context;
    auto keychain = std::make_unique<UnreachableKeychain>();
    UnreachableKeychain *reachable = keychain.get();
    context.setSecrets(std::move(keychain));
    QVERIFY(!context.open().isError());

    QObject window;
    context.followKeychainE2bKey(&window);
    QTRY_VERIFY2(context.e2bKeyProblem().startsWith(u"No keychain is reachable (no D-Bus session)"),
                 qPrintable(context.e2bKeyProblem()));
    QVERIFY(!context.cloud()->isE2bEnabled());

    // The keychain is back and Settings saves a key: E2B comes on with it.
    reachable->reachable = true;
    context.secrets()->write(QString::fromLatin1(SecretNames::E2b), QString::fromLatin1(server.apiKey()));
    QTRY_VERIFY(context.cloud()->isE2bEnabled());
    QVERIFY(context.e2bKeyProblem().isEmpty());
}

// Issue 14: a delete with purge journals the purge first; SpawnAI dies before
// the delete removed the app's secrets. The next start completes the purge,
// and the secrets go with it instead of staying in the keychain for good.
void TestAppKeychain::purgeCutShortByACrash_takesTheAppEnvironmentOutOfTheKeychain()
{
    QString id;
    {
        AppContext crashed;
        crashed.setSecrets(std::make_unique<MemorySecretStore>());
        QVERIFY(!crashed.open().isError());
        Session session;
        session.prompt = QStringLiteral("a weather page");
        session.appType = AppType::WebApp;
        QVERIFY(!crashed.store()->createSession(session).isError());
        id = session.id;
        QVERIFY(!crashed.store()->setEnvironmentNames(id, {QStringLiteral("WEATHER_KEY")}).isError());
        QVERIFY(!crashed.store()->transition(id, SessionStatus::Generating, QStringLiteral("test")).isError());
        QVERIFY(!SessionPurge::request(crashed.store()->database().connection(), id).isError());
    }

    auto keychain = std::make_unique<MemorySecretStore>();
    MemorySecretStore *secrets = keychain.get();
    const QString key = AppEnvironment::keychainKey(id, QStringLiteral("WEATHER_KEY"));
    QSignalSpy written(secrets->write(key, QStringLiteral("wk-secret-123")), &AsyncOperation::finished);
    QVERIFY(written.wait(5000));
    AppContext restarted;
    restarted.setSecrets(std::move(keychain));
    QVERIFY(!restarted.open().isError());
    QVERIFY(!restarted.store()->session(id));  // purged
    QTRY_COMPARE(SecretProbe::read(*secrets, key), QString());
}

// The last test: the command quits the application's event loop when its
// session ends (QCoreApplication::exit), which no later wait would survive.
void TestAppKeychain::spawnPrompt_readsTheModelKey_throughTheContextsKeychain()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    FakeLlmServer claude;
    // The answer never comes: the test ends while the model "writes".
    claude.enqueue(FakeLlmServer::sse({}, FakeLlmServer::Ending::Hang));
    AppContext context;
    auto keychain = std::make_unique<MemorySecretStore>();
    MemorySecretStore *secrets = keychain.get();
    context.setSecrets(std::move(keychain));
    QVERIFY(!context.open().isError());
    QSignalSpy written(secrets->write(QString::fromLatin1(SecretNames::Anthropic), ClaudeKey),
                       &AsyncOperation::finished);
    QVERIFY(written.wait(5000));

    CliArguments arguments;
    arguments.command = QStringLiteral("spawn");
    arguments.prompt = QStringLiteral("a pomodoro timer page");
    arguments.baseUrl = claude.url().toString();
    CliOutput output(true);
    SpawnCommand command(&context, arguments, &output);
    QCOMPARE(command.start(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!claude.countRequests().isEmpty() || !claude.requests().isEmpty(), 10000);
    const FakeLlmServer::Request first = claude.countRequests().isEmpty() ? claude.requests().constFirst()
                                                                          : claude.countRequests().constFirst();
    QCOMPARE(first.header("x-api-key"), ClaudeKey.toUtf8());
    // Ctrl-C, as it were: the session ends while its model client (the
    // command's) still exists.
    context.manager()->stopAll(QStringLiteral("the test is done"));
}

QTEST_GUILESS_MAIN(TestAppKeychain)
#include "test_appkeychain.moc"
