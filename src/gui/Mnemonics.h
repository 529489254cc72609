#pragma once

class QWidget;

namespace longhand {

// Keyboard mnemonics (the underlined letter, Alt+letter) for menus.
namespace Mnemonics {

// Gives every action of a menu bar or menu, and of their submenus, that has none a mnemonic not
// yet used in its menu: the first such letter of its text. Needed for menus filled from data
// (installed dictionaries), which translators cannot mark.
void addMissing(QWidget* menuOrMenuBar);

} // namespace Mnemonics

} // namespace longhand
