#pragma once

#include "entry/targetentry.h"
#include "entry/valueentry.h"

#include <QUndoCommand>

#include <vector>

namespace zx {

class Workspace;

// The undo steps of the Workspace's write facade. Who owns what: the Workspace's QUndoStack
// owns the commands; a command holds a plain pointer to the Workspace, which owns the stack
// and so outlives it. A command is pushed only after its change has been applied and
// committed, so its first redo() does nothing; later redo()/undo() write the "after" or
// "before" state back through the Workspace (restoring: warnings need no comment, errors
// and locks still refuse). When that fails, the command emits Workspace::editFailed and
// marks itself obsolete, so the stack drops it instead of pretending it was undone.
class ValuesCommand : public QUndoCommand
{
public:
    ValuesCommand(Workspace *workspace, std::vector<ValueChange> before,
                  std::vector<ValueChange> after, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const std::vector<ValueChange> &changes);

    Workspace *m_workspace;
    std::vector<ValueChange> m_before;
    std::vector<ValueChange> m_after;
    bool m_firstRedo = true;
};

class TargetsCommand : public QUndoCommand
{
public:
    TargetsCommand(Workspace *workspace, std::vector<TargetChange> before,
                   std::vector<TargetChange> after, const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const std::vector<TargetChange> &changes);

    Workspace *m_workspace;
    std::vector<TargetChange> m_before;
    std::vector<TargetChange> m_after;
    bool m_firstRedo = true;
};

} // namespace zx
