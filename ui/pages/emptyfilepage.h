#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace zx {

// What the main window shows instead of the dashboard while the open file has no county to show
// (File → New makes such a file; a county file without a catalogue is one too): what is missing
// and what to do next, with buttons for it. The main window wires the buttons to File → New
// County…, File → Import Data… and the sample county.
class EmptyFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyFilePage(QWidget *parent = nullptr);

    // `fileName` is the open file's name; what it lacks decides the words.
    void setFile(const QString &fileName, bool hasRegions, bool hasIndicators);

    QLabel *heading() const { return m_heading; }
    QLabel *advice() const { return m_advice; }
    QPushButton *newCountyButton() const { return m_newCounty; }
    QPushButton *importButton() const { return m_import; }

signals:
    void newCountyRequested();
    void importRequested();
    void sampleRequested();

private:
    void setWords(const QString &fileName, bool hasRegions, bool hasIndicators);

    QLabel *m_heading;
    QLabel *m_advice;
    QPushButton *m_newCounty;
    QPushButton *m_import;
    QPushButton *m_sample;
};

} // namespace zx
