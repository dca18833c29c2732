// SPDX-License-Identifier: MIT
#include "sharedglcontext.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QSurfaceFormat>

#include <utility>

namespace {
Q_LOGGING_CATEGORY(lcSharedGl, "spawnai.ui.gl")
} // namespace

// QtGui's own setter, exported for Qt WebEngine, which sets it the same way.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace SharedGlContext {

namespace {
QOpenGLContext *shared = nullptr;

// A post routine, as WebEngine's own: it runs while the platform that made
// the context still exists.
void release()
{
    qt_gl_set_global_share_context(nullptr);
    delete std::exchange(shared, nullptr);
}
} // namespace

void ensure()
{
    if (QOpenGLContext::globalShareContext() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    auto *context = new QOpenGLContext;
    context->setFormat(QSurfaceFormat::defaultFormat());
    // Kept even when it fails, as QGuiApplication keeps the one it makes:
    // WebEngine reads the context's format and then draws in software.
    if (!context->create())
        qCInfo(lcSharedGl) << "no OpenGL context for the preview; it draws in software";
    shared = context;
    qt_gl_set_global_share_context(shared);
    qAddPostRoutine(release);
    // Qt::AA_ShareOpenGLContexts is not set: this Qt warns when it is set
    // after QApplication, and WebEngine reads the context itself.
}

} // namespace SharedGlContext
