// SPDX-License-Identifier: MIT
#include "previewdevicememory.h"

#include "common/paths.h"

#include <QSettings>

namespace {
QString group()
{
    return QStringLiteral("devices");
}

QString fileName()
{
    return Paths::dataDir() + u"/previewdevices.ini";
}

QString nameOf(PreviewToolbar::Device device)
{
    switch (device) {
    case PreviewToolbar::Device::Phone:
        return QStringLiteral("phone");
    case PreviewToolbar::Device::Tablet:
        return QStringLiteral("tablet");
    case PreviewToolbar::Device::Desktop:
        break;
    }
    return {};
}
} // namespace

PreviewToolbar::Device PreviewDeviceMemory::device(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return PreviewToolbar::Device::Desktop;
    QSettings settings(fileName(), QSettings::IniFormat);
    settings.beginGroup(group());
    const QString name = settings.value(sessionId).toString();
    for (const auto device : {PreviewToolbar::Device::Phone, PreviewToolbar::Device::Tablet}) {
        if (name == nameOf(device))
            return device;
    }
    return PreviewToolbar::Device::Desktop;  // also for a value edited by hand
}

void PreviewDeviceMemory::setDevice(const QString &sessionId, PreviewToolbar::Device device)
{
    if (sessionId.isEmpty())
        return;
    QSettings settings(fileName(), QSettings::IniFormat);
    settings.beginGroup(group());
    if (device == PreviewToolbar::Device::Desktop)
        settings.remove(sessionId);
    else
        settings.setValue(sessionId, nameOf(device));
}

void PreviewDeviceMemory::forget(const QString &sessionId)
{
    setDevice(sessionId, PreviewToolbar::Device::Desktop);
}
