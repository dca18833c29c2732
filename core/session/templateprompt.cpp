// SPDX-License-Identifier: MIT
#include "templateprompt.h"

#include <QCoreApplication>

QString TemplatePrompt::of(const QString &templateName)
{
    return u"Template: " + templateName;
}

bool TemplatePrompt::is(const QString &prompt, const QString &templateName)
{
    if (templateName.isEmpty())
        return false;
    const QString text = prompt.simplified();
    return text == of(templateName)
        || text == QCoreApplication::translate("MainWindow", "Template: %1").arg(templateName)
        || text == QCoreApplication::translate("ApiSessionStart", "Template: %1").arg(templateName)
        || text == QCoreApplication::translate("SpawnCommand", "Template: %1").arg(templateName);
}
