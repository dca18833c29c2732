// SPDX-License-Identifier: MIT
// What Anthropic's prompt cache saves on one generated session: an answer
// of about 20 KB, two repair rounds (the first two versions fail to start)
// and three follow-ups, through the real SessionManager and local sandbox,
// against a fake Claude whose cache follows Anthropic's rules
// (FakeAnthropicCache: prefix entries at breakpoints, 20-block lookback,
// 1,024-token minimum, 5-minute TTL, ~4 bytes a token). The session is
// priced with PriceTable::current() for claude-sonnet-5-5. Target: the
// billed input (input + cache writes + cache reads) with caching at most
// 50 % of the same session without it. The counts do not depend on timing,
// so one run of each way is the figure.
#include "benchsupport.h"
#include "promptcachesession.h"

#include "billing/pricetable.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Bench;

namespace {
struct Way
{
    QString name;
    bool promptCaching = true;
    qint64 conversationLimitTokens = 100'000;
    std::chrono::milliseconds pause{0};
    bool coldStartsOver = true;
};

void report(const Way &way, const PromptCacheRun &run, qint64 ms)
{
    say(QStringLiteral("%1 (%2 ms):").arg(way.name).arg(ms));
    const QStringList purposes{QStringLiteral("answer"), QStringLiteral("repair 1"), QStringLiteral("repair 2"),
                               QStringLiteral("follow-up 1"), QStringLiteral("follow-up 2"), QStringLiteral("follow-up 3")};
    for (qsizetype i = 0; i < run.requests.size(); ++i) {
        const LlmUsageRecord &request = run.requests.at(i);
        say(QStringLiteral("  %1  input %2  cache write %3  cache read %4  output %5  $%6")
                .arg(purposes.value(i), -11)
                .arg(request.inputTokens, 6)
                .arg(request.cacheWriteTokens, 6)
                .arg(request.cacheReadTokens, 6)
                .arg(request.outputTokens, 6)
                .arg(request.cost, 0, 'f', 4));
    }
    say(QStringLiteral("RESULT %1: billed input $%2, total $%3")
            .arg(way.name)
            .arg(run.billedInputCost(), 0, 'f', 4)
            .arg(run.totalCost(), 0, 'f', 4));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    say(machineLine());
    if (const QString missing = PromptCacheSession::unavailableReason(); !missing.isEmpty()) {
        say(QStringLiteral("the local sandbox cannot run here: %1").arg(missing));
        return 1;
    }
    const QStringList answers = PromptCacheSession::answers();
    QStringList sizes;
    for (const QString &answer : answers)
        sizes << QStringLiteral("%1 KB").arg(answer.toUtf8().size() / 1000.0, 0, 'f', 1);
    const std::optional<ModelPrice> price = PriceTable::current().price(QStringLiteral("claude-sonnet-5-5"));
    say(QStringLiteral("answers: %1; claude-sonnet-5-5 per MTok: input $%2, cache write $%3, cache read $%4, output $%5")
            .arg(sizes.join(QStringLiteral(", ")))
            .arg(price ? price->input : 0.0)
            .arg(price ? price->cacheWrite : 0.0)
            .arg(price ? price->cacheRead : 0.0)
            .arg(price ? price->output : 0.0));

    const QList<Way> ways{
        {QStringLiteral("caching, follow-ups continue the conversation"), true, 100'000},
        {QStringLiteral("no caching, follow-ups continue the conversation"), false, 100'000},
        {QStringLiteral("no caching, each follow-up sends the whole app (before caching)"), false, 0},
        {QStringLiteral("caching, each follow-up sends the whole app"), true, 0},
        // What a pause longer than the cache's 5 minutes costs, and why a
        // cold conversation starts over (GenerationSettings::conversationIdleLimit).
        {QStringLiteral("caching, 6 minutes before each follow-up (it starts over with the whole app)"), true, 100'000,
         std::chrono::minutes(6), true},
        {QStringLiteral("caching, 6 minutes before each follow-up, had the cold conversation gone on"), true, 100'000,
         std::chrono::minutes(6), false},
    };
    QList<PromptCacheRun> runs;
    for (const Way &way : ways) {
        PromptCacheSession::Options options;
        options.promptCaching = way.promptCaching;
        options.conversationLimitTokens = way.conversationLimitTokens;
        options.pauseBeforeFollowUps = way.pause;
        options.coldConversationsStartOver = way.coldStartsOver;
        QElapsedTimer clock;
        clock.start();
        PromptCacheRun run = PromptCacheSession::run(options);
        if (!run.failure.isEmpty() || run.requests.size() != PromptCacheSession::Requests) {
            say(QStringLiteral("%1: the session did not run as planned: %2").arg(way.name, run.failure));
            return 1;
        }
        report(way, run, clock.elapsed());
        runs << run;
    }
    const double cached = runs.at(0).billedInputCost();
    const double uncached = runs.at(1).billedInputCost();
    const double before = runs.at(2).billedInputCost();
    say(QStringLiteral("RESULT billed input with caching / the same session without: %1 %; / the session before "
                       "caching (whole-app follow-ups): %2 %")
            .arg(100.0 * cached / uncached, 0, 'f', 1)
            .arg(100.0 * cached / before, 0, 'f', 1));
    say(QStringLiteral("RESULT total cost with caching / without: %1 %; / before caching: %2 %")
            .arg(100.0 * runs.at(0).totalCost() / runs.at(1).totalCost(), 0, 'f', 1)
            .arg(100.0 * runs.at(0).totalCost() / runs.at(2).totalCost(), 0, 'f', 1));
    say(QStringLiteral("RESULT follow-ups after 6-minute pauses, billed input with caching / before caching: %1 %; "
                       "had the cold conversation gone on: %2 %")
            .arg(100.0 * runs.at(4).billedInputCost() / before, 0, 'f', 1)
            .arg(100.0 * runs.at(5).billedInputCost() / before, 0, 'f', 1));
    say(QStringLiteral("RATIO billed input with / without caching = %1  target <= 0.50: %2")
            .arg(cached / uncached, 0, 'f', 3)
            .arg(cached / uncached <= 0.5 ? QStringLiteral("MET") : QStringLiteral("MISSED")));
    return 0;
}
