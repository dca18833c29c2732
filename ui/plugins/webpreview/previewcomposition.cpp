// SPDX-License-Identifier: MIT
#include "previewcomposition.h"

#include <QLoggingCategory>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcComposition, "spawnai.ui.preview.composition")
} // namespace

namespace PreviewComposition {

QString openGlRenderer()
{
    QOpenGLContext *shared = QOpenGLContext::globalShareContext();
    if (!shared || !shared->isValid())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(shared->format());
    surface.create();
    if (!surface.isValid() || !shared->makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(shared->functions()->glGetString(GL_RENDERER));
    QString renderer = name ? QString::fromLatin1(name) : QString();
    shared->doneCurrent();
    return renderer;
}

namespace {
QString choice;
} // namespace

bool isSoftwareRenderer(const QString &renderer)
{
    static const QStringList software = {QStringLiteral("llvmpipe"), QStringLiteral("softpipe"),
                                         QStringLiteral("swiftshader"), QStringLiteral("software rasterizer"),
                                         QStringLiteral("swrast")};
    if (renderer.isEmpty())
        return true;
    const QString lower = renderer.toLower();
    return std::any_of(software.cbegin(), software.cend(), [&lower](const QString &name) { return lower.contains(name); });
}

void choose()
{
    if (!choice.isEmpty())
        return;
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")) {
        choice = qEnvironmentVariable("QT_QUICK_BACKEND");
        qCInfo(lcComposition) << "preview drawn by the Qt Quick backend the environment names:" << choice;
        return;
    }
    const QString renderer = openGlRenderer();
    const bool software = isSoftwareRenderer(renderer);
    if (software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    choice = software ? QStringLiteral("software") : QStringLiteral("opengl");
    qCInfo(lcComposition) << "OpenGL renderer" << (renderer.isEmpty() ? QStringLiteral("(none)") : renderer)
                          << "- preview drawn with" << choice;
}

QString chosen()
{
    return choice;
}

} // namespace PreviewComposition
