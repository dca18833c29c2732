// SPDX-License-Identifier: MIT
#include "previewengine.h"

#include "previewbrowser.h"
#include "sharedglcontext.h"
#include "uiplugins.h"

#include <utility>

namespace PreviewEngine {

PreviewBrowserFactory *factory(QString *error)
{
    // WebEngine reads the shared context when its library is loaded.
    SharedGlContext::ensure();
    return UiPlugins::instance<PreviewBrowserFactory>(QStringLiteral("spawnai-webpreview"), error);
}

void warmUp()
{
    static bool warm = false;
    if (std::exchange(warm, true))
        return;
    QString error;
    if (PreviewBrowserFactory *browsers = factory(&error))
        browsers->startEngine();
}

} // namespace PreviewEngine
