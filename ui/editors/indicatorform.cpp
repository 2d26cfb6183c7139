#include "indicatorform.h"

#include "domain/names.h"
#include "editors/editorlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zx {

namespace {

template <typename Enum, size_t N>
void fillEnum(QComboBox *box, const Enum (&values)[N], QString (*label)(Enum))
{
    for (Enum v : values)
        box->addItem(label(v), int(v));
}

template <typename Enum> Enum chosen(const QComboBox *box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

void choose(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

IndicatorForm::IndicatorForm(QWidget *parent)
    : QWidget(parent), m_code(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_nameEn(new QLineEdit(this)), m_unit(new QLineEdit(this)),
      m_unitEn(new QLineEdit(this)), m_decimals(new QSpinBox(this)), m_order(new QSpinBox(this)),
      m_accumulation(new QComboBox(this)), m_aggregation(new QComboBox(this)),
      m_numerator(new QComboBox(this)), m_denominator(new QComboBox(this)),
      m_scale(new QDoubleSpinBox(this)), m_targetMode(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_min(new QLineEdit(this)), m_max(new QLineEdit(this)),
      m_parent(new QComboBox(this)), m_rule(new QComboBox(this)), m_tolerance(new QLineEdit(this)),
      m_headline(new QCheckBox(tr("Headline figure"), this)),
      m_retired(new QCheckBox(tr("Retired"), this)), m_narrativeZh(textBox(this, 2)),
      m_narrativeEn(textBox(this, 2)), m_description(textBox(this, 3)),
      m_save(new QPushButton(tr("Save"), this)), m_retire(new QPushButton(tr("Retire"), this)),
      m_message(new QLabel(this))
{
    m_decimals->setRange(0, Decimal::MaxScale);
    m_order->setRange(0, 99999);
    m_scale->setRange(0.000001, 1e9);
    m_scale->setDecimals(2);
    fillEnum(m_accumulation, {Accumulation::Flow, Accumulation::Cumulative, Accumulation::Stock},
             &editorlabels::accumulation);
    fillEnum(m_aggregation,
             {Aggregation::Sum, Aggregation::Mean, Aggregation::Max, Aggregation::Min,
              Aggregation::Ratio},
             &editorlabels::aggregation);
    fillEnum(m_targetMode, {TargetMode::AtLeast, TargetMode::AtMost, TargetMode::Reduce},
             &editorlabels::targetMode);
    fillEnum(m_kind, {IndicatorKind::Binding, IndicatorKind::Expected}, &editorlabels::kind);
    fillEnum(m_rule, {PartRule::None, PartRule::PartsSumToTotal, PartRule::PartNotAboveTotal},
             &editorlabels::partRule);
    m_min->setPlaceholderText(tr("none"));
    m_max->setPlaceholderText(tr("none"));
    m_tolerance->setPlaceholderText(tr("0 (exactly)"));
    m_tolerance->setToolTip(
        tr("For a total whose parts must add up to it: how far their sum may differ from it, in "
           "the total's unit — for a total a report rounded (1.17亿元 over parts of 11724 万元: "
           "24).\nLeave empty for the exact sum."));
    m_unitEn->setToolTip(tr("The unit as the English interface and reports write it (mu, "
                            "10k yuan, persons). Left empty, the standard English form of the "
                            "unit shown in grey is used."));
    connect(m_unit, &QLineEdit::textChanged, this,
            [this](const QString &unit) { m_unitEn->setPlaceholderText(englishUnit(unit)); });
    m_narrativeZh->setPlaceholderText(QStringLiteral("新增{name}{value}{unit}"));
    m_narrativeEn->setPlaceholderText(QStringLiteral("{value} {unit} {name}"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildLayout();

    connect(m_aggregation, &QComboBox::currentIndexChanged, this, &IndicatorForm::updateEnabled);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &IndicatorForm::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &IndicatorForm::saveRequested);
    connect(m_retire, &QPushButton::clicked, this, &IndicatorForm::retireRequested);
    setIndicator(Indicator{}, true);
}

void IndicatorForm::addRow(QGridLayout *grid, int row, int column, const QString &label,
                           QWidget *field)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(field);
    grid->addWidget(text, row, column * 2, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(field, row, column * 2 + 1);
}

void IndicatorForm::buildLayout()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const std::pair<QString, QWidget *> left[] = {{tr("Code"), m_code},
                                                  {tr("Category"), m_category},
                                                  {tr("Chinese name"), m_name},
                                                  {tr("English name"), m_nameEn},
                                                  {tr("Unit"), m_unit},
                                                  {tr("Unit in English"), m_unitEn},
                                                  {tr("Decimals"), m_decimals},
                                                  {tr("Order"), m_order},
                                                  {tr("Accumulation"), m_accumulation},
                                                  {tr("Aggregation"), m_aggregation}};
    const std::pair<QString, QWidget *> right[] = {
        {tr("Numerator"), m_numerator}, {tr("Denominator"), m_denominator},
        {tr("Ratio scale"), m_scale},   {tr("Target mode"), m_targetMode},
        {tr("Kind"), m_kind},           {tr("Minimum"), m_min},
        {tr("Maximum"), m_max},         {tr("Part of"), m_parent},
        {tr("Part rule"), m_rule},      {tr("Parts may differ by"), m_tolerance}};
    int row = 0;
    for (const auto &[label, field] : left)
        addRow(grid, row++, 0, label, field);
    row = 0;
    for (const auto &[label, field] : right)
        addRow(grid, row++, 1, label, field);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_headline);
    flags->addWidget(m_retired);
    flags->addStretch();
    grid->addLayout(flags, row++, 1, 1, 3);
    const std::pair<QString, QWidget *> wide[] = {{tr("Report sentence (Chinese)"), m_narrativeZh},
                                                  {tr("Report sentence (English)"), m_narrativeEn},
                                                  {tr("Description"), m_description}};
    for (const auto &[label, field] : wide) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        grid->addWidget(text, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(field, row++, 1, 1, 3);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addStretch();
}

void IndicatorForm::setChoices(const std::vector<Category> &categories,
                               const std::vector<Indicator> &indicators)
{
    m_category->clear();
    for (const Category &c : categories)
        m_category->addItem(displayName(c), c.code);
    for (QComboBox *box : {m_numerator, m_denominator, m_parent}) {
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const Indicator &ind : indicators)
            box->addItem(QStringLiteral("%1 (%2)").arg(displayName(ind), ind.code), ind.code);
    }
}

void IndicatorForm::setIndicator(const Indicator &ind, bool isNew)
{
    m_isNew = isNew;
    m_code->setText(ind.code);
    choose(m_category, ind.categoryCode);
    m_name->setText(ind.name);
    m_nameEn->setText(ind.nameEn);
    m_unit->setText(ind.unit);
    m_unitEn->setText(ind.unitEn);
    m_decimals->setValue(ind.decimals);
    m_order->setValue(ind.sortOrder);
    choose(m_accumulation, int(ind.accumulation));
    choose(m_aggregation, int(ind.aggregation));
    choose(m_numerator, ind.numeratorCode);
    choose(m_denominator, ind.denominatorCode);
    m_scale->setValue(ind.ratioScale);
    choose(m_targetMode, int(ind.targetMode));
    choose(m_kind, int(ind.kind));
    m_min->setText(ind.minValue ? ind.minValue->toString() : QString());
    m_max->setText(ind.maxValue ? ind.maxValue->toString() : QString());
    choose(m_parent, ind.parentCode);
    choose(m_rule, int(ind.partRule));
    m_tolerance->setText(ind.partTolerance.isZero() ? QString() : ind.partTolerance.toString());
    m_headline->setChecked(ind.headline);
    m_retired->setChecked(ind.retired);
    m_narrativeZh->setPlainText(ind.narrativeZh);
    m_narrativeEn->setPlainText(ind.narrativeEn);
    m_description->setPlainText(ind.description);
    m_retire->setText(ind.retired ? tr("Reinstate") : tr("Retire"));
    showMessage({}, false);
    updateEnabled();
}

Result<std::optional<Decimal>> IndicatorForm::bound(const QLineEdit *edit,
                                                    const QString &what) const
{
    if (edit->text().trimmed().isEmpty())
        return std::optional<Decimal>();
    const std::optional<Decimal> value = Decimal::parseInput(edit->text());
    if (!value)
        return Error{tr("The %1 “%2” is not a number").arg(what, edit->text().trimmed())};
    return value;
}

Result<Indicator> IndicatorForm::indicator() const
{
    auto min = bound(m_min, tr("minimum"));
    if (!min)
        return Error{min.error()};
    auto max = bound(m_max, tr("maximum"));
    if (!max)
        return Error{max.error()};
    auto tolerance = bound(m_tolerance, tr("tolerance of the parts"));
    if (!tolerance)
        return Error{tolerance.error()};
    Indicator ind;
    ind.code = m_code->text().trimmed();
    ind.categoryCode = m_category->currentData().toString();
    ind.name = m_name->text().trimmed();
    ind.nameEn = m_nameEn->text().trimmed();
    ind.unit = m_unit->text().trimmed();
    ind.unitEn = m_unitEn->text().trimmed();
    ind.decimals = m_decimals->value();
    ind.sortOrder = m_order->value();
    ind.accumulation = chosen<Accumulation>(m_accumulation);
    ind.aggregation = chosen<Aggregation>(m_aggregation);
    if (ind.isRatio()) {
        ind.numeratorCode = m_numerator->currentData().toString();
        ind.denominatorCode = m_denominator->currentData().toString();
    }
    ind.ratioScale = m_scale->value();
    ind.targetMode = chosen<TargetMode>(m_targetMode);
    ind.kind = chosen<IndicatorKind>(m_kind);
    ind.minValue = min.value();
    ind.maxValue = max.value();
    ind.parentCode = m_parent->currentData().toString();
    ind.partRule = ind.parentCode.isEmpty() ? PartRule::None : chosen<PartRule>(m_rule);
    ind.partTolerance = tolerance.value().value_or(Decimal());
    ind.headline = m_headline->isChecked();
    ind.retired = m_retired->isChecked();
    ind.narrativeZh = m_narrativeZh->toPlainText().trimmed();
    ind.narrativeEn = m_narrativeEn->toPlainText().trimmed();
    ind.description = m_description->toPlainText().trimmed();
    return ind;
}

void IndicatorForm::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void IndicatorForm::updateEnabled()
{
    const bool ratio = chosen<Aggregation>(m_aggregation) == Aggregation::Ratio;
    const bool part = !m_parent->currentData().toString().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_category, m_name, m_nameEn, m_unit, m_unitEn, m_decimals, m_order, m_accumulation,
             m_aggregation, m_targetMode, m_kind, m_min, m_max, m_tolerance, m_parent, m_headline, m_retired,
             m_narrativeZh, m_narrativeEn, m_description, m_save})
        w->setEnabled(m_editable);
    m_code->setReadOnly(!m_isNew || !m_editable);
    m_numerator->setEnabled(m_editable && ratio);
    m_denominator->setEnabled(m_editable && ratio);
    m_scale->setEnabled(m_editable && ratio);
    m_rule->setEnabled(m_editable && part);
    m_retire->setEnabled(m_editable && !m_isNew);
}

void IndicatorForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: #2e7d32;"));
}

} // namespace zx
