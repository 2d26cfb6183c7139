#include "widgets/undostackaction.h"

#include "session/editcommands.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

namespace zx {

QAction *undoStackAction(QUndoStack *stack, bool redo, QObject *parent, bool namesStep)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("zx::UndoStackAction", text);
    };
    auto *action = new QAction(redo ? tr("Redo") : tr("Undo"), parent);
    const auto update = [stack, action, redo, namesStep, tr] {
        const QString step = redo ? stack->redoText() : stack->undoText();
        action->setEnabled(redo ? stack->canRedo() : stack->canUndo());
        if (!namesStep)
            action->setToolTip(step);
        else if (step.isEmpty())
            action->setText(redo ? tr("Redo") : tr("Undo"));
        else
            action->setText((redo ? tr("Redo %1") : tr("Undo %1")).arg(step));
    };
    update();
    QObject::connect(stack, &QUndoStack::indexChanged, action, update);
    QObject::connect(stack, &QUndoStack::canUndoChanged, action, update);
    QObject::connect(stack, &QUndoStack::canRedoChanged, action, update);
    QObject::connect(stack, &QUndoStack::undoTextChanged, action, update);
    QObject::connect(stack, &QUndoStack::redoTextChanged, action, update);
    QObject::connect(stack, &QUndoStack::cleanChanged, action, update);
    QObject::connect(action, &QAction::triggered, action, [stack, redo] {
        if (redo)
            redoStep(stack);
        else
            undoStep(stack);
    });
    return action;
}

} // namespace zx
