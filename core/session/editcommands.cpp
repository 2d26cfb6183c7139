#include "editcommands.h"

#include "workspace.h"

#include <QUndoStack>

#include <utility>

namespace zx {

WorkspaceCommand::WorkspaceCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text), m_workspace(workspace)
{
}

void WorkspaceCommand::undo()
{
    run(false);
}

void WorkspaceCommand::redo()
{
    // QUndoStack::push calls redo(); the change was already written by the Workspace.
    if (std::exchange(m_firstRedo, false))
        return;
    run(true);
}

void WorkspaceCommand::run(bool after)
{
    if (std::exchange(m_written, false))
        return;
    if (auto ok = write(after); !ok) {
        setObsolete(true);
        emit m_workspace->editFailed(ok.error());
    }
}

Outcome WorkspaceCommand::tryUndo()
{
    Outcome ok = write(false);
    m_written = ok.ok();
    return ok;
}

Outcome WorkspaceCommand::tryRedo()
{
    Outcome ok = write(true);
    m_written = ok.ok();
    return ok;
}

ValuesCommand::ValuesCommand(Workspace *workspace, std::vector<ValueChange> before,
                             std::vector<ValueChange> after, const QString &text)
    : WorkspaceCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
{
}

Outcome ValuesCommand::write(bool after)
{
    return m_workspace->applyValues(after ? m_after : m_before, true);
}

TargetsCommand::TargetsCommand(Workspace *workspace, std::vector<TargetChange> before,
                               std::vector<TargetChange> after, const QString &text)
    : WorkspaceCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
{
}

Outcome TargetsCommand::write(bool after)
{
    return m_workspace->applyTargets(after ? m_after : m_before);
}

namespace {

// The stack's step at `index` as one of ours; nullptr for any other kind of command.
// QUndoStack hands out its commands as const; tryUndo()/tryRedo() change only the command's
// own bookkeeping, which the stack reads back through undo()/redo().
WorkspaceCommand *stepAt(QUndoStack *stack, int index)
{
    if (!stack || index < 0 || index >= stack->count())
        return nullptr;
    return dynamic_cast<WorkspaceCommand *>(const_cast<QUndoCommand *>(stack->command(index)));
}

} // namespace

bool undoStep(QUndoStack *stack)
{
    if (!stack || !stack->canUndo())
        return false;
    if (WorkspaceCommand *step = stepAt(stack, stack->index() - 1)) {
        if (auto ok = step->tryUndo(); !ok) {
            emit step->workspace()->editFailed(ok.error());
            return false;
        }
    }
    stack->undo();
    return true;
}

bool redoStep(QUndoStack *stack)
{
    if (!stack || !stack->canRedo())
        return false;
    if (WorkspaceCommand *step = stepAt(stack, stack->index())) {
        if (auto ok = step->tryRedo(); !ok) {
            emit step->workspace()->editFailed(ok.error());
            return false;
        }
    }
    stack->redo();
    return true;
}

} // namespace zx
