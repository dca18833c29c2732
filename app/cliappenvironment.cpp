// SPDX-License-Identifier: MIT
#include "cliappenvironment.h"

#include <QCoreApplication>

namespace CliAppEnvironment {

bool collect(const QStringList &flags, AppEnvironment::Values *values, SpawnError *error)
{
    for (const QString &flag : flags) {
        QString name;
        QString value;
        if (!flag.contains(u'=')) {
            name = flag;
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
                *error = SpawnError::user(QCoreApplication::translate("CliAppEnvironment",
                                                                      "--env %1: %1 is not set in this environment")
                                              .arg(name.left(70)));
                return false;
            }
            value = qEnvironmentVariable(name.toLocal8Bit().constData());
            if (*error = AppEnvironment::check({{name, value}}); error->isError())
                return false;
        } else if (!AppEnvironment::parseAssignment(flag, &name, &value, error)) {
            return false;
        }
        values->insert(name, value);
    }
    *error = AppEnvironment::check(*values);
    return !error->isError();
}

} // namespace CliAppEnvironment
