// SPDX-License-Identifier: MIT
#include "previewinterceptor.h"

PreviewInterceptor::PreviewInterceptor(const QUrl &appUrl, QList<std::pair<QByteArray, QByteArray>> headers,
                                       QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_origin(appUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))
    , m_headers(std::move(headers))
{
}

PreviewInterceptor::~PreviewInterceptor() = default;

bool PreviewInterceptor::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

void PreviewInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (m_headers.isEmpty() || !isSameOrigin(info.requestUrl(), m_origin))
        return;
    for (const auto &[name, value] : m_headers)
        info.setHttpHeader(name, value);
}
