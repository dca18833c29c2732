// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxkind.h"

#include <QWidget>

class NewAppForm;
class QLabel;
class TemplateLibrary;

// Shown while no session is selected: the form that asks a model for a new
// app, then the template gallery, one button per starter template with a
// line about it. The words above them say where apps run: on this computer
// or in E2B's cloud, as the form's sandbox choice says.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(const TemplateLibrary &templates, QWidget *parent = nullptr);
    ~WelcomePage() override;

    NewAppForm *newAppForm() const { return m_form; }

signals:
    void templateRequested(const QString &name);

private:
    void describeSandbox(SandboxKind kind);

    NewAppForm *m_form;
    QLabel *m_intro;
    QLabel *m_galleryIntro;
};
