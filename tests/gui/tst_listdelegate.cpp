// The list tables' cell painter (ui/listitemdelegate): it leaves the style out for a plain
// cell, which must not change what any cell looks like: a plain cell gets its text and no
// background of its own, while selection, focus and a background the model gives are drawn.
#include "listitemdelegate.h"
#include "uistyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

namespace {

const QColor Untouched(255, 0, 255); // no style paints magenta

int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == color;
    return count;
}

} // namespace

class TestListDelegate final : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model{1, 1};
    QTableView m_view;

    // The cell as the delegate paints it onto a magenta canvas, in the given state.
    QImage paintCell(QStyle::State extra)
    {
        QImage image(220, 28, QImage::Format_RGB32);
        image.fill(Untouched);
        QStyleOptionViewItem option;
        option.initFrom(&m_view);
        option.widget = &m_view;
        option.rect = image.rect();
        option.state = QStyle::State_Enabled | QStyle::State_Active | extra;
        option.showDecorationSelected = true;
        QPainter painter(&image);
        m_view.itemDelegate()->paint(&painter, option, m_model.index(0, 0));
        return image;
    }

private Q_SLOTS:
    // One line when it fits or when the row has one line; wrapped onto the lines a taller row
    // has; "…" only where even those are not enough.
    void aLongTextWrapsOntoTheLinesItsRowHas()
    {
        const QFont font = m_view.font();
        const QString text = QStringLiteral("Media Art: Dream of the Sea — 1/17/27 5:00 PM–7:00 PM · Hall 3");
        const int width = QFontMetrics(font).horizontalAdvance(text) * 2 / 3;
        const QChar ellipsis(0x2026);
        QCOMPARE(ListItemDelegate::fitted(font, text, width * 2, 2), text);
        QVERIFY(ListItemDelegate::fitted(font, text, width, 1).endsWith(ellipsis));
        const QString twoLines = ListItemDelegate::fitted(font, text, width, 2);
        QCOMPARE(twoLines.count(QChar::LineSeparator), 1);
        QVERIFY2(!twoLines.contains(ellipsis), qPrintable(twoLines));
        QCOMPARE(QString(twoLines).replace(QChar::LineSeparator, u' '), text);
        const QString cut = ListItemDelegate::fitted(font, text, width / 3, 2);
        QCOMPARE(cut.count(QChar::LineSeparator), 1);
        QVERIFY2(cut.endsWith(ellipsis), qPrintable(cut));
    }

    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        uistyle::setUpListTable(&m_view);
        m_view.setModel(&m_model);
        QVERIFY(qobject_cast<ListItemDelegate *>(m_view.itemDelegate()));
    }

    void init() { m_model.setItem(0, 0, new QStandardItem(QStringLiteral("Avante 렌터카"))); }

    void aPlainCellGetsItsTextAndNoBackground()
    {
        const QImage plain = paintCell({});
        QCOMPARE(plain.pixelColor(0, 0), Untouched);
        QCOMPARE(plain.pixelColor(plain.width() - 1, plain.height() - 1), Untouched);
        const int drawn = plain.width() * plain.height() - pixelsOf(plain, Untouched);
        QVERIFY2(drawn > 20, "the text was not drawn");
    }

    void selectionFocusAndTheModelsBackgroundAreDrawn()
    {
        const QImage plain = paintCell({});
        const QImage selected = paintCell(QStyle::State_Selected);
        QVERIFY(pixelsOf(selected, m_view.palette().color(QPalette::Active, QPalette::Highlight)) > 100);
        QVERIFY(selected != plain);
        QVERIFY(paintCell(QStyle::State_HasFocus) != plain);

        const QColor yellow(255, 235, 59);
        m_model.item(0, 0)->setBackground(yellow);
        QVERIFY(pixelsOf(paintCell({}), yellow) > 100);
    }
};

QTEST_MAIN(TestListDelegate)
#include "tst_listdelegate.moc"
