#pragma once

#include "analysis/Analysis.h"
#include "storage/Document.h"
#include "util/Clock.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace duibiao {

class EditCommand;

// The open document as the GUI sees it: the Document, its current assessment and
// framework, the undo stack and a cached gap analysis. Every edit goes through apply():
// the command changes the document, lands on the undo stack, and changed() tells the
// models what to refresh. No widget talks to the Document's repositories for writing.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    enum Change {
        Ratings = 0x01,
        Texts = 0x02,
        Units = 0x04,   // units added, renamed or removed
        Figures = 0x08, // unit figures
        Platforms = 0x10,
        Rectification = 0x20,
        Evidence = 0x40,
        Institution = 0x80,
        Phases = 0x100,
        Everything = 0x1ff
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    // Fails when the document holds no readable assessment.
    static Result<std::unique_ptr<DocumentSession>> start(std::unique_ptr<Document> document,
                                                          const Clock* clock = nullptr);
    ~DocumentSession() override;

    Document& document() { return *m_document; }
    const QString& path() const { return m_document->path(); }
    qint64 assessmentId() const { return m_assessment.id; }
    const Assessment& assessment() const { return m_assessment; }
    const Framework& framework() const { return m_framework; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QDate today() const;

    // The language of generated texts (gap descriptions, labels) shown in the GUI.
    Language language() const { return m_language; }
    void setLanguage(Language language);

    // Everything the analysis looks at, reloaded after a change (lazily).
    const AnalysisInput& input();
    const Analysis& analysis();
    // The computed suggestion for a requirement right now (indicator requirements only).
    std::optional<Rating> suggestionFor(const QString& code);

    // Runs the command against the document; on success pushes it onto the undo stack
    // and announces the change. On failure nothing is pushed and the error comes back.
    Status apply(std::unique_ptr<EditCommand> command);
    // Invalidates the cached analysis and emits changed(). Commands call this after
    // undo and redo.
    void notify(Changes changes);
    // A command failed while undoing or redoing (disk full, file gone read-only …).
    void reportFailure(const Error& error);

signals:
    void changed(DocumentSession::Changes changes);
    void failed(const QString& message);

private:
    DocumentSession(std::unique_ptr<Document> document, const Clock* clock);
    Status reloadAssessment();

    std::unique_ptr<Document> m_document;
    const Clock* m_clock = nullptr;
    SystemClock m_systemClock;
    Assessment m_assessment;
    Framework m_framework;
    QUndoStack m_undoStack;
    Language m_language = Language::Chinese;
    std::optional<AnalysisInput> m_input;
    std::optional<Analysis> m_analysis;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentSession::Changes)

} // namespace duibiao
