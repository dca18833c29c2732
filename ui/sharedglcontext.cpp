// SPDX-License-Identifier: MIT
#include "sharedglcontext.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QSurfaceFormat>

#include <utility>

Q_LOGGING_CATEGORY(lcSharedGl, "spawnai.ui.gl")

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
    if (!context->create()) {
        // WebEngine then tries itself, and else draws in software.
        qCWarning(lcSharedGl) << "no OpenGL context could be made for the preview";
        delete context;
        return;
    }
    shared = context;
    qt_gl_set_global_share_context(shared);
    qAddPostRoutine(release);
    // QOpenGLWidget and WebEngine's views read the attribute when they are made.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace SharedGlContext
