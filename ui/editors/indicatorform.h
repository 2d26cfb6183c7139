#pragma once

#include "domain/types.h"
#include "result.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace zx {

// Every attribute of one indicator as a form: code (read-only once it exists), category,
// names, unit, decimals, accumulation, aggregation (numerator, denominator and scale for a
// ratio), target mode, kind, min and max, the total it is a part of and the rule, order,
// headline, retired, the report sentences and the description. Enum values are shown as
// words. The catalogue editor fills it, reads it back and calls core to save it; the form
// itself writes nothing.
class IndicatorForm : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorForm(QWidget *parent = nullptr);

    // The categories and indicators offered in the combo boxes.
    void setChoices(const std::vector<Category> &categories,
                    const std::vector<Indicator> &indicators);
    void setIndicator(const Indicator &indicator, bool isNew);
    // The indicator as typed; refuses a minimum or maximum that is not a number.
    Result<Indicator> indicator() const;
    bool isNew() const { return m_isNew; }
    void setEditable(bool editable);
    // A refusal (red) or a confirmation under the buttons; empty text clears it.
    void showMessage(const QString &text, bool error);

    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *unitEnEdit() const { return m_unitEn; }
    QComboBox *aggregationBox() const { return m_aggregation; }
    QComboBox *parentBox() const { return m_parent; }
    QLineEdit *toleranceEdit() const { return m_tolerance; }
    QCheckBox *retiredBox() const { return m_retired; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *retireButton() const { return m_retire; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void saveRequested();
    void retireRequested();

private:
    void buildLayout();
    void addRow(QGridLayout *grid, int row, int column, const QString &label, QWidget *field);
    void updateEnabled();
    Result<std::optional<Decimal>> bound(const QLineEdit *edit, const QString &what) const;

    bool m_isNew = true;
    bool m_editable = true;
    QLineEdit *m_code;
    QComboBox *m_category;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QLineEdit *m_unit;
    QLineEdit *m_unitEn;
    QSpinBox *m_decimals;
    QSpinBox *m_order;
    QComboBox *m_accumulation;
    QComboBox *m_aggregation;
    QComboBox *m_numerator;
    QComboBox *m_denominator;
    QDoubleSpinBox *m_scale;
    QComboBox *m_targetMode;
    QComboBox *m_kind;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QComboBox *m_parent;
    QComboBox *m_rule;
    QLineEdit *m_tolerance; // on a total: how far its parts' sum may differ
    QCheckBox *m_headline;
    QCheckBox *m_retired;
    QPlainTextEdit *m_narrativeZh;
    QPlainTextEdit *m_narrativeEn;
    QPlainTextEdit *m_description;
    QPushButton *m_save;
    QPushButton *m_retire;
    QLabel *m_message;
};

} // namespace zx
