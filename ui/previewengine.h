// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class PreviewBrowserFactory;

// The preview's browser engine (Qt WebEngine, in a plugin). Loading it is
// the longest single piece of work the window's thread ever does: the
// plugin's libraries, the shared OpenGL context and Chromium's start
// (~150 ms on a loaded two-core machine). It happens once per run.
namespace PreviewEngine {

// The plugin's factory, loaded on first use; null with `error` set to a
// reason for the user when it cannot be loaded.
PreviewBrowserFactory *factory(QString *error);

// Loads and starts the engine now, when a new session starts from the
// window: the page changes at that click anyway, while its preview is
// needed only seconds later, once the app is ready, when a freeze would
// interrupt the progress the page shows. Does nothing the second time.
void warmUp();

} // namespace PreviewEngine
