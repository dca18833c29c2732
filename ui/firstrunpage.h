// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class AppSettings;
class ConnectionCheck;
class LocalServersLabel;
class ModelClients;
class QLabel;
class QPushButton;
class TemplateLibrary;

// What a first start shows, with no key stored and no session yet: three
// ways in. A template (no key needed), a Claude key (the window opens the
// settings), or a local Ollama: its address becomes the OpenAI-compatible
// server and the default provider, and the page checks that it answers.
// Below, the local model servers found on this computer (or how to start one).
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    static constexpr auto OllamaUrl = "http://localhost:11434/v1";

    FirstRunPage(const TemplateLibrary &templates, AppSettings *settings, ModelClients *clients,
                 QWidget *parent = nullptr);
    ~FirstRunPage() override;

    // Points SpawnAI at Ollama (at `url`) and tests it: the "Use Ollama" button.
    void useOllama(const QUrl &url = QUrl(QString::fromLatin1(OllamaUrl)));
    QString ollamaStatus() const;
    LocalServersLabel *localServers() const { return m_localServers; }

signals:
    void templateRequested(const QString &name);
    void claudeKeyRequested();
    // Ollama answered; the new-app page can be shown.
    void ollamaReady();
    void skipRequested();

private:
    QWidget *createTemplates(const TemplateLibrary &templates);

    AppSettings *m_settings;
    ModelClients *m_clients;
    QPushButton *m_ollama;
    QLabel *m_ollamaStatus;
    LocalServersLabel *m_localServers;
    QPointer<ConnectionCheck> m_check;
};
