// SPDX-License-Identifier: MIT
#include "windowapihost.h"

#include "api/apihost.h"
#include "appcontext.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "settings/appsettings.h"

WindowApiHost::WindowApiHost(AppContext *context, std::function<void(const QString &)> report, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_report(std::move(report))
    , m_host(new ApiHost(Paths::dataDir(), context->apiSources(), context->secrets(), this))
{
    connect(context->settings(), &AppSettings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::ApiEnabled)
            apply();
        else if (key == SettingKey::ApiAllowedOrigins)
            m_host->setAllowedOrigins(m_context->settings()->apiAllowedOrigins());
    });
    apply();
}

WindowApiHost::~WindowApiHost() = default;

void WindowApiHost::apply()
{
    if (!m_context->settings()->apiEnabled()) {
        m_host->stop();
        return;
    }
    if (m_host->isServing())
        return;
    ApiHost::Options options;
    options.allowedOrigins = m_context->settings()->apiAllowedOrigins();
    PendingOperation *starting = m_host->start(options);
    connect(starting, &AsyncOperation::finished, this, [this, starting] {
        if (!starting->succeeded() && !starting->isCancelled() && m_report)
            m_report(tr("The local API is off in this window: %1").arg(starting->error().message));
    });
}
