// SPDX-License-Identifier: MIT
#include "fakee2bregistry.h"

#include "sandbox/local/localsandboxprovider.h"

#include <QPointer>

#include <algorithm>

FakeE2bRegistry::FakeE2bRegistry(std::chrono::seconds maxLifetime, const QList<int> &ports,
                                 const FakeE2bSandbox::Size &size, QObject *parent)
    : QObject(parent)
    , m_maxLifetime(maxLifetime)
    , m_ports(ports)
    , m_size(size)
{
    LocalSandboxConfig config = LocalSandboxProvider::defaultConfig();
    config.sandboxesDir = m_stateDir.path() + u"/sandboxes";
    config.cacheDir = m_stateDir.path() + u"/cache";
    m_provider = std::make_unique<LocalSandboxProvider>(config);
}

FakeE2bRegistry::~FakeE2bRegistry()
{
    qDeleteAll(std::exchange(m_sandboxes, {}));
}

void FakeE2bRegistry::create(const FakeE2bSandbox::Settings &settings, QObject *context, Created done)
{
    FakeE2bSandbox::Settings sized = settings;
    sized.size = m_size;
    boot(sized, context, std::move(done), 1);
}

void FakeE2bRegistry::boot(const FakeE2bSandbox::Settings &settings, QPointer<QObject> guard, Created done, int attempt)
{
    SandboxSpec spec;
    spec.sessionId = QStringLiteral("fake-e2b");
    // The fake control plane decides when the sandbox ends; the local one
    // only has to outlive that.
    spec.timeout = m_maxLifetime + std::chrono::seconds(60);
    spec.maxTimeout = spec.timeout;
    spec.internetAccess = settings.internet;
    spec.ports = m_ports;
    spec.templateId = settings.templateId;
    SandboxCreation *creation = m_provider->create(spec);
    connect(creation, &AsyncOperation::finished, this, [this, creation, settings, guard, done, attempt] {
        creation->deleteLater();
        // A loaded machine sometimes fails a local boot the provider's own
        // retries do not absorb; E2B's create does not fail like that.
        if (!creation->succeeded() && creation->error().retryable && attempt < 3 && guard) {
            boot(settings, guard, done, attempt + 1);
            return;
        }
        if (!creation->succeeded()) {
            if (guard)
                done(nullptr, creation->error().message);
            return;
        }
        std::unique_ptr<Sandbox> backing(creation->takeSandbox());
        const QString id = u'i' + QString::fromLatin1(FakeE2bWire::randomToken(20));
        auto *sandbox = new FakeE2bSandbox(id, settings, std::move(backing), m_maxLifetime, this);
        connect(sandbox, &FakeE2bSandbox::expired, this, [this, id] {
            ++m_expired;
            remove(id);
            emit expired(id);
        });
        m_sandboxes.append(sandbox);
        ++m_created;
        emit created(id);
        if (guard)
            done(sandbox, {});
    });
}

bool FakeE2bRegistry::kill(const QString &id)
{
    if (!find(id))
        return false;
    ++m_killed;
    remove(id);
    emit killed(id);
    return true;
}

bool FakeE2bRegistry::pause(const QString &id, bool *alreadyPaused)
{
    FakeE2bSandbox *sandbox = find(id);
    if (!sandbox)
        return false;
    *alreadyPaused = sandbox->isPaused();
    if (!*alreadyPaused) {
        sandbox->pause();
        ++m_paused;
        emit paused(id);
    }
    return true;
}

int FakeE2bRegistry::runningCount() const
{
    return int(std::count_if(m_sandboxes.cbegin(), m_sandboxes.cend(),
                             [](const FakeE2bSandbox *sandbox) { return !sandbox->isPaused(); }));
}

void FakeE2bRegistry::killAll()
{
    for (const QString &id : liveIds())
        kill(id);
}

void FakeE2bRegistry::remove(const QString &id)
{
    FakeE2bSandbox *sandbox = find(id);
    m_sandboxes.removeAll(sandbox);
    // Its own timer may be what called: delete it once that returned.
    if (sandbox)
        sandbox->deleteLater();
}

FakeE2bSandbox *FakeE2bRegistry::find(const QString &id) const
{
    for (FakeE2bSandbox *sandbox : m_sandboxes) {
        if (sandbox->id() == id)
            return sandbox;
    }
    return nullptr;
}

QList<FakeE2bSandbox *> FakeE2bRegistry::sandboxes() const
{
    return m_sandboxes;
}

QStringList FakeE2bRegistry::liveIds() const
{
    QStringList ids;
    for (const FakeE2bSandbox *sandbox : m_sandboxes)
        ids << sandbox->id();
    return ids;
}
