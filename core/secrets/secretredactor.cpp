// SPDX-License-Identifier: MIT
#include "secretredactor.h"

#include <algorithm>

SecretRedactor::SecretRedactor(const AppEnvironment::Values &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            m_rules.append({it.value().toUtf8(), QStringLiteral("[%1 hidden]").arg(it.key()).toUtf8()});
    }
    // A value that contains another goes first, so it is hidden whole.
    std::sort(m_rules.begin(), m_rules.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QByteArray SecretRedactor::feed(const QByteArray &data)
{
    if (m_rules.isEmpty())
        return data;
    QByteArray all = replaceAll(m_held + data);
    const qsizetype held = heldBackLength(all);
    m_held = all.right(held);
    all.chop(held);
    return all;
}

QByteArray SecretRedactor::flush()
{
    // The held tail is only the start of a value, never all of one.
    return std::exchange(m_held, {});
}

QString SecretRedactor::redact(const QString &text, const AppEnvironment::Values &values)
{
    SecretRedactor redactor(values);
    return QString::fromUtf8(redactor.feed(text.toUtf8()) + redactor.flush());
}

QByteArray SecretRedactor::replaceAll(QByteArray data) const
{
    for (const auto &[value, replacement] : m_rules)
        data.replace(value, replacement);
    return data;
}

qsizetype SecretRedactor::heldBackLength(const QByteArray &data) const
{
    qsizetype longest = 0;
    for (const auto &rule : m_rules) {
        const QByteArray &value = rule.first;
        const qsizetype most = std::min(data.size(), value.size() - 1);
        for (qsizetype length = most; length > longest; --length) {
            if (data.endsWith(QByteArrayView(value).first(length))) {
                longest = length;
                break;
            }
        }
    }
    return longest;
}
