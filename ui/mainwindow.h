#pragma once

#include <QMainWindow>

#include <memory>

class QTableWidget;

namespace zx {

class Database;

// The desktop window. For now: the county summary of the open database in one table; the
// dashboard pages replace it in the next step. Owns the open Database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showSummary();

    std::unique_ptr<Database> m_db;
    QTableWidget *m_table = nullptr;
};

} // namespace zx
