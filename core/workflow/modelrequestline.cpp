// SPDX-License-Identifier: MIT
#include "modelrequestline.h"

QString ModelRequestLine::describe(const LlmUsageRecord &request)
{
    const QString price = request.isPriced() ? QStringLiteral("$%1").arg(request.cost, 0, 'f', 4) : tr("price unknown");
    const qint64 input = request.inputTokens + request.cacheWriteTokens + request.cacheReadTokens;
    if (request.cacheReadTokens == 0 && request.cacheWriteTokens == 0)
        return tr("Model request (%1): %2 tokens in, %3 out, %4")
            .arg(request.purpose)
            .arg(input)
            .arg(request.outputTokens)
            .arg(price);
    return tr("Model request (%1): %2 tokens in (%3 read from the prompt cache, %4 written to it), %5 out, %6")
        .arg(request.purpose)
        .arg(input)
        .arg(request.cacheReadTokens)
        .arg(request.cacheWriteTokens)
        .arg(request.outputTokens)
        .arg(price);
}
