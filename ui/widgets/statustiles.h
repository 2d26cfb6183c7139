#pragma once

#include "domain/types.h"
#include "widgets/statuspalette.h"

#include <QWidget>

#include <array>
#include <optional>

class QToolButton;

namespace zx {

// Six tiles counting indicators by status (done / on track / lagging / behind / not reported /
// untracked) in the status colours. Clicking a tile checks it and emits filterChanged(status);
// clicking the checked tile again clears the filter (filterChanged(nullopt)). Also serves as the
// legend of the status colours (each tile names its status and says what it means in a
// tooltip).
class StatusTiles : public QWidget
{
    Q_OBJECT

public:
    explicit StatusTiles(QWidget *parent = nullptr);

    void setCounts(const statuspalette::Counts &countsInPaletteOrder);
    int count(TrackStatus status) const;
    std::optional<TrackStatus> filter() const { return m_filter; }
    void clearFilter();

signals:
    void filterChanged(std::optional<TrackStatus> status);

protected:
    void changeEvent(QEvent *event) override; // palette changes → recolour

private:
    void restyle();

    std::array<QToolButton *, statuspalette::Count> m_tiles{};
    statuspalette::Counts m_counts{};
    std::optional<TrackStatus> m_filter;
};

} // namespace zx
