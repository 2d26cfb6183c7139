#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace zx {

// Language (follow the system, 中文, English; applies at the next start) and the width of
// the "lagging" band below time progress. Stored in QSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // "" = follow the system locale, "zh_CN", "en".
    static QString language();
    static double lagBand();

    void accept() override;

private:
    QComboBox *m_language;
    QDoubleSpinBox *m_lagBand;
};

} // namespace zx
