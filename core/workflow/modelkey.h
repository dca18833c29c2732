// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QPointer>

class SecretReading;
class SecretStore;

// The API key for a model provider, found the one documented way (docs/llm.md,
// docs/cli.md): the keychain first (Settings > API keys), else the
// environment (ANTHROPIC_API_KEY, then CLAUDE_API_KEY for Claude;
// OPENAI_API_KEY for an OpenAI-compatible server). A keychain that cannot be
// read is no reason to stop: the environment may still hold a key. It always
// succeeds; key() is empty when there is none, which only Claude refuses
// (isRequired()). Used by SessionLaunch and the new-app form's count.
class ModelKey final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelKey)

public:
    enum class Source { None, Keychain, Environment };

    // `secrets` may be null: the environment alone then.
    ModelKey(SecretStore *secrets, const QString &provider, QObject *parent = nullptr);
    ~ModelKey() override;

    void start();
    const QString &key() const { return m_key; }
    Source source() const { return m_source; }

    // Claude cannot be used without a key; a local server usually needs none.
    static bool isRequired(const QString &provider);
    static QString fromEnvironment(const QString &provider);
    // What every front end says when Claude has no key.
    static SpawnError missingClaudeKey();

protected:
    void abortWork() override;

private:
    void useEnvironment();

    QPointer<SecretStore> m_secrets;
    QString m_provider;
    QPointer<SecretReading> m_reading;
    QString m_key;
    Source m_source = Source::None;
};
