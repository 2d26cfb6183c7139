#pragma once

#include <QDialog>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace zx {

class Workspace;

// Edit → New year…: starts a year with last year's targets and milestones copied, scaled by a
// factor, or none (entry/newyear.h through Workspace::startNewYear: one undoable, audited step).
// A refusal (the year has targets already, nothing to copy, a clerk) is shown in the dialog and
// nothing is written; on success the dialog is accepted and startedYear() tells the year.
class NewYearDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewYearDialog(Workspace *workspace, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    QRadioButton *copyButton() const { return m_copy; }
    QRadioButton *scaleButton() const { return m_scale; }
    QRadioButton *noneButton() const { return m_none; }
    QDoubleSpinBox *factorBox() const { return m_factor; }
    QLabel *messageLabel() const { return m_message; }
    int startedYear() const { return m_started; }
    int writtenTargets() const { return m_written; }

    void accept() override;

private:
    Workspace *m_workspace;
    QSpinBox *m_year;
    QRadioButton *m_copy;
    QRadioButton *m_scale;
    QRadioButton *m_none;
    QDoubleSpinBox *m_factor;
    QLabel *m_message;
    int m_started = 0;
    int m_written = 0;
};

} // namespace zx
