#pragma once

#include "model/Framework.h"

namespace duibiao {

// Where an item sits in a framework being edited: a category (requirement < 0) or one of
// its requirements. Positions, not codes, name items while editing: a code typed into
// the form may be empty or clash with another one until the framework is saved.
struct DraftPosition
{
    int category = -1;
    int requirement = -1;

    bool isCategory() const { return category >= 0 && requirement < 0; }
    bool isRequirement() const { return category >= 0 && requirement >= 0; }
    bool operator==(const DraftPosition&) const = default;
};

// The structural edits of the framework editor, on plain values. Each keeps the
// requirements numbered 1…N in display order and the requirements' category codes in
// step with their category. They return the position of the item to select afterwards.
namespace draft {

bool hasCode(const Framework& framework, const QString& code);
bool isValid(const Framework& framework, DraftPosition position);
void renumber(Framework& framework);

// A new requirement after `at` (at the end of `at`'s category when `at` is a category).
DraftPosition addRequirement(Framework& framework, DraftPosition at, const QString& code);
// A new, empty category after the category of `at` (at the end when `at` is invalid).
DraftPosition addCategory(Framework& framework, DraftPosition at, const QString& code);
DraftPosition remove(Framework& framework, DraftPosition at);
// One place up (delta -1) or down (+1) among its siblings; requirements stay in their
// category. Returns `at` unchanged when it cannot move.
DraftPosition move(Framework& framework, DraftPosition at, int delta);

} // namespace draft

} // namespace duibiao
