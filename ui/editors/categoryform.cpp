#include "categoryform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zx {

CategoryForm::CategoryForm(QWidget *parent)
    : QWidget(parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_order(new QSpinBox(this)),
      m_save(new QPushButton(tr("Save category"), this)), m_message(new QLabel(this))
{
    m_order->setRange(0, 9999);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Chinese name"), m_name);
    form->addRow(tr("English name"), m_nameEn);
    form->addRow(tr("Order"), m_order);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &CategoryForm::saveRequested);
    setCategory(Category{}, true);
}

void CategoryForm::setCategory(const Category &category, bool isNew)
{
    m_isNew = isNew;
    m_code->setText(category.code);
    m_name->setText(category.name);
    m_nameEn->setText(category.nameEn);
    m_order->setValue(category.sortOrder);
    showMessage({}, false);
    setEditable(m_editable);
}

Category CategoryForm::category() const
{
    return Category{m_code->text().trimmed(), m_name->text().trimmed(), m_nameEn->text().trimmed(),
                    m_order->value()};
}

void CategoryForm::setEditable(bool editable)
{
    m_editable = editable;
    m_code->setReadOnly(!m_isNew || !editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_nameEn, m_order, m_save})
        w->setEnabled(editable);
}

void CategoryForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: #2e7d32;"));
}

} // namespace zx
