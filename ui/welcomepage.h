// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class NewAppForm;
class TemplateLibrary;

// Shown while no session is selected: the form that asks a model for a new
// app, then the template gallery, one button per starter template with a
// line about it.
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
    NewAppForm *m_form;
};
