// SPDX-License-Identifier: MIT
#pragma once

#include "editor/InfoBar.h"

class QPushButton;

namespace retort {

/// The strip above the graph about trust: on the first open of a folder it asks whether to
/// trust it; afterwards, while the folder is untrusted, it says why the actions that run Python
/// are off and offers to trust it. Hidden for a trusted folder.
class TrustBar : public InfoBar {
    Q_OBJECT

public:
    enum class Mode {
        Hidden, ///< trusted, or no project
        Ask, ///< first open: the question itself
        Restricted, ///< answered "no" before: restricted mode, with a way out
    };

    explicit TrustBar(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    QString text() const { return message(); }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *restrictedButton() const { return m_restricted; }

signals:
    /// "Trust Folder" in Ask mode: the answer to the question.
    void trustChosen();
    /// "Stay Restricted" in Ask mode.
    void restrictedChosen();
    /// "Trust This Folder…" in Restricted mode: ask for confirmation first.
    void trustDialogRequested();

private:
    Mode m_mode = Mode::Hidden;
    QPushButton *m_trust;
    QPushButton *m_restricted;
};

} // namespace retort
