#pragma once

class QAction;
class QObject;
class QUndoStack;

namespace zx {

// An Undo or Redo action on the workspace's stack that goes through undoStep / redoStep
// (core/session/editcommands.h): a step the database refuses (the quarter was approved
// meanwhile, another program changed the figure) stays on the stack, the actions keep their
// state and Workspace::editFailed says why — unlike QUndoStack::createUndoAction, whose
// undo() moves past a refused step. Enabled while the stack can undo (redo); with `namesStep`
// its text names the step ("Undo Edit returning entrepreneurs Q1"), else the step is its
// tooltip. The Edit menu, the entry tab and the targets editor use it.
QAction *undoStackAction(QUndoStack *stack, bool redo, QObject *parent, bool namesStep);

} // namespace zx
