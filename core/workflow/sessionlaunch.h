// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costestimator.h"
#include "common/asyncoperation.h"
#include "common/promptimage.h"
#include "deploy/appbundle.h"
#include "secrets/appenvironment.h"

#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class ModelKey;
class SecretStore;
class SessionManager;
class SpawnLaunch;
struct SpawnRequest;

// What a front end asks to start, in plain values: the window's new-app
// form, `spawnai spawn` and a JSON body map onto it field by field.
struct LaunchRequest
{
    QString prompt;                  // what the model writes; for a bundle, what the history shows
    QString templateName;            // a starter template (TemplateLibrary) instead of a prompt
    std::optional<AppBundle> bundle; // files deployed as they are (a folder, an upload)
    QString sourceSummary;           // the first version's summary: "template static-site"
    QString appType;                 // webapp | api | script; empty or "auto": the model chooses
    QString provider = QStringLiteral("anthropic");  // or "openai" (any OpenAI-compatible server)
    QString model;                   // empty: Claude's default model
    QUrl baseUrl;                    // empty: the provider's own (ANTHROPIC_BASE_URL for Claude)
    int maxTokens = 0;               // 0: GenerationSettings' default
    SandboxKind sandboxKind = SandboxKind::Local;
    bool internetAccess = false;
    std::chrono::seconds timeout{0}; // 0: the plan's default
    qint64 promptTokens = 0;         // already counted (the form did); 0: counted here or estimated
    QList<PromptImage> images;       // with `prompt`, checked already (PromptImageCheck)
    AppEnvironment::Values environment;  // the app's variables (secrets): names stored, values in the keychain
    QStringList allowScripts;        // packages whose install scripts / source builds are approved up front
};

// The one way to start a session, for every front end (the window, the
// command line, the local API): for a prompt it finds the provider's key
// (ModelKey: the keychain, else the environment), takes the model client
// from the process's pool (SessionManager::modelClients()), and hands the
// request to SpawnLaunch, which checks the plan's limits and the budget
// (the spend guard, and the refusal of a model of unknown price under a
// budget) before anything is sent, counts the opening prompt where the
// service can, and spawns. A template or bundle skips the key and the
// model. Finishes with the session id, or the refusal; cancel() stops it
// at any step before the session exists.
class SessionLaunch final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLaunch)

public:
    // `secrets` may be null: keys then come from the environment alone.
    SessionLaunch(SessionManager *manager, SecretStore *secrets, LaunchRequest request, QObject *parent = nullptr);
    ~SessionLaunch() override;

    void start();
    QString sessionId() const { return m_sessionId; }
    // The estimate the session was started with (what the budget checked).
    const CostEstimate &estimate() const { return m_estimate; }
    // The refusal is Claude's missing key (the window offers to add one).
    bool keyMissing() const { return m_keyMissing; }
    // How long the token count may take (SpawnLaunch, 5 s).
    void setCountDeadline(std::chrono::milliseconds deadline) { m_countDeadline = deadline; }

    // `request` as the manager takes it, without a model client: what the
    // form's estimate is made from. Fails on an unknown app type or provider.
    static std::optional<SpawnRequest> toSpawnRequest(const LaunchRequest &request, SpawnError *error);

protected:
    void abortWork() override;

private:
    void onKey();
    void launch(const SpawnRequest &request);

    QPointer<SessionManager> m_manager;
    QPointer<SecretStore> m_secrets;
    LaunchRequest m_request;
    QPointer<ModelKey> m_key;
    QPointer<SpawnLaunch> m_spawn;
    std::chrono::milliseconds m_countDeadline{0};
    QString m_sessionId;
    CostEstimate m_estimate;
    bool m_keyMissing = false;
};
