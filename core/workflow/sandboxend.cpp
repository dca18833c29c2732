// SPDX-License-Identifier: MIT
#include "sandboxend.h"

#include "runautoextend.h"

SandboxEnd::SandboxEnd(QObject *parent)
    : QObject(parent)
    , m_autoExtend(new RunAutoExtend(this))
{
}

SandboxEnd::~SandboxEnd() = default;
