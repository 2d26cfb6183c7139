#pragma once

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace zx {

// One category of the catalogue as a form: code (read-only once it exists), Chinese and
// English names, and its order among the sections. The catalogue editor saves it through core.
class CategoryForm : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryForm(QWidget *parent = nullptr);

    void setCategory(const Category &category, bool isNew);
    Category category() const;
    bool isNew() const { return m_isNew; }
    void setEditable(bool editable);
    void showMessage(const QString &text, bool error);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QSpinBox *orderBox() const { return m_order; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void saveRequested();

private:
    bool m_isNew = true;
    bool m_editable = true;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QSpinBox *m_order;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace zx
