// SPDX-License-Identifier: MIT
#include "previewinterceptor.h"

#include "previeworigin.h"

PreviewInterceptor::PreviewInterceptor(const QUrl &appUrl, QList<std::pair<QByteArray, QByteArray>> headers,
                                       QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_origin(appUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo))
    , m_headers(std::move(headers))
{
}

PreviewInterceptor::~PreviewInterceptor() = default;

void PreviewInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (m_headers.isEmpty() || !PreviewOrigin::isSame(info.requestUrl(), m_origin))
        return;
    for (const auto &[name, value] : m_headers)
        info.setHttpHeader(name, value);
}
