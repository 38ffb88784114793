// Typing Korean names on the kiosk's touch keyboard: jamo compose into syllables as a Korean
// input method would, and backspace takes back one jamo at a time.
#include "hangulcomposer.h"
#include "onscreenkeyboard.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {

// The text after typing `jamo` one by one into an empty field, through the composer alone.
QString typed(const QString &jamo)
{
    QString text;
    for (QChar key : jamo) {
        const auto edit = hangulcomposer::type(text, key);
        text.chop(edit.remove);
        text += edit.insert;
    }
    return text;
}

} // namespace

class TestHangul final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composesSyllables_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("text");
        QTest::newRow("a syllable") << u"ㄱㅣㅁ"_qs << u"김"_qs;
        QTest::newRow("a name") << u"ㄱㅣㅁㅁㅣㄴㅈㅣ"_qs << u"김민지"_qs;
        QTest::newRow("a final moves on") << u"ㄱㅏㄴㅏ"_qs << u"가나"_qs;
        QTest::newRow("double vowel") << u"ㄱㅗㅏㅇ"_qs << u"광"_qs;
        QTest::newRow("double final") << u"ㄷㅏㄹㄱ"_qs << u"닭"_qs;
        QTest::newRow("a double final splits") << u"ㄷㅏㄹㄱㅏ"_qs << u"달가"_qs;
        QTest::newRow("tense initial") << u"ㅃㅏㅇ"_qs << u"빵"_qs;
        QTest::newRow("never a final") << u"ㅏㄸ"_qs << u"ㅏㄸ"_qs;
        QTest::newRow("lone vowel") << u"ㅏ"_qs << u"ㅏ"_qs;
        QTest::newRow("space ends a word") << u"ㅇㅣ ㅅㅓ"_qs << u"이 서"_qs;
        QTest::newRow("latin passes") << u"Kㅇㅣ"_qs << u"K이"_qs;
    }

    void composesSyllables()
    {
        QFETCH(QString, keys);
        QFETCH(QString, text);
        QCOMPARE(typed(keys), text);
    }

    void backspaceTakesBackOneJamo()
    {
        QString text = u"광닭"_qs;
        QStringList steps;
        while (!text.isEmpty()) {
            const auto edit = hangulcomposer::backspace(text);
            QVERIFY(edit.remove == 1);
            text.chop(1);
            text += edit.insert;
            steps << text;
        }
        QCOMPARE(steps, (QStringList{u"광달"_qs, u"광다"_qs, u"광ㄷ"_qs, u"광"_qs, u"과"_qs, u"고"_qs, u"ㄱ"_qs, u""_qs}));
    }

    void theKeyboardTypesHangulAtTheCursor()
    {
        QLineEdit field;
        field.setText(u"Lee"_qs);
        field.setCursorPosition(0);
        OnScreenKeyboard keyboard(OnScreenKeyboard::Layout::Letters);
        keyboard.setTarget(&field);
        keyboard.findChild<QPushButton *>(u"key_alphabet"_qs)->click();
        QCOMPARE(keyboard.keyLayout(), OnScreenKeyboard::Layout::Hangul);
        for (QChar key : u"ㅇㅣ"_qs)
            keyboard.findChild<QPushButton *>(u"key_"_qs + key)->click();
        keyboard.findChild<QPushButton *>(u"key_space"_qs)->click();
        QCOMPARE(field.text(), u"이 Lee"_qs);
        keyboard.findChild<QPushButton *>(u"key_backspace"_qs)->click(); // the space
        keyboard.findChild<QPushButton *>(u"key_backspace"_qs)->click(); // 이 → ㅇ
        QCOMPARE(field.text(), u"ㅇLee"_qs);

        // Back to Latin letters, and the keyboard remembers the choice for the next name.
        QWidget *hangulPanel = keyboard.findChild<QWidget *>(u"hangul"_qs);
        QVERIFY(hangulPanel);
        hangulPanel->findChild<QPushButton *>(u"key_alphabet"_qs)->click();
        QCOMPARE(keyboard.keyLayout(), OnScreenKeyboard::Layout::Letters);
        keyboard.setKeyLayout(OnScreenKeyboard::Layout::Digits);
        keyboard.showAlphabet();
        QCOMPARE(keyboard.keyLayout(), OnScreenKeyboard::Layout::Letters);
    }
};

QTEST_MAIN(TestHangul)
#include "tst_hangul.moc"
