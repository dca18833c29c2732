// SPDX-License-Identifier: MIT
#include "localsandboxprovider.h"

#include "common/paths.h"
#include "localsandbox.h"
#include "resourcelimiter.h"
#include "sandboxfolder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QStandardPaths>

namespace {
Q_LOGGING_CATEGORY(lcProvider, "spawnai.sandbox.provider", QtInfoMsg)
constexpr int MaxBootAttempts = 3;
} // namespace

LocalSandboxProvider::LocalSandboxProvider(QObject *parent)
    : LocalSandboxProvider(defaultConfig(), parent)
{
}

LocalSandboxProvider::LocalSandboxProvider(const LocalSandboxConfig &config, QObject *parent)
    : SandboxProvider(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{
    // The probe talks to 127.0.0.1 only; a system proxy must not get in between.
    m_network->setProxy(QNetworkProxy::NoProxy);
    ResourceLimiter::removeStaleGroups();
    // The folders of sandboxes a killed SpawnAI ran (their processes died with it).
    SandboxFolder::removeStale(m_config.sandboxesDir);
}

LocalSandboxProvider::~LocalSandboxProvider()
{
    for (const QPointer<LocalSandbox> &sandbox : std::as_const(m_sandboxes)) {
        if (!sandbox)
            continue;
        sandbox->destroyNow();
        // A released sandbox deletes itself once its destroy() finishes,
        // which no event loop will see now. Others have an owner (a runner,
        // a test's fake cloud) that deletes them.
        if (sandbox->isReleasedToItself())
            delete sandbox.data();
    }
}

LocalSandboxConfig LocalSandboxProvider::defaultConfig()
{
    LocalSandboxConfig config;
    config.sandboxesDir = Paths::sandboxesDir();
    config.cacheDir = Paths::cacheDir() + u"/dependencies";
    const QString fromEnv = qEnvironmentVariable("SPAWNAI_SANDBOX_AGENT");
    const QStringList candidates{
        fromEnv,
        QCoreApplication::applicationDirPath() + u"/spawnai-sandbox-agent",
        QCoreApplication::applicationDirPath() + u"/../libexec/spawnai/spawnai-sandbox-agent",
        QStringLiteral(SPAWNAI_SANDBOX_AGENT_BUILD_PATH),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable()) {
            config.agentBinary = QFileInfo(candidate).canonicalFilePath();
            break;
        }
    }
    return config;
}

QString LocalSandboxProvider::unavailableReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bwrap")).isEmpty())
        return QCoreApplication::translate("LocalSandboxProvider", "bubblewrap (bwrap) is not installed");
    if (QStandardPaths::findExecutable(QStringLiteral("slirp4netns")).isEmpty())
        return QCoreApplication::translate("LocalSandboxProvider", "slirp4netns is not installed");
    if (defaultConfig().agentBinary.isEmpty())
        return QCoreApplication::translate("LocalSandboxProvider", "the sandbox agent (spawnai-sandbox-agent) is missing");
    return {};
}

SandboxCreation *LocalSandboxProvider::create(const SandboxSpec &spec)
{
    auto *creation = new SandboxCreation(this);
    if (m_config.agentBinary.isEmpty()) {
        creation->finishLater(SpawnError::system(tr("The sandbox agent (spawnai-sandbox-agent) is missing")));
        return creation;
    }
    boot(creation, spec, 1);
    return creation;
}

void LocalSandboxProvider::boot(SandboxCreation *creation, const SandboxSpec &spec, int attempt)
{
    auto *sandbox = new LocalSandbox(m_config, spec, m_network, creation);
    m_sandboxes << sandbox;
    connect(sandbox, &LocalSandbox::booted, creation, [creation, sandbox] { creation->succeedWith(sandbox); });
    connect(sandbox, &LocalSandbox::bootFailed, creation, [this, creation, sandbox, spec, attempt](const SpawnError &error) {
        sandbox->deleteLater();
        // Namespace setup fails now and then under load (a netlink call
        // answering ECHILD was seen); a fresh attempt goes through.
        if (error.retryable && attempt < MaxBootAttempts && !creation->isFinished()) {
            qCInfo(lcProvider) << "sandbox start failed, trying again:" << error.message;
            boot(creation, spec, attempt + 1);
            return;
        }
        creation->fail(error);
    });
    creation->setAbortHandler([sandbox] { sandbox->destroyNow(); });
    m_bootQueue.enqueue(sandbox);
    if (!m_bootScheduled) {
        m_bootScheduled = true;
        QMetaObject::invokeMethod(this, &LocalSandboxProvider::bootNext, Qt::QueuedConnection);
    }
}

// A boot forks bwrap from this thread (the window's, in the app), which
// takes 10 to 30 ms on a loaded machine. Ten spawns at once used to boot in
// one turn of the event loop and froze the window for a quarter of a
// second; one boot per turn lets input and painting in between
// (tests/ui/test_ui_responsiveness.cpp).
void LocalSandboxProvider::bootNext()
{
    m_bootScheduled = false;
    while (!m_bootQueue.isEmpty()) {
        const QPointer<LocalSandbox> next = m_bootQueue.dequeue();
        if (next) {  // else its creation was dropped while it waited
            next->boot();
            break;
        }
    }
    if (!m_bootQueue.isEmpty()) {
        m_bootScheduled = true;
        QMetaObject::invokeMethod(this, &LocalSandboxProvider::bootNext, Qt::QueuedConnection);
    }
}

SandboxListing *LocalSandboxProvider::list()
{
    QList<SandboxInfo> infos;
    m_sandboxes.removeAll(nullptr);
    for (const QPointer<LocalSandbox> &sandbox : std::as_const(m_sandboxes)) {
        if (sandbox->expiresAt().isNull())
            continue;  // still booting or already gone
        infos << SandboxInfo{sandbox->id(), sandbox->spec().sessionId, sandbox->startedAt(), sandbox->expiresAt(),
                             sandbox->spec().metadata};
    }
    auto *listing = new SandboxListing(this);
    listing->completeLater([listing, infos] { listing->succeedWith(infos); });
    return listing;
}
