#include "officerulesbox.h"

#include "session/workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zx {

OfficeRulesBox::OfficeRulesBox(Workspace *workspace, QWidget *parent)
    : QGroupBox(tr("Office rules"), parent), m_workspace(workspace),
      m_fourEyes(new QCheckBox(tr("Four eyes: whoever submits a quarter cannot approve it"), this)),
      m_deadlineDay(new QSpinBox(this)), m_save(new QPushButton(tr("Save rules"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("OfficeRules"));
    auto *note = new QLabel(tr("Another reviewer or an administrator approves instead. Turn it off "
                               "only for a one-person office. A file without accounts has one "
                               "person, its administrator, so the rule does not apply there."),
                            this);
    note->setWordWrap(true);
    m_deadlineDay->setRange(0, 31);
    m_deadlineDay->setSpecialValueText(tr("none"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *deadline = new QHBoxLayout;
    deadline->addWidget(new QLabel(tr("Figures due on day"), this));
    deadline->addWidget(m_deadlineDay);
    deadline->addWidget(new QLabel(tr("of the month after each quarter"), this));
    deadline->addStretch(1);
    deadline->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fourEyes);
    layout->addWidget(note);
    layout->addLayout(deadline);
    layout->addWidget(m_message);
    connect(m_save, &QPushButton::clicked, this, &OfficeRulesBox::save);
    reload();
}

void OfficeRulesBox::reload()
{
    auto settings = m_workspace->officeSettings();
    if (!settings) {
        m_message->setText(settings.error());
        return;
    }
    m_fourEyes->setChecked(settings->fourEyes);
    m_deadlineDay->setValue(settings->deadlineDay);
}

void OfficeRulesBox::save()
{
    OfficeSettings next;
    next.fourEyes = m_fourEyes->isChecked();
    next.deadlineDay = m_deadlineDay->value();
    if (auto ok = m_workspace->saveOfficeSettings(next); !ok) {
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        m_message->setText(ok.error());
        reload();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    m_message->setText(tr("Saved the office rules"));
}

} // namespace zx
