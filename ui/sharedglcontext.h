// SPDX-License-Identifier: MIT
#pragma once

// Qt WebEngine draws through one OpenGL context shared with the window's.
// Asking for it with Qt::AA_ShareOpenGLContexts before QApplication makes
// Qt create that context at start-up, which loads the OpenGL driver (on a
// software-rendered display: Mesa's llvmpipe, ~60 ms and ~60 MB) in every
// start, also when no preview is ever opened. It is made here instead, just
// before the preview's plugin (and with it WebEngine) is loaded.
namespace SharedGlContext {

// Creates the shared context once; later calls do nothing.
void ensure();

} // namespace SharedGlContext
