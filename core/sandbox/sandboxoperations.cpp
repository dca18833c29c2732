// SPDX-License-Identifier: MIT
#include "sandboxoperations.h"

#include "sandbox.h"

SandboxCreation::SandboxCreation(QObject *parent)
    : PendingOperation(parent)
{
}

SandboxCreation::~SandboxCreation()
{
    if (m_sandbox && m_sandbox->parent() == this)
        m_sandbox->destroyNow();
}

Sandbox *SandboxCreation::takeSandbox()
{
    Sandbox *sandbox = m_sandbox;
    if (sandbox && sandbox->parent() == this)
        sandbox->setParent(nullptr);
    return sandbox;
}

void SandboxCreation::succeedWith(Sandbox *sandbox)
{
    m_sandbox = sandbox;
    sandbox->setParent(this);
    succeed();
}

SandboxListing::SandboxListing(QObject *parent)
    : PendingOperation(parent)
{
}

SandboxListing::~SandboxListing() = default;

void SandboxListing::succeedWith(const QList<SandboxInfo> &sandboxes)
{
    m_sandboxes = sandboxes;
    succeed();
}

UsageReading::UsageReading(QObject *parent)
    : PendingOperation(parent)
{
}

UsageReading::~UsageReading() = default;

void UsageReading::succeedWith(const SandboxUsage &usage)
{
    m_usage = usage;
    succeed();
}
