// SPDX-License-Identifier: MIT
#include "sandboxtesthelpers.h"

#include "common/paths.h"
#include "deploy/templatelibrary.h"
#include "sandbox/local/localsandboxprovider.h"
#include "sandbox/local/resourcelimiter.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The session workflow in one process, with everything real: the history on
// disk, the manager and its runners, and local sandboxes.
class TestSessionRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void journal_recordsEveryMoveBeforeActingOnIt();
    void failingBuild_failsWithTheStepAndExitCode_andDestroysTheSandbox();
    void timeout_endsTheSessionExpired();
    void forkBombWhileStarting_failsWithTheProcessLimit();
    void forkBombAfterReady_failsWithTheProcessLimit();
    void hobbyPlan_refusesThe21stSession_withoutCreatingIt();
    void stopThenRedeploy_bringsTheSameSessionBackToReady();
};

namespace {
using namespace std::chrono_literals;

// A data directory of its own with the services SpawnAI runs on.
class Workflow final
{
    Q_DISABLE_COPY_MOVE(Workflow)

public:
    Workflow()
    {
        Paths::setDataDirOverride(m_dir.path());
        m_database = std::make_unique<Database>();
        if (const SpawnError error = m_database->open(); error.isError()) {
            qWarning().noquote() << "cannot open the history:" << error.message;
            return;
        }
        m_store = std::make_unique<SessionStore>(*m_database);
        m_provider = std::make_unique<LocalSandboxProvider>();
        m_manager = std::make_unique<SessionManager>(m_store.get());
        m_manager->addProvider(m_provider.get());
        // What the manager reports, from the first moment of a session.
        QObject::connect(m_store.get(), &SessionStore::eventAppended, m_store.get(),
                         [this](const QString &id, const SessionEvent &event) { onEvent(id, event); });
    }
    ~Workflow()
    {
        m_manager.reset();
        m_provider.reset();
        m_store.reset();
        m_database.reset();
        Paths::setDataDirOverride({});
    }

    bool isValid() const { return m_dir.isValid() && m_manager; }
    SessionStore &store() { return *m_store; }
    SessionManager &manager() { return *m_manager; }
    LocalSandboxProvider &provider() { return *m_provider; }

    // The session row as it was when each timeline entry was written.
    struct Entry
    {
        SessionEvent event;
        Session session;
        QList<UsageRecord> usage;
        QList<qint64> markedProcesses;
    };
    QList<Entry> journal(const QString &id) const
    {
        QList<Entry> entries;
        for (const Entry &entry : m_journal) {
            if (entry.event.sessionId == id)
                entries << entry;
        }
        return entries;
    }
    // Also notes which host processes carry `marker` at each entry.
    void watchMarker(const QByteArray &marker) { m_marker = marker; }

    QStringList transitions(const QString &id) const
    {
        QStringList moves;
        for (const SessionEvent &event : m_store->events(id)) {
            if (event.toStatus)
                moves << sessionStatusToString(*event.toStatus);
        }
        return moves;
    }
    SessionStatus status(const QString &id) const
    {
        const auto session = m_store->session(id);
        return session ? session->status : SessionStatus::Cancelled;
    }
    QString describe(const QString &id) const
    {
        const auto session = m_store->session(id);
        if (!session)
            return QStringLiteral("no session %1").arg(id);
        return QStringLiteral("%1 %2 [%3] %4")
            .arg(id, sessionStatusToString(session->status), transitions(id).join(QStringLiteral(" > ")),
                 session->error.message);
    }

    QList<SandboxInfo> liveSandboxes()
    {
        SandboxListing *listing = m_provider->list();
        QSignalSpy finished(listing, &AsyncOperation::finished);
        if (!listing->isFinished())
            finished.wait(5000);
        const QList<SandboxInfo> sandboxes = listing->sandboxes();
        delete listing;
        return sandboxes;
    }

private:
    void onEvent(const QString &id, const SessionEvent &event)
    {
        Entry entry;
        entry.event = event;
        entry.session = m_store->session(id).value_or(Session());
        entry.usage = m_store->usage(id);
        if (!m_marker.isEmpty())
            entry.markedProcesses = hostProcessesWith(m_marker);
        m_journal << entry;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<LocalSandboxProvider> m_provider;
    std::unique_ptr<SessionManager> m_manager;
    QList<Entry> m_journal;
    QByteArray m_marker;
};

AppBundle starter(const QString &name)
{
    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary().load(name, &error);
    if (!bundle)
        qWarning().noquote() << "cannot load the template" << name << error.message;
    return bundle.value_or(AppBundle());
}

AppBundle webapp(const QString &start, const QString &build = {})
{
    Manifest manifest(AppType::WebApp);
    manifest.setStart(start);
    manifest.setBuild(build);
    return AppBundle(manifest, {AppFile{QStringLiteral("index.html"),
                                           "<!doctype html><title>Test app</title><p>hello</p>", false}});
}

SpawnRequest request(const AppBundle &bundle, const QString &what = QStringLiteral("test app"))
{
    SpawnRequest request;
    request.bundle = bundle;
    request.prompt = what;
    request.sourceSummary = what;
    return request;
}

SpawnRequest templateRequest(const QString &name)
{
    SpawnRequest spawn = request(starter(name), QStringLiteral("Template: %1").arg(name));
    spawn.templateName = name;
    return spawn;
}

QByteArray fetch(const QUrl &url, QNetworkReply::NetworkError *error = nullptr)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest get(url);
    get.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(get);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    if (error)
        *error = reply->error();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

QString titleOf(const QByteArray &html)
{
    static const QRegularExpression title(QStringLiteral("<title>\\s*(.*?)\\s*</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    return title.match(QString::fromUtf8(html)).captured(1);
}

bool answers(const QUrl &url)
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    fetch(url, &error);
    return error == QNetworkReply::NoError;
}

// A number no other test run on this machine uses, for `sleep N` markers.
QByteArray uniqueMarker(int which)
{
    return "7420" + QByteArray::number(QCoreApplication::applicationPid()) + QByteArray::number(which);
}

const QStringList UpToReady{QStringLiteral("queued"), QStringLiteral("provisioning"), QStringLiteral("deploying"),
                            QStringLiteral("starting"), QStringLiteral("ready")};
} // namespace

// Waits until the session is `target` or has ended, then insists on `target`.
#define WAIT_FOR(workflow, id, target, timeoutMs)                                                              \
    do {                                                                                                       \
        QTRY_VERIFY_WITH_TIMEOUT((workflow).status(id) == (target) || isTerminal((workflow).status(id)),       \
                                 (timeoutMs));                                                                 \
        QVERIFY2((workflow).status(id) == (target), qPrintable((workflow).describe(id)));                      \
    } while (false)

void TestSessionRunner::initTestCase()
{
    // The workflow's own chatter drowns the test output; warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.*.debug=false\nspawnai.*.info=false"));
    const QString missing = LocalSandboxProvider::unavailableReason();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestSessionRunner::journal_recordsEveryMoveBeforeActingOnIt()
{
    Workflow workflow;
    QVERIFY(workflow.isValid());
    SessionStore &store = workflow.store();

    // Whenever the runner announces a status or the URL, the history must
    // already say so: a crash right after must not leave it behind.
    QStringList lies;
    QPointer<SessionRunner> runner;
    connect(&workflow.manager(), &SessionManager::runnerStarted, this, [&](SessionRunner *started) {
        runner = started;
        connect(started, &SessionRunner::statusChanged, this, [&, started](SessionStatus status) {
            const auto session = store.session(started->sessionId());
            const auto moves = workflow.transitions(started->sessionId());
            if (!session || session->status != status || moves.constLast() != sessionStatusToString(status))
                lies << u"announced " + sessionStatusToString(status) + u" while the history says "
                            + workflow.describe(started->sessionId());
        });
        connect(started, &SessionRunner::ready, this, [&, started](const QUrl &url) {
            const auto session = store.session(started->sessionId());
            if (!session || session->status != SessionStatus::Ready || session->appUrl != url)
                lies << u"ready at " + url.toString() + u" while the history says " + workflow.describe(started->sessionId());
        });
    });

    SpawnError error;
    const QString id = workflow.manager().spawn(templateRequest(QStringLiteral("static-site")), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    WAIT_FOR(workflow, id, SessionStatus::Ready, 20000);
    QVERIFY2(lies.isEmpty(), qPrintable(lies.join(u'\n')));
    QCOMPARE(workflow.transitions(id), UpToReady);
    QVERIFY(runner && runner->sandbox());
    const QString sandboxId = runner->sandbox()->id();

    // The timeline, oldest first, and the row as each entry was written.
    const QList<Workflow::Entry> journal = workflow.journal(id);
    const QList<SessionEvent> events = store.events(id);
    QCOMPARE(journal.size(), events.size());
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i).id > events.at(i - 1).id && events.at(i).time >= events.at(i - 1).time);
    QCOMPARE(events.first().kind, EventKind::Created);

    std::optional<SessionStatus> current;
    bool sawWriteFiles = false;
    for (const Workflow::Entry &entry : journal) {
        const SessionEvent &event = entry.event;
        if (event.toStatus) {
            current = event.toStatus;
            QCOMPARE(entry.session.status, *event.toStatus);
        }
        switch (current.value_or(SessionStatus::Queued)) {
        case SessionStatus::Queued:
        case SessionStatus::Provisioning:
            // No sandbox yet, so none is on record.
            QVERIFY2(entry.session.sandboxId.isEmpty(), qPrintable(event.detail));
            QVERIFY(entry.usage.isEmpty());
            break;
        case SessionStatus::Deploying:
        case SessionStatus::Starting:
            // The sandbox, its expiry and the run's usage row were written
            // down before anything was deployed into it.
            QCOMPARE(entry.session.sandboxId, sandboxId);
            QVERIFY(entry.session.expiresAt > entry.session.createdAt);
            QCOMPARE(entry.usage.size(), 1);
            QVERIFY(entry.usage.first().startTime.isValid());
            QVERIFY(!entry.usage.first().endTime.isValid());
            QVERIFY2(entry.session.appUrl.isEmpty(), qPrintable(entry.session.appUrl.toString()));
            break;
        case SessionStatus::Ready:
            QCOMPARE(entry.session.appUrl, runner->appUrl());
            break;
        default:
            QFAIL(qPrintable(u"unexpected status in " + workflow.describe(id)));
        }
        if (event.kind == EventKind::Step && event.detail == u"Writing files") {
            sawWriteFiles = true;
            QCOMPARE(current, std::optional(SessionStatus::Deploying));
        }
    }
    QVERIFY(sawWriteFiles);

    const Session ready = *store.session(id);
    QCOMPARE(ready.appUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(titleOf(fetch(ready.appUrl)), QStringLiteral("SpawnAI Starter"));
    QCOMPARE(workflow.liveSandboxes().size(), 1);
    const QList<UsageRecord> running = store.usage(id);
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.first().plan, QStringLiteral("hobby"));
    QVERIFY(!running.first().endTime.isValid());

    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    QVERIFY(!workflow.manager().stop(id, QStringLiteral("the test is done")).isError());
    QVERIFY(ended.count() == 1 || ended.wait(10000));
    QCOMPARE(ended.first().at(1).value<SessionStatus>(), SessionStatus::Stopped);
    QCOMPARE(workflow.transitions(id), UpToReady + QStringList{QStringLiteral("stopped")});
    QCOMPARE(store.events(id).constLast().detail, QStringLiteral("the test is done"));
    const Session stopped = *store.session(id);
    QVERIFY(stopped.appUrl.isEmpty());
    QVERIFY(!stopped.error.isError());
    const QList<UsageRecord> usage = store.usage(id);
    QCOMPARE(usage.size(), 1);
    QVERIFY(usage.first().endTime.isValid());
    QVERIFY(usage.first().endTime >= usage.first().startTime);
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
    QVERIFY(!answers(ready.appUrl));
}

void TestSessionRunner::failingBuild_failsWithTheStepAndExitCode_andDestroysTheSandbox()
{
    Workflow workflow;
    QVERIFY(workflow.isValid());
    // The build leaves a marked process behind in the sandbox, then fails.
    const QByteArray marker = uniqueMarker(1);
    workflow.watchMarker(marker);
    // (A session of its own: out of the build's process group, which goes
    // when the build ends. Popen returns once `sleep` runs.)
    const AppBundle bundle = webapp(
        QString(),
        QStringLiteral("python3 -c \"import subprocess; subprocess.Popen(['sleep', '%1'], start_new_session=True)\"; "
                       "echo 'compiling...'; echo 'syntax error in app.js' >&2; exit 3")
            .arg(QString::fromLatin1(marker)));
    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    SpawnError error;
    const QString id = workflow.manager().spawn(request(bundle), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    QVERIFY(ended.wait(20000));
    QCOMPARE(ended.first().at(0).toString(), id);
    QCOMPARE(ended.first().at(1).value<SessionStatus>(), SessionStatus::Failed);

    const Session session = *workflow.store().session(id);
    QCOMPARE(session.status, SessionStatus::Failed);
    QVERIFY2(!workflow.transitions(id).contains(u"ready"), qPrintable(workflow.describe(id)));
    QCOMPARE(session.error.kind, ErrorKind::User);
    QVERIFY2(session.error.message.contains(u"Build"), qPrintable(session.error.message));
    QVERIFY2(session.error.message.contains(u"code 3"), qPrintable(session.error.message));
    QVERIFY2(session.error.message.contains(u"syntax error in app.js"), qPrintable(session.error.message));
    QVERIFY(session.appUrl.isEmpty());
    const SessionEvent last = workflow.store().events(id).constLast();
    QCOMPARE(last.toStatus, std::optional(SessionStatus::Failed));
    QVERIFY2(last.detail.startsWith(u"Build"), qPrintable(last.detail));

    // The failure was written down while the sandbox still ran, and the
    // sandbox went away right after.
    const QList<Workflow::Entry> journal = workflow.journal(id);
    QVERIFY(!journal.isEmpty() && journal.constLast().event.toStatus == SessionStatus::Failed);
    QVERIFY2(!journal.constLast().markedProcesses.isEmpty(), "the build's process had not started");
    QTRY_VERIFY_WITH_TIMEOUT(hostProcessesWith(marker).isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!workflow.store().usage(id).isEmpty() && workflow.store().usage(id).first().endTime.isValid(), 5000);
    QCOMPARE(workflow.manager().activeCount(), 0);
}

void TestSessionRunner::timeout_endsTheSessionExpired()
{
    Workflow workflow;
    QVERIFY(workflow.isValid());
    SpawnRequest spawn = templateRequest(QStringLiteral("static-site"));
    spawn.timeout = 2s;
    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    SpawnError error;
    const QString id = workflow.manager().spawn(spawn, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    WAIT_FOR(workflow, id, SessionStatus::Ready, 20000);
    const Session ready = *workflow.store().session(id);
    QVERIFY(ready.expiresAt <= ready.createdAt.addSecs(3));
    QVERIFY(answers(ready.appUrl));

    QVERIFY(ended.wait(10000));
    QVERIFY2(ended.first().at(1).value<SessionStatus>() == SessionStatus::Expired, qPrintable(workflow.describe(id)));
    QCOMPARE(workflow.transitions(id), UpToReady + QStringList{QStringLiteral("expired")});
    const Session expired = *workflow.store().session(id);
    QCOMPARE(expired.status, SessionStatus::Expired);
    QVERIFY(expired.appUrl.isEmpty());
    // The expiry timer is coarse: to the second, not to the millisecond.
    QVERIFY(QDateTime::currentDateTimeUtc() >= ready.expiresAt.addSecs(-1));
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
    QVERIFY(!answers(ready.appUrl));
    QTRY_VERIFY_WITH_TIMEOUT(workflow.store().usage(id).first().endTime.isValid(), 5000);
}

void TestSessionRunner::forkBombWhileStarting_failsWithTheProcessLimit()
{
    if (ResourceLimiter::detectMode() == ResourceLimiter::Mode::Rlimits)
        QSKIP("No control groups here: only the rlimit fallback holds (docs/local-sandbox.md)");
    Workflow workflow;
    QVERIFY(workflow.isValid());
    SandboxLimits limits;
    limits.maxProcesses = 32;
    workflow.manager().setDefaultLimits(limits);
    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    SpawnError error;
    const QString id = workflow.manager().spawn(request(webapp(QStringLiteral("bomb() { bomb | bomb & }; bomb; sleep 60"))), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended.first().at(1).value<SessionStatus>(), SessionStatus::Failed);
    const Session session = *workflow.store().session(id);
    QCOMPARE(session.status, SessionStatus::Failed);
    QVERIFY2(!workflow.transitions(id).contains(u"ready"), qPrintable(workflow.describe(id)));
    QCOMPARE(session.error.kind, ErrorKind::Resource);
    QVERIFY2(session.error.message.contains(u"32 processes"), qPrintable(session.error.message));
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
}

void TestSessionRunner::forkBombAfterReady_failsWithTheProcessLimit()
{
    if (ResourceLimiter::detectMode() == ResourceLimiter::Mode::Rlimits)
        QSKIP("No control groups here: only the rlimit fallback holds (docs/local-sandbox.md)");
    Workflow workflow;
    QVERIFY(workflow.isValid());
    SandboxLimits limits;
    limits.maxProcesses = 32;
    workflow.manager().setDefaultLimits(limits);
    // Serves fine until a file named "boom" shows up, then forks away.
    const QString start = QStringLiteral("python3 -m http.server 3000 --bind 0.0.0.0 & "
                                         "while [ ! -e boom ]; do sleep 0.1; done; bomb() { bomb | bomb & }; bomb; wait");
    SpawnError error;
    const QString id = workflow.manager().spawn(request(webapp(start)), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    WAIT_FOR(workflow, id, SessionStatus::Ready, 20000);
    const QUrl url = workflow.store().session(id)->appUrl;
    QVERIFY(answers(url));

    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    Sandbox *sandbox = workflow.manager().runner(id)->sandbox();
    QVERIFY(sandbox);
    PendingOperation *write = sandbox->writeFiles({AppFile{QStringLiteral("/home/user/app/boom"), "now", false}});
    QSignalSpy written(write, &AsyncOperation::finished);
    QVERIFY(write->isFinished() || written.wait(5000));
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended.first().at(1).value<SessionStatus>(), SessionStatus::Failed);
    const Session session = *workflow.store().session(id);
    QCOMPARE(workflow.transitions(id), UpToReady + QStringList{QStringLiteral("failed")});
    // The limit, not "the app stopped by itself".
    QCOMPARE(session.error.kind, ErrorKind::Resource);
    QVERIFY2(session.error.message.contains(u"32 processes"), qPrintable(session.error.message));
    QVERIFY(session.appUrl.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
    QVERIFY(!answers(url));
}

void TestSessionRunner::hobbyPlan_refusesThe21stSession_withoutCreatingIt()
{
    Workflow workflow;
    QVERIFY(workflow.isValid());
    QCOMPARE(workflow.manager().plan(), Plan::Hobby);
    const int limit = planLimits(Plan::Hobby).maxConcurrentSessions;
    QCOMPARE(limit, 20);
    const SpawnRequest site = templateRequest(QStringLiteral("static-site"));
    QStringList ids;
    for (int i = 0; i < limit; ++i) {
        SpawnError error;
        const QString id = workflow.manager().spawn(site, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("session %1: %2").arg(i + 1).arg(error.message)));
        ids << id;
    }
    auto readyCount = [&] {
        return std::count_if(ids.cbegin(), ids.cend(),
                             [&](const QString &id) { return workflow.status(id) == SessionStatus::Ready; });
    };
    auto endedCount = [&] {
        return std::count_if(ids.cbegin(), ids.cend(), [&](const QString &id) { return isTerminal(workflow.status(id)); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(readyCount() + endedCount() == limit, 60000);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(workflow.status(id) == SessionStatus::Ready, qPrintable(workflow.describe(id)));
    QCOMPARE(workflow.manager().activeCount(), limit);

    SpawnError refused;
    QVERIFY(workflow.manager().spawn(site, &refused).isEmpty());
    QCOMPARE(refused.kind, ErrorKind::User);
    QVERIFY2(refused.message.contains(u"hobby"), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(u"20"), qPrintable(refused.message));
    QCOMPARE(workflow.store().sessionCount(), limit);
    QCOMPARE(workflow.liveSandboxes().size(), limit);

    // Stopping one makes room, as the message says.
    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    QVERIFY(!workflow.manager().stop(ids.first(), QStringLiteral("making room")).isError());
    QVERIFY(ended.count() == 1 || ended.wait(10000));
    SpawnError error;
    const QString next = workflow.manager().spawn(site, &error);
    QVERIFY2(!next.isEmpty(), qPrintable(error.message));
    WAIT_FOR(workflow, next, SessionStatus::Ready, 20000);
    QCOMPARE(workflow.store().sessionCount(), limit + 1);
}

void TestSessionRunner::stopThenRedeploy_bringsTheSameSessionBackToReady()
{
    Workflow workflow;
    QVERIFY(workflow.isValid());
    SpawnError error;
    const QString id = workflow.manager().spawn(templateRequest(QStringLiteral("static-site")), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    WAIT_FOR(workflow, id, SessionStatus::Ready, 20000);
    const QUrl first = workflow.store().session(id)->appUrl;

    QSignalSpy ended(&workflow.manager(), &SessionManager::sessionEnded);
    QVERIFY(!workflow.manager().stop(id, QStringLiteral("stopped by the user")).isError());
    QVERIFY(ended.count() == 1 || ended.wait(10000));
    QCOMPARE(workflow.status(id), SessionStatus::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(workflow.liveSandboxes().isEmpty(), 10000);
    QVERIFY(!answers(first));

    QVERIFY2(!workflow.manager().redeploy(id).isError(), qPrintable(workflow.describe(id)));
    WAIT_FOR(workflow, id, SessionStatus::Ready, 20000);
    QCOMPARE(workflow.transitions(id), UpToReady + QStringList{QStringLiteral("stopped")} + UpToReady);
    const Session again = *workflow.store().session(id);
    QCOMPARE(again.id, id);
    QVERIFY(!again.error.isError());
    QCOMPARE(titleOf(fetch(again.appUrl)), QStringLiteral("SpawnAI Starter"));
    QCOMPARE(workflow.store().sessionCount(), 1);
    QCOMPARE(workflow.store().latestAppVersion(id)->version, 1);
    QCOMPARE(workflow.store().usage(id).size(), 2);
    QCOMPARE(workflow.liveSandboxes().size(), 1);

    // A running session cannot be redeployed over itself.
    const SpawnError twice = workflow.manager().redeploy(id);
    QCOMPARE(twice.kind, ErrorKind::User);
    QCOMPARE(workflow.status(id), SessionStatus::Ready);
}

QTEST_GUILESS_MAIN(TestSessionRunner)
#include "test_sessionrunner.moc"
