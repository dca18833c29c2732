// SPDX-License-Identifier: MIT
#include "runestimate.h"

#include "billing/pricetable.h"
#include "llm/llmclient.h"
#include "openingrequest.h"
#include "sessionmanager.h"
#include "store/sessionstore.h"

#include <algorithm>

CostEstimate RunEstimate::ofSpawn(const SpawnRequest &request, const PlanLimits &limits, SessionStore &store)
{
    EstimateRequest wanted;
    wanted.sandboxKind = request.sandboxKind;
    // The lifetime the sandbox will get (startRunner), overrides included.
    wanted.defaultRunTime = request.timeout.count() > 0 ? std::min(request.timeout, limits.maxLifetime)
                                                        : limits.defaultTimeout;
    if (request.generation) {
        const GenerationSettings &settings = *request.generation;
        wanted.model = settings.model;
        wanted.baseUrl = settings.client ? settings.client->endpoint().baseUrl : request.baseUrl;
        wanted.appType = settings.appType ? appTypeToString(*settings.appType) : QString();
        wanted.promptTokensCounted = request.promptTokens > 0;
        wanted.promptTokens = wanted.promptTokensCounted ? request.promptTokens
                                                         : approximateTokens(openingRequest(settings, request.prompt, request.images));
    } else {
        wanted.appType = appTypeToString(request.bundle.manifest().type());
    }
    return CostEstimator(store.database()).estimate(wanted);
}

CostEstimate RunEstimate::ofChange(const QString &sessionId, const QString &request,
                                   const GenerationSettings *settings, SessionStore &store,
                                   const QList<PromptImage> &images)
{
    EstimateRequest wanted;
    wanted.followUp = true;
    if (settings) {
        wanted.model = settings->model;
        wanted.baseUrl = settings->client ? settings->client->endpoint().baseUrl : QUrl();
        // What a change sends: the instructions, the app as it is, the request.
        qsizetype characters = openingRequest(*settings, request).system.size() + request.size();
        if (const std::optional<AppVersion> latest = store.latestAppVersion(sessionId)) {
            characters += latest->manifestJson.size();
            for (const AppFile &file : latest->files)
                characters += file.content.size();
        }
        wanted.promptTokens = PriceTable::approximateTokens(characters) + PromptImage::tokensOf(images);
    }
    return CostEstimator(store.database()).estimate(wanted);
}
