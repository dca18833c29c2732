// SPDX-License-Identifier: MIT
#include "localcontextplan.h"

#include "llmerrors.h"

namespace {
constexpr qint64 TokensPerTurn = 8;
}

qint64 LocalContextPlan::estimatePromptTokens(const ChatRequest &request)
{
    qint64 characters = request.system.size();
    qint64 imageTokens = 0;
    for (const ChatMessage &message : request.messages) {
        characters += message.text.size();
        imageTokens += PromptImage::tokensOf(message.images);
    }
    const qint64 turns = qint64(request.messages.size()) + (request.system.isEmpty() ? 0 : 1);
    // Code tokenizes denser than prose; a tenth more keeps the estimate above the real count.
    return (characters + 3) / 4 * 11 / 10 + turns * TokensPerTurn + imageTokens;
}

LocalContextPlan LocalContextPlan::make(const LocalServerInfo &server, const ChatRequest &request)
{
    LocalContextPlan plan;
    plan.promptTokens = estimatePromptTokens(request);
    plan.neededTokens = plan.promptTokens + request.maxTokens;
    const LocalModel *model = server.kind == LocalServerKind::LlamaCpp
        ? (server.models.isEmpty() ? nullptr : &server.models.first())  // one model, whatever the name
        : server.model(request.model);
    const auto answerRoom = [&](qint64 context) { return context - plan.promptTokens; };
    // Known not to see: Ollama lists what a model can do (no "vision"), LM
    // Studio types every model ("llm", not "vlm"), llama-server says
    // "modalities": {"vision": false}. Unknown: sent, and the server decides.
    if (request.hasImages() && model && model->capabilitiesKnown && !model->can(QStringLiteral("vision"))) {
        // llama-server serves one model whatever the request names: name that one.
        plan.refusal = LlmErrors::noVision(model->name.isEmpty() ? request.model : model->name);
        return plan;
    }

    switch (server.kind) {
    case LocalServerKind::Ollama: {
        const int most = model ? model->contextLength : 0;
        if (most > 0 && plan.neededTokens > most) {
            plan.refusal = LlmErrors::contextTooSmall(request.model, most, plan.neededTokens, answerRoom(most));
            return plan;
        }
        const qint64 rounded = (plan.neededTokens + NumCtxStep - 1) / NumCtxStep * NumCtxStep;
        plan.numCtx = int(most > 0 ? std::min<qint64>(rounded, most) : rounded);
        return plan;
    }
    case LocalServerKind::LmStudio:
    case LocalServerKind::LlamaCpp: {
        if (!model)
            return plan;  // not known yet: the server loads it and may still refuse
        const bool lmStudio = server.kind == LocalServerKind::LmStudio;
        if (model->loadedContext > 0 && plan.neededTokens > model->loadedContext) {
            if (model->contextLength > 0 && plan.neededTokens > model->contextLength) {
                plan.refusal = LlmErrors::contextTooSmall(request.model, model->contextLength, plan.neededTokens,
                                                          answerRoom(model->contextLength));
            } else {
                plan.refusal = LlmErrors::loadedContextTooSmall(LocalServerInfo::kindName(server.kind), model->name,
                                                                model->loadedContext, plan.neededTokens, lmStudio);
            }
        } else if (model->loadedContext <= 0 && model->contextLength > 0 && plan.neededTokens > model->contextLength) {
            plan.refusal = LlmErrors::contextTooSmall(request.model, model->contextLength, plan.neededTokens,
                                                      answerRoom(model->contextLength));
        }
        return plan;
    }
    case LocalServerKind::Unknown:
    case LocalServerKind::Other:
        break;
    }
    return plan;
}
