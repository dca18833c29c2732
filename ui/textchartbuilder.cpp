// SPDX-License-Identifier: MIT
#include "textchartbuilder.h"

#include <QLabel>
#include <QLocale>

TextChartBuilder::TextChartBuilder(QString reason)
    : m_reason(std::move(reason))
{
}

QWidget *TextChartBuilder::createView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(title);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    show(label, title, {});
    return label;
}

void TextChartBuilder::showBars(QWidget *view, const QString &title, const QStringList &categories,
                                const QList<ChartBarSet> &sets, bool stacked, const QString &valueFormat)
{
    Q_UNUSED(stacked)
    QStringList lines;
    for (qsizetype category = 0; category < categories.size(); ++category) {
        QStringList values;
        for (const ChartBarSet &set : sets) {
            if (category < set.values.size())
                values << set.name + u' ' + QString::asprintf(qPrintable(valueFormat), set.values.at(category));
        }
        lines << categories.at(category) + u": " + values.join(QStringLiteral(", "));
    }
    show(view, title, lines);
}

void TextChartBuilder::showHorizontalBars(QWidget *view, const QString &title, const QStringList &categories,
                                          const ChartBarSet &set, const QString &valueFormat)
{
    showBars(view, title, categories, {set}, false, valueFormat);
}

void TextChartBuilder::showPie(QWidget *view, const QString &title, const QList<QPair<QString, double>> &slices)
{
    QStringList lines;
    for (const auto &[label, value] : slices)
        lines << label + u": " + QLocale().toString(value, 'f', 2);
    show(view, title, lines);
}

void TextChartBuilder::show(QWidget *view, const QString &title, const QStringList &lines) const
{
    auto *label = qobject_cast<QLabel *>(view);
    if (!label)
        return;
    QString text = u"<b>" + title.toHtmlEscaped() + u"</b><br><i>"
        + tr("Charts are unavailable: %1").arg(m_reason).toHtmlEscaped() + u"</i>";
    for (const QString &line : lines)
        text += u"<br>" + line.toHtmlEscaped();
    label->setText(text);
}
