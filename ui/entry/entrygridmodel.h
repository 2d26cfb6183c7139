#pragma once

#include "analytics/validation.h"
#include "entry/valueentry.h"
#include "summary/evaluator.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace zx {

class Workspace;

// The paper table of one region and year, as clerks fill it in. Layout ByIndicator: a heading
// row per category, then its indicators; layout BySubRegion: one row per child region for one
// indicator. Columns Q1–Q4 (editable where a figure is entered), year total, annual target and
// completion (computed). Reads its own Dataset from the Workspace and refreshes when the
// ChangeNotifier reports a change; writes only through Workspace::setValues. What it refused
// and why is kept per cell (tooltip, tint) until the cell is corrected or the findings are
// cleared. Column EnterAs says what a quarter's figure is (本季度数, 年初至季末累计, 季末时点数),
// so a clerk does not type a year-to-date figure where the quarter's own is asked for.
class EntryGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, EnterAs, Q1, Q2, Q3, Q4, YearTotal, Target, Completion, COLUMNS };
    enum Role {
        IndicatorCodeRole = Qt::UserRole + 1,
        RegionCodeRole,
        HeadingRole,        // bool: a category heading row
        ReadOnlyReasonRole, // why a quarter cell cannot be edited; empty when it can
        SeverityRole,       // int(Severity) of the worst finding of the cell, or -1
        RefusedTextRole,    // what was typed into the cell and refused; null when nothing was
    };
    enum class Layout { ByIndicator, BySubRegion };

    // One refused figure or finding, for the findings panel.
    struct CellFinding
    {
        QModelIndex index; // invalid for findings about a whole block
        QString location;  // "returning entrepreneurs, Q1"
        RuleViolation violation;
        bool pending = false; // refused for want of a comment; retryWithComment() keeps it
    };

    explicit EntryGridModel(Workspace *workspace, QObject *parent = nullptr);
    ~EntryGridModel() override;

    void setRegion(const QString &regionCode, int year);
    void setLayout(Layout layout, const QString &indicatorCode = {});
    Layout layout() const { return m_layout; }
    QString regionCode() const { return m_regionCode; }
    QString indicatorCode() const { return m_indicatorCode; }
    int year() const { return m_year; }
    const Dataset *dataset() const { return m_data.get(); }

    // Attached to every figure written while non-empty; a figure that raises a warning is
    // kept only with a comment.
    void setComment(const QString &comment) { m_comment = comment; }
    QString comment() const { return m_comment; }

    static bool isQuarterColumn(int column) { return column >= Q1 && column <= Q4; }
    bool isHeading(int row) const;
    QString rowName(int row) const;
    QString regionName(const QString &code) const;
    QString readOnlyReason(const QModelIndex &index) const;
    // What the line under the grid says about a cell: why it is read-only, its finding, or
    // what to enter there ("returning entrepreneurs · Q1: this quarter only, persons").
    QString cellStatus(const QModelIndex &index) const;
    // What a quarter's figure of an indicator is, in a few words ("this quarter only"), and
    // the sentence explaining it (the tooltip).
    static QString whatToEnter(Accumulation accumulation);
    static QString whatToEnterHelp(Accumulation accumulation);

    // Something was typed into a cell that takes no figure: its reason becomes the cell's
    // finding (panel, tooltip, outline) as a refused figure's would. Returns the reason.
    QString refuseTyping(const QModelIndex &index, const QString &text);

    // Writes a tab/newline-separated block (as Excel and WPS copy it) from `topLeft` on, as
    // one undo step, after checking every cell; any error and nothing is written.
    bool pasteBlock(const QModelIndex &topLeft, const QString &text);
    // Deletes the figures of the editable cells among `cells`, as one undo step.
    bool clearCells(const QModelIndexList &cells);
    // Writes again the figures refused only for want of a comment, now with comment().
    int retryWithComment();
    std::vector<CellFinding> currentFindings() const;
    bool hasError(const QModelIndex &index) const;
    void clearFindings();
    // Reloads the figures now (normally done on the notifier's signals).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Every refusal and finding of a cell (empty when the cell was corrected); an invalid
    // index for findings about a whole pasted block.
    void findings(const QModelIndex &index, const std::vector<RuleViolation> &violations);
    void findingsChanged();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        const Category *category = nullptr; // heading rows
        const Indicator *indicator = nullptr;
        QString regionCode;
        QString rowReason; // read-only for every quarter (computed, rolled up, not permitted)
    };
    struct CellState
    {
        ValueKey key;
        std::vector<RuleViolation> violations;
        QString text; // what was typed, for a retry with a comment
    };
    // A figure about to be written from a cell, and the text it came from.
    struct Entry
    {
        QModelIndex index;
        QString text;
        ValueChange change;
    };
    struct Problem
    {
        QModelIndex index;
        QString text;
        RuleViolation violation;
    };
    struct PastePlan
    {
        std::vector<Entry> entries;
        std::vector<Problem> problems;
        bool overflow = false; // the block reaches past the table
    };

    void markDirty();
    void refreshIfDirty();
    void dropStaleRefusals();
    std::vector<Row> buildRows(const Dataset &data, const Evaluator &eval) const;
    QString rowReadOnlyReason(const Row &row, const Dataset &data, const Evaluator &eval) const;
    QHash<QString, std::array<QString, 4>> loadLocks(const std::vector<Row> &rows,
                                                     const Dataset *data) const;
    QString permissionReason(const QString &regionCode) const;
    QVariant display(const Row &row, int column) const;
    QVariant background(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    ValueKey keyAt(const QModelIndex &index) const;
    QString cellKey(const ValueKey &key) const;
    QModelIndex indexOf(const ValueKey &key) const;
    QString stepName(const ValueKey &key) const;
    std::optional<Entry> entryFor(const QModelIndex &index, const QString &text,
                                  std::vector<Problem> &problems) const;
    PastePlan planPaste(const QModelIndex &topLeft, const QString &text) const;
    bool submit(const std::vector<Entry> &entries, std::vector<Problem> problems,
                const QString &stepText);
    bool write(const std::vector<Entry> &entries, const QString &stepText);
    bool refuse(const QModelIndex &index, const QString &text,
                std::vector<RuleViolation> violations);
    void setBlockFindings(std::vector<RuleViolation> violations);
    void clearFinding(const QModelIndex &index);

    Workspace *m_workspace;
    Layout m_layout = Layout::ByIndicator;
    QString m_regionCode;
    QString m_indicatorCode;
    int m_year = 0;
    QString m_comment;
    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<Evaluator> m_eval;
    std::vector<Row> m_rows;
    QHash<QString, std::array<QString, 4>> m_lockReasons; // by region, per quarter
    QHash<QString, CellState> m_findings;                 // by cellKey
    std::vector<RuleViolation> m_blockFindings;
    bool m_dirty = false;
    bool m_refreshQueued = false;
};

} // namespace zx
