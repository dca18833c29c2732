// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// How the preview's pages reach the screen. With a GPU, Qt Quick draws them
// with OpenGL and the GPU composes the window. Without one (llvmpipe in a
// VM, Xvfb, a remote desktop), that same path makes Qt compose the whole
// window with software OpenGL on every repaint, 30-50 ms each while
// sessions deploy; Qt Quick's software renderer then draws only the page,
// and the window stays a plain raster window.
namespace PreviewComposition {

// Chooses once, before WebEngine's first view; QT_QUICK_BACKEND, when set,
// is the user's choice and wins.
void choose();

// What was chosen, for the log and the tests: "software" or "opengl".
QString chosen();

// The renderer behind the context the window made for WebEngine; empty when
// there is none (no OpenGL at all).
QString openGlRenderer();

// Whether an OpenGL renderer's name is a software rasterizer.
bool isSoftwareRenderer(const QString &renderer);

} // namespace PreviewComposition
