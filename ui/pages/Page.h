#pragma once

#include <QWidget>

namespace duibiao {

class DocumentSession;

// A page of the main window (Overview, Checklist, …). Pages live as long as their
// session; the main window builds them anew for another document or language.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(DocumentSession& session, QWidget* parent);

    // Ctrl+F: put the cursor into the page's search field, if it has one.
    virtual void focusSearch() {}

protected:
    DocumentSession& session() { return m_session; }

private:
    DocumentSession& m_session;
};

} // namespace duibiao
