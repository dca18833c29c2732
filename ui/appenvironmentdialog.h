// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/appenvironment.h"

#include <QDialog>

class EnvironmentEditor;

// "Environment…" of the new-app form: the variables the new app's process
// will get, before the session exists. The values stay in this dialog's
// memory until the app is created; then the keychain keeps them
// (SessionManager) and the model learns the names.
class AppEnvironmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppEnvironmentDialog)

public:
    explicit AppEnvironmentDialog(const AppEnvironment::Values &values, QWidget *parent = nullptr);
    ~AppEnvironmentDialog() override;

    const AppEnvironment::Values &values() const { return m_values; }

private:
    void add(const QString &name, const QString &value);

    AppEnvironment::Values m_values;
    EnvironmentEditor *m_editor;
};
