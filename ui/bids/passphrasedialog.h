#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace td::ui {

// Asks for a passphrase: once to unlock a key, or twice (the same both times) to protect a new
// one. The OK button waits until there is something to use.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unlock,
        Choose
    };
    PassphraseDialog(const QString& title, const QString& explanation, Mode mode,
                     QWidget* parent = nullptr);

    QByteArray passphrase() const;
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }

private:
    void check();

    Mode m_mode;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace td::ui
