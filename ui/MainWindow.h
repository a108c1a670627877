#pragma once

#include "storage/Document.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace duibiao {

// The main window. For now it shows the document's gap analysis at a glance; the
// checklist, units, gaps and rectification pages arrive with the GUI issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Document> document, QWidget* parent = nullptr);
    ~MainWindow() override;

    Document& document() { return *m_document; }
    void refresh();

private:
    std::unique_ptr<Document> m_document;
    QLabel* m_overview = nullptr;
};

} // namespace duibiao
