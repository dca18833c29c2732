// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

namespace PreviewOrigin {

// Whether two URLs share scheme, host and port: the test that keeps a
// sandbox's access headers away from every other site a page loads from.
inline bool isSame(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace PreviewOrigin
