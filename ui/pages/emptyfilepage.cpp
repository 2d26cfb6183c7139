#include "emptyfilepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zx {

EmptyFilePage::EmptyFilePage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_advice(new QLabel(this)),
      m_newCounty(new QPushButton(tr("New County…"), this)),
      m_import(new QPushButton(tr("Import Data…"), this)),
      m_sample(new QPushButton(tr("Open the Sample County"), this))
{
    setObjectName(QStringLiteral("EmptyFilePage"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    // One width, wide enough to read and never a line across a wide screen; the heights follow
    // the words at that width (setFile), so no paragraph is cut.
    const int width = m_advice->fontMetrics().averageCharWidth() * 80;
    m_heading->setFixedWidth(width);
    m_advice->setFixedWidth(width);
    m_newCounty->setObjectName(QStringLiteral("EmptyNewCounty"));
    m_import->setObjectName(QStringLiteral("EmptyImport"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newCounty);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addSpacing(8);
    column->addWidget(m_advice);
    column->addSpacing(12);
    column->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column);
    centre->addStretch(2);
    layout->addLayout(centre, 8);
    layout->addStretch(1);

    connect(m_newCounty, &QPushButton::clicked, this, &EmptyFilePage::newCountyRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyFilePage::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &EmptyFilePage::sampleRequested);
}

void EmptyFilePage::setFile(const QString &fileName, bool hasRegions, bool hasIndicators)
{
    setWords(fileName, hasRegions, hasIndicators);
    for (QLabel *label : {m_heading, m_advice})
        label->setMinimumHeight(label->heightForWidth(label->width()));
}

void EmptyFilePage::setWords(const QString &fileName, bool hasRegions, bool hasIndicators)
{
    if (!hasRegions && !hasIndicators) {
        m_heading->setText(tr("%1 holds no county yet").arg(fileName));
        m_advice->setText(
            tr("<p>To begin, set up your county: <b>New County…</b> creates a county file with its "
               "regions and the indicator catalogue (the standard one, or from files you already "
               "have).</p><p>Or fill this file: import a regions file and an indicator catalogue "
               "with <b>Import Data…</b> (File → Import Data…).</p>"));
    } else if (!hasRegions) {
        m_heading->setText(tr("%1 has an indicator catalogue but no regions").arg(fileName));
        m_advice->setText(tr("<p>Import a regions file (code, name, parent) with <b>Import "
                             "Data…</b>; the dashboard opens once the county is there.</p>"));
    } else {
        m_heading->setText(tr("%1 has regions but no indicator catalogue").arg(fileName));
        m_advice->setText(tr("<p>Import an indicator catalogue with <b>Import Data…</b>, or edit "
                             "it under Edit → Indicator catalogue…; the dashboard opens once "
                             "there are indicators.</p>"));
    }
}

} // namespace zx
