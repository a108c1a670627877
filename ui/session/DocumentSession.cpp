#include "session/DocumentSession.h"

#include "commands/EditCommand.h"
#include "exchange/package/PackageManifest.h"

#include <QLocale>

namespace duibiao {

Result<std::unique_ptr<DocumentSession>> DocumentSession::start(std::unique_ptr<Document> document,
                                                                const Clock* clock)
{
    std::unique_ptr<DocumentSession> session(new DocumentSession(std::move(document), clock));
    if (Status status = session->reloadAssessment(); !status)
        return status.error();
    return session;
}

DocumentSession::DocumentSession(std::unique_ptr<Document> document, const Clock* clock)
    : m_document(std::move(document)), m_clock(clock ? clock : &m_systemClock)
{
    m_undoStack.setUndoLimit(500);
}

DocumentSession::~DocumentSession()
{
    // Commands refer to the document; they go before it does.
    m_undoStack.clear();
}

Status DocumentSession::reloadAssessment()
{
    Result<Assessment> assessment = m_document->assessments().current();
    if (!assessment)
        return assessment.error();
    Result<Framework> framework = m_document->assessments().framework(assessment->id);
    if (!framework)
        return framework.error();
    m_assessment = *assessment;
    m_framework = *framework;
    return {};
}

QDate DocumentSession::today() const
{
    return m_clock->today();
}

void DocumentSession::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    notify(Everything);
}

const AnalysisInput& DocumentSession::input()
{
    if (!m_input) {
        Result<AnalysisInput> loaded = AnalysisInput::load(*m_document);
        if (loaded) {
            m_input = std::move(*loaded);
        } else {
            // Keep the GUI standing on an empty input; the failure is reported once.
            m_input = AnalysisInput{};
            m_input->assessment = m_assessment;
            m_input->framework = m_framework;
            reportFailure(loaded.error());
        }
    }
    return *m_input;
}

const Analysis& DocumentSession::analysis()
{
    if (!m_analysis)
        m_analysis = analyze(input(), today(), m_language);
    return *m_analysis;
}

std::optional<Rating> DocumentSession::suggestionFor(const QString& code)
{
    const RequirementResult* result = analysis().requirement(code);
    return result ? result->suggestion : std::nullopt;
}

Status DocumentSession::apply(std::unique_ptr<EditCommand> command)
{
    // A submitted assessment is frozen: the package the panel holds describes it.
    if (m_assessment.status == AssessmentStatus::Submitted && command->changesAssessment()) {
        const Result<SubmissionStamp> stamp = m_document->assessments().submission(m_assessment.id);
        return Error::user(
            tr("The assessment was submitted on %1 (fingerprint %2). Reopen it to edit: File → "
               "Reopen Assessment…")
                .arg(stamp ? QLocale().toString(stamp->at, QLocale::ShortFormat) : QString(),
                     stamp ? shortFingerprint(stamp->fingerprint) : QString()));
    }
    if (Status status = command->execute(); !status)
        return status;
    const Changes changes = command->changes();
    m_undoStack.push(command.release()); // its first redo() is a no-op: it already ran
    notify(changes);
    return {};
}

void DocumentSession::notify(Changes changes)
{
    if (changes & (Phases | Institution)) {
        if (Status status = reloadAssessment(); !status)
            reportFailure(status.error());
    }
    m_input.reset();
    m_analysis.reset();
    emit changed(changes);
}

void DocumentSession::reportFailure(const Error& error)
{
    emit failed(error.message);
}

} // namespace duibiao
