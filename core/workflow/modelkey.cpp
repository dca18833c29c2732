// SPDX-License-Identifier: MIT
#include "modelkey.h"

#include "llm/anthropicclient.h"
#include "secrets/secretstore.h"
#include "secrets/secretstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcModelKey, "spawnai.workflow.modelkey", QtInfoMsg)

bool isAnthropic(const QString &provider)
{
    return provider.isEmpty() || provider == u"anthropic";
}
} // namespace

ModelKey::ModelKey(SecretStore *secrets, const QString &provider, QObject *parent)
    : AsyncOperation(parent)
    , m_secrets(secrets)
    , m_provider(provider)
{
}

ModelKey::~ModelKey()
{
    abortWork();
}

bool ModelKey::isRequired(const QString &provider)
{
    return isAnthropic(provider);
}

QString ModelKey::fromEnvironment(const QString &provider)
{
    return isAnthropic(provider) ? AnthropicClient::keyFromEnvironment()
                                 : qEnvironmentVariable("OPENAI_API_KEY").trimmed();
}

SpawnError ModelKey::missingClaudeKey()
{
    return SpawnError::user(tr("Claude needs an API key to write the app: add one in Settings > API keys or set "
                               "ANTHROPIC_API_KEY, or choose an OpenAI-compatible server such as Ollama."));
}

void ModelKey::start()
{
    if (!m_secrets) {
        // Finishing waits for the event loop, as every operation's does.
        QTimer::singleShot(0, this, [this] { useEnvironment(); });
        return;
    }
    const char *name = isAnthropic(m_provider) ? SecretNames::Anthropic : SecretNames::OpenAi;
    SecretReading *reading = m_secrets->read(QString::fromLatin1(name));
    m_reading = reading;
    connect(reading, &AsyncOperation::finished, this, [this, reading] {
        reading->deleteLater();
        m_reading = nullptr;
        if (reading->succeeded() && reading->found()) {
            m_key = reading->value();
            m_source = Source::Keychain;
            finishSuccess();
            return;
        }
        if (!reading->succeeded())
            qCInfo(lcModelKey) << "the keychain could not be read; trying the environment:" << reading->error().message;
        useEnvironment();
    });
}

void ModelKey::useEnvironment()
{
    if (isFinished())
        return;
    m_key = fromEnvironment(m_provider);
    m_source = m_key.isEmpty() ? Source::None : Source::Environment;
    finishSuccess();
}

void ModelKey::abortWork()
{
    if (SecretReading *reading = m_reading) {
        m_reading = nullptr;
        reading->disconnect(this);
        reading->cancel();
        reading->deleteLater();
    }
}
