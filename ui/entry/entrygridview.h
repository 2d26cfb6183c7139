#pragma once

#include <QTableView>

namespace zx {

class EntryGridModel;

// The entry grid, keyboard first as clerks work on paper tables: typing starts editing and
// overwrites, Enter commits and moves down, Tab moves right, arrows move; Ctrl+C copies the
// selection as tab-separated text (what Excel and WPS paste), Ctrl+V pastes such a block from
// the current cell on as one undo step, Delete clears the selected figures. Typing into a cell
// that takes no figure says why (readOnlyTyped) instead of searching the rows; a refused
// figure reopens its cell with the text typed, to be corrected. Category headings span the
// row; cells with findings are outlined. Shows an EntryGridModel; owns neither it
// nor the Workspace.
class EntryGridView : public QTableView
{
    Q_OBJECT

public:
    explicit EntryGridView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    EntryGridModel *gridModel() const { return m_model; }

    // The selected cells' texts, rows by newline and columns by tab, as a spreadsheet copies.
    QString selectionText() const;
    void copySelection();
    bool paste();
    bool clearSelectedCells();

signals:
    // A key was typed into a cell that takes no figure; `reason` says why.
    void readOnlyTyped(const QModelIndex &index, const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void updateSpans();
    void moveDown();
    QModelIndex pasteAnchor() const;
    bool refuseTyping(QKeyEvent *event);
    bool refuseText(const QString &text);

    EntryGridModel *m_model = nullptr;
    bool m_forwarding = false;         // a key is being handed to the open editor
    QPersistentModelIndex m_committed; // the cell whose editor was just committed
};

} // namespace zx
