// SPDX-License-Identifier: MIT
#include "thinkfilter.h"

namespace {
// The length of the longest end of `text` that begins `tag`.
qsizetype partialTagAtEnd(const QString &text, QStringView tag)
{
    for (qsizetype length = std::min(text.size(), tag.size() - 1); length > 0; --length) {
        if (QStringView(text).right(length) == tag.left(length))
            return length;
    }
    return 0;
}
}

ThinkFilter::Split ThinkFilter::feed(const QString &chunk)
{
    Split out;
    m_pending += chunk;
    for (;;) {
        const QStringView tag = m_inside ? u"</think>" : u"<think>";
        QString &side = m_inside ? out.thinking : out.text;
        const qsizetype at = m_pending.indexOf(tag);
        if (at >= 0) {
            side += m_pending.left(at);
            m_pending.remove(0, at + tag.size());
            m_inside = !m_inside;
            continue;
        }
        const qsizetype keep = partialTagAtEnd(m_pending, tag);
        side += m_pending.left(m_pending.size() - keep);
        m_pending = m_pending.right(keep);
        return out;
    }
}

ThinkFilter::Split ThinkFilter::finish()
{
    Split out;
    (m_inside ? out.thinking : out.text) = std::exchange(m_pending, QString());
    return out;
}

void ThinkFilter::reset()
{
    m_pending.clear();
    m_inside = false;
}
