// SPDX-License-Identifier: MIT
#include "spawnlaunch.h"

#include "llm/counttokens.h"
#include "llm/llmclient.h"
#include "openingrequest.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcLaunch, "spawnai.workflow.launch", QtInfoMsg)
constexpr int CountDeadlineMs = 5000;
} // namespace

SpawnLaunch::SpawnLaunch(SessionManager *manager, SpawnRequest request, QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(CountDeadlineMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcLaunch) << "no token count within" << m_deadline->interval() << "ms; estimating from the prompt's length";
        abortWork();
        spawnNow();
    });
}

SpawnLaunch::~SpawnLaunch()
{
    abortWork();
}

void SpawnLaunch::start()
{
    // What would refuse the spawn anyway is said before anything is counted.
    const SpawnError refusal = m_manager ? m_manager->precheck(m_request) : SpawnError();
    const GenerationSettings *generation = m_request.generation ? &*m_request.generation : nullptr;
    const bool priced = generation && m_manager && m_manager->estimate(m_request).priceStatus == PriceStatus::Priced;
    if (refusal.isError() || !priced || !generation->client || m_request.promptTokens > 0) {
        // Finishing waits for the event loop, as every operation's does.
        QTimer::singleShot(0, this, [this, refusal] {
            if (refusal.isError())
                finishWithError(refusal);
            else
                spawnNow();
        });
        return;
    }
    m_count = generation->client->countTokens(openingRequest(*generation, m_request.prompt, m_request.images));
    m_count->setParent(this);
    connect(m_count, &AsyncOperation::finished, this, &SpawnLaunch::onCounted);
    m_deadline->start();
}

void SpawnLaunch::setCountDeadline(std::chrono::milliseconds deadline)
{
    m_deadline->setInterval(int(deadline.count()));
}

void SpawnLaunch::abortWork()
{
    m_deadline->stop();
    if (CountTokens *count = m_count) {
        count->disconnect(this);
        count->cancel();
        count->deleteLater();
    }
}

void SpawnLaunch::onCounted()
{
    m_deadline->stop();
    CountTokens *count = m_count;
    m_count = nullptr;
    count->deleteLater();
    if (count->succeeded())
        m_request.promptTokens = count->inputTokens();
    else if (!count->isUnsupported())
        qCInfo(lcLaunch) << "the token count failed; estimating from the prompt's length:" << count->error().message;
    spawnNow();
}

void SpawnLaunch::spawnNow()
{
    if (isFinished())
        return;
    if (!m_manager) {
        finishWithError(SpawnError::system(tr("SpawnAI is closing")));
        return;
    }
    m_estimate = m_manager->estimate(m_request);
    SpawnError error;
    m_sessionId = m_manager->spawn(m_request, &error);
    if (m_sessionId.isEmpty()) {
        finishWithError(error.isError() ? error : SpawnError::system(tr("The session could not be started")));
        return;
    }
    finishSuccess();
}
