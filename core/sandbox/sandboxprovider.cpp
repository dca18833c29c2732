// SPDX-License-Identifier: MIT
#include "sandboxprovider.h"

SandboxProvider::SandboxProvider(QObject *parent)
    : QObject(parent)
{
}

SandboxProvider::~SandboxProvider() = default;
