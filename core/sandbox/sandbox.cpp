// SPDX-License-Identifier: MIT
#include "sandbox.h"

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::~Sandbox() = default;
