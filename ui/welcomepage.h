// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class TemplateLibrary;

// Shown while no session is selected: a short introduction and the
// template gallery, one button per starter template with a line about it.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(const TemplateLibrary &templates, QWidget *parent = nullptr);
    ~WelcomePage() override;

signals:
    void templateRequested(const QString &name);
};
