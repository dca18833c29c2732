// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class LlmClient;
class QNetworkAccessManager;

// The model clients a process hands to generated sessions, one per
// provider, server address and key, kept for as long as the process's
// SessionManager lives (it owns the one pool: SessionLaunch, the window's
// form and key checks use it) so a session's follow-ups reuse the client
// that wrote it. Clients share one network manager.
class ModelClients final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelClients)

public:
    explicit ModelClients(QObject *parent = nullptr);
    ~ModelClients() override;

    // `provider` is "anthropic" or "openai". For Claude an empty `baseUrl`
    // means the Claude override (setAnthropicBaseUrl), else the default.
    LlmClient *client(const QString &provider, const QUrl &baseUrl, const QString &key);

    // Where Claude clients connect; empty: $ANTHROPIC_BASE_URL, else Anthropic.
    void setAnthropicBaseUrl(const QUrl &url) { m_anthropicBaseUrl = url; }
    // Attempts per request (tests: 1, so a failure shows at once); 0: the default.
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    int count() const { return int(m_clients.size()); }

private:
    QNetworkAccessManager *m_network;
    QHash<QString, QPointer<LlmClient>> m_clients;
    QUrl m_anthropicBaseUrl;
    int m_maxAttempts = 0;
};
