#pragma once

#include "entry/targetentry.h"
#include "entry/valueentry.h"
#include "result.h"

#include <QUndoCommand>

#include <vector>

class QUndoStack;

namespace zx {

class Workspace;

// The undo steps of the Workspace's write facade. Who owns what: the Workspace's QUndoStack
// owns the commands; a command holds a plain pointer to the Workspace, which owns the stack
// and so outlives it. A command is pushed only after its change has been applied and
// committed, so its first redo() does nothing; later the "after" or "before" state is written
// back through the Workspace (restoring: warnings need no comment, errors and locks still
// refuse).
//
// A write can be refused (the quarter was approved meanwhile, another program changed the
// figure). QUndoStack::undo() cannot refuse: it moves past a step whatever its undo() did, so
// a step refused there marks itself obsolete and the stack drops it. undoStep() / redoStep()
// below write first and move the stack only when the write succeeded: a refused step stays
// where it is, Undo and Redo stay as they were, and Workspace::editFailed says why.
class WorkspaceCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;
    // Writes the state before (undo) or after (redo) the step; refused: nothing written.
    Outcome tryUndo();
    Outcome tryRedo();
    Workspace *workspace() const { return m_workspace; }

protected:
    WorkspaceCommand(Workspace *workspace, const QString &text);
    virtual Outcome write(bool after) = 0;

    Workspace *m_workspace;

private:
    void run(bool after);

    bool m_firstRedo = true;
    bool m_written = false; // tryUndo/tryRedo wrote it; the stack's call only moves the index
};

class ValuesCommand : public WorkspaceCommand
{
public:
    ValuesCommand(Workspace *workspace, std::vector<ValueChange> before,
                  std::vector<ValueChange> after, const QString &text);

protected:
    Outcome write(bool after) override;

private:
    std::vector<ValueChange> m_before;
    std::vector<ValueChange> m_after;
};

class TargetsCommand : public WorkspaceCommand
{
public:
    TargetsCommand(Workspace *workspace, std::vector<TargetChange> before,
                   std::vector<TargetChange> after, const QString &text);

protected:
    Outcome write(bool after) override;

private:
    std::vector<TargetChange> m_before;
    std::vector<TargetChange> m_after;
};

// Undoes (redoes) the stack's next step only if its write succeeds; otherwise the step and the
// stack stay as they were and the reason is emitted as Workspace::editFailed. Returns whether
// the step was applied. What the entry grid's Undo and Redo call.
bool undoStep(QUndoStack *stack);
bool redoStep(QUndoStack *stack);

} // namespace zx
