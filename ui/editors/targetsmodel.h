#pragma once

#include "domain/types.h"
#include "entry/targetentry.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace zx {

class Dataset;
class Workspace;

// The targets of one region and year: one row per non-retired indicator in catalogue order
// (categories in their order), with the annual target, the baseline (reduce mode only), the
// optional quarterly milestones, and the actual and completion at the chosen quarter. Editing
// a cell validates the typed text and writes through Workspace::setTargets (one undo step,
// audited by core); a refusal is kept on the cell (tooltip, ErrorRole) and announced with
// editRefused, which names the cell so the editor can say which row it was. Reads the data itself from the Workspace, which it does not own.
class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Unit, Mode, Annual, Baseline, Q1, Q2, Q3, Q4, Actual, Completion, COLUMNS };
    enum Role {
        CodeRole = Qt::UserRole + 1, // indicator code
        CategoryRole,                // category code
        SortRole,                    // numbers as numbers, for the proxy
        ErrorRole,                   // why the last edit of this cell was refused
    };

    explicit TargetsModel(Workspace *workspace, QObject *parent = nullptr);
    ~TargetsModel() override;

    void setPeriod(const QString &regionCode, int year, int quarter);
    // Reads the figures and targets again (after a change announced by the notifier).
    void reload();

    QString regionCode() const { return m_region; }
    // The region's name in the current language; its code when the data do not know it.
    QString regionName() const;
    int year() const { return m_year; }
    int quarter() const { return m_quarter; }
    int rowOf(const QString &indicatorCode) const; // -1 if not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // `cell` is an index of this model (not of a proxy); `message` says what is wrong.
    void editRefused(const QModelIndex &cell, const QString &message);
    // A note that is not an error, e.g. a baseline kept until the target is typed.
    void notice(const QString &message);

private:
    struct Row
    {
        const Indicator *indicator = nullptr;
        std::optional<Target> own;              // the region's own target row
        std::optional<Decimal> effectiveTarget; // own, else the children's sum
        std::optional<Decimal> actual;
        std::optional<double> completionPct;
    };

    std::vector<Row> buildRows() const;
    QVariant display(const Row &row, int column) const;
    QVariant editText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    bool isEditable(const Row &row, int column) const;
    Result<std::optional<TargetChange>> changeFor(const Row &row, int column, const QString &text);
    bool keepPendingBaseline(const QModelIndex &index, const QString &text);
    bool refuse(const QModelIndex &index, const QString &message);
    static QString cellKey(const QString &code, int column);

    Workspace *m_workspace;
    QTimer *m_reloadLater;
    QString m_region;
    int m_year = 0;
    int m_quarter = 4;
    std::shared_ptr<const Dataset> m_data;
    std::vector<Row> m_rows;
    QHash<QString, QString> m_errors;           // cellKey → message
    QHash<QString, Decimal> m_pendingBaselines; // indicator code → baseline not yet stored
};

} // namespace zx
