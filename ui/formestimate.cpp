// SPDX-License-Identifier: MIT
#include "formestimate.h"

#include "llm/counttokens.h"
#include "llm/llmclient.h"
#include "llm/modelclients.h"
#include "newappform.h"
#include "workflow/modelkey.h"
#include "billing/budgetpolicy.h"
#include "workflow/openingrequest.h"

#include <QTimer>

namespace {
// Long enough that a count is not sent for every word typed.
constexpr int TypingPauseMs = 800;
constexpr int RefreshMs = 120;
} // namespace

FormEstimate::FormEstimate(SessionManager *manager, NewAppForm *form, SecretStore *secrets, ModelClients *clients,
                           QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_form(form)
    , m_secrets(secrets)
    , m_clients(clients)
    , m_pause(new QTimer(this))
    , m_refresh(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(TypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &FormEstimate::count);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &FormEstimate::update);
    connect(form, &NewAppForm::estimateInputsChanged, m_refresh, qOverload<>(&QTimer::start));
    update();
}

FormEstimate::~FormEstimate()
{
    if (CountTokens *counting = m_counting)
        counting->cancel();
    if (ModelKey *reading = m_reading)
        reading->disconnect(this);
}

SpawnRequest FormEstimate::request() const
{
    SpawnRequest request;
    request.prompt = m_form->prompt();
    request.provider = m_form->provider();
    request.model = m_form->model();
    request.baseUrl = m_form->baseUrl();
    request.sandboxKind = m_form->sandboxKind();
    request.internetAccess = m_form->internetAccess();
    request.images = m_form->images();
    GenerationSettings settings;
    settings.model = m_form->model();
    settings.maxTokens = m_form->maxTokens();
    settings.appType = m_form->appType();
    request.generation = settings;
    return request;
}

LaunchRequest FormEstimate::launchRequest() const
{
    LaunchRequest launch;
    launch.prompt = m_form->prompt();
    launch.provider = m_form->provider();
    launch.model = m_form->model();
    launch.baseUrl = m_form->baseUrl();
    launch.sandboxKind = m_form->sandboxKind();
    launch.internetAccess = m_form->internetAccess();
    launch.environment = m_form->environment();
    launch.maxTokens = m_form->maxTokens();
    launch.images = m_form->images();
    const std::optional<AppType> type = m_form->appType();
    launch.appType = type ? appTypeToString(*type) : QStringLiteral("auto");
    launch.promptTokens = countedTokens(request());
    return launch;
}

QString FormEstimate::countKey(const SpawnRequest &request)
{
    const std::optional<AppType> type = request.generation ? request.generation->appType : std::nullopt;
    QString key = request.provider + u'\n' + request.model + u'\n' + (type ? appTypeToString(*type) : QString())
        + u'\n' + request.prompt;
    // The pictures are counted with the prompt: another picture is another count.
    for (const PromptImage &image : request.images)
        key += u'\n' + image.source + u' ' + QString::number(qHash(image.data));
    return key;
}

qint64 FormEstimate::countedTokens(const SpawnRequest &request) const
{
    return countKey(request) == m_countedKey ? m_counted : 0;
}

void FormEstimate::update()
{
    m_refresh->stop();
    SpawnRequest wanted = request();
    wanted.promptTokens = countedTokens(wanted);
    const Budget &budget = m_manager->budgetPolicy()->budget();
    m_form->showEstimate(m_manager->estimate(wanted), budget.hasLimit() && !budget.allowUnpriced);
    if (wanted.promptTokens == 0 && wanted.provider == u"anthropic" && !wanted.prompt.isEmpty()
        && !wanted.model.isEmpty())
        m_pause->start();
    else
        m_pause->stop();
}

void FormEstimate::count()
{
    // One count at a time; a locked keyring may keep the read waiting.
    if (m_counting || m_reading || !m_secrets)
        return;
    const SpawnRequest wanted = request();
    if (m_manager->estimate(wanted).priceStatus != PriceStatus::Priced)
        return;  // nothing to refine: free, or refused anyway
    auto *reading = new ModelKey(m_secrets, QStringLiteral("anthropic"), this);
    m_reading = reading;
    connect(reading, &AsyncOperation::finished, this, [this, reading, wanted] {
        reading->deleteLater();
        m_reading = nullptr;
        const QString key = reading->key();
        if (key.isEmpty() || countKey(request()) != countKey(wanted))
            return;  // no key to count with, or the form changed meanwhile
        countWith(key, wanted);
    });
    reading->start();
}

void FormEstimate::countWith(const QString &key, const SpawnRequest &wanted)
{
    LlmClient *client = m_clients->client(wanted.provider, wanted.baseUrl, key);
    CountTokens *counting = client->countTokens(openingRequest(*wanted.generation, wanted.prompt, wanted.images));
    counting->setParent(this);
    m_counting = counting;
    connect(counting, &AsyncOperation::finished, this, [this, counting, wanted] {
        if (m_counting == counting)
            m_counting = nullptr;
        counting->deleteLater();
        if (!counting->succeeded())
            return;  // the length-based estimate stays
        m_countedKey = countKey(wanted);
        m_counted = counting->inputTokens();
        update();
    });
}
