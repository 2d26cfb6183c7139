#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace zx {

class Workspace;

// The office's rules of the open file (entry/workflow.h OfficeSettings), in the accounts
// dialog: the four-eyes rule (whoever submits a quarter cannot approve it; administrators turn
// it off for a one-person office; it never applies to a file without accounts) and the day of
// the month after each quarter its figures are due. Saved through the Workspace, audited; a
// refusal is shown beneath. Does not own the Workspace.
class OfficeRulesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OfficeRulesBox(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the stored rules again.
    void reload();

    QCheckBox *fourEyesBox() const { return m_fourEyes; }
    QSpinBox *deadlineDayBox() const { return m_deadlineDay; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

private:
    void save();

    Workspace *m_workspace;
    QCheckBox *m_fourEyes;
    QSpinBox *m_deadlineDay;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace zx
