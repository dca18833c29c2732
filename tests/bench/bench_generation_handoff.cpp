// SPDX-License-Identifier: MIT
// From the model's final SSE event to the start of deployment: the time
// SpawnAI itself adds between "the answer is complete" and "a sandbox is
// being made for it" (parse end, validation, storing the version, the
// journal). Target: under 5 ms. In process, against a fake Claude on
// 127.0.0.1 that streams a realistic three-file answer.
#include "benchsupport.h"
#include "fakellmserver.h"
#include "llmfixtures.h"

#include "common/paths.h"
#include "llm/anthropicclient.h"
#include "sandbox/local/localsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Fixtures;
using namespace Bench;

namespace {
QString answerText()
{
    const QString css = QStringLiteral("body { margin: 0; font-family: system-ui; }\n").repeated(200);
    const QString js = QStringLiteral("document.title = document.title + '';\n").repeated(250);
    const QString html = QStringLiteral("<!doctype html><html><head><title>Timer</title><link rel=\"stylesheet\" href=\"styles.css\">"
                                        "</head><body><main><h1>25:00</h1></main><script src=\"app.js\"></script></body></html>\n");
    return QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n</manifest>\n")
        + u"<file path=\"index.html\">\n" + html + u"</file>\n<file path=\"styles.css\">\n" + css
        + u"</file>\n<file path=\"app.js\">\n" + js + u"</file>\n</app>\n";
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Runs = 20;
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    Database database;
    if (database.open().isError())
        return 1;
    SessionStore store(database);
    LocalSandboxProvider provider;
    SessionManager manager(&store);
    manager.addProvider(&provider);
    FakeLlmServer claude;
    AnthropicConfig config;
    config.apiKey = QStringLiteral("sk-ant-bench");
    config.baseUrl = claude.url();
    AnthropicClient client(config);

    const QString text = answerText();
    say(QStringLiteral("answer: %1 KiB in 3 files, streamed in 4 KiB deltas").arg(text.size() / 1024));
    QList<double> handoff;
    QList<double> toDeploying;
    for (int run = 0; run < Runs; ++run) {
        QList<QByteArray> events{messageStart(3000, 0, 0), textStart(0)};
        for (qsizetype at = 0; at < text.size(); at += 4096)
            events << textDelta(0, text.mid(at, 4096));
        events << blockStop(0) << messageDelta("end_turn", R"({"output_tokens":5000})") << messageStop();
        claude.enqueue(FakeLlmServer::sse(events));

        QElapsedTimer clock;
        qint64 finalEvent = -1;
        qint64 provisioning = -1;
        qint64 deploying = -1;
        QObject context;
        QObject::connect(&manager, &SessionManager::runnerStarted, &context, [&](SessionRunner *runner) {
            QObject::connect(runner, &SessionRunner::modelRequestFinished, &context, [&] { finalEvent = clock.nsecsElapsed(); });
            QObject::connect(runner, &SessionRunner::statusChanged, &context, [&](SessionStatus status) {
                if (status == SessionStatus::Provisioning)
                    provisioning = clock.nsecsElapsed();
                if (status == SessionStatus::Deploying)
                    deploying = clock.nsecsElapsed();
            });
        });
        SpawnRequest request;
        request.prompt = QStringLiteral("a timer");
        request.model = QStringLiteral("claude-sonnet-5-5");
        GenerationSettings settings;
        settings.client = &client;
        settings.model = request.model;
        settings.appType = AppType::WebApp;
        request.generation = settings;
        SpawnError error;
        clock.start();
        const QString id = manager.spawn(request, &error);
        if (id.isEmpty() || !runEventLoopUntil([&] { return deploying >= 0; }, 30000)) {
            say(QStringLiteral("run %1 did not reach deploying: %2").arg(run).arg(error.message));
            return 1;
        }
        handoff << double(provisioning - finalEvent) / 1e6;
        toDeploying << double(deploying - finalEvent) / 1e6;
        manager.stop(id, QStringLiteral("benchmark"));
        runEventLoopUntil([&] { return manager.activeCount() == 0; }, 10000);
    }
    say(QStringLiteral("RESULT final SSE event -> provisioning (deployment starts): %1")
            .arg(describe(summarize(handoff), QStringLiteral("ms"), 2)));
    say(QStringLiteral("RESULT final SSE event -> deploying (sandbox up, files next): %1")
            .arg(describe(summarize(toDeploying), QStringLiteral("ms"), 2)));
    const double median = summarize(handoff).median;
    say(QStringLiteral("RATIO handoff median / 5 ms target = %1  target < 5 ms: %2")
            .arg(median / 5.0, 0, 'f', 2)
            .arg(median < 5.0 ? QStringLiteral("MET") : QStringLiteral("MISSED")));
    return 0;
}
