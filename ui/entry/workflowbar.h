#pragma once

#include "domain/types.h"
#include "result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace zx {

class Workspace;

// The review state of one region's quarter with the buttons that move it on: Submit,
// Approve, Return… and Reopen…, each enabled only where the workflow allows it. Each asks first,
// naming the region, the quarter and how many figures are handed in, locked or unlocked (Submit
// and Approve in a confirmation box, Return and Reopen in the box that asks for the reason).
// Calls the Workspace; a refusal (e.g. the four-eyes rule) is shown in a message box.
class WorkflowBar : public QWidget
{
    Q_OBJECT

public:
    // Asks for the reason of a return or reopening; nullopt when cancelled.
    using ReasonPrompt =
        std::function<std::optional<QString>(const QString &title, const QString &label)>;

    explicit WorkflowBar(Workspace *workspace, QWidget *parent = nullptr);

    void setPeriod(const QString &regionCode, const QString &regionName, int year, int quarter);
    // Reads the state again (after periodStatusChanged).
    void refresh();
    // Replaces the QInputDialog that asks for a reason (tests answer without a dialog).
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    PeriodState state() const { return m_state; }
    QLabel *stateLabel() const { return m_label; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *reopenButton() const { return m_reopen; }

signals:
    // A transition was refused; the message is also shown in a message box.
    void failed(const QString &message);

private:
    QString stateText(const PeriodStatus &status) const;
    // "城东街道办事处, 2023 Q4" and "85 figures" for the questions.
    QString periodName() const;
    QString figuresText() const;
    bool confirm(const QString &title, const QString &question, const QString &action);
    void act(const std::function<Outcome()> &transition);
    void askAndAct(const QString &title, const QString &question,
                   const std::function<Outcome(const QString &reason)> &transition);

    Workspace *m_workspace;
    QString m_regionCode;
    QString m_regionName;
    int m_year = 0;
    int m_quarter = 0;
    PeriodState m_state = PeriodState::Draft;
    QLabel *m_label;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_reopen;
    ReasonPrompt m_prompt;
};

} // namespace zx
