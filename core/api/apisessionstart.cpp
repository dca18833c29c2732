// SPDX-License-Identifier: MIT
#include "apisessionstart.h"

#include "common/median.h"
#include "deploy/appbundle.h"
#include "deploy/templatelibrary.h"
#include "secrets/secretstore.h"
#include "session/templateprompt.h"
#include "store/sessionstore.h"
#include "workflow/sessionlaunch.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>

namespace {
constexpr int DefaultSecondsFromFiles = 10;
constexpr int DefaultSecondsGenerated = 60;
} // namespace

ApiSessionStart::ApiSessionStart(SessionManager *manager, SecretStore *secrets, SessionStartRequest request,
                                 QObject *parent)
    : AsyncOperation(parent)
    , m_manager(manager)
    , m_secrets(secrets)
    , m_request(std::move(request))
{
}

ApiSessionStart::~ApiSessionStart() = default;

void ApiSessionStart::fail(const ApiError &error)
{
    m_apiError = error;
    finishLater(error.error);
}

void ApiSessionStart::start()
{
    if (!m_manager) {
        fail(ApiError::from(SpawnError::system(tr("SpawnAI is shutting down"))));
        return;
    }
    LaunchRequest request;
    request.appType = m_request.appType;
    request.provider = m_request.provider;
    request.model = m_request.model;
    request.baseUrl = QUrl(m_request.baseUrl);
    sandboxKindFromString(m_request.sandbox, &request.sandboxKind);  // checked by SessionStartRequest
    request.internetAccess = m_request.internet;
    request.timeout = std::chrono::seconds(m_request.timeoutSeconds);
    request.environment = m_request.environment;
    request.allowScripts = m_request.allowScripts;
    if (!m_request.prompt.isEmpty()) {
        request.prompt = m_request.prompt;
        request.images = m_request.images;
    } else if (!bundleRequest(&request)) {
        return;
    }
    // The one start path of core, as the window and `spawnai spawn` take it.
    auto *launch = new SessionLaunch(m_manager, m_secrets, request, this);
    connect(launch, &AsyncOperation::finished, this, [this, launch] {
        launch->deleteLater();
        if (!launch->succeeded()) {
            m_apiError = launch->keyMissing()
                ? ApiError::unprocessable(launch->error().message, QStringLiteral("provider"))
                : ApiError::from(launch->error());
            finishWithError(launch->error());
            return;
        }
        m_sessionId = launch->sessionId();
        finishSuccess();
    });
    launch->start();
}

bool ApiSessionStart::bundleRequest(LaunchRequest *request)
{
    SpawnError error;
    std::optional<AppBundle> bundle;
    if (!m_request.templateName.isEmpty()) {
        TemplateLibrary library;
        if (!library.availableTemplates().contains(m_request.templateName)) {
            fail(ApiError::notFound(tr("There is no template \"%1\". Templates: %2")
                                        .arg(m_request.templateName,
                                             library.availableTemplates().join(QStringLiteral(", "))),
                                    QStringLiteral("template")));
            return false;
        }
        bundle = library.load(m_request.templateName, &error);
        request->prompt = TemplatePrompt::of(m_request.templateName);
        request->templateName = m_request.templateName;
        request->sourceSummary = u"template " + m_request.templateName;
    } else {
        QList<AppFile> files = m_request.files;
        files.prepend({QStringLiteral("spawnai.json"), m_request.manifestJson, false});
        bundle = AppBundle::fromFiles(files, &error);
        request->prompt = tr("Files sent through the API");
        request->sourceSummary = QStringLiteral("api files");
    }
    if (!bundle) {
        ApiError refusal = ApiError::from(error);
        refusal.field = m_request.templateName.isEmpty() ? QStringLiteral("files") : QStringLiteral("template");
        fail(refusal);
        return false;
    }
    request->bundle = *bundle;
    return true;
}

int ApiSessionStart::estimatedSeconds(SessionStore *store, const QString &appType, bool generated)
{
    const int fallback = generated ? DefaultSecondsGenerated : DefaultSecondsFromFiles;
    if (!store)
        return fallback;
    SessionQuery query;
    AppType type = AppType::WebApp;
    if (appTypeFromString(appType, &type))
        query.appTypes = {type};
    query.order = SessionQuery::Order::Created;
    query.limit = 60;
    QList<double> seconds;
    const QList<Session> sessions = store->sessions(query);
    for (const Session &session : sessions) {
        if (session.provider.isEmpty() == generated)
            continue;
        for (const SessionEvent &event : store->events(session.id)) {
            if (event.kind == EventKind::Transition && event.toStatus == SessionStatus::Ready) {
                seconds << double(session.createdAt.msecsTo(event.time)) / 1000.0;
                break;
            }
        }
        if (seconds.size() >= 20)
            break;
    }
    return seconds.isEmpty() ? fallback : qMax(1, qRound(median(seconds)));
}
