#include "workflowbar.h"

#include "editors/editorlabels.h"
#include "session/workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

namespace zx {

WorkflowBar::WorkflowBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_label(new QLabel(this)),
      m_submit(new QPushButton(tr("Submit"), this)),
      m_approve(new QPushButton(tr("Approve"), this)),
      m_return(new QPushButton(tr("Return…"), this)),
      m_reopen(new QPushButton(tr("Reopen…"), this))
{
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    for (QPushButton *b : {m_submit, m_approve, m_return, m_reopen})
        layout->addWidget(b);
    m_submit->setToolTip(tr("Hand the quarter's figures in for review"));
    m_approve->setToolTip(tr("Approve the quarter; its figures are then locked"));
    m_return->setToolTip(tr("Send the quarter back to the clerk with a reason"));
    m_reopen->setToolTip(tr("Unlock an approved quarter, with a reason"));

    m_prompt = [this](const QString &title, const QString &label) -> std::optional<QString> {
        QInputDialog dialog(this);
        dialog.setWindowTitle(title);
        dialog.setLabelText(label);
        // The question names the region, the quarter and its figures: wrap it, not one wide line.
        for (QLabel *text : dialog.findChildren<QLabel *>())
            text->setWordWrap(true);
        dialog.setMinimumWidth(qMin(520, screen() ? screen()->availableGeometry().width() : 520));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.textValue();
    };
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Submit the quarter"),
                    tr("Submit %1 for review?\n\n%2 — the region's own and those of the regions "
                       "under it — go to a reviewer, who approves them (locking them) or returns "
                       "them.")
                        .arg(periodName(), figuresText()),
                    tr("Submit")))
            act([this] { return m_workspace->submit(m_regionCode, m_year, m_quarter); });
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Approve the quarter"),
                    tr("Approve %1?\n\n%2 — the region's own and those of the regions under it "
                       "— will be locked: nobody can change them until the quarter is reopened "
                       "with a reason.")
                        .arg(periodName(), figuresText()),
                    tr("Approve")))
            act([this] { return m_workspace->approve(m_regionCode, m_year, m_quarter); });
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        askAndAct(tr("Return the quarter"),
                  tr("Return %1 for rework? Its %2 stay open for correction, and the quarter "
                     "must be submitted again.")
                      .arg(periodName(), figuresText()),
                  [this](const QString &reason) {
                      return m_workspace->returnForRework(m_regionCode, m_year, m_quarter, reason);
                  });
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        askAndAct(tr("Reopen the quarter"),
                  tr("Reopen %1? %2 — the region's own and those of the regions under it — will "
                     "be unlocked and can be changed again; the quarter goes back to draft.")
                      .arg(periodName(), figuresText()),
                  [this](const QString &reason) {
                      return m_workspace->reopen(m_regionCode, m_year, m_quarter, reason);
                  });
    });
    // The four-eyes rule may have been turned on or off: Approve follows.
    connect(m_workspace, &Workspace::officeSettingsChanged, this, &WorkflowBar::refresh);
    refresh();
}

void WorkflowBar::setPeriod(const QString &regionCode, const QString &regionName, int year,
                            int quarter)
{
    m_regionCode = regionCode;
    m_regionName = regionName;
    m_year = year;
    m_quarter = quarter;
    refresh();
}

QString WorkflowBar::stateText(const PeriodStatus &s) const
{
    const QString when = editorlabels::localTime(s.changedAt, false);
    switch (s.state) {
    case PeriodState::Draft:
        return tr("draft");
    case PeriodState::Submitted:
        return tr("submitted by %1 at %2").arg(s.changedBy, when);
    case PeriodState::Approved:
        return tr("approved by %1 at %2 — locked").arg(s.changedBy, when);
    case PeriodState::Returned:
        return tr("returned by %1 at %2: %3").arg(s.changedBy, when, s.reason);
    }
    return {};
}

void WorkflowBar::refresh()
{
    const bool known = m_workspace->isOpen() && !m_regionCode.isEmpty() && m_year > 0;
    auto status = known ? m_workspace->periodStatus(m_regionCode, m_year, m_quarter)
                        : Result<PeriodStatus>(Error{});
    m_state = status ? status->state : PeriodState::Draft;
    if (!known)
        m_label->clear();
    else if (!status)
        m_label->setText(status.error());
    else
        m_label->setText(tr("%1 · %2 Q%3: %4")
                             .arg(m_regionName)
                             .arg(m_year)
                             .arg(m_quarter)
                             .arg(stateText(status.value())));
    // A read-only or damaged file takes no review step either; the buttons say why.
    const QString refusal = m_workspace->writeRefusal();
    for (QPushButton *button : {m_submit, m_approve, m_return, m_reopen})
        button->setToolTip(refusal);
    const bool ok = known && status && refusal.isEmpty();
    m_submit->setEnabled(ok && (m_state == PeriodState::Draft || m_state == PeriodState::Returned));
    // Approving is refused to a clerk and, under the four-eyes rule, to whoever submitted the
    // quarter: the button says so rather than waiting to be clicked.
    const Outcome mayApprove = ok && m_state == PeriodState::Submitted
                                   ? m_workspace->checkApprove(m_regionCode, m_year, m_quarter)
                                   : Outcome::success();
    m_approve->setEnabled(ok && m_state == PeriodState::Submitted && mayApprove);
    if (!mayApprove)
        m_approve->setToolTip(mayApprove.error());
    m_return->setEnabled(ok && m_state == PeriodState::Submitted);
    m_reopen->setEnabled(ok && m_state == PeriodState::Approved);
}

QString WorkflowBar::periodName() const
{
    return tr("%1, %2 Q%3").arg(m_regionName).arg(m_year).arg(m_quarter);
}

QString WorkflowBar::figuresText() const
{
    auto count = m_workspace->figuresCovered(m_regionCode, m_year, m_quarter);
    return count ? tr("%1 figure(s)").arg(*count) : tr("its figures");
}

bool WorkflowBar::confirm(const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirm"));
    box.setDefaultButton(go);
    box.exec();
    return box.clickedButton() == go;
}

void WorkflowBar::act(const std::function<Outcome()> &transition)
{
    const Outcome ok = transition();
    refresh();
    if (ok)
        return;
    emit failed(ok.error());
    // Not exec(): the window stays responsive and tests are never blocked by the box.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Review"), ok.error(), QMessageBox::Ok,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WorkflowBar::askAndAct(const QString &title, const QString &question,
                            const std::function<Outcome(const QString &reason)> &transition)
{
    const std::optional<QString> reason = m_prompt(title, question + u'\n' + u'\n' + tr("Reason:"));
    if (!reason)
        return;
    if (reason->trimmed().isEmpty()) {
        act([this] { return Outcome(Error{tr("A reason is required.")}); });
        return;
    }
    act([&] { return transition(reason->trimmed()); });
}

} // namespace zx
