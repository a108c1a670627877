// The framework editor (issue 6): edits typed into the form produce a new version in the
// document and leave the assessment's own framework alone; invalid frameworks are refused
// with the loader's messages and nothing is stored; the rule form's live list of units
// follows the target as it is typed; the assessment moves to a saved version and back
// with one undo.

#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoBuilder.h"
#include "framework/FrameworkLoader.h"
#include "framework/FrameworkSheet.h"
#include "frameworks/FrameworkEditorDialog.h"
#include "frameworks/FrameworkVersionsDialog.h"
#include "frameworks/MoveAssessmentDialog.h"
#include "frameworks/RequirementForm.h"
#include "frameworks/RuleForm.h"
#include "frameworks/RulePreviewModel.h"
#include "session/DocumentSession.h"
#include "storage/FrameworkRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace duibiao;
using namespace duibiao::test;

namespace {

struct EditorFixture
{
    TempDocument doc;
    std::unique_ptr<DocumentSession> session;
    std::unique_ptr<FrameworkEditorDialog> editor;
    QStringList errors;
    QStringList questions;
    QString codeAnswer;

    EditorFixture()
    {
        REQUIRE_OK(DemoBuilder::build(*doc, DemoBuilder::Size::Small));
        doc.close();
        Document::Options options;
        options.userName = QStringLiteral("tester");
        options.clock = &doc.clock;
        auto opened = Document::open(doc.path(), options);
        REQUIRE_OK(opened);
        auto started = DocumentSession::start(std::move(*opened), &doc.clock);
        REQUIRE_OK(started);
        session = std::move(*started);
        openEditor();
    }

    void openEditor()
    {
        editor = std::make_unique<FrameworkEditorDialog>(*session, session->framework());
        editor->showError = [this](const QString&, const QString& message) {
            errors.append(message);
        };
        editor->askDiscard = [this](const QString& question) {
            questions.append(question);
            return false;
        };
        editor->askCode = [this](const QString&, const QString&) {
            return codeAnswer;
        };
        editor->show();
    }

    DraftPosition positionOf(const QString& code) const
    {
        const Framework& draft = editor->draft();
        for (int c = 0; c < draft.categories.size(); ++c) {
            for (int r = 0; r < draft.categories.at(c).requirements.size(); ++r) {
                if (draft.categories.at(c).requirements.at(r).code == code)
                    return {c, r};
            }
        }
        FAIL("no requirement " << code.toStdString() << " in the draft");
        return {};
    }

    const Requirement& draftRequirement(const QString& code) const
    {
        const DraftPosition at = positionOf(code);
        return editor->draft().categories.at(at.category).requirements.at(at.requirement);
    }

    template <typename T> T* child(const char* name) const
    {
        T* widget = editor->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    // Replaces a line edit's text by typing, as a user would: Chinese comes from the input
    // method as committed text, one character at a time.
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(edit, QString(c));
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(c));
                QApplication::sendEvent(edit, &event);
            }
        }
    }

    static void retype(QDoubleSpinBox* spin, double value)
    {
        auto* edit = spin->findChild<QLineEdit*>();
        REQUIRE(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, spin->locale().toString(value, 'f', 2));
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    int storedVersions()
    {
        auto all = session->document().frameworks().all();
        REQUIRE_OK(all);
        return int(all->size());
    }

    void save() { child<QPushButton>("saveButton")->click(); }
};

} // namespace

TEST_CASE("typed edits are saved as a new version; the assessment keeps its framework",
          "[ui][framework-editor]")
{
    EditorFixture f;
    const QByteArray snapshot =
        *f.session->document().assessments().frameworkSnapshot(f.session->assessmentId());
    REQUIRE(f.session->framework().version == QLatin1String("2019.1"));
    REQUIRE(f.storedVersions() == 0);

    f.editor->select(f.positionOf(QStringLiteral("T5")));
    EditorFixture::retype(f.child<QLineEdit>("requirementTitleZh"),
                          QStringLiteral("二级关工委老同志参与率达到六成"));
    EditorFixture::retype(f.child<QDoubleSpinBox>("requirementWeight"), 3.5);
    CHECK(f.draftRequirement(QStringLiteral("T5")).title.zh ==
          QStringLiteral("二级关工委老同志参与率达到六成"));
    CHECK(f.draftRequirement(QStringLiteral("T5")).weight == Approx(3.5));
    // The tree follows the typing.
    auto* tree = f.child<QTreeWidget>("frameworkTree");
    REQUIRE(tree->currentItem());
    CHECK(tree->currentItem()->text(0).contains(QStringLiteral("二级关工委老同志参与率达到六成")));

    // Scoring and veto of a qualitative item, through its form.
    f.editor->select(f.positionOf(QStringLiteral("L1")));
    auto* scoring = f.child<QComboBox>("requirementScoring");
    scoring->setCurrentIndex(scoring->findData(int(Scoring::Graded)));
    f.child<QCheckBox>("requirementVeto")->click();
    CHECK(f.draftRequirement(QStringLiteral("L1")).scoring == Scoring::Graded);
    CHECK(f.draftRequirement(QStringLiteral("L1")).veto);

    auto* version = f.child<QLineEdit>("versionEdit");
    CHECK(version->text() == QLatin1String("2019.2")); // nextVersion of the base
    f.child<QLineEdit>("noteEdit")->setText(QStringLiteral("参与率条目改写"));
    f.save();
    INFO(f.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(f.errors.isEmpty());
    REQUIRE(f.editor->result() == QDialog::Accepted);

    auto all = f.session->document().frameworks().all();
    REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().version == QLatin1String("2019.2"));
    CHECK(all->first().note == QStringLiteral("参与率条目改写"));
    CHECK_FALSE(all->first().inUse);
    auto stored = f.session->document().frameworks().load(f.editor->savedId());
    REQUIRE_OK(stored);
    const Requirement* t5 = stored->requirement(QStringLiteral("T5"));
    REQUIRE(t5);
    CHECK(t5->title.zh == QStringLiteral("二级关工委老同志参与率达到六成"));
    CHECK(t5->weight == Approx(3.5));
    CHECK(stored->requirementCount() == f.session->framework().requirementCount());
    const Requirement* l1 = stored->requirement(QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->scoring == Scoring::Graded);
    CHECK(l1->veto);
    CHECK(f.session->framework().requirement(QStringLiteral("L1"))->scoring == Scoring::Rating);

    // The assessment's snapshot is byte for byte what it was.
    CHECK(*f.session->document().assessments().frameworkSnapshot(f.session->assessmentId()) ==
          snapshot);
    CHECK(f.session->framework().version == QLatin1String("2019.1"));
    CHECK(f.session->framework().requirement(QStringLiteral("T5"))->weight == Approx(2));

    // Editing the same base again proposes a version the document does not have yet.
    f.openEditor();
    CHECK(f.child<QLineEdit>("versionEdit")->text() == QLatin1String("2019.3"));
}

TEST_CASE("invalid frameworks are refused with the message and nothing is stored",
          "[ui][framework-editor]")
{
    EditorFixture f;

    SECTION("an empty title")
    {
        f.editor->select(f.positionOf(QStringLiteral("L3")));
        EditorFixture::retype(f.child<QLineEdit>("requirementTitleZh"), QString());
        REQUIRE(f.draftRequirement(QStringLiteral("L3")).title.zh.isEmpty());
        f.save();
        REQUIRE(f.errors.size() == 1);
        CHECK(f.errors.first().contains(QLatin1String("title")));
        CHECK(f.errors.first().contains(QLatin1String("must not be empty")));
        CHECK(f.editor->result() != QDialog::Accepted);
    }
    SECTION("a duplicate code typed into the form")
    {
        f.editor->select(f.positionOf(QStringLiteral("L3")));
        EditorFixture::retype(f.child<QLineEdit>("requirementCode"), QStringLiteral("L2"));
        f.save();
        REQUIRE(f.errors.size() == 1);
        CHECK(f.errors.first().contains(QStringLiteral("duplicate code “L2”")));
    }
    SECTION("a total the weights do not add up to")
    {
        f.child<QCheckBox>("frameworkHasTotal")->click();
        EditorFixture::retype(f.child<QDoubleSpinBox>("frameworkTotal"), 100);
        REQUIRE(f.editor->draft().total);
        CHECK(*f.editor->draft().total == Approx(100));
        f.save();
        REQUIRE(f.errors.size() == 1);
        CHECK(f.errors.first().contains(QLatin1String("$.total")));
        CHECK(f.errors.first().contains(QLatin1String("not to the total 100")));
        // One undo step (ticking and typing are one edit of the total); the form follows.
        REQUIRE(f.editor->undoStack()->count() == 1);
        f.editor->undoStack()->undo();
        CHECK_FALSE(f.editor->draft().total);
        CHECK_FALSE(f.child<QCheckBox>("frameworkHasTotal")->isChecked());
    }
    SECTION("a category without requirements")
    {
        f.codeAnswer = QStringLiteral("X");
        f.editor->select(f.positionOf(QStringLiteral("E3")));
        f.editor->addCategory();
        REQUIRE(f.errors.isEmpty());
        REQUIRE(f.editor->draft().categories.last().code == QLatin1String("X"));
        f.save();
        REQUIRE(f.errors.size() == 1);
        // The empty title and the missing requirements, both in one message.
        CHECK(f.errors.first().contains(QLatin1String("must be a non-empty array")));
        CHECK(f.errors.first().contains(QLatin1String("must not be empty")));
    }
    CHECK(f.storedVersions() == 0);
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("new codes are checked when asked for; the editor has its own undo",
          "[ui][framework-editor]")
{
    EditorFixture f;
    const int before = f.editor->draft().requirementCount();
    f.editor->select(f.positionOf(QStringLiteral("T5")));

    f.codeAnswer = QStringLiteral("t6"); // codes are one namespace, whatever the case
    f.editor->addRequirement();
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors.first().contains(QStringLiteral("“t6” is already used")));
    f.codeAnswer = QStringLiteral("6T");
    f.editor->addRequirement();
    REQUIRE(f.errors.size() == 2);
    CHECK(f.errors.last().contains(QStringLiteral("“6T” is not a valid code")));
    CHECK(f.editor->draft().requirementCount() == before);

    f.codeAnswer = QStringLiteral("T5a");
    f.editor->addRequirement();
    REQUIRE(f.errors.size() == 2);
    REQUIRE(f.editor->draft().requirementCount() == before + 1);
    const DraftPosition added = f.positionOf(QStringLiteral("T5a"));
    CHECK(f.editor->selected() == added);
    CHECK(f.draftRequirement(QStringLiteral("T5a")).number ==
          f.draftRequirement(QStringLiteral("T5")).number + 1);
    CHECK(f.draftRequirement(QStringLiteral("T6")).number ==
          f.draftRequirement(QStringLiteral("T5a")).number + 1);
    f.editor->moveSelected(-1);
    CHECK(f.draftRequirement(QStringLiteral("T5a")).number + 1 ==
          f.draftRequirement(QStringLiteral("T5")).number);

    // Typing a title is one undo step however many keys it took.
    EditorFixture::retype(f.child<QLineEdit>("requirementTitleZh"), QStringLiteral("新增要求"));
    CHECK(f.draftRequirement(QStringLiteral("T5a")).title.zh == QStringLiteral("新增要求"));
    QAction* undo = f.editor->findChild<QAction*>(QStringLiteral("editorUndoAction"));
    REQUIRE(undo);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    undo->trigger();
    CHECK(f.draftRequirement(QStringLiteral("T5a")).title.zh.isEmpty());
    CHECK(f.child<QLineEdit>("requirementTitleZh")->text().isEmpty());
    undo->trigger(); // the move
    undo->trigger(); // the addition
    CHECK(f.editor->draft().requirementCount() == before);
    CHECK(f.editor->undoStack()->isClean());

    // Cancel with changes asks first; refusing keeps the dialog open.
    f.editor->undoStack()->redo();
    f.editor->reject();
    CHECK(f.questions.size() == 1);
    CHECK(f.editor->isVisible());
    // Nothing reached the document.
    CHECK(f.session->undoStack()->count() == 0);
    CHECK(f.storedVersions() == 0);
}

TEST_CASE("the rule form shows at once which units pass the rule as edited",
          "[ui][framework-editor]")
{
    EditorFixture f;
    f.editor->select(f.positionOf(QStringLiteral("T5")));
    RuleForm* rule = f.editor->requirementForm()->ruleForm();
    REQUIRE(rule->isVisibleTo(f.editor.get()));
    QAbstractItemModelTester tester(rule->preview(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Counted here from the demo's figures: secondary units whose participants reach the
    // share of their eligible staff.
    const AnalysisInput& input = f.session->input();
    const auto passing = [&input](double share) {
        int count = 0;
        for (const Unit& unit : input.units) {
            if (unit.kind != UnitKind::Secondary)
                continue;
            for (const UnitFigures& figures : input.figures) {
                if (figures.unitId == unit.id && figures.eligible > 0 &&
                    figures.participants >= share * figures.eligible - 1e-9)
                    ++count;
            }
        }
        return count;
    };
    const int at60 = passing(0.6);
    const int at90 = passing(0.9);
    REQUIRE(at60 != at90); // the demo data has units between 60% and 90%
    CHECK(rule->preview()->result().unitsPassing == at60);
    CHECK(rule->preview()->rowCount() > 0);

    auto* target = f.child<QDoubleSpinBox>("ruleTarget");
    REQUIRE(target->value() == Approx(0.6));
    EditorFixture::retype(target, 0.9);
    CHECK(rule->preview()->result().unitsPassing == at90);
    CHECK(f.child<QLabel>("rulePreviewSummary")->text().startsWith(QString::number(at90)));
    REQUIRE(f.draftRequirement(QStringLiteral("T5")).rule);
    CHECK(f.draftRequirement(QStringLiteral("T5")).rule->target == Approx(0.9));

    // Undo in the editor brings back the target and the list.
    f.editor->undoStack()->undo();
    CHECK(target->value() == Approx(0.6));
    CHECK(rule->preview()->result().unitsPassing == at60);
}

TEST_CASE("the assessment moves to a saved version and back with one undo",
          "[ui][framework-editor]")
{
    EditorFixture f;
    const QString oldVersion = f.session->framework().version;
    const auto ratingOf = [&f](const QString& code) {
        auto rated = f.session->document().ratings().get(f.session->assessmentId(), code);
        REQUIRE_OK(rated);
        return rated->rating;
    };
    const Rating l5 = ratingOf(QStringLiteral("L5"));
    REQUIRE(l5 != Rating::Unrated); // the demo rated it: the move must not lose it

    // A saved version with T5 reworded and L5 removed.
    f.editor->select(f.positionOf(QStringLiteral("T5")));
    EditorFixture::retype(f.child<QLineEdit>("requirementTitleZh"), QStringLiteral("参与率"));
    f.editor->select(f.positionOf(QStringLiteral("L5")));
    f.editor->removeSelected();
    f.save();
    REQUIRE(f.errors.isEmpty());
    REQUIRE(f.session->undoStack()->count() == 1);

    FrameworkVersionsDialog versions(*f.session);
    versions.showError = [&f](const QString&, const QString& message) {
        f.errors.append(message);
    };
    int row = -1;
    for (int i = 0; i < versions.choices().size(); ++i) {
        if (versions.choices().at(i).version.version == QLatin1String("2019.2"))
            row = i;
    }
    REQUIRE(row >= 0);
    versions.selectRows({row});
    const QStringList differences = versions.differenceLines();
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(differences.filter(QStringLiteral("L5")).size() == 1);
    CHECK(differences.filter(QStringLiteral("L5")).first().startsWith(QLatin1String("Removed")));
    CHECK(differences.filter(QStringLiteral("T5")).size() == 1);
    CHECK(differences.filter(QStringLiteral("T5")).first().startsWith(QLatin1String("Reworded")));
    // Two selected compare from the one the assessment is on, whatever the list's order.
    int current = -1;
    for (int i = 0; i < versions.choices().size(); ++i) {
        if (versions.choices().at(i).current)
            current = i;
    }
    REQUIRE(current >= 0);
    versions.selectRows({row, current});
    CHECK(versions.differenceLines() == differences);

    QStringList review;
    versions.confirmMove = [&review](MoveAssessmentDialog& dialog) {
        review = dialog.lines();
        return true;
    };
    REQUIRE(versions.moveToRow(row));
    INFO(f.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(review.filter(QStringLiteral("L5")).size() == 1);
    CHECK(review.filter(QStringLiteral("T5")).size() == 1);
    CHECK(f.session->framework().version == QLatin1String("2019.2"));
    CHECK(f.session->framework().requirement(QStringLiteral("L5")) == nullptr);
    CHECK(f.session->analysis().requirement(QStringLiteral("L5")) == nullptr);

    f.session->undoStack()->undo();
    CHECK(f.session->framework().version == oldVersion);
    CHECK(f.session->framework().requirement(QStringLiteral("L5")) != nullptr);
    CHECK(ratingOf(QStringLiteral("L5")) == l5);
    f.session->undoStack()->redo();
    CHECK(f.session->framework().version == QLatin1String("2019.2"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("a renumbered requirement is shown as such and its work moves with it",
          "[ui][framework-editor]")
{
    EditorFixture f;
    const auto ratingOf = [&f](const QString& code) {
        auto rated = f.session->document().ratings().get(f.session->assessmentId(), code);
        REQUIRE_OK(rated);
        return rated->rating;
    };
    const Rating t5 = ratingOf(QStringLiteral("T5"));
    REQUIRE(t5 != Rating::Unrated);

    // The official text numbers T5 as T5N: it replaces T5.
    Framework official = f.session->framework();
    official.version = QStringLiteral("2024");
    for (Category& category : official.categories) {
        for (Requirement& requirement : category.requirements) {
            if (requirement.code == QLatin1String("T5")) {
                requirement.code = QStringLiteral("T5N");
                requirement.replaces = {QStringLiteral("T5")};
            }
        }
    }
    const QString path = QDir(f.doc.dir()).filePath(QStringLiteral("official.json"));
    writeFile(path, frameworkToJson(official));
    FrameworkVersionsDialog versions(*f.session);
    versions.showError = [&f](const QString&, const QString& message) {
        f.errors.append(message);
    };
    REQUIRE(versions.importFile(path));
    int row = -1;
    for (int i = 0; i < versions.choices().size(); ++i) {
        if (versions.choices().at(i).version.version == QLatin1String("2024"))
            row = i;
    }
    REQUIRE(row >= 0);
    versions.selectRows({row});
    const QStringList differences = versions.differenceLines();
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    REQUIRE(differences.filter(QStringLiteral("T5N")).size() == 1);
    CHECK(
        differences.filter(QStringLiteral("T5N")).first().startsWith(QLatin1String("Renumbered")));

    QStringList review;
    versions.confirmMove = [&review](MoveAssessmentDialog& dialog) {
        review = dialog.lines();
        return true;
    };
    REQUIRE(versions.moveToRow(row));
    INFO(review.join(QLatin1Char('\n')).toStdString());
    REQUIRE(review.filter(QStringLiteral("T5 → T5N")).size() == 1);
    CHECK(
        review.filter(QStringLiteral("T5 → T5N")).first().startsWith(QLatin1String("Renumbered")));
    CHECK(f.session->analysis().requirement(QStringLiteral("T5N"))->rating == t5);
    CHECK(f.session->analysis().requirement(QStringLiteral("T5")) == nullptr);

    f.session->undoStack()->undo();
    CHECK(f.session->framework().requirement(QStringLiteral("T5")) != nullptr);
    CHECK(ratingOf(QStringLiteral("T5")) == t5);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("versions are imported and exported; bad files and submitted assessments are refused",
          "[ui][framework-editor]")
{
    EditorFixture f;
    FrameworkVersionsDialog versions(*f.session);
    QStringList errors;
    versions.showError = [&errors](const QString&, const QString& message) {
        errors.append(message);
    };
    // The assessment's version, and the other built-in frameworks the app offers.
    const int offered = int(versions.choices().size());
    int current = -1;
    for (int i = 0; i < offered; ++i) {
        if (versions.choices().at(i).current)
            current = i;
    }
    REQUIRE(current >= 0);
    REQUIRE(versions.choices().at(current).label() == QLatin1String("jiangsu-ggw-2019@2019.1"));

    const QString json = QDir(f.doc.dir()).filePath(QStringLiteral("framework.json"));
    const QString xlsx = QDir(f.doc.dir()).filePath(QStringLiteral("framework.xlsx"));
    REQUIRE(versions.exportRow(current, json));
    REQUIRE(versions.exportRow(current, xlsx));
    CHECK(QFileInfo(xlsx).size() > 0);
    CHECK_FALSE(versions.exportRow(current, QDir(f.doc.dir()).filePath(QStringLiteral("f.txt"))));
    REQUIRE(errors.size() == 1);
    CHECK(errors.takeFirst().contains(QLatin1String(".json, .xlsx or .csv")));

    // The exported file, as the official wording of another version.
    QByteArray text = readFile(json);
    REQUIRE(text.contains("\"version\": \"2019.1\""));
    text.replace("\"version\": \"2019.1\"", "\"version\": \"2024\"");
    const QString official = QDir(f.doc.dir()).filePath(QStringLiteral("official.json"));
    writeFile(official, text);
    REQUIRE(versions.importFile(official));
    CHECK(errors.isEmpty());
    REQUIRE(versions.choices().size() == offered + 1);
    CHECK(f.storedVersions() == 1);

    // A duplicate code: refused with the file and the JSON path, nothing stored.
    QByteArray duplicate = text;
    duplicate.replace("\"version\": \"2024\"", "\"version\": \"2025\"");
    duplicate.replace("\"code\": \"L3\"", "\"code\": \"L2\"");
    const QString bad = QDir(f.doc.dir()).filePath(QStringLiteral("bad.json"));
    writeFile(bad, duplicate);
    CHECK_FALSE(versions.importFile(bad));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QLatin1String("bad.json")));
    CHECK(errors.first().contains(QStringLiteral("duplicate code “L2”")));
    CHECK(f.storedVersions() == 1);
    errors.clear();

    // A submitted assessment does not move.
    REQUIRE_OK(f.session->document().assessments().submit(
        f.session->assessmentId(), QStringLiteral("ab12cd34"), QDateTime(QDate(2020, 11, 1), {})));
    f.session->notify(DocumentSession::Phases); // the session reads the status again
    REQUIRE(f.session->assessment().status == AssessmentStatus::Submitted);
    versions.confirmMove = [](MoveAssessmentDialog&) {
        FAIL("the move was offered for a submitted assessment");
        return false;
    };
    int row = -1;
    for (int i = 0; i < versions.choices().size(); ++i) {
        if (versions.choices().at(i).version.version == QLatin1String("2024"))
            row = i;
    }
    REQUIRE(row >= 0);
    CHECK_FALSE(versions.moveToRow(row));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QLatin1String("submitted")));
    CHECK(f.session->framework().version == QLatin1String("2019.1"));
    CHECK(f.session->undoStack()->count() == 1); // the import only

    // Keeping another version in the document leaves the frozen assessment alone, so it is
    // allowed while submitted.
    QByteArray later = text;
    later.replace("\"version\": \"2024\"", "\"version\": \"2026\"");
    const QString laterPath = QDir(f.doc.dir()).filePath(QStringLiteral("later.json"));
    writeFile(laterPath, later);
    CHECK(versions.importFile(laterPath));
    CHECK(errors.size() == 1);
    CHECK(f.storedVersions() == 2);
    CHECK(f.session->assessment().status == AssessmentStatus::Submitted);
}

TEST_CASE("the Framework menu opens the editor and the versions on the open document",
          "[ui][framework-editor]")
{
    TempDocument doc;
    REQUIRE_OK(DemoBuilder::build(*doc, DemoBuilder::Size::Small));
    doc.close();
    QSettings().clear();
    MainWindow window;
    window.setClock(&doc.clock);
    QStringList errors;
    window.showError = [&errors](const QString&, const QString& message) {
        errors.append(message);
    };
    auto* edit = window.findChild<QAction*>(QStringLiteral("editFrameworkAction"));
    auto* versions = window.findChild<QAction*>(QStringLiteral("frameworkVersionsAction"));
    REQUIRE(edit);
    REQUIRE(versions);
    CHECK_FALSE(edit->isEnabled()); // no document yet
    CHECK_FALSE(edit->statusTip().isEmpty());
    REQUIRE(window.openDocument(doc.path()));

    edit = window.findChild<QAction*>(QStringLiteral("editFrameworkAction"));
    versions = window.findChild<QAction*>(QStringLiteral("frameworkVersionsAction"));
    REQUIRE(edit);
    REQUIRE(versions);
    CHECK(edit->isEnabled());
    CHECK(edit->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(versions->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    bool edited = false;
    window.runFrameworkEditor = [&edited](FrameworkEditorDialog& editor) {
        edited = true;
        REQUIRE(editor.selectCode(QStringLiteral("E3")));
        editor.removeSelected();
        return editor.save();
    };
    edit->trigger();
    REQUIRE(edited);
    CHECK(errors.isEmpty());
    auto stored = window.session()->document().frameworks().all();
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().version == QLatin1String("2019.2"));
    // Storing is an edit of the document: Edit → Undo takes the version out again.
    CHECK(window.session()->undoStack()->canUndo());

    QStringList listed;
    window.runFrameworkVersions = [&listed](FrameworkVersionsDialog& dialog) {
        for (const FrameworkChoice& choice : dialog.choices())
            listed << choice.label() + (choice.current ? QStringLiteral(" *") : QString());
    };
    versions->trigger();
    CHECK(listed.contains(QStringLiteral("jiangsu-ggw-2019@2019.2")));
    CHECK(listed.contains(QStringLiteral("jiangsu-ggw-2019@2019.1 *")));
    window.session()->undoStack()->undo();
    stored = window.session()->document().frameworks().all();
    REQUIRE_OK(stored);
    CHECK(stored->isEmpty());
}
