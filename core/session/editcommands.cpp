#include "editcommands.h"

#include "workspace.h"

namespace zx {

ValuesCommand::ValuesCommand(Workspace *workspace, std::vector<ValueChange> before,
                             std::vector<ValueChange> after, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void ValuesCommand::undo()
{
    apply(m_before);
}

void ValuesCommand::redo()
{
    // QUndoStack::push calls redo(); the change was already written by Workspace::setValues.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

void ValuesCommand::apply(const std::vector<ValueChange> &changes)
{
    if (auto ok = m_workspace->applyValues(changes, true); !ok) {
        setObsolete(true);
        emit m_workspace->editFailed(ok.error());
    }
}

TargetsCommand::TargetsCommand(Workspace *workspace, std::vector<TargetChange> before,
                               std::vector<TargetChange> after, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void TargetsCommand::undo()
{
    apply(m_before);
}

void TargetsCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

void TargetsCommand::apply(const std::vector<TargetChange> &changes)
{
    if (auto ok = m_workspace->applyTargets(changes); !ok) {
        setObsolete(true);
        emit m_workspace->editFailed(ok.error());
    }
}

} // namespace zx
