#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace zx {

// Language (follow the system, 中文, English; applies at the next start), the width of
// the "lagging" band below time progress and how many automatic backups of a file to keep.
// Stored in QSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" = follow the system locale, "zh_CN", "en".
    static QString language();
    static double lagBand();
    // How many backups of a file are kept (backups::keepCount); applyBackupsToKeep() hands the
    // stored value to core (at start and when the dialog is accepted).
    static int backupsToKeep();
    static void applyBackupsToKeep();

    void accept() override;

private:
    QComboBox *m_language;
    QDoubleSpinBox *m_lagBand;
    QSpinBox *m_backupsToKeep;
};

} // namespace zx
