// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a local model server (Ollama, LM Studio, llama.cpp's llama-server)
// says about itself and its models, read from its own API rather than the
// OpenAI-compatible one, which tells neither the context nor the size.
enum class LocalServerKind
{
    Unknown,   // not asked yet
    Other,     // answers none of the native APIs: an OpenAI-compatible server only
    Ollama,    // GET /api/version
    LmStudio,  // GET /api/v0/models
    LlamaCpp,  // GET /props
};

struct LocalModel
{
    QString name;
    qint64 sizeBytes = 0;       // on disk; 0: unknown
    int contextLength = 0;      // the most the model can hold; 0: unknown
    int loadedContext = 0;      // what the server loaded it with (LM Studio, llama.cpp); 0: unknown or not loaded
    QStringList capabilities;   // Ollama: "completion", "vision", "tools", "thinking"; the others: "vision"
    // The server said what the model can do (Ollama's capabilities, LM
    // Studio's "llm"/"vlm" type, llama-server's modalities): a capability
    // missing from the list is one the model lacks, not one nobody knows.
    bool capabilitiesKnown = false;
    QString parameterSize;      // "7.6B"; empty: unknown
    bool loaded = false;

    bool can(const QString &capability) const { return capabilities.contains(capability); }
    // The context a request can use: the loaded one when the server fixed it.
    int usableContext() const { return loadedContext > 0 ? loadedContext : contextLength; }
    // Below 16K a system prompt and one app do not fit (docs/llm.md, "Local servers").
    bool tooSmallForApps() const;

    bool operator==(const LocalModel &) const = default;
};

struct LocalServerInfo
{
    LocalServerKind kind = LocalServerKind::Unknown;
    QUrl root;  // http://127.0.0.1:11434, without /v1
    bool found = false;
    QString version;
    SpawnError error;  // why it was not found, or why its models are missing
    QList<LocalModel> models;

    const LocalModel *model(const QString &name) const;
    // "Ollama", "LM Studio", "llama.cpp server".
    static QString kindName(LocalServerKind kind);
    // The default port of each kind on this machine.
    static quint16 defaultPort(LocalServerKind kind);
};

// The smallest context SpawnAI counts as enough to write an app with.
inline constexpr int MinimumAppContext = 16384;
