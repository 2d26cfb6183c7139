#include "exportreportdialog.h"

#include "domain/names.h"
#include "report/docxwriter.h"
#include "report/reportrenderer.h"
#include "savefilename.h"
#include "session/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace zx {

ExportReportDialog::ExportReportDialog(const DashboardContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_language(new QComboBox(this)),
      m_layout(new QComboBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Export report"));
    const Region *region = context.data->region(context.regionCode);
    m_language->addItem(QStringLiteral("中文"), int(ReportLanguage::Chinese));
    m_language->addItem(QStringLiteral("English"), int(ReportLanguage::English));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    // No data: automatic. Official is GB/T 9704's 公文格式; plain is the PDF's own look.
    m_layout->addItem(tr("Automatic: official for Word and ODT, plain for PDF"));
    m_layout->addItem(tr("Official (公文格式, GB/T 9704)"), int(ReportProfile::Official));
    m_layout->addItem(tr("Plain"), int(ReportProfile::Plain));

    auto *form = new QFormLayout;
    form->addRow(tr("Region:"), new QLabel(region ? displayName(*region) : context.regionCode));
    form->addRow(tr("Period:"), new QLabel(tr("%1 Q%2").arg(context.year).arg(context.quarter)));
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Layout:"), m_layout);
    auto *sections = new QGroupBox(tr("Sections to include"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const Category &c : context.data->categories()) {
        auto *box = new QCheckBox(displayName(c), sections);
        box->setChecked(true);
        box->setProperty("category", c.code);
        sectionLayout->addWidget(box);
        m_sections.push_back(box);
    }
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(previewButton, &QPushButton::clicked, this, &ExportReportDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &ExportReportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

ReportData ExportReportDialog::report() const
{
    const auto language = ReportLanguage(m_language->currentData().toInt());
    ReportData data = buildReport(*m_context.eval, m_context.regionCode, m_context.year,
                                  m_context.quarter, language);
    std::vector<ReportSection> kept;
    for (const ReportSection &section : data.sections)
        for (const QCheckBox *box : m_sections)
            if (box->isChecked() && box->property("category").toString() == section.categoryCode)
                kept.push_back(section);
    data.sections = std::move(kept);
    // The audit chain's head in the footer: a printed anchor for `audit --verify --anchor`.
    if (m_workspace && m_workspace->isOpen())
        if (auto head = m_workspace->auditHead())
            data.auditHead = auditstore::headText(*head);
    return data;
}

ReportProfile ExportReportDialog::profileFor(const QString &path) const
{
    if (const QVariant chosen = m_layout->currentData(); chosen.isValid())
        return ReportProfile(chosen.toInt());
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? ReportProfile::Plain
                                                                      : ReportProfile::Official;
}

Outcome ExportReportDialog::exportTo(const QString &path) const
{
    if (auto ok = m_workspace ? m_workspace->checkWriteTarget(path)
                              : Workspace::checkWriteTarget(path, Connection());
        !ok)
        return ok;
    const ReportData data = report();
    const ReportProfile profile = profileFor(path);
    if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
        return writeDocx(data, path, profile);
    if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
        return writeOdt(data, path, profile);
    return renderPdf(data, path, profile);
}

void ExportReportDialog::preview()
{
    // The preview is the PDF's: plain unless a layout is chosen.
    const ReportProfile profile = profileFor(QStringLiteral("preview.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(reportPageMarginsMm(profile), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, profile](QPrinter *p) {
        if (auto ok = renderReport(report(), *p, profile); !ok)
            m_message->setText(ok.error());
    });
    dialog.exec();
}

void ExportReportDialog::exportFile()
{
    QString filter;
    // A name typed without its ending gets the chosen kind's ("(*.docx)" → .docx).
    const QString path = getSaveFileName(
        this, tr("Export report"), QString(),
        tr("Word document, editable in Word, WPS and LibreOffice (*.docx);;"
           "OpenDocument text, editable in LibreOffice, WPS and Word (*.odt);;PDF (*.pdf)"),
        &filter);
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the report…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Outcome ok = exportTo(path);
    progress.close();
    m_message->setText(ok ? tr("Saved %1").arg(path) : ok.error());
}

} // namespace zx
