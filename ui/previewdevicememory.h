// SPDX-License-Identifier: MIT
#pragma once

#include "previewtoolbar.h"

#include <QString>

// Which device size each session's preview was last shown at. It is the
// user's view of one app, so it lives beside the history (previewdevices.ini
// in the data folder, not the settings) and outlasts a restart; Desktop,
// the default, is not stored. Nothing in it is secret.
class PreviewDeviceMemory final
{
public:
    PreviewDeviceMemory() = delete;

    static PreviewToolbar::Device device(const QString &sessionId);
    static void setDevice(const QString &sessionId, PreviewToolbar::Device device);
    // The session was deleted: its entry goes too.
    static void forget(const QString &sessionId);
};
