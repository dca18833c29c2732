// SPDX-License-Identifier: MIT
#include "session.h"

#include <QUuid>

QString appTypeToString(AppType type)
{
    switch (type) {
    case AppType::WebApp:
        return QStringLiteral("webapp");
    case AppType::Api:
        return QStringLiteral("api");
    case AppType::Script:
        return QStringLiteral("script");
    }
    return {};
}

bool appTypeFromString(const QString &text, AppType *type)
{
    if (text == u"webapp")
        *type = AppType::WebApp;
    else if (text == u"api")
        *type = AppType::Api;
    else if (text == u"script")
        *type = AppType::Script;
    else
        return false;
    return true;
}

QString Session::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
