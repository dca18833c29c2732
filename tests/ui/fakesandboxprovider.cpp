// SPDX-License-Identifier: MIT
#include "fakesandboxprovider.h"


FakeSandboxProvider::FakeSandboxProvider(SandboxKind kind, QObject *parent)
    : SandboxProvider(parent)
    , m_kind(kind)
{
}

FakeSandboxProvider::~FakeSandboxProvider() = default;

SandboxCreation *FakeSandboxProvider::create(const SandboxSpec &spec)
{
    m_lastSpec = spec;
    ++m_createCalls;
    auto *creation = new SandboxCreation(this);
    const SpawnError error = m_creationError;
    creation->completeLater([this, creation, error] {
        if (error.isError())
            return creation->fail(error);
        auto *sandbox = new FakeSandbox;
        sandbox->setKind(m_kind);
        // The static site's server runs until it is stopped and says so.
        sandbox->onCommandContaining(QStringLiteral("http.server"), FakeCommandScript::hang(ServerOutput));
        if (m_script)
            m_script(sandbox);
        m_sandboxes.append(sandbox);
        creation->succeedWith(sandbox);
    });
    return creation;
}

SandboxListing *FakeSandboxProvider::list()
{
    auto *listing = new SandboxListing(this);
    listing->completeLater([listing] { listing->succeedWith({}); });
    return listing;
}
