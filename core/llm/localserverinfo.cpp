// SPDX-License-Identifier: MIT
#include "localserverinfo.h"

bool LocalModel::tooSmallForApps() const
{
    const int context = usableContext();
    return context > 0 && context < MinimumAppContext;
}

const LocalModel *LocalServerInfo::model(const QString &name) const
{
    for (const LocalModel &model : models) {
        if (model.name == name)
            return &model;
    }
    // Ollama answers "qwen3" for "qwen3:latest" and the other way round.
    const QString latest = name.contains(u':') ? name : name + u":latest";
    for (const LocalModel &model : models) {
        if (model.name == latest)
            return &model;
    }
    return nullptr;
}

QString LocalServerInfo::kindName(LocalServerKind kind)
{
    switch (kind) {
    case LocalServerKind::Ollama:
        return QStringLiteral("Ollama");
    case LocalServerKind::LmStudio:
        return QStringLiteral("LM Studio");
    case LocalServerKind::LlamaCpp:
        return QStringLiteral("llama.cpp server");
    case LocalServerKind::Unknown:
    case LocalServerKind::Other:
        break;
    }
    return QStringLiteral("the model server");
}

quint16 LocalServerInfo::defaultPort(LocalServerKind kind)
{
    switch (kind) {
    case LocalServerKind::Ollama:
        return 11434;
    case LocalServerKind::LmStudio:
        return 1234;
    case LocalServerKind::LlamaCpp:
        return 8080;
    case LocalServerKind::Unknown:
    case LocalServerKind::Other:
        break;
    }
    return 0;
}
