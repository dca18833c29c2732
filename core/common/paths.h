// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where SpawnAI keeps its state. One override wins over the next:
// --data-dir DIR (setDataDirOverride), then SPAWNAI_DATA_DIR, then the
// platform's app-data location.
class Paths final
{
public:
    static void setDataDirOverride(const QString &dir);
    static QString dataDir();
    static QString databaseFile();
    // Per-session working state (sandbox workspaces, logs) lives under here.
    static QString sandboxesDir();
    static QString logsDir();
    // Pictures that came with prompts, a folder per session (PromptImageStore);
    // not created until one is stored.
    static QString imagesDir();
    // Host-side caches shared by all sandboxes (the npm cache).
    static QString cacheDir();
    // The settings (INI): in the data directory when it is overridden, else
    // in the platform's config location.
    static QString settingsFile();

private:
    static QString ensured(const QString &dir);
};
