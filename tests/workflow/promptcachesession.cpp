// SPDX-License-Identifier: MIT
#include "promptcachesession.h"

#include "../support/followupwait.h"

#include "billing/pricetable.h"
#include "common/paths.h"
#include "llm/anthropicclient.h"
#include "sandbox/local/localsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {
// The app the fake model writes: a task board of four files, about 20 KB,
// shaped like real generated code so its size is honest. `edition` makes
// a changed file differ from the one before it.
QString stylesCss(int edition)
{
    QString css = QStringLiteral(":root {\n  --accent: #2f6fdf;\n  --surface: #fbfbfd;\n  --text: #1d2330;\n"
                                 "  --radius: 0.6rem;\n  --space-1: 0.25rem;\n  --space-2: 0.5rem;\n  --space-3: 1rem;\n}\n\n");
    for (int i = 1; i <= 24; ++i) {
        css += QStringLiteral(".panel-%1 {\n  display: grid;\n  grid-template-columns: repeat(auto-fit, minmax(%2rem, 1fr));\n"
                              "  gap: var(--space-%3);\n  padding: calc(var(--space-2) * %4) var(--space-3);\n"
                              "  border-radius: var(--radius);\n"
                              "  background: color-mix(in srgb, var(--accent) %5%, var(--surface));\n}\n"
                              ".panel-%1:focus-within { outline: 2px solid var(--accent); }\n\n")
                   .arg(i)
                   .arg(8 + (i + edition) % 7)
                   .arg(1 + i % 3)
                   .arg(1 + (i * edition) % 4)
                   .arg((i * 7 + edition * 3) % 30 + 2);
    }
    return css;
}

QString appJs(int edition)
{
    QString js = QStringLiteral("import { loadState, saveState } from './state.js';\n\n");
    for (int i = 1; i <= 14; ++i) {
        js += QStringLiteral("function renderSection%1(state, root) {\n"
                             "  const items = state.items.filter((item) => item.group === %2);\n"
                             "  const list = document.createElement('ul');\n"
                             "  list.className = 'panel-%1';\n"
                             "  for (const item of items.slice(0, %3)) {\n"
                             "    const entry = document.createElement('li');\n"
                             "    entry.textContent = `${item.title} (${item.done ? 'done' : 'open'})`;\n"
                             "    entry.dataset.id = String(item.id);\n"
                             "    entry.tabIndex = 0;\n"
                             "    list.append(entry);\n"
                             "  }\n"
                             "  root.replaceChildren(list);\n"
                             "  return items.length;\n"
                             "}\n\n")
                  .arg(i)
                  .arg((i + edition) % 5)
                  .arg(20 + edition * 5 + i);
    }
    js += QStringLiteral("const state = loadState();\nconst root = document.querySelector('#board');\n"
                         "renderSection1(state, root);\nwindow.addEventListener('beforeunload', () => saveState(state));\n");
    return js;
}

QString stateJs(int edition)
{
    QString js = QStringLiteral("const KEY = 'task-board-v%1';\n\n").arg(edition);
    for (int i = 1; i <= 6; ++i) {
        js += QStringLiteral("export function migrate%1(data) {\n"
                             "  if (!data || typeof data !== 'object') return { items: [] };\n"
                             "  const items = Array.isArray(data.items) ? data.items : [];\n"
                             "  return { items: items.map((item, index) => ({ id: item.id ?? index + %2, title: String(item.title ?? ''), "
                             "done: Boolean(item.done), group: Number(item.group ?? %3) })) };\n"
                             "}\n\n")
                  .arg(i)
                  .arg(i * 100 + edition)
                  .arg(i % 5);
    }
    js += QStringLiteral("export function loadState() {\n  try {\n    return migrate1(JSON.parse(localStorage.getItem(KEY)));\n"
                         "  } catch {\n    return { items: [] };\n  }\n}\n\n"
                         "export function saveState(state) {\n  localStorage.setItem(KEY, JSON.stringify(state));\n}\n");
    return js;
}

QString indexHtml()
{
    QString sections;
    for (int i = 1; i <= 14; ++i) {
        sections += QStringLiteral("    <section class=\"panel-%1\" aria-labelledby=\"heading-%1\">\n"
                                   "      <h2 id=\"heading-%1\">Group %1</h2>\n"
                                   "      <form class=\"add\" data-group=\"%1\"><label>New task <input name=\"title\" required "
                                   "maxlength=\"120\"></label><button type=\"submit\">Add</button></form>\n"
                                   "      <div class=\"list\" data-group=\"%1\"></div>\n"
                                   "    </section>\n")
                        .arg(i);
    }
    return QStringLiteral("<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
                          "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "  <title>Task Board</title>\n  <link rel=\"stylesheet\" href=\"styles.css\">\n</head>\n<body>\n"
                          "  <main id=\"board\">\n")
        + sections + QStringLiteral("  </main>\n  <script type=\"module\" src=\"app.js\"></script>\n</body>\n</html>\n");
}

QString manifest(const QString &start)
{
    return u"<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"" + QString(start).replace(u'"', QStringLiteral("\\\""))
        + u"\", \"install\": {\"npm\": [], \"pip\": []}}\n</manifest>\n";
}

QString file(const QString &path, const QString &content)
{
    return u"<file path=\"" + path + u"\">\n" + content + u"</file>\n";
}

QString failingStart(int code)
{
    return QStringLiteral("python3 -c 'import sys; print(\"boom-%1\"); sys.exit(%1)'").arg(code);
}

bool waitForStatus(SessionStore &store, const QString &id, SessionStatus target, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QSignalSpy changed(&store, &SessionStore::sessionChanged);
    while (waited.elapsed() < timeoutMs) {
        const SessionStatus status = store.session(id)->status;
        if (status == target)
            return true;
        if (isTerminal(status))
            return false;
        changed.wait(int(timeoutMs - waited.elapsed()));
    }
    return store.session(id)->status == target;
}
} // namespace

double PromptCacheRun::billedInputCost() const
{
    double cost = 0.0;
    for (const LlmUsageRecord &request : requests) {
        cost += PriceTable::current().cost(request.model, TokenCounts{request.inputTokens, 0, request.cacheWriteTokens,
                                                                      request.cacheReadTokens});
    }
    return cost;
}

double PromptCacheRun::totalCost() const
{
    double cost = 0.0;
    for (const LlmUsageRecord &request : requests)
        cost += request.cost;
    return cost;
}

QString PromptCacheSession::unavailableReason()
{
    return LocalSandboxProvider::unavailableReason();
}

QStringList PromptCacheSession::answers()
{
    const QString app = u"A task board with groups, kept in the browser's storage.\n<app>\n" + manifest(failingStart(7))
        + file(QStringLiteral("index.html"), indexHtml()) + file(QStringLiteral("styles.css"), stylesCss(1))
        + file(QStringLiteral("app.js"), appJs(1)) + file(QStringLiteral("state.js"), stateJs(1)) + u"</app>\n";
    return {app,
            u"The start command exits at once; it now loads the state first.\n<app>\n" + manifest(failingStart(8))
                + file(QStringLiteral("state.js"), stateJs(2)) + u"</app>\n",
            u"The app needs a server that keeps running: python3 -m http.server.\n<app>\n"
                + manifest(QStringLiteral("python3 -m http.server 3000")) + file(QStringLiteral("state.js"), stateJs(3))
                + u"</app>\n",
            u"Softer colours for every panel.\n<app>\n" + file(QStringLiteral("styles.css"), stylesCss(2)) + u"</app>\n",
            u"Tasks keep their order when saved.\n<app>\n" + file(QStringLiteral("state.js"), stateJs(4)) + u"</app>\n",
            u"Each group shows more tasks.\n<app>\n" + file(QStringLiteral("app.js"), appJs(2)) + u"</app>\n"};
}

QStringList PromptCacheSession::followUps()
{
    return {QStringLiteral("make the panels' colours softer"), QStringLiteral("keep the tasks in the order I added them"),
            QStringLiteral("show more tasks in each group")};
}

PromptCacheRun PromptCacheSession::run(const Options &options)
{
    PromptCacheRun result;
    result.model = options.model;
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    {
        FakeLlmServer server;
        FakeAnthropicCache cache;
        QStringList script = answers();
        server.setResponder([&cache, &script](const FakeLlmServer::Request &request) {
            if (script.isEmpty())
                return FakeLlmServer::json(500, R"({"type":"error","error":{"type":"api_error","message":"no more answers"}})");
            return cache.respond(request.body, script.takeFirst());
        });
        Database database;
        if (const SpawnError error = database.open(); error.isError()) {
            Paths::setDataDirOverride({});
            result.failure = error.message;
            return result;
        }
        SessionStore store(database);
        LocalSandboxProvider provider;
        AnthropicConfig config;
        config.apiKey = QStringLiteral("sk-ant-test-key");
        config.baseUrl = server.url();
        config.retry.maxAttempts = 1;
        config.promptCaching = options.promptCaching;
        AnthropicClient client(config);
        SessionManager manager(&store);
        manager.addProvider(&provider);

        SpawnRequest request;
        request.prompt = QStringLiteral("a task board with groups that keeps my tasks in the browser");
        request.provider = QStringLiteral("anthropic");
        request.model = options.model;
        GenerationSettings settings;
        settings.client = &client;
        settings.model = options.model;
        settings.appType = AppType::WebApp;
        settings.facts.pipInstall = false;
        settings.conversationLimitTokens = options.conversationLimitTokens;
        if (options.pauseBeforeFollowUps > std::chrono::milliseconds(0)) {
            settings.conversationIdleLimit = options.coldConversationsStartOver ? std::chrono::milliseconds(0)
                                                                                : std::chrono::hours(24);
        }
        request.generation = settings;
        SpawnError error;
        const QString id = manager.spawn(request, &error);
        if (id.isEmpty()) {
            result.failure = error.message;
        } else if (!waitForStatus(store, id, SessionStatus::Ready, options.timeoutMs)) {
            result.failure = QStringLiteral("the first version did not become ready: ") + store.session(id)->error.message;
        }
        for (const QString &change : followUps()) {
            if (!result.failure.isEmpty())
                break;
            cache.advance(options.pauseBeforeFollowUps);
            if (const SpawnError refused = followUpRefusal(manager.followUp(id, change)); refused.isError())
                result.failure = refused.message;
            else if (!waitForStatus(store, id, SessionStatus::Ready, options.timeoutMs))
                result.failure = u"the follow-up \"" + change + u"\" did not end ready";
        }
        if (!id.isEmpty())
            result.requests = store.llmUsage(id);
        result.reported = cache.reported();
        for (const FakeLlmServer::Request &sent : server.requests())
            result.bodies << sent.body;
        manager.stopAll(QStringLiteral("the measured session is over"));
    }
    Paths::setDataDirOverride({});
    return result;
}
